"""What the server does, apart from HTTP: enrolment, authentication, push, pull, blobs, verification.

Every push runs in one transaction that first locks the caller's township row. That serialises the writers of one
township (so sequence numbers are committed in order and pull cursors never skip) while other townships proceed.
Idempotency rests on database keys: op results by (device_id, op_id), versions by version_id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from json.encoder import encode_basestring as _quote  # type: ignore[attr-defined]
from typing import Any, BinaryIO

from sqlalchemy import ARRAY, LargeBinary, Text, any_, bindparam, cast, delete, func, insert, select, update
from sqlalchemy.orm import Session

from zwcx_core import wire
from zwcx_core.domain.calendar import parse_schedule
from zwcx_core.domain.lpr import parse_lpr_table
from zwcx_server import anchors, faults, keys
from zwcx_server.db import ServerDB
from zwcx_server.models import (
    Blob,
    BlobChunk,
    BlobPart,
    Device,
    DeviceAgent,
    OpResult,
    PrintEvent,
    Record,
    ReferenceItem,
    ServerMeta,
    Township,
    Version,
)

ENROL_CODE_DAYS = 7


class ServiceError(Exception):
    """A request the server refuses: HTTP status and one message naming the problem."""

    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.extra = extra


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Caller:
    """The authenticated device and the township its token belongs to (the only source of scope)."""

    device_id: str
    township_id: int
    township_code: str
    township_name: str
    #: The record-kind level the device knows (wire.parse_kinds_level of its header): what it is sent and what
    #: its digests cover.
    kinds_level: int = wire.KINDS_LEVEL

    @property
    def sees_all(self) -> bool:
        return self.kinds_level >= wire.KINDS_LEVEL

    def visible(self, kind_column: Any) -> Any:
        """A condition keeping the versions or records of the kinds this device knows."""
        return kind_column.in_(wire.kinds_at(self.kinds_level))


def _among(db: ServerDB, column: Any, values: list[Any]) -> Any:
    """`column IN values` for the long id lists of a push or a pull page: on PostgreSQL one array parameter
    (`= ANY`), where an IN list of a thousand placeholders cost more to render and parse than to run."""
    if db.dialect == "postgresql":
        return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    return column.in_(values)


# ---------------------------------------------------------------------------------------------- administration


def add_township(db: ServerDB, name: str, code: str) -> int:
    """Create a township (unit); returns its id. Codes are unique."""
    from sqlalchemy.exc import IntegrityError

    name, code = name.strip(), code.strip()
    if not name or len(name) > 100:
        raise ValueError("the township name must have 1 to 100 characters")
    if not code or len(code) > 32:
        raise ValueError("the township code must have 1 to 32 characters")
    try:
        with db.write() as s:
            t = Township(name=name, code=code, last_seq=0, created_at=utcnow())
            s.add(t)
            s.flush()
            return t.id
    except IntegrityError:
        raise ValueError(f"a township with code {code!r} already exists") from None


def enroll_device(db: ServerDB, township_id: int, name: str = "") -> tuple[str, str]:
    """Create a device slot with a one-time enrolment code; returns (device_id, code). Only the hash is kept."""
    code = "-".join(secrets.token_hex(3) for _ in range(3))
    device_id = str(uuid.uuid4())
    with db.write() as s:
        if s.get(Township, township_id) is None:
            raise ValueError(f"no township with id {township_id}")
        s.add(Device(id=device_id, township_id=township_id, name=name[:100], token_hash=None, code_hash=sha(code),
                     code_expires_at=utcnow() + dt.timedelta(days=ENROL_CODE_DAYS), revoked=False,
                     created_at=utcnow()))
    return device_id, code


def revoke_device(db: ServerDB, device_id: str) -> None:
    """Refuse this device's token from now on (its data stays). The city's pseudo-device of a township is no
    device to revoke (the console's review writes through it)."""
    with db.write() as s:
        d = s.get(Device, device_id)
        if d is not None and device_id == city_device_id(d.township_id):
            raise ValueError(f"device {device_id} is the city's own ({CITY_DEVICE_NAME}), not a township's device")
        n = s.execute(update(Device).where(Device.id == device_id).values(revoked=True, code_hash=None)).rowcount
    if n != 1:
        raise ValueError(f"no device with id {device_id}")


def enrol(db: ServerDB, code: str, fingerprint_key: str | None = None,
          township: int | str | None = None) -> dict[str, Any]:
    """Exchange a one-time code for a device token. The UPDATE's WHERE makes the code single-use even when two
    clients race with it.

    The answer carries the township's fingerprint key. A township without one takes the enrolling device's own
    (`fingerprint_key`, 64 hex characters), so the records it made before enrolling keep matching; every later
    device adopts it. A device that holds another township's records names that township (`township`, its id):
    a code of a different township is then refused (409) without being used up, so the clerk can decide on a
    clean start and enrol again with the same code."""
    if not isinstance(code, str) or not code.strip():
        raise ServiceError(400, "'code' must be the enrolment code printed by the administrator")
    if fingerprint_key is not None and not wire.is_fingerprint_key(fingerprint_key):
        raise ServiceError(400, "'fingerprint_key' must be 64 hexadecimal characters")
    if township is not None and (isinstance(township, bool) or not isinstance(township, int | str)):
        raise ServiceError(400, "'township' must be the id of the township whose records this computer holds")
    token = secrets.token_urlsafe(32)
    h = sha(code.strip().lower())
    with db.write() as s:
        dev = s.execute(select(Device).where(Device.code_hash == h)).scalar_one_or_none()
        if dev is None or dev.revoked or (dev.code_expires_at and dev.code_expires_at < utcnow()):
            raise ServiceError(403, "this enrolment code is unknown, used or expired; ask for a new one")
        if township is not None and str(dev.township_id) != str(township):
            # Only the holder of the code learns which township it is for: enrolling would tell them anyway.
            t = s.get(Township, dev.township_id)
            raise ServiceError(409, f"this enrolment code is for {t.name} ({t.code}), not for the township whose "
                               "records this computer holds", township={"id": t.id, "code": t.code, "name": t.name})
        n = s.execute(update(Device).where(Device.id == dev.id, Device.code_hash == h, Device.token_hash.is_(None))
                      .values(token_hash=sha(token), code_hash=None, enrolled_at=utcnow())).rowcount
        if n != 1:
            raise ServiceError(403, "this enrolment code is unknown, used or expired; ask for a new one")
        t = s.execute(select(Township).where(Township.id == dev.township_id).with_for_update()).scalar_one()
        township_key = _township_key(s, db.server_key, t, fingerprint_key)
        return {"protocol": wire.PROTOCOL, "device_id": dev.id, "token": token,
                "township": {"id": t.id, "code": t.code, "name": t.name}, "fingerprint_key": township_key}


def _township_key(s: Session, server_key: keys.ServerKey | None, t: Township, offered: str | None) -> str:
    """The township's fingerprint key, opened from its sealed form; a township without one takes `offered` (or a
    new one). A server whose key cannot open it refuses the enrolment (503) rather than hand out a wrong key."""
    if server_key is None:
        raise ServiceError(503, "the server was started without its server key; the administrator must restart it "
                                "with one")
    try:
        if t.fingerprint_key_sealed is not None:
            return server_key.open_township_key(t.id, t.fingerprint_key_sealed)
        # The key may have been rotated while this server ran: seal nothing under a key the database dropped.
        keys.verify(s, server_key)
    except keys.ServerKeyError:
        raise ServiceError(503, "the server's key does not match its database (rotated?); the administrator must "
                                "restart it with the current server key") from None
    township_key = (offered or secrets.token_hex(32)).lower()
    # The row is locked: two first devices enrolling at once agree on one key.
    t.fingerprint_key_sealed = server_key.seal_township_key(t.id, township_key)
    return township_key


#: How stale a device's last_seen_at may get before a request refreshes it.
SEEN_EVERY = dt.timedelta(minutes=5)


def authenticate(db: ServerDB, authorization: str | None, kinds_level: int = wire.KINDS_LEVEL,
                 user_agent: str | None = None) -> Caller:
    """The caller of a request from its bearer token alone (and the kind level it says it knows). The User-Agent
    is kept with the last-seen time, for the console's device list."""
    if not authorization or not authorization.lower().startswith("bearer "):
        raise ServiceError(401, "missing 'Authorization: Bearer <device token>'; enrol this device first")
    token = authorization[7:].strip()
    with db.read() as s:
        row = s.execute(select(Device, Township).join(Township, Township.id == Device.township_id)
                        .where(Device.token_hash == sha(token))).first()
        if row is None:
            raise ServiceError(401, "unknown device token; enrol this device again")
        dev, t = row
        if dev.revoked:
            raise ServiceError(403, "this device has been revoked by the municipal administrator")
        caller, seen = Caller(dev.id, t.id, t.code, t.name, kinds_level), dev.last_seen_at
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    if seen is None or now - seen >= SEEN_EVERY:
        with db.write() as s:
            s.execute(update(Device).where(Device.id == caller.device_id).values(last_seen_at=now))
            if user_agent:
                _note_agent(s, caller.device_id, user_agent, now)
    return caller


def _note_agent(s: Session, device_id: str, user_agent: str, now: dt.datetime) -> None:
    from sqlalchemy.exc import IntegrityError

    agent = "".join(ch for ch in user_agent[:200] if ch.isprintable())
    if s.execute(update(DeviceAgent).where(DeviceAgent.device_id == device_id)
                 .values(user_agent=agent, seen_at=now)).rowcount:
        return
    try:
        with s.begin_nested():  # two requests of a new device may both get here; the first row is as good
            s.add(DeviceAgent(device_id=device_id, user_agent=agent, seen_at=now))
    except IntegrityError:
        pass


def load_reference(db: ServerDB, data: Any) -> dict[str, int]:
    """Load reference data (units, catalogue, categories, holidays, the 1-year LPR table, supervision clock presets)
    that flows down to devices. Each item is kept under its key; an item whose key is loaded again replaces the one
    before. `supervision_clocks` may be the presets document (one list of clocks per channel) or its items."""
    from zwcx_core.domain.supervision import reference_items

    cats = ("units", "catalogue", "categories", "holidays", "lpr", "supervision_clocks")
    if not isinstance(data, dict):
        raise ValueError("the reference file must hold a JSON object with lists under " + ", ".join(cats))
    unknown = sorted(set(data) - set(cats))
    if unknown:
        raise ValueError(f"unknown reference section(s) {', '.join(unknown)}; expected {', '.join(cats)}")
    counts: dict[str, int] = {}
    rows = []
    for cat, items in data.items():
        if cat == "supervision_clocks":
            items = reference_items(items)  # devices count deadlines with them: refuse a malformed clock here
        if not isinstance(items, list):
            raise ValueError(f"'{cat}' must be a list")
        if cat == "holidays":
            parse_schedule(items)  # devices count working days with it: refuse a malformed entry here, by index
        if cat == "lpr":
            parse_lpr_table(items)  # devices prefill contracts' interest floor from it (条例 art. 17)
        for i, it in enumerate(items):
            key = it if isinstance(it, str) else (isinstance(it, dict) and (it.get("key") or it.get("code")
                                                                           or it.get("date") or it.get("from")
                                                                           or it.get("name")))
            if not key or not isinstance(key, str):
                raise ValueError(f"{cat}[{i}] needs a 'key', 'code', 'date' or 'name'")
            rows.append({"category": cat, "key": key[:100], "value": json.dumps(it, ensure_ascii=False)})
        counts[cat] = len(items)
    with db.write() as s:
        for r in rows:
            n = s.execute(update(ReferenceItem).where(ReferenceItem.category == r["category"],
                                                      ReferenceItem.key == r["key"]).values(value=r["value"])).rowcount
            if n == 0:
                s.execute(insert(ReferenceItem).values(**r))
    return counts


def reference_digest(db: ServerDB, township_id: int | None = None) -> str:
    """sha256 over the reference data a device of this township is sent, announced in meta so devices download it
    only when it changed. A township whose office shares no clocks has the digest of the common data alone."""
    from zwcx_server import township_clocks

    h = hashlib.sha256()
    with db.read() as s:
        for cat, key, value in s.execute(select(ReferenceItem.category, ReferenceItem.key, ReferenceItem.value)
                                         .order_by(ReferenceItem.category, ReferenceItem.key)):
            h.update(f"{cat}\x1f{key}\x1f{value}\x1e".encode())
        own = township_clocks.section(s, township_id) if township_id is not None else None
        if own is not None:
            h.update(f"{township_clocks.SECTION}\x1f{json.dumps(own, sort_keys=True)}\x1e".encode())
    return h.hexdigest()


def reference(db: ServerDB, township_id: int | None = None) -> dict[str, list[Any]]:
    """The reference data for a device of this township: the common sections and its office's clock presets."""
    from zwcx_server import township_clocks

    with db.read() as s:
        out: dict[str, list[Any]] = {}
        for r in s.execute(select(ReferenceItem).order_by(ReferenceItem.category, ReferenceItem.key)).scalars():
            out.setdefault(r.category, []).append(json.loads(r.value))
        own = township_clocks.section(s, township_id) if township_id is not None else None
        if own is not None:
            out[township_clocks.SECTION] = own
        return out


# ---------------------------------------------------------------------------------------------- push


def push(db: ServerDB, caller: Caller, ops: list[wire.Op],
         prints: list[wire.PrintEvent] | None = None, audit: list[wire.AuditAnchor] | None = None) -> dict[str, Any]:
    """Apply ops in order; stops at the first op whose attachments are missing (`need_blobs`). Print events
    (`prints`) and audit event hashes (`audit`, server/zwcx_server/anchors.py) are kept in the same transaction; the
    answer then says how far this device's are held."""
    from sqlalchemy.exc import IntegrityError

    for _attempt in range(3):
        try:
            return _push(db, caller, ops, prints or [], audit or [])
        except IntegrityError:
            # A concurrent push of the same op by the same device won the UNIQUE key; the retry reads its answer.
            continue
    raise ServiceError(503, "the server is busy with the same operations; retry")


def _push(db: ServerDB, caller: Caller, ops: list[wire.Op], prints: list[wire.PrintEvent],
          audit: list[wire.AuditAnchor]) -> dict[str, Any]:
    now = utcnow()
    with db.write() as s:
        tw = s.execute(select(Township).where(Township.id == caller.township_id).with_for_update()).scalar_one()
        # Versions sent again after a restore are not outbox ops: no stored answer, no acknowledged seq.
        op_ids = [o.op_id for o in ops if not o.resend]
        stored = dict(s.execute(select(OpResult.op_id, OpResult.result).where(
            OpResult.device_id == caller.device_id, _among(db, OpResult.op_id, op_ids))).all()) if op_ids else {}
        named = list({o.device_id for o in ops if o.resend and o.device_id})
        authors = set(s.execute(select(Device.id).where(Device.township_id == tw.id, Device.id.in_(named)))
                      .scalars()) if named else set()
        rids = list({o.record_id for o in ops})
        records = {r.id: r for r in s.execute(select(Record).where(_among(db, Record.id, rids))).scalars()} if ops else {}
        vids = list({o.version_id for o in ops})
        known = {v[0]: v for v in s.execute(select(Version.version_id, Version.township_id, Version.record_id,
                                                   Version.content_hash).where(_among(db, Version.version_id, vids)))}
        wanted = list({h for o in ops for h in (o.blobs + wire.referenced_blobs(o.kind, o.doc))})
        have = set(s.execute(select(Blob.sha256).where(Blob.township_id == tw.id, Blob.sha256.in_(wanted)))
                   .scalars()) if wanted else set()
        results: list[dict[str, Any]] = []
        new_versions: list[dict[str, Any]] = []
        new_results: list[dict[str, Any]] = []
        new_records: dict[str, _NewRecord] = {}
        acked = 0
        seq = tw.last_seq
        for op in ops:
            if not op.resend and op.op_id in stored:
                r = json.loads(stored[op.op_id])
                results.append(r)
                acked = op.seq
                continue
            r = _decide(op, tw.id, records, known, have,
                        lambda op=op: _accepted_docs(s, op, new_versions))
            if r["status"] == "need_blobs":
                results.append(r)
                break
            doc_json = r.pop("_doc", None)
            if r.pop("_store", False):
                seq += 1
                deleted = op.op == "delete"
                new_versions.append({
                    "version_id": op.version_id, "record_id": op.record_id, "township_id": tw.id, "seq": seq,
                    "kind": op.kind, "version": op.version, "base_version_id": op.base_version_id,
                    "merge_parent_id": op.merge_parent_id, "content_hash": op.content_hash,
                    "doc": doc_json, "deleted": deleted,
                    "device_id": op.device_id if op.device_id in authors else caller.device_id,
                    "created_by": op.created_by, "client_created_at": op.created_at, "received_at": now,
                    "verify_code": wire.verify_code(op.version_id, op.content_hash)})
                known[op.version_id] = (op.version_id, tw.id, op.record_id, op.content_hash)
                if op.record_id not in records:
                    rec = _NewRecord(op.record_id, tw.id, op.kind, op.version_id, op.content_hash, deleted,
                                     [op.version_id], False)
                    records[op.record_id] = rec
                    new_records[op.record_id] = rec
            results.append(r)
            if op.resend:
                continue
            new_results.append({"device_id": caller.device_id, "op_id": op.op_id, "seq": op.seq,
                                "result": json.dumps(r), "created_at": now})
            acked = op.seq
        _insert_many(s, Version.__table__, new_versions)
        # The final state of records first seen in this push.
        _insert_many(s, Record.__table__, [{k: getattr(r, k) for k in _NewRecord.__slots__}
                                           for r in new_records.values()])
        _insert_many(s, OpResult.__table__, new_results)
        tw.last_seq = seq
        if new_versions:
            tw.versions_digest = wire.version_set_digest((v["version_id"] for v in new_versions),
                                                         tw.versions_digest or wire.EMPTY_SET_DIGEST)
            tw.level_digests = _level_digests(tw.level_digests, new_versions)
        if acked:
            _raise_acked(s, caller.device_id, acked)
        extra = {"prints_through": _store_prints(s, caller, prints, now)} if prints else {}
        if audit:
            extra |= anchors.store(s, caller.device_id, tw.id, audit, now)
    faults.after_commit("push")
    return {"protocol": wire.PROTOCOL, "results": results, "acked_through_seq": acked} | extra


#: The author of the versions the city console adds to a township's records: one device row per township, with
#: no token and no enrolment code, so nothing can authenticate as it.
CITY_DEVICE_NAME = "市信用办"
_CITY_NS = uuid.UUID("5d0e6f0a-7c1b-4a51-9a43-2f6c1e0b7c11")


def city_device_id(township_id: int) -> str:
    """The id of the township's city pseudo-device (the same on every server, so restores and workers agree)."""
    return str(uuid.uuid5(_CITY_NS, f"city-review:{township_id}"))


def city_version(db: ServerDB, township_id: int, record_id: str, seen_version_id: str, changes: dict[str, Any],
                 author: str) -> dict[str, Any]:
    """Add a version of a township's record made by the city (the console): the current document with `changes`
    set, built on the current version and pushed through `push` as the township's city pseudo-device would, so
    devices pull it like any other and a township edit made meanwhile becomes an ordinary conflict.

    Refused (ServiceError 409) when the record's current version is no longer `seen_version_id`, the one the
    console showed, or the record is deleted or waits for a merge; 404 when the township has no such record.
    Returns the push result of the one op."""
    from sqlalchemy.exc import IntegrityError

    device_id = city_device_id(township_id)
    with db.read() as s:
        t = s.get(Township, township_id)
        rec = s.get(Record, record_id)
        if t is None or rec is None or rec.township_id != township_id:
            raise ServiceError(404, "no such record in this township")
        if rec.deleted or rec.conflict:
            raise ServiceError(409, "the record is deleted or waits for a merge")
        if rec.current_version_id != seen_version_id:
            raise ServiceError(409, "the record changed since it was shown")
        cur = s.get(Version, rec.current_version_id)
        doc = json.loads(cur.doc)
        acked = s.execute(select(Device.acked_seq).where(Device.id == device_id)).scalar()
        caller = Caller(device_id, t.id, t.code, t.name)
    if acked is None:
        try:
            with db.write() as s:
                s.add(Device(id=device_id, township_id=township_id, name=CITY_DEVICE_NAME, token_hash=None,
                             code_hash=None, revoked=False, created_at=utcnow()))
        except IntegrityError:
            pass  # another worker made it first
        acked = 0
    # None in `changes` removes the field (an earlier answer's note is not carried over).
    doc = {k: v for k, v in (doc | changes).items() if v is not None}
    text = wire.canonical_json(doc)
    op = wire.Op(op_id=str(uuid.uuid4()), seq=int(acked) + 1, op="upsert", kind=rec.kind, record_id=record_id,
                 version_id=str(uuid.uuid4()), base_version_id=seen_version_id, merge_parent_id=None,
                 version=cur.version + 1, content_hash=sha(text), doc=doc, created_by=author[:64],
                 created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    [result] = push(db, caller, [op])["results"]
    return result


def _level_digests(stored: str | None, new_versions: list[dict[str, Any]]) -> str | None:
    """The township's per-level digests (JSON text) with the new versions of kinds above level 1 added."""
    by_level: dict[str, str] = json.loads(stored) if stored else {}
    added = False
    for v in new_versions:
        lv = wire.level_of(v["kind"])
        if lv > 1:
            by_level[str(lv)] = wire.version_set_digest([v["version_id"]], by_level.get(str(lv), wire.EMPTY_SET_DIGEST))
            added = True
    return json.dumps(by_level, sort_keys=True) if added else stored


def _seen_head(db: ServerDB, conn: Any, caller: Caller, *extra: Any) -> tuple[Any, ...]:
    """(highest seq, set digest, *extra) of the versions this device is sent, read in one statement (one snapshot).
    For a device of a lower kind level these are those of its kinds only: it compares them once it has pulled
    everything it is sent, as a device of the current level does with the township's own. `extra`: scalar
    subqueries read in the same statement, since each statement of a sync round is a round trip to the database
    (a no-op round made about 45, and on a busy machine each waits for the database process to be scheduled)."""
    if caller.sees_all:
        row = conn.execute(select(Township.last_seq, Township.versions_digest, *extra)
                           .where(Township.id == caller.township_id)).one()
        return (int(row[0] or 0), row[1] or wire.EMPTY_SET_DIGEST, *row[2:])
    last_seen = (select(func.max(Version.seq)).where(Version.township_id == caller.township_id,
                                                      caller.visible(Version.kind)).scalar_subquery())
    row = conn.execute(select(last_seen, Township.versions_digest, Township.level_digests, *extra)
                       .where(Township.id == caller.township_id)).one()
    return (int(row[0] or 0), wire.digest_for_level(row[1], json.loads(row[2]) if row[2] else {},
                                                    caller.kinds_level), *row[3:])


def _epoch() -> Any:
    """The server epoch (ServerDB.epoch) as a scalar subquery, read with a page's head instead of on its own."""
    return select(ServerMeta.value).where(ServerMeta.key == "epoch").scalar_subquery()


def _insert_many(s: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """INSERT rows of identical keys in bulk: PostgreSQL's COPY (one stream instead of a statement per row, which
    even pipelined cost more than the rest of a large push), elsewhere one driver executemany. SQLAlchemy's
    per-row parameter handling (and more so the ORM's bulk path) cost more than the database's own work; each
    column's type conversion (dates, JSON, booleans) is still applied."""
    if not rows:
        return
    conn = s.connection()
    cols = list(rows[0])
    procs = [table.c[c].type._cached_bind_processor(conn.dialect) for c in cols]
    values = (tuple(p(r[c]) if p else r[c] for c, p in zip(cols, procs, strict=True)) for r in rows)
    if conn.dialect.name == "postgresql":
        _copy_rows(conn, table.name, cols, values)
        return
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join([mark] * len(cols))})"
    conn.exec_driver_sql(sql, list(values))


def _copy_rows(conn: Any, table: str, cols: list[str], values: Iterator[tuple[Any, ...]]) -> None:
    """COPY rows into `table` on the session's own connection (inside its transaction, after its row lock).
    A key taken meanwhile by a concurrent push surfaces as SQLAlchemy's IntegrityError, as an INSERT's would,
    so push() retries and reads the winner's answer; the driver's text (it names the key) goes nowhere."""
    import psycopg
    from sqlalchemy.exc import IntegrityError

    raw = conn.connection.driver_connection
    try:
        with raw.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
            for row in values:
                copy.write_row(row)
    except psycopg.errors.IntegrityError as exc:
        raise IntegrityError(f"COPY {table}", None, exc, hide_parameters=True) from None


class _NewRecord:
    """A record first seen in this push, with the fields `_decide` reads and moves (a later op of the same push
    may build on it); inserted once, in its final state. A plain object: building an ORM instance per record
    cost more than the rest of a large push."""

    __slots__ = ("id", "township_id", "kind", "current_version_id", "content_hash", "deleted", "heads", "conflict")

    def __init__(self, *values: Any) -> None:
        for k, v in zip(self.__slots__, values, strict=True):
            setattr(self, k, v)


def _store_prints(s: Session, caller: Caller, prints: list[wire.PrintEvent], now: dt.datetime) -> int:
    """Keep each print event of this device once; returns the highest print log row of the device now held."""
    ids = list({p.print_id for p in prints})
    have = set(s.execute(select(PrintEvent.print_id).where(PrintEvent.device_id == caller.device_id,
                                                           PrintEvent.print_id.in_(ids))).scalars())
    new = {p.print_id: p for p in prints if p.print_id not in have}
    if new:
        s.execute(insert(PrintEvent), [{
            "device_id": caller.device_id, "print_id": p.print_id, "no": p.no, "township_id": caller.township_id,
            "record_id": p.record_id, "version_id": p.version_id, "content_hash": p.content_hash,
            "printed_at": _utc(p.printed_at), "received_at": now} for p in new.values()])
    return _prints_through(s, caller.device_id)


def _utc(iso: str) -> dt.datetime:
    """A checked ISO time (wire.parse_prints) as naive UTC; a time without a zone is taken as UTC."""
    t = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return t.astimezone(dt.UTC).replace(tzinfo=None) if t.tzinfo else t


def _prints_through(s: Session, device_id: str) -> int:
    return int(s.execute(select(func.max(PrintEvent.no)).where(PrintEvent.device_id == device_id)).scalar() or 0)


def _accepted_docs(s: Session, op: wire.Op, pending: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The documents of the versions `op` builds on that this server accepted (this push's first), same record."""
    parents = [v for v in (op.base_version_id, op.merge_parent_id) if v]
    docs = {v["version_id"]: v["doc"] for v in pending if v["version_id"] in parents and
            v["record_id"] == op.record_id}
    missing = [v for v in parents if v not in docs]
    if missing:
        docs.update(s.execute(select(Version.version_id, Version.doc).where(
            Version.version_id.in_(missing), Version.record_id == op.record_id)).all())
    return [json.loads(d) for d in docs.values()]


def _raise_acked(s, device_id: str, acked: int) -> None:
    """Remember the device's highest acknowledged outbox seq (never lowered: a replayed old batch is no news)."""
    s.execute(update(Device).where(Device.id == device_id, Device.acked_seq < acked).values(acked_seq=acked))


def sync_state(db: ServerDB, caller: Caller, cursor: int | None) -> dict[str, Any]:
    """What the server holds for this device, for /v1/sync/meta: the township's highest sequence, the device's
    highest acknowledged outbox seq, which version sits at the device's pull cursor, and the highest print log row
    of the device held. A device compares them with what it remembers and so notices a server that forgot
    acknowledged work, without another request."""
    dev = caller.device_id
    # One statement for what was five: meta is on every round's path (see _seen_head).
    extra = [select(Device.acked_seq).where(Device.id == dev).scalar_subquery(),
             select(func.max(PrintEvent.no)).where(PrintEvent.device_id == dev).scalar_subquery()]
    if cursor:
        extra.append(select(Version.version_id).where(Version.township_id == caller.township_id,
                                                      Version.seq == cursor).scalar_subquery())
    with db.read() as s:
        max_seq, _digest, acked, prints, *at = _seen_head(db, s, caller, *extra)
        audit = anchors.anchored_through(s, dev)
    at_cursor = at[0] if at else None
    return {"max_seq": int(max_seq or 0), "acked_seq": int(acked or 0), "cursor_version_id": at_cursor,
            "prints_through": int(prints or 0), "audit_anchored": audit}


def missing(db: ServerDB, caller: Caller, version_ids: list[str], acked_seq: int | None) -> dict[str, Any]:
    """Which of these versions the township does not hold (a device repairing a restored server sends exactly
    those again). `acked_seq`, sent once the repair is done, tells the server how far the device's outbox was
    acknowledged before the server forgot it, so the device does not detect the same restore again."""
    with db.read() as s:
        have = set(s.execute(select(Version.version_id).where(Version.township_id == caller.township_id,
                                                              _among(db, Version.version_id, version_ids))).scalars()
                   ) if version_ids else set()
    if acked_seq:
        with db.write() as s:
            _raise_acked(s, caller.device_id, acked_seq)
    return {"protocol": wire.PROTOCOL, "missing": [v for v in version_ids if v not in have]}


def _id_in_use(what: str, ident: str) -> str:
    return f"{what} id {ident} is already in use and cannot be used by this op"


def _decide(op: wire.Op, township_id: int, records: dict[str, Any], known: dict[str, tuple],
            have: set[str], accepted: Callable[[], list[dict[str, Any]]] | None = None) -> dict[str, Any]:
    """The result of one op; updates the in-memory record. `_store` asks the caller to store the version, whose
    canonical JSON is `_doc`."""
    base = {"op_id": op.op_id, "seq": op.seq, "version_id": op.version_id}
    rec = records.get(op.record_id)
    # Ids are global but townships are not: every refusal of one id reads the same, whether the id is another
    # township's or this township's own used differently, so the answer tells no one what another township holds.
    if rec is not None and (rec.township_id != township_id or rec.kind != op.kind):
        return base | {"status": "rejected", "reason": _id_in_use("record", op.record_id)}
    prior = known.get(op.version_id)
    if prior is not None:
        if prior[1] != township_id or prior[2] != op.record_id or prior[3] != op.content_hash:
            return base | {"status": "rejected", "reason": _id_in_use("version", op.version_id)}
        return base | {"status": "duplicate", "current_version_id": rec.current_version_id if rec else None,
                       "conflict": bool(rec and rec.conflict)}
    # Encoded once: the same text is checked (size, hash) and stored.
    doc_json = wire.canonical_json(op.doc)
    problem = wire.check_doc(op, accepted, doc_json)
    if problem:
        return base | {"status": "rejected", "reason": problem}
    missing = [h for h in dict.fromkeys(op.blobs + wire.referenced_blobs(op.kind, op.doc)) if h not in have]
    if missing:
        return base | {"status": "need_blobs", "missing": missing}
    deleted = op.op == "delete"
    if rec is None:
        return base | {"status": "applied", "current_version_id": op.version_id, "conflict": False, "_store": True,
                       "_doc": doc_json}
    parents = {op.base_version_id, op.merge_parent_id} - {None}
    heads = [h for h in rec.heads if h not in parents]
    if rec.current_version_id in parents:
        # Fast-forward: the op was made on top of (or merges in) what the server holds now.
        rec.current_version_id, rec.content_hash, rec.deleted = op.version_id, op.content_hash, deleted
        heads.append(op.version_id)
        status = "applied"
    elif op.content_hash == rec.content_hash and deleted == rec.deleted:
        # The same content the server already holds, reached independently: success, no conflict.
        status = "duplicate"
    else:
        # Never last-write-wins: keep both as sibling versions; the record waits for a person to merge.
        heads.append(op.version_id)
        status = "conflict"
    rec.heads = heads
    rec.conflict = len(heads) > 1
    return base | {"status": status, "current_version_id": rec.current_version_id, "conflict": rec.conflict,
                   "_store": True, "_doc": doc_json}


# ---------------------------------------------------------------------------------------------- pull

#: A pull page ends once its documents reach this many bytes (and at `limit` versions), but always holds at
#: least one version, so a single document of up to wire.MAX_DOC_BYTES still moves. A page is held in memory
#: while it is written, so this bounds what one pulling device costs the server.
PULL_PAGE_BYTES = 4 * 1024 * 1024
#: Serialised versions are sent in pieces of about this size (fewer, larger writes than one per version).
_PULL_CHUNK = 64 * 1024
_PULL_COLS = (Version.seq, Version.record_id, Version.kind, Version.version_id, Version.version,
              Version.base_version_id, Version.merge_parent_id, Version.content_hash, Version.deleted,
              Version.device_id, Version.created_by)


def pull(db: ServerDB, caller: Caller, cursor: int, limit: int,
         max_bytes: int = PULL_PAGE_BYTES) -> Iterator[bytes]:
    """One page of changes after `cursor`: JSON bytes in pieces, for a streamed answer (documents are spliced in
    as stored, not re-encoded). The database is read before the first piece is produced, so a failure there is
    an error answer rather than a cut-off page; the connection is back in the pool while the page is sent."""
    doc_bytes = (func.octet_length(Version.doc) if db.dialect == "postgresql"
                 else func.length(cast(Version.doc, LargeBinary))).label("doc_bytes")
    after: tuple[Any, ...] = (Version.township_id == caller.township_id, Version.seq > cursor)
    if not caller.sees_all:
        after += (caller.visible(Version.kind),)
    with db.engine.connect() as conn:  # plain rows, no ORM objects: this is the hot path of a first sync
        # Read in one statement, so the digest is that of versions 1..max_seq even where the page's own query
        # sees a later snapshot (PostgreSQL's read committed): the device compares only when they agree.
        max_seq, digest, epoch = _seen_head(db, conn, caller, _epoch())
        # Sizes first, documents second: the page is cut by bytes before any document is read into memory.
        # The first row that does not fit says more follow; rows after it are not read at all.
        page, size, more = [], 0, False
        heads = conn.execute(select(*_PULL_COLS, doc_bytes).where(*after).order_by(Version.seq).limit(limit + 1))
        for h in heads:
            if len(page) == limit or (page and size + h.doc_bytes > max_bytes):
                more = True
                break
            page.append(h)
            size += h.doc_bytes
        heads.close()
        docs: list[str] = []
        if page:
            # Versions are never removed and their seqs commit in order (township row lock), so this range holds
            # exactly the versions sized above.
            got = conn.execute(select(Version.seq, Version.doc).where(*after, Version.seq <= page[-1].seq)
                               .order_by(Version.seq)).all()
            if [g.seq for g in got] != [p.seq for p in page]:
                raise ServiceError(503, "the township's changes moved while being read; pull again")
            docs = [g.doc for g in got]
            del got
        rids = list({r.record_id for r in page})
        # The heads list as its stored JSON text, spliced into the answer like the documents (not decoded and
        # encoded again: a first sync's pages name tens of thousands of records).
        states = conn.execute(select(Record.id, Record.current_version_id, Record.conflict, Record.deleted,
                                     cast(Record.heads, Text)).where(_among(db, Record.id, rids))).all() if rids else []
    head = {"protocol": wire.PROTOCOL, "cursor": page[-1].seq if page else cursor, "more": more,
            "server_epoch": epoch, "max_seq": max_seq, "versions_digest": digest}
    return _pull_pieces(head, states, page, docs)


def _js(v: Any) -> str:
    """One JSON value of a page's plain fields (text, whole number, boolean or null), written directly: a page
    has a dozen per version, and the general encoder cost more than the rest of the page."""
    if v is None:
        return "null"
    if v is True or v is False:
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return _quote(v)


def _pull_pieces(head: dict[str, Any], states: list[Any], page: list[Any], docs: list[str]) -> Iterator[bytes]:
    """The page's JSON, written version by version; each document is let go once it is encoded."""
    keys = [_quote(c.key) + ":" for c in _PULL_COLS]
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    records = ",".join(f'{_quote(rid)}:{{"current_version_id":{_js(cur)},"conflict":{_js(bool(conflict))},'
                       f'"deleted":{_js(bool(deleted))},"heads":{heads or "null"}}}'
                       for rid, cur, conflict, deleted, heads in states)
    buf = [dumps(head)[:-1] + ',"records":{' + records + '},"items":[']
    del records
    held = len(buf[0])
    for i, v in enumerate(page):
        doc, docs[i] = docs[i], ""
        buf.append(("{" if not i else ",{") + ",".join(k + _js(x) for k, x in zip(keys, v, strict=False))
                   + ',"doc":' + doc + "}")
        held += len(doc)
        del doc
        if held >= _PULL_CHUNK:
            yield "".join(buf).encode("utf-8")
            buf, held = [], 0
    buf.append("]}")
    yield "".join(buf).encode("utf-8")


def verify(db: ServerDB, caller: Caller) -> dict[str, Any]:
    """Counts and digests of the caller's township, comparable with the client's `sync.engine.local_digest`."""
    with db.read() as s:
        recs = s.execute(select(Record.id, Record.current_version_id, Record.content_hash, Record.deleted,
                                Record.conflict).where(Record.township_id == caller.township_id,
                                                       caller.visible(Record.kind))).all()
        vers = s.execute(select(Version.version_id, Version.content_hash)
                         .where(Version.township_id == caller.township_id, caller.visible(Version.kind))).all()
    return {"protocol": wire.PROTOCOL, "township": caller.township_code} | wire.state_digest(
        [(r[0], r[1], r[2], r[3], r[4]) for r in recs], [(v[0], v[1]) for v in vers])


def all_digests(db: ServerDB) -> dict[str, Any]:
    """Digest of every township (administrator view)."""
    with db.read() as s:
        ts = s.execute(select(Township)).scalars().all()
    return {t.code: verify(db, Caller("admin", t.id, t.code, t.name)) for t in ts}


# ---------------------------------------------------------------------------------------------- blobs

#: Bytes of one stored piece of a file (blob_chunks); uploads and downloads hold about one piece at a time.
BLOB_CHUNK_BYTES = 1024 * 1024
#: Unfinished uploads one device may hold at once, and the bytes they may declare together: a device uploads
#: one file at a time, and one whose uploads were cut off keeps a few waiting to be resumed.
PART_QUOTA_COUNT = 8
PART_QUOTA_BYTES = 4 * wire.MAX_BLOB_BYTES
#: An unfinished upload without a new chunk for this long is dropped (when the next upload starts).
PART_EXPIRY = dt.timedelta(hours=24)


def _chunk_starts(s: Session, township_id: int, sha256: str) -> list[int]:
    return list(s.execute(select(BlobChunk.start).where(BlobChunk.township_id == township_id,
                                                        BlobChunk.sha256 == sha256).order_by(BlobChunk.start))
                .scalars())


def _chunk(s: Session, township_id: int, sha256: str, start: int) -> bytes:
    return s.execute(select(BlobChunk.data).where(BlobChunk.township_id == township_id, BlobChunk.sha256 == sha256,
                                                  BlobChunk.start == start)).scalar_one()


def _drop_part(s: Session, township_id: int, sha256: str) -> None:
    s.execute(delete(BlobChunk).where(BlobChunk.township_id == township_id, BlobChunk.sha256 == sha256))
    s.execute(delete(BlobPart).where(BlobPart.township_id == township_id, BlobPart.sha256 == sha256))


def _live(part: Any, now: dt.datetime) -> Any:
    """The unfinished upload (a row with `updated_at`) unless it has expired."""
    return part if part is not None and part.updated_at >= now - PART_EXPIRY else None


def audit_anchors(db: ServerDB, caller: Caller, from_seq: int, limit: int) -> dict[str, Any]:
    """/v1/audit/anchors: what the server anchored of the caller's audit log (server/zwcx_server/anchors.py)."""
    with db.read() as s:
        return anchors.page(s, caller.device_id, from_seq, limit)


def blob_state(db: ServerDB, caller: Caller, sha256: str) -> tuple[int | None, int]:
    """(size if stored else None, bytes received so far of an unfinished upload that has not expired)."""
    with db.read() as s:
        size = s.execute(select(Blob.size).where(Blob.township_id == caller.township_id, Blob.sha256 == sha256)
                         ).scalar_one_or_none()
        part = _live(s.execute(select(BlobPart.received, BlobPart.updated_at).where(
            BlobPart.township_id == caller.township_id, BlobPart.sha256 == sha256)).one_or_none(), utcnow())
    return size, part.received if part else 0


def blob_get(db: ServerDB, caller: Caller, sha256: str) -> tuple[int, Iterator[bytes]] | None:
    """(size, the bytes piece by piece) of a stored file, or None. Each piece is read in its own short read, so
    a slow download holds neither the file in memory nor a database connection."""
    with db.read() as s:
        size = s.execute(select(Blob.size).where(Blob.township_id == caller.township_id, Blob.sha256 == sha256)
                         ).scalar_one_or_none()
        if size is None:
            return None
        starts = _chunk_starts(s, caller.township_id, sha256)

    def pieces() -> Iterator[bytes]:
        for start in starts:
            with db.read() as s:
                piece = _chunk(s, caller.township_id, sha256, start)
            yield piece

    return size, pieces()


def blob_put(db: ServerDB, caller: Caller, sha256: str, start: int, total: int, body: BinaryIO,
             length: int) -> dict[str, Any]:
    """Append the `length` bytes of `body` at `start` of an upload of `total` bytes; finish (hash checked) when
    complete. A new upload that stays unfinished counts against the device's quota."""
    if total < 0 or total > wire.MAX_BLOB_BYTES:
        raise ServiceError(413, f"a file may have at most {wire.MAX_BLOB_BYTES} bytes")
    if start + length > total:
        raise ServiceError(400, "the bytes sent go past the declared total size")
    tid = caller.township_id
    now = utcnow()
    with db.write() as s:
        if s.execute(select(Blob.size).where(Blob.township_id == tid, Blob.sha256 == sha256)
                     ).scalar_one_or_none() is not None:
            return {"protocol": wire.PROTOCOL, "status": "stored", "offset": total}
        part = s.execute(select(BlobPart.total, BlobPart.received, BlobPart.updated_at)
                         .where(BlobPart.township_id == tid, BlobPart.sha256 == sha256)).one_or_none()
        if part is not None and _live(part, now) is None:
            _drop_part(s, tid, sha256)
            part = None
        if part is None:
            if start != 0:
                raise ServiceError(409, f"upload must continue at offset 0, not {start}", offset=0)
            if length < total:  # a file sent whole in one request never waits as an unfinished upload
                _start_part(s, caller, now, total)
            s.execute(insert(BlobPart).values(township_id=tid, sha256=sha256, device_id=caller.device_id,
                                              total=total, received=0, updated_at=now))
        elif part.total != total:
            raise ServiceError(409, f"an upload of this file with total size {part.total} is in progress",
                               offset=part.received)
        elif start != part.received:
            raise ServiceError(409, f"upload must continue at offset {part.received}, not {start}",
                               offset=part.received)
        at = start
        while at < start + length:
            piece = body.read(min(BLOB_CHUNK_BYTES, start + length - at))
            if not piece:
                raise ServiceError(400, "the request body was cut off")
            s.execute(insert(BlobChunk).values(township_id=tid, sha256=sha256, start=at, data=piece))
            at += len(piece)
        if at < total:
            s.execute(update(BlobPart).where(BlobPart.township_id == tid, BlobPart.sha256 == sha256)
                      .values(received=at, updated_at=now))
            return {"protocol": wire.PROTOCOL, "status": "partial", "offset": at}
        h = hashlib.sha256()
        # One statement streamed a few pieces at a time (not one query per 1 MiB piece).
        for piece in s.execute(select(BlobChunk.data).where(BlobChunk.township_id == tid, BlobChunk.sha256 == sha256)
                               .order_by(BlobChunk.start).execution_options(yield_per=4)).scalars():
            h.update(piece)
        bad = h.hexdigest() != sha256
        if bad:
            # Commit the removal of the bad upload, then report: the client starts again from zero.
            _drop_part(s, tid, sha256)
        else:
            s.execute(delete(BlobPart).where(BlobPart.township_id == tid, BlobPart.sha256 == sha256))
            s.execute(insert(Blob).values(township_id=tid, sha256=sha256, size=total, created_at=now))
    if bad:
        raise ServiceError(400, "the uploaded bytes do not match the sha256 in the URL; upload again", offset=0)
    return {"protocol": wire.PROTOCOL, "status": "stored", "offset": total}


def _start_part(s: Session, caller: Caller, now: dt.datetime, total: int) -> None:
    """Drop expired unfinished uploads (of every device: this is the lazy cleaning), then refuse a new one that
    would take the caller past its quota."""
    for tid, sha in s.execute(select(BlobPart.township_id, BlobPart.sha256)
                              .where(BlobPart.updated_at < now - PART_EXPIRY)).all():
        _drop_part(s, tid, sha)
    # The device row's lock makes two uploads the same device starts at once count each other.
    s.execute(select(Device.id).where(Device.id == caller.device_id).with_for_update())
    count, declared = s.execute(select(func.count(), func.coalesce(func.sum(BlobPart.total), 0))
                                .where(BlobPart.device_id == caller.device_id)).one()
    if count >= PART_QUOTA_COUNT or declared + total > PART_QUOTA_BYTES:
        hours = int(PART_EXPIRY.total_seconds() // 3600)
        raise ServiceError(429, f"this device already has {count} unfinished file upload(s) of {declared} bytes "
                                f"in all (at most {PART_QUOTA_COUNT} uploads and {PART_QUOTA_BYTES} bytes); "
                                f"finish those first, or start this file again after {hours} hours, when "
                                "unfinished uploads expire")
