"""The translator's workspace: per region and language, the texts that need a translator;
one service's texts beside their source; and, for the coordinator, the exchange of XLIFF or
PO files with professional translators."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from backoffice.coordination.access import region_staff, require, staff_login_required
from backoffice.coordination.translation_forms import (
    TranslationExportForm,
    TranslationForm,
    TranslationImportForm,
)
from coordination import permissions, translation_files, translations, workflow
from directory import machine_translation
from directory.models import Service
from directory.translation import configured_languages, normalise_language


def _target(request, region) -> str:
    """The language asked for, or the region's first key language that is not the source."""
    from django.conf import settings

    default = next(
        (
            code
            for code in [*region.languages, "en", *configured_languages()]
            if code in configured_languages() and code != settings.LANGUAGE_CODE
        ),
        settings.LANGUAGE_CODE,
    )
    asked = request.GET.get("language") or request.POST.get("language")
    if asked:
        code = normalise_language(asked)
        if code in configured_languages():
            return code
        messages.error(
            request,
            _("“%(code)s” is not one of this site's languages; showing %(shown)s instead.")
            % {"code": asked[:20], "shown": default},
        )
    return default


def _queue_context(request, region, language, **extra):
    return {
        "region": region,
        "language": language,
        "languages": configured_languages(),
        "items": translations.queue(request.user, region, language),
        "coverage": translations.coverage(region),
        "can_exchange": permissions.can_review(request.user, region),
        "export_form": TranslationExportForm(),
        "import_form": TranslationImportForm(),
        **extra,
    }


@region_staff
def queue(request, region):
    language = _target(request, region)
    return render(
        request,
        "backoffice/coordination/translation_queue.html",
        _queue_context(request, region, language),
    )


@region_staff
def export_file(request, region):
    require(permissions.can_review(request.user, region))
    language = _target(request, region)
    form = TranslationExportForm(request.GET)
    file_format = form.cleaned_data["format"] if form.is_valid() else "xliff"
    data = translation_files.export(region, language, file_format)
    content_type = (
        "application/xliff+xml" if file_format == "xliff" else "text/x-gettext-translation"
    )
    response = HttpResponse(data, content_type=f"{content_type}; charset=utf-8")
    name = translation_files.file_name(region, language, file_format)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_POST
@region_staff
def import_file(request, region):
    require(permissions.can_review(request.user, region))
    language = _target(request, region)
    form = TranslationImportForm(request.POST, request.FILES)
    report = None
    if form.is_valid():
        upload = form.cleaned_data["file"]
        report = translation_files.import_file(request.user, region, upload.name, upload.read())
        if report.ok:
            totals = report.totals()
            messages.success(
                request,
                _("Imported: %(new)d new and %(changed)d changed translations.")
                % {"new": totals.created, "changed": totals.updated},
            )
            return redirect(
                f"{reverse('backoffice:translations', args=[region.slug])}?language={language}"
            )
    context = _queue_context(request, region, language, import_form=form, report=report)
    return render(request, "backoffice/coordination/translation_queue.html", context, status=400)


@staff_login_required
def translate(request, pk, language):
    service = get_object_or_404(Service.objects.select_related("organization__region"), pk=pk)
    require(permissions.can_edit_service(request.user, service))
    language = normalise_language(language)
    if language not in configured_languages():
        return redirect("backoffice:translations", region=service.organization.region.slug)
    rows = translations.rows(service, language)
    draft = workflow.open_draft(service)
    options = {
        "rows": rows,
        "language": language,
        "can_check": permissions.can_check_translations(request.user, service),
    }
    action = request.POST.get("action")
    status = 200
    if request.method == "POST" and action == "machine":
        machine = {}
        try:
            wanted = [r.field for r in rows if not r.proposed or r.stale or r.status == "machine"]
            machine = machine_translation.drafts(service, wanted, language)
        except machine_translation.MachineTranslationError as error:
            messages.error(request, str(error))
        form = TranslationForm(
            initial={"revision": request.POST.get("revision") or 0}, machine=machine, **options
        )
    elif request.method == "POST":
        form = TranslationForm(request.POST, **options)
        if form.is_valid():
            try:
                translations.save(
                    request.user,
                    service,
                    language,
                    form.texts(),
                    revision=form.cleaned_data.get("revision") or 0,
                    checked=form.cleaned_data.get("checked", False),
                    machine=form.machine(),
                    confirmed=form.confirmed(),
                    submit=action == "submit",
                )
            except workflow.Conflict as conflict:
                form.add_error(None, conflict.message)
            except ValidationError as error:
                for problems in error.message_dict.values():
                    for problem in problems:
                        form.add_error(None, problem)
            else:
                messages.success(
                    request,
                    _("Saved and sent to the coordinator for review.")
                    if action == "submit"
                    else _("Draft saved. The public still sees the published entry."),
                )
                return redirect(
                    f"{reverse('backoffice:translations', args=[service.organization.region.slug])}"
                    f"?language={language}"
                )
        status = 400
    else:
        form = TranslationForm(initial={"revision": draft.revision if draft else 0}, **options)
    return render(
        request,
        "backoffice/coordination/translate.html",
        {
            "service": service,
            "region": service.organization.region,
            "language": language,
            "form": form,
            "draft": draft,
            "machine_enabled": machine_translation.is_enabled(),
        },
        status=status,
    )
