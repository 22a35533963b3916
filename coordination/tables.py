"""Every dashboard table as one value, exported to CSV or Excel as the coordinator sees it.

Cells that a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first) are
prefixed with an apostrophe, so that text written by a provider or by the public cannot run in
the coordinator's spreadsheet.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from interchange.values import neutralise as neutralise_text


@dataclass
class Table:
    key: str
    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)


def neutralise(value):
    """A cell for a spreadsheet: numbers stay numbers, text is kept from acting as a formula by
    the one rule the interchange exports use too."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return value
    return neutralise_text(str(value))


def to_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([neutralise(c) for c in table.columns])
    for row in table.rows:
        writer.writerow([neutralise(c) for c in row])
    return out.getvalue()


def to_xlsx(table: Table) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = table.key[:31]
    sheet.append([neutralise(c) for c in table.columns])
    for row in table.rows:
        sheet.append([neutralise(c) for c in row])
    for index, column in enumerate(table.columns, start=1):
        width = max([len(str(column))] + [len(str(row[index - 1])) for row in table.rows[:200]])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, max(10, width + 2))
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
