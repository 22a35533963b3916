"""HSDS JSON: one document with an array of records per table (the shape of the official
compiled tabular.json), or newline-delimited JSON with one record a line.

A record holds the plain HSDS fields in the document's language, typed as HSDS types them;
the profile adds ``translations`` ({field: {language: text}}) and its ``milestone_`` fields.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from interchange import safejson
from interchange.dataset import Dataset, SourceRow
from interchange.formats.common import wrong_encoding
from interchange.formats.limits import max_rows
from interchange.report import FileRejected, Report
from interchange.tables import HSDS_VERSION, LANGUAGE_SEPARATOR, PROFILE_NAME, Table, tables
from interchange.values import WrongEncoding, decode_text


def typed(column, text: str):
    """A cell's text as the JSON value HSDS types the column with."""
    if column.hsds_type == "number":
        number = Decimal(text)
        return int(number) if number == number.to_integral_value() else float(number)
    if column.hsds_type == "boolean":
        return text == "true"
    return text


def record_of(table: Table, row: dict[str, str], languages: list[str]) -> dict:
    """One row as an HSDS JSON object; empty optional fields are left out."""
    record = {}
    translations = {}
    for column in table.columns:
        if column.translated:
            texts = {
                code: row.get(f"{column.name}{LANGUAGE_SEPARATOR}{code}", "") for code in languages
            }
            texts = {code: text for code, text in texts.items() if text}
            if texts:
                translations[column.name] = texts
            if column.extension:
                continue
        text = row.get(column.name, "")
        if text == "" and not column.required:
            continue
        record[column.name] = typed(column, text) if text else text
    if translations:
        record["translations"] = translations
    return record


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        try:
            return format(Decimal(repr(value)).normalize(), "f")
        except InvalidOperation:
            return str(value)
    return str(value)


def row_of_record(table: Table, record: dict, languages: list[str]) -> tuple[list, list]:
    """A JSON record as header and cells, so it is read like a row of a table file."""
    values = {}
    for key, value in record.items():
        if key == "translations" and isinstance(value, dict):
            for field, texts in value.items():
                for code, text in (texts or {}).items():
                    values[f"{field}{LANGUAGE_SEPARATOR}{code}"] = _cell(text)
        elif not isinstance(value, dict | list):
            values[key] = _cell(value)
    if record.get("translations"):
        # A language the record has no text in must read as empty, not as "keep as it is".
        for column in table.translated:
            for code in languages:
                values.setdefault(f"{column.name}{LANGUAGE_SEPARATOR}{code}", "")
    return list(values), list(values.values())


def _header(dataset: Dataset) -> dict:
    return {
        "hsds_version": HSDS_VERSION,
        "hsds_profile": PROFILE_NAME,
        "language": dataset.language,
        "languages": dataset.languages,
        "region": dataset.meta.get("region", ""),
    }


def write_document(dataset: Dataset) -> bytes:
    document = _header(dataset)
    for table in tables().values():
        document[table.name] = [
            record_of(table, row, dataset.languages) for row in dataset.rows.get(table.name, [])
        ]
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_lines(dataset: Dataset) -> bytes:
    lines = [json.dumps(_header(dataset), ensure_ascii=False)]
    for table in tables().values():
        for row in dataset.rows.get(table.name, []):
            record = record_of(table, row, dataset.languages)
            lines.append(json.dumps({"table": table.name, "record": record}, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _reject(file_name, message):
    report = Report()
    report.error(file_name, None, None, message)
    raise FileRejected(report)


def _text(data: bytes, file_name: str) -> str:
    try:
        return decode_text(data)
    except WrongEncoding as error:
        _reject(file_name, wrong_encoding(error))


def _fill(dataset: Dataset, report: Report, file_name: str, records_by_table: dict) -> None:
    """Records become source rows holding only the keys each record has: a field a record
    leaves out is not changed by the import, as with a column a table file leaves out."""
    for name, records in records_by_table.items():
        table = tables()[name]
        if len(records) > max_rows():
            report.error(
                file_name,
                None,
                name,
                _("The file has more than %(limit)d rows; split it into smaller files.")
                % {"limit": max_rows()},
            )
            continue
        found = []
        header: list[str] = []
        for position, record in enumerate(records, start=1):
            if not isinstance(record, dict):
                report.error(
                    file_name,
                    position,
                    name,
                    _("Each %(table)s must be a JSON object.") % {"table": name},
                )
                continue
            keys, cells = row_of_record(table, record, dataset.languages)
            header += [key for key in keys if key not in header]
            found.append(SourceRow(dict(zip(keys, cells, strict=True)), file_name, position))
        dataset.source[name] = found
        dataset.headers[name] = header
        dataset.files[name] = file_name


def _dataset(meta: dict, language: str | None) -> Dataset:
    return Dataset(
        language=language or str(meta.get("language") or ""),
        languages=[str(code) for code in meta.get("languages") or []],
    )


def read_document(data: bytes, file_name: str, language: str | None) -> Dataset:
    try:
        document = safejson.loads(_text(data, file_name))
    except safejson.UnsafeJson as error:
        _reject(file_name, str(error))
    if not isinstance(document, dict):
        _reject(file_name, _("The JSON document must be an object with one array per HSDS table."))
    dataset = _dataset(document, language)
    report = Report()
    dataset.meta["report"] = report
    found = {}
    for name in tables():
        if name in document:
            if not isinstance(document[name], list):
                report.error(
                    file_name, None, name, _("“%(table)s” must be an array.") % {"table": name}
                )
                continue
            found[name] = document[name]
    if not found and not report.errors:
        report.error(
            file_name, None, None, _("The document holds no HSDS tables (for example “service”).")
        )
    _fill(dataset, report, file_name, found)
    if report.errors:
        raise FileRejected(report)
    return dataset


def read_lines(data: bytes, file_name: str, language: str | None) -> Dataset:
    found: dict[str, list] = {}
    meta = {}
    positions: dict[str, list[int]] = {}
    report = Report()
    for number, line in enumerate(_text(data, file_name).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = safejson.loads(line)
        except safejson.UnsafeJson as error:
            report.error(file_name, number, None, str(error))
            continue
        if isinstance(item, dict) and "hsds_version" in item and "table" not in item:
            meta = item
            continue
        if (
            not isinstance(item, dict)
            or item.get("table") not in tables()
            or not isinstance(item.get("record"), dict)
        ):
            report.error(
                file_name,
                number,
                None,
                _('Each line must be {"table": an HSDS table name, "record": an object}.'),
            )
            continue
        found.setdefault(item["table"], []).append(item["record"])
        positions.setdefault(item["table"], []).append(number)
    if report.errors:
        raise FileRejected(report)
    dataset = _dataset(meta, language)
    dataset.meta["report"] = report
    _fill(dataset, report, file_name, found)
    for name, numbers in positions.items():
        for source, number in zip(dataset.source.get(name, []), numbers, strict=False):
            source.line = number
    if not found:
        report.error(file_name, None, None, _("The file holds no HSDS records."))
    if report.errors:
        raise FileRejected(report)
    return dataset
