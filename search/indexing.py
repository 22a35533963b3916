"""Keeping the index current: one row per (published service, language it is described in).

`index_services` is the single write path, used by the signals on every save, by imports and by
`rebuild_search_index`. It embeds only passages that changed (batched), writes rows and the
lexical index in the caller's transaction, and bumps the index version once per call so that
every process's in-memory copy picks the change up on its next search.
"""

from __future__ import annotations

from django.db import IntegrityError, connection, transaction
from django.db.models import F

from directory.models import Service
from search import lexical
from search.analysis import analyser_for
from search.embeddings import get_backend, to_bytes
from search.models import IndexState, SearchDocument, new_epoch

# The fields a newcomer's words are compared with, in the order they are read.
NAME_FIELDS = ("name", "alternate_name")
BODY_FIELDS = ("description", "eligibility_description")


def _exact(service, field: str, language: str) -> str:
    value = getattr(service, field, None)
    return value.exact(language) if value else ""


def documents_for(service, *, published_only: bool = True) -> dict[str, dict]:
    """What the index holds for one service, by language: only languages the service is really
    written in (no fallback text, so a row's language is always the language of its words)."""
    if published_only and service.publication_status not in Service.PUBLICLY_VISIBLE:
        return {}
    languages = []
    for field in NAME_FIELDS + BODY_FIELDS:
        for code in getattr(service, field).languages:
            if code not in languages:
                languages.append(code)
    documents = {}
    for language in languages:
        names = [_exact(service, f, language) for f in NAME_FIELDS]
        bodies = [_exact(service, f, language) for f in BODY_FIELDS]
        name = names[0] or str(service.name)
        parts = []
        for text in [names[0], names[1], *bodies]:
            # A description that repeats the name would weigh the name twice in the vector.
            if text and not any(text.strip(" .") in earlier for earlier in parts):
                parts.append(text)
        if not (names[0] or any(bodies)):
            continue
        analyser = analyser_for(language)
        documents[language] = {
            "name": name,
            "passage": ". ".join(part.rstrip(" .") for part in parts) + ".",
            "analysed_name": analyser.tokens(" ".join(n for n in names if n) or name),
            "analysed_body": analyser.tokens(" ".join(b for b in bodies if b)),
        }
    return documents


def _bump(*, deleted: bool) -> int:
    """The next index version (and a new epoch when rows disappeared), in this transaction."""
    changes = {"version": F("version") + 1}
    if deleted:
        changes["epoch"] = new_epoch()
    if not IndexState.objects.filter(pk=1).update(**changes):
        try:
            with transaction.atomic():
                IndexState.objects.create(pk=1, version=1)
        except IntegrityError:  # another process created it first
            IndexState.objects.filter(pk=1).update(**changes)
    return IndexState.objects.values_list("version", flat=True).get(pk=1)


def index_services(services, *, backend=None) -> dict[str, int]:
    """Bring the index rows of `services` (instances or ids) up to date. Returns counts of
    rows embedded, unchanged and removed."""
    backend = backend or get_backend()
    ids = [getattr(s, "pk", s) for s in services]
    instances = {s.pk: s for s in Service.objects.filter(pk__in=ids)}
    wanted = {}
    for service_id in ids:
        service = instances.get(service_id)
        for language, doc in (documents_for(service) if service else {}).items():
            wanted[(service_id, language)] = doc
    existing = {
        (row.service_id, row.language): row
        for row in SearchDocument.objects.filter(service_id__in=ids).defer(
            "embedding", "analysed_name", "analysed_body"
        )
    }
    changed = [
        key
        for key, doc in wanted.items()
        if key not in existing
        or existing[key].passage != doc["passage"]
        or existing[key].name != doc["name"]
        or existing[key].model != backend.name
        or existing[key].organization_id != instances[key[0]].organization_id
    ]
    stale = [row for key, row in existing.items() if key not in wanted]
    counts = {"embedded": len(changed), "unchanged": len(wanted) - len(changed)}
    counts["removed"] = len(stale)
    if not changed and not stale:
        return counts
    vectors = backend.passages([wanted[key]["passage"] for key in changed])
    with transaction.atomic():
        seq = _bump(deleted=bool(stale))
        if stale:
            lexical.delete([row.pk for row in stale], connection)
            SearchDocument.objects.filter(pk__in=[row.pk for row in stale]).delete()
        rows, created = [], []
        for key, vector in zip(changed, vectors, strict=True):
            doc = wanted[key]
            row = existing.get(key) or SearchDocument(service_id=key[0], language=key[1])
            row.name = doc["name"]
            row.passage = doc["passage"]
            row.analysed_name = " ".join(doc["analysed_name"])
            row.analysed_body = " ".join(doc["analysed_body"])
            row.embedding = to_bytes(vector)
            row.model = backend.name
            row.organization_id = instances[key[0]].organization_id
            row.seq = seq
            (rows if row.pk else created).append(row)
        fields = ["name", "passage", "analysed_name", "analysed_body", "embedding", "model", "seq"]
        fields.append("organization_id")
        SearchDocument.objects.bulk_update(rows, fields, batch_size=200)
        SearchDocument.objects.bulk_create(created, batch_size=200)
        rows += created
        lexical.upsert(
            [(row.pk, row.analysed_name.split(), row.analysed_body.split()) for row in rows],
            connection,
        )
    return counts


def remove_services(service_ids) -> int:
    """Drop the rows of services that are gone or no longer public."""
    rows = list(SearchDocument.objects.filter(service_id__in=list(service_ids)).values_list("pk"))
    if not rows:
        return 0
    with transaction.atomic():
        _bump(deleted=True)
        lexical.delete([pk for (pk,) in rows], connection)
        SearchDocument.objects.filter(pk__in=[pk for (pk,) in rows]).delete()
    return len(rows)


def clear_index() -> None:
    with transaction.atomic():
        _bump(deleted=True)
        lexical.clear(connection)
        SearchDocument.objects.all().delete()
