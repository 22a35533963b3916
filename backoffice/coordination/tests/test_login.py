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


def test_satu_signs_in_and_lands_on_what_needs_her(client, network):
    response = client.post("/staff/login/", {"username": "satu", "password": PASSWORD})
    assert response.status_code == 302
    page = client.get(response["Location"], follow=True)
    assert page.request["PATH_INFO"] == "/staff/"
    assert 'href="/staff/regions/jyvaskyla/"' in page.content.decode()


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


# --- Attempt limits that slow an attacker without locking the owner out -------------------


@pytest.fixture
def quick_hashes(settings, network):
    """Many wrong passwords are tried below; a fast hasher keeps each try cheap."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    for person in (network.satu, network.eero):
        person.set_password(PASSWORD)
        person.save()
    return network


def _from(address):
    return {"REMOTE_ADDR": address}


def test_wrong_passwords_from_one_address_do_not_lock_satu_out_elsewhere(client, quick_hashes):
    for _ in range(5):
        client.post("/staff/login/", {"username": "satu", "password": "guess"}, **_from("1.1.1.1"))

    response = client.post(
        "/staff/login/", {"username": "satu", "password": PASSWORD}, **_from("2.2.2.2")
    )

    assert response.status_code == 302


def test_behind_the_proxy_each_caller_has_their_own_limit(client, quick_hashes, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    attacker = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.66"}
    for _ in range(25):
        client.post("/staff/login/", {"username": "eero", "password": "guess"}, **attacker)

    satu = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.7"}
    response = client.post("/staff/login/", {"username": "satu", "password": PASSWORD}, **satu)

    assert response.status_code == 302


def test_a_forged_forwarded_for_header_does_not_give_a_fresh_limit(client, quick_hashes, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    for number in range(6):
        forged = {"REMOTE_ADDR": "203.0.113.66", "HTTP_X_FORWARDED_FOR": f"192.0.2.{number}"}
        response = client.post("/staff/login/", {"username": "satu", "password": "guess"}, **forged)

    assert "Too many sign-in attempts" in response.content.decode()


def test_guesses_from_many_addresses_slow_down_but_satu_gets_in_after_a_minute(
    client, quick_hashes, monkeypatch
):
    from coordination import ratelimit, signin

    clock = [1_000_000.0]
    monkeypatch.setattr(ratelimit, "now", lambda: clock[0])
    for number in range(40):
        client.post(
            "/staff/login/", {"username": "satu", "password": "guess"}, **_from(f"192.0.2.{number}")
        )

    waiting = client.post(
        "/staff/login/", {"username": "satu", "password": PASSWORD}, **_from("198.51.100.7")
    )
    assert "Try again in" in waiting.content.decode()
    clock[0] += signin.MAX_DELAY

    response = client.post(
        "/staff/login/", {"username": "satu", "password": PASSWORD}, **_from("198.51.100.7")
    )
    assert response.status_code == 302
