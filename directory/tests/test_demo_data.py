"""The demo data holds the whole Jyväskylä ecosystem of the source document."""

import pytest

from directory.demo.loader import load_demo_data
from directory.models import Attribute, Organization, Region, Service

pytestmark = pytest.mark.django_db

# Every bullet of the source's service inventory, in its own wording (the source lists the
# labour-market training and the welcome events for international students twice).
SOURCE_SERVICE_NAMES = [
    "Integration training for those having a official integration plan",
    "Labour market training for immigrant job seekers including Finnish language learning",
    "Work-sector based Finnish language learning",
    "Group for practicing vocabulary",
    "Group for practicing language skills required for job search",
    "Info sessions: CV, cover letter workshops, Where to learn Finnish",
    "Speak Finnish at work – practice group",
    "Collated information on Finnish language courses and trainings available, self study material",
    "Jutuklubi Jyväskylä – open Finnish language practice club",
    "Integrates – integration training for highly educated immigrants",
    "Finnish as a second language in higher education",
    "Groups and language cafes offered by third sector organisations",
    "Basic education for adults",
    "Preparatory education for degree education (TUVA)",
    "Adult High School",
    "Language courses at Liberal Education Centre",
    "Work activity/rehabilitative work activity groups focusing on language training",
    "Courses at open and summer universities",
    "Statutory services from employment centers for unemployed jobseekers",
    "Career guidance and assistance in job search, collaborative work with other projects regarding the same",
    "Information sharing about open vacancies",
    "Connections with local employers and companies",
    "Advice related to entrepreneurship, info sessions regarding setting up a business, light entrepreneurship, initial financial management, startup grant etc.",
    "Career club for highly educated internationals",
    "Support and advice to local employers regarding hiring internationals",
    "Support in familiarising a new employee to the workplace",
    "Jamk Talent Boost",
    "Job search training as acquisition from recruitment firms",
    "Job postings in English - Work in Finland for international talents abroad",
    "PAIKKO (Practical experience -> study credits)",
    "IMAGO Coaching – for brand building and internationalisation (employers and business)",
    "Occupational Card trainings (Occupational Safety Card, Hygiene Passport etc.)",
    "Labour market training for immigrant job seekers",
    "Rehabilitative work activity for immigrants",
    "Vocational trainings and degrees",
    "Municipal allowance for businesses for hire immigrants",
    "Career Trips to neighboring municipalities and businesses",
    "Easily accessible multilingual guidance and counseling",
    "Welcoming events for international students",
    "Initial assessments and support for new international students",
    "Student Ambassador Programme",
    "Kohdeutus Project",
    "Youth services",
    "Leisure time activities for children and adults (few multilingual)",
    "Sport associations and communities offering free trials",
    "Hobby courses in Adult education Center (few multilingual)",
    "Yhteppäkkä Suomi – Learn Finnish at work",
    "Volunteer work opportunities (few multilingual)",
    "Internationalization accepted as part of the current city strategy",
    "KV-Kummi Coaching for businesses and employers to induct immigrant employees into the work place and environment",
    "Community spirit enhancing events such as Mindän Jyväskylä",
    "Collaboration with NGO sector and enhancing participation of the target group – Multicultural Center Gloria, Piremmän yhdessä y",
    "Mentoring Program for Internationals",
    "Friend Family Program for Internationals",
    "Supporter for immigrants Program – Finnish Red Cross",
    "Welcome events for new international students",
    "Ethnicin suhteiden neuvottelukunta (ETNOJ) Advisory Board on Ethnic Relations",
    "Activities for elderly immigrants – Monikko ry",
    "Integration services and social orientation for immigrants coming on humanitarian grounds",
]


def test_every_service_of_the_source_is_in_the_directory(demo_data):
    english_names = [service.name.exact("en") for service in Service.objects.all()]
    missing = [name for name in SOURCE_SERVICE_NAMES if name not in english_names]
    assert missing == []
    assert Service.objects.count() == len(SOURCE_SERVICE_NAMES) == 59


def test_every_service_speaks_finnish_and_english(demo_data):
    for service in Service.objects.all():
        assert service.name.exact("fi"), service.name
        assert service.description.exact("fi"), service.name
        assert service.description.exact("en"), service.name


def test_every_service_has_an_aim_and_a_target_group(demo_data):
    for service in Service.objects.prefetch_related("attributes__taxonomy_term__taxonomy"):
        assert len(service.terms("aim")) == 1, service.name
        assert service.terms("target-group"), service.name


def test_the_twelve_partners_with_one_lead(demo_data):
    assert Region.objects.count() == 12
    lead = Region.objects.get(lead_partner=True)
    assert lead.country == "DE"
    assert demo_data.country == "FI"
    assert all(region.is_demo_data for region in Region.objects.all())


def test_named_providers_are_present(demo_data):
    names = {org.name.exact("en") for org in Organization.objects.all()}
    for expected in ["Finnish Red Cross", "Monikko ry", "Multicultural Center Gloria"]:
        assert any(expected in name for name in names), expected


def test_no_invented_contact_details(demo_data):
    for service in Service.objects.all():
        assert not service.url and not service.email
        assert not service.phones.exists() and not service.schedules.exists()
    for organization in Organization.objects.all():
        assert not organization.email and not organization.website
        assert not organization.phones.exists() and not organization.locations.exists()


def test_reloading_keeps_the_same_ids_and_adds_nothing(demo_data):
    ids = set(Service.objects.values_list("id", flat=True))
    attributes = Attribute.objects.count()
    load_demo_data()
    assert set(Service.objects.values_list("id", flat=True)) == ids
    assert Attribute.objects.count() == attributes


def test_ids_are_the_same_in_a_fresh_database(demo_data):
    from directory.demo.loader import demo_uuid

    integration = Service.objects.get(
        name__en="Integration training for those having a official integration plan"
    )
    assert integration.integration_plan_required
    assert integration.pk == demo_uuid("service", _key_of(integration))


def _key_of(service):
    from directory.demo import data

    for entry in data.SERVICES:
        if entry["name"]["en"] == service.name.exact("en"):
            return entry["key"]
    raise AssertionError(service.name)
