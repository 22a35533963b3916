"""Faceted counts for the browse page: beside each filter choice, how many published services
the reader would find if they ticked it too.

Within a facet the choices widen the result (Finnish *or* English), across facets they narrow it,
so a choice's count applies every *other* facet's filters and not its own facet's. The cost is
bounded whatever is ticked: one query for all taxonomy facets, one for languages and one for
organizations, and none for a facet whose counts the unfiltered choices already carry.
"""

from dataclasses import replace

from django.db.models import Count, Q

from directory import browse
from directory.models import Attribute, Service


def facet_counts(filters: browse.BrowseFilters, facets) -> dict[str, dict[str, int]]:
    """{facet: {value: count}} for each facet narrowed by another facet's filter. A facet left
    out is narrowed by nothing: its choices' own counts (over all published services) hold."""
    active = [facet for facet in facets if getattr(filters, facet)]
    narrowed = [facet for facet in facets if set(active) - {facet}]
    published = Service.objects.published().order_by()
    subsets = {}

    def matching(facet):
        """The published services that the other facets' filters keep. Every facet without a
        filter of its own shares one set (all filters applied), so it is built once."""
        key = facet if facet in active else None
        if key not in subsets:
            subsets[key] = browse.apply_filters(published, replace(filters, **{facet: ()}))
        return subsets[key]

    counts = {}
    terms = [facet for facet in narrowed if facet in browse.TERM_FACETS]
    if terms:
        taxonomies = {browse.TERM_FACETS[facet]: facet for facet in terms}
        shared = [facet for facet in terms if facet not in active]
        condition = Q()
        if shared:
            condition |= Q(
                taxonomy_term__taxonomy__code__in=[browse.TERM_FACETS[f] for f in shared],
                link_id__in=matching(shared[0]).values("pk"),
            )
        for facet in terms:
            if facet in active:
                condition |= Q(
                    taxonomy_term__taxonomy__code=browse.TERM_FACETS[facet],
                    link_id__in=matching(facet).values("pk"),
                )
        rows = (
            Attribute.objects.filter(condition)
            .values_list("taxonomy_term__taxonomy__code", "taxonomy_term__code")
            .annotate(n=Count("link_id", distinct=True))
            .order_by()
        )
        counts.update({facet: {} for facet in terms})
        for taxonomy_code, code, n in rows:
            counts[taxonomies[taxonomy_code]][code] = n
    if "lang" in narrowed:
        counts["lang"] = {c.value: c.count for c in browse.language_choices(matching("lang"))}
    if "org" in narrowed:
        # Counted on the services themselves: organization_choices() would load every provider.
        rows = matching("org").values_list("organization_id").annotate(n=Count("pk")).order_by()
        counts["org"] = {str(organization): n for organization, n in rows}
    return counts
