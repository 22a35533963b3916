"""Satu brings Jyväskylä's services in from PTV and keeps them in step, without losing what her
network wrote itself."""

import datetime
from decimal import Decimal

import pytest

from directory import models as directory
from directory.tests.factories import TaxonomyTermFactory, tag
from directory.translation import TranslatedText
from interchange.models import ImportBatch, ImportChange, PtvRecord
from interchange.ptv.client import PtvUnreachable
from interchange.ptv.divergence import divergences
from interchange.ptv.sync import sync_ptv

from .conftest import ADVICE, CITY, COURSE, DESK, INSTITUTE, POINT, TRAINING, changed, recorded


def local(kind, ptv_id):
    record = PtvRecord.objects.get(kind=kind, ptv_id=ptv_id)
    model = {
        "service": directory.Service,
        "location": directory.Location,
        "organization": directory.Organization,
    }[kind]
    return model.objects.get(pk=record.record_id)


@pytest.fixture
def imported(jyvaskyla, satu, client):
    return sync_ptv(jyvaskyla, "179", client=client, user=satu)


def test_satu_imports_her_municipalitys_services(imported, jyvaskyla, satu):
    assert imported.source == ImportBatch.Source.PTV
    assert imported.status == ImportBatch.Status.APPLIED
    assert imported.uploaded_by == satu
    counts = imported.report["counts"]
    assert counts["service"]["created"] == 3
    assert counts["location"]["created"] == 2
    assert counts["organization"]["created"] == 2
    assert directory.Service.objects.in_region(jyvaskyla).count() == 3
    assert ImportChange.objects.filter(batch=imported, action="created").count() == 7


def test_a_service_keeps_ptvs_three_languages(imported):
    course = local("service", COURSE)

    assert course.name == TranslatedText(
        {
            "fi": "Suomen kielen alkeiskurssi",
            "sv": "Nybörjarkurs i finska",
            "en": "Finnish for beginners",
        }
    )
    assert course.alternate_name.exact("fi") == "Suomi 1"
    assert course.description.exact("fi") == (
        "Kurssilla opit suomen kielen alkeet.\n\n"
        "Kurssi kokoontuu kahdesti viikossa. Opit arjen sanastoa ja puhumista."
    )
    assert course.application_process.exact("en") == "Enrol online or call the advice line."
    assert course.fees_description.exact("sv") == "Avgiftsfri."
    assert course.alert.exact("fi") == "Ilmoittautuminen päättyy 31.1."
    assert course.wait_time.exact("fi") == "Noin kaksi viikkoa."
    assert course.eligibility_description.exact("en") == "Your home municipality is Jyväskylä."
    assert course.language_codes() == ["en", "fi"]
    assert course.status == directory.Service.Status.ACTIVE
    assert course.publication_status == directory.Service.Publication.PUBLISHED
    assert course.organization.name.exact("fi") == "Testikaupunki"


def test_the_services_classes_are_taxonomy_terms_with_their_uris(imported):
    course = local("service", COURSE)

    terms = {
        (t.taxonomy.code, t.code, t.term_uri)
        for t in (a.taxonomy_term for a in course.attributes.all())
    }
    assert terms == {
        ("ptv-target-group", "KR1", "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1"),
        ("ptv-target-group", "KR1.2", "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1.2"),
        ("ptv-service-class", "P10.6", "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P10.6"),
        (
            "ptv-ontology-term",
            "http://www.yso.fi/onto/koko/p33451",
            "http://www.yso.fi/onto/koko/p33451",
        ),
    }
    immigrants = directory.TaxonomyTerm.objects.get(code="KR1.2")
    assert immigrants.attributes.count() == 2  # the course and the advice share the term


def test_phone_e_service_and_web_page_channels_give_the_service_its_contacts(imported):
    course = local("service", COURSE)
    advice = local("service", ADVICE)
    training = local("service", TRAINING)

    assert course.url == "https://example.org/ilmoittaudu"  # the e-service before web pages
    assert course.email == "kurssit@example.org"
    phone = course.phones.get()
    assert (phone.number, phone.type) == ("+358000000002", "voice")
    assert phone.description.exact("en") == "Advice line"
    assert advice.url == "https://example.org/neuvonta"
    # A nationwide line the municipality's channel list lacks, fetched by its id.
    assert training.phones.get().number == "+358000000003"


