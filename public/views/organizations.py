from django.http import Http404
from django.shortcuts import render

from directory import browse, translation_status
from directory.models import Organization
from directory.templatetags.translated import resolve
from public.kept import kept, kept_cards, pages_stamp


@kept(pages_stamp)
def organization_list(request):
    organizations = sorted(
        browse.organizations_with_services(), key=lambda o: resolve(o.name).text.casefold()
    )
    return render(request, "public/organizations.html", {"organizations": organizations})


@kept(pages_stamp)
def organization_detail(request, pk):
    # Only providers with something public have a public page.
    organization = Organization.objects.select_related("region").filter(pk=pk).first()
    services = list(browse.listed_services().filter(organization_id=pk)) if organization else []
    if not services:
        raise Http404
    translation_status.attach(organization)
    return render(
        request,
        "public/organization.html",
        {
            "organization": organization,
            "services": services,
            "cards": kept_cards(request, services),
            "region": organization.region,
        },
    )
