"""The workspace pages that read: all regions with the project's indicators, one region's
workspace with its timeline, and what it can learn from the other regions."""

from django.shortcuts import render

from backoffice.learning.views import records
from backoffice.learning.views.access import learning_staff
from directory.models import Region
from learning import good_practices, matching
from learning.indicators import project_indicators
from learning.models import (
    BaselineStudy,
    GoodPractice,
    Meeting,
    PeerReview,
    PolicyInstrument,
    PolicyWorkshop,
    Recommendation,
    Stakeholder,
    ThematicSeminar,
)
from learning.permissions import can_edit, editable_regions
from learning.reports.render import report_languages
from learning.timeline import timeline

QUADRANT_ORDER = "SWOT"


@learning_staff
def index(request):
    return render(
        request,
        "backoffice/learning/index.html",
        {
            "regions": Region.objects.partners(),
            "mine": editable_regions(request.user),
            "indicators": project_indicators(),
            "to_validate": good_practices.to_validate(request.user),
            "seminars": ThematicSeminar.objects.select_related("region"),
            "workshops": PolicyWorkshop.objects.select_related("region"),
        },
    )


@learning_staff
def region_workspace(request, region):
    user = request.user
    study = BaselineStudy.objects.visible_to(user).filter(region=region).first()
    return render(
        request,
        "backoffice/learning/region.html",
        {
            "region": region,
            "can_edit": can_edit(user, region),
            "instruments": PolicyInstrument.objects.visible_to(user)
            .filter(region=region)
            .prefetch_related("versions", "challenges", "changes__indicators__measurements"),
            "study": study,
            "swot": sorted(
                study.swot_items.all() if study else [],
                key=lambda item: (QUADRANT_ORDER.index(item.quadrant), item.position),
            ),
            "practices": GoodPractice.objects.visible_to(user).filter(region=region),
            "stakeholders": Stakeholder.objects.visible_to(user).filter(region=region),
            "meetings": Meeting.objects.visible_to(user)
            .filter(region=region)
            .prefetch_related("participants"),
            "reviews": PeerReview.objects.visible_to(user)
            .filter(region=region)
            .prefetch_related("visitors"),
            "recommendations": Recommendation.objects.visible_to(user)
            .filter(region=region)
            .select_related("response"),
            "events": timeline(region, user),
            "indicators": project_indicators(region),
            "report_languages": report_languages(region),
            "add_kinds": [
                (kind, records.KINDS[kind].title)
                for kind in (
                    "policy-instrument",
                    "instrument-version",
                    "stakeholder",
                    "meeting",
                    "swot-item",
                    "good-practice",
                    "peer-review",
                    "agenda-item",
                    "recommendation",
                    "policy-change",
                    "indicator",
                    "measurement",
                    "seminar",
                    "policy-workshop",
                )
            ],  # fmt: skip
        },
    )


@learning_staff
def matches(request, region):
    return render(
        request,
        "backoffice/learning/matches.html",
        {"region": region, "needs": matching.match(region)},
    )
