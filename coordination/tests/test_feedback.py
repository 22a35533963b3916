"""The target group's voice: anonymous, resistant to spam, moderated, and not kept forever."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.test import RequestFactory, override_settings
from django.utils import timezone

from coordination import feedback as voice
from coordination.models import Feedback


def test_feedback_keeps_only_what_the_person_wrote_as_they_wrote_it(network):
    item = voice.submit(
        kind=Feedback.Kind.SERVICE,
        service=network.service,
        useful=False,
        message="Tom & Jerry, level a<b, <b>no</b> evening groups",
        language_barrier=True,
        language="ar",
    )
    assert item.message == "Tom & Jerry, level a<b, <b>no</b> evening groups"
    assert item.region == network.region
    fields = {field.name for field in Feedback._meta.get_fields()}
    assert not fields & {"ip", "ip_address", "user", "session", "user_agent"}


def test_an_empty_answer_is_refused_with_a_message(network):
    with pytest.raises(ValidationError) as error:
        voice.submit(kind=Feedback.Kind.SERVICE, service=network.service)
    assert "useful" in error.value.message_dict


def test_link_spam_is_refused(network):
    with pytest.raises(ValidationError) as error:
        voice.submit(
            kind=Feedback.Kind.NOT_FOUND,
            message="http://a.example http://b.example http://c.example",
        )
    assert "message" in error.value.message_dict


def test_a_form_sent_back_at_once_or_forged_is_refused(network):
    token = voice.form_token()
    assert not voice.token_is_valid(token)
    assert not voice.token_is_valid("forged:token")
    past = timezone.now() - timedelta(seconds=10)
    with mock.patch("django.core.signing.time.time", return_value=past.timestamp()):
        old_token = voice.form_token()
    assert voice.token_is_valid(old_token)


def test_one_caller_sends_at_most_ten_an_hour(network):
    from django.core.cache import cache

    cache.clear()
    request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.7")
    assert all(voice.allowed(request) for _ in range(voice.PER_HOUR))
    assert not voice.allowed(request)
    assert voice.allowed(RequestFactory().post("/", REMOTE_ADDR="192.0.2.8"))


def test_only_the_coordinator_moderates(network):
    item = voice.submit(kind=Feedback.Kind.NOT_FOUND, message="Sewing course")
    with pytest.raises(PermissionDenied):
        voice.moderate(network.lars, item, Feedback.Moderation.HIDDEN)
    voice.moderate(network.satu, item, Feedback.Moderation.HIDDEN)
    assert Feedback.objects.get(pk=item.pk).moderation == Feedback.Moderation.HIDDEN


@override_settings(FEEDBACK_RETENTION_DAYS=30)
def test_feedback_older_than_the_retention_period_is_deleted(network):
    old = voice.submit(kind=Feedback.Kind.NOT_FOUND, message="Old")
    Feedback.objects.filter(pk=old.pk).update(created=timezone.now() - timedelta(days=31))
    recent = voice.submit(kind=Feedback.Kind.NOT_FOUND, message="Recent")
    call_command("purge_feedback", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(Feedback.objects.all()) == [recent]


def test_messages_stored_as_sanitised_html_are_given_back_as_written(network):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("coordination.migrations.0004_feedback_message_as_plain_text")
    item = voice.submit(kind=Feedback.Kind.NOT_FOUND, message="x")
    Feedback.objects.filter(pk=item.pk).update(message="Tom &amp; Jerry, level a")

    migration.unescape_messages(apps, None)

    assert Feedback.objects.get(pk=item.pk).message == "Tom & Jerry, level a"
