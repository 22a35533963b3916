"""Browsing with filters: Mikko the employer and Amina the newcomer narrow the list down."""

import pytest

pytestmark = pytest.mark.django_db


def names(response):
    return [str(s.name.get("en")) for s in response.context["page"].object_list]


def test_everyone_sees_every_published_service_and_never_a_draft(client, world):
    response = client.get("/en/services/")
    assert sorted(names(response)) == [
        "Career club",
        "Finnish language course",
        "Support for employers",
    ]
    assert "Secret draft" not in response.content.decode()
    assert "3 services found" in response.content.decode()


def test_mikko_filters_by_the_employer_target_group(client, world):
    response = client.get("/en/services/?group=employers")
    assert names(response) == ["Support for employers"]
    assert "1 service found" in response.content.decode()


def test_choices_in_one_filter_widen_and_filters_together_narrow(client, world):
    both_aims = client.get("/en/services/?aim=labour-market&aim=finnish-language")
    assert len(names(both_aims)) == 3
    labour_in_english = client.get("/en/services/?aim=labour-market&lang=en")
    assert names(labour_in_english) == ["Career club"]


def test_each_active_filter_is_a_chip_that_removes_only_itself(client, world):
    response = client.get("/en/services/?aim=labour-market&lang=en")
    chips = response.context["chips"]["items"]
    assert [chip["facet_title"] for chip in chips] == ["Aim", "Language of the service"]
    assert chips[0]["remove_url"] == "?lang=en"
    assert chips[1]["remove_url"] == "?aim=labour-market"
    assert "Remove all filters" in response.content.decode()


def test_filtering_by_organization_and_need(client, world):
    response = client.get(f"/en/services/?org={world.city.pk}&need=hire")
    assert names(response) == ["Support for employers"]


def test_an_unknown_filter_value_is_ignored_with_a_note(client, world):
    response = client.get("/en/services/?aim=nonexistent&aim=labour-market")
    assert response.status_code == 200
    assert len(names(response)) == 2
    assert "We ignored a filter that we did not recognise" in response.content.decode()


def test_the_filter_form_works_without_javascript(client, world):
    page = client.get("/en/services/").content.decode()
    assert '<form class="filters" method="get" action="/en/services/">' in page
    assert 'type="checkbox" name="group" value="employers"' in page


def test_a_filter_that_matches_nothing_shows_the_way_on(client, world):
    response = client.get("/en/services/?group=employers&lang=ar")
    page = response.content.decode()
    assert "No services match" in page
    assert "Remove all filters" in page
    assert "0 services found" in page


def test_a_bad_page_number_shows_the_first_page(client, world):
    for page in ("abc", "-1", "0", "99999", "1e9"):
        response = client.get(f"/en/services/?page={page}")
        assert response.status_code == 200
        assert len(names(response)) == 3


# --- Counts beside the choices ---------------------------------------------------------------
def choice_counts(response, facet):
    group = next(g for g in response.context["groups"] if g["facet"] == facet)
    return {choice["value"]: choice["count"] for choice in group["choices"]}


def test_amina_sees_how_many_services_each_choice_finds(client, world):
    response = client.get("/en/services/")
    assert choice_counts(response, "aim") == {"finnish-language": 1, "labour-market": 2}
    assert choice_counts(response, "lang") == {"ar": 1, "en": 2, "fi": 3}
    assert choice_counts(response, "org") == {str(world.city.pk): 2, str(world.college.pk): 1}
    page = response.content.decode()
    assert 'Work and careers <span class="check__count">(2)</span></label>' in page
    assert "how many services it finds together with the filters you chose" in page


def test_a_count_applies_the_filters_already_chosen_in_the_other_groups(client, world):
    # Mikko has chosen services in English: of the aims, each counts only English services.
    response = client.get("/en/services/?lang=en")
    assert choice_counts(response, "aim") == {"finnish-language": 1, "labour-market": 1}
    assert choice_counts(response, "group") == {
        "all-immigrants": 1,
        "highly-educated": 1,
        "employers": 0,
    }
    # Within the language group choices widen the list, so its own filter does not narrow it.
    assert choice_counts(response, "lang") == {"ar": 1, "en": 2, "fi": 3}


def test_each_count_is_the_number_of_services_the_choice_then_lists(client, world):
    response = client.get("/en/services/?aim=labour-market")
    for facet, counts in [(f, choice_counts(response, f)) for f in ("need", "group", "lang")]:
        for value, count in counts.items():
            chosen = client.get(f"/en/services/?aim=labour-market&{facet}={value}")
            assert chosen.context["total"] == count, (facet, value)


def choice_markup(page, facet, value):
    """The filter form's markup for one choice, from its <div> to its label's end."""
    checkbox = page.index(f'name="{facet}" value="{value}"')
    return page[page.rindex("<div", 0, checkbox) : page.index("</label>", checkbox)]


def test_a_choice_that_finds_nothing_is_greyed_but_still_a_labelled_checkbox(client, world):
    page = client.get("/en/services/?lang=en").content.decode()
    employers = choice_markup(page, "group", "employers")
    assert employers.startswith('<div class="check check--none">')
    assert employers.endswith('>Employers <span class="check__count">(0)</span>')
    assert "disabled" not in employers


def test_a_ticked_choice_that_now_finds_nothing_is_not_greyed(client, world):
    # Employers and Learning Finnish have no service in common; both stay plainly ticked.
    page = client.get("/en/services/?group=employers&aim=finnish-language").content.decode()
    employers = choice_markup(page, "group", "employers")
    assert employers.startswith('<div class="check">')
    assert " checked>" in employers
    assert employers.endswith('>Employers <span class="check__count">(0)</span>')


def test_the_counts_cost_a_bounded_number_of_queries(client, world, django_assert_max_num_queries):
    # The cards' reach essentials (place, phone, open now) add four queries a page, not a card.
    with django_assert_max_num_queries(18):
        client.get("/en/services/")
    every_filter = (
        "/en/services/?aim=labour-market&aim=finnish-language&need=hire&need=find-job"
        f"&group=employers&group=all-immigrants&lang=en&lang=fi&org={world.city.pk}"
        f"&org={world.college.pk}"
    )
    # At most one query per facet to check the ticked values exist and one per facet to count
    # (directory.filters), however many values are ticked.
    with django_assert_max_num_queries(21):
        client.get(every_filter)


def test_the_search_page_shows_no_counts(client, world):
    page = client.get("/en/search/?q=Finnish").content.decode()
    assert "check__count" not in page
