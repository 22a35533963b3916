"""Messages the coordination entry points (the API, the public feedback pages) show people,
kept with the domain so that they are written, and translated, once."""

from django.utils.translation import gettext_lazy as _

REGION_REQUIRED = _("Name the region: ?region=…")
NO_ROLE_IN_REGION = _("You have no role in this region.")
THRESHOLD_NOT_A_NUMBER = _("Give the threshold as a number between 0 and 1.")
SERVICE_NOT_AVAILABLE = _("This service is not available.")
TOO_MUCH_FEEDBACK = _("Too much feedback from here in the last hour. Try again later.")
FORM_TOO_FAST_OR_LATE = _("The form was sent too quickly or too late. Please send it again.")
