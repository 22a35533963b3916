from django.core.exceptions import ValidationError as DjangoValidationError
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from api.v1.learning import serializers as s
from directory.models import Region
from learning import (
    baseline,
    editing,
    good_practices,
    models,
    peer_reviews,
    practice_search,
    trail,
)
from learning.indicators import project_indicators

REGION_FILTER = OpenApiParameter("region", str, description="Only this region (its short name)")


def _domain(call, *args, **kwargs):
    """Run a domain action; its validation messages become a 400 answer."""
    try:
        return call(*args, **kwargs)
    except DjangoValidationError as error:
        detail = error.message_dict if hasattr(error, "error_dict") else {"detail": error.messages}
        raise serializers.ValidationError(detail) from error


@extend_schema(parameters=[REGION_FILTER])
class WorkspaceViewSet(viewsets.ModelViewSet):
    """Reads follow the workspace's one read rule (`Model.objects.visible_to(user)`, in
    learning.permissions); writes are checked by learning's domain layer."""

    model = None

    def get_queryset(self):
        queryset = self.model.objects.visible_to(self.request.user)
        region = self.request.query_params.get("region")
        if region:
            queryset = queryset.filter(**{f"{self.model.region_path}__slug": region})
        return queryset

    def perform_destroy(self, instance):
        editing.delete(self.request.user, instance)


class RegionViewSet(viewsets.ReadOnlyModelViewSet):
    """The partner regions and their policy instruments."""

    queryset = Region.objects.partners().prefetch_related("policy_instruments__versions")
    serializer_class = s.RegionSerializer
    lookup_field = "slug"


class InstrumentViewSet(WorkspaceViewSet):
    model = models.PolicyInstrument
    serializer_class = s.InstrumentSerializer


class StakeholderViewSet(WorkspaceViewSet):
    model = models.Stakeholder
    serializer_class = s.StakeholderSerializer


class MeetingViewSet(WorkspaceViewSet):
    """The meeting log is for the region's staff."""

    model = models.Meeting
    serializer_class = s.MeetingSerializer


class BaselineStudyViewSet(WorkspaceViewSet):
    model = models.BaselineStudy
    serializer_class = s.BaselineStudySerializer

    @extend_schema(request=None, responses=s.BaselineStudySerializer)
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        study = _domain(baseline.publish, request.user, self.get_object())
        return Response(self.get_serializer(study).data)


class SwotItemViewSet(WorkspaceViewSet):
    model = models.SwotItem
    serializer_class = s.SwotItemSerializer


class GoodPracticeViewSet(WorkspaceViewSet):
    """Validated practices are public; drafts and submissions are seen by their region's staff
    and, once submitted, by the lead partner's staff who validate them."""

    model = models.GoodPractice
    serializer_class = s.GoodPracticeSerializer
    lookup_field = "slug"

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "q",
                str,
                description="Words in any language; practices are ranked by meaning, best first",
            )
        ]
    )
    def list(self, request, *args, **kwargs):
        query = " ".join(request.query_params.get("q", "").split())[:200]
        if not query:
            return super().list(request, *args, **kwargs)
        hits = practice_search.search(query, self.filter_queryset(self.get_queryset()))
        context = dict(self.get_serializer_context(), matches={h.practice.pk: h for h in hits})
        serializer = self.get_serializer_class()(
            [hit.practice for hit in hits], many=True, context=context
        )
        return Response(serializer.data)

    def _act(self, call, *args):
        practice = _domain(call, self.request.user, self.get_object(), *args)
        return Response(self.get_serializer(practice).data)

    @extend_schema(request=None, responses=s.GoodPracticeSerializer)
    @action(detail=True, methods=["post"])
    def submit(self, request, slug=None):
        return self._act(good_practices.submit)

    @extend_schema(request=None, responses=s.GoodPracticeSerializer)
    @action(detail=True, methods=["post"])
    def validate(self, request, slug=None):
        return self._act(good_practices.validate)

    @extend_schema(
        request=inline_serializer("ReturnNote", {"note": serializers.CharField()}),
        responses=s.GoodPracticeSerializer,
    )
    @action(detail=True, methods=["post"], url_path="return")
    def return_to_draft(self, request, slug=None):
        return self._act(good_practices.return_to_draft, str(request.data.get("note", "")))

    @extend_schema(request=None, responses=s.GoodPracticeSerializer)
    @action(detail=True, methods=["post"])
    def reopen(self, request, slug=None):
        return self._act(good_practices.reopen)


