"""The public good-practice library: validated practices of the twelve partners, searched
across languages (a query in Arabic finds a practice written in Swedish), and exported."""

from django import forms
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from coordination.tables import Table, to_csv
from directory.models import Region, TaxonomyTerm
from directory.templatetags.translated import text_with_note
from learning import practice_search
from learning.models import GoodPractice

EXPORT_FIELDS = (
    "title", "main_institution", "location", "start_date", "end_date", "challenge_addressed",
    "description", "resources_needed", "evidence_of_success", "difficulties",
    "potential_for_transfer", "contact_name", "contact_email",
)  # fmt: skip


class LibraryForm(forms.Form):
    q = forms.CharField(label=_("Search good practices"), required=False, max_length=200)
    region = forms.ModelChoiceField(
        label=_("Region"),
        queryset=Region.objects.partners(),
        to_field_name="slug",
        required=False,
        empty_label=_("All regions"),
    )
    theme = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=TaxonomyTerm.objects.filter(taxonomy__code="aim"),
        to_field_name="code",
        required=False,
        empty_label=_("All themes"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["q"].widget.input_type = "search"


def _filtered(form):
    practices = GoodPractice.objects.public().select_related("region", "theme")
    if form.is_valid():
        if form.cleaned_data["region"]:
            practices = practices.filter(region=form.cleaned_data["region"])
        if form.cleaned_data["theme"]:
            practices = practices.filter(theme=form.cleaned_data["theme"])
    return practices


def library(request):
    form = LibraryForm(request.GET or None)
    # An option cannot hold a language mark: a name not yet in the reader's language says so.
    form.fields["region"].label_from_instance = lambda region: text_with_note(region.name)
    form.fields["theme"].label_from_instance = lambda term: text_with_note(term.name)
    query = form.cleaned_data["q"] if form.is_bound and form.is_valid() else ""
    hits = practice_search.search(query, _filtered(form) if form.is_bound else None)
    return render(
        request,
        "public/learning/library.html",
        {"form": form, "query": query, "hits": hits},
    )


def practice(request, slug):
    practice = get_object_or_404(
        GoodPractice.objects.public()
        .select_related("region", "theme")
        .prefetch_related("challenges"),
        slug=slug,
    )
    return render(request, "public/learning/practice.html", {"practice": practice})


def export_csv(request):
    """Every validated practice, in the reader's language (falling back as the pages do); cells
    go through the shared spreadsheet-safe table writer, so no cell can act as a formula."""
    language = translation.get_language()
    labels = [str(GoodPractice._meta.get_field(name).verbose_name) for name in EXPORT_FIELDS]
    table = Table("good-practices", "", ["slug", str(_("Region")), str(_("Theme")), *labels])
    for row in GoodPractice.objects.public().select_related("region", "theme"):
        values = []
        for name in EXPORT_FIELDS:
            value = getattr(row, name)
            values.append(value.get(language).text if hasattr(value, "get") else value or "")
        theme = row.theme.name.get(language).text if row.theme else ""
        table.rows.append([row.slug, row.region.name.get(language).text, theme, *values])
    response = HttpResponse(to_csv(table), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="good-practices.csv"'
    return response
