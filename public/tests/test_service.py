"""The service page: everything Amina needs to take part, in her language where it exists."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_page_has_what_who_cost_languages_where_how_and_provider(client, world):
    page = client.get(f"/en/services/{world.course.pk}/").content.decode()
    for text in (
        "Finnish language course",
        "Learn everyday Finnish in a small group.",
        "For all adults.",
        "From 18 years",
        "No Finnish needed",
        "Free of charge.",
        "Arabic",
        "Viitaniementie 1",
        "On Mondays",
        "Sign up online.",
        "kurssi@gradia.example",
        'href="tel:+358401234567"',
        "Gradia",
        "Not yet checked with the provider",
    ):
        assert text in page, text


def test_amina_reads_it_in_arabic_without_a_fallback_note(client, world):
    page = client.get(f"/ar/services/{world.course.pk}/").content.decode()
    assert "دورة اللغة الفنلندية" in page
    assert "fallback-notice" not in page


def test_text_missing_in_arabic_is_shown_in_english_marked_and_with_its_language(client, world):
    page = client.get(f"/ar/services/{world.club.pk}/").content.decode()
    assert "fallback-notice" in page
    assert '<span class="fallback" lang="en" dir="ltr">Career club</span>' in page
    assert 'class="fallback-note"' in page


def test_a_swedish_reader_gets_finnish_first(client, world):
    page = client.get(f"/sv/services/{world.club.pk}/").content.decode()
    assert '<span class="fallback" lang="fi" dir="ltr">Uraklubi</span>' in page


def test_a_reader_who_also_reads_finnish_gets_it_and_every_link_keeps_the_choice(client, world):
    page = client.get(f"/ar/services/{world.club.pk}/?also=fi").content.decode()
    assert '<span class="fallback" lang="fi" dir="ltr">Uraklubi</span>' in page
    assert 'href="/ar/services/?also=fi"' in page
    assert 'class="other-languages" open' in page
    # The language switcher keeps it too, and nothing is stored about the reader.
    assert f'href="/en/services/{world.club.pk}/?also=fi"' in page
    assert client.cookies.get("also") is None


def test_the_other_languages_control_lists_the_languages_the_text_is_written_in(client, world):
    page = client.get(f"/ar/services/{world.club.pk}/").content.decode()
    control = page[page.index('class="other-languages"') :]
    control = control[: control.index("</details>")]
    assert f'href="/ar/services/{world.club.pk}/?also=fi"' in control
    assert 'aria-current="true">English' in control
    assert "?also=ar" not in control and "?also=sv" not in control


def test_an_unknown_second_language_is_ignored(client, world):
    response = client.get(f"/ar/services/{world.club.pk}/?also=xx,<script>")
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<body", 1)[1].split("site.js")[0]


def test_a_demo_region_says_so(client, world):
    page = client.get(f"/fi/services/{world.course.pk}/").content.decode()
    assert 'class="demo-notice"' in page


def test_a_draft_is_not_found(client, world):
    response = client.get(f"/en/services/{world.draft.pk}/")
    assert response.status_code == 404
    assert "Secret draft" not in response.content.decode()


def test_the_last_verified_date_is_shown_when_known(client, world):
    import datetime

    world.club.assured_date = datetime.date(2025, 4, 2)
    world.club.save()
    page = client.get(f"/en/services/{world.club.pk}/").content.decode()
    assert "Last checked with the provider" in page


def test_the_page_is_print_friendly(client, world):
    page = client.get(f"/en/services/{world.course.pk}/").content.decode()
    assert 'media="print"' in page
    assert "print-button" in page


def test_the_service_page_needs_few_queries(client, world, django_assert_max_num_queries):
    # One of them is the directory's stamp (public.kept), read before the page is rendered.
    with django_assert_max_num_queries(17):
        client.get(f"/en/services/{world.course.pk}/")
    # Details a service does not have cost no query at all.
    with django_assert_max_num_queries(7):
        client.get(f"/en/services/{world.club.pk}/")
    # A second reader of the same page gets the kept copy: the stamp is the only query.
    with django_assert_max_num_queries(1):
        client.get(f"/en/services/{world.club.pk}/")


def test_a_russian_date_ending_a_sentence_has_one_full_stop(client, world):
    """Ivan's "Последнее обновление: 6 декабря 2026 г." is followed by one full stop, not "г.."."""
    page = client.get(f"/ru/services/{world.course.pk}/").content.decode()
    assert "Последнее обновление:" in page
    assert "г.." not in page
    statement = client.get("/ru/accessibility/").content.decode()
    assert re.search(r"\d{4}\s?г\. ", statement) and "г.." not in statement
