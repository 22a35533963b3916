"""What the browse and search pages share: filter choices, removable chips and paging."""

import hashlib

from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from directory import browse
from directory.templatetags.translated import language_name, resolve
from directory.translation import reader_languages

PAGE_SIZE = 20

FACET_TITLES = {
    "aim": lambda: _("Aim"),
    "need": lambda: _("What you need"),
    "group": lambda: _("Who it is for"),
    "lang": lambda: _("Language of the service"),
    "org": lambda: _("Organization"),
    # Not offered as a filter on the public pages, but a link may narrow to one partner region.
    "region": lambda: _("Region"),
}


def _region_names(filters) -> dict:
    from directory.models import Region

    slugs = [value for facet, value in filters.selected() if facet == "region"]
    if not slugs:
        return {}
    return {("region", r.slug): r.name for r in Region.objects.filter(slug__in=slugs)}


def sorted_choices(choices):
    return sorted(choices, key=lambda choice: choice_label(choice).casefold())


def choice_label(choice) -> str:
    if choice.facet == "lang":
        return language_name(choice.value)
    return resolve(choice.label).text


CHOICES_SECONDS = 300


class Groups(list):
    """The filter groups, and the key their rendered fieldsets are kept under for
    CHOICES_SECONDS (public/includes/filters.html): the page's language, the reader's second
    languages (a label's fallback), the stamp and every choice's value, tick and count. A search
    page's groups read the same for every new query, and rendering their forty-odd choices was
    half the page's template time."""

    seconds = CHOICES_SECONDS
    key: str | None = None


def filter_groups(filters, facets, counts=None, stamp: str = "") -> Groups:
    """The filter form's fieldsets: each facet with its choices and which are ticked. With
    `counts` (Filters.counts), each choice also says how many services it would find. With
    `stamp` (a value that changes with the published services, as events.listing's does), the
    choices, and the fieldsets as rendered, are kept in the cache under it for a few minutes."""
    builders = {
        "aim": lambda: browse.term_choices("aim", "aim"),
        "need": lambda: browse.term_choices("need", "need"),
        "group": lambda: browse.term_choices("target-group", "group"),
        "lang": lambda: sorted_choices(browse.language_choices()),
        "org": lambda: sorted_choices(browse.organization_choices()),
    }
    if stamp:
        # Sorted by their names in the page's language; read in one round trip.
        keys = {facet: f"public:choices:{facet}:{get_language()}:{stamp}" for facet in facets}
        kept = cache.get_many(list(keys.values()))
        missing = {keys[facet]: builders[facet]() for facet in facets if keys[facet] not in kept}
        if missing:
            cache.set_many(missing, CHOICES_SECONDS)
        kept.update(missing)
        by_facet = {facet: kept[keys[facet]] for facet in facets}
    else:
        by_facet = {facet: builders[facet]() for facet in facets}
    groups = []
    for facet in facets:
        selected = set(getattr(filters, facet))
        narrowed = counts.get(facet) if counts is not None else None
        choices = [
            {
                "value": c.value,
                "label": c.label,
                "facet": facet,
                "checked": c.value in selected,
                "count": None
                if counts is None
                else (c.count if narrowed is None else narrowed.get(c.value, 0)),
            }
            for c in by_facet[facet]
        ]
        if choices:
            groups.append(
                {
                    "facet": facet,
                    "title": FACET_TITLES[facet](),
                    "choices": choices,
                    "active": bool(selected),
                }
            )
    groups = Groups(groups)
    if stamp:
        state = [
            (c["facet"], c["value"], c["checked"], c["count"]) for g in groups for c in g["choices"]
        ]
        reader = ",".join(reader_languages())
        groups.key = hashlib.sha256(
            f"{get_language()}|{reader}|{stamp}|{state}".encode()
        ).hexdigest()
    return groups


def chips(request, filters, groups):
    """One removable chip per active filter; removing it keeps every other filter and the query."""
    labels = {
        (choice["facet"], choice["value"]): choice["label"]
        for group in groups
        for choice in group["choices"]
    } | _region_names(filters)
    result = []
    for facet, value in filters.selected():
        params = request.GET.copy()
        params.setlist(facet, [v for v in getattr(filters, facet) if v != value])
        params.pop("page", None)
        label = labels.get((facet, value), value)
        result.append(
            {
                "facet_title": FACET_TITLES[facet](),
                "label": language_name(value) if facet == "lang" else label,
                "remove_url": "?" + params.urlencode() if params else request.path,
            }
        )
    clear = QueryDict(mutable=True)
    for kept in ("q", "also"):
        if request.GET.get(kept):
            clear[kept] = request.GET[kept]
    return {
        "items": result,
        "clear_url": "?" + clear.urlencode() if clear else request.path,
    }


def paging(page_number: int, pages: int, params: str) -> dict:
    return {
        "page_number": page_number,
        "pages": pages,
        "has_previous": 1 < page_number <= pages,
        "has_next": page_number < pages,
        "previous_number": page_number - 1,
        "next_number": page_number + 1,
        "params": params,
    }


def clean_params(request, facets) -> QueryDict:
    """The query string with only what the page understands, for paging links."""
    params = QueryDict(mutable=True)
    for key in ("q", "also", *facets):
        values = [v for v in request.GET.getlist(key) if v]
        if values:
            params.setlist(key, values)
    return params


def paginate(request, items, count: int | None = None):
    """One page of `items`; `count`, when the caller has a cheaper way to count them."""
    paginator = Paginator(items, PAGE_SIZE)
    if count is not None:
        paginator.count = count
    # get_page turns "abc", "-1" and "9999" into a real page instead of an error.
    return paginator.get_page(request.GET.get("page"))
