"""The exchange formats: how a dataset is written to and read from a file."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from interchange.dataset import Dataset
from interchange.formats import datapackage, excel, hsds_json
from interchange.formats.limits import max_bytes, too_large_message
from interchange.report import FileRejected, Report

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Format:
    key: str
    label: str
    extension: str
    content_type: str


FORMATS = {
    "datapackage": Format(
        "datapackage",
        gettext_lazy("HSDS data package (CSV files and datapackage.json, zipped)"),
        "zip",
        "application/zip",
    ),
    "json": Format("json", gettext_lazy("HSDS JSON, one document"), "json", "application/json"),
    "ndjson": Format(
        "ndjson",
        gettext_lazy("HSDS JSON, one record a line (ndjson)"),
        "ndjson",
        "application/x-ndjson",
    ),
    "excel": Format(
        "excel",
        gettext_lazy("Excel workbook, one sheet per table"),
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
}


def write(format_key: str, dataset: Dataset) -> bytes:
    if format_key == "datapackage":
        return datapackage.write_zip(dataset)
    if format_key == "json":
        return hsds_json.write_document(dataset)
    if format_key == "ndjson":
        return hsds_json.write_lines(dataset)
    if format_key == "excel":
        return excel.write(dataset)
    raise ValueError(format_key)


def guess_format(file_name: str, data: bytes) -> str | None:
    name = file_name.lower()
    if name.endswith(".xlsx"):
        return "excel"
    if name.endswith(".zip"):
        return "datapackage"
    if name.endswith((".ndjson", ".jsonl")):
        return "ndjson"
    if name.endswith(".json"):
        return "json"
    if name.endswith(".csv"):
        return "csv"
    return None


def _reported(reader):
    """FileRejected says why a file cannot be read. Nothing else escapes: whatever a hostile or
    damaged file makes a reader raise is reported too, naming the file."""

    @functools.wraps(reader)
    def wrapped(source, *args, **kwargs):
        try:
            return reader(source, *args, **kwargs)
        except FileRejected:
            raise
        except Exception:
            logger.exception("Reading %r failed unexpectedly.", str(source))
            report = Report()
            report.error(
                str(source),
                None,
                None,
                _(
                    "The file could not be read. Check that it is one of the formats listed "
                    "and not damaged, then upload it again."
                ),
            )
            raise FileRejected(report) from None

    return wrapped


@_reported
def read(file_name: str, data: bytes, language: str | None = None) -> Dataset:
    """A dataset from one uploaded file; FileRejected says why a file cannot be read."""
    if len(data) > max_bytes():
        report = Report()
        report.error(
            file_name,
            None,
            None,
            too_large_message(len(data)),
        )
        raise FileRejected(report)
    kind = guess_format(file_name, data)
    if kind == "excel":
        return excel.read(data, file_name, language)
    if kind == "datapackage":
        return datapackage.read_zip(data, file_name, language)
    if kind == "ndjson":
        return hsds_json.read_lines(data, file_name, language)
    if kind == "json":
        return hsds_json.read_document(data, file_name, language)
    if kind == "csv":
        return datapackage.read_files({file_name.rsplit("/", 1)[-1]: data}, language, file_name)
    report = Report()
    report.error(
        file_name,
        None,
        None,
        _(
            "Unknown file type. Upload a data package (.zip), an HSDS table (.csv), HSDS JSON "
            "(.json or .ndjson) or the Excel template (.xlsx)."
        ),
    )
    raise FileRejected(report)


@_reported
def read_directory(path, language: str | None = None) -> Dataset:
    """A data package unpacked in a folder (management command)."""
    from pathlib import Path

    files = {p.name: p.read_bytes() for p in Path(path).iterdir() if p.is_file()}
    total = sum(len(d) for d in files.values())
    if total > max_bytes():
        report = Report()
        report.error(
            str(path),
            None,
            None,
            too_large_message(total),
        )
        raise FileRejected(report)
    return datapackage.read_files(files, language, str(path))
