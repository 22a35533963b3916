"""What needs one person in one region, for their staff home page: drafts to review or to
finish, entries to verify, texts to translate, feedback to moderate. Each answer follows the
person's role there (coordination.permissions): a provider's editor sees their own
organizations' work, the coordinator the region's. The policy-learning and event dates come
from their own apps (learning.timeline, events.listing)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count

from coordination import freshness, permissions, translations
from coordination.models import Draft, Feedback, Membership, Role, ServiceDraft


@dataclass
class Work:
    region: object
    is_coordinator: bool
    to_review: int = 0  # drafts waiting for this person's review
    waiting: list = field(default_factory=list)  # their own drafts waiting for the coordinator
    returned: list = field(default_factory=list)  # their own drafts returned for changes
    stale: list = field(default_factory=list)  # entries they keep, not verified for 12 months
    stale_count: int = 0  # the coordinator's: the region's, counted
    translations: list = field(default_factory=list)  # (language, texts to translate)
    feedback: int = 0  # feedback waiting for moderation

    @property
    def translation_count(self) -> int:
        return sum(count for _language, count in self.translations)


def _edited_organizations(user, region):
    return Membership.objects.filter(user=user, role=Role.EDITOR, region=region).values(
        "organization_id"
    )


def work(user, region) -> Work:
    is_coordinator = permissions.is_coordinator(user, region)
    result = Work(region, is_coordinator)
    own = permissions.drafts_visible_to(user).filter(
        service__organization__in=_edited_organizations(user, region)
    )
    own = own.select_related("service").order_by("-updated")
    result.waiting = list(own.filter(state=Draft.State.IN_REVIEW))
    result.returned = list(own.filter(state=Draft.State.RETURNED))
    if is_coordinator:
        result.to_review = (
            ServiceDraft.objects.awaiting_review().filter(service__organization__region=region)
        ).count()
        result.stale_count = freshness.stale(region).count()
    else:
        result.stale = list(
            freshness.stale(region).filter(organization__in=_edited_organizations(user, region))
        )
        result.stale_count = len(result.stale)
    if permissions.can_moderate_feedback(user, region):
        result.feedback = (
            Feedback.objects.in_region(region).filter(moderation=Feedback.Moderation.NEW).count()
        )
    if is_coordinator or _edited_organizations(user, region).exists():
        languages = [code for code in region.languages if code]
        result.translations = [
            (language, len(items))
            for language, items in translations.queues(user, region, languages).items()
            if items
        ]
    return result


@dataclass
class RegionSummary:
    region: object
    published: int
    to_review: int
    stale: int
    feedback: int


def summary(regions) -> list[RegionSummary]:
    """For an administrator over many regions: one line each, in a few queries."""
    from directory.models import Service

    regions = list(regions)

    def per_region(queryset, path):
        return dict(queryset.values_list(path).annotate(n=Count("pk")).order_by())

    published = per_region(Service.objects.published(), "organization__region")
    to_review = per_region(ServiceDraft.objects.awaiting_review(), "service__organization__region")
    feedback = per_region(Feedback.objects.filter(moderation=Feedback.Moderation.NEW), "region")
    return [
        RegionSummary(
            region,
            published.get(region.pk, 0),
            to_review.get(region.pk, 0),
            freshness.stale(region).count() if published.get(region.pk) else 0,
            feedback.get(region.pk, 0),
        )
        for region in regions
    ]
