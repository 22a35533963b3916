from django.http import Http404
from django.shortcuts import render

from directory import browse
from directory.templatetags.translated import resolve
from events.listing import next_dates_of_services


def service_detail(request, pk):
    service = browse.published_service_with_details(pk)
    if service is None:
        raise Http404
    terms = browse.service_terms(service)
    translated_parts = (
        service.name,
        service.description,
        service.eligibility_description,
        service.application_process,
        service.fees_description,
    )
    return render(
        request,
        "public/service.html",
        {
            "service": service,
            "aims": terms.get("aim", []),
            "needs": terms.get("need", []),
            "groups": terms.get("target-group", []),
            "languages": [lang.code for lang in service.languages.all() if lang.code],
            "locations": list(service.service_at_locations.all()),
            "partly_fallback": any(resolve(part).fell_back for part in translated_parts),
            "region": service.organization.region,
            "event_dates": next_dates_of_services([service], per_service=5).get(service.pk),
        },
    )
