"""Stamps: short values that change whenever what a reader sees may have changed.

Pages and lists kept in the cache are kept under a stamp (public/kept.py, the filter choices in
public/views/listing.py), so a change made by any process (an editor publishing, an import, the
feed job) shows in every worker at once, without signals or a shared invalidation list. A stamp
is read from the database in one statement of a few aggregates the databases answer from an
index: for a model, how many rows it has and its latest `last_modified` (a save moves the
latest change, a delete the count); for a one-row state table (the search index's version), its
value.

Things without a `last_modified` of their own (a taxonomy term's name, a region's settings) are
not in the stamp: every kept page is also dropped when its minute ends.
"""

from __future__ import annotations

import hashlib

from django.db import connection

from directory.models import Organization, Service

# What every public page shows: the services and their providers. A service's places, phones,
# hours and translations are saved with it (coordination.records.apply saves the service), so
# its `last_modified` moves with them.
DIRECTORY = (Service, Organization)


def _aggregates(source) -> list[str]:
    if isinstance(source, tuple):  # (state model, column): a one-row table's value
        model, column = source
        table = connection.ops.quote_name(model._meta.db_table)
        column = connection.ops.quote_name(column)
        return [f"(SELECT MAX({column}) FROM {table})"]  # noqa: S608 - names from the models
    table = connection.ops.quote_name(source._meta.db_table)
    aggregates = ("COUNT(*)", "MAX(last_modified)")
    return [f"(SELECT {a} FROM {table})" for a in aggregates]  # noqa: S608 - names from the models


def stamp_of(*sources) -> str:
    """The stamp of models with a `last_modified` and of (state model, column) pairs."""
    parts = [part for source in sources for part in _aggregates(source)]
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts))  # table and column names from the models
        state = ":".join(str(value) for value in cursor.fetchone())
    return hashlib.sha256(state.encode()).hexdigest()[:20]  # usable in any cache key


def directory_stamp(*more) -> str:
    """The directory's stamp, with `more` sources for pages that show more (events, results)."""
    return stamp_of(*DIRECTORY, *more)
