"""Staff edit the navigator's matching and stage rules here."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from directory.models import TaxonomyTerm
from navigator.models import Rule, StageRule


class TermReferenceForm(forms.ModelForm):
    """Checks that the rule names a term that exists, so a typing error cannot silently turn a
    rule off."""

    def clean(self):
        cleaned = super().clean()
        taxonomy, term = cleaned.get("taxonomy"), cleaned.get("term")
        if taxonomy and term:
            exists = TaxonomyTerm.objects.filter(taxonomy__code=taxonomy, code=term).exists()
            if not exists:
                known = TaxonomyTerm.objects.filter(taxonomy__code=taxonomy).values_list(
                    "code", flat=True
                )
                self.add_error(
                    "term",
                    _("There is no term “%(term)s” in “%(taxonomy)s”. Known terms: %(known)s.")
                    % {
                        "term": term,
                        "taxonomy": taxonomy,
                        "known": ", ".join(known) or "–",
                    },
                )
        return cleaned


@admin.register(Rule)
class RuleAdmin(admin.ModelAdmin):
    form = TermReferenceForm
    list_display = [
        "question",
        "answer",
        "negate",
        "age_from",
        "age_to",
        "effect",
        "taxonomy",
        "term",
        "weight",
        "active",
    ]
    list_editable = ["weight", "active"]
    list_filter = ["question", "effect", "taxonomy", "active"]
    search_fields = ["answer", "term", "note"]
    fieldsets = [
        (_("When"), {"fields": ["question", "answer", "negate", ("age_from", "age_to")]}),
        (_("Then"), {"fields": ["effect", "taxonomy", "term", "weight", "reason"]}),
        (None, {"fields": ["active", "note"]}),
    ]


@admin.register(StageRule)
class StageRuleAdmin(admin.ModelAdmin):
    form = TermReferenceForm
    list_display = ["position", "taxonomy", "term", "stage"]
    list_editable = ["stage"]
    ordering = ["position"]
