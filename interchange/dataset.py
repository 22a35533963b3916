"""A region's directory as HSDS tables: the one in-memory shape every file format reads into
and writes from. A row is a dict of column name to cell text ("" when empty)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType

from directory.translation import configured_languages
from interchange.tables import DERIVED, LANGUAGE_SEPARATOR, Table, table_for_model
from interchange.values import format_value


@dataclass
class SourceRow:
    """A row as read from a file, with where it came from for error messages."""

    values: dict[str, str]
    file: str
    line: int


@dataclass
class Dataset:
    language: str  # the language of the plain HSDS text columns
    languages: list[str] = field(default_factory=list)  # one column per language for these
    rows: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    # Import only: the rows as read, and the columns each file had.
    source: dict[str, list[SourceRow]] = field(default_factory=dict)
    headers: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)

    def header(self, table: Table) -> list[str]:
        return table.header(self.languages)

    def read_rows(self, table_name: str) -> list[SourceRow]:
        return self.source.get(table_name, [])


def ordered_languages(codes) -> list[str]:
    """Configured languages first, in settings order, then any others alphabetically."""
    configured = configured_languages()
    codes = set(codes)
    return [c for c in configured if c in codes] + sorted(codes - set(configured))


def link_entity(attribute) -> str:
    model = ContentType.objects.get_for_id(attribute.content_type_id).model_class()
    found = table_for_model(model)
    return found.name if found else ""


def row_of(obj, table: Table, dataset: Dataset, external: dict) -> dict[str, str]:
    """One record as a row of its table, in the dataset's languages."""
    row = {}
    for column in table.columns:
        if column.translated:
            value = getattr(obj, column.attr)
            if not column.extension:
                row[column.name] = value.get(dataset.language).text
            for code in dataset.languages:
                row[f"{column.name}{LANGUAGE_SEPARATOR}{code}"] = value.exact(code)
        elif (table.name, column.name) in DERIVED:
            row[column.name] = link_entity(obj)
        else:
            value = getattr(obj, column.attr)
            if column.reference and value is None:
                value = external.get((table.name, str(obj.pk), column.name))
            row[column.name] = format_value(value)
    return row


def translated_languages(obj, table: Table) -> set[str]:
    found = set()
    for column in table.translated:
        found.update(getattr(obj, column.attr).languages)
    return found