class SeminarViewSet(WorkspaceViewSet):
    model = models.ThematicSeminar
    serializer_class = s.SeminarSerializer


class PolicyWorkshopViewSet(WorkspaceViewSet):
    model = models.PolicyWorkshop
    serializer_class = s.PolicyWorkshopSerializer


class PeerReviewViewSet(WorkspaceViewSet):
    model = models.PeerReview
    serializer_class = s.PeerReviewSerializer

    @extend_schema(
        request=inline_serializer(
            "PeerReviewVisitors", {"visitors": serializers.ListField(child=serializers.SlugField())}
        ),
        responses=s.PeerReviewSerializer,
    )
    @action(detail=True, methods=["post"])
    def visitors(self, request, pk=None):
        slugs = request.data.get("visitors", [])
        if not isinstance(slugs, list):
            raise serializers.ValidationError(
                {"visitors": [_("Give a list of region short names.")]}
            )
        regions = list(Region.objects.partners().filter(slug__in=[str(slug) for slug in slugs]))
        if len(regions) != len(set(slugs)):
            raise serializers.ValidationError(
                {"visitors": [_("Some of these regions do not exist.")]}
            )
        review = _domain(peer_reviews.set_visitors, request.user, self.get_object(), regions)
        return Response(self.get_serializer(review).data)

    @extend_schema(request=None, responses=s.PeerReviewSerializer)
    @action(detail=True, methods=["post"])
    def confirm(self, request, pk=None):
        review = _domain(peer_reviews.confirm, request.user, self.get_object())
        return Response(self.get_serializer(review).data)


class RecommendationViewSet(WorkspaceViewSet):
    model = models.Recommendation
    serializer_class = s.RecommendationSerializer

    @extend_schema(request=s.ResponseSerializer, responses=s.RecommendationSerializer)
    @action(detail=True, methods=["post"])
    def respond(self, request, pk=None):
        recommendation = self.get_object()
        answer = s.ResponseSerializer(data=request.data)
        answer.is_valid(raise_exception=True)
        _domain(trail.respond, request.user, recommendation, **answer.validated_data)
        recommendation.refresh_from_db()
        return Response(self.get_serializer(recommendation).data)


@extend_schema(parameters=[REGION_FILTER])
class IndicatorViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Follow-up indicators of policy changes with their measured values over time."""

    serializer_class = s.IndicatorSerializer

    def get_queryset(self):
        queryset = (
            models.Indicator.objects.visible_to(self.request.user)
            .select_related("policy_change__instrument__region")
            .prefetch_related("measurements")
        )
        region = self.request.query_params.get("region")
        if region:
            queryset = queryset.filter(policy_change__instrument__region__slug=region)
        return queryset


class ProjectIndicatorsView(APIView):
    """The project's indicators, counted from the data."""

    error_statuses = (404,)  # no region by that name

    @extend_schema(
        parameters=[REGION_FILTER],
        responses=inline_serializer(
            "ProjectIndicator",
            {
                "code": serializers.CharField(),
                "label": serializers.CharField(),
                "value": serializers.IntegerField(),
            },
            many=True,
        ),
    )
    def get(self, request):
        slug = request.query_params.get("region")
        region = get_object_or_404(Region, slug=slug) if slug else None
        return Response(
            [
                {"code": row.code, "label": row.label, "value": row.value}
                for row in project_indicators(region)
            ]
        )
