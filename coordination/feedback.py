"""The target group's voice: anonymous feedback on a service, and "I couldn't find what I need".

Spam resistance without third-party CAPTCHAs: a hidden field people never fill (the honeypot), a
signed time token (a form sent back within seconds, or days later, is refused), a limit per
caller per hour counted in the cache, and a cap on links. The coordinator moderates; after
settings.FEEDBACK_RETENTION_DAYS the management command `purge_feedback` deletes it.
"""

from __future__ import annotations

import hashlib
import re
import secrets

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from coordination import permissions, ratelimit
from coordination.models import Feedback
from directory.models import Region, Service

MESSAGE_LIMIT = 2000
PER_HOUR = 10
MIN_SECONDS = 2
MAX_SECONDS = 24 * 3600
MAX_LINKS = 2
_SIGNER_SALT = "coordination.feedback.form"
_LINK = re.compile(r"https?://|www\.", re.IGNORECASE)


def form_token(previous: str = "") -> str:
    """Put into the form when the page is rendered; proves a person had time to read it. Each
    form gets its own, so that the same form sent twice is kept once (see `submit`). A form
    shown again with an error keeps its token while it is valid: a person who sent it too fast
    can then send it again at once, where a fresh token would start the wait again."""
    signer = signing.TimestampSigner(salt=_SIGNER_SALT)
    if previous:
        try:
            signer.unsign(previous, max_age=MAX_SECONDS)
            return previous
        except signing.BadSignature:
            pass
    return signer.sign(secrets.token_urlsafe(12))


def token_is_valid(token: str) -> bool:
    """Signed by us, at least MIN_SECONDS old (people read before they write) and not stale."""
    signer = signing.TimestampSigner(salt=_SIGNER_SALT)
    try:
        signer.unsign(token or "", max_age=MAX_SECONDS)
    except signing.BadSignature:
        return False
    try:
        signer.unsign(token, max_age=MIN_SECONDS)
    except signing.SignatureExpired:
        return True
    return False


def allowed(request) -> bool:
    """Count one submission from this caller; False past the hourly limit."""
    return ratelimit.hit("feedback", ratelimit.client_key(request), PER_HOUR, 3600)


def default_region():
    return Region.objects.filter(slug=settings.DEMO_REGION).first() or Region.objects.first()


@transaction.atomic
def submit(
    *,
    kind: str,
    service: Service | None = None,
    useful: bool | None = None,
    message: str = "",
    language_barrier: bool = False,
    language: str = "",
    query: str = "",
    region: Region | None = None,
    token: str = "",
) -> Feedback | None:
    """Store one piece of feedback, or raise ValidationError with a message per field. With the
    form's `token`, a form already kept (a double tap, the back button and Send again) is not
    kept again: None."""
    # Plain text, stored as written ("Tom & Jerry, level a<b"): pages escape it when they
    # show it, and exports neutralise formulas. Sanitising it as HTML would mangle it.
    message = (message or "").strip()
    errors = {}
    if len(message) > MESSAGE_LIMIT:
        errors["message"] = _("Please keep the message under %(limit)d characters.") % {
            "limit": MESSAGE_LIMIT
        }
    elif len(_LINK.findall(message)) > MAX_LINKS:
        errors["message"] = _("Please leave out the web links; at most two fit.")
    if kind == Feedback.Kind.SERVICE and service is None:
        errors["service"] = _("Choose the service the feedback is about.")
    if service is not None and service.publication_status not in Service.PUBLICLY_VISIBLE:
        errors["service"] = _("This service is not published.")
    if kind == Feedback.Kind.NOT_FOUND and not message and not query:
        errors["message"] = _("Tell us what you were looking for.")
    if useful is None and not message and not language_barrier and kind == Feedback.Kind.SERVICE:
        errors["useful"] = _("Answer “Was this useful?” or write a few words.")
    if errors:
        raise ValidationError(errors)
    if token and not _first_use(token):
        return None
    return Feedback.objects.create(
        kind=kind,
        service=service,
        region=service.organization.region if service else (region or default_region()),
        useful=useful,
        message=message,
        language_barrier=bool(language_barrier),
        language=(language or "")[:10],
        query=(query or "").strip()[:300],
    )


def _first_use(token: str) -> bool:
    """Whether this form's token comes for the first time; remembered while it is valid."""
    digest = hashlib.sha256(token.encode()).hexdigest()[:32]
    return cache.add(f"feedback-token:{digest}", 1, MAX_SECONDS)


def moderate(user, feedback: Feedback, decision: str) -> Feedback:
    if not permissions.can_review(user, feedback.region):
        raise PermissionDenied(_("Only the region's coordinator moderates feedback."))
    if decision not in Feedback.Moderation.values:
        raise ValidationError({"decision": _("Choose to accept or hide the feedback.")})
    feedback.moderation = decision
    feedback.moderated_by = user
    feedback.moderated_at = timezone.now()
    feedback.save(update_fields=["moderation", "moderated_by", "moderated_at"])
    return feedback


def purge_expired(now=None) -> int:
    """Delete feedback older than the retention period; returns how many were deleted."""
    deleted, _counts = Feedback.objects.expired(now).delete()
    return deleted