def test_a_location_given_in_tm35fin_metres_is_placed_in_degrees(imported):
    point = local("location", POINT)

    assert abs(point.latitude - Decimal("62.2415")) < Decimal("0.00001")
    assert abs(point.longitude - Decimal("25.7482")) < Decimal("0.00001")
    desk = local("location", DESK)
    assert (desk.latitude, desk.longitude) == (Decimal("62.241500"), Decimal("25.748200"))


def test_a_service_location_brings_its_address_accessibility_and_contacts(imported):
    point = local("location", POINT)

    assert point.name.exact("sv") == "Integrationspunkten"
    assert point.transportation.exact("en") == "Entrance from the yard."
    assert point.url == "https://example.org/kotoutumispiste"
    assert point.external_identifier == POINT
    street, box = sorted(point.addresses.all(), key=lambda a: a.address_type)
    assert (street.address_1, street.postal_code, street.city, street.address_type) == (
        "Testikatu 1",
        "40100",
        "Jyväskylä",
        "physical",
    )
    assert (box.address_1, box.postal_code, box.address_type) == ("PL 1", "40101", "postal")
    entrance = point.accessibility.get()
    assert entrance.description.exact("en") == "Entrance"
    assert (
        entrance.details.exact("fi") == "Sisäänkäynnillä on luiska.\nOvi avautuu automaattisesti."
    )
    assert point.phones.get().number == "+358000000001"
    assert point.contacts.get().email == "kotoutumispiste@example.org"
    assert sorted(lang.code for lang in point.languages.all()) == ["ar", "en", "fi"]
    assert point.organization == local("organization", CITY)


def test_service_hours_become_hsds_schedules(imported):
    point = local("location", POINT)
    rows = {(s.freq, s.byday, s.opens_at, s.closes_at): s for s in point.schedules.all()}

    weekdays = rows[("WEEKLY", "MO,TU,WE,TH", datetime.time(9), datetime.time(16))]
    assert weekdays.valid_from is None
    assert ("WEEKLY", "FR", datetime.time(9), datetime.time(14)) in rows
    night = rows[("WEEKLY", "FR", datetime.time(22), datetime.time(2))]  # closes the next morning
    assert night.description.exact("fi") == "Yöneuvonta"
    christmas = rows[("", "", None, None)]
    assert (christmas.dtstart, christmas.valid_from, christmas.valid_to) == (
        datetime.date(2026, 12, 24),
        datetime.date(2026, 12, 24),
        datetime.date(2026, 12, 26),
    )
    assert christmas.notes.exact("en") == "Closed"
    assert christmas.description.exact("en") == "Christmas"


def test_connections_become_services_at_locations_with_their_own_hours(imported):
    course = local("service", COURSE)
    training = local("service", TRAINING)
    point = local("location", POINT)

    at = course.service_at_locations.get()
    assert at.location == point
    assert at.description.exact("fi") == "Kurssi pidetään luokassa 2."
    assert sorted((s.byday, s.opens_at) for s in at.schedules.all()) == [
        ("TH", datetime.time(17)),
        ("TU", datetime.time(17)),
    ]
    assert at.schedules.first().valid_to == datetime.date(2026, 12, 15)
    assert training.service_at_locations.get().location == point


def test_organizations_come_with_their_identifiers_and_parent(imported):
    city = local("organization", CITY)
    institute = local("organization", INSTITUTE)

    assert city.kind == directory.Organization.Kind.MUNICIPALITY
    assert city.email == "kirjaamo@example.org"
    assert city.website == "https://example.org/testikaupunki"
    assert [(i.identifier_scheme, i.identifier) for i in city.identifiers.all()] == [
        ("FI-Y", "0000000-1")
    ]
    assert institute.parent_organization == city
    assert institute.kind == directory.Organization.Kind.NGO
    assert local("service", TRAINING).organization.name.exact("fi") == "Esimerkkiopisto"


