"""Translated text as a value.

Every human-readable field stores one JSON object, ``{"fi": "...", "en": "..."}``. Adding a
language is therefore a settings change, never a migration. Reading follows a fallback chain
(the requested language, the languages the reader also reads, then the chain configured for the
requested language, then any language present), and the caller can always tell whether it fell
back.
"""

from __future__ import annotations

import unicodedata
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.signals import setting_changed
from django.db import models
from django.dispatch import receiver
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

# Every translated value read from the database normalises each of its language codes, tens of
# thousands per search page: the configured codes and each code's normal form are therefore
# remembered, and forgotten when LANGUAGES changes (tests; a deployment restarts).
_configured: tuple[str, ...] | None = None
_normalised: dict[str, str] = {}


def _codes() -> tuple[str, ...]:
    global _configured
    if _configured is None:
        _configured = tuple(code for code, _name in settings.LANGUAGES)
    return _configured


def configured_languages() -> list[str]:
    return list(_codes())


@receiver(setting_changed, dispatch_uid="translation_languages_changed")
def _languages_changed(setting, **kwargs):
    global _configured
    if setting in ("LANGUAGES", "LANGUAGE_CODE"):
        _configured = None
        _normalised.clear()


def normalise_language(code: str | None) -> str:
    """Map a request's language (``zh-Hans``, ``en-GB``, ``fi``) onto a configured code."""
    if not code:
        return translation.get_language() or settings.LANGUAGE_CODE
    known = _normalised.get(code)
    if known is not None:
        return known
    result = _normalise(code)
    if len(_normalised) < 10000:  # codes come from requests too: keep the memory bounded
        _normalised[code] = result
    return result


def _normalise(code: str) -> str:
    code = code.strip().lower().replace("_", "-")
    languages = configured_languages()
    if code in languages:
        return code
    base = code.split("-")[0]
    if base in languages:
        return base
    for candidate in languages:
        if candidate.split("-")[0] == base:
            return candidate
    return code


def configured_language(tag: str | None) -> str | None:
    """A language tag as people and browsers write it (BCP 47: ``zh``, ``zh-CN``, ``zh-Hans``,
    ``ar-SA``, ``en_GB``) as one of the configured languages, or None when none of them fits.
    The one rule for every API field, ``?lang=`` and Accept-Language."""
    if not tag or not tag.strip():
        return None
    code = normalise_language(tag)
    return code if code in configured_languages() else None


# The languages this reader also reads, besides the page's language: set for one request (the
# public site's `?also=`) or one rendering (the navigator's "languages I speak"), never stored.
_reader_also: ContextVar[tuple[str, ...]] = ContextVar("reader_also", default=())

# A reader asks for at most this many extra languages; more would be a list of every language.
MAX_ALSO = 3


def parse_languages(value) -> list[str]:
    """Configured language codes from a comma-separated string or a list; unknown codes and
    repeats are dropped, and at most MAX_ALSO are kept."""
    if isinstance(value, str):
        value = value.split(",")
    languages = configured_languages()
    codes = []
    for item in value or ():
        code = normalise_language(str(item)) if str(item).strip() else ""
        if code in languages and code not in codes:
            codes.append(code)
    return codes[:MAX_ALSO]


def reader_languages() -> tuple[str, ...]:
    return _reader_also.get()


@contextmanager
def reading(also=()):
    """Within the block, translated text falls back to `also` first (a reader's own second
    languages), before the chain configured for the page's language."""
    token = _reader_also.set(tuple(parse_languages(also)))
    try:
        yield
    finally:
        _reader_also.reset(token)


def configured_chain(language: str) -> list[str]:
    """The chain configured for one interface language (settings.FALLBACK_CHAINS, else
    settings.FALLBACK_LANGUAGES)."""
    chains = getattr(settings, "FALLBACK_CHAINS", {}) or {}
    return list(chains.get(language) or settings.FALLBACK_LANGUAGES)


def fallback_chain(language: str | None = None, also=None) -> list[str]:
    """The order languages are tried in for a reader of `language`: that language, the
    languages the reader also reads (`also`, else those of the current `reading()` block),
    then the configured chain."""
    requested = normalise_language(language)
    chain = [requested]
    extra = reader_languages() if also is None else parse_languages(also)
    for code in [*extra, *configured_chain(requested)]:
        if code not in chain:
            chain.append(code)
    return chain


@dataclass(frozen=True)
class Resolved:
    """One language's reading of a translated text."""

    text: str
    language: str | None
    requested: str

    @property
    def fell_back(self) -> bool:
        return bool(self.text) and self.language != self.requested

    def __str__(self) -> str:
        return self.text


