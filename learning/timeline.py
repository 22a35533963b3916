"""A region's policy-learning timeline: every dated step of its work, in order."""

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from learning.models import (
    BaselineStudy,
    GoodPractice,
    Measurement,
    Meeting,
    PeerReview,
    PolicyChange,
    PolicyInstrumentVersion,
    PolicyWorkshop,
    Response,
    ThematicSeminar,
)


@dataclass(frozen=True)
class Event:
    date: datetime.date
    kind: str
    title: str
    # A meeting, seminar, peer review or workshop: something held on its date, which can lie
    # ahead; the other steps record what was decided or done.
    held: bool = False


def _day(value):
    return value.date() if isinstance(value, datetime.datetime) else value


UPCOMING_DAYS = 60


def upcoming(region, user, today: datetime.date | None = None, days: int = UPCOMING_DAYS):
    """The meetings, seminars, peer reviews and workshops of the region's timeline held from
    today to `days` ahead."""
    today = today or timezone.localdate()
    last = today + datetime.timedelta(days=days)
    return [e for e in timeline(region, user) if e.held and today <= e.date <= last]


def timeline(region, user) -> list[Event]:
    """The steps of the region's work that `user` may read (learning.permissions)."""
    events = []
    for version in PolicyInstrumentVersion.objects.visible_to(user).filter(
        instrument__region=region
    ):
        events.append(
            Event(version.approved_on or version.valid_from, _("Policy instrument"), str(version))
        )
    for meeting in Meeting.objects.visible_to(user).filter(region=region):
        events.append(Event(meeting.date, _("Stakeholder meeting"), str(meeting.topics), True))
    study = (
        BaselineStudy.objects.visible_to(user)
        .filter(region=region, published_on__isnull=False)
        .first()
    )
    if study:
        events.append(Event(study.published_on, _("Baseline study published"), str(study)))
    for practice in GoodPractice.objects.visible_to(user).filter(
        region=region, validated_at__isnull=False
    ):
        events.append(
            Event(_day(practice.validated_at), _("Good practice validated"), str(practice))
        )
    seminars = ThematicSeminar.objects.visible_to(user).filter(
        Q(region=region) | Q(participating_regions=region)
    )
    for seminar in seminars.distinct():
        events.append(Event(seminar.date, _("Thematic seminar"), str(seminar), True))
    for review in (
        PeerReview.objects.visible_to(user).filter(Q(region=region) | Q(visitors=region)).distinct()
    ):
        kind = _("Peer review hosted") if review.region_id == region.pk else _("Peer review visit")
        events.append(Event(review.starts_on, kind, str(review), True))
    workshops = PolicyWorkshop.objects.visible_to(user).filter(
        Q(region=region) | Q(participating_regions=region)
    )
    for workshop in workshops.distinct():
        events.append(Event(workshop.date, _("Policy workshop"), str(workshop.summary), True))
    for response in Response.objects.visible_to(user).filter(recommendation__region=region):
        events.append(
            Event(
                response.decided_on,
                _("Recommendation %(decision)s") % {"decision": response.get_decision_display()},
                str(response.recommendation),
            )
        )
    for change in PolicyChange.objects.visible_to(user).filter(instrument__region=region):
        events.append(Event(change.decided_on, _("Policy change"), str(change)))
    measurements = (
        Measurement.objects.visible_to(user)
        .filter(indicator__policy_change__instrument__region=region)
        .select_related("indicator")
    )
    for measurement in measurements:
        events.append(
            Event(
                measurement.measured_on,
                _("Indicator measured"),
                f"{measurement.indicator}: {measurement.value} {measurement.indicator.unit}".strip(),
            )
        )
    events.sort(key=lambda event: event.date)
    return events
