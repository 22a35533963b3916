from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from directory import browse
from directory.models import Contact, ServiceAtLocation
from directory.templatetags.translated import resolve


def _service_queryset():
    return browse.published_services().prefetch_related(
        Prefetch(
            "service_at_locations",
            queryset=ServiceAtLocation.objects.select_related("location").prefetch_related(
                "location__addresses", "location__accessibility"
            ),
        ),
        Prefetch("contacts", queryset=Contact.objects.prefetch_related("phones")),
        "phones",
        "schedules",
        "cost_options",
        "required_documents",
    )


def service_detail(request, pk):
    service = get_object_or_404(_service_queryset(), pk=pk)
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
        },
    )
