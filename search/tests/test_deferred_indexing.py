"""Many saves, one index update: inside `batched_indexing()` saves are only noted and the index
catches up together at the end (or after the commit); outside it, an editor's save is found at
once, as always."""

import logging
from unittest import mock

import pytest
from django.db import transaction

from directory.tests.factories import OrganizationFactory, ServiceFactory
from directory.translation import TranslatedText
from search import deferred
from search.engine import search
from search.indexing import index_services
from search.models import PendingIndex, SearchDocument
from search.tests.support import names

pytestmark = pytest.mark.django_db


@pytest.fixture
def counted():
    """index_services as the batches call it, counting the calls."""
    with mock.patch.object(deferred, "index_services", wraps=index_services) as spy:
        yield spy


@pytest.fixture
def library(db):
    return OrganizationFactory(name=TranslatedText({"fi": "Kaupunginkirjasto"}))


def club(library, number):
    return ServiceFactory(
        organization=library,
        name=TranslatedText({"fi": f"Lukupiiri {number}"}),
        description=TranslatedText({"fi": f"Kirjaston lukupiiri numero {number}."}),
    )


def test_eevas_save_outside_a_batch_is_searchable_at_once(library, counted):
    circle = club(library, 1)

    assert circle.search_documents.filter(language="fi").exists()
    assert "Lukupiiri 1" in names(search("lukupiiri", limit=50))
    assert counted.call_count == 0  # the signal indexed it itself, not through a batch


def test_saves_in_a_batch_are_indexed_together_when_it_ends(library, counted):
    with deferred.batched_indexing():
        circles = [club(library, n) for n in range(1, 4)]
        assert not SearchDocument.objects.filter(service__in=circles).exists()

    assert counted.call_count == 1
    assert sorted(counted.call_args.args[0]) == sorted(c.pk for c in circles)
    assert SearchDocument.objects.filter(service__in=circles).count() == 3
    assert {"Lukupiiri 1", "Lukupiiri 2", "Lukupiiri 3"} <= set(names(search("lukupiiri")))


def test_a_service_saved_twice_in_a_batch_is_indexed_once_as_it_ended(library, counted):
    with deferred.batched_indexing():
        circle = club(library, 1)
        circle.name = TranslatedText({"fi": "Runopiiri"})
        circle.save()

    assert counted.call_args.args[0] == [circle.pk]
    assert list(circle.search_documents.values_list("name", flat=True)) == ["Runopiiri"]


def test_an_inner_batch_joins_the_outer_one(library, counted):
    with deferred.batched_indexing():
        first = club(library, 1)
        with deferred.batched_indexing(after_commit=True):
            second = club(library, 2)
        assert counted.call_count == 0
        assert not SearchDocument.objects.filter(service__in=[first, second]).exists()

    assert counted.call_count == 1
    assert SearchDocument.objects.filter(service__in=[first, second]).count() == 2


def test_a_large_batch_is_indexed_a_chunk_at_a_time_with_progress(library, counted, monkeypatch):
    monkeypatch.setattr(deferred, "CHUNK", 2)
    with deferred.batched_indexing() as noted:
        circles = [club(library, n) for n in range(1, 6)]
        steps = list(noted.index())

    assert steps == [(2, 5), (4, 5), (5, 5)]
    assert [len(call.args[0]) for call in counted.call_args_list] == [2, 2, 1]
    assert SearchDocument.objects.filter(service__in=circles).count() == 5


def test_after_commit_a_batch_waits_for_the_commit(
    library, counted, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with deferred.batched_indexing(after_commit=True):
            circle = club(library, 1)
        assert not circle.search_documents.exists()  # written, not yet committed

    assert counted.call_count == 1
    assert circle.search_documents.exists()


def test_after_commit_nothing_rolled_back_is_indexed(
    library, counted, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True),
        deferred.batched_indexing(after_commit=True),
    ):
        kept = club(library, 1)
        with pytest.raises(RuntimeError), transaction.atomic():
            club(library, 2)
            raise RuntimeError("the import found an error")

    assert [call.args[0] for call in counted.call_args_list] == [[kept.pk]]
    assert "Lukupiiri 2" not in names(search("lukupiiri", limit=50))


