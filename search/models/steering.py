"""What the coordinator steers search with (used by search/steering/). Every change bumps
`SteeringState`, so each process reloads its rules on its next search (see rules.py)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.translation import TranslatedField


class BestBet(models.Model):
    """A service the region's network recommends first for a need, or for queries containing
    certain words."""

    region = models.ForeignKey(
        "directory.Region", on_delete=models.CASCADE, related_name="best_bets"
    )
    term = models.ForeignKey(
        "directory.TaxonomyTerm",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="best_bets",
        verbose_name=_("need"),
    )
    pattern = models.CharField(
        _("words"),
        max_length=200,
        blank=True,
        help_text=_("Instead of a need: words a search must contain, in any language."),
    )
    pattern_language = models.CharField(_("language of the words"), max_length=20, blank=True)
    service = models.ForeignKey(
        "directory.Service",
        on_delete=models.CASCADE,
        related_name="best_bets",
        verbose_name=_("service"),
    )
    position = models.PositiveSmallIntegerField(_("order"), default=1)
    note = TranslatedField(_("note"), max_length=300)
    is_demo_data = models.BooleanField(_("demo data"), default=False)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    changed_at = models.DateTimeField(_("changed"), auto_now=True)

    class Meta:
        app_label = "search"
        ordering = ["region", "term", "pattern", "position", "pk"]
        verbose_name = _("best bet")
        verbose_name_plural = _("best bets")
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(term__isnull=False) & models.Q(pattern=""))
                | (models.Q(term__isnull=True) & ~models.Q(pattern="")),
                name="best_bet_for_a_need_or_words",
            ),
            models.UniqueConstraint(
                fields=["region", "term", "pattern", "service"], name="best_bet_once"
            ),
        ]

    def __str__(self):
        return f"{self.service} ← {self.term or self.pattern}"

    def clean(self):
        from django.core.exceptions import ValidationError

        errors = {}
        self.pattern = " ".join((self.pattern or "").split())
        if bool(self.term_id) == bool(self.pattern):
            errors["pattern"] = _(
                "Choose a need or write the words a search must contain, not both and not neither."
            )
        if self.term_id and (self.term.taxonomy is None or self.term.taxonomy.code != "need"):
            errors["term"] = _("Best bets are for needs; choose one of the needs.")
        if self.service_id and self.region_id:
            if self.service.organization.region_id != self.region_id:
                errors["service"] = _("Choose one of this region's own services.")
            elif self.service.publication_status not in self.service.PUBLICLY_VISIBLE:
                errors["service"] = _(
                    "This service is not published; the public would not see it. Publish it first."
                )
        if errors:
            raise ValidationError(errors)


class Synonym(models.Model):
    """Words or spellings that mean the same, each in its language ("" = any language):
    kotoutumiskoulutus ↔ integration training ↔ Finnish course for immigrants."""

    region = models.ForeignKey("directory.Region", on_delete=models.CASCADE, related_name="+")
    # [{"language": "fi", "text": "kotoutumiskoulutus"}, …]
    variants = models.JSONField(_("variants"), default=list)
    is_demo_data = models.BooleanField(_("demo data"), default=False)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    changed_at = models.DateTimeField(_("changed"), auto_now=True)

    class Meta:
        app_label = "search"
        ordering = ["region", "pk"]
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")

    def __str__(self):
        return " ↔ ".join(variant["text"] for variant in self.variants)


class JudgedQuery(models.Model):
    """One query of the region's quality set: what a person would type, and the services that
    should come first for it."""

    region = models.ForeignKey("directory.Region", on_delete=models.CASCADE, related_name="+")
    text = models.CharField(_("query"), max_length=500)
    language = models.CharField(_("language"), max_length=20)
    expected = models.ManyToManyField(
        "directory.Service", related_name="+", verbose_name=_("services that should come first")
    )
    is_demo_data = models.BooleanField(_("demo data"), default=False)
    changed_at = models.DateTimeField(_("changed"), auto_now=True)

    class Meta:
        app_label = "search"
        ordering = ["region", "language", "text"]
        verbose_name = _("judged query")
        verbose_name_plural = _("judged queries")
        constraints = [
            models.UniqueConstraint(fields=["region", "language", "text"], name="judged_query_once")
        ]

    def __str__(self):
        return self.text

    def clean(self):
        self.text = " ".join((self.text or "").split())


class SteeringState(models.Model):
    """One row: the version of the best bets and synonyms, a new random number with every
    change (search/steering/rules.py)."""

    version = models.BigIntegerField(default=0)

    class Meta:
        app_label = "search"
        verbose_name = _("search steering state")

    def __str__(self):
        return str(self.version)
