"""Learning across regions: Jyväskylä's weaknesses find the other partners' practices that answer
them, even when those are written in Polish, Swedish, German, Slovenian or Spanish."""

import pytest

from learning.matching import match

pytestmark = pytest.mark.django_db


def test_jyvaskylas_weaknesses_find_relevant_practices_of_other_regions(learning_demo):
    needs = match(learning_demo)
    by_text = {need.text.get("en").text[:40]: need for need in needs}

    def best(start):
        need = next(need for key, need in by_text.items() if key.startswith(start))
        return need.matches[0].practice.slug if need.matches else None, need

    # The development theme "joint communication" finds West Pomerania's one-stop shop.
    slug, need = best("Lack of joint / one-stop-shop")
    assert slug == "west-pomerania-one-stop-information-point"
    assert "one-stop" in " ".join(need.matches[0].reasons).casefold()
    # "Network coordination" finds Ascó's coordination table, described in Spanish only.
    assert best("Lack of coordination and information")[0] == (
        "asco-integration-services-coordination-table"
    )
    assert best("Devaluation or lack of recognition")[0] == "linkoping-workplace-skills-validation"
    slug, need = best("Prejudiced and biased labor market")
    assert slug == "burgenlandkreis-employer-welcome-guides"
    assert any("same challenge" in reason for reason in need.matches[0].reasons)
    # The challenges of the policy instrument are matched too.
    assert best("Differences in work culture")[0] == "groningen-intercultural-onboarding"
    assert best("Finnish language barrier")[0] == "postojna-workplace-language-mentors"
    # Jyväskylä is never shown its own practices, and an unrelated weakness shows nothing.
    assert all(m.practice.region != learning_demo for need in needs for m in need.matches)
    assert best("High bureaucracy")[0] is None


def test_a_region_without_swot_or_instrument_has_nothing_to_match(jyvaskyla):
    assert match(jyvaskyla) == []
