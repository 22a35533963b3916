"""Satu turns on two-factor sign-in from her account page."""

import base64
import html

import segno
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


def test_satu_scans_a_qr_code_of_her_own_set_up_link(client, network):
    client.force_login(network.satu)
    page = client.get("/staff/account/two-factor/").content.decode()
    device = TOTPDevice.objects.get(user=network.satu)
    uri = device.config_url
    # Her authenticator app lists the account as "MILEstone Hub: satu".
    assert uri.startswith("otpauth://totp/MILEstone%20Hub%3Asatu?secret=")
    assert uri.endswith("&issuer=MILEstone%20Hub")
    # segno cannot read a code back; the page's code is the one segno draws for her link.
    drawn = segno.make(uri, error="m").svg_inline(lineclass=None)
    modules = drawn.split('stroke="#000" d="')[1].split('"')[0]
    assert f'stroke="#000" d="{modules}"' in page
    assert '<svg role="img" aria-label="QR code for your authenticator app"' in page
    assert f'href="{html.escape(uri)}"' in page


def test_satu_can_type_the_key_when_her_phone_cannot_scan(client, network):
    client.force_login(network.satu)
    page = client.get("/staff/account/two-factor/").content.decode()
    key = base64.b32encode(TOTPDevice.objects.get(user=network.satu).bin_key).decode()
    typed = " ".join(key[i : i + 4] for i in range(0, len(key), 4))
    assert f"<dt>Key to type in</dt><dd><code>{typed}</code></dd>" in page


def test_once_it_is_on_the_page_shows_neither_the_key_nor_the_code(client, network):
    client.force_login(network.satu)
    client.get("/staff/account/two-factor/")
    device = TOTPDevice.objects.get(user=network.satu)
    client.post("/staff/account/two-factor/", {"token": _code(device)})
    page = client.get("/staff/account/two-factor/").content.decode()
    assert "Two-factor sign-in is on" in page
    assert "<svg" not in page
    assert "otpauth://" not in page
    assert base64.b32encode(device.bin_key).decode()[:8] not in page.replace(" ", "")
