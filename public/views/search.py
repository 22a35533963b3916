from django.shortcuts import render
from django.utils import translation

from directory import browse
from directory.filters import PUBLIC_FACETS as FACETS
from directory.filters import ServiceFilters
from public.forms import SearchForm
from public.kept import kept, kept_cards, search_stamp
from public.views.listing import PAGE_SIZE, chips, clean_params, filter_groups, paging
from search.engine import search


def _page_number(raw) -> int:
    try:
        return max(1, min(int(raw), 10_000))
    except (TypeError, ValueError):
        return 1


@kept(search_stamp)
def search_services(request):
    form = SearchForm(request.GET if "q" in request.GET else None)
    filters = ServiceFilters.parse(request.GET)
    groups = filter_groups(filters, FACETS, stamp=request.stamp)
    result = None
    page_number = _page_number(request.GET.get("page"))
    query = ""
    if form.is_bound and form.is_valid():
        query = form.cleaned_data["q"]
    if query or filters:

        def run(number, record_unmet=True):
            return search(
                query,
                filters=filters,
                language=translation.get_language(),
                limit=PAGE_SIZE,
                offset=(number - 1) * PAGE_SIZE,
                record_unmet=record_unmet,
                services=browse.shown_services(),
                stamp=request.stamp,
            )

        result = run(page_number)
        if result.total and not result.hits:
            # A page past the end (an old link, a typed number) shows the last page instead.
            page_number = (result.total + PAGE_SIZE - 1) // PAGE_SIZE
            result = run(page_number, record_unmet=False)
    hits = result.hits if result else []
    pages = (result.total + PAGE_SIZE - 1) // PAGE_SIZE if result else 0
    params = clean_params(request, FACETS)
    response = render(
        request,
        "public/search.html",
        {
            "form": form,
            "query": query,
            "filters": filters,
            "groups": groups,
            "chips": chips(request, filters, groups),
            "result": result,
            "hits": list(zip(hits, kept_cards(request, [h.service for h in hits]), strict=True)),
            "paging": paging(page_number, pages, params.urlencode()),
            "needs": browse.most_common_needs() if result is not None and not result.total else [],
        },
    )
    # A search recorded for the coordinator (SearchResult.unmet) is never kept, so that every
    # reader's search of it is counted.
    response.keep = not (result is not None and result.unmet)
    return response
