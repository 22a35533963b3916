"""The admin is behind the staff sign-in (finding 1 of the security probe): Satu, who turned
on two-factor sign-in, cannot be let into /admin/ by her password alone, wrong passwords are
limited there as on the staff pages, and the development account is refused in production."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from coordination import signin
from coordination.tests.personas import PASSWORD


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()


@pytest.fixture
def satu_admin(network):
    """Satu coordinates the network and may use the admin; she has two-factor sign-in on."""
    network.satu.is_staff = True
    network.satu.is_superuser = True
    network.satu.save()
    return TOTPDevice.objects.create(user=network.satu, name="phone", confirmed=True)


def _code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_the_admins_own_sign_in_form_sends_satu_to_the_staff_sign_in(client, satu_admin):
    response = client.post("/admin/login/?next=/admin/", {"username": "satu", "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"].startswith("/staff/login/?next=/admin/")
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_a_session_without_her_second_factor_does_not_open_the_admin(client, satu_admin):
    # Signed in by password only, as the admin's own form used to let her.
    client.force_login(satu_admin.user)

    response = client.get("/admin/otp_totp/totpdevice/", follow=True)

    assert response.request["PATH_INFO"] == "/staff/login/"
    assert TOTPDevice.objects.filter(pk=satu_admin.pk).exists()


def test_with_password_and_code_satu_reaches_the_admin(client, satu_admin):
    response = client.post("/staff/login/?next=/admin/", {"username": "satu", "password": PASSWORD})
    response = client.post(response["Location"], {"token": _code(satu_admin)})

    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_thirty_wrong_passwords_then_the_right_one_stay_refused(client, satu_admin, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    satu_admin.user.set_password(PASSWORD)
    satu_admin.user.save()
    satu_admin.delete()  # no second factor: only the attempt limit stands in the way
    for _ in range(30):
        client.post("/staff/login/?next=/admin/", {"username": "satu", "password": "guess"})

    response = client.post("/staff/login/?next=/admin/", {"username": "satu", "password": PASSWORD})

    assert response.status_code == 200
    assert "Too many sign-in attempts" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_a_staff_member_signed_in_but_not_admin_staff_is_refused_not_looped(client, network):
    client.force_login(network.eero)

    assert client.get("/admin/login/?next=/admin/").status_code == 403


def test_coordinators_set_up_a_second_factor_before_the_admin_in_production(
    client, network, settings
):
    settings.TWO_FACTOR_REQUIRED = True
    network.satu.is_staff = True
    network.satu.save()
    client.force_login(network.satu)

    response = client.get("/admin/", follow=True)

    assert response.request["PATH_INFO"] == "/staff/account/two-factor/"
    assert "Your role needs two-factor sign-in" in response.content.decode()


def test_coordinators_set_up_a_second_factor_before_the_staff_pages_in_production(
    client, network, settings
):
    settings.TWO_FACTOR_REQUIRED = True
    client.force_login(network.satu)

    assert client.get("/staff/regions/jyvaskyla/")["Location"] == "/staff/account/two-factor/"
    # An editor's role does not need one.
    client.force_login(network.eero)
    assert client.get("/staff/").status_code in (200, 302)
    assert "/two-factor/" not in client.get("/staff/").get("Location", "")


@pytest.fixture
def development_account(db, settings):
    settings.DEBUG = True
    call_command("ensure_dev_superuser", stdout=open("/dev/null", "w"))  # noqa: SIM115
    settings.DEBUG = False
    return get_user_model().objects.get(username=signin.DEV_USERNAME)


def test_the_development_account_is_refused_when_debug_is_off(client, development_account):
    response = client.post(
        "/staff/login/?next=/admin/",
        {"username": signin.DEV_USERNAME, "password": signin.DEV_PASSWORD},
    )

    assert "username or password is not right" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_development_session_ends_when_debug_is_turned_off(client, development_account, settings):
    settings.DEBUG = True
    client.force_login(development_account)
    assert client.get("/admin/").status_code == 200

    settings.DEBUG = False

    assert client.get("/admin/").status_code == 302


def test_the_development_account_is_never_created_with_debug_off(db, settings):
    settings.DEBUG = False
    call_command("ensure_dev_superuser", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert not get_user_model().objects.filter(username=signin.DEV_USERNAME).exists()
