"""The network's bulletin: the coordinator's announcements, and the weekly digest each member
gets in their own language – announcements, new and changed services, services ending soon and
the coming events. The digest is also a back-office page; the e-mail's unsubscribe link carries
a signed token, so it works without signing in."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from coordination import freshness, permissions
from directory.models import Service
from directory.translation import TranslatedText, configured_languages
from events import listing
from events.models import Announcement, DigestSubscription

EVERY = datetime.timedelta(days=7)
EVENTS_AHEAD = datetime.timedelta(days=14)
UNSUBSCRIBE_SALT = "events.digest.unsubscribe"


@transaction.atomic
def announce(user, region, title, body) -> Announcement:
    if not permissions.can_write_bulletin(user, region):
        raise PermissionDenied(_("Only the network's coordinator writes announcements."))
    announcement = Announcement(
        region=region, title=TranslatedText(title), body=TranslatedText(body), author=user
    )
    announcement.full_clean(exclude=["author"])
    announcement.save()
    return announcement


def members(region):
    """Everyone with a role in the region's network and an e-mail address."""
    return (
        get_user_model()
        .objects.filter(memberships__region=region, is_active=True)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def subscription(user, region) -> DigestSubscription:
    default = next(
        (code for code in region.languages if code in configured_languages()),
        settings.LANGUAGE_CODE,
    )
    found, _created = DigestSubscription.objects.get_or_create(
        user=user, region=region, defaults={"language": default}
    )
    return found


def choose(subscription_: DigestSubscription, *, language: str, subscribed: bool):
    if language not in configured_languages():
        raise ValidationError({"language": _("Choose one of the site's languages.")})
    subscription_.language = language
    subscription_.unsubscribed_at = None if subscribed else timezone.now()
    subscription_.save(update_fields=["language", "unsubscribed_at"])


def unsubscribe_token(subscription_: DigestSubscription) -> str:
    return signing.dumps(subscription_.pk, salt=UNSUBSCRIBE_SALT)


def subscription_for_token(token: str) -> DigestSubscription | None:
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return DigestSubscription.objects.select_related("region").filter(pk=pk).first()


def unsubscribe(subscription_: DigestSubscription):
    if subscription_.unsubscribed_at is None:
        subscription_.unsubscribed_at = timezone.now()
        subscription_.save(update_fields=["unsubscribed_at"])


@dataclass
class Digest:
    region: object
    since: datetime.datetime
    until: datetime.datetime
    announcements: list = field(default_factory=list)
    new_services: list = field(default_factory=list)
    changed_services: list = field(default_factory=list)
    ending: list = field(default_factory=list)
    events: list = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(
            (self.announcements, self.new_services, self.changed_services, self.ending, self.events)
        )


def _service_changes(region, since, until):
    """Published services first recorded, and those changed, in the period."""
    rows = Service.history.filter(
        history_date__gte=since, history_date__lt=until, organization__region=region
    ).values_list("id", "history_change_reason")
    touched = {pk for pk, reason in rows if reason not in ("verified", "created")}
    older = set(
        Service.history.filter(id__in=touched, history_date__lt=since).values_list("id", flat=True)
    )
    published = Service.objects.published().in_region(region).select_related("organization")
    new = list(published.filter(pk__in=touched - older).order_by("id"))
    changed = list(published.filter(pk__in=touched & older).order_by("id"))
    return new, changed


def build_digest(region, since=None, now=None) -> Digest:
    until = now or timezone.now()
    since = since or until - EVERY
    new, changed = _service_changes(region, since, until)
    events = listing.occurrences(listing.EventFilters(region=region), until).filter(
        start__lt=until + EVENTS_AHEAD
    )
    return Digest(
        region=region,
        since=since,
        until=until,
        announcements=list(
            Announcement.objects.filter(region=region, created__gte=since, created__lt=until)
        ),
        new_services=new,
        changed_services=changed,
        ending=list(freshness.ending(region, timezone.localdate(until))),
        events=list(events[:20]),
    )


def render_email(digest: Digest, subscription_: DigestSubscription) -> EmailMultiAlternatives:
    """The digest as an e-mail in the member's language (the texts fall back as pages do)."""
    unsubscribe_url = settings.SITE_ROOT + reverse(
        "backoffice:digest-unsubscribe", args=[unsubscribe_token(subscription_)]
    )
    with translation.override(subscription_.language or settings.LANGUAGE_CODE):
        context = {
            "digest": digest,
            "site": settings.SITE_ROOT,
            "unsubscribe_url": unsubscribe_url,
            "language": translation.get_language(),
        }
        subject = _("%(region)s network: the week's bulletin") % {
            "region": TranslatedText(digest.region.name).get().text
        }
        text = render_to_string("events/email/digest.txt", context)
        html = render_to_string("events/email/digest.html", context)
    message = EmailMultiAlternatives(
        subject,
        text,
        settings.DEFAULT_FROM_EMAIL,
        [subscription_.user.email],
        headers={"List-Unsubscribe": f"<{unsubscribe_url}>"},
    )
    message.attach_alternative(html, "text/html")
    return message


def send_digests(regions, now=None) -> int:
    """E-mail this week's digest to every subscribed member who has not had one for a week;
    returns how many were sent. Running it again the same week sends nothing more."""
    now = now or timezone.now()
    sent = 0
    for region in regions:
        for user in members(region):
            wanted = subscription(user, region)
            if wanted.unsubscribed_at or (
                wanted.last_sent_at
                and now - wanted.last_sent_at < EVERY - datetime.timedelta(hours=12)
            ):
                continue
            digest = build_digest(region, since=wanted.last_sent_at, now=now)
            if not digest:
                continue
            render_email(digest, wanted).send()
            wanted.last_sent_at = now
            wanted.save(update_fields=["last_sent_at"])
            sent += 1
    return sent
