from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.models.base import Record
from directory.translation import TranslatedField


class Taxonomy(Record):
    """A vocabulary: the MILEstone aims, the challenges, target groups, needs, or an import's own."""

    code = models.SlugField(_("code"), max_length=100, unique=True)
    name = TranslatedField(_("name"), required=True)
    description = TranslatedField(_("description"), multiline=True)
    uri = models.URLField(_("URI"), blank=True, max_length=500)
    version = models.CharField(_("version"), max_length=50, blank=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("taxonomy")
        verbose_name_plural = _("taxonomies")

    def __str__(self):
        return str(self.name)


class TaxonomyTerm(Record):
    taxonomy = models.ForeignKey(
        Taxonomy, on_delete=models.CASCADE, related_name="terms", null=True, blank=True
    )
    code = models.CharField(_("code"), max_length=200, blank=True)
    name = TranslatedField(_("name"), required=True)
    description = TranslatedField(_("description"), multiline=True)
    parent = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="children"
    )
    # HSDS allows a term without a taxonomy record, naming its vocabulary as free text.
    taxonomy_name = models.CharField(_("taxonomy (free text)"), max_length=200, blank=True)
    taxonomy_detail = models.CharField(_("taxonomy detail"), max_length=500, blank=True)
    language = models.CharField(_("language"), max_length=20, blank=True)
    term_uri = models.CharField(_("term URI"), max_length=500, blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["taxonomy__code", "position", "code"]
        verbose_name = _("taxonomy term")
        verbose_name_plural = _("taxonomy terms")
        constraints = [
            models.UniqueConstraint(
                fields=["taxonomy", "code"],
                condition=~models.Q(code=""),
                name="term_code_unique_in_taxonomy",
            )
        ]

    def __str__(self):
        return str(self.name)


class Attribute(Record):
    """A taxonomy term attached to any record (HSDS ``attribute``)."""

    link_type = models.CharField(_("link type"), max_length=100, blank=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    link_id = models.UUIDField(_("linked record"), db_index=True)
    linked = GenericForeignKey("content_type", "link_id")
    taxonomy_term = models.ForeignKey(
        TaxonomyTerm, on_delete=models.CASCADE, related_name="attributes"
    )
    value = models.TextField(_("value"), blank=True)
    label = TranslatedField(_("label"))

    class Meta:
        verbose_name = _("attribute")
        verbose_name_plural = _("attributes")
        indexes = [models.Index(fields=["content_type", "link_id"])]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "link_id", "taxonomy_term", "value"],
                name="attribute_once_per_record",
            )
        ]

    @property
    def link_entity(self) -> str:
        return self.content_type.model.replace("serviceatlocation", "service_at_location")

    def __str__(self):
        return f"{self.taxonomy_term} → {self.link_entity}"
