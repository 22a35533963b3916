"""Staff JSON for the coordinator (coverage, overlaps, freshness, unmet needs) and the public's
feedback endpoint. Thin: every answer comes from coordination's domain modules, the same ones
the dashboard shows."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils import timezone
from django.utils.translation import get_language
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import permissions as drf_permissions
from rest_framework import serializers, status
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response
from rest_framework.views import APIView

from coordination import dashboard, freshness, messages, overlaps, permissions
from coordination import feedback as voice
from coordination.models import Feedback
from directory.models import Region, Service

REGION = OpenApiParameter(
    "region", OpenApiTypes.STR, required=True, description="The region's short name, e.g. jyvaskyla"
)


def _service(service) -> dict:
    return {
        "id": str(service.pk),
        "name": str(service.name),
        "organization": {"id": str(service.organization_id), "name": str(service.organization)},
    }


class StaffView(APIView):
    """Signed-in staff of the region named by ?region= (any role there)."""

    permission_classes = [drf_permissions.IsAuthenticated]
    error_statuses = (404,)  # no region by that name

    def region(self, request):
        slug = request.query_params.get("region", "")
        if not slug:
            raise serializers.ValidationError({"region": [messages.REGION_REQUIRED]})
        region = get_object_or_404(Region, slug=slug)
        if not permissions.can_view_staff_pages(request.user, region):
            raise PermissionDenied(messages.NO_ROLE_IN_REGION)
        return region


_term = inline_serializer(
    "CoverageTerm", {"code": serializers.CharField(), "name": serializers.CharField()}, many=True
)


class CoverageView(StaffView):
    @extend_schema(
        summary="Coverage: aims × target groups (× language offered)",
        parameters=[
            REGION,
            OpenApiParameter(
                "language", OpenApiTypes.STR, description="Only services offered in this language"
            ),
        ],
        responses=inline_serializer(
            "Coverage",
            {
                "region": serializers.CharField(),
                "language": serializers.CharField(allow_null=True),
                "aims": _term,
                "target_groups": _term,
                "cells": inline_serializer(
                    "CoverageCell",
                    {
                        "aim": serializers.CharField(),
                        "target_group": serializers.CharField(),
                        "count": serializers.IntegerField(),
                        "services": serializers.ListField(child=serializers.UUIDField()),
                    },
                    many=True,
                ),
                "languages": serializers.DictField(
                    help_text="Per aim, services per language, counting only the services "
                    "that record their languages"
                ),
                "languages_not_recorded": serializers.DictField(
                    help_text="Per aim, services that record no language: unknown, not gaps"
                ),
                "services_without_languages": serializers.IntegerField(),
                "published_services": serializers.IntegerField(),
                "gaps": serializers.ListField(child=serializers.ListField()),
                "challenges": serializers.ListField(),
            },
        ),
    )
    def get(self, request):
        region = self.region(request)
        language = request.query_params.get("language") or None
        figures = dashboard.Figures(region, language)
        result = figures.coverage
        return Response(
            {
                "region": region.slug,
                "language": language,
                "aims": [{"code": t.code, "name": str(t.name)} for t in result.aims],
                "target_groups": [{"code": t.code, "name": str(t.name)} for t in result.groups],
                "cells": [
                    {
                        "aim": aim.code,
                        "target_group": group.code,
                        "count": result.count(aim.code, group.code),
                        "services": [
                            str(s.pk) for s in result.cells.get((aim.code, group.code), [])
                        ],
                    }
                    for aim in result.aims
                    for group in result.groups
                ],
                "languages": {
                    aim.code: {
                        code: result.language_count(aim.code, code) for code in result.languages
                    }
                    for aim in result.aims
                },
                "languages_not_recorded": {
                    aim.code: result.unrecorded_count(aim.code) for aim in result.aims
                },
                "services_without_languages": len(result.unrecorded),
                "published_services": result.total,
                "gaps": [[aim.code, group.code] for aim, group in result.gaps],
                "challenges": [
                    {
                        "code": term.code,
                        "name": str(term.name),
                        "services": [_service(s) for s in services],
                    }
                    for term, services in figures.challenges
                ],
            }
        )


class OverlapsView(StaffView):
    @extend_schema(
        summary="Services that duplicate or heavily overlap each other",
        parameters=[
            REGION,
            OpenApiParameter(
                "threshold", OpenApiTypes.FLOAT, description="Lowest score shown (default 0.4)"
            ),
        ],
        responses=OpenApiTypes.OBJECT,
    )
    def get(self, request):
        region = self.region(request)
        try:
            threshold = float(request.query_params.get("threshold", overlaps.THRESHOLD))
        except ValueError:
            raise serializers.ValidationError(
                {"threshold": [messages.THRESHOLD_NOT_A_NUMBER]}
            ) from None
        threshold = max(overlaps.MINIMUM_KEPT, min(1.0, threshold))
        pairs = overlaps.find_overlaps(region, threshold=threshold)
        return Response(
            {
                "region": region.slug,
                "threshold": threshold,
                "pairs": [
                    {
                        "score": pair.score,
                        "signals": {k: round(v, 3) for k, v in pair.signals.items()},
                        "same_provider": pair.same_provider,
                        "services": [_service(pair.first), _service(pair.second)],
                    }
                    for pair in pairs
                ],
                "clusters": [
                    [_service(s) for s in cluster.services] for cluster in overlaps.clusters(pairs)
                ],
            }
        )


class FreshnessView(StaffView):
    @extend_schema(
        summary="Entries not verified for 12 months, project funding ending, missing translations",
        parameters=[REGION],
        responses=OpenApiTypes.OBJECT,
    )
    def get(self, request):
        region = self.region(request)
        return Response(
            {
                "region": region.slug,
                "stale": [
                    {
                        **_service(s),
                        "assured_date": s.assured_date,
                        "assurer_email": s.assurer_email,
                    }
                    for s in freshness.stale(region)
                ],
                "ending": [
                    {**_service(s), "funding_ends": s.funding_ends}
                    for s in freshness.ending(region)
                ],
                "missing_translations": [
                    {**_service(s), "missing": missing}
                    for s, missing in freshness.missing_translations(region)
                ],
            }
        )


class UnmetNeedsView(StaffView):
    @extend_schema(
        summary="Zero-result and low-confidence searches, and what the target group told us",
        parameters=[REGION],
        responses=OpenApiTypes.OBJECT,
    )
    def get(self, request):
        region = self.region(request)
        searches = dashboard.unmet_searches(region)[:500]
        body = {
            "region": region.slug,
            "days": dashboard.UNMET_DAYS,
            "searches": [
                {
                    "query": s.query,
                    "language": s.detected_language,
                    "results": s.result_count,
                    "top_score": s.top_score,
                    "searched_at": s.searched_at,
                }
                for s in searches
            ],
        }
        if permissions.can_view_feedback(request.user, region):
            body["feedback"] = [
                {
                    "kind": f.kind,
                    "service": _service(f.service) if f.service else None,
                    "useful": f.useful,
                    "language_barrier": f.language_barrier,
                    "message": f.message,
                    "query": f.query,
                    "language": f.language,
                    "created": f.created,
                }
                for f in permissions.feedback_visible_to(request.user, region)
                .exclude(moderation=Feedback.Moderation.HIDDEN)
                .filter(created__gte=timezone.now() - timedelta(days=dashboard.UNMET_DAYS))
                .select_related("service__organization")[:500]
            ]
        return Response(body)


class FeedbackSerializer(serializers.Serializer):
    service = serializers.UUIDField(allow_null=True, required=False)
    useful = serializers.BooleanField(allow_null=True, required=False, default=None)
    message = serializers.CharField(
        allow_blank=True, required=False, default="", max_length=voice.MESSAGE_LIMIT
    )
    language_barrier = serializers.BooleanField(required=False, default=False)
    query = serializers.CharField(allow_blank=True, required=False, default="", max_length=300)


class FeedbackView(APIView):
    """Anonymous: no session, no cookie, nothing about the sender kept."""

    authentication_classes = []
    permission_classes = [drf_permissions.AllowAny]
    # The longest message and query, even written as JSON escapes, fit well within this.
    max_body_bytes = 32 * 1024

    @extend_schema(
        summary="Send feedback about a service, or about not finding one (anonymous)",
        request=FeedbackSerializer,
        responses={
            201: inline_serializer("FeedbackReceived", {"received": serializers.BooleanField()}),
            400: OpenApiTypes.OBJECT,
            429: OpenApiTypes.OBJECT,
        },
    )
    def post(self, request):
        serializer = FeedbackSerializer(data=request.data)
        if not serializer.is_valid():
            return Response(serializer.errors, status=status.HTTP_400_BAD_REQUEST)
        data = serializer.validated_data
        service = None
        if data.get("service"):
            service = Service.objects.published().filter(pk=data["service"]).first()
            if service is None:
                return Response(
                    {"service": [messages.SERVICE_NOT_AVAILABLE]},
                    status=status.HTTP_400_BAD_REQUEST,
                )
        if not voice.allowed(request):
            return Response(
                {"detail": messages.TOO_MUCH_FEEDBACK},
                status=status.HTTP_429_TOO_MANY_REQUESTS,
            )
        try:
            voice.submit(
                kind=Feedback.Kind.SERVICE if service else Feedback.Kind.NOT_FOUND,
                service=service,
                useful=data.get("useful"),
                message=data.get("message", ""),
                language_barrier=data.get("language_barrier", False),
                language=get_language() or "",
                query=data.get("query", ""),
            )
        except ValidationError as error:
            return Response(error.message_dict, status=status.HTTP_400_BAD_REQUEST)
        return Response({"received": True}, status=status.HTTP_201_CREATED)


urlpatterns = [
    path("coordination/coverage", CoverageView.as_view(), name="coordination-coverage"),
    path("coordination/overlaps", OverlapsView.as_view(), name="coordination-overlaps"),
    path("coordination/freshness", FreshnessView.as_view(), name="coordination-freshness"),
    path("coordination/unmet-needs", UnmetNeedsView.as_view(), name="coordination-unmet-needs"),
    path("feedback", FeedbackView.as_view(), name="feedback"),
]
