from django.http import Http404
from django.shortcuts import render
from django.utils.safestring import mark_safe

from directory import browse, translation_status
from directory.reach import reach_of, steps_of
from directory.templatetags.translated import resolve
from events.listing import next_dates_of_services
from public.kept import kept, pages_stamp
from public.structured_data import script, service_json_ld


@kept(pages_stamp)
def service_detail(request, pk):
    service = browse.published_service_with_details(pk)
    if service is None:
        raise Http404
    terms = browse.service_terms(service)
    translation_status.attach(service, service.organization)
    translated_parts = (
        service.name,
        service.description,
        service.eligibility_description,
        service.application_process,
        service.fees_description,
    )
    languages = [lang.code for lang in service.languages.all() if lang.code]
    reach = reach_of(service)
    how = resolve(service.application_process)
    region = service.organization.region
    advice = region.advice_service if region.advice_service_id != service.pk else None
    gaps = {
        "contact": not reach.has_channel,
        "place": not reach.places,
        "hours": not reach.has_hours,
        "cost": not (service.cost or reach.costs or resolve(service.fees_description).text),
        "languages": not languages,
    }
    json_ld = service_json_ld(service, reach, request.build_absolute_uri(), languages)
    return render(
        request,
        "public/service.html",
        {
            "service": service,
            "aims": terms.get("aim", []),
            "needs": terms.get("need", []),
            "groups": terms.get("target-group", []),
            "languages": languages,
            "reach": reach,
            "how": how,
            "steps": steps_of(how.text),
            "gaps": [name for name, missing in gaps.items() if missing],
            "advice": advice,
            "partly_fallback": any(resolve(part).fell_back for part in translated_parts),
            "region": region,
            # Escaped by script(): no "<" survives, so the block cannot be closed early.
            "json_ld": mark_safe(script(json_ld)),  # noqa: S308
            "event_dates": next_dates_of_services([service], per_service=5).get(service.pk),
        },
    )
