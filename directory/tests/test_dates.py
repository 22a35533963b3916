"""Dates in words, with each language's grammar (CLDR through Babel), for pages and PDFs."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from directory.dates import long_date, month_and_year, weekday_and_day

APRIL_2 = datetime.date(2025, 4, 2)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", "2. huhtikuuta 2025"),
        ("en", "April 2, 2025"),
        ("ar", "2 أبريل 2025"),
        ("uk", "2 квітня 2025\u202fр."),  # a narrow no-break space before р.
        ("zh-hans", "2025年4月2日"),
        ("sv", "2 april 2025"),
    ],
)
def test_a_long_date_is_written_as_the_language_writes_it(language, expected):
    assert long_date(APRIL_2, language) == expected


def test_a_month_alone_takes_its_own_form():
    assert month_and_year(APRIL_2, "fi") == "huhtikuu 2025"
    assert month_and_year(APRIL_2, "uk") == "квітень 2025\u202fр."


def test_a_day_in_the_coming_weeks_has_its_weekday_and_no_year():
    assert weekday_and_day(APRIL_2, "fi") == "ke 2.4."
    assert weekday_and_day(APRIL_2, "en") == "Wed, Apr 2"


def test_templates_use_the_pages_language_and_say_nothing_for_no_date():
    template = Template("{% load local_dates %}{{ day|long_date }}|{{ none|long_date }}")
    with translation.override("fi"):
        assert template.render(Context({"day": APRIL_2, "none": None})) == "2. huhtikuuta 2025|"


def test_a_language_babel_does_not_know_falls_back_to_the_sites_default():
    assert long_date(APRIL_2, "xx") == "2. huhtikuuta 2025"
