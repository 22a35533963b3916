"""The translator's work: per region and language, the queue of texts that are missing, stale or
only machine drafts; one service's texts side by side with their source; and saving a
translation into the service's draft, so that it goes through the same review as every other
edit. Coverage per language (services readable without fallback) for the dashboard.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from coordination import permissions, records, workflow
from coordination.models import ServiceDraft
from directory import translation_status
from directory.models import Service
from directory.translation import TranslatedText

Status = translation_status.Status
STALE = "stale"
# Statuses a translation can be given in the workspace, in the draft's data.
DRAFT_KEY = records.TRANSLATION_STATUS_KEY


STATUS_LABELS = {
    translation_status.MISSING: gettext_lazy("Missing"),
    STALE: gettext_lazy("Stale: the source changed"),
    Status.MACHINE: gettext_lazy("Machine translation"),
    Status.DRAFT: gettext_lazy("In a draft, waiting for review"),
    Status.TRANSLATED: gettext_lazy("Translated, not checked by the provider"),
    Status.CHECKED: gettext_lazy("Checked by the provider"),
    "source": gettext_lazy("Source text"),
}


def status_label(code: str) -> str:
    return str(STATUS_LABELS.get(code, code))


@dataclass
class QueueItem:
    service: Service
    field: str
    status: str  # missing, stale, machine, or "in review" (a draft holds a new translation)

    @property
    def label(self) -> str:
        return str(records.field_label(self.field))

    @property
    def status_label(self) -> str:
        return status_label(self.status)


def _needs_work(value: TranslatedText, state, language: str) -> str | None:
    if not value.exact(language):
        return translation_status.MISSING
    if state is not None and state.stale:
        return STALE
    if state is not None and state.status == Status.MACHINE:
        return Status.MACHINE
    return None


def queue(user, region, language: str) -> list[QueueItem]:
    """The texts of the services `user` may edit in `region` that need a translator in
    `language`: missing, stale (its source changed) or a machine draft. A text a draft already
    translates is listed as waiting for review."""
    return queues(user, region, [language])[language]


def queues(user, region, languages) -> dict[str, list[QueueItem]]:
    """`queue` for several languages, the services and their states read once."""
    editable = permissions.editable_organizations(user).filter(region=region)
    services = list(
        Service.objects.in_region(region)
        .filter(organization__in=editable)
        .exclude(publication_status=Service.Publication.ARCHIVED)
        .select_related("organization")
        .order_by("organization_id", "id")
    )
    # The queue reads whether each translation is stale or a machine draft, not its texts.
    states = translation_status.states_of(
        services, only=("object_id", "field", "language", "status", "stale")
    )
    drafts = {
        draft.service_id: records.normalise(draft.data)
        for draft in ServiceDraft.objects.open().filter(service__in=services)
    }
    result = {language: [] for language in languages}
    for service in services:
        draft = drafts.get(service.pk)
        for name in records.TRANSLATED_FIELDS:
            value = TranslatedText(getattr(service, name))
            if not value:
                continue
            source = translation_status.source_language(value)
            for language in languages:
                if source == language:
                    continue
                status = _needs_work(value, states.get((service.pk, name, language)), language)
                if status is None:
                    continue
                proposed = draft[name].get(language) if draft else None
                if proposed and proposed != value.exact(language):
                    status = Status.DRAFT
                result[language].append(QueueItem(service, name, status))
    return result


@dataclass
class Row:
    """One field of the workspace: the source, the translation as published, and the one being
    written."""

    field: str
    label: str
    source_language: str
    source: str
    previous: str
    proposed: str
    status: str
    stale: bool
    changes: list[tuple[str, str]] = field(default_factory=list)  # (op, words) since made

    @property
    def status_label(self) -> str:
        return status_label(STALE if self.stale else self.status)


def word_changes(before: str, after: str) -> list[tuple[str, str]]:
    """What changed between two texts, word by word: ("equal" | "delete" | "insert", words)."""
    old, new = before.split(), after.split()
    result = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            result.append(("equal", " ".join(old[i1:i2])))
            continue
        if op in ("delete", "replace"):
            result.append(("delete", " ".join(old[i1:i2])))
        if op in ("insert", "replace"):
            result.append(("insert", " ".join(new[j1:j2])))
    return result


def rows(service: Service, language: str) -> list[Row]:
    """Side by side, for every field the service has text in: its source and the translation."""
    draft = workflow.open_draft(service)
    proposed = records.normalise(draft.data) if draft else None
    translation_status.attach(service)
    result = []
    for name in records.TRANSLATED_FIELDS:
        value = TranslatedText(getattr(service, name))
        source = translation_status.source_language(value)
        if not value or source == language:
            continue
        state = translation_status.state_for(service, name, language)
        previous = value.exact(language)
        changes = []
        if state is not None and state.stale and state.source_text:
            changes = word_changes(state.source_text, value.exact(source))
        result.append(
            Row(
                field=name,
                label=str(records.field_label(name)),
                source_language=source,
                source=value.exact(source),
                previous=previous,
                proposed=proposed[name].get(language, "") if proposed else previous,
                status=translation_status.status_of(service, name, language),
                stale=bool(state and state.stale),
                changes=changes,
            )
        )
    return result


def save(
    user,
    service: Service,
    language: str,
    texts: dict[str, str],
    *,
    revision: int,
    checked: bool = False,
    machine: dict[str, str] | None = None,
    confirmed=(),
    submit: bool = False,
) -> ServiceDraft:
    """Put the translations into the service's draft (begun from the live entry if there is
    none), saying what each is: checked by the provider when a provider's editor says so,
    machine translation when it is still exactly the machine's draft, otherwise translated.
    An unchanged text is recorded only when `confirmed` names its field (a stale translation
    that is still right) or the editor checks it. Raises workflow.Conflict and ValidationError
    as the draft workflow does; nothing is written then."""
    if checked and not permissions.can_check_translations(user, service):
        checked = False
    draft = workflow.open_draft(service)
    if draft is None:
        if revision:
            raise workflow.Conflict(
                _(
                    "The draft you were translating was published or withdrawn meanwhile. Your "
                    "translation was not saved; reload to start from the live entry."
                )
            )
        draft = workflow.start_draft(user, service)
        revision = draft.revision
    data = records.normalise(draft.data)
    statuses = data[DRAFT_KEY]
    machine = machine or {}
    for name, text in texts.items():
        if name not in records.TRANSLATED_FIELDS:
            continue
        text = (text or "").strip()
        value = TranslatedText(data[name])
        if not text:
            data[name] = {k: v for k, v in value.as_dict().items() if k != language}
            statuses.get(name, {}).pop(language, None)
            continue
        changed = text != TranslatedText(getattr(service, name)).exact(language)
        if not changed and not checked and name not in confirmed and name not in statuses:
            # Untouched: the translation stays what it was.
            continue
        data[name] = value.with_text(language, text).as_dict()
        if checked:
            status = Status.CHECKED
        elif machine.get(name, "").strip() == text:
            status = Status.MACHINE
        else:
            status = Status.TRANSLATED
        statuses.setdefault(name, {})[language] = status
    draft = workflow.save_draft(user, draft, data, revision)
    if submit:
        draft = workflow.submit(user, draft)
    return draft


@dataclass
class Coverage:
    language: str
    readable: int
    total: int
    stale: int
    machine: int

    @property
    def share(self) -> float:
        return self.readable / self.total if self.total else 1.0


def coverage(region, services=None) -> list[Coverage]:
    """Per configured language: the published services readable without fallback (name and
    description), and how many of their translations are stale or machine drafts.
    `services`: the region's published services when the caller has them already."""
    if services is None:
        services = list(Service.objects.published().in_region(region))
    codes = [code for code, _name in settings.LANGUAGES]
    readable = Counter(
        code for s in services for code in translation_status.readable_languages(s, codes)
    )
    counts = translation_status.counts_by_language(services)
    return [
        Coverage(
            language=code,
            readable=readable[code],
            total=len(services),
            stale=counts.get(code, (0, 0))[0],
            machine=counts.get(code, (0, 0))[1],
        )
        for code in codes
    ]