class TranslatedText:
    """An immutable mapping of language code to text, read with fallback."""

    __slots__ = ("_values",)

    def __init__(self, values: dict | str | TranslatedText | None = None):
        if isinstance(values, TranslatedText):
            values = values.as_dict()
        elif isinstance(values, str):
            values = {settings.LANGUAGE_CODE: values}
        cleaned = {}
        for code, text in (values or {}).items():
            if text is None:
                continue
            text = unicodedata.normalize("NFC", str(text)).strip()
            if text:
                cleaned[normalise_language(code)] = text
        self._values = cleaned

    @classmethod
    def stored(cls, values: dict) -> TranslatedText:
        """A value as this module saved it (configured codes, text stripped and in NFC), read
        back without cleaning it again: a page of search results reads some 500 of them, and
        checking every text's Unicode form took as long as making it. A value that is plainly
        not clean (a language since removed from the settings, text with spaces around it) is
        cleaned."""
        known = _codes()
        for code, text in values.items():
            if (
                code not in known
                or type(text) is not str
                or not text
                or text[0].isspace()
                or text[-1].isspace()
            ):
                return cls(values)
        instance = cls.__new__(cls)
        instance._values = values
        return instance

    def get(self, language: str | None = None) -> Resolved:
        requested = normalise_language(language)
        for code in fallback_chain(requested):
            if code in self._values:
                return Resolved(self._values[code], code, requested)
        for code in configured_languages():
            if code in self._values:
                return Resolved(self._values[code], code, requested)
        for code, text in self._values.items():
            return Resolved(text, code, requested)
        return Resolved("", None, requested)

    def exact(self, language: str) -> str:
        """The text in exactly this language, or an empty string: no fallback."""
        return self._values.get(normalise_language(language), "")

    def with_text(self, language: str, text: str) -> TranslatedText:
        values = dict(self._values)
        values[language] = text
        return TranslatedText(values)

    def as_dict(self) -> dict[str, str]:
        return dict(self._values)

    @property
    def languages(self) -> list[str]:
        return list(self._values)

    def items(self):
        return self._values.items()

    def __str__(self) -> str:
        return self.get().text

    def __bool__(self) -> bool:
        return bool(self._values)

    def __eq__(self, other) -> bool:
        if isinstance(other, TranslatedText):
            return self._values == other._values
        if isinstance(other, dict):
            return self._values == TranslatedText(other)._values
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._values.items())))

    def __repr__(self) -> str:
        return f"TranslatedText({self._values!r})"


def source_language(value) -> str | None:
    """The language a field's other languages are translated from: the site's default language
    when the text is written in it, else the first of the default fallback chain, else the first
    configured language it is written in."""
    present = TranslatedText(value).languages
    order = [settings.LANGUAGE_CODE, *settings.FALLBACK_LANGUAGES, *configured_languages()]
    for code in [*order, *present]:
        if code in present:
            return code
    return None


class TranslatedTextWidget(forms.MultiWidget):
    """One labelled input per configured language. The source language's input comes first;
    the other languages follow behind a disclosure, each beside the source text it is
    translated from (read-only, in its own language and direction)."""

    template_name = "directory/widgets/translated_text.html"

    def __init__(self, multiline: bool = False, attrs=None):
        self.languages = configured_languages()
        widget = forms.Textarea(attrs={"rows": 3}) if multiline else forms.TextInput()
        widgets = {}
        for code in self.languages:
            sub = widget.__class__(attrs=dict(widget.attrs, lang=code, dir=_direction(code)))
            widgets[code] = sub
        super().__init__(widgets, attrs)

    def decompress(self, value):
        value = TranslatedText(value)
        return [value.exact(code) for code in self.languages]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        names = dict(settings.LANGUAGES)
        subwidgets = context["widget"]["subwidgets"]
        texts = {}
        for code, sub in zip(self.languages, subwidgets, strict=True):
            sub["language_code"] = code
            sub["language_name"] = capfirst(translation.gettext(names[code]))
            texts[code] = sub["value"] or ""
        # A new text is written first in the language of the page it is written on.
        source = source_language(texts) or normalise_language(None)
        if source not in self.languages:
            source = self.languages[0]
        primary = next(sub for sub in subwidgets if sub["language_code"] == source)
        others = [sub for sub in subwidgets if sub is not primary]
        if texts.get(source):
            for sub in others:
                if sub["attrs"].get("id"):
                    sub["source_id"] = f"{sub['attrs']['id']}_source"
                    sub["attrs"]["aria-describedby"] = sub["source_id"]
        context["widget"].update(
            primary=primary,
            others=others,
            written=sum(1 for sub in others if texts[sub["language_code"]]),
            source={
                "code": source,
                "name": primary["language_name"],
                "text": texts.get(source, ""),
                "direction": _direction(source),
            },
        )
        return context


