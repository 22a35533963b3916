"""Freshness: is each published entry still true? Entries not verified for a year, project-funded
services about to end, and entries missing the region's key languages; and the reminder each
provider gets about its own entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from coordination.models import Membership, Role
from directory import translation_status
from directory.models import Service

STALE_AFTER = timedelta(days=365)
ENDING_WITHIN = timedelta(days=90)


def _published(region):
    return Service.objects.published().in_region(region).select_related("organization")


def stale(region, today: date | None = None):
    """Not verified for 12 months, or never."""
    today = today or timezone.localdate()
    return (
        _published(region)
        .filter(Q(assured_date__isnull=True) | Q(assured_date__lt=today - STALE_AFTER))
        .order_by("assured_date", "id")
    )


def ending(region, today: date | None = None):
    """Project funding ends within 90 days (or has ended while the entry is still live)."""
    today = today or timezone.localdate()
    return (
        _published(region)
        .filter(funding_type=Service.FundingType.PROJECT, funding_ends__lte=today + ENDING_WITHIN)
        .order_by("funding_ends")
    )


def missing_translations(region, services=None) -> list[tuple[Service, list[str]]]:
    """Services whose name or description is missing in one of the region's key languages.
    `services`: the region's published services (ordered by id) when the caller has them."""
    languages = [code for code in region.languages if code]
    result = []
    for service in _published(region).order_by("id") if services is None else services:
        readable = translation_status.readable_languages(service, languages)
        missing = [code for code in languages if code not in readable]
        if missing:
            result.append((service, missing))
    return result


@dataclass
class Reminder:
    organization: object
    recipients: list[str]
    items: list[tuple[Service, list[str]]] = field(default_factory=list)


def reminders(region, today: date | None = None) -> list[Reminder]:
    """Per provider: what needs attention, and the editors to tell."""
    today = today or timezone.localdate()
    reasons: dict = {}

    def note(service, reason):
        reasons.setdefault(service, []).append(reason)

    for service in stale(region, today):
        note(service, _("not verified for 12 months"))
    for service in ending(region, today):
        note(service, _("project funding ends on %(date)s") % {"date": service.funding_ends})
    for service, missing in missing_translations(region):
        note(service, _("missing languages: %(languages)s") % {"languages": ", ".join(missing)})
    by_organization: dict = {}
    for service, why in reasons.items():
        by_organization.setdefault(service.organization, []).append((service, why))
    result = []
    for organization, items in by_organization.items():
        recipients = sorted(
            {
                m.user.email
                for m in Membership.objects.filter(
                    role=Role.EDITOR, organization=organization, user__is_active=True
                ).select_related("user")
                if m.user.email
            }
        )
        result.append(Reminder(organization, recipients, sorted(items, key=lambda i: str(i[0]))))
    return sorted(result, key=lambda r: str(r.organization))


def send_reminders(region, today: date | None = None) -> int:
    """E-mail each provider's editors their list; returns how many e-mails were sent. Written in
    the region's first key language, the network's working language."""
    sent = 0
    language = (region.languages or [settings.LANGUAGE_CODE])[0]
    with translation.override(language):
        for reminder in reminders(region, today):
            if not reminder.recipients:
                continue
            context = {"reminder": reminder, "region": region, "site": settings.SITE_ROOT}
            send_mail(
                _("Please check your entries in MILEstone Hub"),
                render_to_string("coordination/email/reminder.txt", context),
                settings.DEFAULT_FROM_EMAIL,
                reminder.recipients,
            )
            sent += 1
    return sent
