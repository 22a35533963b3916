from django.shortcuts import render

from directory import browse
from public.views.facets import facet_counts
from public.views.listing import chips, clean_params, filter_groups, paginate, paging

FACETS = ("aim", "need", "group", "lang", "org")


def browse_services(request):
    filters = browse.parse_filters(request.GET)
    groups = filter_groups(filters, FACETS, counts=facet_counts(filters, FACETS))
    page = paginate(request, browse.browse(filters))
    params = clean_params(request, FACETS)
    return render(
        request,
        "public/browse.html",
        {
            "filters": filters,
            "groups": groups,
            "counted": True,
            "chips": chips(request, filters, groups),
            "page": page,
            "services": page.object_list,
            "total": page.paginator.count,
            "paging": paging(page.number, page.paginator.num_pages, params.urlencode()),
        },
    )