def test_a_failure_after_the_commit_is_logged_with_the_repair(
    library, caplog, django_capture_on_commit_callbacks
):
    failing = mock.patch.object(deferred, "index_services", side_effect=OSError("no model"))
    with (
        failing,
        caplog.at_level(logging.ERROR, logger="search.deferred"),
        django_capture_on_commit_callbacks(execute=True),
        deferred.batched_indexing(after_commit=True),
    ):
        circle = club(library, 1)

    assert circle.pk  # the service stays; only its index rows are behind
    assert "1 saved services" in caplog.text
    assert "run_jobs" in caplog.text
    # On record, for the job worker to index (search.tasks.catch_up_index).
    assert PendingIndex.objects.filter(service=circle).exists()
    assert list(deferred.catch_up()) == [(1, 1)]
    assert not PendingIndex.objects.exists()
    assert "lukupiiri" in str(circle.search_documents.get().name).lower()


def test_deleting_in_a_batch_removes_the_service_from_search_at_once(library, counted):
    circle = club(library, 1)
    search("lukupiiri")  # this process now holds the index in memory

    with deferred.batched_indexing():
        circle.delete()
        assert "Lukupiiri 1" not in names(search("lukupiiri", limit=50))

    assert not SearchDocument.objects.filter(service_id=circle.pk).exists()


def test_an_error_in_a_batch_leaves_it_to_the_commit(
    library, counted, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=False) as callbacks,
        pytest.raises(ValueError),
        deferred.batched_indexing(),
    ):
        circle = club(library, 1)
        raise ValueError("something else went wrong")

    assert counted.call_count == 0  # not indexed while the transaction may still roll back
    assert len(callbacks) == 1
    callbacks[0]()
    assert circle.search_documents.exists()
    assert deferred.current() is None


def test_the_demo_data_indexes_its_services_in_one_call(counted):
    from demodata.loading import load_directory_demo

    with mock.patch("search.signals.index_services") as single:
        summary = load_directory_demo()

    assert single.call_count == 0
    assert counted.call_count == 1
    assert len(counted.call_args.args[0]) == summary.services
    assert SearchDocument.objects.values("service").distinct().count() == summary.services
    assert "kielikahvila" in names(search("kielikahvila"))[0].lower()


def test_an_import_chunk_is_embedded_in_one_call_to_the_model(library):
    """The ONNX backend spreads a call's texts over the cores and sorts them by length only
    within the call: a chunk's passages go to it together, not 32 at a time."""
    from search.embeddings import get_backend

    model = get_backend().backend
    with (
        mock.patch.object(model, "passages", wraps=model.passages) as calls,
        deferred.batched_indexing(),
    ):
        # Names never embedded before in this test session: the memo holds none of them.
        circles = [
            ServiceFactory(
                organization=library,
                name=TranslatedText({"fi": f"Kuorokerho {n}", "en": f"Choir club {n}"}),
                description=TranslatedText({"fi": "Laulamme yhdessä.", "en": "We sing."}),
            )
            for n in range(25)
        ]

    assert [len(call.args[0]) for call in calls.call_args_list] == [50]
    assert SearchDocument.objects.filter(service__in=circles).count() == 50


def test_a_chunk_s_services_are_put_on_record_in_one_insert(library):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    circles = [club(library, n) for n in range(1, 6)]
    noted = deferred.Noted(after_commit=True)
    with CaptureQueriesContext(connection) as queries, transaction.atomic():
        noted.note_many(c.pk for c in circles)

    inserts = [q for q in queries.captured_queries if "search_pendingindex" in q["sql"]]
    assert len(inserts) == 1
    assert set(PendingIndex.objects.values_list("service_id", flat=True)) == {c.pk for c in circles}
