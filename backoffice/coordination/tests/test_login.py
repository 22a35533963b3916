"""Staff sign in at /staff/login/: wrong passwords are limited, and a second factor is asked
from those who set one up."""

import pytest
from django.core.cache import cache
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from coordination.tests.personas import PASSWORD


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()


def test_satu_signs_in_and_lands_on_her_dashboard(client, network):
    response = client.post("/staff/login/", {"username": "satu", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(response["Location"], follow=True).request["PATH_INFO"] == (
        "/staff/regions/jyvaskyla/"
    )


def test_a_wrong_password_gets_a_message_and_no_session(client, network):
    response = client.post("/staff/login/", {"username": "satu", "password": "nope"})
    assert response.status_code == 200
    assert "username or password is not right" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_after_five_wrong_passwords_even_the_right_one_waits(client, network):
    for _ in range(5):
        client.post("/staff/login/", {"username": "satu", "password": "guess"})
    response = client.post("/staff/login/", {"username": "satu", "password": PASSWORD})
    assert "Too many sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_with_two_factor_on_the_code_is_asked_after_the_password(client, network):
    device = TOTPDevice.objects.create(user=network.satu, name="phone", confirmed=True)
    response = client.post("/staff/login/", {"username": "satu", "password": PASSWORD})
    assert response["Location"].startswith("/staff/login/code/")
    assert "_auth_user_id" not in client.session
    wrong = client.post("/staff/login/code/", {"token": "000000"})
    assert "That code is not right" in wrong.content.decode()
    # django-otp also slows down guessing per device; the test does not wait for it.
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0)
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    response = client.post("/staff/login/code/", {"token": code})
    assert response.status_code == 302
    assert client.get("/staff/regions/jyvaskyla/").status_code == 200


def test_an_unverified_session_of_a_two_factor_user_is_sent_to_sign_in(client, network):
    TOTPDevice.objects.create(user=network.satu, name="phone", confirmed=True)
    client.force_login(network.satu)
    response = client.get("/staff/regions/jyvaskyla/")
    assert response["Location"].startswith("/staff/login/")


def test_signing_out_needs_a_post(client, network):
    client.force_login(network.satu)
    assert client.get("/staff/logout/").status_code == 405
    client.post("/staff/logout/")
    assert "_auth_user_id" not in client.session
