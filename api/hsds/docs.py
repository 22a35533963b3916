"""OpenAPI descriptions of the HSDS objects, built from the same table definitions the
presenters and the exchange formats use, so the documentation cannot drift from the data."""

from __future__ import annotations

from functools import cache

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema_field
from rest_framework import serializers

from api.hsds.presenters import CHILDREN
from interchange.tables import table

FIELD_TYPES = {
    "number": serializers.FloatField,
    "date": serializers.DateField,
    "datetime": serializers.DateTimeField,
    "time": serializers.TimeField,
    "boolean": serializers.BooleanField,
}


def _field(column):
    if column.reference or column.name in ("id", "link_id", "resource_id"):
        return serializers.UUIDField(required=column.required)
    return FIELD_TYPES.get(column.hsds_type, serializers.CharField)(required=column.required)


def _profile_fields() -> dict:
    return {
        "translation_fallbacks": serializers.DictField(
            child=serializers.CharField(),
            required=False,
            help_text="MILEstone profile: fields served in another language than asked for, "
            "with the language they are in.",
        ),
        "translations": serializers.DictField(
            child=serializers.DictField(child=serializers.CharField()),
            required=False,
            help_text="MILEstone profile (?translations=all): every language of every text "
            "field, {field: {language: text}}.",
        ),
    }


def _class_name(name: str) -> str:
    return "OpenReferral" + "".join(part.title() for part in name.split("_"))


@cache
def plain(table_name: str) -> type[serializers.Serializer]:
    spec = table(table_name)
    fields = {c.name: _field(c) for c in spec.columns if not c.extension}
    fields.update(_profile_fields())
    return type(_class_name(table_name), (serializers.Serializer,), fields)


@cache
def nested(table_name: str) -> type[serializers.Serializer]:
    fields = {}
    for key, child_table, _related in CHILDREN.get(table_name, []):
        fields[key] = nested(child_table)(many=True)
    fields["attributes"] = attribute()(many=True)
    fields["metadata"] = plain("metadata")(many=True)
    return type(_class_name(table_name) + "Nested", (plain(table_name),), fields)


@cache
def attribute() -> type[serializers.Serializer]:
    return type(
        "OpenReferralAttributeWithTerm",
        (plain("attribute"),),
        {"taxonomy_term": plain("taxonomy_term")()},
    )


@cache
def service_summary():
    return type(
        "OpenReferralServiceSummary",
        (plain("service"),),
        {"organization": plain("organization")(), "program": plain("program")(required=False)},
    )


@cache
def service_full():
    location = nested("location")
    at_location = type(
        "OpenReferralServiceAtLocationInService",
        (nested("service_at_location"),),
        {"location": location()},
    )
    return type(
        "OpenReferralServiceFull",
        (nested("service"),),
        {
            "organization": plain("organization")(),
            "program": plain("program")(required=False),
            "service_at_locations": at_location(many=True),
        },
    )


@cache
def organization_full():
    return type(
        "OpenReferralOrganizationFull",
        (nested("organization"),),
        {"services": service_summary()(many=True)},
    )


@cache
def service_at_location_summary():
    return type(
        "OpenReferralServiceAtLocationSummary",
        (plain("service_at_location"),),
        {"location": plain("location")(), "service": service_summary()()},
    )


@cache
def service_at_location_full():
    return type(
        "OpenReferralServiceAtLocationFull",
        (nested("service_at_location"),),
        {"location": nested("location")(), "service": service_summary()()},
    )


@cache
def taxonomy():
    return type(
        "OpenReferralTaxonomyWithMetadata",
        (plain("taxonomy"),),
        {"metadata": plain("metadata")(many=True)},
    )


@cache
def taxonomy_term():
    return type(
        "OpenReferralTaxonomyTermWithMetadata",
        (plain("taxonomy_term"),),
        {"metadata": plain("metadata")(many=True)},
    )


@cache
def page(item, name: str):
    """The HSDS Page: counts and one page of `contents` (items of a serializer or a field)."""
    if issubclass(item, serializers.BaseSerializer):
        contents = item(many=True)
    else:
        contents = serializers.ListField(child=item())
    return type(
        name,
        (serializers.Serializer,),
        {
            "total_items": serializers.IntegerField(),
            "total_pages": serializers.IntegerField(),
            "page_number": serializers.IntegerField(),
            "size": serializers.IntegerField(),
            "first_page": serializers.BooleanField(),
            "last_page": serializers.BooleanField(),
            "empty": serializers.BooleanField(),
            "contents": contents,
        },
    )


def listing(item, name: str) -> dict:
    """A list's answers: one HSDS page as JSON, or with format=ndjson every record, one a line."""
    return {
        (200, "application/json"): page(item, name),
        (200, "application/x-ndjson"): OpenApiTypes.STR,
    }


@cache
def service_list_item():
    """A service in /services: its summary, or with `minimal` only its id and last change."""

    @extend_schema_field(
        {
            "anyOf": [
                {"$ref": "#/components/schemas/OpenReferralServiceSummary"},
                {
                    "type": "object",
                    "required": ["id", "last_modified"],
                    "properties": {
                        "id": {"type": "string", "format": "uuid"},
                        "last_modified": {"type": "string", "format": "date-time"},
                    },
                },
            ]
        }
    )
    class OpenReferralServiceListItem(serializers.JSONField):
        pass

    service_summary()  # the summary's component is the first choice above
    return OpenReferralServiceListItem


class Root(serializers.Serializer):
    version = serializers.CharField(help_text="HSDS version of this API.")
    profile = serializers.URLField(help_text="The MILEstone HSDS profile this API follows.")
    openapi_url = serializers.URLField(help_text="This API's OpenAPI description.")


def query(name, kind, description):
    return OpenApiParameter(name, kind, OpenApiParameter.QUERY, description=description)


LANGUAGE = [
    query("lang", str, "Language of text fields (fi, sv, en, …); else Accept-Language."),
    query(
        "translations",
        str,
        "MILEstone profile: `all` adds a `translations` object with every language.",
    ),
]
PAGING = [
    query("page", int, "Page number, from 1."),
    query("per_page", int, "Results per page (at most 200; default 50)."),
    query("format", str, "`json` (default) or `ndjson`: every result, one a line, no pages."),
]
SEARCH = [query("search", str, "Full-text search, in the product's rank order.")]
REGION = [query("region", str, "MILEstone profile: only this region (its short name).")]
SERVICE_FILTERS = [
    query("taxonomy_term_id", str, "Only records with this taxonomy term."),
    query("taxonomy_id", str, "Only records with any term of this taxonomy."),
    query("organization_id", str, "Only this organization's services."),
    query("modified_after", str, "Only services modified on or after this date-time (ISO 8601)."),
    query("full", bool, "Fully nested records."),
]