def test_areas_name_where_the_service_is_offered(imported):
    assert [a.name.exact("fi") for a in local("service", ADVICE).service_areas.all()] == [
        "Koko Suomi"
    ]
    training_areas = sorted(
        a.name.exact("fi") for a in local("service", TRAINING).service_areas.all()
    )
    assert training_areas == ["Jyväskylä", "Äänekoski"]


def test_running_it_again_with_nothing_changed_in_ptv_changes_nothing(
    imported, jyvaskyla, satu, client
):
    before = directory.Service.history.count()

    again = sync_ptv(jyvaskyla, "179", client=client, user=satu)

    counts = again.report["counts"]
    assert counts["service"] == {
        "created": 0,
        "updated": 0,
        "unchanged": 3,
        "held": 0,
        "withdrawn": 0,
    }
    assert counts["location"]["unchanged"] == 2
    assert again.changes.count() == 0
    assert directory.Service.history.count() == before


def test_a_service_changed_in_ptv_is_updated_and_the_change_recorded(
    imported, jyvaskyla, satu, client, catalogue
):
    names = [
        {"language": "fi", "value": "Suomen kielen alkeet", "type": "Name"},
        {"language": "en", "value": "Finnish for beginners", "type": "Name"},
    ]
    changed(catalogue, COURSE, serviceNames=names, modified="2026-11-20T08:00:00.000000")

    again = sync_ptv(jyvaskyla, "179", client=client, user=satu)

    course = local("service", COURSE)
    assert course.name == TranslatedText(
        {"fi": "Suomen kielen alkeet", "en": "Finnish for beginners"}
    )
    assert course.alternate_name == TranslatedText({})
    change = again.changes.get()
    assert (change.external_id, change.action) == (COURSE, "updated")
    assert change.fields == ["name", "alternate_name"]
    assert again.report["counts"]["service"]["updated"] == 1
    assert again.report["counts"]["service"]["unchanged"] == 2
    assert PtvRecord.objects.get(ptv_id=COURSE).modified == "2026-11-20T08:00:00.000000"
    assert course.history.first().history_change_reason == "PTV sync"
    # The history rows are written as simple_history writes them: one per save, with its type.
    updated_row, created_row = course.history.all()[:2]
    assert (updated_row.history_type, updated_row.history_user) == ("~", satu)
    assert updated_row.name == course.name
    assert (created_row.history_type, created_row.history_change_reason) == ("+", "PTV sync")
    assert course.history.count() == 2


def test_what_satus_network_wrote_itself_is_never_overwritten(
    imported, jyvaskyla, satu, client, catalogue
):
    course = local("service", COURSE)
    aim = TaxonomyTermFactory(taxonomy__code="aim", code="language")
    tag(course, aim)
    course.finnish_level = "none"
    course.eligibility_description = TranslatedText({"en": "Anyone who lives here."})
    course.name = course.name.with_text("ar", "دورة اللغة الفنلندية للمبتدئين")
    course.save()
    course.languages.create(code="so")
    descriptions = [{"language": "fi", "value": "Uusi kuvaus.", "type": "Summary"}]
    changed(catalogue, COURSE, serviceDescriptions=descriptions, languages=["fi"])

    sync_ptv(jyvaskyla, "179", client=client, user=satu)

    course.refresh_from_db()
    assert course.description == TranslatedText({"fi": "Uusi kuvaus."})
    assert course.finnish_level == "none"
    assert course.eligibility_description == TranslatedText({"en": "Anyone who lives here."})
    assert course.name.exact("ar") == "دورة اللغة الفنلندية للمبتدئين"
    assert course.name.exact("fi") == "Suomen kielen alkeiskurssi"
    assert course.language_codes() == ["en", "fi", "so"]
    assert course.terms("aim") == [aim]


