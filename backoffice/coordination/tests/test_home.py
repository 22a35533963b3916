"""The staff home says what needs each person, for their role and region, and links to where
the work is done: Eero's draft waiting for review and his entry nobody verified, Satu's drafts
to review and feedback to moderate, Paula's coming peer review, the administrator's one line
per region."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from coordination import feedback as voice
from coordination import workflow
from coordination.models import Feedback
from directory.tests.factories import ServiceFactory
from directory.translation import TranslatedText
from events.models import Event
from learning.models import PeerReview


def _send_for_review(user, service):
    draft = workflow.start_draft(user, service)
    return workflow.submit(user, draft)


def test_a_provider_sees_their_draft_waiting_and_their_stale_entry(client, network):
    _send_for_review(network.eero, network.service)
    client.force_login(network.eero)
    response = client.get("/staff/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "1</strong> of your drafts is waiting for the coordinator" in body
    assert "1</strong> entry not verified for 12 months" in body
    edit = f"/staff/services/{network.service.pk}/edit/"
    assert body.count(f'href="{edit}"') == 2  # under "waiting" and under "not verified"
    assert "Finnish club" in body
    # Gloria's entry is Greta's work, not Eero's.
    assert str(network.other_service.name) not in body


def test_a_provider_sees_texts_to_translate_into_the_regions_languages(client, network):
    ServiceFactory(organization=network.monikko, name=TranslatedText({"fi": "Kerho"}))
    client.force_login(network.eero)
    body = client.get("/staff/").content.decode()
    assert "texts to translate into English" in body or "text to translate into English" in body
    assert "/staff/regions/jyvaskyla/translations/?language=en" in body


def test_a_provider_sees_registration_closing_for_their_own_events(client, network):
    Event.objects.create(
        service=network.service,
        name=TranslatedText({"en": "Conversation evening"}),
        start=timezone.now() + datetime.timedelta(days=20),
        registration_deadline=timezone.now() + datetime.timedelta(days=10),
        publication_status="published",
    )
    client.force_login(network.eero)
    assert "Conversation evening" in client.get("/staff/").content.decode()
    client.force_login(network.greta)
    assert "Conversation evening" not in client.get("/staff/").content.decode()


def test_the_coordinator_sees_drafts_to_review_and_feedback_to_moderate(client, network):
    _send_for_review(network.eero, network.service)
    voice.submit(kind=Feedback.Kind.NOT_FOUND, message="Evening Finnish course")
    client.force_login(network.satu)
    body = client.get("/staff/").content.decode()
    assert "1</strong> draft waiting for your review" in body
    assert 'href="/staff/regions/jyvaskyla/review/"' in body
    assert "1</strong> piece of feedback to moderate" in body
    assert 'href="/staff/regions/jyvaskyla/feedback/"' in body
    # The region's stale entries are counted and lead to the dashboard, not listed one by one.
    assert 'href="/staff/regions/jyvaskyla/#freshness"' in body


def test_a_viewer_has_nothing_to_moderate(client, network):
    voice.submit(kind=Feedback.Kind.NOT_FOUND, message="Evening Finnish course")
    client.force_login(network.vera)
    body = client.get("/staff/").content.decode()
    assert "feedback to moderate" not in body
    assert "Nothing needs you here now." in body


def test_partner_staff_see_the_coming_peer_review(client, network):
    PeerReview.objects.create(
        region=network.region,
        title=TranslatedText({"en": "Peer review in Jyväskylä"}),
        starts_on=timezone.localdate() + datetime.timedelta(days=20),
        status=PeerReview.Status.CONFIRMED,
    )
    client.force_login(network.paula)
    body = client.get("/staff/").content.decode()
    assert "1</strong> policy-learning date in the next 60 days" in body
    assert "Peer review in Jyväskylä" in body
    client.force_login(network.eero)
    assert "Peer review in Jyväskylä" not in client.get("/staff/").content.decode()


def test_an_administrator_sees_one_line_per_region(client, network):
    admin = get_user_model().objects.create(username="ada", is_superuser=True, is_staff=True)
    _send_for_review(network.eero, network.service)
    client.force_login(admin)
    body = client.get("/staff/").content.decode()
    table = body[body.index('id="table-regions"') :]
    row = table[table.index('href="/staff/regions/jyvaskyla/"') :]
    row = row[: row.index("</tr>")]
    assert 'href="/staff/regions/jyvaskyla/review/">1</a>' in row
    assert "/staff/regions/linkoping/" in body
    assert "draft waiting for your review" not in body  # a summary, not every region's lists


def test_someone_without_a_role_is_told_how_to_get_one(client, db):
    nobody = get_user_model().objects.create(username="nobody")
    client.force_login(nobody)
    assert (
        "Ask your network coordinator for an invitation." in client.get("/staff/").content.decode()
    )
