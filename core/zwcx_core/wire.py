"""The sync wire format, shared by the desktop client and the reference server (no I/O, no Qt).

One place says what an operation, a push result, a pull page and the meta document look like, and checks them.
The server uses `parse_op` on what clients send; the client uses `parse_*_response` on what the server answers,
so a 200 that is not the protocol's JSON (a captive portal's HTML page, a truncated body) is a failure.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import re
import uuid
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from zwcx_core.domain.canonical import canonical_json
from zwcx_core.domain.schema import KINDS

PROTOCOL = 1
#: The highest record-kind level this code knows (`schema.Kind.level`, docs/record-kinds.md). A client names its
#: level in KINDS_LEVEL_HEADER (none: 1, a client older than the header); the server sends it only kinds of that
#: level or below, and the digests over just those, so devices can be upgraded one by one after the server.
KINDS_LEVEL = max(k.level for k in KINDS.values())
KINDS_LEVEL_HEADER = "X-Zwcx-Kinds-Level"
SCHEMA_VERSIONS = [1]
#: Limits the server enforces and announces in /v1/sync/meta.
MAX_OPS_PER_PUSH = 1000
MAX_PUSH_BYTES = 16 * 1024 * 1024  # compressed body
MAX_PUSH_JSON_BYTES = 16 * 1024 * 1024  # after gunzip; guards against gzip bombs and bounds the parsed body
MAX_DOC_BYTES = 1024 * 1024  # a posted roster carries its rows (store/roster.py): ~300 bytes each
MAX_PULL_LIMIT = 2000
MAX_MISSING_IDS = 10000  # version ids per /v1/sync/missing question
MAX_BLOB_BYTES = 50 * 1024 * 1024
MAX_PRINTS_PER_PUSH = 1000  # print events in one push (a desktop logs a few a day)
#: Largest op seq and version number: they fit the server's 64- and 32-bit columns, and every JSON parser reads
#: them exactly (2**53 - 1 is the last integer a double holds).
MAX_SEQ = 2**53 - 1
MAX_VERSION = 2**31 - 1
MAX_ANCHORS_PER_PUSH = 5000  # audit event hashes in one push (a first sync of a busy office sends them in turns)
MAX_ANCHORS_PER_PAGE = 10000  # audit anchors in one /v1/audit/anchors answer

RESULTS = ("applied", "duplicate", "conflict", "rejected", "need_blobs")
#: Results after which an op is finished; `need_blobs` is not final (upload, then push again).
FINAL_RESULTS = ("applied", "duplicate", "conflict", "rejected")

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class WireError(ValueError):
    """A message that does not follow the protocol; the text names the problem."""


class ProtocolError(RuntimeError):
    """The server's answer is not the protocol's JSON (captive portal, proxy page, truncated body)."""


def verify_code(version_id: str, chash: str) -> str:
    """The public verification code printed on a notice for one record version (defined by
    `zwcx_core.notices.verify`); the server stores and looks it up in lowercase, without hyphens."""
    from zwcx_core.notices.verify import verify_code as notices_code

    return notices_code(version_id, chash).lower()


def normalise_code(text: str) -> str:
    """A code as typed or scanned (any case, hyphens, spaces) in the form the server stores."""
    return "".join(ch for ch in text if ch.isalnum()).lower()


def is_uuid(v: Any) -> bool:
    return isinstance(v, str) and bool(_UUID.match(v))


def is_sha256(v: Any) -> bool:
    return isinstance(v, str) and bool(_SHA.match(v))


def referenced_blobs(kind: str, doc: dict[str, Any]) -> list[str]:
    """The attachment hashes a document points at (hashes fields, also in child rows), in order, once each.

    A pushed document is not validated yet when this runs: values of the wrong type point at nothing (the
    validation that follows rejects them)."""
    def listed(v: Any) -> list[Any]:
        return v if isinstance(v, list) else []

    spec = KINDS[kind]
    out: list[Any] = []
    for f in spec.fields:
        if f.type == "hashes":
            out.extend(listed(doc.get(f.name)))
    for child, fields in spec.children.items():
        for e in listed(doc.get(child)):
            if isinstance(e, dict):
                for f in fields:
                    if f.type == "hashes":
                        out.extend(listed(e.get(f.name)))
    return list(dict.fromkeys(h for h in out if isinstance(h, str)))


@dataclass
class Op:
    """One pushed operation: a new version of a record made on a device."""

    op_id: str
    seq: int
    op: str  # upsert | delete
    kind: str
    record_id: str
    version_id: str
    base_version_id: str | None
    merge_parent_id: str | None
    version: int
    content_hash: str
    doc: dict[str, Any]
    created_by: str
    created_at: str
    blobs: list[str] = field(default_factory=list)
    #: A version sent again because the server forgot it (restored backup, power cut), possibly made on another
    #: device (`device_id`, its author). Not an outbox op: the server stores no op result for it and it does not
    #: count towards the sender's acknowledged seq; `seq` only orders it within its batch.
    resend: bool = False
    device_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        extra = {"resend": True, "device_id": self.device_id} if self.resend else {}
        return extra | {"op_id": self.op_id, "seq": self.seq, "op": self.op, "kind": self.kind, "record_id": self.record_id,
                "version_id": self.version_id, "base_version_id": self.base_version_id,
                "merge_parent_id": self.merge_parent_id, "version": self.version,
                "content_hash": self.content_hash, "doc": self.doc, "created_by": self.created_by,
                "created_at": self.created_at, "blobs": self.blobs}


def whole_number(v: Any) -> int | None:
    """A JSON integer as an int, or None. 3.0 counts: JSON (and JSON Schema) do not tell it from 3."""
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def _req(obj: dict[str, Any], key: str, where: str) -> Any:
    if key not in obj:
        raise WireError(f"{where}: '{key}' is missing")
    return obj[key]


def parse_op(obj: Any, where: str = "op") -> Op:
    """Check one operation as sent by a client; WireError names the first problem."""
    if not isinstance(obj, dict):
        raise WireError(f"{where}: must be a JSON object")
    op_id = _req(obj, "op_id", where)
    if not is_uuid(op_id):
        raise WireError(f"{where}: op_id must be a lowercase UUID")
    where = f"op {op_id}"
    seq = whole_number(_req(obj, "seq", where))
    if seq is None or not 1 <= seq <= MAX_SEQ:
        raise WireError(f"{where}: seq must be a positive integer of at most {MAX_SEQ}")
    kind = _req(obj, "kind", where)
    if not isinstance(kind, str) or kind not in KINDS:
        raise WireError(f"{where}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
    opname = _req(obj, "op", where)
    if opname not in ("upsert", "delete"):
        raise WireError(f"{where}: op must be 'upsert' or 'delete'")
    for key in ("record_id", "version_id"):
        if not is_uuid(_req(obj, key, where)):
            raise WireError(f"{where}: {key} must be a lowercase UUID")
    for key in ("base_version_id", "merge_parent_id"):
        v = obj.get(key)
        if v is not None and not is_uuid(v):
            raise WireError(f"{where}: {key} must be a lowercase UUID or null")
    version = whole_number(_req(obj, "version", where))
    if version is None or not 1 <= version <= MAX_VERSION:
        raise WireError(f"{where}: version must be a positive integer of at most {MAX_VERSION}")
    chash = _req(obj, "content_hash", where)
    if not is_sha256(chash):
        raise WireError(f"{where}: content_hash must be 64 lowercase hex digits")
    doc = _req(obj, "doc", where)
    if not isinstance(doc, dict):
        raise WireError(f"{where}: doc must be a JSON object")
    created_by = obj.get("created_by") or ""
    created_at = obj.get("created_at") or ""
    # Control characters are refused: PostgreSQL cannot store NUL in text, and neither field has a use for them.
    if not isinstance(created_by, str) or len(created_by) > 64 or _CONTROL.search(created_by):
        raise WireError(f"{where}: created_by must be a string of at most 64 characters, no control characters")
    if not isinstance(created_at, str) or len(created_at) > 40 or _CONTROL.search(created_at):
        raise WireError(f"{where}: created_at must be an ISO time string")
    blobs = obj.get("blobs") or []
    if not isinstance(blobs, list) or not all(is_sha256(b) for b in blobs):
        raise WireError(f"{where}: blobs must be a list of sha256 hex digests")
    resend = obj.get("resend", False)
    if not isinstance(resend, bool):
        raise WireError(f"{where}: resend must be true or false")
    author = obj.get("device_id") if resend else None
    if author is not None and not is_uuid(author):
        raise WireError(f"{where}: device_id must be a lowercase UUID or null")
    return Op(op_id, seq, opname, kind, obj["record_id"], obj["version_id"], obj.get("base_version_id"),
              obj.get("merge_parent_id"), version, chash, doc, created_by, created_at, blobs, resend, author)


def check_doc(op: Op, accepted: Callable[[], Sequence[Mapping[str, Any]]] | None = None,
              canonical: str | None = None) -> str | None:
    """Why the op's document cannot be accepted (None when it can): hash, size and schema checks. `canonical`:
    the document's canonical JSON when the caller already has it (it is not encoded again).

    `accepted()` gives the documents of this record the server already holds that the op builds on (its base
    and merge parent); text they already held is not judged again by the personal-data guard, so a record
    stored before that guard existed keeps syncing (domain/privacy.py). It is called only when the document
    fails, which keeps the common path free of extra reads.
    """
    from zwcx_core.domain.schema import ValidationError, validate

    raw = (canonical if canonical is not None else canonical_json(op.doc)).encode("utf-8")
    if len(raw) > MAX_DOC_BYTES:
        return f"document larger than {MAX_DOC_BYTES} bytes"
    if hashlib.sha256(raw).hexdigest() != op.content_hash:
        return "content_hash does not match the document's canonical JSON"
    try:
        validate(op.kind, op.doc, allow_computed=True)
    except ValidationError as exc:
        bases = accepted() if accepted is not None else ()
        if not bases:
            return str(exc)  # "invalid <kind>: <field>: <rule>"
        try:
            validate(op.kind, op.doc, allow_computed=True, accepted=bases)
        except ValidationError as again:
            return str(again)
    return None


@dataclass(frozen=True)
class PrintEvent:
    """One print of a record version as a device logged it (its print log row `no`), sent with a push in the
    optional `prints` list. Who printed is not sent: the public page needs only which version went out."""

    print_id: str
    no: int
    record_id: str
    version_id: str
    content_hash: str
    printed_at: str  # ISO time, UTC

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def print_event_id(install_id: str, no: int, version_id: str, printed_at: str) -> str:
    """The id of a print log row as it travels: the same every time the row is sent (the server keeps it once),
    different for a row number used again after the device's data was restored from an older backup."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"zwcx-print:{install_id}:{no}:{version_id}:{printed_at}"))


