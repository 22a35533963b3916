"""Satu turns on two-factor sign-in from her account page."""

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


def _code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_satu_adds_the_key_to_her_app_and_confirms_with_a_code(client, network):
    client.force_login(network.satu)
    page = client.get("/staff/account/two-factor/")
    assert "authenticator app" in page.content.decode()
    device = TOTPDevice.objects.get(user=network.satu)
    assert not device.confirmed
    assert client.post("/staff/account/two-factor/", {"token": "12"}).status_code == 200
    client.post("/staff/account/two-factor/", {"token": _code(device)})
    device.refresh_from_db()
    assert device.confirmed
