"""The index as each process holds it in memory: a numpy matrix of every row's vector, which
rows belong to which service, and the lexical vocabulary (for typo correction and word weights).

It is kept in step with the database by the index version: each search reads one small row;
when the version moved on, only rows changed since are loaded; when rows were deleted (a new
epoch), everything is reloaded.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import uuid
from collections import Counter

import numpy as np
from django.db import connection

from search import lexical
from search.embeddings import from_bytes, get_backend
from search.models import IndexState, SearchDocument
from search.vectors import VectorTable

logger = logging.getLogger(__name__)

_SPREAD_SAMPLE = 40000  # rows the covariances are estimated from
_OWN_SPREAD_MIN_ROWS = 8


class MemoryIndex:
    def __init__(self, dim: int):
        self.dim = dim
        self.epoch: str | None = None
        self.version = -1
        self.vectors = VectorTable(dim)
        self.doc_ids: list[int] = []
        self.row_of: dict[int, int] = {}
        self.row_service = np.zeros(0, dtype=np.int64)
        self.row_language = np.zeros(0, dtype=np.int64)
        self.row_names: list[str] = []
        self.services: list = []  # service primary keys, by service index
        self.service_of: dict = {}
        self.organizations: list = []  # organization primary keys, by organization index
        self.organization_of: dict = {}
        self.service_organization = np.zeros(0, dtype=np.int64)  # by service index
        self.languages: list[str] = []
        self.vocabulary: Counter = Counter()  # form → number of rows holding it
        self._derived: dict = {}

    # --- loading ---------------------------------------------------------------------------
    def sync(self, model_name: str) -> None:
        state = IndexState.objects.filter(pk=1).values_list("epoch", "version").first()
        if state is None:
            if self.epoch is not None or self.version != -1:
                self.__init__(self.dim)
            return
        epoch, version = state
        if epoch != self.epoch or version < self.version:
            self.__init__(self.dim)
            self._load(_all_rows(model_name, version))
            self.vocabulary = lexical.vocabulary()
        elif version > self.version:
            changed = SearchDocument.objects.filter(
                seq__gt=self.version, seq__lte=version, model=model_name
            ).values_list(
                "pk",
                "service_id",
                "language",
                "name",
                "embedding",
                "organization_id",
                "analysed_name",
                "analysed_body",
            )
            for *_row, a_name, a_body in changed:
                # Counted again when a row changes: weights drift a little until the next
                # full load, which counts afresh.
                self.vocabulary.update(set(a_name.split()) | set(a_body.split()))
            self._load(row[:6] for row in changed)
        self.epoch, self.version = epoch, version

    def _load(self, rows) -> None:
        """`rows`: (pk, service id, language, name, embedding bytes, organization id)."""
        new_vectors, new_services, new_languages = [], [], []
        organizations: dict[int, int] = {}
        for pk, service_id, language, name, embedding, org in rows:
            vector = from_bytes(embedding)
            if vector.shape[0] != self.dim:
                continue
            service_id, org = _uuid(service_id), _uuid(org)
            service = self.service_of.get(service_id)
            if service is None:
                service = self.service_of[service_id] = len(self.services)
                self.services.append(service_id)
            if org not in self.organization_of:
                self.organization_of[org] = len(self.organizations)
                self.organizations.append(org)
            organizations[service] = self.organization_of[org]
            if language not in self.languages:
                self.languages.append(language)
            row = self.row_of.get(pk)
            if row is not None:  # a changed row keeps its place
                self.vectors.replace(row, vector)
                self.row_names[row] = name
                continue
            self.row_of[pk] = len(self.doc_ids)
            self.doc_ids.append(pk)
            self.row_names.append(name)
            new_vectors.append(vector)
            new_services.append(service)
            new_languages.append(self.languages.index(language))
        if organizations:
            grown = np.full(len(self.services), -1, dtype=np.int64)
            grown[: len(self.service_organization)] = self.service_organization
            grown[list(organizations)] = list(organizations.values())
            self.service_organization = grown
        if new_vectors:
            self.vectors.append(np.asarray(new_vectors, dtype=np.float32))
            self.row_service = np.concatenate(
                [self.row_service, np.asarray(new_services, dtype=np.int64)]
            )
            self.row_language = np.concatenate(
                [self.row_language, np.asarray(new_languages, dtype=np.int64)]
            )
        self._derived = {}

    @property
    def matrix(self) -> np.ndarray:
        return self.vectors.matrix

    # --- derived, built lazily after a change ------------------------------------------------
    def _cached(self, key, build):
        if key not in self._derived:
            self._derived[key] = build()
        return self._derived[key]

    def language_means(self) -> np.ndarray:
        """The mean vector of each language's rows. Subtracting part of it takes out what a
        vector says about the language it is written in rather than what it is about."""

        def build():
            means = np.zeros((max(len(self.languages), 1), self.dim), dtype=np.float32)
            for index in range(len(self.languages)):
                rows = self.row_language == index
                if rows.any():
                    means[index] = self.matrix[rows].mean(axis=0)
            return means

        return self._cached("means", build)

    def mean(self) -> np.ndarray:
        """The mean vector of every row: a query's similarity to it is its similarity to the
        index as a whole, the background a result must stand out from."""
        return self._cached(
            "mean",
            lambda: self.matrix.mean(axis=0) if len(self.matrix) else np.zeros(self.dim),
        )

    def language_spreads(self) -> np.ndarray:
        """The covariance of each language's rows (about its mean), so that the spread of a
        query's similarities to one language's rows is sqrt(q·C·q) without computing them all.
        Languages with few rows borrow the pooled covariance of every row."""

        def build():
            means = self.language_means()
            spreads = np.zeros((len(means), self.dim, self.dim), dtype=np.float32)
            step = max(1, len(self.matrix) // _SPREAD_SAMPLE)
            sample = np.arange(0, len(self.matrix), step)
            centred = self.matrix[sample] - means[self.row_language[sample]]
            pooled = centred.T @ centred / max(len(sample) - 1, 1)
            for index in range(len(means)):
                own = centred[self.row_language[sample] == index]
                if len(own) < _OWN_SPREAD_MIN_ROWS:
                    spreads[index] = pooled
                else:
                    spreads[index] = own.T @ own / (len(own) - 1)
            return spreads

        return self._cached("spreads", build)

    def names(self) -> dict[str, set[int]]:
        """Folded service names → service indexes, for the exact-name boost."""
        from search.analysis import normalise_query

        def build():
            names: dict[str, set[int]] = {}
            for row, name in enumerate(self.row_names):
                for alias in name_aliases(name):
                    names.setdefault(normalise_query(alias), set()).add(int(self.row_service[row]))
            return names

        return self._cached("names", build)

    def deletions(self) -> dict[str, set[str]]:
        """Each vocabulary word under each of its one-letter deletions (symmetric-delete
        spelling correction: two words within one edit share a key)."""

        def build():
            keys: dict[str, set[str]] = {}
            for word in self.vocabulary:
                if len(word) < 4 or word.isdigit():
                    continue
                keys.setdefault(word, set()).add(word)
                for i in range(len(word)):
                    keys.setdefault(word[:i] + word[i + 1 :], set()).add(word)
            return keys

        return self._cached("deletions", build)

    def rows_of_service(self) -> dict[int, np.ndarray]:
        def build():
            order = np.argsort(self.row_service, kind="stable")
            groups = np.split(order, np.flatnonzero(np.diff(self.row_service[order])) + 1)
            return {int(self.row_service[g[0]]): g for g in groups if len(g)}

        return self._cached("rows_of_service", build)

    def sorted_vocabulary(self) -> list[str]:
        return self._cached("sorted", lambda: sorted(self.vocabulary))

    def idf(self, form: str) -> float:
        return math.log(1 + len(self.doc_ids) / (1 + self.vocabulary.get(form, 0)))


def _uuid(value):
    # SQLite hands back UUIDs as hex strings from a raw query; PostgreSQL as UUIDs.
    return value if value is None or isinstance(value, uuid.UUID) else uuid.UUID(value)


def _all_rows(model_name: str, version: int):
    """Every row, straight from the cursor: the ORM's per-row work is what makes loading
    100k rows slow."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, service_id, language, name, embedding, organization_id"
            " FROM search_searchdocument WHERE model = %s AND seq <= %s",
            [model_name, version],
        )
        while batch := cursor.fetchmany(5000):
            yield from batch


_lock = threading.Lock()
_index: MemoryIndex | None = None


def current(known: tuple | None = None) -> MemoryIndex:
    """This process's copy of the index, brought up to date. `known`: the index's (epoch,
    version) as the caller has just read it (search.stamp); when this copy is at it, the
    state is not read again."""
    global _index
    backend = get_backend()
    with _lock:
        if _index is None or _index.dim != backend.dim:
            _index = MemoryIndex(backend.dim)
        if known is None or known != (_index.epoch, _index.version):
            _index.sync(backend.name)
        return _index


# A name with a subtitle ("Integrates – integration training for highly educated immigrants")
# is known by either part; a one-word part ("Info sessions: …" → "Info") is too generic alone.
_NAME_PARTS = re.compile(r"\s[–—-]\s|:\s")


def name_aliases(name: str) -> list[str]:
    """The full name, and each part of a name with a subtitle that has two words or more."""
    parts = [part.strip() for part in _NAME_PARTS.split(name)]
    return [name, *(part for part in parts if len(part) > 1 and len(part.split()) >= 2)]