def parse_prints(obj: Any) -> list[PrintEvent]:
    """The optional `prints` list of a push body (absent from older clients: no prints)."""
    if obj is None:
        return []
    if not isinstance(obj, list) or len(obj) > MAX_PRINTS_PER_PUSH:
        raise WireError(f"prints must be a list of at most {MAX_PRINTS_PER_PUSH} print events")
    out = []
    for i, p in enumerate(obj):
        where = f"prints[{i}]"
        if not isinstance(p, dict):
            raise WireError(f"{where}: must be a JSON object")
        for key in ("print_id", "record_id", "version_id"):
            if not is_uuid(p.get(key)):
                raise WireError(f"{where}: {key} must be a lowercase UUID")
        no = p.get("no")
        if not isinstance(no, int) or isinstance(no, bool) or not 1 <= no < 2**62:
            raise WireError(f"{where}: no must be a positive integer")
        if not is_sha256(p.get("content_hash")):
            raise WireError(f"{where}: content_hash must be 64 lowercase hex digits")
        at = p.get("printed_at")
        try:
            if not isinstance(at, str) or len(at) > 40:
                raise ValueError
            when = dt.datetime.fromisoformat(at.replace("Z", "+00:00"))
            # A time zone, and a year a print can have: the server converts it to UTC and the page to China time,
            # which overflow at the ends of the calendar.
            if when.tzinfo is None or not 2000 <= when.year <= 2100:
                raise ValueError
        except ValueError:
            raise WireError(f"{where}: printed_at must be an ISO time with its time zone, in the years "
                            "2000-2100") from None
        out.append(PrintEvent(p["print_id"], no, p["record_id"], p["version_id"], p["content_hash"], at))
    return out


