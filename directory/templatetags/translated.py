"""Translated text in templates: the reader's language, with an honest mark when it falls back.

    {% load translated %}
    {% translated service.name %}                       inline; <span lang=…> only on fallback
    {% translated service.description block=True %}    paragraphs in a <div>, with a visible
                                                         "(in English)" note when it fell back
    {% translated service.name note=False %}            fallback text without the visible note
    {% translated_field service "description" block=True %}  the same, noting a machine
                                                         translation or a stale one
    {% translation_notice service %}                    one sentence on how far the page's
                                                         translations are checked
    {{ service.name|resolved }}                         the Resolved value, for {% with %}
    {{ practice.title|with_note }}                      plain text and the fallback note, for
                                                         <title> and <option>
    {% any_fell_back service.name service.description as partly_fallback %}
    {{ "ar"|language_name }}                            a language's name in the reader's language
    {{ reasons|listed }}  {{ reasons|listed:"strong" }} a list in the reader's punctuation
    {% if not forloop.last %}{% sep %}{% endif %}       the same, between the items of a loop
    {% blocktranslate … asvar line %}…{% endblocktranslate %}{{ line|sentence }}
                                                         no "г.." when a date ends a sentence

Every public page and e-mail that shows translated text should use these, so that screen readers
pronounce fallback text in its own language (WCAG 3.1.2) and readers see which text is not yet in
their language.
"""

import functools
import re
from pathlib import Path

import django
from django import template
from django.conf import settings
from django.utils import translation
from django.utils.functional import Promise
from django.utils.html import conditional_escape, format_html, linebreaks
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, pgettext_lazy, to_locale

from directory import translation_status
from directory.translation import Resolved, TranslatedText, listed, separator

register = template.Library()

# The product's languages named as they stand inside a sentence of the reader's language ("(en
# anglais : pas encore traduit)", "Languages: Arabic, Finnish"), from our own catalogue: Django
# has no Somali catalogue, so a Somali reader got the names in the fallback Finnish ("englanti"),
# and Django's French, Spanish, Swedish, Russian and Ukrainian names are capitalised as labels.
LANGUAGE_NAMES = {
    "fi": pgettext_lazy("language name", "Finnish"),
    "sv": pgettext_lazy("language name", "Swedish"),
    "en": pgettext_lazy("language name", "English"),
    "ru": pgettext_lazy("language name", "Russian"),
    "uk": pgettext_lazy("language name", "Ukrainian"),
    "ar": pgettext_lazy("language name", "Arabic"),
    "so": pgettext_lazy("language name", "Somali"),
    "fa": pgettext_lazy("language name", "Persian"),
    "et": pgettext_lazy("language name", "Estonian"),
    "zh": pgettext_lazy("language name", "Chinese"),
    "zh-hans": pgettext_lazy("language name", "Chinese"),
    "es": pgettext_lazy("language name", "Spanish"),
    "tr": pgettext_lazy("language name", "Turkish"),
    "fr": pgettext_lazy("language name", "French"),
}


@functools.cache
def _django_names_languages(language: str) -> bool:
    """Whether Django's own catalogue names languages in `language` (it has none for Somali)."""
    return (Path(django.__file__).parent / "conf" / "locale" / to_locale(language)).is_dir()


