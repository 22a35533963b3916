"""The rules a peer review meets before it is confirmed: 2–4 visiting partners from at least two
countries other than the host's, and a three-day agenda that meets local stakeholders and closes
with an event for stakeholders and decision-makers."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from learning import editing
from learning.models import AgendaItem, PeerReview
from learning.permissions import ensure_can_edit


def visitor_errors(host, visitors) -> list[str]:
    errors = []
    visitors = list(visitors)
    if any(region.pk == host.pk for region in visitors):
        errors.append(_("The host region cannot be one of its own visitors."))
    if not PeerReview.MIN_VISITORS <= len(visitors) <= PeerReview.MAX_VISITORS:
        errors.append(
            _("A peer review has 2 to 4 visiting partners; this one has %(count)d.")
            % {"count": len(visitors)}
        )
    countries = {region.country for region in visitors if region.country != host.country}
    if len(countries) < PeerReview.MIN_VISITING_COUNTRIES:
        errors.append(
            _(
                "The visitors must come from at least two countries other than the host's "
                "(%(host)s); now they come from %(count)d."
            )
            % {"host": host.country, "count": len(countries)}
        )
    return errors


def agenda_errors(review: PeerReview) -> list[str]:
    errors = []
    items = list(review.agenda.all())
    days = {item.day for item in items}
    missing = [day for day in range(1, PeerReview.DAYS + 1) if day not in days]
    if missing:
        errors.append(
            _("The agenda covers three days; nothing is planned on day %(days)s.")
            % {"days": ", ".join(str(day) for day in missing)}
        )
    if not any(item.kind == AgendaItem.Kind.STAKEHOLDER_MEETING for item in items):
        errors.append(_("Plan at least one meeting with local stakeholders."))
    closing = [item for item in items if item.kind == AgendaItem.Kind.CLOSING_EVENT]
    if not closing:
        errors.append(_("Plan the closing event where the visitors present their observations."))
    elif any(item.day != PeerReview.DAYS for item in closing):
        errors.append(_("The closing event is held on the last day."))
    return errors


@transaction.atomic
def set_visitors(user, review: PeerReview, visitors) -> PeerReview:
    """Visitors may be gathered gradually while planned; the rules bind once confirmed."""
    ensure_can_edit(user, review)
    visitors = list(visitors)
    if any(region.pk == review.region_id for region in visitors):
        raise ValidationError(_("The host region cannot be one of its own visitors."))
    if len(visitors) > PeerReview.MAX_VISITORS:
        raise ValidationError(
            _("A peer review has 2 to 4 visiting partners; this one has %(count)d.")
            % {"count": len(visitors)}
        )
    if review.status != PeerReview.Status.PLANNED:
        errors = visitor_errors(review.region, visitors)
        if errors:
            raise ValidationError(errors)
    review.visitors.set(visitors)
    return review


@transaction.atomic
def add_agenda_item(user, review: PeerReview, item: AgendaItem, stakeholders=()) -> AgendaItem:
    item.review = review
    if any(member.region_id != review.region_id for member in stakeholders):
        raise ValidationError(_("Only the host region's stakeholders can be met."))
    return editing.save(user, item, m2m={"stakeholders": list(stakeholders)})


@transaction.atomic
def confirm(user, review: PeerReview) -> PeerReview:
    ensure_can_edit(user, review)
    errors = visitor_errors(review.region, review.visitors.all()) + agenda_errors(review)
    if errors:
        raise ValidationError(errors)
    review.status = PeerReview.Status.CONFIRMED
    review.save(update_fields=["status", "modified"])
    return review


@transaction.atomic
def mark_held(user, review: PeerReview) -> PeerReview:
    ensure_can_edit(user, review)
    if review.status != PeerReview.Status.CONFIRMED:
        raise ValidationError(_("Confirm the peer review before marking it held."))
    review.status = PeerReview.Status.HELD
    review.save(update_fields=["status", "modified"])
    return review