@dataclass(frozen=True)
class AuditAnchor:
    """The hash of one audit event of a device, sent with a push in the optional `audit` list so the server can
    say later whether the device's log was rewritten. `restored_to` is set on the event a restore from a backup
    appended (the backup's last event): the device's events after that one legitimately differ from those the
    server anchored before."""

    seq: int
    hash: str
    restored_to: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "hash": self.hash} | ({"restored_to": self.restored_to}
                                                       if self.restored_to is not None else {})


def _count_of(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**62


def parse_anchors(obj: Any) -> list[AuditAnchor]:
    """The optional `audit` list of a push body (absent from older clients: nothing to anchor), in increasing
    seq order."""
    if obj is None:
        return []
    if not isinstance(obj, list) or len(obj) > MAX_ANCHORS_PER_PUSH:
        raise WireError(f"audit must be a list of at most {MAX_ANCHORS_PER_PUSH} audit event hashes")
    out: list[AuditAnchor] = []
    for i, a in enumerate(obj):
        where = f"audit[{i}]"
        if not isinstance(a, dict):
            raise WireError(f"{where}: must be a JSON object")
        if not _count_of(a.get("seq")) or a["seq"] < 1 or (out and a["seq"] <= out[-1].seq):
            raise WireError(f"{where}: seq must be a positive integer, increasing along the list")
        if not is_sha256(a.get("hash")):
            raise WireError(f"{where}: hash must be 64 lowercase hex digits")
        r = a.get("restored_to")
        if r is not None and (not _count_of(r) or r >= a["seq"]):
            raise WireError(f"{where}: restored_to must be an event number before seq, or absent")
        out.append(AuditAnchor(a["seq"], a["hash"], r))
    return out


def parse_anchors_page(obj: dict[str, Any]) -> dict[str, Any]:
    """Check a /v1/audit/anchors answer: `anchors` ([seq, hash] in increasing seq order), `through` (the highest
    seq anchored) and `forks` (restores the server accepted, and rewrites it refused)."""
    anchors = _need(obj, "anchors", list, "audit anchors")
    last = 0
    for a in anchors:
        if (not isinstance(a, list) or len(a) != 2 or not _count_of(a[0]) or a[0] <= last
                or not is_sha256(a[1])):
            raise ProtocolError("audit anchors: each anchor must be [seq, hash] in increasing seq order")
        last = a[0]
    if not _count_of(obj.get("through")):
        raise ProtocolError("audit anchors: 'through' must be a non-negative integer")
    _need(obj, "forks", list, "audit anchors")
    return obj


def parse_push_request(obj: Any) -> tuple[str, list[Op]]:
    """(batch_id, ops) of a push body; ops must be in increasing seq order."""
    if not isinstance(obj, dict):
        raise WireError("push body must be a JSON object")
    batch_id = obj.get("batch_id")
    if not is_uuid(batch_id):
        raise WireError("batch_id must be a lowercase UUID")
    ops = obj.get("ops")
    if not isinstance(ops, list):
        raise WireError("ops must be a list")
    if len(ops) > MAX_OPS_PER_PUSH:
        raise WireError(f"too many ops in one push ({len(ops)}; at most {MAX_OPS_PER_PUSH})")
    parsed = [parse_op(o, f"ops[{i}]") for i, o in enumerate(ops)]
    for a, b in zip(parsed, parsed[1:], strict=False):
        if b.seq <= a.seq:
            raise WireError(f"ops must be in increasing seq order (seq {b.seq} follows {a.seq})")
    if len({o.op_id for o in parsed}) != len(parsed):
        raise WireError("the same op_id appears twice in one push")
    return batch_id, parsed


# ---------------------------------------------------------------------------------------------- responses


def decode_json(body: bytes, content_type: str | None, what: str) -> Any:
    """JSON of a server answer, or ProtocolError when it is something else (HTML page, truncated, gzip junk)."""
    if body[:2] == b"\x1f\x8b":
        try:
            body = gzip.decompress(body)
        except (OSError, EOFError, zlib.error) as exc:
            raise ProtocolError(f"{what}: the server's gzip body is damaged ({exc})") from exc
    ct = (content_type or "").split(";")[0].strip().lower()
    if ct != "application/json":
        snippet = body[:60].decode("utf-8", "replace").strip().replace("\n", " ")
        raise ProtocolError(f"{what}: expected JSON from the sync server but got {ct or 'no content type'} "
                            f"({snippet!r}); a captive portal or proxy may be in the way")
    try:
        obj = json.loads(body)
    except ValueError as exc:
        raise ProtocolError(f"{what}: the server's JSON is incomplete or damaged ({exc})") from exc
    if not isinstance(obj, dict):
        raise ProtocolError(f"{what}: expected a JSON object")
    if obj.get("protocol") != PROTOCOL:
        raise ProtocolError(f"{what}: not a zwcx sync answer (protocol {obj.get('protocol')!r})")
    return obj


def _need(obj: dict[str, Any], key: str, typ: type | tuple[type, ...], what: str) -> Any:
    v = obj.get(key)
    if not isinstance(v, typ) or isinstance(v, bool) and typ is not bool:
        raise ProtocolError(f"{what}: '{key}' missing or of the wrong type")
    return v


def is_fingerprint_key(value: Any) -> bool:
    """A township's citizen-ID fingerprint key as it travels at enrolment: 64 hexadecimal characters."""
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdefABCDEF" for c in value)


def parse_meta(obj: dict[str, Any]) -> dict[str, Any]:
    """Check /v1/sync/meta."""
    for k, t in (("server_time", str), ("server_epoch", str), ("township", dict), ("device_id", str),
                 ("limits", dict)):
        _need(obj, k, t, "meta")
    return obj


def parse_sync_state(meta: dict[str, Any]) -> dict[str, Any] | None:
    """The meta answer's `sync_state` (what the server holds for this device), or None from a server that does
    not report it: `max_seq` (the township's highest sequence), `acked_seq` (this device's highest acknowledged
    outbox seq), `cursor_version_id` (the version at the cursor the device named, or null) and, from a server that
    takes print events, `prints_through` (the highest print log row of this device it holds) and, from one that
    anchors audit events, `audit_anchored` (the highest audit event of this device it holds)."""
    st = meta.get("sync_state")
    if st is None:
        return None
    if not isinstance(st, dict):
        raise ProtocolError("meta: 'sync_state' must be an object")
    for k in ("max_seq", "acked_seq"):
        v = st.get(k)
        if not isinstance(v, int) or isinstance(v, bool) or v < 0:
            raise ProtocolError(f"meta: sync_state.{k} must be a non-negative integer")
    cv = st.get("cursor_version_id")
    if cv is not None and not is_uuid(cv):
        raise ProtocolError("meta: sync_state.cursor_version_id must be a UUID or null")
    pt = st.get("prints_through")  # absent from a server that does not take print events
    if pt is not None and (not isinstance(pt, int) or isinstance(pt, bool) or pt < 0):
        raise ProtocolError("meta: sync_state.prints_through must be a non-negative integer")
    aa = st.get("audit_anchored")  # absent from a server that does not anchor audit events
    if aa is not None and not _count_of(aa):
        raise ProtocolError("meta: sync_state.audit_anchored must be a non-negative integer")
    return st


def parse_missing_response(obj: dict[str, Any], asked: list[str]) -> list[str]:
    """The version ids of `asked` that the server does not hold."""
    missing = _need(obj, "missing", list, "missing versions")
    asked_set = set(asked)
    if not all(isinstance(v, str) and v in asked_set for v in missing):
        raise ProtocolError("missing versions: the answer names versions that were not asked about")
    return missing


def parse_push_response(obj: dict[str, Any], ops: list[Op]) -> dict[str, Any]:
    """Check a push answer against the ops that were sent: one result per answered op, in order."""
    results = _need(obj, "results", list, "push")
    _need(obj, "acked_through_seq", int, "push")
    if len(results) > len(ops):
        raise ProtocolError("push: more results than ops sent")
    for op, r in zip(ops, results, strict=False):
        if not isinstance(r, dict) or r.get("op_id") != op.op_id or r.get("status") not in RESULTS:
            raise ProtocolError(f"push: bad result for op {op.op_id}")
    return obj


VERSION_KEYS = ("seq", "record_id", "kind", "version_id", "version", "content_hash", "doc", "deleted")
#: Key under which `parse_pull_response` leaves each item's canonical JSON, checked against its content hash, so
#: the store does not encode the document again (never sent: a leading underscore is no protocol field).
CANONICAL = "_canonical"


def parse_pull_response(obj: dict[str, Any]) -> dict[str, Any]:
    """Check one pull page: items (versions) with their documents, record states, next cursor. Each item keeps
    its document's canonical JSON under CANONICAL."""
    items = _need(obj, "items", list, "pull")
    records = _need(obj, "records", dict, "pull")
    _need(obj, "cursor", int, "pull")
    _need(obj, "more", bool, "pull")
    _need(obj, "server_epoch", str, "pull")
    if "versions_digest" in obj:  # with the township's max_seq, read together (see service.pull)
        _need(obj, "max_seq", int, "pull")
        if not isinstance(obj["versions_digest"], str) or not re.fullmatch(r"[0-9a-f]{64}", obj["versions_digest"]):
            raise ProtocolError("pull: 'versions_digest' must be 64 lowercase hex digits")
    for it in items:
        if not isinstance(it, dict) or any(k not in it for k in VERSION_KEYS):
            raise ProtocolError("pull: an item lacks version fields")
        if it["kind"] not in KINDS or not isinstance(it["doc"], dict):
            raise ProtocolError(f"pull: item {it.get('version_id')} has a bad kind or document")
        canonical = canonical_json(it["doc"])
        if hashlib.sha256(canonical.encode("utf-8")).hexdigest() != it["content_hash"]:
            raise ProtocolError(f"pull: version {it['version_id']} does not match its content hash")
        it[CANONICAL] = canonical
        st = records.get(it["record_id"])
        if not isinstance(st, dict) or not is_uuid(st.get("current_version_id")):
            raise ProtocolError(f"pull: no record state for {it['record_id']}")
    return obj


def gzip_json(obj: Any) -> bytes:
    """Compact JSON, gzipped (level 6: most of the gain, little CPU)."""
    return gzip.compress(json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


EMPTY_SET_DIGEST = "0" * 64


def version_set_digest(version_ids, start: str = EMPTY_SET_DIGEST) -> str:
    """XOR of the sha256 of each version id, as 64 hex digits: the same for the same set of versions whatever
    their order, and extended one version at a time (the server keeps it per township as versions arrive)."""
    acc = int(start, 16)
    for vid in version_ids:
        acc ^= int.from_bytes(hashlib.sha256(vid.encode()).digest(), "big")
    return f"{acc:064x}"


def state_digest(records: list[tuple[str, str, str, bool, bool]], versions: list[tuple[str, str]]) -> dict[str, Any]:
    """Counts and sha256 digests of a record set, computed the same way on the server and on a device.

    records: (record_id, current_version_id, content_hash, deleted, conflict); versions: (version_id, content_hash).
    """
    rh = hashlib.sha256()
    for rid, vid, h, deleted, conflict in sorted(records):
        rh.update(f"{rid} {vid} {h} {int(bool(deleted))} {int(bool(conflict))}\n".encode())
    vh = hashlib.sha256()
    for vid, h in sorted(versions):
        vh.update(f"{vid} {h}\n".encode())
    return {"records": len(records), "deleted": sum(1 for r in records if r[3]),
            "conflicts": sum(1 for r in records if r[4]), "versions": len(versions),
            "records_digest": rh.hexdigest(), "versions_digest": vh.hexdigest()}



# ---------------------------------------------------------------------------------------------- kind levels


def kinds_at(level: int) -> tuple[str, ...]:
    """The record kinds a peer of this kind level knows."""
    return tuple(name for name, k in KINDS.items() if k.level <= level)


def parse_kinds_level(text: str | None) -> int:
    """A client's kind level from its header: none is 1 (a client from before levels), a level above this code's
    is this code's (a newer client learns the server's level from /v1/sync/meta and holds back the rest)."""
    if text is None or not text.strip():
        return 1
    t = text.strip()
    n = int(t) if t.isascii() and t.isdigit() and len(t) < 6 else None
    if n is None or n < 1:
        raise WireError(f"{KINDS_LEVEL_HEADER} must be a whole number of at least 1, not {text[:20]!r}")
    return min(n, KINDS_LEVEL)


def level_of(kind: str) -> int:
    return KINDS[kind].level


def digest_for_level(total: str, by_level: dict[str, str], level: int) -> str:
    """The set digest of the versions of kinds up to `level`: the township's digest of all versions with those
    of higher levels taken out again (an XOR set digest removes what it added)."""
    acc = int(total or EMPTY_SET_DIGEST, 16)
    for lv, d in by_level.items():
        if int(lv) > level:
            acc ^= int(d, 16)
    return f"{acc:064x}"
