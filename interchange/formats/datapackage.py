"""The HSDS tabular data package: one CSV file per table and datapackage.json, as a zip."""

from __future__ import annotations

import copy
import csv
import io
import json

from django.utils.translation import gettext as _

from interchange import safejson
from interchange.dataset import Dataset
from interchange.formats.archive import pack, unpack
from interchange.formats.common import add_table, wrong_encoding
from interchange.report import FileRejected, Report
from interchange.tables import (
    HSDS_VERSION,
    LANGUAGE_SEPARATOR,
    PROFILE_NAME,
    RELAXED,
    by_path,
    descriptor,
    tables,
)
from interchange.values import WrongEncoding, decode_text, neutralise

DESCRIPTOR_NAME = "datapackage.json"


def write_csv(header: list[str], rows: list[dict[str, str]], neutral_columns: set[str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(
            [neutralise(row.get(c, "")) if c in neutral_columns else row.get(c, "") for c in header]
        )
    return buffer.getvalue().encode("utf-8")


def text_columns(table, header: list[str]) -> set[str]:
    """Columns holding free text, where a formula could hide; numbers and dates are written
    from parsed values and stay plain so that they keep their HSDS type."""
    numeric = {c.name for c in table.columns if c.hsds_type != "string" and not c.translated}
    return {name for name in header if name not in numeric}


def package_descriptor(dataset: Dataset) -> dict:
    """The official descriptor, with this profile's columns added to each table's schema."""
    result = copy.deepcopy(descriptor())
    result["profile"] = "tabular-data-package"
    result["hsds_version"] = HSDS_VERSION
    result["hsds_profile"] = PROFILE_NAME
    result["milestone"] = {
        "language": dataset.language,
        "languages": dataset.languages,
        "region": dataset.meta.get("region", ""),
    }
    for resource in result["resources"]:
        table = tables()[resource["name"]]
        fields = resource["schema"]["fields"]
        for spec in fields:
            if (table.name, spec["name"]) in RELAXED:
                spec.setdefault("constraints", {})["required"] = False
        known = {spec["name"] for spec in fields}
        for name in dataset.header(table):
            if name in known:
                continue
            base = name.split(LANGUAGE_SEPARATOR, 1)[0]
            column = table.column(base)
            spec = {"name": name, "type": column.hsds_type if column else "string"}
            if LANGUAGE_SEPARATOR in name:
                spec["description"] = f"{base} in language {name.split(LANGUAGE_SEPARATOR)[1]}"
            spec["hsds_profile"] = PROFILE_NAME
            fields.append(spec)
    return result


def write(dataset: Dataset) -> dict[str, bytes]:
    files = {}
    for table in tables().values():
        header = dataset.header(table)
        files[table.path] = write_csv(
            header, dataset.rows.get(table.name, []), text_columns(table, header)
        )
    text = json.dumps(package_descriptor(dataset), ensure_ascii=False, indent=2) + "\n"
    files[DESCRIPTOR_NAME] = text.encode("utf-8")
    return dict(sorted(files.items()))


def write_zip(dataset: Dataset) -> bytes:
    return pack(write(dataset))


def read_files(files: dict[str, bytes], language: str | None, archive_name: str) -> Dataset:
    """A dataset from a data package's files (name → bytes)."""
    report = Report()
    meta = {}
    if DESCRIPTOR_NAME in files:
        try:
            meta = safejson.loads(decode_text(files[DESCRIPTOR_NAME])).get("milestone", {})
        except (ValueError, AttributeError):
            report.warn(
                DESCRIPTOR_NAME, None, None, _("datapackage.json could not be read; ignored.")
            )
    dataset = Dataset(language=language or meta.get("language") or "")
    dataset.meta["report"] = report
    known = by_path()
    for name, data in sorted(files.items()):
        if name == DESCRIPTOR_NAME:
            continue
        table = known.get(name)
        if table is None:
            report.warn(name, None, None, _("Not an HSDS table file; ignored."))
            continue
        try:
            text = decode_text(data)
        except WrongEncoding as error:
            report.error(name, None, None, wrong_encoding(error))
            continue
        # Read lazily: add_table stops at the row limit, so a huge file is never held as rows.
        lines = csv.reader(io.StringIO(text, newline=""))
        try:
            header = next(lines, None)
            if header is None:
                report.error(name, 1, None, _("The file is empty: it has no header row."))
                continue
            add_table(dataset, report, table, name, header, lines)
        except csv.Error as error:
            report.error(name, lines.line_num, None, _("The CSV file is malformed: %s") % error)
            continue
    if not dataset.source and not report.errors:
        report.error(
            archive_name,
            None,
            None,
            _("No HSDS table files were found (for example services.csv or organizations.csv)."),
        )
    if report.errors:
        raise FileRejected(report)
    return dataset


def read_zip(data: bytes, file_name: str, language: str | None) -> Dataset:
    return read_files(unpack(data, file_name), language, file_name)