def _direction(code: str) -> str:
    return "rtl" if translation.get_language_info(code).get("bidi") else "ltr"


class TranslatedFormField(forms.MultiValueField):
    def __init__(self, *, multiline=False, required=False, max_length=None, **kwargs):
        languages = configured_languages()
        fields = [forms.CharField(required=False, max_length=max_length) for _code in languages]
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        kwargs.setdefault("widget", TranslatedTextWidget(multiline=multiline))
        super().__init__(fields, require_all_fields=False, required=False, **kwargs)
        self.text_required = required
        self.languages = languages

    def compress(self, data_list):
        return TranslatedText(dict(zip(self.languages, data_list or [], strict=False)))

    def clean(self, value):
        text = super().clean(value)
        if self.text_required and not text:
            raise forms.ValidationError(
                _("Write this in at least one language (Finnish or English is best)."),
                code="required",
            )
        return text

    def has_changed(self, initial, data):
        return TranslatedText(initial) != self.compress(
            [self.fields[i].clean(v) for i, v in enumerate(data or [])]
        )


class TranslatedField(models.JSONField):
    """A model field holding a TranslatedText; stored as a JSON object keyed by language."""

    def __init__(self, *args, multiline=False, required=False, max_length=None, **kwargs):
        self.multiline = multiline
        self.text_required = required
        self.text_max_length = max_length
        kwargs.setdefault("default", dict)
        kwargs.setdefault("blank", not required)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.multiline:
            kwargs["multiline"] = True
        if self.text_required:
            kwargs["required"] = True
        if self.text_max_length:
            kwargs["max_length"] = self.text_max_length
        kwargs.pop("blank", None)
        if kwargs.get("default") is dict:
            kwargs.pop("default")
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        value = super().from_db_value(value, expression, connection)
        if isinstance(value, dict):
            return TranslatedText.stored(value)
        return value

    def to_python(self, value):
        if isinstance(value, TranslatedText) or value is None:
            return value
        if isinstance(value, dict):
            return TranslatedText(value)
        return TranslatedText(super().to_python(value))

    def get_prep_value(self, value):
        # Only whole values are converted: a plain string here is a lookup's right-hand side.
        if isinstance(value, TranslatedText):
            value = value.as_dict()
        return super().get_prep_value(value)

    def pre_save(self, model_instance, add):
        value = getattr(model_instance, self.attname)
        if not isinstance(value, TranslatedText):
            value = TranslatedText(value)
            setattr(model_instance, self.attname, value)
        return value

    def validate(self, value, model_instance):
        value = TranslatedText(value)
        if self.text_required and not value:
            raise ValidationError(_("Write this in at least one language."), code="required")
        if self.text_max_length:
            for code, text in value.items():
                if len(text) > self.text_max_length:
                    raise ValidationError(
                        _("The %(language)s text is %(length)d characters; at most %(limit)d fit.")
                        % {"language": code, "length": len(text), "limit": self.text_max_length},
                        code="max_length",
                    )

    def formfield(self, **kwargs):
        return TranslatedFormField(
            multiline=self.multiline,
            required=self.text_required,
            max_length=self.text_max_length,
            # As Django's own fields do: verbose names are lowercase, labels start a sentence.
            label=kwargs.get("label", capfirst(self.verbose_name)),
            help_text=self.help_text,
        )

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))


def separator(strong: bool = False) -> str:
    """What joins the items of a list in the active language: ", ", or "، " in Arabic and
    Persian. `strong` joins items that may hold commas of their own ("; ", Arabic "؛ ")."""
    if strong:
        return translation.pgettext("between the items of a list", "; ")
    return translation.pgettext("between the items of a list", ", ")


def listed(items, strong: bool = False) -> str:
    """The items as one line in the active language's punctuation."""
    return separator(strong).join(str(item) for item in items)


def language_name(code: str) -> str:
    """A language's English name as Django knows it (the HSDS language record's name), or the
    code itself for one Django does not know."""
    from django.utils.translation import get_language_info

    try:
        return get_language_info(code)["name"]
    except KeyError:
        return code
