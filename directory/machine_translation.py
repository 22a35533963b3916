"""Machine-translation drafts: optional, off by default, and never passed off as checked.

Nothing is sent anywhere unless `MACHINE_TRANSLATION_URL` names a server. The one backend speaks
the LibreTranslate HTTP API (open source and self-hostable), so a region can keep its texts on
its own machine. A machine draft is stored with the status "machine"; pages mark it "machine
translation", and only a person's edit or check makes it anything else.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from directory import translation_status
from directory.translation import TranslatedText


class MachineTranslationError(Exception):
    """The service could not translate; the message says why, for staff."""


class Backend(Protocol):
    name: str

    def translate(self, texts: list[str], source: str, target: str) -> list[str]: ...


class LibreTranslateBackend:
    """POST /translate with {"q": [...], "source", "target", "format": "text"}."""

    name = "libretranslate"

    def __init__(self, url: str, api_key: str = "", timeout: int = 20, codes=None):
        self.url = url.rstrip("/") + "/translate"
        self.api_key = api_key
        self.timeout = timeout
        # The service's own codes where they differ from ours (zh-hans → zh).
        self.codes = codes or {}

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        if not texts:
            return []
        body = {
            "q": texts,
            "source": self.codes.get(source, source),
            "target": self.codes.get(target, target),
            "format": "text",
        }
        if self.api_key:
            body["api_key"] = self.api_key
        request = urllib.request.Request(  # noqa: S310 - the URL is the operator's setting
            self.url,
            data=json.dumps(body).encode("utf-8"),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                answer = json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            raise MachineTranslationError(
                _("The machine translation service refused the request (HTTP %(status)s).")
                % {"status": exc.code}
            ) from exc
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
            raise MachineTranslationError(
                _("The machine translation service could not be reached or did not answer.")
            ) from exc
        translated = answer.get("translatedText") if isinstance(answer, dict) else None
        if isinstance(translated, str):
            translated = [translated]
        if not isinstance(translated, list) or len(translated) != len(texts):
            raise MachineTranslationError(
                _("The machine translation service gave an answer this site cannot read.")
            )
        return [str(text) for text in translated]


def get_backend() -> Backend | None:
    """The configured backend, or None when machine translation is off (the default)."""
    if not settings.MACHINE_TRANSLATION_URL:
        return None
    backend_class = import_string(settings.MACHINE_TRANSLATION_BACKEND)
    return backend_class(
        settings.MACHINE_TRANSLATION_URL,
        api_key=settings.MACHINE_TRANSLATION_API_KEY,
        timeout=settings.MACHINE_TRANSLATION_TIMEOUT,
        codes=settings.MACHINE_TRANSLATION_CODES,
    )


def is_enabled() -> bool:
    return bool(settings.MACHINE_TRANSLATION_URL)


def drafts(instance, fields, language: str, backend: Backend | None = None) -> dict[str, str]:
    """Machine drafts of `fields` of one record into `language`, from each field's source text;
    nothing is saved. Fields with no source text, or already written in `language` by their
    source, are left out."""
    backend = backend or get_backend()
    if backend is None:
        raise MachineTranslationError(_("Machine translation is not set up on this site."))
    wanted = {}
    for field in fields:
        value = TranslatedText(getattr(instance, field))
        source = translation_status.source_language(value)
        if source and source != language:
            wanted.setdefault(source, []).append((field, value.exact(source)))
    result = {}
    for source, pairs in wanted.items():
        texts = backend.translate([text for _field, text in pairs], source, language)
        for (field, _text), translated in zip(pairs, texts, strict=True):
            if translated.strip():
                result[field] = translated.strip()
    return result


def fill_missing(instance, language: str, backend: Backend | None = None, user=None) -> list[str]:
    """Write machine drafts for the record's texts that are missing in `language`; returns the
    fields written. The caller holds the transaction."""
    fields = [
        field
        for field in translation_status.tracked_fields(type(instance))
        if TranslatedText(getattr(instance, field))
        and not TranslatedText(getattr(instance, field)).exact(language)
    ]
    found = drafts(instance, fields, language, backend)
    for field, text in found.items():
        setattr(instance, field, TranslatedText(getattr(instance, field)).with_text(language, text))
        translation_status.mark(instance, field, language, translation_status.Status.MACHINE, user)
    if found:
        instance.save()
    return list(found)
