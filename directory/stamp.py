"""Stamps: short values that change whenever what a reader sees may have changed.

Pages and lists kept in the cache are kept under a stamp (public/kept.py, the filter choices in
public/views/listing.py), so a change made by any process (an editor publishing, an import, the
feed job) shows in every worker at once, without signals or a shared invalidation list. A stamp
is read from the database in one statement of a few aggregates the databases answer from an
index: for a model, how many rows it has and its latest `last_modified` (a save moves the
latest change, a delete the count); for a one-row state table (the search index's version), its
value.

Things without a `last_modified` of their own (a taxonomy term's name, a region's settings, a
tag an import writes without saving its service) are not in the stamp: whatever is kept under a
stamp is also kept only until its minute ends (`minute()`).
"""

from __future__ import annotations

import hashlib
import time

from django.db import connection

from directory.models import Organization, Service

# What every public page shows: the services and their providers. A service's places, phones,
# hours and translations are saved with it (coordination.records.apply saves the service), so
# its `last_modified` moves with them.
DIRECTORY = (Service, Organization)
# How long anything kept under a stamp lives at most.
SECONDS = 60


class Stamp(str):
    """A stamp, with the values it was read from (`values`, by source: a model's are
    (count, latest change), a state column's its value), for a caller that also needs one of
    them and should not read it again."""

    values: dict


def minute() -> int:
    """The current minute, part of every key kept under a stamp (see the module's note)."""
    return int(time.time() // SECONDS)


def _aggregates(source) -> list[str]:
    if isinstance(source, tuple):  # (state model, column): a one-row table's value
        model, column = source
        table = connection.ops.quote_name(model._meta.db_table)
        column = connection.ops.quote_name(column)
        return [f"(SELECT MAX({column}) FROM {table})"]  # noqa: S608 - names from the models
    table = connection.ops.quote_name(source._meta.db_table)
    aggregates = ("COUNT(*)", "MAX(last_modified)")
    return [f"(SELECT {a} FROM {table})" for a in aggregates]  # noqa: S608 - names from the models


def stamp_of(*sources) -> Stamp:
    """The stamp of models with a `last_modified` and of (state model, column) pairs."""
    shapes = [_aggregates(source) for source in sources]
    with connection.cursor() as cursor:
        # Table and column names from the models.
        cursor.execute("SELECT " + ", ".join(part for parts in shapes for part in parts))
        row = cursor.fetchone()
    stamp = Stamp(hashlib.sha256(":".join(map(str, row)).encode()).hexdigest()[:20])
    stamp.values, start = {}, 0
    for source, parts in zip(sources, shapes, strict=True):
        taken = row[start : start + len(parts)]
        stamp.values[source] = taken[0] if isinstance(source, tuple) else taken
        start += len(parts)
    return stamp  # usable in any cache key


def directory_stamp(*more) -> Stamp:
    """The directory's stamp, with `more` sources for pages that show more (events, results)."""
    return stamp_of(*DIRECTORY, *more)
