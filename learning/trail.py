"""Following a recommendation through: the host's response, the change it leads to in the policy
instrument, and the indicators measured afterwards."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from learning import editing
from learning.models import Measurement, PolicyChange, Recommendation, Response


@transaction.atomic
def respond(user, recommendation: Recommendation, **fields) -> Response:
    response = getattr(recommendation, "response", None) or Response(recommendation=recommendation)
    for name, value in fields.items():
        setattr(response, name, value)
    if (
        response.pk
        and response.decision == Response.Decision.REJECTED
        and response.policy_changes.exists()
    ):
        raise ValidationError(
            _("This recommendation already led to a policy change; it cannot be rejected now.")
        )
    return editing.save(user, response)


@transaction.atomic
def record_change(user, change: PolicyChange, *, m2m: dict | None = None) -> PolicyChange:
    if change.response_id:
        response = change.response
        if response.decision == Response.Decision.REJECTED:
            raise ValidationError(
                {"response": _("A rejected recommendation does not lead to a policy change.")}
            )
        if response.recommendation.region_id != change.instrument.region_id:
            raise ValidationError(
                {"response": _("Choose a recommendation made to the instrument's own region.")}
            )
    if change.version_id and change.version.instrument_id != change.instrument_id:
        raise ValidationError({"version": _("Choose a version of the same policy instrument.")})
    return editing.save(user, change, m2m=m2m)


@transaction.atomic
def measure(user, measurement: Measurement, *, m2m: dict | None = None) -> Measurement:
    existing = Measurement.objects.filter(
        indicator=measurement.indicator, measured_on=measurement.measured_on
    ).exclude(pk=measurement.pk)
    if existing.exists():
        raise ValidationError(
            {
                "measured_on": _(
                    "A value for this indicator is already recorded on that day; edit it instead."
                )
            }
        )
    return editing.save(user, measurement, m2m=m2m)
