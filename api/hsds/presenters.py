"""Directory records as HSDS 3.0 objects in one language, with the MILEstone profile's
``milestone_`` fields (interchange/PROFILE.md) where they have a value.

Text is served in the requested language along the directory's fallback chain. The MILEstone
profile (interchange/PROFILE.md) adds two fields to any object: ``translation_fallbacks``
names the fields served in another language ({"description": "en"}), and, when asked for with
``?translations=all``, ``translations`` holds every language of every text field.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType

from directory.models import Attribute, Metadata
from interchange.dataset import link_entity
from interchange.formats.hsds_json import typed
from interchange.tables import DERIVED, table
from interchange.values import format_value

# (field in the HSDS object, child table, related name on the parent)
CHILDREN = {
    "service": [
        ("phones", "phone", "phones"),
        ("schedules", "schedule", "schedules"),
        ("service_areas", "service_area", "service_areas"),
        ("service_at_locations", "service_at_location", "service_at_locations"),
        ("languages", "language", "languages"),
        ("funding", "funding", "funding"),
        ("cost_options", "cost_option", "cost_options"),
        ("required_documents", "required_document", "required_documents"),
        ("contacts", "contact", "contacts"),
    ],
    "service_at_location": [
        ("contacts", "contact", "contacts"),
        ("phones", "phone", "phones"),
        ("schedules", "schedule", "schedules"),
    ],
    "location": [
        ("languages", "language", "languages"),
        ("addresses", "address", "addresses"),
        ("contacts", "contact", "contacts"),
        ("accessibility", "accessibility", "accessibility"),
        ("phones", "phone", "phones"),
        ("schedules", "schedule", "schedules"),
    ],
    "contact": [("phones", "phone", "phones")],
    "phone": [("languages", "language", "languages")],
    "organization": [
        ("funding", "funding", "funding"),
        ("contacts", "contact", "contacts"),
        ("phones", "phone", "phones"),
        ("locations", "location", "locations"),
        ("programs", "program", "programs"),
        ("organization_identifiers", "organization_identifier", "identifiers"),
    ],
}


def prefetch_paths(table_name: str, prefix: str = "") -> list[str]:
    """prefetch_related paths for a record nested as `node` nests it."""
    paths = []
    for _key, child_table, related in CHILDREN.get(table_name, []):
        paths.append(prefix + related)
        paths += prefetch_paths(child_table, f"{prefix}{related}__")
    return paths


SERVICE_FULL_PREFETCH = [
    *prefetch_paths("service"),
    "service_at_locations__location",
    *prefetch_paths("location", "service_at_locations__location__"),
]


class Presenter:
    def __init__(self, language: str, translations: bool = False, bulk: bool = False):
        self.language = language
        self.translations = translations
        self.bulk = bulk  # load attributes and metadata once, for pages of nested records
        self._attributes = None
        self._metadata = None

    def plain(self, obj, table_name: str) -> dict:
        """The record's own HSDS fields; empty optional fields are left out."""
        spec = table(table_name)
        record, fallbacks, texts = {}, {}, {}
        for column in spec.columns:
            if column.translated:
                value = getattr(obj, column.attr)
                if self.translations and value:
                    texts[column.name] = value.as_dict()
                if column.extension and not column.name.startswith("milestone_"):
                    continue
                resolved = value.get(self.language)
                if resolved.fell_back:
                    fallbacks[column.name] = resolved.language
                text = resolved.text
            elif (table_name, column.name) in DERIVED:
                text = link_entity(obj)
            else:
                text = format_value(getattr(obj, column.attr))
            if text or (column.required and not column.extension):
                record[column.name] = typed(column, text) if text else text
        if fallbacks:
            record["translation_fallbacks"] = fallbacks
        if texts:
            record["translations"] = texts
        return record

    def node(self, obj, table_name: str) -> dict:
        """The record with its children, attributes and change metadata, nested. Children are
        read through `.all()` so that a list's prefetch_related (see prefetch_paths) serves
        them; they are ordered by id here."""
        record = self.plain(obj, table_name)
        for key, child_table, related in CHILDREN.get(table_name, []):
            children = sorted(getattr(obj, related).all(), key=lambda child: str(child.pk))
            record[key] = [self.node(child, child_table) for child in children]
        record["attributes"] = self.attributes(obj)
        record["metadata"] = self.metadata(obj)
        return record

    def attributes(self, obj) -> list[dict]:
        content_type = ContentType.objects.get_for_model(obj)
        if self.bulk:
            found = self._all_attributes().get((content_type.pk, obj.pk), [])
        else:
            found = (
                Attribute.objects.filter(content_type=content_type, link_id=obj.pk)
                .select_related("taxonomy_term")
                .order_by("id")
            )
        result = []
        for attribute in found:
            record = self.plain(attribute, "attribute")
            record["taxonomy_term"] = self.plain(attribute.taxonomy_term, "taxonomy_term")
            result.append(record)
        return result

    def metadata(self, obj) -> list[dict]:
        if self.bulk:
            found = self._all_metadata().get(obj.pk, [])
        else:
            found = Metadata.objects.filter(resource_id=obj.pk).order_by("id")
        return [self.plain(m, "metadata") for m in found]

    def _all_attributes(self) -> dict:
        # A whole page of nested records asks for the attributes of hundreds of records: one
        # query for all of them beats one query per record.
        if self._attributes is None:
            self._attributes = {}
            for attribute in Attribute.objects.select_related("taxonomy_term").order_by("id"):
                key = (attribute.content_type_id, attribute.link_id)
                self._attributes.setdefault(key, []).append(attribute)
        return self._attributes

    def _all_metadata(self) -> dict:
        if self._metadata is None:
            self._metadata = {}
            for entry in Metadata.objects.order_by("id"):
                self._metadata.setdefault(entry.resource_id, []).append(entry)
        return self._metadata

    # --- the shapes the HSDS API serves ---------------------------------------------------
    def service_summary(self, service) -> dict:
        """A list item: the service's own fields, its organization and programme."""
        record = self.plain(service, "service")
        record["organization"] = self.plain(service.organization, "organization")
        if service.program_id:
            record["program"] = self.plain(service.program, "program")
        return record

    def service_full(self, service) -> dict:
        record = self.node(service, "service")
        record["organization"] = self.plain(service.organization, "organization")
        if service.program_id:
            record["program"] = self.plain(service.program, "program")
        locations = {str(sal.pk): sal.location for sal in service.service_at_locations.all()}
        for at_location in record["service_at_locations"]:
            at_location["location"] = self.node(locations[at_location["id"]], "location")
        return record

    def organization_full(self, organization, services, full_services: bool) -> dict:
        record = self.node(organization, "organization")
        record["services"] = [
            self.service_full(s) if full_services else self.service_summary(s) for s in services
        ]
        return record

    def service_at_location_summary(self, at_location) -> dict:
        record = self.plain(at_location, "service_at_location")
        record["location"] = self.plain(at_location.location, "location")
        record["service"] = self.service_summary(at_location.service)
        return record

    def service_at_location_full(self, at_location) -> dict:
        record = self.node(at_location, "service_at_location")
        record["location"] = self.node(at_location.location, "location")
        record["service"] = self.service_summary(at_location.service)
        return record

    def taxonomy(self, taxonomy) -> dict:
        record = self.plain(taxonomy, "taxonomy")
        record["metadata"] = self.metadata(taxonomy)
        return record

    def taxonomy_term(self, term) -> dict:
        record = self.plain(term, "taxonomy_term")
        record["metadata"] = self.metadata(term)
        return record
