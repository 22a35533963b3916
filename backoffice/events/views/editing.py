"""A provider's editor keeps their services' events as they keep the services: a draft, sent
for review, published by the coordinator (coordination/workflow.py). Imported events are kept
in the provider's own calendar and only shown here."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from backoffice.coordination.access import region_staff, require, staff_login_required
from backoffice.coordination.forms import PublishForm, ReturnForm, language_choices
from backoffice.events.forms import EventForm, FeedForm
from coordination import permissions, workflow
from directory.models import Service
from directory.translation import normalise_language
from events import feeds, records
from events.models import Event, EventDraft, EventFeed


def _language(request):
    codes = [code for code, _name in language_choices()]
    language = normalise_language(request.GET.get("edit") or request.POST.get("edit_language"))
    return language if language in codes else normalise_language(get_language())


@region_staff
def event_list(request, region):
    services = Service.objects.in_region(region).select_related("organization")
    events = (
        Event.objects.filter(service__in=services)
        .select_related("service__organization", "feed")
        .order_by("service__organization_id", "service_id", "start")
    )
    editable = {org.pk for org in permissions.editable_organizations(request.user)}
    is_coordinator = permissions.can_review(request.user, region)
    drafts = EventDraft.objects.open().filter(event__service__in=services)
    return render(
        request,
        "backoffice/events/event_list.html",
        {
            "region": region,
            "events": [(event, event.service.organization_id in editable) for event in events],
            "feeds": [
                (feed, feeds.error_message(feed))
                for feed in EventFeed.objects.filter(service__in=services).select_related("service")
            ],
            "services": [s for s in services if s.organization_id in editable],
            "in_review": drafts.awaiting_review().select_related("event") if is_coordinator else [],
            "is_coordinator": is_coordinator,
            "feed_form": FeedForm(),
        },
    )


def _render_form(request, *, form, event, draft, service, language, status=200):
    return render(
        request,
        "backoffice/events/event_form.html",
        {
            "form": form,
            "event": event,
            "draft": draft,
            "service": service,
            "region": service.organization.region,
            "language": language,
            "languages": [
                (code, label, bool(form.value["name"].get(code)))
                for code, label in language_choices()
            ],
        },
        status=status,
    )


def _attach(form, error: ValidationError):
    for field, problems in error.message_dict.items():
        for problem in problems:
            form.add_error(field if field in form.fields else None, problem)


def _edit_url(event, language):
    return f"{reverse('backoffice:event-edit', args=[event.pk])}?edit={language}"


@staff_login_required
def event_new(request, service):
    service = get_object_or_404(Service.objects.select_related("organization__region"), pk=service)
    require(permissions.can_edit_service(request.user, service))
    language = _language(request)
    empty = records.snapshot(Event(service=service))
    form = EventForm(
        request.POST or None, language=language, data_value=empty, places=records.places(service)
    )
    submitting = request.POST.get("action") == "submit"
    if request.method == "POST" and form.is_valid():
        try:
            draft = workflow.create(
                request.user, Event(service=service), form.proposed(), send_for_review=submitting
            )
        except ValidationError as error:
            _attach(form, error)
        else:
            if submitting:
                messages.success(request, _("Saved and sent to the coordinator for review."))
            else:
                messages.success(request, _("The new event was saved as a draft."))
            return redirect(_edit_url(draft.event, language))
    status = 400 if request.method == "POST" else 200
    return _render_form(
        request,
        form=form,
        event=None,
        draft=None,
        service=service,
        language=language,
        status=status,
    )


@staff_login_required
def event_edit(request, pk):
    event = get_object_or_404(Event.objects.select_related("service__organization__region"), pk=pk)
    require(permissions.can_edit_service(request.user, event.service))
    if event.is_imported:
        messages.info(
            request, _("This event comes from the provider's own calendar: change it there.")
        )
        return redirect("backoffice:events", region=event.service.organization.region.slug)
    language = _language(request)
    draft = workflow.open_draft(event)
    value = draft.data if draft else records.snapshot(event)
    form = EventForm(
        request.POST or None,
        language=language,
        data_value=value,
        places=records.places(event.service),
    )
    if request.method == "GET":
        form.initial["revision"] = draft.revision if draft else 0
    if request.method == "POST" and form.is_valid():
        try:
            draft = draft or workflow.start_draft(request.user, event)
            workflow.save_draft(
                request.user, draft, form.proposed(), form.cleaned_data.get("revision") or 1
            )
            if request.POST.get("action") == "submit":
                workflow.submit(request.user, draft)
                messages.success(request, _("Saved and sent to the coordinator for review."))
            else:
                messages.success(
                    request, _("Draft saved. The public still sees the published entry.")
                )
            return redirect(_edit_url(event, language))
        except workflow.Conflict as conflict:
            form.add_error(None, conflict.message)
        except ValidationError as error:
            _attach(form, error)
    status = 400 if request.method == "POST" else 200
    return _render_form(
        request,
        form=form,
        event=event,
        draft=draft,
        service=event.service,
        language=language,
        status=status,
    )


@require_POST
@staff_login_required
def event_withdraw(request, pk):
    event = get_object_or_404(Event, pk=pk)
    require(permissions.can_edit_service(request.user, event.service))
    draft = workflow.open_draft(event)
    if draft is None:
        messages.error(request, _("There is no open draft for this event."))
    else:
        try:
            workflow.withdraw(request.user, draft)
            messages.success(request, _("The draft was withdrawn."))
        except workflow.Conflict as conflict:
            messages.error(request, conflict.message)
    return redirect(_edit_url(event, _language(request)))


@staff_login_required
def event_review(request, pk, publish_form=None, return_form=None, status=200):
    draft = get_object_or_404(
        EventDraft.objects.select_related("event__service__organization__region", "author"), pk=pk
    )
    require(permissions.can_review(request.user, draft.region))
    base = {} if draft.is_new else records.snapshot(draft.event)
    rows = records.differences(base, draft.data, only_changed=True)
    return render(
        request,
        "backoffice/events/review.html",
        {
            "draft": draft,
            "region": draft.region,
            "changed": [(records.field_label(row.field), row) for row in rows],
            "conflicts": [records.field_label(n) for n in workflow.conflicting_fields(draft)],
            "publish_form": publish_form or PublishForm(prefix="publish"),
            "return_form": return_form or ReturnForm(prefix="return"),
        },
        status=status,
    )


@require_POST
@staff_login_required
def event_decide(request, pk, decision):
    draft = get_object_or_404(EventDraft, pk=pk)
    require(permissions.can_review(request.user, draft.region))
    publishing = decision == "publish"
    form = (PublishForm if publishing else ReturnForm)(request.POST, prefix=decision)
    if form.is_valid():
        try:
            if publishing:
                workflow.publish(request.user, draft, form.cleaned_data["comment"])
            else:
                workflow.return_draft(request.user, draft, form.cleaned_data["comment"])
        except workflow.Conflict as conflict:
            form.add_error(None, conflict.message)
        else:
            messages.success(
                request,
                _("Published. The public now sees this version.")
                if publishing
                else _("Returned to the editor with your comment."),
            )
            return redirect("backoffice:events", region=draft.region.slug)
    forms_ = {"publish_form": form} if publishing else {"return_form": form}
    return event_review(request, pk, status=400, **forms_)
