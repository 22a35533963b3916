"""The smaller HSDS tables that hang off services, organizations and locations."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.models.base import Record
from directory.translation import TranslatedField


def _owner(model, related_name):
    return models.ForeignKey(
        model, on_delete=models.CASCADE, null=True, blank=True, related_name=related_name
    )


class Contact(Record):
    organization = _owner("directory.Organization", "contacts")
    service = _owner("directory.Service", "contacts")
    service_at_location = _owner("directory.ServiceAtLocation", "contacts")
    location = _owner("directory.Location", "contacts")
    name = models.CharField(_("name"), max_length=200, blank=True)
    title = TranslatedField(_("title"))
    department = TranslatedField(_("department"))
    email = models.EmailField(_("e-mail"), blank=True)

    class Meta:
        verbose_name = _("contact")

    def __str__(self):
        return self.name or str(self.title) or str(self.id)


class Phone(Record):
    location = _owner("directory.Location", "phones")
    service = _owner("directory.Service", "phones")
    organization = _owner("directory.Organization", "phones")
    contact = _owner(Contact, "phones")
    service_at_location = _owner("directory.ServiceAtLocation", "phones")
    number = models.CharField(_("number"), max_length=50)
    extension = models.PositiveIntegerField(_("extension"), null=True, blank=True)
    type = models.CharField(_("type"), max_length=50, blank=True)
    description = TranslatedField(_("description"))

    class Meta:
        verbose_name = _("phone")

    def __str__(self):
        return self.number


class Schedule(Record):
    class Kind(models.TextChoices):
        # HSDS has one shape for every schedule; MILEstone tells apart what a row means. A row
        # without a recurrence (no freq) on a date replaces the weekly hours of that date.
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")
        APPOINTMENT = "appointment", _("By appointment")

    service = _owner("directory.Service", "schedules")
    location = _owner("directory.Location", "schedules")
    service_at_location = _owner("directory.ServiceAtLocation", "schedules")
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    dtstart = models.DateField(_("first event"), null=True, blank=True)
    timezone = models.IntegerField(_("UTC offset"), null=True, blank=True)
    until = models.DateField(_("until"), null=True, blank=True)
    count = models.PositiveIntegerField(_("count"), null=True, blank=True)
    wkst = models.CharField(_("week starts"), max_length=2, blank=True)
    freq = models.CharField(_("frequency"), max_length=10, blank=True)
    interval = models.PositiveIntegerField(_("interval"), null=True, blank=True)
    byday = models.CharField(_("by day"), max_length=100, blank=True)
    byweekno = models.CharField(_("by week number"), max_length=100, blank=True)
    bymonthday = models.CharField(_("by month day"), max_length=100, blank=True)
    byyearday = models.CharField(_("by year day"), max_length=100, blank=True)
    description = TranslatedField(_("description"), multiline=True)
    opens_at = models.TimeField(_("opens at"), null=True, blank=True)
    closes_at = models.TimeField(_("closes at"), null=True, blank=True)
    schedule_link = models.URLField(_("schedule link"), blank=True, max_length=500)
    attending_type = models.CharField(_("attending type"), max_length=100, blank=True)
    notes = TranslatedField(_("notes"), multiline=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.OPEN)

    class Meta:
        verbose_name = _("schedule")


class Language(Record):
    """A language a service, location or phone line is offered in."""

    service = _owner("directory.Service", "languages")
    location = _owner("directory.Location", "languages")
    phone = _owner(Phone, "languages")
    name = models.CharField(_("name"), max_length=100, blank=True)
    code = models.CharField(_("code"), max_length=20, blank=True, db_index=True)
    note = TranslatedField(_("note"))

    class Meta:
        verbose_name = _("language")
        ordering = ["code"]

    def __str__(self):
        return self.code or self.name


class CostOption(Record):
    service = models.ForeignKey(
        "directory.Service", on_delete=models.CASCADE, related_name="cost_options"
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    option = TranslatedField(_("option"))
    currency = models.CharField(_("currency"), max_length=3, blank=True)
    amount = models.DecimalField(
        _("amount"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    amount_description = TranslatedField(_("amount description"))

    class Meta:
        verbose_name = _("cost option")


class Funding(Record):
    organization = _owner("directory.Organization", "funding")
    service = _owner("directory.Service", "funding")
    source = TranslatedField(_("source"))

    class Meta:
        verbose_name = _("funding")
        verbose_name_plural = _("funding")


class RequiredDocument(Record):
    service = models.ForeignKey(
        "directory.Service", on_delete=models.CASCADE, related_name="required_documents"
    )
    document = TranslatedField(_("document"))
    uri = models.CharField(_("URI"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("required document")


class ServiceArea(Record):
    service = _owner("directory.Service", "service_areas")
    service_at_location = _owner("directory.ServiceAtLocation", "service_areas")
    name = TranslatedField(_("name"))
    description = TranslatedField(_("description"))
    extent = models.TextField(_("extent"), blank=True)
    extent_type = models.CharField(_("extent type"), max_length=50, blank=True)
    uri = models.CharField(_("URI"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("service area")


class Metadata(Record):
    """HSDS change metadata carried through exchange (HSDS ``metadata`` table)."""

    resource_id = models.UUIDField(_("resource"), db_index=True)
    resource_type = models.CharField(_("resource type"), max_length=100)
    last_action_date = models.DateField(_("last action date"))
    last_action_type = models.CharField(_("last action type"), max_length=100)
    field_name = models.CharField(_("field name"), max_length=200)
    previous_value = models.TextField(_("previous value"), blank=True)
    replacement_value = models.TextField(_("replacement value"), blank=True)
    updated_by = models.CharField(_("updated by"), max_length=200)

    class Meta:
        verbose_name = _("change metadata")
        verbose_name_plural = _("change metadata")


class MetaTableDescription(Record):
    name = models.CharField(_("name"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=20, blank=True)
    character_set = models.CharField(_("character set"), max_length=50, blank=True)

    class Meta:
        verbose_name = _("table description")
