"""How central a service is to a need, from the directory's own data: a main entry point (open
to every newcomer, permanent, listed under the aim most of the need's services serve, no Finnish
required, the statutory path of the integration plan) before a niche one (one narrow group, a
project, a side activity). Broad searches (search/steering/plan.py) and the navigator's path
(navigator/matching.py) order by the same measure.

Every part is read from how the need's own services are tagged, so no code names a group or an
aim: a target group is broad in proportion to the share of the need's services it covers.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from types import MappingProxyType

from django.contrib.contenttypes.models import ContentType

from directory.models import Attribute, Service
from search import stamp

# The parts and their weights (they add up to 1).
BREADTH = 0.4  # the service's widest target group, as a share of the need's services
AIM = 0.2  # listed under the aim most of the need's services are listed under
PERMANENT = 0.2  # permanent (1), not known (0.5), a project (0)
NO_FINNISH = 0.1  # open without Finnish, or with first-level Finnish
INTEGRATION_PLAN = 0.1  # part of the statutory integration path

_FUNDING = {
    Service.FundingType.PERMANENT: 1.0,
    Service.FundingType.UNKNOWN: 0.5,
    Service.FundingType.PROJECT: 0.0,
}
_LEVEL = {"": 1.0, "none": 1.0, "A1": 1.0, "A2": 0.75, "B1": 0.5, "B2": 0.25}


def centrality(need_id, *, narrowed_to=()) -> Mapping:
    """{service id: centrality in [0, 1]} for the published services tagged with the need.
    `narrowed_to`: target-group term ids the person named; a service for one of them is as
    broad as can be for this search. Read live, or kept under the search's results stamp
    (search.stamp)."""
    narrowed_to = frozenset(narrowed_to)
    return stamp.kept(
        ("centrality", need_id, narrowed_to),
        lambda: MappingProxyType(_centrality(need_id, narrowed_to)),
    )


def _centrality(need_id, narrowed_to) -> dict:
    service_type = ContentType.objects.get_for_model(Service)
    tagged = Attribute.objects.filter(content_type=service_type, taxonomy_term_id=need_id).values(
        "link_id"
    )
    services = {
        pk: (funding, level, plan)
        for pk, funding, level, plan in Service.objects.published()
        .filter(pk__in=tagged)
        .values_list("pk", "funding_type", "finnish_level", "integration_plan_required")
    }
    if not services:
        return {}
    groups, aims = defaultdict(set), defaultdict(set)
    for link, taxonomy, term in Attribute.objects.filter(
        content_type=service_type,
        link_id__in=list(services),
        taxonomy_term__taxonomy__code__in=("target-group", "aim"),
    ).values_list("link_id", "taxonomy_term__taxonomy__code", "taxonomy_term_id"):
        (groups if taxonomy == "target-group" else aims)[link].add(term)
    group_share = Counter(term for terms in groups.values() for term in terms)
    aim_count = Counter(term for terms in aims.values() for term in terms)
    main_aim = aim_count.most_common(1)[0][0] if aim_count else None
    narrowed = set(narrowed_to)
    result = {}
    for pk, (funding, level, plan) in services.items():
        own = groups.get(pk, set())
        if own & narrowed or not own:
            breadth = 1.0  # for the group the person named, or for everyone
        else:
            breadth = max(group_share[term] for term in own) / len(services)
        result[pk] = (
            BREADTH * breadth
            + AIM * (1.0 if main_aim is None or main_aim in aims.get(pk, ()) else 0.0)
            + PERMANENT * _FUNDING.get(funding, 0.5)
            + NO_FINNISH * _LEVEL.get(level or "", 0.0)
            + INTEGRATION_PLAN * (1.0 if plan else 0.0)
        )
    return result
