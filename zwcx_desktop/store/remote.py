"""Applying versions that arrive from the sync server, and merging conflicted records.

A pulled page is applied in ONE write transaction together with the new cursor, so a crash leaves either the whole
page and its cursor or neither. Current versions go through `RecordStore._write(origin="remote")` (record row,
version, audit, search index; no outbox). Sibling versions of a conflicted record are kept as history rows only.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from zwcx_core import wire
from zwcx_core.domain.derive import recompute_merged
from zwcx_core.domain.enums import Role
from zwcx_core.domain.schema import validate
from zwcx_desktop.store import search, settings
from zwcx_desktop.store.audit import AuditWriter
from zwcx_desktop.store.models import RECORD_MODELS, OutboxOp, RecordVersion
from zwcx_desktop.store.records import NotFound, RecordStore, _Change, utcnow
from zwcx_desktop.store.rows import child_rows, record_values
from zwcx_desktop.store.users import Actor

#: The actor of audit events written by sync (the version itself keeps its author's name).
SYNC_ACTOR = Actor("sync", Role.ADMIN, "同步")


def apply_pull_page(store: RecordStore, items: list[dict[str, Any]], states: Mapping[str, Mapping[str, Any]],
                    cursor_settings: Mapping[str, str]) -> int:
    """Apply one pulled page and store `cursor_settings` in the same transaction; returns new versions applied.

    A record with local operations still waiting to be pushed keeps its local current version: the push that
    follows lets the server decide (fast-forward or conflict), and a later pull brings back its verdict.
    """
    applied = 0
    # RecordStore.device_id may open its own write session the first time; inside ours that would deadlock.
    _ = store.device_id
    with store.db.write() as s:
        vids = [it["version_id"] for it in items]
        have = set(s.execute(select(RecordVersion.version_id).where(RecordVersion.version_id.in_(vids)))
                   .scalars()) if vids else set()
        by_record: dict[str, list[dict[str, Any]]] = {}
        for it in items:
            by_record.setdefault(it["record_id"], []).append(it)
        rids = list(by_record)
        pending = set(s.execute(select(OutboxOp.record_id).where(OutboxOp.record_id.in_(rids),
                                                                 OutboxOp.state == "pending")).scalars())
        rows: dict[str, Any] = {}
        kinds: dict[str, list[str]] = {}
        for rid, its in by_record.items():
            kinds.setdefault(its[0]["kind"], []).append(rid)
        for kind, ids in kinds.items():  # one query per kind, not one per record
            model = RECORD_MODELS[kind]
            rows.update({r.id: r for r in s.execute(select(model).where(model.id.in_(ids))).scalars()})
        audit = AuditWriter(s)
        raw_versions: list[dict[str, Any]] = []
        writes: dict[str, list[_Change]] = {"synced": [], "conflict": []}
        now = utcnow()
        for rid, its in by_record.items():
            st = states[rid]
            cur = st["current_version_id"]
            kind = its[0]["kind"]
            model = RECORD_MODELS[kind]
            row = rows.get(rid)
            target = "conflict" if st.get("conflict") else "synced"
            cur_item = None
            for it in its:
                if it["version_id"] in have:
                    continue
                have.add(it["version_id"])
                applied += 1
                if it["version_id"] == cur and rid not in pending:
                    cur_item = it
                    continue
                raw_versions.append(_version_row(it, now))
                audit.add(now, SYNC_ACTOR.username, "sync-receive", kind, rid, it["version_id"],
                          {"version": it["version"], "by": it.get("created_by")}, content_hash=it["content_hash"])
            if rid in pending:
                continue
            if cur_item is not None:
                writes[target].append(_Change(
                    kind, rid, dict(cur_item["doc"]), "sync-receive", prev=row, deleted=bool(cur_item["deleted"]),
                    detail={"version": cur_item["version"], "by": cur_item.get("created_by")},
                    version_id=cur, base_version_id=cur_item.get("base_version_id"),
                    merge_parent_id=cur_item.get("merge_parent_id"), version=cur_item["version"],
                    device_id=cur_item.get("device_id"), created_by=cur_item.get("created_by") or "unknown",
                    doc_json=cur_item.get(wire.CANONICAL)))
            elif row is not None and row.version_id == cur:
                if row.sync_state != target:
                    s.execute(update(model).where(model.id == rid).values(sync_state=target))
            elif cur in have:
                raw_versions_flush(s, raw_versions, audit)
                _repoint(s, kind, rid, row, cur, target)
            # else: the current version comes on a later page; that page sets the row.
        raw_versions_flush(s, raw_versions, audit)
        for state, changes in writes.items():
            if changes:
                store._write(s, changes, SYNC_ACTOR, origin="remote", sync_state=state)
        for k, v in cursor_settings.items():
            settings.put(s, k, v)
    return applied


def raw_versions_flush(s: Session, rows: list[dict[str, Any]], audit: AuditWriter) -> None:
    """Insert queued history-only versions (and their audit events) now."""
    if rows:
        s.execute(insert(RecordVersion), rows)
        rows.clear()
    audit.flush()


def _version_row(it: Mapping[str, Any], now) -> dict[str, Any]:
    from zwcx_core.domain.canonical import canonical_json

    return {"version_id": it["version_id"], "record_id": it["record_id"], "kind": it["kind"],
            "version": it["version"], "base_version_id": it.get("base_version_id"),
            "merge_parent_id": it.get("merge_parent_id"), "content_hash": it["content_hash"],
            "doc": it.get(wire.CANONICAL) or canonical_json(it["doc"]), "deleted": bool(it["deleted"]),
            "created_at": now,
            "created_by": it.get("created_by") or "unknown", "device_id": it.get("device_id") or "",
            "origin": "remote"}


def _repoint(s: Session, kind: str, rid: str, row: Any, version_id: str, sync_state: str) -> None:
    """Make an already stored version the record's current one (the server chose it)."""
    v = s.get(RecordVersion, version_id)
    doc = json.loads(v.doc)
    model = RECORD_MODELS[kind]
    values = record_values(kind, doc) | {
        "version": v.version, "version_id": v.version_id, "base_version_id": v.base_version_id,
        "content_hash": v.content_hash, "updated_at": utcnow(), "updated_by": v.created_by, "deleted": v.deleted,
        "sync_state": sync_state}
    children = child_rows(kind, rid, doc)
    if row is None:
        s.execute(insert(model).values(**values, id=rid, created_at=v.created_at, created_by=v.created_by))
    else:
        s.execute(update(model).where(model.id == rid).values(**values))
    for child_model, rows in children.items():
        fk = "commitment_id" if kind == "commitment" else "disclosure_id"
        s.execute(delete(child_model).where(getattr(child_model, fk) == rid))
        if rows:
            s.execute(insert(child_model), rows)
    if v.deleted:
        search.remove(s, [rid])
    else:
        search.remove(s, [rid])
        search.index_rows(s, [(rid, kind, search.doc_text(kind, doc))])


