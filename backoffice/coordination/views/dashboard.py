"""The coordinator's dashboard for one region, with every table exportable."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from backoffice.coordination.access import region_staff, require
from coordination import dashboard, freshness, permissions, tables
from coordination.models import ServiceDraft
from interchange.ptv import sync as ptv_sync


@region_staff
def region_dashboard(request, region):
    figures = dashboard.Figures(region, request.GET.get("language") or None)
    coverage = figures.coverage
    languages = figures.all_languages
    context = {
        "region": region,
        "coverage": coverage,
        "coverage_rows": [
            (aim, [(group, coverage.count(aim.code, group.code)) for group in coverage.groups])
            for aim in coverage.aims
        ],
        "language_coverage": languages,
        "languages_rows": [
            (
                aim,
                [
                    (
                        code,
                        languages.language_count(aim.code, code),
                        languages.language_gap(aim.code, code),
                    )
                    for code in languages.languages
                ],
                languages.unrecorded_count(aim.code),
            )
            for aim in languages.aims
        ],
        "challenges": figures.challenges,
        "overlaps": dashboard.overlaps_table(figures),
        "stale": dashboard.stale_table(figures),
        "ending": dashboard.ending_table(figures),
        "translations": dashboard.translations_table(figures),
        "translation_coverage": dashboard.translation_coverage_table(figures),
        "network": dashboard.network_table(figures),
        "unmet": dashboard.unmet_table(region),
        "feedback": dashboard.feedback_table(region, request.user),
        "charts": {
            "aims": dashboard.services_per_aim_chart(figures),
            "freshness": dashboard.freshness_chart(figures),
            "feedback": dashboard.feedback_chart(region, request.user),
            "network": dashboard.network_chart(figures),
        },
        "awaiting_review": ServiceDraft.objects.awaiting_review()
        .filter(service__organization__region=region)
        .count(),
        "is_coordinator": permissions.is_coordinator(request.user, region),
        "can_view_feedback": permissions.can_view_feedback(request.user, region),
        "published_count": figures.published,
        "last_ptv_sync": ptv_sync.last_sync(region),
    }
    return render(request, "backoffice/coordination/dashboard.html", context)


@region_staff
def export(request, region, key, fmt):
    builder = dashboard.TABLES.get(key)
    if (builder is None and key != "feedback") or fmt not in ("csv", "xlsx"):
        raise Http404
    if key == "feedback":
        if not permissions.can_view_feedback(request.user, region):
            raise PermissionDenied
        table = dashboard.feedback_table(region, request.user)
    elif key == "coverage":
        # The matrix downloads as it is shown, narrowed to one language when it was.
        table = dashboard.coverage_table(region, request.GET.get("language") or None)
    else:
        table = builder(region)
    filename = f"{region.slug}-{table.key}.{fmt}"
    if fmt == "csv":
        response = HttpResponse(tables.to_csv(table), content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(
            tables.to_xlsx(table),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_POST
@region_staff
def send_reminders(request, region):
    require(permissions.is_coordinator(request.user, region))
    sent = freshness.send_reminders(region)
    messages.success(request, _("Reminders sent: %(count)d e-mails.") % {"count": sent})
    return redirect("backoffice:dashboard", region=region.slug)
