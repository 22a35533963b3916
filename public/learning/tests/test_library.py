"""/<lang>/good-practices/: a newcomer's adviser searches the partners' validated practices in
her own language and finds one written in Swedish; drafts never show."""

# ruff: noqa: F811 - the personas are fixtures, named again as test arguments
import pytest

from directory.translation import TranslatedText
from learning.models import GoodPractice
from learning.tests.factories import GoodPracticeFactory
from learning.tests.personas import jyvaskyla, west_pomerania  # noqa: F401

pytestmark = pytest.mark.django_db
VALIDATED = GoodPractice.Status.VALIDATED


@pytest.fixture
def library(jyvaskyla, west_pomerania):
    GoodPracticeFactory(
        region=west_pomerania,
        slug="validering",
        status=VALIDATED,
        title=TranslatedText({"sv": "Validering av utländsk yrkeskompetens på arbetsplatsen"}),
        challenge_addressed=TranslatedText({"sv": "Utländska meriter erkänns inte."}),
        description=TranslatedText({"sv": "Nyanlända visar sina yrkeskunskaper i praktiska prov."}),
    )
    GoodPracticeFactory(
        region=jyvaskyla,
        slug="jutuklubi",
        status=VALIDATED,
        title=TranslatedText({"fi": "Jutuklubi – avoin suomen kielen harjoitusklubi"}),
        challenge_addressed=TranslatedText({"fi": "Suomen kielen taidon puute."}),
        description=TranslatedText({"fi": "Avoin klubi suomen puhumisen harjoitteluun."}),
    )
    GoodPracticeFactory(region=jyvaskyla, slug="secret-draft")


def test_the_library_lists_validated_practices_only(client, library):
    page = client.get("/en/good-practices/").content.decode()
    assert "Validering av utländsk" in page
    assert "Jutuklubi" in page
    assert "secret-draft" not in page
    assert client.get("/en/good-practices/secret-draft/").status_code == 404


def test_a_finnish_query_finds_the_swedish_practice_first(client, library):
    page = client.get("/fi/good-practices/", {"q": "ulkomailla hankitun osaamisen tunnustaminen"})
    hits = page.context["hits"]
    assert hits[0].practice.slug == "validering"
    assert "Validering" in hits[0].reason or "Utländska" in hits[0].reason


def test_an_arabic_query_about_language_practice_finds_the_language_club(client, library):
    page = client.get("/ar/good-practices/", {"q": "نادي لممارسة التحدث باللغة الفنلندية"})
    assert page.context["hits"][0].practice.slug == "jutuklubi"


def test_filtering_by_region(client, library):
    page = client.get("/en/good-practices/", {"region": "jyvaskyla"})
    assert [hit.practice.slug for hit in page.context["hits"]] == ["jutuklubi"]


def test_an_unknown_region_is_a_message_not_an_error(client, library):
    page = client.get("/en/good-practices/", {"region": "atlantis"})
    assert page.status_code == 200
    assert "Choose a region and a theme from the lists." in page.content.decode()


def test_a_practice_page_shows_the_interreg_fields(client, library):
    page = client.get("/en/good-practices/validering/").content.decode()
    assert "Challenge addressed" in page
    assert "Potential for learning or transfer" in page
    assert 'lang="sv"' in page


def test_the_library_exports_as_csv(client, library):
    answer = client.get("/en/good-practices/export.csv")
    assert answer["Content-Type"].startswith("text/csv")
    rows = answer.content.decode().splitlines()
    assert len(rows) == 3
    assert "secret-draft" not in answer.content.decode()


def test_a_formula_in_a_practice_cannot_run_in_the_downloaded_spreadsheet(client, jyvaskyla):
    GoodPracticeFactory(
        region=jyvaskyla,
        slug="formula",
        status=VALIDATED,
        title=TranslatedText({"en": '=HYPERLINK("http://example.org","click")'}),
    )
    text = client.get("/en/good-practices/export.csv").content.decode()
    assert '\'=HYPERLINK(""http://example.org"",""click"")' in text
