"""A city's worth of townships in one server database, fast: N townships x D enrolled devices, each township with
about R records of every kind in `schema.KINDS`, some with later versions and a few with attachments.

Documents are built here from a handful of templates (each passing `schema.validate`) and loaded through the
server's own push path (`service.push`, in batches of up to `wire.MAX_OPS_PER_PUSH` ops, which on PostgreSQL
writes with COPY), not through desktop stores: a year of 300 townships loads in minutes. The devices are real:
enrolled with one-time codes (`service.enrol`), holding tokens the load driver uses over HTTP.

The generator remembers what every township should hold (`Township.expected`), so a run can check afterwards that
the server lost nothing and duplicated nothing (`check`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import threading
import uuid
from dataclasses import dataclass, field
from typing import Any

from zwcx_core import wire
from zwcx_core.domain.canonical import canonical_json

#: Share of each kind among a township's records (service records dominate a year of a street office).
KIND_MIX = {"unit": 3, "commitment": 8, "disclosure": 10, "service": 50, "objection": 6, "contract": 8,
            "lawsuit": 3, "dishonesty": 4, "supervision": 8}
#: Share of records that get a second version (and of those, a third): edits, lifecycle steps.
EDIT_SHARE, SECOND_EDIT_SHARE = 0.30, 0.10
#: Share of disclosures and contracts that carry an attachment (photo of the posted notice, contract scan).
ATTACH_SHARE = 0.25
TODAY = dt.date(2026, 6, 30)


def _day(rng: random.Random, back: int = 330) -> str:
    return (TODAY - dt.timedelta(days=rng.randrange(5, back))).isoformat()


def _doc(kind: str, rng: random.Random, unit_id: str, n: int, blob: str | None) -> dict[str, Any]:
    """A valid document of `kind` (number `n` of the township, so titles differ)."""
    d = _day(rng)
    if kind == "unit":
        return {"name": f"第{n}居民委员会", "unit_type": "community", "address": f"新阳路{n}号",
                "contact_person": "张丽", "contact_phone": "0451-84661234"}
    if kind == "commitment":
        return {"unit_id": unit_id, "title": f"政务服务事项承诺办结时限压缩({n})", "category": "integrity",
                "content": "对辖区居民申请的各类证明事项，材料齐全的5个工作日内办结。", "responsible_person": "王伟",
                "made_date": d, "due_date": (TODAY + dt.timedelta(days=rng.randrange(10, 200))).isoformat(),
                "channels": ["board"], "progress": [{"date": d, "note": "已按计划推进。", "percent": 30}]}
    if kind == "disclosure":
        return {"unit_id": unit_id, "kind": "affairs", "doc_type": "public_notice", "title": f"社区事务公开第{n}期",
                "body": "经审核，以下事项现予公开，接受群众监督。", "formed_date": d, "channels": ["board"],
                "period_days": 7} | ({"posting_evidence": [blob]} if blob else {})
    if kind == "service":
        return {"unit_id": unit_id, "service_area": "elderly", "policy": "高龄津贴", "period": "2026-05",
                "beneficiary_name": "李秀英", "id_type": "resident_id", "id_masked": "230102********123X",
                "id_fingerprint": hashlib.sha256(f"fp{n}".encode()).hexdigest()[:32], "household_size": 2,
                "village": "新阳社区", "amount": f"{100 + n % 400}.00", "delivery_date": d,
                "delivery_method": "bank", "note": f"第{n}笔"}
    if kind == "objection":
        return {"unit_id": unit_id, "objection_type": "complaint", "channel": "phone",
                "content": f"反映小区路灯损坏问题({n})。", "received_date": d, "reply_days": 10}
    if kind == "contract":
        return {"unit_id": unit_id, "title": f"社区卫生服务站运营协议({n})", "contract_no": f"HT-2026-{n:05d}",
                "contract_type": "procurement_services", "counterparty": "哈尔滨市某某物业服务有限公司",
                "signed_date": d, "amount": f"{10000 + n}.00", "payment_basis": "delivery", "payment_days": 30,
                "instalments": [{"due_date": (TODAY + dt.timedelta(days=60)).isoformat(), "amount": "5000.00"}]} \
            | ({"attachments": [blob]} if blob else {})
    if kind == "lawsuit":
        return {"unit_id": unit_id, "court": "哈尔滨市道里区人民法院", "case_no": f"(2026)黑0102民初{n}号",
                "cause": "合同纠纷", "role": "defendant", "counterparty": "哈尔滨市某某建筑有限公司", "filed_date": d}
    if kind == "dishonesty":
        return {"unit_id": unit_id, "subject_level": "unit", "subject_name": "新阳路街道办事处",
                "dishonesty_type": "breach", "title": f"未按约定支付工程款({n})", "facts": "逾期未支付工程尾款。",
                "decision_date": d}
    if kind == "supervision":
        return {"unit_id": unit_id, "channel": "hotline_12345", "ref_no": f"GD{n:08d}", "request_type": "complaint",
                "title": f"小区供暖不热({n})", "content": "反映小区供暖温度不达标。", "received_date": d}
    raise ValueError(kind)


def _edit(kind: str, doc: dict[str, Any], step: int) -> dict[str, Any]:
    """A later version of `doc`: one descriptive field changed, still valid."""
    field_of = {"unit": "address", "commitment": "content", "disclosure": "body", "service": "note",
                "objection": "content", "contract": "counterparty", "lawsuit": "cause", "dishonesty": "facts",
                "supervision": "content"}
    f = field_of[kind]
    return doc | {f: f"{doc[f][:60]}(修改{step})"}


@dataclass
class Device:
    """An enrolled device of a township: its id, token, the outbox seq it has used and its pull cursor."""

    device_id: str
    token: str
    seq: int = 0
    cursor: int = 0
    #: XOR set digest of the versions it has received (wire.version_set_digest), compared with a pull's.
    digest: str = wire.EMPTY_SET_DIGEST
    #: records it made during a run, which it alone edits
    own: list[str] = field(default_factory=list)


@dataclass
class Township:
    """One generated township and what the server must hold for it."""

    id: int
    code: str
    devices: list[Device] = field(default_factory=list)
    #: record_id -> (kind, current version_id, content_hash, version number, document)
    records: dict[str, tuple[str, str, str, int, dict[str, Any]]] = field(default_factory=dict)
    #: every version pushed and answered as applied: version_id -> content_hash
    versions: dict[str, str] = field(default_factory=dict)
    unit_id: str = ""
    made: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def digest(self) -> str:
        """The set digest of the versions the township holds, as a pull announces it."""
        return wire.version_set_digest(self.versions)

    def expected(self) -> dict[str, Any]:
        """The digest a server holding exactly what was pushed answers on /v1/verify (wire.state_digest)."""
        recs = [(rid, vid, h, False, False) for rid, (_k, vid, h, _n, _d) in self.records.items()]
        return wire.state_digest(recs, list(self.versions.items()))


def new_op(tw: Township, dev: Device, rng: random.Random, kind: str | None = None,
           record_id: str | None = None, blob: str | None = None) -> wire.Op:
    """The next op of `dev`: a new record of `kind`, or (with `record_id`) a new version of one. The township's
    expectations move only when the server answers (`applied`)."""
    dev.seq += 1
    if record_id is None:
        tw.made += 1
        assert kind is not None
        doc, rid, base, number = _doc(kind, rng, tw.unit_id, tw.made, blob), str(uuid.UUID(int=rng.getrandbits(128))), None, 1
        if kind == "unit" and not tw.unit_id:
            tw.unit_id = rid
    else:
        kind, base, chash, number, old = tw.records[record_id]
        doc, rid, number = _edit(kind, old, number), record_id, number + 1
    text = canonical_json(doc)
    return wire.Op(op_id=str(uuid.UUID(int=rng.getrandbits(128))), seq=dev.seq, op="upsert", kind=kind,
                   record_id=rid, version_id=str(uuid.UUID(int=rng.getrandbits(128))), base_version_id=base,
                   merge_parent_id=None, version=number, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                   doc=doc, created_by="clerk", created_at="2026-06-30T08:00:00Z",
                   blobs=[blob] if blob else [])


def settle(tw: Township, ops: list[wire.Op], results: list[dict[str, Any]]) -> int:
    """Record the server's answers to a push of `ops` in the township's expectations; returns how many ops were
    not applied (a run expects none: its devices never race on one record)."""
    bad = 0
    for op, r in zip(ops, results, strict=False):
        if r["status"] != "applied":
            bad += 1
            continue
        tw.records[op.record_id] = (op.kind, op.version_id, op.content_hash, op.version, op.doc)
        tw.versions[op.version_id] = op.content_hash
    return bad + max(0, len(ops) - len(results))


def _kind_plan(rng: random.Random, records: int) -> list[str]:
    kinds = list(KIND_MIX)
    plan = ["unit"] + rng.choices(kinds, weights=[KIND_MIX[k] for k in kinds], k=max(0, records - 1))
    # Every kind at least once, so a small configuration covers them all.
    return plan + [k for k in kinds if k not in plan]


def year_ops(tw: Township, rng: random.Random, records: int, blob_of) -> list[tuple[Device, wire.Op]]:
    """A township's year: `records` records spread over its devices, then later versions of some of them. Ops
    of one device keep their seq order; a record's versions come after the version they build on."""
    out: list[tuple[Device, wire.Op]] = []
    firsts, owner = [], {}
    for i, kind in enumerate(_kind_plan(rng, records)):
        dev = tw.devices[i % len(tw.devices)]
        blob = blob_of(tw) if kind in ("disclosure", "contract") and rng.random() < ATTACH_SHARE else None
        op = new_op(tw, dev, rng, kind, blob=blob)
        # The expectations move now so that edits can build on the record; `settle` confirms them.
        tw.records[op.record_id] = (op.kind, op.version_id, op.content_hash, op.version, op.doc)
        out.append((dev, op))
        firsts.append(op.record_id)
        owner[op.record_id] = dev
    for share in (EDIT_SHARE, SECOND_EDIT_SHARE):
        for rid in rng.sample(firsts, int(len(firsts) * share)):
            # A record is edited on the computer that made it, so each device's ops alone build in order.
            dev = owner[rid]
            op = new_op(tw, dev, rng, record_id=rid)
            tw.records[rid] = (op.kind, op.version_id, op.content_hash, op.version, op.doc)
            out.append((dev, op))
    return out


