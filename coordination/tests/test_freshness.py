"""Satu sees which entries may no longer be true, and each provider gets its own list."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from coordination import freshness
from directory.models import Service

TODAY = date(2026, 11, 27)


def test_entries_not_verified_for_a_year_or_never_are_stale(network):
    Service.objects.filter(pk=network.service.pk).update(assured_date=TODAY - timedelta(days=400))
    Service.objects.filter(pk=network.other_service.pk).update(assured_date=TODAY)
    assert list(freshness.stale(network.region, TODAY)) == [network.service]


def test_project_funding_ending_within_90_days_is_listed(network):
    Service.objects.filter(pk=network.service.pk).update(
        funding_type="project", funding_ends=TODAY + timedelta(days=30)
    )
    Service.objects.filter(pk=network.other_service.pk).update(
        funding_type="project", funding_ends=TODAY + timedelta(days=200)
    )
    assert list(freshness.ending(network.region, TODAY)) == [network.service]


def test_missing_key_language_text_is_listed_per_language(network):
    missing = dict(freshness.missing_translations(network.region))
    assert network.service not in missing  # Finnish and English, the region's key languages
    network.service.description = network.service.description.with_text("en", "")
    network.service.save()
    missing = dict(freshness.missing_translations(network.region))
    assert missing[network.service] == ["en"]


def test_each_provider_gets_one_email_listing_its_own_entries(network):
    sent = freshness.send_reminders(network.region, TODAY)
    assert sent == 2
    to_monikko = next(m for m in mail.outbox if m.to == ["eero@example.org"])
    assert "Suomen kielen kerho" in to_monikko.body or "Finnish club" in to_monikko.body
    assert str(network.other_service.name) not in to_monikko.body


def test_the_monthly_command_reports_each_region_and_refuses_an_unknown_one(network, capsys):
    call_command("send_freshness_reminders", "--region", network.region.slug)
    assert f"{network.region.slug}: 2 reminder e-mails sent." in capsys.readouterr().out
    with pytest.raises(CommandError, match="No region 'tampere'."):
        call_command("send_freshness_reminders", "--region", "tampere")
