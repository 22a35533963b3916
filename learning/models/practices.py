from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.translation import TranslatedField
from learning.models.base import LearningRecord, WorkspaceQuerySet, region_field


class GoodPracticeQuerySet(WorkspaceQuerySet):
    def public(self):
        """What the public library shows: validated practices only."""
        return self.filter(status=GoodPractice.Status.VALIDATED)


class GoodPractice(LearningRecord):
    """A good practice with the fields of the Interreg Europe good-practice form."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted for validation")
        VALIDATED = "validated", _("Validated")

    region = region_field("good_practices")
    slug = models.SlugField(_("short name"), max_length=120, unique=True)
    title = TranslatedField(_("title"), required=True, max_length=300)
    main_institution = models.CharField(_("main institution"), max_length=300)
    location = models.CharField(_("location"), max_length=300)
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(
        _("end"), null=True, blank=True, help_text=_("Leave empty while the practice goes on.")
    )
    theme = models.ForeignKey(
        "directory.TaxonomyTerm",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("theme"),
        limit_choices_to={"taxonomy__code": "aim"},
    )
    challenges = models.ManyToManyField(
        "directory.TaxonomyTerm",
        blank=True,
        related_name="good_practices",
        verbose_name=_("challenges addressed"),
        limit_choices_to={"taxonomy__code": "challenge"},
    )
    challenge_addressed = TranslatedField(_("challenge addressed"), multiline=True, required=True)
    description = TranslatedField(_("detailed description"), multiline=True, required=True)
    resources_needed = TranslatedField(_("resources needed"), multiline=True)
    evidence_of_success = TranslatedField(_("evidence of success"), multiline=True)
    difficulties = TranslatedField(_("difficulties encountered"), multiline=True)
    potential_for_transfer = TranslatedField(
        _("potential for learning or transfer"), multiline=True
    )
    contact_name = models.CharField(_("contact"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    validated_at = models.DateTimeField(_("validated at"), null=True, blank=True)
    validated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    review_note = models.TextField(_("note from the validator"), blank=True)

    objects = GoodPracticeQuerySet.as_manager()

    @classmethod
    def public_condition(cls):
        return models.Q(status=cls.Status.VALIDATED)

    @classmethod
    def awaiting_validation_condition(cls):
        return models.Q(status=cls.Status.SUBMITTED)

    class Meta:
        ordering = ["region", "slug"]
        verbose_name = _("good practice")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="practice_dates_ordered",
            )
        ]

    def __str__(self):
        return str(self.title)

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The practice cannot end before it starts.")})

    def check_editable(self, previous):
        """Submitted and validated practices are locked; the region reopens one to change it."""
        from django.core.exceptions import ValidationError

        if previous is not None and previous.status != self.Status.DRAFT:
            raise ValidationError(
                _(
                    "A submitted or validated practice cannot be changed; reopen it as a draft first."
                )
            )


class PracticeEmbedding(models.Model):
    """One passage embedding per field and language of a practice, so that a match can say which
    part of the practice it came from. The text's hash tells when a field changed."""

    practice = models.ForeignKey(GoodPractice, on_delete=models.CASCADE, related_name="embeddings")
    field = models.CharField(max_length=40)
    language = models.CharField(max_length=20)
    text_hash = models.CharField(max_length=64)
    model = models.CharField(max_length=100)
    vector = models.BinaryField()

    class Meta:
        verbose_name = _("good-practice embedding")
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "field", "language"], name="one_embedding_per_passage"
            )
        ]

    def __str__(self):
        return f"{self.practice_id} {self.field} {self.language}"
