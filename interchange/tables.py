"""The HSDS 3.0 tables, their columns and the directory models they map onto.

The official data package descriptor (hsds/datapackage.json) gives the tables and the column
order; this module adds what the MILEstone profile needs for a lossless exchange (see
interchange/PROFILE.md): translations as ``field@language`` columns and a few ``milestone_``
extension columns for facts HSDS has no field for.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.db import models

from directory import models as directory
from directory.translation import TranslatedField

DESCRIPTOR = Path(__file__).parent / "hsds" / "datapackage.json"
PROFILE_NAME = "https://milestone-hub.eu/hsds-profile/1.0"
HSDS_VERSION = "3.0"
LANGUAGE_SEPARATOR = "@"


@dataclass(frozen=True)
class Column:
    name: str
    attr: str  # the model attribute (attname for foreign keys)
    hsds_type: str = "string"  # datapackage type: string, number, date, datetime, time, boolean
    required: bool = False  # required by HSDS (or by the model for extension columns)
    reference: str | None = None  # the table a uuid column points at
    translated: bool = False
    extension: bool = False

    def enforced(self, table_name: str) -> bool:
        """Whether an import refuses a row without this column."""
        return self.required and (table_name, self.name) not in RELAXED

    def model_field(self, model) -> models.Field:
        return model._meta.get_field(self.attr.removesuffix("_id") if self.reference else self.attr)


@dataclass(frozen=True)
class Table:
    name: str  # HSDS resource name, e.g. "service"
    path: str  # the CSV file name, e.g. "services.csv"
    model: type[models.Model]
    columns: tuple[Column, ...] = field(default_factory=tuple)

    @property
    def translated(self) -> list[Column]:
        return [column for column in self.columns if column.translated]

    def column(self, name: str) -> Column | None:
        for column in self.columns:
            if column.name == name:
                return column
        return None

    def header(self, languages: list[str], plain_text: bool = True) -> list[str]:
        """The columns of this table's file: HSDS columns in the official order (translated ones
        holding the export language's text), then one column per language for each translated
        field, then the profile's extension columns."""
        names = [
            c.name for c in self.columns if not c.extension and (plain_text or not c.translated)
        ]
        for column in self.translated:
            names += [f"{column.name}{LANGUAGE_SEPARATOR}{code}" for code in languages]
        names += [c.name for c in self.columns if c.extension and not c.translated]
        return names


MODELS = {
    "organization": directory.Organization,
    "program": directory.Program,
    "service": directory.Service,
    "attribute": directory.Attribute,
    "service_at_location": directory.ServiceAtLocation,
    "location": directory.Location,
    "phone": directory.Phone,
    "contact": directory.Contact,
    "address": directory.Address,
    "schedule": directory.Schedule,
    "funding": directory.Funding,
    "service_area": directory.ServiceArea,
    "required_document": directory.RequiredDocument,
    "language": directory.Language,
    "accessibility": directory.Accessibility,
    "taxonomy_term": directory.TaxonomyTerm,
    "metadata": directory.Metadata,
    "meta_table_description": directory.MetaTableDescription,
    "cost_option": directory.CostOption,
    "organization_identifier": directory.OrganizationIdentifier,
    "taxonomy": directory.Taxonomy,
}

# HSDS columns whose model attribute has another name.
RENAMED = {("taxonomy_term", "taxonomy"): "taxonomy_name"}
# Columns computed from other fields rather than stored.
DERIVED = {("attribute", "link_entity")}
# Columns HSDS marks required although the directory can hold a record without them: the
# importer accepts them empty and the datapackage.json we write says so; the API still sends
# them (as empty text) because the HSDS JSON schemas require the key.
RELAXED = {
    ("address", "state_province"),
    ("attribute", "link_entity"),
    ("attribute", "link_id"),
}

# The MILEstone profile: facts HSDS has no column for, carried so that nothing is lost.
EXTENSIONS = {
    "organization": [
        Column("milestone_kind", "kind", extension=True),
        Column("milestone_last_modified", "last_modified", "datetime", extension=True),
    ],
    "service": [
        Column("milestone_publication_status", "publication_status", extension=True),
        Column("milestone_finnish_level", "finnish_level", extension=True),
        Column(
            "milestone_integration_plan_required",
            "integration_plan_required",
            "boolean",
            extension=True,
        ),
        Column("milestone_funding_type", "funding_type", extension=True),
        Column("milestone_funding_ends", "funding_ends", "date", extension=True),
        Column("milestone_cost", "cost", extension=True),
        Column("milestone_interpretation", "interpretation", extension=True),
        Column("milestone_web_page", "web_page", translated=True, extension=True),
    ],
    "schedule": [Column("milestone_kind", "kind", extension=True)],
    "accessibility": [Column("milestone_features", "features", extension=True)],
    "taxonomy": [Column("milestone_code", "code", extension=True)],
    "taxonomy_term": [
        Column("taxonomy_detail", "taxonomy_detail", extension=True),
        Column("milestone_position", "position", "number", extension=True),
    ],
    "attribute": [Column("label", "label", translated=True, extension=True)],
}


@cache
def descriptor() -> dict:
    return json.loads(DESCRIPTOR.read_text(encoding="utf-8"))


def _column(table_name: str, model, spec: dict) -> Column:
    name = spec["name"]
    attr = RENAMED.get((table_name, name), name)
    reference = None
    if spec.get("format") == "uuid" and name != "id":
        attr = name
        if name != "resource_id" and name != "link_id":
            reference = _reference_table(table_name, name)
    translated = False
    if (table_name, name) not in DERIVED and reference is None:
        translated = isinstance(model._meta.get_field(attr), TranslatedField)
    required = bool(spec.get("constraints", {}).get("required"))
    return Column(name, attr, spec["type"], required, reference, translated)


def _reference_table(table_name: str, name: str) -> str:
    if name == "parent_organization_id":
        return "organization"
    if name == "parent_id":
        return table_name
    return name.removesuffix("_id")


@cache
def tables() -> dict[str, Table]:
    """Every HSDS table, in the order of the official data package."""
    result = {}
    for resource in descriptor()["resources"]:
        name = resource["name"]
        model = MODELS[name]
        columns = [_column(name, model, spec) for spec in resource["schema"]["fields"]]
        columns += EXTENSIONS.get(name, [])
        result[name] = Table(name, resource["path"], model, tuple(columns))
    return result


def table(name: str) -> Table:
    return tables()[name]


def table_for_model(model) -> Table | None:
    for candidate in tables().values():
        if candidate.model is model:
            return candidate
    return None


def by_path() -> dict[str, Table]:
    return {t.path: t for t in tables().values()}


# The order records are written in, so that a reference points at a record already written.
# Links within one table (a parent organization or term later in the file) work because
# Django's foreign keys are checked at commit on SQLite and PostgreSQL (deferred constraints).
IMPORT_ORDER = [
    "taxonomy",
    "taxonomy_term",
    "organization",
    "program",
    "service",
    "location",
    "service_at_location",
    "address",
    "accessibility",
    "contact",
    "phone",
    "schedule",
    "language",
    "cost_option",
    "funding",
    "required_document",
    "service_area",
    "organization_identifier",
    "attribute",
    "metadata",
    "meta_table_description",
]
