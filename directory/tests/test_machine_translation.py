"""Machine-translation drafts against a LibreTranslate-compatible server running in the test:
off unless configured, stored as "machine", never passed off as checked."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.test import override_settings

from directory import machine_translation, translation_status
from directory.machine_translation import MachineTranslationError
from directory.models import Service
from directory.tests.factories import ServiceFactory
from directory.translation import TranslatedText

pytestmark = pytest.mark.django_db


class FakeLibreTranslate(BaseHTTPRequestHandler):
    """Answers /translate as LibreTranslate does, "translating" by tagging the text."""

    requests: list = []
    fail_with: int | None = None

    def do_POST(self):  # noqa: N802 - http.server's name
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append({"path": self.path, **body})
        if self.fail_with:
            self.send_response(self.fail_with)
            self.end_headers()
            return
        texts = body["q"] if isinstance(body["q"], list) else [body["q"]]
        answer = {"translatedText": [f"[{body['target']}] {text}" for text in texts]}
        payload = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture(autouse=True)
def _messages_in_english():
    """The stories quote the English wording of messages."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def libretranslate():
    FakeLibreTranslate.requests = []
    FakeLibreTranslate.fail_with = None
    server = HTTPServer(("127.0.0.1", 0), FakeLibreTranslate)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_port}"
    with override_settings(MACHINE_TRANSLATION_URL=url, MACHINE_TRANSLATION_API_KEY="k3y"):
        yield FakeLibreTranslate
    server.shutdown()
    server.server_close()


@pytest.fixture
def jutuklubi():
    return ServiceFactory(
        name=TranslatedText({"fi": "Jutuklubi", "en": "Jutuklubi"}),
        description=TranslatedText({"fi": "Avoin suomen kielen harjoitusklubi."}),
    )


def test_nothing_is_sent_anywhere_by_default(jutuklubi):
    assert machine_translation.get_backend() is None
    assert not machine_translation.is_enabled()
    with pytest.raises(MachineTranslationError):
        machine_translation.fill_missing(jutuklubi, "ar")


def test_a_machine_draft_is_stored_as_machine_and_never_as_checked(libretranslate, jutuklubi):
    written = machine_translation.fill_missing(jutuklubi, "ar")

    assert set(written) == {"name", "description"}
    service = Service.objects.get(pk=jutuklubi.pk)
    assert service.description.exact("ar") == "[ar] Avoin suomen kielen harjoitusklubi."
    assert translation_status.status_of(service, "description", "ar") == "machine"
    # Sent from the Finnish source, with the configured key, in one request.
    (sent,) = libretranslate.requests
    assert sent["path"] == "/translate"
    assert (sent["source"], sent["target"], sent["api_key"]) == ("fi", "ar", "k3y")
    assert sent["q"] == ["Jutuklubi", "Avoin suomen kielen harjoitusklubi."]


def test_the_public_page_marks_a_machine_translation(libretranslate, jutuklubi, client):
    machine_translation.fill_missing(jutuklubi, "ar")
    page = client.get(f"/ar/services/{jutuklubi.pk}/").content.decode()
    assert "[ar] Avoin suomen kielen harjoitusklubi." in page
    assert 'class="translation-note"' in page
    assert "translation-notice" in page


def test_language_codes_are_mapped_to_the_servers(libretranslate, jutuklubi):
    machine_translation.fill_missing(jutuklubi, "zh-hans")
    assert libretranslate.requests[0]["target"] == "zh"


def test_existing_translations_are_left_alone(libretranslate, jutuklubi):
    assert machine_translation.fill_missing(jutuklubi, "en") == ["description"]


def test_a_refusing_server_gives_a_clear_error_and_writes_nothing(libretranslate, jutuklubi):
    libretranslate.fail_with = 403
    with pytest.raises(MachineTranslationError, match="403"):
        machine_translation.fill_missing(jutuklubi, "ar")
    assert not Service.objects.get(pk=jutuklubi.pk).description.exact("ar")


def test_an_unreachable_server_gives_a_clear_error(jutuklubi):
    with (
        override_settings(
            MACHINE_TRANSLATION_URL="http://127.0.0.1:9", MACHINE_TRANSLATION_TIMEOUT=2
        ),
        pytest.raises(MachineTranslationError, match="could not be reached"),
    ):
        machine_translation.fill_missing(jutuklubi, "ar")


def test_a_coordinator_fills_a_region_with_machine_drafts_from_the_command_line(
    libretranslate, jutuklubi
):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command(
        "machine_translate", region=jutuklubi.organization.region.slug, language="fa", stdout=out
    )
    assert "machine drafts written in fa" in out.getvalue()
    service = Service.objects.get(pk=jutuklubi.pk)
    assert translation_status.status_of(service, "description", "fa") == "machine"
