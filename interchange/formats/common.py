"""Steps every tabular format shares when reading a table."""

from __future__ import annotations

from django.utils.translation import gettext as _

from interchange.dataset import Dataset, SourceRow
from interchange.formats.limits import max_rows
from interchange.report import Report
from interchange.tables import Table
from interchange.values import is_formula, restore


def wrong_encoding(error) -> str:
    return _(
        "The file is not UTF-8: it looks like %(encoding)s. Save it as UTF-8 (in Excel: "
        "“CSV UTF-8”) and upload it again."
    ) % {"encoding": error.encoding}


def add_table(dataset: Dataset, report: Report, table: Table, file_name, header, rows) -> None:
    """Read one table's rows (lists of cell texts) under its header into the dataset.

    A cell starting with "=" (also after spaces, tabs or line breaks) is a spreadsheet formula
    and is refused: its value is not in the file, and a formula must never reach another
    spreadsheet (values.is_formula). Cells escaped with an apostrophe
    (as our exports write them) are text and are read back exactly. A leading + - or @ is
    ordinary text here (phone numbers, negative numbers)."""
    header = [(name or "").strip() for name in header]
    dataset.headers[table.name] = header
    dataset.files[table.name] = file_name
    found = []
    for number, cells in enumerate(rows, start=2):
        if len(found) >= max_rows():
            report.error(
                file_name,
                number,
                None,
                _("The file has more than %(limit)d rows; split it into smaller files.")
                % {"limit": max_rows()},
            )
            break
        cells = ["" if c is None else str(c) for c in cells]
        while len(cells) > len(header) and not cells[-1].strip():
            cells.pop()
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            report.error(
                file_name,
                number,
                None,
                _("The row has %(cells)d cells but the header names only %(columns)d columns.")
                % {"cells": len(cells), "columns": len(header)},
            )
            continue
        formulas = [
            (name, cell) for name, cell in zip(header, cells, strict=False) if is_formula(cell)
        ]
        for name, cell in formulas:
            report.error(
                file_name,
                number,
                name,
                _(
                    "The cell holds a formula (%(formula)s). Formulas are not imported: write "
                    "the value itself, or start the cell with an apostrophe to keep it as text."
                )
                % {"formula": cell[:40]},
            )
        if formulas:
            continue
        values = {name: restore(cell) for name, cell in zip(header, cells, strict=False) if name}
        found.append(SourceRow(values, file_name, number))
    dataset.source[table.name] = found
