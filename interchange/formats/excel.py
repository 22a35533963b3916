"""The Excel workbook a coordinator can fill in by hand: a first sheet explaining the template,
then one sheet per HSDS table, with one column per language for every translated field."""

from __future__ import annotations

import datetime
import io
import re
import uuid
import zipfile

import openpyxl
from defusedxml import DefusedXmlException
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from directory.translation import configured_languages
from interchange.dataset import Dataset, ordered_languages
from interchange.formats.archive import FIXED_TIME, inspect
from interchange.formats.common import add_table
from interchange.report import FileRejected, Report
from interchange.tables import tables
from interchange.values import neutralise

README = "README"
FIXED_DATE = datetime.datetime(*FIXED_TIME)
# Characters a worksheet cell cannot hold.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _instructions(dataset: Dataset) -> list[str]:
    return [
        _("MILEstone Hub – directory template (Open Referral HSDS 3.0)"),
        _("Each sheet after this one is one HSDS table; each row is one record."),
        _("Do not rename sheets or the column names in the first row."),
        _(
            "Every record needs an id: a UUID such as 3f7b145d-84af-42d7-8fae-eaca714b02b2. "
            "Keep the ids of existing rows; give a new row a new UUID."
        ),
        _(
            "Links between tables are ids: for example a service's organization_id is the id of "
            "a row on the organization sheet."
        ),
        _(
            "Text that people read has one column per language: name@fi is the name in Finnish, "
            "name@sv in Swedish, name@en in English. Leave a language empty when there is no "
            "translation."
        ),
        _("Dates are written 2025-04-02, times 09:30:00."),
        _("Columns starting with milestone_ are MILEstone Hub's own additions to HSDS."),
        _(
            "A cell that would start with = + - or @ is saved with an apostrophe in front, so "
            "that it is never run as a formula."
        ),
    ]


def write(dataset: Dataset, spare_ids: int = 0) -> bytes:
    """The workbook; `spare_ids` fresh UUIDs on the README sheet help someone filling in new
    rows by hand (only the empty template has them: exports stay the same bytes each time)."""
    languages = ordered_languages(set(configured_languages()) | set(dataset.languages))
    workbook = Workbook()
    readme = workbook.active
    readme.title = README
    for line in _instructions(dataset):
        readme.append([line])
    if spare_ids:
        readme.append([])
        readme.append([_("Unused ids for new rows (use each one once):")])
        for _number in range(spare_ids):
            readme.append([str(uuid.uuid4())])
    readme["A1"].font = Font(bold=True)
    readme.column_dimensions["A"].width = 120
    for table in tables().values():
        sheet = workbook.create_sheet(table.name)
        header = table.header(languages, plain_text=False)
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "B2"
        for row in dataset.rows.get(table.name, []):
            sheet.append([_cell(row.get(name, "")) for name in header])
        for cell in sheet[1]:
            sheet.column_dimensions[cell.column_letter].width = max(
                12, min(40, len(cell.value) + 2)
            )
    workbook.properties.creator = "MILEstone Hub"
    workbook.properties.created = FIXED_DATE
    workbook.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _steady(buffer.getvalue())


def _cell(text: str) -> str:
    # Every cell is written as text, so a spreadsheet neither computes nor reformats it.
    return neutralise(_ILLEGAL.sub("", text))


def _steady(data: bytes) -> bytes:
    """openpyxl stamps the save time into the archive; rewrite it with fixed times so that the
    same data gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                    rb"<dcterms:modified\1>1980-01-01T00:00:00Z</dcterms:modified>",
                    content,
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, content)
    return buffer.getvalue()


def _text(value) -> str:
    """A cell as text, also when someone typed a number or a date into it by hand."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


def read(data: bytes, file_name: str, language: str | None) -> Dataset:
    # openpyxl trusts the archive's headers and its XML: check the real sizes first, and parse
    # the XML only through defusedxml (no entity expansion, no external entities).
    if not openpyxl.DEFUSEDXML:
        raise ImproperlyConfigured(
            "Workbooks are read only with defusedxml installed and OPENPYXL_DEFUSEDXML unset."
        )
    inspect(data, file_name)
    dataset = Dataset(language=language or "")
    report = Report()
    dataset.meta["report"] = report
    try:
        # data_only=False: a formula cell reads as its "=…" text, which add_table refuses.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        _read_sheets(workbook, dataset, report, file_name)
        workbook.close()
    except FileRejected:
        raise
    except Exception as error:  # whatever a hostile workbook makes openpyxl raise
        report = Report()
        report.error(file_name, None, None, _unreadable(error))
        raise FileRejected(report) from None
    if not dataset.source and not report.errors:
        report.error(file_name, None, None, _("The workbook has no HSDS table sheets."))
    if report.errors:
        raise FileRejected(report)
    return dataset


def _unreadable(error) -> str:
    causes = []
    while error is not None and len(causes) < 10:  # openpyxl wraps what its parser raised
        causes.append(error)
        error = error.__cause__ or error.__context__
    if any(isinstance(cause, DefusedXmlException) for cause in causes):
        return _(
            "The workbook holds XML that is not allowed (a document type or entity "
            "declaration). Save it again from a spreadsheet program and upload it."
        )
    return _("The file is not a readable Excel workbook (.xlsx).")


def _read_sheets(workbook, dataset: Dataset, report: Report, file_name: str) -> None:
    for sheet in workbook.worksheets:
        if sheet.title == README:
            continue
        table = tables().get(sheet.title)
        where = f"{file_name} › {sheet.title}"
        if table is None:
            report.warn(where, None, None, _("Not an HSDS table sheet; ignored."))
            continue
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        if not header:
            continue
        add_table(
            dataset,
            report,
            table,
            where,
            [_text(v) for v in header],
            ([_text(v) for v in row] for row in rows),
        )