@dataclass
class City:
    """The generated townships and how long loading took."""

    townships: list[Township]
    load_seconds: float = 0.0
    versions: int = 0

    def device_count(self) -> int:
        return sum(len(t.devices) for t in self.townships)


def generate(db: Any, townships: int, devices: int, records: int, seed: int = 20, via_push: bool = True) -> City:
    """Create `townships` townships with `devices` enrolled devices each and load about `records` records (plus
    versions and attachments) per township: through `service.push` (every document checked, as a first sync
    would), or with `via_push=False` written in bulk (`_bulk_year`, about three times faster). `db` is an
    upgraded ServerDB with its server key (enrolment seals the township's fingerprint key)."""
    import time

    from zwcx_server import service

    rng = random.Random(seed)
    t0 = time.perf_counter()
    city = City([])
    for i in range(townships):
        code = f"C{i + 1:04d}"
        tid = service.add_township(db, f"城区第{i + 1}街道", code)
        tw = Township(tid, code)
        for _ in range(devices):
            _dev_id, one_time = service.enroll_device(db, tid)
            ans = service.enrol(db, one_time)
            tw.devices.append(Device(ans["device_id"], ans["token"]))
        city.townships.append(tw)

    blobs: dict[int, list[str]] = {}

    def blob_of(tw: Township) -> str:
        # A handful of small files per township, shared by the records that attach one.
        have = blobs.setdefault(tw.id, [])
        if len(have) < 5:
            data = f"{tw.code} 附件 {len(have)}".encode() * 40
            sha = hashlib.sha256(data).hexdigest()
            caller = service.Caller(tw.devices[0].device_id, tw.id, tw.code, tw.code)
            import io

            service.blob_put(db, caller, sha, 0, len(data), io.BytesIO(data), len(data))
            have.append(sha)
        return rng.choice(have)

    for tw in city.townships:
        ops = year_ops(tw, rng, records, blob_of)
        tw.records.clear()  # expectations follow what the server stores from here on
        if via_push:
            _push_year(db, tw, ops)
        else:
            _bulk_year(db, tw, ops)
        city.versions += len(tw.versions)
        # The devices were in sync at the end of the year.
        for dev in tw.devices:
            dev.cursor = _last_seq(db, tw.id)
    city.load_seconds = time.perf_counter() - t0
    return city


