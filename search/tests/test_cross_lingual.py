"""Over the Jyväskylä demo directory, described in Finnish and English only, newcomers ask in
their own languages and find the right services near the top."""

import pytest

from search.engine import search

pytestmark = pytest.mark.django_db


def keys(result, demo_services):
    by_id = {service_id: key for key, service_id in demo_services.items()}
    return [by_id.get(hit.service.pk) for hit in result.hits]


@pytest.fixture
def demo_services(demo_data):
    from directory.demo import data
    from directory.demo.loader import demo_uuid

    return {entry["key"]: demo_uuid("service", entry["key"]) for entry in data.SERVICES}


FINNISH_COURSES = {
    "finnish-integration-training",
    "finnish-course-information",
    "jutuklubi-jyvaskyla",
    "third-sector-language-cafes",
    "liberal-education-centre-language-courses",
    "yhteppakka-suomi",
}


@pytest.mark.parametrize(
    ("persona", "query", "wanted"),
    [
        ("Amina, in Arabic", "أريد تعلم اللغة الفنلندية", FINNISH_COURSES),
        ("Reza, in Persian", "کلاس زبان فنلاندی", FINNISH_COURSES),
        # "I am looking for work": guidance or the open vacancies both answer it.
        (
            "Olena, in Ukrainian",
            "шукаю роботу",
            {"career-guidance-job-search", "vacancy-information"},
        ),
        ("Abdi, in Somali", "shaqo raadin", {"career-guidance-job-search"}),
        ("Li, in Chinese", "我想开公司", {"entrepreneurship-advice"}),
        ("Sami, in Finnish", "harrastuksia nuorille", {"youth-services"}),
    ],
)
def test_a_question_in_any_language_finds_services_described_in_finnish_and_english(
    demo_services, persona, query, wanted
):
    result = search(query, limit=5, record_unmet=False)
    assert wanted & set(keys(result, demo_services)), persona


def test_the_detected_language_is_reported(demo_services):
    assert search("أريد تعلم اللغة الفنلندية", record_unmet=False).detected_language == "ar"


EMPLOYERS_ONLY = {"employer-hiring-advice", "new-employee-familiarisation"}


@pytest.mark.parametrize(
    ("persona", "query"),
    [
        ("Abdi, in Somali", "shaqo raadin"),
        ("Hodan, in Somali", "waxaan u baahanahay shaqo"),
        ("Olga, in Russian", "ищу работу"),
        ("Karim, in Arabic", "أبحث عن عمل"),
    ],
)
def test_a_job_seeker_is_not_sent_to_employers_recruiting_services(demo_services, persona, query):
    # "Work" means the same to both sides; the need the query means ("Find a job") decides.
    first = keys(search(query, limit=5, record_unmet=False), demo_services)[:2]
    assert not EMPLOYERS_ONLY & set(first), persona


def test_an_employer_still_finds_the_services_for_employers_first(demo_services):
    first = keys(search("hire a foreign nurse", limit=5, record_unmet=False), demo_services)
    # The advice for employers, and Work in Finland's postings that employers use to reach
    # candidates abroad, lead; nothing meant for job seekers comes before them.
    assert "employer-hiring-advice" in first[:2]
    assert set(first[:2]) <= {"employer-hiring-advice", "work-in-finland-english-job-postings"}
