"""Importing a dataset into one region's directory: all or nothing.

Every row is checked (identifiers, types, references, the directory's own rules) and every
problem is reported with its file, row and column. Records are written in one transaction; a
preview runs the same import and rolls it back, so what it shows is exactly what confirming
does. Imports never delete: records missing from the file stay as they are. The search index
catches up after the commit, in batches (search.deferred).
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import DatabaseError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from directory import models as directory
from directory.translation import TranslatedText, normalise_language
from interchange.dataset import Dataset, SourceRow
from interchange.export import region_records
from interchange.models import ExternalReference, HeldRow
from interchange.report import Report
from interchange.tables import DERIVED, IMPORT_ORDER, LANGUAGE_SEPARATOR, Column, Table, tables
from interchange.values import parse_value
from search.deferred import batched_indexing


class _RollBack(Exception):
    pass


def import_dataset(
    region, dataset: Dataset, *, apply: bool, language: str | None = None, progress=None
) -> Report:
    """Check and (when `apply`) write the dataset into the region. Returns the report; the
    database is untouched unless `apply` is set and the report has no errors."""
    for step in import_steps(region, dataset, apply=apply, language=language):
        if isinstance(step, Report):
            return step
        if progress:
            progress(*step)
    raise AssertionError("import_steps ends with its report")


def import_steps(region, dataset: Dataset, *, apply: bool, language: str | None = None):
    """The import as a generator: (table, rows done, rows in table) while writing, and the
    Report last. Lets a page show progress while the one transaction runs."""
    importer = Importer(region, dataset, language)
    # The written services are indexed together once the import has committed, not one by one
    # inside it: embedding thousands of texts takes minutes, too long to hold the write lock. A
    # preview or a failed import is rolled back, so it indexes nothing.
    with batched_indexing(after_commit=True):
        try:
            with transaction.atomic():
                yield from importer.run()
                if importer.report.errors or not apply:
                    raise _RollBack
        except _RollBack:
            pass
    yield importer.report


class Importer:
    def __init__(self, region, dataset: Dataset, language: str | None):
        self.region = region
        self.dataset = dataset
        self.language = normalise_language(
            language
            or dataset.language
            or (region.languages[0] if region.languages else None)
            or settings.LANGUAGE_CODE
        )
        self.report = Report()
        source_report = dataset.meta.get("report")
        if source_report:
            self.report.warnings += source_report.warnings
        self.incoming: dict[str, dict[str, SourceRow]] = {}
        self.existing: dict[str, set[str]] = {}
        self._failed: set[tuple] = set()  # (file, line, column) whose value could not be read
        self._foreign: dict[str, set[str]] = {}
        self._kept: dict[str, set] = {}  # stored external references, per table

    # --- checks before writing -------------------------------------------------------------
    def run(self):
        """Check everything, then write table by table, yielding progress."""
        if not any(self.dataset.source.get(name) for name in IMPORT_ORDER):
            # An empty template "checks" as valid, and confirming it would import nothing.
            first = next(iter(self.dataset.files.values()), "")
            self.report.error(
                first,
                None,
                None,
                _(
                    "The file holds no records. Fill in at least the organization and service "
                    "sheets or files, or export a region's directory and edit that."
                ),
            )
            return
        for name in IMPORT_ORDER:
            if name in self.dataset.source:
                self._check_header(tables()[name])
                self._index(tables()[name])
        if self.report.errors:
            return
        self._check_region()
        if self.report.errors:
            return
        for name in IMPORT_ORDER:
            if name in self.dataset.source:
                yield from self._write_table(tables()[name])
        if not self.report.errors:
            self._check_reachable()

    def _check_reachable(self) -> None:
        """A record that links to nothing of the region (a location of no organization and
        no service of it, say) is imported but no region's export includes it: say so."""
        exported = {
            name: {str(r.pk) for r in records}
            for name, records in region_records(self.region).items()
        }
        held = {
            str(pk)
            for pk in HeldRow.objects.filter(region=self.region).values_list("record_id", flat=True)
        }
        for name, rows in self.incoming.items():
            for key, row in rows.items():
                if key not in exported.get(name, set()) and key not in held:
                    self.report.warn(
                        row.file,
                        row.line,
                        "id",
                        _(
                            "This %(table)s links to no organization or service of the region, "
                            "so the region's exports will not include it."
                        )
                        % {"table": name},
                    )

    def _check_header(self, table: Table) -> None:
        if not self.dataset.read_rows(table.name):
            return
        header = self.dataset.headers.get(table.name, [])
        file_name = self.dataset.files.get(table.name, table.path)
        present = set(header)
        for column in table.columns:
            if not column.enforced(table.name):
                continue
            has_language_column = any(
                name.startswith(column.name + LANGUAGE_SEPARATOR) for name in present
            )
            if column.name not in present and not (column.translated and has_language_column):
                self.report.error(
                    file_name,
                    1,
                    column.name,
                    _("The required column “%(column)s” is missing.") % {"column": column.name},
                )
        known = {c.name for c in table.columns}
        for name in header:
            base = name.split(LANGUAGE_SEPARATOR, 1)[0]
            if base not in known:
                self.report.warn(
                    file_name,
                    1,
                    name,
                    _("“%(column)s” is not a column of this table; it was ignored.")
                    % {"column": name},
                )
            elif LANGUAGE_SEPARATOR in name and not (table.column(base).translated):
                self.report.warn(
                    file_name,
                    1,
                    name,
                    _("“%(column)s” is not translated text; the language column was ignored.")
                    % {"column": base},
                )

    def _identifier(self, row: SourceRow, column: str) -> str | None:
        text = row.values.get(column, "").strip()
        try:
            return str(uuid.UUID(text))
        except ValueError:
            self.report.error(
                row.file,
                row.line,
                column,
                _("“%(value)s” is not a valid identifier: ids are UUIDs such as %(example)s.")
                % {"value": text, "example": "3f7b145d-84af-42d7-8fae-eaca714b02b2"},
            )
            return None

    def _index(self, table: Table) -> None:
        rows = {}
        for row in self.dataset.read_rows(table.name):
            key = self._identifier(row, "id")
            if key is None:
                continue
            if key in rows:
                self.report.error(
                    row.file,
                    row.line,
                    "id",
                    _("The id %(id)s is used twice in this table (also on row %(other)d).")
                    % {"id": key, "other": rows[key].line},
                )
                continue
            rows[key] = row
        self.incoming[table.name] = rows
        self.existing[table.name] = {
            str(pk)
            for pk in table.model.objects.filter(pk__in=list(rows)).values_list("pk", flat=True)
        }

    def _check_region(self) -> None:
        """An import changes one region: records of another region are refused."""
        checks = [
            ("organization", directory.Organization.objects, "region_id"),
            ("service", directory.Service.objects, "organization__region_id"),
            (
                "location",
                directory.Location.objects.exclude(organization=None),
                "organization__region_id",
            ),
        ]
        for name, queryset, path in checks:
            rows = self.incoming.get(name, {})
            found = queryset.filter(pk__in=list(rows)).exclude(**{path: self.region.pk})
            for pk in found.values_list("pk", flat=True):
                self._another_region(rows[str(pk)], "id", name)

    def _another_region(self, row: SourceRow, column: str, table_name: str) -> None:
        self.report.error(
            row.file,
            row.line,
            column,
            _(
                "This %(table)s belongs to another region's directory; an import can only "
                "change the region it is made into."
            )
            % {"table": table_name},
        )

    def _other_regions(self, table_name: str) -> set[str]:
        """Ids of organizations and services that belong to other regions: linking to them
        would change another region's directory."""
        paths = {"organization": "region", "service": "organization__region"}
        if table_name not in paths:
            return set()
        if table_name not in self._foreign:
            model = tables()[table_name].model
            self._foreign[table_name] = {
                str(pk)
                for pk in model.objects.exclude(**{paths[table_name]: self.region}).values_list(
                    "pk", flat=True
                )
            }
        return self._foreign[table_name]

    def _exists(self, table_name: str, key: str) -> bool:
        if key in self.incoming.get(table_name, {}):
            return True
        cache = self.existing.setdefault(f"ref:{table_name}", set())
        if key in cache:
            return True
        model = tables()[table_name].model
        if model.objects.filter(pk=key).exists():
            cache.add(key)
            return True
        return False

    # --- writing ---------------------------------------------------------------------------
    def _write_table(self, table: Table) -> None:
        rows = list(self.incoming.get(table.name, {}).values())
        objects = table.model.objects.in_bulk([uuid.UUID(k) for k in self.incoming[table.name]])
        counts = self.report.count(table.name)
        for done, row in enumerate(rows, start=1):
            key = row.values["id"].strip()
            obj = objects.get(uuid.UUID(key))
            self._write_row(table, row, obj, counts)
            if done % 200 == 0 or done == len(rows):
                yield table.name, done, len(rows)

    def _write_row(self, table: Table, row: SourceRow, obj, counts) -> None:
        created = obj is None
        if created:
            obj = table.model(id=uuid.UUID(row.values["id"].strip()))
            if table.name == "organization":
                obj.region = self.region
        before = None if created else _snapshot(obj)
        errors_before = len(self.report.errors)
        references = {}
        if table.name == "attribute" and not self._link_attribute(obj, row):
            self._hold(table, row, counts)
            return
        for column in table.columns:
            if column.name == "id" or (table.name, column.name) in DERIVED:
                continue
            if column.translated:
                self._set_text(obj, column, row)
            elif column.name in row.values:
                if column.reference:
                    references[column.name] = self._set_reference(obj, table, column, row)
                else:
                    self._set_value(obj, column, row)
        if table.name == "taxonomy" and not obj.code:
            obj.code = self._taxonomy_code(obj)
        # Report every problem of the row at once, not only the first one found.
        failed = [c.attr for c in table.columns if (row.file, row.line, c.name) in self._failed]
        self._validate(obj, table, row, failed)
        if len(self.report.errors) > errors_before:
            return
        if not created and _snapshot(obj) == before:
            counts.unchanged += 1
        else:
            if not self._save(obj, row):
                return
            counts.created += created
            counts.updated += not created
        self._keep_references(table, obj, references)

    def _set_text(self, obj, column: Column, row: SourceRow) -> None:
        current = getattr(obj, column.attr) or TranslatedText()
        values = TranslatedText(current).as_dict()
        prefix = column.name + LANGUAGE_SEPARATOR
        language_columns = {k: v for k, v in row.values.items() if k.startswith(prefix)}
        if language_columns:
            for name, text in language_columns.items():
                code = normalise_language(name[len(prefix) :])
                if text.strip():
                    values[code] = text
                else:
                    values.pop(code, None)
        elif column.name in row.values and not column.extension:
            text = row.values[column.name]
            if text.strip():
                values[self.language] = text
            else:
                values.pop(self.language, None)
        else:
            return
        setattr(obj, column.attr, TranslatedText(values))

    def _set_value(self, obj, column: Column, row: SourceRow) -> None:
        field = column.model_field(obj.__class__)
        try:
            value = parse_value(field, row.values[column.name])
        except ValidationError as error:
            self._failed.add((row.file, row.line, column.name))
            self.report.error(
                row.file,
                row.line,
                column.name,
                _("“%(value)s” does not fit: %(reason)s")
                % {"value": row.values[column.name], "reason": " ".join(error.messages)},
            )
            return
        if value is None and not field.null:
            value = field.get_default()
        if column.attr == "last_modified":
            obj._imported_last_modified = value
        setattr(obj, column.attr, value)

    def _set_reference(self, obj, table: Table, column: Column, row: SourceRow):
        """Set a link; a link to a record held nowhere is kept aside (optional links) or
        refused (required ones). Returns the target id to keep aside, if any."""
        text = row.values[column.name].strip()
        if not text:
            setattr(obj, column.attr, None)
            return None
        key = self._identifier(row, column.name)
        if key is None:
            return None
        target = tables()[column.reference]
        if key in self._other_regions(target.name) and key not in self.incoming.get(
            target.name, {}
        ):
            self._another_region(row, column.name, target.name)
            return None
        if self._exists(target.name, key):
            setattr(obj, column.attr, uuid.UUID(key))
            return None
        if column.enforced(table.name):
            self.report.error(
                row.file,
                row.line,
                column.name,
                _("No %(table)s with id %(id)s exists in this file or in the directory.")
                % {"table": target.name, "id": key},
            )
            return None
        self.report.warn(
            row.file,
            row.line,
            column.name,
            _(
                "No %(table)s with id %(id)s exists in this file or in the directory; the link "
                "is kept for export but leads nowhere here."
            )
            % {"table": target.name, "id": key},
        )
        setattr(obj, column.attr, None)
        return key

    def _link_attribute(self, obj, row: SourceRow) -> bool:
        entity = row.values.get("link_entity", "").strip()
        target = tables().get(entity)
        link = row.values.get("link_id", "").strip()
        try:
            link = str(uuid.UUID(link))
        except ValueError:
            link = ""
        if target is None or not link or not self._exists(entity, link):
            self.report.warn(
                row.file,
                row.line,
                "link_id",
                _(
                    "The attribute links to “%(entity)s” %(id)s, which this directory does not "
                    "hold; the row is kept as it is for export."
                )
                % {"entity": entity, "id": link or "-"},
            )
            return False
        obj.content_type = ContentType.objects.get_for_model(target.model)
        obj.link_id = uuid.UUID(link)
        return True

    def _hold(self, table: Table, row: SourceRow, counts) -> None:
        term = row.values.get("taxonomy_term_id", "").strip()
        if term and not self._exists("taxonomy_term", term):
            self.report.error(
                row.file,
                row.line,
                "taxonomy_term_id",
                _("No %(table)s with id %(id)s exists in this file or in the directory.")
                % {"table": "taxonomy_term", "id": term},
            )
            return
        key = uuid.UUID(row.values["id"].strip())
        HeldRow.objects.update_or_create(
            table=table.name,
            record_id=key,
            defaults={"region": self.region, "values": dict(row.values)},
        )
        counts.held += 1

    def _taxonomy_code(self, taxonomy) -> str:
        base = slugify(taxonomy.name.get(self.language).text)[:90] or "taxonomy"
        code, number = base, 1
        while directory.Taxonomy.objects.filter(code=code).exclude(pk=taxonomy.pk).exists():
            number += 1
            code = f"{base}-{number}"
        return code

    def _validate(self, obj, table: Table, row: SourceRow, failed) -> None:
        relations = [f.name for f in obj._meta.fields if f.is_relation]
        try:
            obj.full_clean(
                exclude=relations + list(failed), validate_unique=False, validate_constraints=False
            )
        except ValidationError as error:
            columns = {c.attr: c.name for c in table.columns}
            for field_name, messages in error.message_dict.items():
                column = (
                    None if field_name == NON_FIELD_ERRORS else columns.get(field_name, field_name)
                )
                for message in messages:
                    self.report.error(row.file, row.line, column, message)

    def _save(self, obj, row: SourceRow) -> bool:
        try:
            with transaction.atomic():
                last_modified = getattr(obj, "_imported_last_modified", None)
                obj.save()
                if last_modified is not None:
                    # auto_now stamps the save time; the file's own date is the true one.
                    type(obj).objects.filter(pk=obj.pk).update(last_modified=last_modified)
        except DatabaseError as error:
            self.report.error(
                row.file,
                row.line,
                None,
                _("The row conflicts with a record already in the directory (%(detail)s).")
                % {"detail": str(error).splitlines()[0]},
            )
            return False
        return True

    def _keep_references(self, table: Table, obj, references: dict) -> None:
        """Store links to records held nowhere; drop stored ones the row no longer makes."""
        if table.name not in self._kept:
            self._kept[table.name] = set(
                ExternalReference.objects.filter(table=table.name).values_list(
                    "record_id", "column"
                )
            )
        kept = self._kept[table.name]
        for column_name, target in references.items():
            if target is None and (obj.pk, column_name) not in kept:
                continue  # the usual case: nothing stored, nothing to drop
            stored = ExternalReference.objects.filter(
                table=table.name, record_id=obj.pk, column=column_name
            )
            if target is None:
                stored.delete()
            else:
                stored.update_or_create(
                    table=table.name,
                    record_id=obj.pk,
                    column=column_name,
                    defaults={"target_id": uuid.UUID(target)},
                )


def _snapshot(obj) -> dict:
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}
