"""The current documents of a township as the console's figures read them: with the day each undecided 失信
record was entered, and the last townships' documents kept for a moment so the evaluation reads them once."""

from __future__ import annotations

from sqlalchemy import func, select

from zwcx_server.db import ServerDB
from zwcx_server.models import Version
from zwcx_server.web import data
from zwcx_server.web.data import TownshipRow
from zwcx_server.web.lru import Cache

#: The documents of the last townships read: a few, as they are large.
RECENT = Cache(4)


def _created_days(db: ServerDB, township_id: int) -> dict[str, str]:
    """Record id → the day its first version was made, for the dishonesty records of a township (a record
    without a decision counts in the period it was entered, as the desktop's created_at)."""
    with db.read() as s:
        rows = s.execute(select(Version.record_id, func.min(Version.client_created_at))
                         .where(Version.township_id == township_id, Version.kind == "dishonesty")
                         .group_by(Version.record_id)).all()
    return {rid: str(made)[:10] for rid, made in rows if made}


def _read(db: ServerDB, township_id: int, kinds: tuple[str, ...]) -> dict[str, list[tuple[str, dict]]]:
    docs = data.current_docs(db, township_id, kinds)
    if any(not d.get("decision_date") for _, d in docs.get("dishonesty", [])):
        made = _created_days(db, township_id)
        docs["dishonesty"] = [(rid, d | {"created": made.get(rid)}) if not d.get("decision_date") else (rid, d)
                              for rid, d in docs["dishonesty"]]
    return docs


def documents(db: ServerDB, t: TownshipRow, kinds: tuple[str, ...]) -> dict[str, list[tuple[str, dict]]]:
    """data.current_docs of the township's `kinds`, with `created` (the day the record was entered) on each
    dishonesty document without a decision, which credit_indicators counts by it. The documents read last are
    kept for a moment: an evaluation reads a township's figures and then the records behind them, and reads only
    the kinds it has not yet (the documents are never changed in place)."""
    key = (db.url, t.id, t.state)
    have = RECENT.get(key) or {}
    missing = tuple(k for k in kinds if k not in have)
    if missing:
        have = have | _read(db, t.id, missing)
        RECENT.put(key, have)
    return {k: have[k] for k in kinds}
