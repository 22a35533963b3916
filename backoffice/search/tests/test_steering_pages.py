"""Satu pins services and adds synonyms, sees their effect on the judged queries before saving,
and turns the unmet searches into either with one click."""

import pytest
from django.urls import reverse

from directory.demo.loader import demo_uuid
from directory.models import Region, TaxonomyTerm
from search.models import BestBet, JudgedQuery, SteeringState, Synonym, UnmetSearch

pytestmark = pytest.mark.django_db


def url(staff, name, *args):
    return reverse(f"backoffice:{name}", args=[staff.region.slug, *args])


def bet_form(**changes):
    form = {
        "term": "",
        "pattern": "",
        "pattern_language": "",
        "service": str(demo_uuid("service", "entrepreneurship-advice")),
        "position": "1",
    }
    form.update(changes)
    return form


def test_satu_pins_a_service_to_words_and_it_counts_at_once(client, staff):
    client.force_login(staff.satu)
    version = SteeringState.objects.get().version
    page = client.post(
        url(staff, "search-best-bet-new"),
        bet_form(pattern="starttiraha", pattern_language="fi", note_en="Start here."),
    )
    assert page.status_code == 302
    bet = BestBet.objects.get(pattern="starttiraha")
    assert bet.changed_by == staff.satu and bet.note.get("en").text == "Start here."
    assert SteeringState.objects.get().version != version  # the rules moved on


def test_a_preview_shows_the_effect_and_saves_nothing(client, staff):
    JudgedQuery.objects.filter(region=staff.region).exclude(
        text="haluan perustaa oman yrityksen"
    ).delete()
    client.force_login(staff.satu)
    page = client.post(
        url(staff, "search-best-bet-new"),
        bet_form(
            pattern="yrityksen",
            pattern_language="fi",
            service=str(demo_uuid("service", "imago-coaching")),
            preview="1",
        ),
    )
    assert page.status_code == 200
    preview = page.context["preview"]
    assert preview["after"].mrr < preview["before"].mrr  # pinning the wrong service shows
    assert preview["changed"]
    assert not BestBet.objects.filter(pattern="yrityksen").exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({}, "Choose a need or write the words"),
        ({"pattern": "yritys", "term": "need"}, "Choose a need or write the words"),
        ({"pattern": "yritys", "position": "0"}, "greater than or equal to 1"),
    ],
)
def test_satu_is_told_what_is_wrong_with_a_best_bet(client, staff, changes, message):
    if changes.get("term") == "need":
        changes["term"] = str(
            TaxonomyTerm.objects.get(taxonomy__code="need", code="start-business").pk
        )
    client.force_login(staff.satu)
    count = BestBet.objects.count()
    page = client.post(url(staff, "search-best-bet-new"), bet_form(**changes))
    assert page.status_code == 200
    assert message in page.content.decode()
    assert BestBet.objects.count() == count


def test_another_regions_service_cannot_be_pinned(client, staff):
    from directory.tests.factories import OrganizationFactory, ServiceFactory

    elsewhere = ServiceFactory(
        organization=OrganizationFactory(region=Region.objects.get(slug="linkoping"))
    )
    client.force_login(staff.satu)
    page = client.post(
        url(staff, "search-best-bet-new"), bet_form(pattern="yritys", service=str(elsewhere.pk))
    )
    assert page.status_code == 200
    assert not BestBet.objects.filter(service=elsewhere).exists()


def test_satu_adds_and_removes_a_synonym(client, staff):
    client.force_login(staff.satu)
    page = client.post(
        url(staff, "search-synonym-new"),
        {"variants": "fi: juttutupa\nfi: kielikahvila\nen: language café"},
    )
    assert page.status_code == 302
    synonym = Synonym.objects.filter(region=staff.region).latest("pk")
    assert [v["text"] for v in synonym.variants] == ["juttutupa", "kielikahvila", "language café"]
    client.post(url(staff, "search-synonym-delete", synonym.pk))
    assert not Synonym.objects.filter(pk=synonym.pk).exists()


def test_a_synonym_with_one_variant_is_refused_with_a_reason(client, staff):
    client.force_login(staff.satu)
    page = client.post(url(staff, "search-synonym-new"), {"variants": "fi: juttutupa"})
    assert page.status_code == 200
    assert "Write at least two variants" in page.content.decode()


def test_vera_may_read_but_not_change_the_steering(client, staff):
    client.force_login(staff.vera)
    assert client.get(url(staff, "search-best-bets")).status_code == 200
    assert client.get(url(staff, "search-synonyms")).status_code == 200
    assert client.get(url(staff, "search-best-bet-new")).status_code == 403
    assert client.post(url(staff, "search-synonym-new"), {"variants": "a\nb"}).status_code == 403


def test_unmet_searches_become_one_click_suggestions(client, staff):
    for text in ["Juttutupa", "juttutupa ", "JUTTUTUPA"]:
        UnmetSearch.objects.create(query=text, detected_language="fi", result_count=0, region="")
    client.force_login(staff.satu)
    page = client.get(url(staff, "search-suggestions"))
    (group,) = [g for g in page.context["groups"] if g.text.lower().strip() == "juttutupa"]
    assert group.searches == 3 and group.without_results == 3
    html = page.content.decode()
    assert "?variant=" in html and "?pattern=" in html
    form = client.get(url(staff, "search-synonym-new"), {"variant": group.text, "language": "fi"})
    assert form.context["form"].initial["variants"].startswith("fi: ")