# ---------------------------------------------------------------------------------------------- conflicts


def heads(s: Session, record_id: str) -> list[RecordVersion]:
    """Versions of a record that no other version builds on or merges: more than one means a conflict."""
    vs = list(s.execute(select(RecordVersion).where(RecordVersion.record_id == record_id)
                        .order_by(RecordVersion.version, RecordVersion.created_at)).scalars())
    parents = {v.base_version_id for v in vs} | {v.merge_parent_id for v in vs}
    return [v for v in vs if v.version_id not in parents]


def common_base(s: Session, a: str, b: str) -> str | None:
    """The nearest version both `a` and `b` descend from (through base and merge parents), or None."""
    def ancestors(vid: str) -> list[str]:
        order, seen, todo = [], set(), [vid]
        while todo:
            v = todo.pop(0)
            if v in seen:
                continue
            seen.add(v)
            order.append(v)
            row = s.execute(select(RecordVersion.base_version_id, RecordVersion.merge_parent_id)
                            .where(RecordVersion.version_id == v)).first()
            todo += [p for p in (row or ()) if p]
        return order

    theirs = set(ancestors(b))
    return next((v for v in ancestors(a) if v in theirs), None)


def merge(store: RecordStore, record_id: str, chosen_fields: Mapping[str, Any], actor: Actor,
          other_version_id: str | None = None, deleted: bool | None = None) -> str:
    """Write the version that resolves a conflict: the current document with the clerk's chosen fields, naming
    the current version as base and the other head as merge parent. It syncs like any edit; returns its id."""
    with store.db.write() as s:
        kind = store._kind_of(s, record_id)
        model = RECORD_MODELS[kind]
        row = s.get(model, record_id)
        if row is None:
            raise NotFound(f"no record with id {record_id}")
        hs = heads(s, record_id)
        others = [h for h in hs if h.version_id != row.version_id]
        if other_version_id is not None:
            others = [h for h in others if h.version_id == other_version_id]
        if not others:
            raise ValueError(f"record {record_id} has no conflicting version to merge")
        other = others[0]
        _ = store.device_id
        cur_doc = json.loads(s.execute(select(RecordVersion.doc).where(RecordVersion.version_id == row.version_id))
                             .scalar_one())
        if not isinstance(chosen_fields, Mapping):
            raise ValueError("chosen fields must be a mapping of field name to value")
        # Text either side already held was accepted when it was saved (domain/privacy.py): a merge of a record
        # stored before the personal-data guard is not refused for what neither side changed.
        doc = validate(kind, cur_doc | dict(chosen_fields), allow_computed=True,
                       accepted=[cur_doc, json.loads(other.doc)])
        recompute_merged(kind, doc)
        gone = row.deleted if deleted is None else deleted
        ch = _Change(kind, record_id, doc, "merge", prev=row, deleted=gone,
                     detail={"merged": other.version_id, "fields": sorted(chosen_fields)},
                     merge_parent_id=other.version_id)
        return store._write(s, [ch], actor)[0]
