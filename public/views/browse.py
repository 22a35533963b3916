from django.shortcuts import render

from directory import browse
from directory.filters import PUBLIC_FACETS, ServiceFilters
from directory.models import Service
from public.kept import kept, kept_cards, pages_stamp
from public.views.listing import chips, clean_params, filter_groups, paginate, paging


@kept(pages_stamp)
def browse_services(request):
    filters = ServiceFilters.parse(request.GET)
    counts = filters.counts(Service.objects.published(), PUBLIC_FACETS)
    groups = filter_groups(filters, PUBLIC_FACETS, counts=counts, stamp=request.stamp)
    page = paginate(request, browse.browse(filters))
    params = clean_params(request, PUBLIC_FACETS)
    return render(
        request,
        "public/browse.html",
        {
            "filters": filters,
            "groups": groups,
            "counted": True,
            "chips": chips(request, filters, groups),
            "page": page,
            "cards": kept_cards(request, page.object_list),
            "total": page.paginator.count,
            "paging": paging(page.number, page.paginator.num_pages, params.urlencode()),
        },
    )
