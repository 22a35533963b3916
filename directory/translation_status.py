"""Translation status per field and language, kept beside the text.

Every translated field of a tracked record (services, organizations, taxonomy terms) has one
source language: the site's default language when the field is written in it, otherwise the
first of the default fallback chain (English), otherwise the first configured language. Each other language it is written in has a
`TranslationState`: machine draft, draft, translated (not checked by the provider) or checked by
the provider, and what it was made from. A language without text is missing. When the source
text changes, every translation made from the earlier text becomes stale, in the transaction
that saved the change (a post_save signal), and stays shown with a note until it is updated.

Whoever writes a translation says what it is with `mark()` before saving the record; a changed
text nobody marked counts as translated, not checked.
"""

from __future__ import annotations

import hashlib
import unicodedata

from django.contrib.contenttypes.models import ContentType

from directory.models import Organization, Service, TaxonomyTerm, TranslationState
from directory.translation import (
    TranslatedField,
    TranslatedText,
    source_language,
)

Status = TranslationState.Status
MISSING = "missing"

# The records whose translations are tracked; every translated field of each is.
TRACKED_MODELS = (Service, Organization, TaxonomyTerm)
# What a reader must be able to read for a service to count as readable in a language.
READABLE_FIELDS = ("name", "description")


def tracked_fields(model) -> list[str]:
    return [field.name for field in model._meta.fields if isinstance(field, TranslatedField)]


def fingerprint(text: str) -> str:
    text = unicodedata.normalize("NFC", text or "").strip()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def mark(instance, field: str, language: str, status: str, user=None) -> None:
    """Say what the text about to be saved in (field, language) is: a machine draft, a
    translator's translation, or checked by the provider. Read by the next save."""
    marks = instance.__dict__.setdefault("_translation_marks", {})
    marks[(field, language)] = (status, user)


def record(instance) -> None:
    """Bring the states of one saved record up to date (called after every save)."""
    content_type = ContentType.objects.get_for_model(type(instance))
    existing = {
        (state.field, state.language): state
        for state in TranslationState.objects.filter(
            content_type=content_type, object_id=instance.pk
        )
    }
    marks = instance.__dict__.pop("_translation_marks", {})
    created, changed = [], []
    for field in tracked_fields(type(instance)):
        value = TranslatedText(getattr(instance, field))
        source = source_language(value)
        source_text = value.exact(source) if source else ""
        for language, text in value.items():
            state = existing.pop((field, language), None)
            if language == source:
                if state is not None:  # the source moved to this language
                    existing[(field, language)] = state
                continue
            status, user = marks.get((field, language), (None, None))
            new_text = state is None or state.text_fingerprint != fingerprint(text)
            if status or new_text:
                state = state or TranslationState(
                    content_type=content_type, object_id=instance.pk, field=field, language=language
                )
                state.status = status or Status.TRANSLATED
                state.source_language = source
                state.source_fingerprint = fingerprint(source_text)
                state.source_text = source_text
                state.text_fingerprint = fingerprint(text)
                state.stale = False
                state.updated_by = user
                (changed if state.pk else created).append(state)
            else:
                stale = state.source_language != source or state.source_fingerprint != fingerprint(
                    source_text
                )
                if stale != state.stale:
                    state.stale = stale
                    changed.append(state)
    if existing:  # texts that are gone, or became their field's source
        TranslationState.objects.filter(pk__in=[s.pk for s in existing.values()]).delete()
    TranslationState.objects.bulk_create(created)
    for state in changed:
        state.save()


def states_of(instances, only=None) -> dict:
    """{(record id, field, language): TranslationState} for the given records, one query per
    kind of record; `only`: the state's fields to load, when the caller reads no others."""
    by_type = {}
    for instance in instances:
        if instance is not None and instance.pk:
            by_type.setdefault(ContentType.objects.get_for_model(type(instance)), set()).add(
                instance.pk
            )
    found = {}
    for content_type, ids in by_type.items():
        states = TranslationState.objects.filter(content_type=content_type, object_id__in=ids)
        for state in states.only(*only) if only else states:
            found[(state.object_id, state.field, state.language)] = state
    return found


def attach(*instances) -> None:
    """Load the states of these records onto them, for `state_for` (pages and lists)."""
    states = states_of(instances)
    for instance in instances:
        if instance is not None:
            instance._translation_states = {
                (field, language): state
                for (pk, field, language), state in states.items()
                if pk == instance.pk
            }


def state_for(instance, field: str, language: str | None) -> TranslationState | None:
    """The state of one text; attached states are used when present."""
    if instance is None or not language or not getattr(instance, "pk", None):
        return None
    attached = getattr(instance, "_translation_states", None)
    if attached is None:
        attach(instance)
        attached = instance._translation_states
    return attached.get((field, language))


def status_of(instance, field: str, language: str) -> str:
    """ "source", "missing", or the state's status (a stale one is still its status; see
    `state_for(...).stale`)."""
    value = TranslatedText(getattr(instance, field))
    if not value.exact(language):
        return MISSING
    if source_language(value) == language:
        return "source"
    state = state_for(instance, field, language)
    return state.status if state else Status.TRANSLATED


def readable_in(service, language: str) -> bool:
    """Whether a reader of `language` can read the service's name and description without
    fallback (a field the source leaves empty needs no translation)."""
    return bool(readable_languages(service, [language]))


def readable_languages(service, languages) -> list[str]:
    """Those of `languages` the service is readable in (`readable_in`), its texts read once."""
    values = [value for value in (getattr(service, name) for name in READABLE_FIELDS) if value]
    values = [TranslatedText(value) for value in values]
    return [code for code in languages if all(value.exact(code) for value in values)]


def counts_by_language(instances) -> dict:
    """{language: (stale, machine drafts)} among the translations of these records of one kind,
    counted by the database."""
    from django.db.models import Count, Q

    instances = [instance for instance in instances if instance.pk]
    if not instances:
        return {}
    rows = (
        TranslationState.objects.filter(
            content_type=ContentType.objects.get_for_model(type(instances[0])),
            object_id__in=[instance.pk for instance in instances],
        )
        .values("language")
        .annotate(
            stale=Count("pk", filter=Q(stale=True)),
            machine=Count("pk", filter=Q(status=Status.MACHINE)),
        )
    )
    return {row["language"]: (row["stale"], row["machine"]) for row in rows}
