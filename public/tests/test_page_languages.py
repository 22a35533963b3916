"""Every page speaks the reader's language: a region's or a good practice's name is shown in
the page's language, or, where it is not yet translated, marked as another language (its own
`lang`, or the "not yet translated" note where no markup can go) as services' texts are.

Yusuf reads the site in Arabic, Oksana in Ukrainian, Li in Chinese, Aino in Finnish: each
walks the public pages of the demo site, and no partner region or practice may turn up in
another language unannounced."""

import re
from html.parser import HTMLParser

import pytest
from django.utils import translation

from directory.templatetags.translated import fallback_note
from directory.translation import Resolved

LANGUAGES = ["ar", "uk", "zh-hans", "fi", "en"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo directory, its events and the policy-learning workspace, loaded once for the
    module's read-only walks and rolled back after it."""
    from django.db import transaction

    from demodata.loading import load_directory_demo, load_learning_workspace_demo
    from events.demo import load_demo_events

    with django_db_blocker.unblock(), transaction.atomic():
        load_directory_demo()
        load_learning_workspace_demo()
        load_demo_events()
        yield
        transaction.set_rollback(True)


class _Texts(HTMLParser):
    """The page's text nodes, each with the language it is marked as (the nearest `lang`) and
    whether it is a proper name left untranslated on purpose (`translate="no"`)."""

    def __init__(self):
        super().__init__()
        self.stack = []  # (tag, lang, translate_no)
        self.texts = []

    def _current(self):
        return self.stack[-1] if self.stack else (None, "", False)

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        attrs = dict(attrs)
        _tag, lang, no = self._current()
        self.stack.append(
            (tag, (attrs.get("lang") or lang).lower(), no or attrs.get("translate") == "no")
        )

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        tag, lang, no = self._current()
        if data.strip() and tag not in ("script", "style"):
            self.texts.append((data, lang, no))


def _names():
    """(what, {language: name}) of every region and published practice."""
    from directory.models import Region
    from learning.models import GoodPractice

    names = [(f"region {r.slug}", r.name.as_dict()) for r in Region.objects.all()]
    names += [(f"practice {p.slug}", p.title.as_dict()) for p in GoodPractice.objects.public()]
    return names


SEPARATORS = re.compile(r"\s*(?:·|,|:|;|\(|\)|\n|–)\s*")


def _shows(text, name) -> bool:
    """Whether the text shows the name as a name, not as a word inside another name (the
    service "International House Jyväskylä" is not the region Jyväskylä)."""
    if len(name) >= 20:
        return name in text
    return name == text.strip() or name in SEPARATORS.split(text.strip())


def _unmarked(html, page_language, names):
    """Names shown in another language than the page's without a mark saying so."""
    parser = _Texts()
    parser.feed(html)
    found = []
    for what, values in names:
        own = values.get(page_language, "")
        for language, name in values.items():
            if language == page_language or not name or name in own:
                continue
            with translation.override(page_language):
                note = fallback_note(Resolved(name, language, page_language))
            for text, lang, proper_name in parser.texts:
                if (
                    lang == page_language
                    and not proper_name
                    and note not in text
                    and _shows(text, name)
                ):
                    found.append(f"{what}: {name!r} ({language}) in {text.strip()[:80]!r}")
    return found


def _public_pages(language):
    from directory.models import Region, Service
    from learning.models import GoodPractice

    service = Service.objects.published().order_by("pk").first()
    pages = [
        f"/{language}/",
        f"/{language}/services/",
        f"/{language}/search/?q=finnish",
        f"/{language}/services/{service.pk}/",
        f"/{language}/organizations/",
        f"/{language}/events/",
        f"/{language}/good-practices/",
        f"/{language}/navigator/result/?audience=employer&goals=hire",
        f"/{language}/navigator/result/?audience=resident&goals=learn_finnish",
    ]
    pages += [f"/{language}/services/?region={region.slug}" for region in Region.objects.all()]
    pages += [f"/{language}/good-practices/?region={r.slug}" for r in Region.objects.all()]
    pages += [f"/{language}/good-practices/{p.slug}/" for p in GoodPractice.objects.public()]
    return pages


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_site")
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_public_page_shows_a_region_or_practice_in_another_language_unmarked(client, language):
    names = _names()
    assert len(names) > 12  # the twelve regions and their practices
    problems = []
    for url in _public_pages(language):
        response = client.get(url)
        assert response.status_code == 200, url
        problems += [
            f"{url}: {problem}" for problem in _unmarked(response.content.decode(), language, names)
        ]
    assert problems == []


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_site")
def test_the_arabic_library_names_the_regions_in_arabic(client):
    html = client.get("/ar/good-practices/").content.decode()
    assert "بوميرانيا الغربية" in html and "مقاطعة بورغنلاند" in html
    assert "Länsi-Pommeri" not in html and "Burgenlandkreisin piirikunta" not in html


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_site")
def test_a_practice_written_in_spanish_says_so_on_an_english_page(client):
    html = client.get("/en/good-practices/asco-integration-services-coordination-table/")
    html = html.content.decode()
    assert '<div class="fallback" lang="es" dir="ltr"><p>Una mesa de coordinación' in html
    assert "(in Spanish: not yet translated)" in html
    assert "Some of this text is not yet available in your language." in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "written"),
    [("fi", "27. marraskuuta 2026"), ("en", "November 27, 2026"), ("ar", "27 نوفمبر 2026")],
)
def test_a_date_on_a_page_is_written_as_the_pages_language_writes_it(client, language, written):
    html = client.get(f"/{language}/accessibility/").content.decode()
    assert written in html


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_site")
def test_the_calendars_days_are_headed_as_finnish_writes_a_date(client):
    html = client.get("/fi/events/").content.decode()
    headings = re.findall(r'<h2 id="day-\d+">([^<]+)</h2>', html)
    assert headings
    # "maanantai 7. joulukuuta 2026": the weekday, the day with a full stop, the month in the
    # partitive; never "7 joulukuu".
    assert all(re.fullmatch(r"\w+ \d{1,2}\. \w+ta \d{4}", heading) for heading in headings)
