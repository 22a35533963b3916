"""An import updates the search index once, in batches, after its rows are committed: never one
service at a time, never for a preview or a failed import."""

import io
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import transaction

from directory.models import Service
from directory.tests.factories import OrganizationFactory, RegionFactory, ServiceFactory
from directory.translation import TranslatedText
from interchange import formats
from interchange.export import build_dataset
from interchange.importer import import_dataset
from interchange.tests.support import empty_directory
from search import deferred, signals
from search.engine import search
from search.indexing import index_services
from search.models import SearchDocument


@pytest.fixture
def index_calls():
    """index_services as called by batches and by single saves, counted apart."""
    with (
        mock.patch.object(deferred, "index_services", wraps=index_services) as batched,
        mock.patch.object(signals, "index_services", wraps=index_services) as single,
    ):
        yield batched, single


def data_package(count: int) -> bytes:
    """A region's directory of `count` services as an HSDS data package."""
    region = RegionFactory(slug="tartu", languages=["fi", "en"])
    organization = OrganizationFactory(region=region)
    for number in range(count):
        ServiceFactory(
            organization=organization,
            name=TranslatedText({"fi": f"Kotoutumiskurssi {number}"}),
            description=TranslatedText({"fi": f"Suomen kieltä ja arkea, ryhmä {number}."}),
        )
    return formats.write("datapackage", build_dataset(region, "fi"))


@pytest.fixture
def package(db):
    return data_package(30)


def found(query: str) -> set[str]:
    return {str(hit.service.name) for hit in search(query, limit=100, record_unmet=False).hits}


@pytest.mark.django_db(transaction=True)
def test_kaisa_imports_30_services_and_all_are_searchable_right_after(index_calls):
    """As on the command line: the import commits, then the index catches up in one call."""
    data = data_package(30)
    region = empty_directory("tartu")
    batched, single = index_calls
    single.reset_mock()  # the services written to make the package

    report = import_dataset(region, formats.read("tartu.zip", data), apply=True)

    assert report.errors == []
    assert report.totals().created == 31  # the organization and its 30 services
    assert single.call_count == 0
    assert batched.call_count == 1
    assert len(batched.call_args.args[0]) == 30
    assert SearchDocument.objects.count() == 30
    assert {f"Kotoutumiskurssi {n}" for n in range(30)} <= found("kotoutumiskurssi")


@pytest.mark.django_db(transaction=True)
def test_the_command_shows_the_index_catching_up_after_the_import(index_calls, tmp_path):
    (tmp_path / "tartu.zip").write_bytes(data_package(30))
    region = empty_directory("tartu")
    batched, _single = index_calls
    errors = io.StringIO()

    call_command(
        "import_directory", str(tmp_path / "tartu.zip"), "--region", region.slug, stderr=errors
    )

    assert batched.call_count == 1
    assert "30/30" in errors.getvalue()  # the progress bar
    assert SearchDocument.objects.count() == 30


def test_the_index_waits_for_the_commit_of_the_staff_pages_transaction(
    package, index_calls, django_capture_on_commit_callbacks
):
    """The staff page imports inside its own transaction: the index follows when that commits."""
    region = empty_directory("tartu")
    batched, _single = index_calls

    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        import_dataset(region, formats.read("tartu.zip", package), apply=True)
        assert batched.call_count == 0
        assert not SearchDocument.objects.exists()

    assert batched.call_count == 1
    assert SearchDocument.objects.count() == 30


def test_a_failed_import_leaves_no_index_rows(
    package, index_calls, django_capture_on_commit_callbacks
):
    region = empty_directory("tartu")
    dataset = formats.read("tartu.zip", package)
    dataset.source["service"][-1].values["status"] = "sometimes"
    batched, single = index_calls

    with django_capture_on_commit_callbacks(execute=True):
        report = import_dataset(region, dataset, apply=True)

    assert report.errors
    assert not Service.objects.exists()
    assert not SearchDocument.objects.exists()
    assert (batched.call_count, single.call_count) == (0, 0)


def test_a_preview_embeds_nothing(package, index_calls, django_capture_on_commit_callbacks):
    region = empty_directory("tartu")
    batched, single = index_calls

    with django_capture_on_commit_callbacks(execute=True):
        report = import_dataset(region, formats.read("tartu.zip", package), apply=False)

    assert report.totals().created == 31
    assert not SearchDocument.objects.exists()
    assert (batched.call_count, single.call_count) == (0, 0)


def test_a_service_missing_from_the_file_stays_searchable(
    package, django_capture_on_commit_callbacks
):
    """Imports never delete: a service the file leaves out keeps its index rows."""
    region = empty_directory("tartu")
    organization = OrganizationFactory(region=region)
    own = ServiceFactory(
        organization=organization,
        name=TranslatedText({"fi": "Naapuruston kielikahvila"}),
        description=TranslatedText({"fi": "Keskustelua suomeksi kahvin äärellä."}),
    )

    with django_capture_on_commit_callbacks(execute=True):
        report = import_dataset(region, formats.read("tartu.zip", package), apply=True)

    assert report.errors == []
    assert Service.objects.filter(pk=own.pk).exists()
    assert own.search_documents.count() == 1
    assert "Naapuruston kielikahvila" in found("kielikahvila")
    assert SearchDocument.objects.count() == 31
