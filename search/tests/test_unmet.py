"""What newcomers look for and do not find reaches the network coordinator, without anything
about who they are."""

from datetime import timedelta

import pytest
from django.utils import timezone

from directory.filters import ServiceFilters
from search import unmet
from search.engine import search
from search.models import UnmetSearch

pytestmark = pytest.mark.django_db


def test_a_search_with_no_results_is_recorded(services):
    result = search("pizza delivery", filters=ServiceFilters(region="nowhere"))
    assert result.total == 0
    (record,) = UnmetSearch.objects.all()
    assert record.query == "pizza delivery"
    assert record.detected_language == "en"
    assert record.result_count == 0
    assert record.region == "nowhere"


def test_the_page_language_is_kept_beside_the_words_language(services):
    search("pizza delivery", filters=ServiceFilters(region="nowhere"), language="so")
    (record,) = UnmetSearch.objects.all()
    assert (record.detected_language, record.page_language) == ("en", "so")


def test_gibberish_is_low_confidence_and_recorded(services):
    result = search("xyzzy plugh qwerty")
    assert result.low_confidence
    assert UnmetSearch.objects.filter(query="xyzzy plugh qwerty").exists()


def test_a_good_search_is_not_recorded(services):
    result = search("kielikahvila")
    assert not result.low_confidence and result.total
    assert not UnmetSearch.objects.exists()


def test_callers_may_opt_out(services):
    search("xyzzy plugh qwerty", record_unmet=False)
    assert not UnmetSearch.objects.exists()


def test_nothing_about_the_person_is_kept():
    fields = {field.name for field in UnmetSearch._meta.get_fields()}
    assert fields == {
        "id",
        "query",
        "detected_language",
        "page_language",  # the page's, not the person's: one of the site's 13
        "result_count",
        "top_score",
        "region",
        "searched_at",
    }


def test_the_coordinator_sees_recent_unmet_searches_by_region(db):
    old = UnmetSearch.objects.create(query="old", result_count=0, region="jyvaskyla")
    UnmetSearch.objects.filter(pk=old.pk).update(searched_at=timezone.now() - timedelta(days=40))
    here = UnmetSearch.objects.create(query="here", result_count=0, region="jyvaskyla")
    anywhere = UnmetSearch.objects.create(query="anywhere", result_count=1)
    UnmetSearch.objects.create(query="there", result_count=0, region="postojna")
    since = timezone.now() - timedelta(days=30)
    assert list(unmet.recent(region="jyvaskyla", since=since)) == [anywhere, here]
    assert unmet.recent().count() == 4


def test_unmet_searches_are_deleted_after_the_retention_daily(settings):
    settings.UNMET_SEARCH_RETENTION_DAYS = 30
    old = UnmetSearch.objects.create(query="talo bixin", result_count=0)
    recent = UnmetSearch.objects.create(query="uimahalli", result_count=0)
    UnmetSearch.objects.filter(pk=old.pk).update(searched_at=timezone.now() - timedelta(days=31))

    from django.core.management import call_command

    call_command("purge_unmet_searches", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert list(UnmetSearch.objects.values_list("pk", flat=True)) == [recent.pk]
    assert unmet.purge_expired() == 0  # idempotent
