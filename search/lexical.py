"""The lexical index: SQLite FTS5 on SQLite, a tsvector with a GIN index on PostgreSQL.

Both hold the forms our own analysers produced (search/analysis.py), already folded, so the
database only has to match tokens and prefixes; the name column weighs more than the body.
It answers one question: which index rows share words with the query, best first, at most
`limit` of them, with their analysed words (one round trip). The ranking itself happens in
search/ranking.py.
"""

from __future__ import annotations

from collections import Counter

from django.db import connection as default_connection

MIN_PREFIX = 4  # shorter words match whole, or `ty*` would match half the index


def create_table(connection) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # No foreign key to search_searchdocument: Django's flush empties its own tables with
            # one TRUNCATE that does not name this one, and a reference would make it fail.
            # The index deletes its rows itself, and `prune` clears what a flush leaves behind.
            cursor.execute(
                "CREATE TABLE IF NOT EXISTS search_fts ("
                " doc_id bigint PRIMARY KEY,"
                " vector tsvector NOT NULL)"
            )
            cursor.execute(
                "CREATE INDEX IF NOT EXISTS search_fts_vector ON search_fts USING gin (vector)"
            )
        else:
            cursor.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
                " name, body, tokenize = 'unicode61 remove_diacritics 2')"
            )


def drop_table(connection) -> None:
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS search_fts")


def _pg(connection) -> bool:
    return connection.vendor == "postgresql"


def upsert(rows, connection=default_connection) -> None:
    """`rows`: (doc_id, name tokens, body tokens)."""
    rows = list(rows)
    if not rows:
        return
    with connection.cursor() as cursor:
        if _pg(connection):
            cursor.executemany(
                "INSERT INTO search_fts (doc_id, vector) VALUES (%s,"
                " setweight(array_to_tsvector(%s::text[]), 'A')"
                " || setweight(array_to_tsvector(%s::text[]), 'B'))"
                " ON CONFLICT (doc_id) DO UPDATE SET vector = EXCLUDED.vector",
                [(doc_id, list(set(name)), list(set(body))) for doc_id, name, body in rows],
            )
        else:
            cursor.executemany(
                "DELETE FROM search_fts WHERE rowid = %s", [(doc_id,) for doc_id, _n, _b in rows]
            )
            cursor.executemany(
                "INSERT INTO search_fts (rowid, name, body) VALUES (%s, %s, %s)",
                [(doc_id, " ".join(name), " ".join(body)) for doc_id, name, body in rows],
            )


def delete(doc_ids, connection=default_connection) -> None:
    doc_ids = list(doc_ids)
    if not doc_ids:
        return
    with connection.cursor() as cursor:
        sql = (
            "DELETE FROM search_fts WHERE doc_id = %s"
            if _pg(connection)
            else "DELETE FROM search_fts WHERE rowid = %s"
        )
        cursor.executemany(sql, [(i,) for i in doc_ids])


def prune(connection=default_connection) -> None:
    """Drop lexical rows whose index row is gone (rows deleted behind the index's back)."""
    key = "doc_id" if _pg(connection) else "rowid"
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM search_fts WHERE {key} NOT IN (SELECT id FROM search_searchdocument)"  # noqa: S608 - a fixed column name
        )


def clear(connection=default_connection) -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_fts")


def vocabulary(connection=default_connection) -> Counter:
    """Every word of the lexical index with the number of rows holding it, counted by the
    database (much faster than splitting every row's text in Python)."""
    with connection.cursor() as cursor:
        if _pg(connection):
            cursor.execute("SELECT word, ndoc FROM ts_stat('SELECT vector FROM search_fts')")
        else:
            cursor.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_fts_vocabulary"
                " USING fts5vocab(main, search_fts, 'row')"
            )
            cursor.execute("SELECT term, doc FROM temp.search_fts_vocabulary")
        return Counter(dict(cursor.fetchall()))


def _term(token: str, pg: bool) -> str:
    return f"'{token}'" if pg else f'"{token}"'


# The best rows' analysed words, from the index rows themselves (search.models.SearchDocument).
_WITH_WORDS = (
    "SELECT d.id, d.analysed_name, d.analysed_body FROM ({}) AS f"
    " JOIN search_searchdocument AS d ON d.id = f.doc_id ORDER BY f.score {}"
)


def candidates(groups: list[set[str]], limit: int, connection=default_connection):
    """Index rows holding any of the words, best first: [(doc_id, analysed name, analysed
    body)]. The groups hold whole index words (prefixes and typos already resolved against the
    vocabulary, see ranking.query_groups), from our analysers only (letters and digits), so
    safe to quote."""
    tokens = sorted({token for group in groups for token in group if token})
    if not tokens:
        return []
    with connection.cursor() as cursor:
        if _pg(connection):
            best = (
                "SELECT doc_id, ts_rank(vector, q, 1) AS score FROM search_fts,"
                " CAST(%s AS tsquery) AS q WHERE vector @@ q ORDER BY score DESC LIMIT %s"
            )
            expression = " | ".join(_term(token, True) for token in tokens)
            cursor.execute(_WITH_WORDS.format(best, "DESC"), [expression, limit])
        else:  # bm25 is lower for better rows
            best = (
                "SELECT rowid AS doc_id, bm25(search_fts, 3.0, 1.0) AS score FROM search_fts"
                " WHERE search_fts MATCH %s ORDER BY score LIMIT %s"
            )
            expression = " OR ".join(_term(token, False) for token in tokens)
            cursor.execute(_WITH_WORDS.format(best, "ASC"), [expression, limit])
        return cursor.fetchall()
