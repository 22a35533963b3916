"""The one filter type: checkboxes grouped in facets, as people expect of them.

Within one facet the choices widen the result (offered in Finnish *or* in English); across facets
they narrow it (offered in English *and* for students). The browse page, the search engine, the
HSDS API and the navigator all filter services with `ServiceFilters`, so the same ticks find the
same services everywhere, and the counts beside each choice (`Filters.counts`) are counted with
the same conditions.

Reusing it for another kind of record (events, say) takes a subclass naming the model and its
facets::

    class EventFilters(Filters):
        model = Event
        facets = (TermFacet("aim", "aim"), FieldFacet("org", "organization_id", uuid=True))

    filters = EventFilters.parse(request.GET)   # unknown values go to filters.ignored
    events = filters.apply(Event.objects.upcoming())
    counts = filters.counts(Event.objects.upcoming(), ["aim", "org"])

A facet says how chosen values select records (`condition`), which values exist (`known`) and
how many records carry each value (`count`). `TermFacet` works for any model tagged through
`directory.Attribute`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q

from directory.models import Attribute, Language, Organization, Region, Service, TaxonomyTerm

# How many values of one facet a query string may carry; the rest are dropped unread.
MAX_VALUES = 50


def is_uuid(value) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


class Facet:
    """One group of checkboxes. `key` is its name in query strings and in `Filters`."""

    key: str

    def condition(self, model, values: tuple[str, ...]) -> Q:
        """Records carrying any of `values`."""
        raise NotImplementedError

    def known(self, model, records) -> set[str] | None:
        """Every value that may be chosen now (None: any well-formed value)."""
        return None

    def count(self, model, records) -> dict[str, int]:
        """How many of `records` carry each value."""
        raise NotImplementedError


@dataclass(frozen=True)
class TermFacet(Facet):
    """Terms of one taxonomy, by code, tagged on the records through directory.Attribute."""

    key: str
    taxonomy: str

    def _attributes(self, model):
        return Attribute.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            taxonomy_term__taxonomy__code=self.taxonomy,
        )

    def condition(self, model, values):
        linked = self._attributes(model).filter(taxonomy_term__code__in=values)
        return Q(pk__in=linked.values("link_id"))

    def known(self, model, records):
        return set(
            TaxonomyTerm.objects.filter(taxonomy__code=self.taxonomy).values_list("code", flat=True)
        )

    def count(self, model, records):
        rows = (
            self._attributes(model)
            .filter(link_id__in=records.values("pk"))
            .values_list("taxonomy_term__code")
            .annotate(n=Count("link_id", distinct=True))
            .order_by()
        )
        return {str(code): n for code, n in rows}


@dataclass(frozen=True)
class FieldFacet(Facet):
    """A field of the record, or one reached through a relation (`lookup`, Django's syntax).

    `uuid`: values are identifiers; one that is not a UUID names nothing (matches nothing,
    no error). `choices`: which values may be chosen, from the records being filtered (None:
    any well-formed value)."""

    key: str
    lookup: str
    uuid: bool = False
    choices: object = None  # callable(records) -> iterable of values

    def _usable(self, values):
        return [v for v in values if is_uuid(v)] if self.uuid else list(values)

    def condition(self, model, values):
        matching = model._default_manager.filter(**{f"{self.lookup}__in": self._usable(values)})
        # A subquery, not a join: a relation with many rows must not repeat a record.
        return Q(pk__in=matching.values("pk"))

    def known(self, model, records):
        if self.choices is None:
            return None
        return {str(value) for value in self.choices(records)}

    def count(self, model, records):
        rows = (
            records.order_by()
            .values_list(self.lookup)
            .annotate(n=Count("pk", distinct=True))
            .order_by()
        )
        return {str(value): n for value, n in rows if value not in (None, "")}


class Filters:
    """Chosen values per facet. Subclasses set `model` and `facets`.

    `Filters(aim=("work",), lang=["en", "fi"])`, or `Filters.parse(request.GET)`; each facet's
    choice is read as `filters.aim` (a tuple, empty when nothing is ticked). Immutable."""

    model: ClassVar[type]
    facets: ClassVar[tuple[Facet, ...]] = ()

    def __init__(self, *, ignored: Iterable[tuple[str, str]] = (), **chosen):
        keys = [facet.key for facet in self.facets]
        unknown = set(chosen) - set(keys)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no facet {', '.join(sorted(unknown))}")
        values = {}
        for key in keys:
            given = chosen.get(key) or ()
            given = (given,) if isinstance(given, str) else given
            values[key] = tuple(dict.fromkeys(str(value) for value in given))
        object.__setattr__(self, "_chosen", values)
        object.__setattr__(self, "ignored", list(ignored))

    def __getattr__(self, name):
        chosen = self.__dict__.get("_chosen", {})
        if name in chosen:
            return chosen[name]
        raise AttributeError(name)

    def __setattr__(self, name, value):
        raise AttributeError("Filters are immutable; use replace() or without()")

    def __eq__(self, other):
        return type(other) is type(self) and other._chosen == self._chosen

    def __hash__(self):
        return hash((type(self), tuple(self._chosen.items())))

    def __repr__(self):
        chosen = ", ".join(f"{key}={values!r}" for key, values in self._chosen.items() if values)
        return f"{type(self).__name__}({chosen})"

    def __bool__(self) -> bool:
        return any(self._chosen.values())

    def facet(self, key) -> Facet:
        return next(facet for facet in self.facets if facet.key == key)

    def selected(self) -> list[tuple[str, str]]:
        """Every ticked (facet, value), in the facets' order."""
        return [(key, value) for key, values in self._chosen.items() for value in values]

    def replace(self, **chosen) -> Filters:
        return type(self)(ignored=self.ignored, **{**self._chosen, **chosen})

    def without(self, *keys) -> Filters:
        return self.replace(**dict.fromkeys(keys, ()))

    def only(self, *keys) -> Filters:
        return type(self)(ignored=self.ignored, **{key: self._chosen[key] for key in keys})

    def apply(self, records):
        """`records` narrowed by every facet with a choice (OR within, AND across)."""
        for facet in self.facets:
            values = self._chosen[facet.key]
            if values:
                records = records.filter(facet.condition(self.model, values))
        return records

    @classmethod
    def parse(cls, params, records=None, keys=None) -> Filters:
        """Read the facets (`keys`, default all) from a query dict. A value that does not exist
        (among `records`, by default every record) is set aside in `ignored`, never fatal."""
        records = records if records is not None else cls.model._default_manager.all()
        chosen, ignored = {}, []
        for facet in cls.facets:
            if keys is not None and facet.key not in keys:
                continue
            raw = [value.strip() for value in params.getlist(facet.key)[:MAX_VALUES]]
            raw = [value for value in dict.fromkeys(raw) if value]
            if not raw:
                continue
            known = facet.known(cls.model, records)
            kept = []
            for value in raw:
                well_formed = not getattr(facet, "uuid", False) or is_uuid(value)
                if well_formed and (known is None or value in known):
                    kept.append(value)
                else:
                    ignored.append((facet.key, value[:60]))
            chosen[facet.key] = tuple(kept)
        return cls(ignored=ignored, **chosen)

    def counts(self, records, keys) -> dict[str, dict[str, int]]:
        """{facet: {value: count}}: for each of the facets `keys`, how many of `records` each
        value would find if it were ticked too. A choice's count applies every *other* facet's
        filter, not its own facet's (its siblings widen, they do not narrow). One query per
        facet; a facet that no other facet narrows is left out (its plain counts hold)."""
        active = {key for key, values in self._chosen.items() if values}
        result = {}
        for key in keys:
            if not active - {key}:
                continue
            narrowed = self.without(key).apply(records)
            result[key] = self.facet(key).count(self.model, narrowed)
        return result


def _languages_offered(services):
    return (
        Language.objects.filter(service__in=services.values("pk"))
        .exclude(code="")
        .values_list("code", flat=True)
    )


def _providers(services):
    return Organization.objects.filter(pk__in=services.values("organization_id")).values_list(
        "pk", flat=True
    )


# The facets the public pages show as checkboxes, in their order.
PUBLIC_FACETS = ("aim", "need", "group", "lang", "org")


class ServiceFilters(Filters):
    """The facets of the services: aim, need, target group (the MILEstone taxonomies), the
    languages a service is offered in, its provider, its region; and, for the HSDS API, any
    taxonomy term or taxonomy by id."""

    model = Service
    facets = (
        TermFacet("aim", "aim"),
        TermFacet("need", "need"),
        TermFacet("group", "target-group"),
        FieldFacet("lang", "languages__code", choices=_languages_offered),
        FieldFacet("org", "organization_id", uuid=True, choices=_providers),
        FieldFacet(
            "region",
            "organization__region__slug",
            choices=lambda _services: Region.objects.values_list("slug", flat=True),
        ),
        FieldFacet("term", "attributes__taxonomy_term_id", uuid=True),
        FieldFacet("taxonomy", "attributes__taxonomy_term__taxonomy_id", uuid=True),
    )

    @classmethod
    def parse(cls, params, records=None) -> ServiceFilters:
        """Choices that no published service could match are set aside."""
        return super().parse(
            params, records if records is not None else Service.objects.published()
        )