def test_a_local_edit_to_a_ptv_field_is_kept_and_shown_beside_ptvs_value(
    imported, jyvaskyla, satu, client, catalogue
):
    course = local("service", COURSE)
    course.name = course.name.with_text("fi", "Suomea alusta alkaen")
    course.save()

    assert [(d.field, d.local.get("fi"), d.ptv.get("fi")) for d in divergences(jyvaskyla)] == [
        ("name", "Suomea alusta alkaen", "Suomen kielen alkeiskurssi")
    ]

    names = [{"language": "fi", "value": "Suomen kielen perusteet", "type": "Name"}]
    changed(catalogue, COURSE, serviceNames=names)
    again = sync_ptv(jyvaskyla, "179", client=client, user=satu)

    course.refresh_from_db()
    assert course.name.exact("fi") == "Suomea alusta alkaen"
    assert again.changes.get(external_id=COURSE).kept == ["name"]
    (difference,) = divergences(jyvaskyla)
    assert difference.ptv == {"fi": "Suomen kielen perusteet"}
    assert difference.record == course


def test_a_service_withdrawn_from_ptv_is_marked_inactive_never_deleted(
    imported, jyvaskyla, satu, client, catalogue
):
    catalogue.services = [s for s in catalogue.services if s["id"] != ADVICE]

    again = sync_ptv(jyvaskyla, "179", client=client, user=satu)

    advice = local("service", ADVICE)
    assert advice.status == directory.Service.Status.INACTIVE
    assert again.report["counts"]["service"]["withdrawn"] == 1
    assert again.changes.get().action == "withdrawn"

    catalogue.services = recorded("services")
    back = sync_ptv(jyvaskyla, "179", client=client, user=satu)

    advice.refresh_from_db()
    assert advice.status == directory.Service.Status.ACTIVE
    assert back.changes.get().action == "restored"


def test_a_service_ptv_lists_as_deleted_is_marked_inactive(
    imported, jyvaskyla, satu, client, catalogue
):
    changed(catalogue, TRAINING, publishingStatus="Deleted")

    sync_ptv(jyvaskyla, "179", client=client, user=satu)

    assert local("service", TRAINING).status == directory.Service.Status.INACTIVE


def test_a_dry_run_says_what_would_change_and_changes_nothing(jyvaskyla, satu, client):
    batch = sync_ptv(jyvaskyla, "179", client=client, user=satu, dry_run=True)

    assert batch.report["counts"]["service"]["created"] == 3
    assert not directory.Service.objects.exists()
    assert not ImportBatch.objects.exists()
    assert not PtvRecord.objects.exists()


def test_one_organizations_services_only(jyvaskyla, satu, client):
    sync_ptv(jyvaskyla, "179", client=client, user=satu, organizations=[INSTITUTE])

    assert [s.name.exact("fi") for s in directory.Service.objects.all()] == ["Kotoutumiskoulutus"]
    assert directory.Location.objects.get().external_identifier == POINT


def test_ptv_going_away_midway_leaves_whole_chunks_and_the_next_run_completes(
    jyvaskyla, satu, client, ptv, monkeypatch
):
    monkeypatch.setattr("interchange.ptv.sync.CHUNK", 1)
    for _ in range(4):  # every try at the second page of channels
        ptv.fail("ServiceChannel/list/area/Municipality/code/179?page=2", status=500)

    with pytest.raises(PtvUnreachable):
        sync_ptv(jyvaskyla, "179", client=client, user=satu)

    failed = ImportBatch.objects.get()
    assert failed.status == ImportBatch.Status.FAILED
    assert "could not be reached" in failed.report["errors"][0]["message"]
    assert failed.report["counts"]["location"]["created"] == 2
    assert not directory.Service.objects.exists()
    # The locations written before PTV went away are whole: each with its address.
    assert [loc.addresses.count() > 0 for loc in directory.Location.objects.all()] == [True, True]

    done = sync_ptv(jyvaskyla, "179", client=client, user=satu)

    assert done.status == ImportBatch.Status.APPLIED
    assert done.report["counts"]["location"] == {
        "created": 0,
        "updated": 0,
        "unchanged": 2,
        "held": 0,
        "withdrawn": 0,
    }
    assert directory.Service.objects.count() == 3
    assert directory.Location.objects.count() == 2
    assert directory.ServiceAtLocation.objects.count() == 3
