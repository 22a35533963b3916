"""Amina ticks the same boxes on the browse page and on the search page: both pages find the
same services. Two choices in one facet widen the list (either aim), two facets narrow it."""

import pytest

pytestmark = pytest.mark.django_db

FILTERS = [
    "aim=labour-market&aim=finnish-language",
    "aim=labour-market&lang=en",
    "group=employers",
    "aim=labour-market&aim=finnish-language&lang=en",
]


def browsed(client, params):
    return sorted(
        str(s.name.get("en"))
        for s in client.get(f"/en/services/?{params}").context["page"].object_list
    )


def searched(client, params):
    result = client.get(f"/en/search/?q=&{params}").context["result"]
    return sorted(str(hit.service.name.get("en")) for hit in result.hits)


@pytest.mark.parametrize("params", FILTERS)
def test_browse_and_search_agree_on_the_same_filters(client, world, params):
    assert browsed(client, params) == searched(client, params)


def test_two_aims_widen_the_search_as_they_widen_the_browse_page(client, world):
    assert len(searched(client, "aim=labour-market&aim=finnish-language")) == 3
