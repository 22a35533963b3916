"""The SWOT analysis as people fill it: one section per quadrant, an item a row, rows added and
removed in place. Every row is saved through learning.editing like a single record, all rows
together or none."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from backoffice.learning import forms
from backoffice.learning.views.access import learning_staff
from backoffice.learning.views.records import KINDS, save_form
from learning import baseline, editing
from learning.permissions import ensure_can_edit


class _Refused(Exception):
    """A row the domain rules refused: nothing of the page is saved."""


@learning_staff
def swot(request, region):
    ensure_can_edit(request.user, region)
    study = baseline.study_of(region)
    sections = forms.swot_sections(request.POST or None, region=region, study=study)
    if request.method == "POST" and all(section.rows.is_valid() for section in sections):
        try:
            with transaction.atomic():
                _save(request, region, study, sections)
        except _Refused:
            pass
        else:
            messages.success(request, _("The SWOT analysis is saved."))
            return redirect("backoffice:learning-region", region=region.slug)
    return render(
        request,
        "backoffice/learning/swot.html",
        {"region": region, "sections": sections},
        status=400 if request.method == "POST" else 200,
    )


def _save(request, region, study, sections):
    for section in sections:
        rows = section.rows
        removed = rows.deleted_forms
        position = 0
        for form in rows.forms:
            record = form.instance
            if form in removed:
                if record.pk:
                    editing.delete(request.user, record)
                continue
            if record.pk is None and not form.has_changed():
                continue  # an empty row
            position += 1
            if record.pk and not form.has_changed() and record.position == position:
                continue
            record.study, record.quadrant, record.position = study, section.quadrant, position
            try:
                save_form(request, KINDS["swot-item"], form, region)
            except ValidationError as error:
                form.add_error(None, error.messages)
                raise _Refused from error
