"""GET /api/v1/events: the network's calendar for partners' and the city's own sites. The dates
of published events, filtered as the public calendar is (events/listing.py), paged."""

from django.urls import path, reverse
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
    inline_serializer,
)
from rest_framework import serializers
from rest_framework.pagination import PageNumberPagination
from rest_framework.permissions import AllowAny
from rest_framework.views import APIView

from api.fields import unknown_language
from api.query import day
from directory.models import Region
from events import ical, listing
from events.models import Event, Occurrence

translated = extend_schema_field(
    serializers.DictField(
        child=serializers.CharField(),
        help_text='Text by language code, e.g. {"fi": "…", "en": "…"}',
    )
)
service_schema = extend_schema_field(
    inline_serializer(
        "EventService",
        {
            "id": serializers.UUIDField(),
            "name": serializers.DictField(child=serializers.CharField()),
            "organization": serializers.DictField(child=serializers.CharField()),
        },
    )
)


class Paging(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


class OccurrenceSerializer(serializers.ModelSerializer):
    event = serializers.UUIDField(source="event_id")
    name = serializers.SerializerMethodField()
    description = serializers.SerializerMethodField()
    status = serializers.ChoiceField(choices=Event.Status.choices)
    url = serializers.SerializerMethodField()
    ical = serializers.SerializerMethodField()
    service = serializers.SerializerMethodField()
    place = serializers.SerializerMethodField()
    online_url = serializers.URLField(source="event.online_url")
    languages = serializers.ListField(child=serializers.CharField(), source="event.language_codes")
    is_free = serializers.BooleanField(source="event.is_free", allow_null=True)
    price = serializers.SerializerMethodField()
    registration_url = serializers.URLField(source="event.registration_url")
    registration_deadline = serializers.DateTimeField(
        source="event.registration_deadline", allow_null=True
    )
    minimum_age = serializers.IntegerField(source="event.minimum_age", allow_null=True)
    maximum_age = serializers.IntegerField(source="event.maximum_age", allow_null=True)
    is_demo_data = serializers.BooleanField(source="event.service.organization.region.is_demo_data")

    class Meta:
        model = Occurrence
        fields = [
            "event",
            "name",
            "description",
            "start",
            "end",
            "all_day",
            "status",
            "url",
            "ical",
            "service",
            "place",
            "online_url",
            "languages",
            "is_free",
            "price",
            "registration_url",
            "registration_deadline",
            "minimum_age",
            "maximum_age",
            "is_demo_data",
        ]

    def _absolute(self, name, *args):
        return self.context["request"].build_absolute_uri(reverse(name, args=args))

    @translated
    def get_name(self, occurrence):
        return occurrence.event.name.as_dict()

    @translated
    def get_description(self, occurrence):
        return occurrence.event.description.as_dict()

    @translated
    def get_price(self, occurrence):
        return occurrence.event.price.as_dict()

    def get_url(self, occurrence) -> str:
        return self._absolute("public:event", occurrence.event_id)

    def get_ical(self, occurrence) -> str:
        return self._absolute("public:event-ics", occurrence.event_id)

    @service_schema
    def get_service(self, occurrence):
        service = occurrence.event.service
        return {
            "id": str(service.pk),
            "name": service.name.as_dict(),
            "organization": service.organization.name.as_dict(),
        }

    def get_place(self, occurrence) -> str:
        return ical.place_line(occurrence.event)


def _filter_parameter(name, description):
    return OpenApiParameter(name, OpenApiTypes.STR, many=True, description=description)


class EventsView(APIView):
    """The dates of the network's published events, soonest first."""

    permission_classes = [AllowAny]
    # Named here so that the schema describes the page ({count, next, previous, results}).
    pagination_class = Paging

    @extend_schema(
        summary="The network's events, one row per date",
        parameters=[
            OpenApiParameter(
                "from", OpenApiTypes.DATE, description="From this day (default today)"
            ),
            OpenApiParameter("to", OpenApiTypes.DATE, description="Up to and including this day"),
            OpenApiParameter("region", OpenApiTypes.STR, description="A region's short name"),
            _filter_parameter("aim", "Aim term codes (any of them)"),
            _filter_parameter("need", "Need term codes (any of them)"),
            _filter_parameter("group", "Target-group term codes (any of them)"),
            _filter_parameter("lang", "Language codes the event is held in (any of them)"),
            _filter_parameter("org", "Organization ids (any of them)"),
            OpenApiParameter("free", OpenApiTypes.BOOL, description="Only free events"),
            OpenApiParameter("page", OpenApiTypes.INT),
            OpenApiParameter("page_size", OpenApiTypes.INT, description="At most 200"),
        ],
        responses=OccurrenceSerializer(many=True),
    )
    def get(self, request):
        params = request.query_params
        filters = listing.parse_filters(params)
        if filters.directory.ignored:
            facet, value = filters.directory.ignored[0]
            if facet == "region":
                message = _("There is no such region.")
            elif facet == "lang":
                message = unknown_language(value)
            elif facet == "org":
                message = _("No organization has the id “%(id)s”.") % {"id": value}
            else:
                message = _(
                    "“%(value)s” is not a known code. Take the codes from "
                    "/api/hsds/taxonomy_terms or leave this filter out."
                ) % {"value": value}
            raise serializers.ValidationError({facet: [message]})
        start, end = day(params, "from"), day(params, "to")
        if start and end and end < start:
            raise serializers.ValidationError({"to": [_("The end date is before the start date.")]})
        if params.get("region"):
            # Known to exist: the filters above refuse a region that does not.
            filters.region = Region.objects.get(slug=params["region"])
        occurrences = listing.occurrences(filters, first=start, last=end, whole=True)
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(occurrences, request, view=self)
        data = OccurrenceSerializer(page, many=True, context={"request": request}).data
        return paginator.get_paginated_response(data)


urlpatterns = [path("events", EventsView.as_view(), name="api-v1-events")]
