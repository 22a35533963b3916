"""When staff cannot do something, the page says why, in the staff layout and their language;
a button's address opened as a page, or a form sent without its check, says what to do."""

from django.test import Client

from coordination import feedback as voice
from coordination.models import Feedback


def test_vera_is_told_why_she_cannot_change_the_policy_learning_work(client, network):
    """Vera only reads: the refusal names the rule (it said "This page is not public, or the
    form expired", in the public layout, and the reason went only to the log)."""
    client.force_login(network.vera)
    response = client.get("/staff/learning/jyvaskyla/stakeholder/new/", HTTP_ACCEPT_LANGUAGE="en")
    page = response.content.decode()
    assert response.status_code == 403
    assert f"Only the staff of {network.region} can change its policy-learning work." in page
    assert "You cannot do this here" in page
    assert 'href="/staff/"' in page and "Find your path" not in page  # the staff layout


def test_a_buttons_address_opened_as_a_page_says_so(client, network):
    item = voice.submit(kind=Feedback.Kind.NOT_FOUND, message="Sewing")
    client.force_login(network.satu)
    response = client.get(
        f"/staff/regions/jyvaskyla/feedback/{item.pk}/moderate/", HTTP_ACCEPT_LANGUAGE="fi"
    )
    assert response.status_code == 405 and response["Allow"] == "POST"
    assert "Täällä ei ole näytettävää" in response.content.decode()


def test_a_public_form_sent_without_its_check_says_what_to_do(network):
    """Amina's browser blocks cookies: she is told why the form was not sent, in Arabic, in the
    site's layout (it was Django's technical page, half in English)."""
    browser = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="ar")
    response = browser.post("/ar/feedback/service/", {"service": network.service.pk})
    page = response.content.decode()
    assert response.status_code == 403
    assert "لم يتم إرسال النموذج" in page and "CSRF" not in page
    assert 'dir="rtl"' in page
    assert not Feedback.objects.exists()


def test_the_api_still_answers_in_json(client, network):
    response = client.get("/api/v1/feedback")
    assert response.status_code == 405
    assert response.json()["detail"]


def test_a_missing_staff_page_keeps_the_staff_layout(client, network):
    client.force_login(network.satu)
    response = client.get("/staff/regions/jyvaskyla/feedback/no-such/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    page = response.content.decode()
    assert "We could not find this page" in page and "Find your path" not in page