def resolve(value, language: str | None = None) -> Resolved:
    """Any translated value (TranslatedText, dict, plain string, None) in the current language."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    if isinstance(value, Resolved):
        return value
    if isinstance(value, str | Promise):
        # Interface text (already in the reader's language), not stored content.
        return Resolved(str(value), language, language)
    return TranslatedText(value).get(language)


def language_name(code: str) -> str:
    """The language's name in the reader's language ("englanti" for en on a Finnish page), as
    it reads inside a sentence; another language than the product's by Django's name for it
    (in English where Django does not translate the reader's language)."""
    if not code:
        return ""
    if code.lower() in LANGUAGE_NAMES:
        return str(LANGUAGE_NAMES[code.lower()])
    try:
        info = translation.get_language_info(code)
    except KeyError:
        return code
    if _django_names_languages(translation.get_language() or settings.LANGUAGE_CODE):
        return str(info["name_translated"])
    return info["name"]


def language_direction(code: str | None) -> str:
    if not code:
        return "ltr"
    try:
        return "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    except KeyError:
        return "ltr"


def _state_notes(state) -> list[str]:
    notes = []
    if state is not None and state.status == translation_status.Status.MACHINE:
        notes.append(gettext("Machine translation."))
    if state is not None and state.stale:
        notes.append(
            gettext(
                "The original text has changed since this was translated; it may be out of date."
            )
        )
    return notes


def fallback_note(resolved: Resolved) -> str:
    """ "(in English: not yet translated)", in the reader's language; empty when not needed."""
    if not resolved.fell_back:
        return ""
    return gettext("(in %(language)s: not yet translated)") % {
        "language": language_name(resolved.language)
    }


def text_with_note(value) -> str:
    """Plain text where markup cannot go (a list's option, a page title): the text, and the
    fallback note when it is not in the reader's language."""
    resolved = resolve(value)
    note = fallback_note(resolved)
    return f"{resolved.text} {note}" if note and resolved.text else resolved.text


def render_translated(value, *, block: bool = False, note: bool | None = None, state=None) -> str:
    resolved = resolve(value)
    if not resolved.text:
        return ""
    if note is None:
        note = block
    notes = _state_notes(state) if note else []
    if notes:
        html = render_translated(value, block=block, note=note)
        for text in notes:
            html += format_html(
                ' <{0} class="translation-note">{1}</{0}>', "p" if block else "span", text
            )
        return mark_safe(html)  # noqa: S308 - escaped above
    if block:
        # linebreaks() escapes the text itself before adding <p> and <br>.
        body = mark_safe(linebreaks(resolved.text, autoescape=True))  # noqa: S308
    else:
        body = conditional_escape(resolved.text)
    tag = "div" if block else "span"
    if not resolved.fell_back:
        return format_html("<{0}>{1}</{0}>", tag, body) if block else body
    html = format_html(
        '<{0} class="fallback" lang="{1}" dir="{2}">{3}</{0}>',
        tag,
        resolved.language,
        language_direction(resolved.language),
        body,
    )
    if note:
        # The note is in the reader's language, so it needs no lang attribute of its own.
        html += format_html(
            ' <{0} class="fallback-note">{1}</{0}>',
            "p" if block else "span",
            fallback_note(resolved),
        )
    return mark_safe(html)  # noqa: S308 - every piece above is escaped by format_html


@register.filter(name="with_note")
def with_note_filter(value):
    """{{ practice.title|with_note }}: plain text, with the fallback note (for <title>)."""
    return text_with_note(value)


@register.simple_tag(name="translated")
def translated_tag(value, block=False, note=None):
    return render_translated(value, block=block, note=note)


@register.simple_tag(name="translated_field")
def translated_field_tag(instance, field, block=False, note=None):
    """A tracked record's field: like {% translated %}, and says when the text shown is a
    machine translation or older than its source."""
    value = getattr(instance, field)
    resolved = resolve(value)
    state = translation_status.state_for(instance, field, resolved.language)
    return render_translated(value, block=block, note=note, state=state)


@register.simple_tag(name="translation_notice")
def translation_notice(*instances):
    """One notice for the texts a page shows from these records in the reader's language:
    translated but not checked by the provider, or machine translated."""
    statuses = set()
    for instance in instances:
        for field in translation_status.tracked_fields(type(instance)):
            resolved = resolve(getattr(instance, field))
            state = translation_status.state_for(instance, field, resolved.language)
            if resolved.text and state is not None:
                statuses.add(state.status)
    messages = []
    if translation_status.Status.MACHINE in statuses:
        messages.append(
            gettext("Parts of this page are machine translations that no one has checked yet.")
        )
    if translation_status.Status.TRANSLATED in statuses:
        messages.append(gettext("Translated; not yet checked by the provider."))
    if not messages:
        return ""
    return format_html(
        '<p class="notice translation-notice">{}</p>', " ".join(str(m) for m in messages)
    )


@register.filter(name="resolved")
def resolved_filter(value):
    return resolve(value)


@register.filter(name="text")
def text_filter(value):
    """Plain text in the current language (for attributes such as title or alt)."""
    return resolve(value).text


@register.simple_tag(name="any_fell_back")
def any_fell_back(*values):
    return any(resolve(value).fell_back for value in values)


@register.filter(name="language_name")
def language_name_filter(code):
    return language_name(code)


@register.filter(name="language_direction")
def language_direction_filter(code):
    return language_direction(code)


@register.filter(name="listed", needs_autoescape=True)
def listed_filter(items, strong="", autoescape=True):
    """`join` in the reader's punctuation: Arabic and Persian readers get "، "."""
    escape = conditional_escape if autoescape else str
    return mark_safe(listed((escape(item) for item in items), strong=bool(strong)))


@register.simple_tag(name="sep")
def separator_tag(strong=False):
    return separator(strong)


# A full stop after a word that ends in one ("2026 г.", "Inc."): one is enough. An ellipsis stays.
_DOUBLED_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


@register.filter(name="sentence", is_safe=True)
def sentence_filter(text):
    """A translated sentence whose date or name ends in an abbreviation's full stop (Russian
    "6 декабря 2026 г.", "Example Organization Inc.") and that adds its own: one full stop."""
    return _DOUBLED_STOP.sub(".", str(text))
