"""Chinese substring search over titles, content and beneficiary names.

Private fields (`schema.Field.private`, e.g. an objection's complainant) never enter the index, whatever
SEARCH_FIELDS says: the index is readable by every user of the data folder.

Two SQLite FTS5 indexes over one text per record: a trigram index answers queries of three or more characters;
a one-token-per-character index answers one- and two-character queries (a trigram cannot), which matter because
many Chinese names are two characters long.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from zwcx_core.domain.schema import KINDS

#: Fields whose text is searched, per kind (first ones first: they also rank nothing, they are just joined).
SEARCH_FIELDS: dict[str, tuple[str, ...]] = {
    "unit": ("name",),
    "commitment": ("title", "content", "responsible_person"),
    "disclosure": ("title", "body", "catalogue_item"),
    "service": ("beneficiary_name", "policy", "village"),
    "objection": ("content",),
    "contract": ("title", "counterparty", "contract_no", "counterparty_uscc"),
    "lawsuit": ("case_no", "court", "counterparty", "cause"),
    "dishonesty": ("title", "subject_name", "decision_no"),
    "supervision": ("title", "content", "ref_no", "deputies"),
}


def indexed_fields(kind: str) -> tuple[str, ...]:
    """The fields of a kind that go into the index: SEARCH_FIELDS less any private field."""
    hidden = KINDS[kind].private_names
    return tuple(f for f in SEARCH_FIELDS.get(kind, ()) if f not in hidden)
MAX_TEXT = 4000
#: Each kind owns a range of index row ids, so "records of this kind containing X" is an FTS5 rowid-range query
#: (no join to filter by kind), and a new index row's id orders it after older ones (newest change first).
KIND_BASE = {"unit": 1, "commitment": 2, "disclosure": 3, "service": 4, "objection": 5, "contract": 6, "lawsuit": 7,
             "dishonesty": 8, "supervision": 9}
_SPAN = 1 << 40


def kind_range(kind: str) -> tuple[int, int]:
    base = KIND_BASE[kind] * _SPAN
    return base, base + _SPAN - 1  # long bodies are cut: a search box looks for names and phrases, not page 9 of a report

DDL = [
    "CREATE TABLE search_docs (id INTEGER PRIMARY KEY, record_id VARCHAR(36) NOT NULL UNIQUE, "
    "kind VARCHAR(16) NOT NULL, text TEXT NOT NULL)",
    "CREATE VIRTUAL TABLE search_tri USING fts5(text, content='search_docs', content_rowid='id', "
    "tokenize='trigram')",
    "CREATE VIRTUAL TABLE search_chr USING fts5(text, content='', tokenize='unicode61')",
]
DROP = ["DROP TABLE IF EXISTS search_chr", "DROP TABLE IF EXISTS search_tri", "DROP TABLE IF EXISTS search_docs"]


def doc_text(kind: str, doc: Mapping[str, Any]) -> str:
    """The searchable text of a record document."""
    parts = [str(doc.get(f) or "") for f in indexed_fields(kind)]
    return " ".join(p for p in parts if p)[:MAX_TEXT]


def _spaced(s: str) -> str:
    # One token per character: unicode61 splits on the spaces, so a phrase query "张 伟" finds "张伟".
    return " ".join(ch for ch in s.lower() if not ch.isspace())


def _fts_phrase(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def index_rows(conn: Connection | Session, rows: Iterable[tuple[str, str, str]]) -> None:
    """Add or replace the index entries of (record_id, kind, text) rows."""
    rows = list(rows)
    if not rows:
        return
    ids = [r[0] for r in rows]
    remove(conn, ids)
    next_id: dict[str, int] = {}
    params = []
    for r, k, t in rows:
        if k not in next_id:
            lo, hi = kind_range(k)
            next_id[k] = conn.execute(text("SELECT coalesce(max(id), :lo) + 1 FROM search_docs WHERE id BETWEEN :lo "
                                           "AND :hi"), {"lo": lo, "hi": hi}).scalar_one()
        params.append((next_id[k], r, k, t))
        next_id[k] += 1
    # Plain driver executemany (positional tuples): a first sync indexes tens of thousands of records, and
    # SQLAlchemy's per-row parameter handling cost more than the inserts.
    raw = conn.connection() if isinstance(conn, Session) else conn
    raw.exec_driver_sql("INSERT INTO search_docs (id, record_id, kind, text) VALUES (?, ?, ?, ?)", params)
    raw.exec_driver_sql("INSERT INTO search_tri (rowid, text) VALUES (?, ?)", [(p[0], p[3]) for p in params])
    raw.exec_driver_sql("INSERT INTO search_chr (rowid, text) VALUES (?, ?)", [(p[0], _spaced(p[3])) for p in params])


def remove(conn: Connection | Session, record_ids: Sequence[str]) -> None:
    """Drop the index entries of these records (if any)."""
    old = conn.execute(
        text("SELECT id, text FROM search_docs WHERE record_id IN (SELECT value FROM json_each(:ids))"),
        {"ids": _json_list(record_ids)},
    ).all()
    if not old:
        return
    params = [{"i": i, "t": t} for i, t in old]
    conn.execute(text("INSERT INTO search_tri (search_tri, rowid, text) VALUES ('delete', :i, :t)"), params)
    conn.execute(
        text("INSERT INTO search_chr (search_chr, rowid, text) VALUES ('delete', :i, :t)"),
        [{"i": i, "t": _spaced(t)} for i, t in old],
    )
    conn.execute(text("DELETE FROM search_docs WHERE id IN (SELECT value FROM json_each(:ids))"),
                 {"ids": _json_list([i for i, _ in old])})


def _json_list(values: Sequence) -> str:
    import json

    return json.dumps(list(values))


def match_sql(query: str, kind: str | None = None, order: bool = False) -> tuple[str, dict] | None:
    """SQL selecting `record_id` of the records (of `kind`, if given) whose text contains `query`, or None for an
    empty query. With `order`, newest change first (index row ids grow with every change)."""
    q = "".join(query.split()).lower() if len(query.strip()) < 3 else query.strip().lower()
    if not q:
        return None
    table, phrase = ("search_tri", _fts_phrase(q)) if len(q) >= 3 else ("search_chr", _fts_phrase(_spaced(q)))
    sql = (f"SELECT d.record_id FROM {table} JOIN search_docs d ON d.id = {table}.rowid WHERE {table} MATCH :q")
    params: dict = {"q": phrase}
    if kind:
        lo, hi = kind_range(kind)
        sql += f" AND {table}.rowid BETWEEN :lo AND :hi"
        params |= {"lo": lo, "hi": hi}
    if order:
        sql += f" ORDER BY {table}.rowid DESC"
    return sql, params


def count_sql(query: str, kind: str) -> tuple[str, dict] | None:
    """SQL counting the records of `kind` that contain `query`, from the index alone."""
    m = match_sql(query, kind)
    if m is None:
        return None
    sql, params = m
    table = "search_tri" if "search_tri" in sql else "search_chr"
    return (f"SELECT count(*) FROM {table} WHERE {table} MATCH :q AND {table}.rowid BETWEEN :lo AND :hi", params)


def rebuild(conn: Connection | Session) -> int:
    """Rebuild both indexes from the record tables; returns the number of records indexed."""
    for stmt in DROP:
        conn.execute(text(stmt))
    for stmt in DDL:
        conn.execute(text(stmt))
    from sqlalchemy import inspect

    from zwcx_desktop.store.models import RECORD_MODELS

    # A migration of an older revision rebuilds too: only the record tables that exist at that revision.
    present = set(inspect(conn if isinstance(conn, Connection) else conn.connection()).get_table_names())
    tables = {kind: m.__tablename__ for kind, m in RECORD_MODELS.items() if m.__tablename__ in present}
    n = 0
    for kind, table in tables.items():
        fields = indexed_fields(kind)
        rows = conn.execute(text(f"SELECT id, {', '.join(fields)} FROM {table} WHERE deleted = 0")).all()
        batch = []
        for row in rows:
            doc = dict(zip(fields, row[1:], strict=True))
            batch.append((row[0], kind, doc_text(kind, doc)))
        for i in range(0, len(batch), 5000):
            index_rows(conn, batch[i : i + 5000])
        n += len(batch)
    return n


def clear(conn: Connection | Session) -> None:
    """Empty both indexes and their documents (a clean start removes every record)."""
    conn.execute(text("INSERT INTO search_tri (search_tri) VALUES ('delete-all')"))
    conn.execute(text("INSERT INTO search_chr (search_chr) VALUES ('delete-all')"))
    conn.execute(text("DELETE FROM search_docs"))
