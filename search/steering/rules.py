"""The best bets, synonyms and the vocabulary of terms as every process holds them.

Like the index (search/memory.py), the rules live in each process and are kept in step by a
version: every change bumps `SteeringState` in its own transaction, and each search reads that
one small row, reloading the rules when it moved on. A staff member's new synonym therefore
counts in the very next search of every worker, with no shared cache needed. A saved or
deleted taxonomy term bumps it too (search/signals.py): the terms a query names or means are
read once per change, not once per search (a tenth of a new search's time).

`overriding(book)` lets the quality page run the judged set with a change that is not saved yet.
"""

from __future__ import annotations

import contextvars
import secrets
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction

from search import terms
from search.models import BestBet, SteeringState, Synonym


@dataclass(frozen=True)
class Bet:
    pk: object
    region: str  # region slug
    term_id: object  # a need's primary key, or None for words
    pattern: str
    pattern_language: str
    service_id: object
    position: int
    note: object  # TranslatedText

    @classmethod
    def of(cls, bet: BestBet) -> Bet:
        return cls(
            bet.pk,
            bet.region.slug,
            bet.term_id,
            bet.pattern,
            bet.pattern_language,
            bet.service_id,
            bet.position,
            bet.note,
        )


@dataclass(frozen=True)
class SynonymRule:
    pk: object
    region: str
    variants: tuple[tuple[str, str], ...]  # (language or "", text)

    @classmethod
    def of(cls, synonym: Synonym) -> SynonymRule:
        variants = tuple(
            (variant.get("language") or "", variant["text"]) for variant in synonym.variants
        )
        return cls(synonym.pk, synonym.region.slug, variants)


@dataclass
class RuleBook:
    version: int | None = None
    bets: list[Bet] = field(default_factory=list)
    synonyms: list[SynonymRule] = field(default_factory=list)
    vocabulary: list[terms.Term] = field(default_factory=list)  # every taxonomy's terms

    def sync(self) -> RuleBook:
        version = SteeringState.objects.filter(pk=1).values_list("version", flat=True).first()
        version = version or 0
        if version != self.version:
            self.bets = [
                Bet.of(bet) for bet in BestBet.objects.select_related("region").order_by("pk")
            ]
            self.synonyms = [
                SynonymRule.of(s) for s in Synonym.objects.select_related("region").order_by("pk")
            ]
            self.vocabulary = terms.all_terms()
            self.version = version
        return self

    def for_regions(self, regions) -> RuleBook:
        """The rules that apply to a search: the regions' own when the search is limited to
        some (slugs), every region's otherwise (each region pins only its own services)."""
        if not regions:
            return self
        regions = {regions} if isinstance(regions, str) else set(regions)
        return RuleBook(
            self.version,
            [bet for bet in self.bets if bet.region in regions],
            [rule for rule in self.synonyms if rule.region in regions],
            self.vocabulary,
        )

    def changed(self, *, bet: Bet | None = None, synonym: SynonymRule | None = None, removed=()):
        """A copy with one rule added or replaced, or some removed (for previews)."""
        removed = set(removed)
        bets = [b for b in self.bets if b.pk not in removed and not (bet and b.pk == bet.pk)]
        synonyms = [
            s for s in self.synonyms if s.pk not in removed and not (synonym and s.pk == synonym.pk)
        ]
        return RuleBook(
            self.version,
            bets + ([bet] if bet else []),
            synonyms + ([synonym] if synonym else []),
            self.vocabulary,
        )


_lock = threading.Lock()
_book = RuleBook()
_override: contextvars.ContextVar[RuleBook | None] = contextvars.ContextVar(
    "steering_override", default=None
)


def current(known: int | None = None) -> RuleBook:
    """This process's rules, brought up to date (or the preview's, inside `overriding`).
    `known`: the rules' version as the caller has just read it (search.stamp); when these
    rules are at it, the version is not read again."""
    override = _override.get()
    if override is not None:
        return override
    with _lock:
        return _book if known is not None and known == _book.version else _book.sync()


@contextmanager
def overriding(book: RuleBook):
    token = _override.set(book)
    try:
        yield book
    finally:
        _override.reset(token)


def bump() -> None:
    """Move the version on, in the caller's transaction. The new version is random, not the
    old one plus one: a change rolled back after a process had read it must not leave that
    process believing it already holds the rules of the next committed change."""
    version = secrets.randbits(62) or 1
    if not SteeringState.objects.filter(pk=1).update(version=version):
        try:
            with transaction.atomic():
                SteeringState.objects.create(pk=1, version=version)
        except IntegrityError:  # another process created it first
            SteeringState.objects.filter(pk=1).update(version=version)