def _push_year(db: Any, tw: Township, ops: list[tuple[Device, wire.Op]]) -> None:
    """Each device's ops in order, in batches as a first sync sends them (the township's row lock serialises
    the devices anyway)."""
    from zwcx_server import service

    by_dev: dict[str, list[wire.Op]] = {}
    for dev, op in ops:
        by_dev.setdefault(dev.device_id, []).append(op)
    for dev in tw.devices:
        mine = by_dev.get(dev.device_id, [])
        caller = service.Caller(dev.device_id, tw.id, tw.code, tw.code)
        for k in range(0, len(mine), wire.MAX_OPS_PER_PUSH):
            batch = mine[k:k + wire.MAX_OPS_PER_PUSH]
            ans = service.push(db, caller, batch)
            if settle(tw, batch, ans["results"]):
                raise RuntimeError(f"township {tw.code}: the server did not apply the generated year")


def _bulk_year(db: Any, tw: Township, ops: list[tuple[Device, wire.Op]]) -> None:
    """The rows `service.push` would write for these ops (versions, records in their final state, op results,
    the township's sequence and digests, each device's acknowledged seq), written with the server's own bulk
    insert (COPY on PostgreSQL) and without checking the documents again: the templates pass `schema.validate`
    (tests/server/test_city_small.py checks them) and every op builds on the version before it."""
    import json

    from sqlalchemy import select, update

    from zwcx_server import service
    from zwcx_server.models import Device as D
    from zwcx_server.models import OpResult, Record, Version
    from zwcx_server.models import Township as T

    now = service.utcnow()
    versions, results, recs = [], [], {}
    with db.write() as s:
        row = s.execute(select(T).where(T.id == tw.id).with_for_update()).scalar_one()
        seq = row.last_seq
        for dev, op in ops:
            seq += 1
            versions.append({
                "version_id": op.version_id, "record_id": op.record_id, "township_id": tw.id, "seq": seq,
                "kind": op.kind, "version": op.version, "base_version_id": op.base_version_id,
                "merge_parent_id": None, "content_hash": op.content_hash, "doc": canonical_json(op.doc),
                "deleted": False, "device_id": dev.device_id, "created_by": op.created_by,
                "client_created_at": op.created_at, "received_at": now,
                "verify_code": wire.verify_code(op.version_id, op.content_hash)})
            recs[op.record_id] = {"id": op.record_id, "township_id": tw.id, "kind": op.kind,
                                  "current_version_id": op.version_id, "content_hash": op.content_hash,
                                  "deleted": False, "heads": [op.version_id], "conflict": False}
            results.append({"device_id": dev.device_id, "op_id": op.op_id, "seq": op.seq, "created_at": now,
                            "result": json.dumps({"op_id": op.op_id, "seq": op.seq, "version_id": op.version_id,
                                                  "status": "applied", "current_version_id": op.version_id,
                                                  "conflict": False})})
        service._insert_many(s, Version.__table__, versions)
        service._insert_many(s, Record.__table__, list(recs.values()))
        service._insert_many(s, OpResult.__table__, results)
        row.last_seq = seq
        row.versions_digest = wire.version_set_digest((v["version_id"] for v in versions),
                                                      row.versions_digest or wire.EMPTY_SET_DIGEST)
        row.level_digests = service._level_digests(row.level_digests, versions)
        for dev in tw.devices:
            s.execute(update(D).where(D.id == dev.device_id).values(acked_seq=dev.seq))
    settle(tw, [op for _d, op in ops], [{"status": "applied"}] * len(ops))


