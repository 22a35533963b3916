"""A provider's editor keeps their own entries: edit in any language, save a draft, send it for
review. The live entry changes only when the coordinator publishes."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from backoffice.coordination.access import region_staff, require, staff_login_required
from backoffice.coordination.forms import ServiceForm, language_choices
from backoffice.coordination.reach_forms import ReachEditor
from coordination import permissions, records, workflow
from directory.models import Organization, Service, TaxonomyTerm
from directory.translation import TranslatedText, normalise_language


def _term_choices():
    choices = {code: [] for code in records.TERM_TAXONOMIES}
    for term in TaxonomyTerm.objects.filter(
        taxonomy__code__in=records.TERM_TAXONOMIES
    ).select_related("taxonomy"):
        choices[term.taxonomy.code].append((term.code, TranslatedText(term.name).get().text))
    return {code: values for code, values in choices.items() if values}


def _language(request):
    codes = [code for code, _name in language_choices()]
    language = normalise_language(request.GET.get("edit") or request.POST.get("edit_language"))
    return language if language in codes else normalise_language(get_language())


@region_staff
def service_list(request, region):
    services = (
        Service.objects.in_region(region)
        .select_related("organization")
        .prefetch_related("drafts")
        .order_by("organization_id", "id")
    )
    editable = {org.pk for org in permissions.editable_organizations(request.user)}
    rows = [
        (service, service.organization_id in editable, workflow.open_draft(service))
        for service in services
    ]
    organizations = Organization.objects.filter(region=region, pk__in=editable)
    return render(
        request,
        "backoffice/coordination/service_list.html",
        {"region": region, "rows": rows, "organizations": organizations},
    )


def _render_form(request, *, form, reach, service, draft, organization, language, status=200):
    return render(
        request,
        "backoffice/coordination/service_form.html",
        {
            "form": form,
            "reach": reach,
            "reach_errors": reach.error_list() if request.method == "POST" else [],
            "service": service,
            "draft": draft,
            "organization": organization,
            "region": organization.region,
            "language": language,
            "languages": [
                (code, label, bool(form.value["name"].get(code)))
                for code, label in language_choices()
            ],
            "conflicts": workflow.conflicting_fields(draft) if draft else [],
        },
        status=status,
    )


@staff_login_required
def service_new(request, organization):
    organization = get_object_or_404(Organization, pk=organization)
    require(permissions.can_create_service_for(request.user, organization))
    language = _language(request)
    empty = records.snapshot(Service(organization=organization))
    form = ServiceForm(
        request.POST or None, language=language, data_value=empty, terms=_term_choices()
    )
    reach = ReachEditor(request.POST or None, language=language, value=empty)
    submitting = request.POST.get("action") == "submit"
    if request.method == "POST" and _valid(form, reach):
        try:
            draft = workflow.create_service(
                request.user, organization, _proposed(form, reach), send_for_review=submitting
            )
        except ValidationError as error:
            _attach(form, error, reach)
        else:
            if submitting:
                messages.success(request, _("Saved and sent to the coordinator for review."))
            else:
                messages.success(request, _("The new service was saved as a draft."))
            return redirect(f"{_edit_url(draft.service)}?edit={language}")
    return _render_form(
        request,
        form=form,
        reach=reach,
        service=None,
        draft=None,
        organization=organization,
        language=language,
        status=400 if request.method == "POST" else 200,
    )


def _edit_url(service):
    return reverse("backoffice:service-edit", args=[service.pk])


def _valid(form, reach) -> bool:
    return all([form.is_valid(), reach.is_valid()])


def _proposed(form, reach) -> dict:
    return {**form.proposed(), **reach.proposed()}


def _attach(form, error: ValidationError, reach=None):
    for field, problems in error.message_dict.items():
        if reach is not None and reach.attach(field, problems):
            continue
        target = field if field in form.fields else None
        for problem in problems:
            form.add_error(target, problem)


@staff_login_required
def service_edit(request, pk):
    service = get_object_or_404(Service.objects.select_related("organization__region"), pk=pk)
    require(permissions.can_edit_service(request.user, service))
    language = _language(request)
    draft = workflow.open_draft(service)
    value = draft.data if draft else records.snapshot(service)
    form = ServiceForm(
        request.POST or None,
        language=language,
        data_value=value,
        terms=_term_choices(),
    )
    reach = ReachEditor(request.POST or None, language=language, value=value)
    if request.method == "GET":
        form.initial["revision"] = draft.revision if draft else 0
    if request.method == "POST" and _valid(form, reach):
        try:
            draft = workflow.save_changes(
                request.user,
                service,
                _proposed(form, reach),
                form.cleaned_data.get("revision") or 0,
                send_for_review=request.POST.get("action") == "submit",
            )
            if request.POST.get("action") == "submit":
                messages.success(request, _("Saved and sent to the coordinator for review."))
            else:
                messages.success(
                    request, _("Draft saved. The public still sees the published entry.")
                )
            return redirect(f"{_edit_url(service)}?edit={language}")
        except workflow.Conflict as conflict:
            form.add_error(None, conflict.message)
        except ValidationError as error:
            _attach(form, error, reach)
    return _render_form(
        request,
        form=form,
        reach=reach,
        service=service,
        draft=draft,
        organization=service.organization,
        language=language,
        status=400 if request.method == "POST" else 200,
    )


def _draft_action(request, pk, action, success):
    service = get_object_or_404(Service, pk=pk)
    draft = workflow.open_draft(service)
    require(permissions.can_edit_service(request.user, service))
    if draft is None:
        messages.error(request, _("There is no open draft for this service."))
    else:
        try:
            action(request.user, draft)
            messages.success(request, success)
        except workflow.Conflict as conflict:
            messages.error(request, conflict.message)
    return redirect(_edit_url(service))


@require_POST
@staff_login_required
def service_submit(request, pk):
    return _draft_action(request, pk, workflow.submit, _("Sent to the coordinator for review."))


@require_POST
@staff_login_required
def service_withdraw(request, pk):
    return _draft_action(request, pk, workflow.withdraw, _("The draft was withdrawn."))


@require_POST
@staff_login_required
def service_rebase(request, pk):
    return _draft_action(
        request, pk, workflow.rebase, _("The draft now starts from the current published entry.")
    )


@require_POST
@staff_login_required
def service_verify(request, pk):
    service = get_object_or_404(Service, pk=pk)
    workflow.verify(request.user, service)
    messages.success(request, _("Thank you: the entry is marked as checked today."))
    return redirect(_edit_url(service))
