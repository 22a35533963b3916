"""The project's indicators, counted from the data and never typed in."""

from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from learning.models import (
    BaselineStudy,
    GoodPractice,
    Meeting,
    PeerReview,
    PolicyChange,
    PolicyInstrument,
    Recommendation,
    Response,
    Stakeholder,
    ThematicSeminar,
)


@dataclass(frozen=True)
class ProjectIndicator:
    code: str
    label: str
    value: int


def project_indicators(region=None) -> list[ProjectIndicator]:
    """For the whole project, or for one region when given."""
    today = timezone.localdate()

    def own(queryset, path="region"):
        return queryset.filter(**{path: region}) if region is not None else queryset

    practices = own(GoodPractice.objects.all())
    recommendations = own(Recommendation.objects.all())
    responses = own(Response.objects.all(), "recommendation__region")
    seminars = ThematicSeminar.objects.filter(date__lte=today)
    if region is not None:
        seminars = seminars.filter(Q(region=region) | Q(participating_regions=region)).distinct()
    reviews = own(PeerReview.objects.filter(status=PeerReview.Status.HELD))
    rows = [
        ("good_practices_identified", _("Good practices identified"), practices.count()),
        (
            "good_practices_validated",
            _("Good practices validated"),
            practices.filter(status=GoodPractice.Status.VALIDATED).count(),
        ),
        (
            "stakeholders_engaged",
            _("Stakeholder organizations engaged"),
            own(Stakeholder.objects.filter(active=True)).count(),
        ),
        (
            "stakeholder_meetings",
            _("Stakeholder meetings held"),
            own(Meeting.objects.filter(date__lte=today)).count(),
        ),
        (
            "baseline_studies",
            _("Baseline studies published"),
            own(BaselineStudy.objects.filter(status=BaselineStudy.Status.PUBLISHED)).count(),
        ),
        ("thematic_seminars", _("Thematic seminars held"), seminars.count()),
        ("peer_reviews", _("Peer reviews held"), reviews.count()),
        ("recommendations", _("Recommendations received"), recommendations.count()),
        (
            "recommendations_taken_up",
            _("Recommendations accepted or adapted"),
            responses.exclude(decision=Response.Decision.REJECTED).count(),
        ),
        (
            "policy_changes",
            _("Changes made to policy instruments"),
            own(PolicyChange.objects.all(), "instrument__region").count(),
        ),
        (
            "policy_instruments_improved",
            _("Policy instruments improved"),
            own(PolicyInstrument.objects.filter(changes__isnull=False).distinct()).count(),
        ),
    ]
    return [ProjectIndicator(code, str(label), value) for code, label, value in rows]