def _last_seq(db: Any, township_id: int) -> int:
    from sqlalchemy import select

    from zwcx_server.models import Township as T

    with db.read() as s:
        return int(s.execute(select(T.last_seq).where(T.id == township_id)).scalar_one())


def check(db: Any, city: City) -> dict[str, int]:
    """Compare every township's digest on the server (service.verify, as /v1/verify answers its devices) and its
    count of stored versions with what its devices pushed: {"townships", "lost", "duplicated", "mismatched"}.
    `lost`: versions answered as applied that the server does not hold; `duplicated`: versions it holds beyond
    those."""
    from sqlalchemy import func, select

    from zwcx_server import service
    from zwcx_server.models import Version

    with db.read() as s:
        counts = dict(s.execute(select(Version.township_id, func.count()).group_by(Version.township_id)).all())
    out = {"townships": len(city.townships), "lost": 0, "duplicated": 0, "mismatched": 0}
    for tw in city.townships:
        want = tw.expected()
        got = service.verify(db, service.Caller("check", tw.id, tw.code, tw.code))
        held = counts.get(tw.id, 0)
        out["lost"] += max(0, want["versions"] - held)
        out["duplicated"] += max(0, held - want["versions"])
        if any(got[k] != want[k] for k in want):
            out["mismatched"] += 1
    return out
