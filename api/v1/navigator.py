"""POST /api/v1/navigator: the navigator's path for a body of answers, as JSON.

Thin over navigator.matching: the serializer checks the body field by field, the domain builds
the path, and each step's service is rendered by the HSDS API's own presenter, in the request's
language.
Nothing about the person is stored.
"""

from functools import cache

from django.urls import path
from django.utils.translation import get_language
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from api.fields import BoundedListField, LanguageField
from api.hsds import docs
from api.hsds.presenters import Presenter
from directory.models import AGE_MAX
from directory.translation import configured_languages, normalise_language
from navigator.matching import build_path
from navigator.models import Stage
from navigator.questionnaire import (
    Answers,
    Audience,
    Education,
    FinnishLevel,
    Goal,
    Situation,
)


def hsds_service(service, language: str) -> dict:
    """One service as the HSDS API serves it in a list (with its organization), plus the
    languages it is offered in, in `language` with the HSDS API's fallback profile."""
    presenter = Presenter(language)
    record = presenter.service_summary(service)
    record["languages"] = [presenter.plain(lang, "language") for lang in service.languages.all()]
    return record


@cache
def hsds_service_schema():
    """The schema of `hsds_service`: the HSDS API's own service summary, with languages."""
    return type(
        "NavigatorHsdsService",
        (docs.service_summary(),),
        {"languages": docs.plain("language")(many=True)},
    )


class NavigatorRequestSerializer(serializers.Serializer):
    audience = serializers.ChoiceField(choices=Audience.choices)
    situation = BoundedListField(
        child=serializers.ChoiceField(choices=Situation.choices),
        required=False,
        default=list,
        max_length=len(Situation.choices),
    )
    finnish_level = serializers.ChoiceField(
        choices=[level.value for level in FinnishLevel], required=False, allow_blank=True
    )
    education = serializers.ChoiceField(choices=Education.choices, required=False, allow_blank=True)
    has_integration_plan = serializers.BooleanField(required=False, allow_null=True, default=None)
    age = serializers.IntegerField(
        required=False, allow_null=True, min_value=0, max_value=AGE_MAX, default=None
    )
    goals = BoundedListField(
        child=serializers.ChoiceField(choices=Goal.choices),
        required=False,
        default=list,
        max_length=len(Goal.choices),
    )
    languages = BoundedListField(
        child=LanguageField(),
        required=False,
        default=list,
        max_length=len(configured_languages()),
        help_text="Languages the person speaks, as BCP 47 tags (fi, en-GB, zh-CN, ar-SA).",
    )

    def answers(self) -> Answers:
        data = self.validated_data
        plan = {True: "yes", False: "no", None: "dont_know"}[data.get("has_integration_plan")]
        return Answers(
            audience=data["audience"],
            situation=tuple(data.get("situation", ())),
            finnish_level=data.get("finnish_level", ""),
            education=data.get("education", ""),
            integration_plan=plan if "has_integration_plan" in self.initial_data else "",
            age=data.get("age"),
            goals=tuple(data.get("goals", ())),
            languages=tuple(data.get("languages", ())),
        ).for_audience()


class NavigatorStepSerializer(serializers.Serializer):
    service = hsds_service_schema()()
    stage = serializers.ChoiceField(choices=Stage.choices)
    reasons = serializers.ListField(child=serializers.CharField())
    next_step = serializers.CharField()
    score = serializers.FloatField()


class NavigatorResponseSerializer(serializers.Serializer):
    steps = NavigatorStepSerializer(many=True)


class NavigatorView(APIView):
    permission_classes = [AllowAny]
    # Anonymous and stateless: no session, so no CSRF token is needed or checked.
    authentication_classes = []
    # A whole questionnaire's answers fit in a few hundred bytes.
    max_body_bytes = 16 * 1024

    @extend_schema(
        operation_id="navigator_path",
        summary="A personal path through the services",
        description=(
            "Send the person's answers; get the services that fit, best first, each with its "
            "stage of the path, plain-language reasons and what to do next. Texts are in the "
            "Accept-Language language. Every field but `audience` is optional. Nothing is stored."
        ),
        request=NavigatorRequestSerializer,
        responses={200: NavigatorResponseSerializer},
        examples=[
            OpenApiExample(
                "An international student",
                request_only=True,
                value={
                    "audience": "resident",
                    "situation": ["student"],
                    "finnish_level": "none",
                    "education": "secondary",
                    "has_integration_plan": False,
                    "age": 23,
                    "goals": ["study", "meet_people"],
                    "languages": ["en", "ar"],
                },
            )
        ],
        tags=["navigator"],
    )
    def post(self, request):
        body = NavigatorRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        language = normalise_language(get_language())
        result = build_path(body.answers(), language=language)
        steps = [
            {
                "service": hsds_service(step.service, language),
                "stage": step.stage,
                "reasons": step.reasons,
                "next_step": step.next_step,
                "score": step.score,
            }
            for step in result.best_first()
        ]
        return Response({"steps": steps})


urlpatterns = [path("navigator", NavigatorView.as_view(), name="navigator")]
