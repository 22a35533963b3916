"""Every field of how to reach a service goes out and comes back unchanged, in every format;
and Open Referral's own example becomes a demo region anyone can browse."""

import pytest
from django.utils import translation

from coordination import records
from coordination.tests.test_reach_value import reach_value
from directory.models import Accessibility, Region, Schedule, Service
from directory.tests.factories import OrganizationFactory, ServiceFactory
from interchange import formats
from interchange.demo import SLUG, example_folder, load_open_referral_example
from interchange.export import build_dataset
from interchange.importer import import_dataset
from interchange.tests.support import empty_directory


@pytest.fixture
def described_region(db):
    region = empty_directory("jyvaskyla")
    service = ServiceFactory(organization=OrganizationFactory(region=region))
    value = {**records.snapshot(service), **reach_value()}
    value["schedules"].append(
        {
            "kind": "appointment",
            "freq": "WEEKLY",
            "byday": "TU",
            "opens_at": "13:00",
            "closes_at": "15:00",
            "description": {"en": "Book a time", "ar": "احجز موعدًا"},
        }
    )
    value["schedules"].append(
        {"freq": "WEEKLY", "byday": "FR", "opens_at": "22:00", "closes_at": "02:00"}
    )
    value.update(
        cost="fee",
        interpretation="available",
        integration_plan_required=True,
        web_page={"fi": "https://monikko.example/fi", "en": "https://monikko.example/en"},
    )
    records.apply(service, value)
    return region


@pytest.mark.parametrize("format_key", sorted(formats.FORMATS))
def test_every_reach_field_survives_export_and_import(described_region, format_key):
    first = formats.write(format_key, build_dataset(described_region, "fi"))
    before = records.snapshot(Service.objects.get())

    region = empty_directory("jyvaskyla")
    file_name = f"jyvaskyla.{formats.FORMATS[format_key].extension}"
    report = import_dataset(region, formats.read(file_name, first), apply=True)
    assert report.errors == []

    assert formats.write(format_key, build_dataset(region, "fi")) == first
    after = records.snapshot(Service.objects.get())
    assert after == before
    assert {s.kind for s in Schedule.objects.all()} == {"open", "closed", "appointment"}
    assert Accessibility.objects.get().features == "hearing_loop,step_free_entrance"
    assert after["web_page"]["en"] == "https://monikko.example/en"


def test_the_api_serves_the_profile_fields(client, described_region):
    service = Service.objects.get()
    service.publication_status = Service.Publication.PUBLISHED
    service.save()
    data = client.get(f"/api/hsds/services/{service.pk}?lang=en").json()
    assert data["milestone_cost"] == "fee"
    assert data["milestone_web_page"] == "https://monikko.example/en"
    kinds = {s.get("milestone_kind") for s in data["schedules"]}
    assert kinds == {"open", "closed", "appointment"}
    location = data["service_at_locations"][0]["location"]
    assert location["accessibility"][0]["milestone_features"] == "hearing_loop,step_free_entrance"


pytestmark_example = pytest.mark.skipif(
    not example_folder().exists(), reason=f"{example_folder()} is absent on this machine"
)


@pytestmark_example
def test_the_open_referral_example_is_a_published_demo_region(db, client):
    report = load_open_referral_example()
    assert report.errors == []
    region = Region.objects.get(slug=SLUG)
    assert region.is_demo_data
    service = Service.objects.published().get(organization__region=region)
    with translation.override("en"):
        html = client.get(f"/en/services/{service.pk}/").content.decode()
    assert "Fictional sample data from the Open Referral HSDS 3.0 specification" in html
    assert 'href="tel:+441234234567;ext=100"' in html
    assert "1-30 Main Street" in html
    assert 'href="mailto:email@example.com"' in html
    assert "induction loops" in html
    # Its coordinates (100, 101) are not on Earth: no directions are offered for them.
    assert "geo:" not in html
    # Loading it again changes nothing.
    assert load_open_referral_example().totals().created == 0


def test_the_example_notice_keeps_latin_names_whole_in_arabic_and_persian():
    """In right-to-left text every Latin name is isolated, so that its dots and brackets stay
    where they belong (Arabic readers saw "openreferral.org.) Referral HSDS 3.0")."""
    import re

    from interchange.demo import NOTICE

    for language in ("ar", "fa"):
        outside = re.sub("\u2068[^\u2069]*\u2069", "", NOTICE[language])
        assert not re.search("[A-Za-z]", outside), language
