"""POST /api/v1/navigator, as an app developer at a partner city would call it."""

import pytest
from rest_framework.test import APIClient

from navigator.tests.personas import as_if_untranslated

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_data_once")]

URL = "/api/v1/navigator"
STUDENT = {
    "audience": "resident",
    "situation": ["student"],
    "finnish_level": "none",
    "education": "secondary",
    "has_integration_plan": False,
    "age": 23,
    "goals": ["study", "meet_people", "learn_finnish"],
    "languages": ["en", "ar"],
}


@pytest.fixture
def api(db):
    return APIClient()


def test_a_students_answers_give_a_path_best_first_with_hsds_services(api):
    response = api.post(URL, STUDENT, format="json", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    steps = response.json()["steps"]
    assert steps
    scores = [step["score"] for step in steps]
    assert scores == sorted(scores, reverse=True)
    first = steps[0]
    assert set(first) >= {"service", "stage", "reasons", "score"}
    assert set(first["service"]) >= {"id", "name", "description", "organization", "status"}
    assert first["stage"] in {"first_weeks", "language", "work_or_study", "community"}
    names = [step["service"]["name"] for step in steps]
    assert "Welcoming events for international students" in names
    assert "Integration training for those having a official integration plan" not in names
    assert all(step["reasons"] for step in steps)
    assert "because you study" in {reason for step in steps for reason in step["reasons"]}


def test_texts_come_in_the_accept_language_language(api):
    response = api.post(URL, STUDENT, format="json", HTTP_ACCEPT_LANGUAGE="fi")
    reasons = {reason for step in response.json()["steps"] for reason in step["reasons"]}
    assert "koska opiskelet" in reasons
    names = [step["service"]["name"] for step in response.json()["steps"]]
    assert "Kansainvälisten opiskelijoiden tervetuliaistapahtumat" in names


def test_only_the_audience_is_required(api):
    response = api.post(URL, {"audience": "employer"}, format="json")
    assert response.status_code == 200
    names = [step["service"]["name"] for step in response.json()["steps"]]
    assert names


def test_an_invalid_body_gets_an_error_for_every_field(api):
    body = {
        "situation": ["astronaut"],
        "finnish_level": "D7",
        "education": "phd",
        "has_integration_plan": "perhaps",
        "age": -3,
        "goals": ["fly"],
        "languages": ["xx"],
    }
    response = api.post(URL, body, format="json", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    errors = response.json()
    assert set(errors) == {
        "audience",
        "situation",
        "finnish_level",
        "education",
        "has_integration_plan",
        "age",
        "goals",
        "languages",
    }
    assert "required" in str(errors["audience"]).lower()


def test_a_body_that_is_not_json_gets_a_400_not_a_500(api):
    response = api.post(URL, "{not json", content_type="application/json")
    assert response.status_code == 400


def test_the_endpoint_is_in_the_openapi_schema(api):
    response = api.get("/api/schema/", HTTP_ACCEPT="application/json", format="json")
    assert response.status_code == 200
    text = response.content.decode()
    assert "/api/v1/navigator" in text
    assert "NavigatorRequest" in text


def test_each_service_is_the_hsds_apis_own_service_with_its_fallbacks_named(api):
    as_if_untranslated("ar")
    response = api.post(URL, STUDENT, format="json", HTTP_ACCEPT_LANGUAGE="ar")
    service = response.json()["steps"][0]["service"]
    same = api.get(f"/api/hsds/services/{service['id']}", HTTP_ACCEPT_LANGUAGE="ar").json()
    assert service["name"] == same["name"]
    assert service["organization"]["name"] == same["organization"]["name"]
    # With no Arabic text the profile says which language each field fell back to.
    assert service["translation_fallbacks"]["name"] in {"fi", "en"}
    assert isinstance(service["languages"], list)
