"""Translations travel: every language goes out, and a plain single-language HSDS file
updates only its own language."""

import pytest

from directory.models import Service
from directory.tests.factories import ServiceFactory
from directory.translation import TranslatedText
from interchange import formats
from interchange.export import build_dataset
from interchange.importer import import_dataset

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return ServiceFactory(
        name=TranslatedText({"fi": "Kielikurssi", "sv": "Språkkurs", "ar": "دورة لغة"})
    )


def test_the_plain_column_has_the_export_language_with_fallback(course):
    dataset = build_dataset(course.organization.region, "en")
    row = dataset.rows["service"][0]

    assert row["name"] == "Kielikurssi"  # no English: the fallback chain's Finnish
    assert (row["name@fi"], row["name@sv"], row["name@ar"]) == (
        "Kielikurssi",
        "Språkkurs",
        "دورة لغة",
    )
    assert row["name@en"] == ""  # the provider has English text, this service has none


def test_a_plain_hsds_file_updates_one_language_and_keeps_the_others(course):
    csv = (
        "id,organization_id,name,status\r\n"
        f"{course.pk},{course.organization_id},Language course,active\r\n"
    ).encode()

    report = import_dataset(
        course.organization.region, formats.read("services.csv", csv, "en"), apply=True
    )

    assert report.errors == []
    assert Service.objects.get().name.as_dict() == {
        "fi": "Kielikurssi",
        "sv": "Språkkurs",
        "ar": "دورة لغة",
        "en": "Language course",
    }


def test_an_empty_language_cell_removes_that_translation(course):
    csv = (
        "id,organization_id,name@fi,name@sv,status\r\n"
        f"{course.pk},{course.organization_id},Kielikurssi,,active\r\n"
    ).encode()

    import_dataset(course.organization.region, formats.read("services.csv", csv), apply=True)

    assert Service.objects.get().name.as_dict() == {"fi": "Kielikurssi", "ar": "دورة لغة"}


def test_a_preview_reports_without_writing(course):
    csv = (
        "id,organization_id,name@fi,status\r\n"
        f"{course.pk},{course.organization_id},Uusi nimi,active\r\n"
    ).encode()

    report = import_dataset(
        course.organization.region, formats.read("services.csv", csv), apply=False
    )

    assert report.counts["service"].updated == 1
    assert Service.objects.get().name.exact("fi") == "Kielikurssi"


def test_another_regions_records_are_refused(course):
    from directory.tests.factories import RegionFactory

    postojna = RegionFactory(slug="postojna")
    data = formats.write("json", build_dataset(course.organization.region, "fi"))

    report = import_dataset(postojna, formats.read("x.json", data), apply=True)

    assert report.errors and report.errors[0].column == "id"
    assert "another region" in report.errors[0].message


def test_a_new_service_cannot_join_another_regions_organization(course):
    from directory.tests.factories import RegionFactory

    postojna = RegionFactory(slug="postojna")
    csv = (
        "id,organization_id,name@en,status\r\n"
        f"00000000-0000-4000-8000-000000000009,{course.organization_id},Sneaky,active\r\n"
    ).encode()

    report = import_dataset(postojna, formats.read("services.csv", csv), apply=True)

    assert [(e.row, e.column) for e in report.errors] == [(2, "organization_id")]
    assert Service.objects.count() == 1


def test_a_location_of_nobody_is_imported_with_a_warning(course):
    csv = "id,location_type,name\r\n00000000-0000-4000-8000-00000000000a,physical,Depot\r\n"

    report = import_dataset(
        course.organization.region, formats.read("locations.csv", csv.encode(), "en"), apply=True
    )

    assert report.errors == []
    assert [(w.file, w.row, w.column) for w in report.warnings] == [("locations.csv", 2, "id")]
    assert "will not include it" in report.warnings[0].message
