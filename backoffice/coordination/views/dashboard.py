"""The staff home and the coordinator's dashboard for one region, with every table exportable."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from backoffice.coordination.access import region_staff, require, staff_login_required
from coordination import dashboard, freshness, landscape, permissions, tables
from coordination.models import ServiceDraft
from directory.models import Service
from interchange.ptv import sync as ptv_sync


@staff_login_required
def home(request):
    regions = list(permissions.regions_of(request.user))
    if len(regions) == 1:
        return redirect("backoffice:dashboard", region=regions[0].slug)
    return render(request, "backoffice/coordination/home.html", {"regions": regions})


@region_staff
def region_dashboard(request, region):
    language = request.GET.get("language") or None
    coverage = landscape.coverage(region, language)
    context = {
        "region": region,
        "coverage": coverage,
        "coverage_rows": [
            (aim, [(group, coverage.count(aim.code, group.code)) for group in coverage.groups])
            for aim in coverage.aims
        ],
        "languages_table": dashboard.languages_table(region),
        "challenges": landscape.challenges(region),
        "overlaps": dashboard.overlaps_table(region),
        "stale": dashboard.stale_table(region),
        "ending": dashboard.ending_table(region),
        "translations": dashboard.translations_table(region),
        "translation_coverage": dashboard.translation_coverage_table(region),
        "network": dashboard.network_table(region),
        "unmet": dashboard.unmet_table(region),
        "feedback": dashboard.feedback_table(region),
        "charts": {
            "aims": dashboard.services_per_aim_chart(region),
            "freshness": dashboard.freshness_chart(region),
            "feedback": dashboard.feedback_chart(region),
            "network": dashboard.network_chart(region),
        },
        "awaiting_review": ServiceDraft.objects.awaiting_review()
        .filter(service__organization__region=region)
        .count(),
        "is_coordinator": permissions.is_coordinator(request.user, region),
        "can_view_feedback": permissions.can_view_feedback(request.user, region),
        "published_count": Service.objects.published().in_region(region).count(),
        "last_ptv_sync": ptv_sync.last_sync(region),
    }
    return render(request, "backoffice/coordination/dashboard.html", context)


@region_staff
def export(request, region, key, fmt):
    builder = dashboard.TABLES.get(key)
    if builder is None or fmt not in ("csv", "xlsx"):
        raise Http404
    if key == "feedback" and not permissions.can_view_feedback(request.user, region):
        raise PermissionDenied
    if key == "coverage":
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
