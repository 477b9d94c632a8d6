"""What the console pages read from the server database: townships with their districts, devices, and the current
documents of a township's records. Writes go through `service` (as the command line's do) where it has them."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, select

from zwcx_server import service
from zwcx_server.db import ServerDB
from zwcx_server.models import Device, DeviceAgent, Record, Township, TownshipDistrict, Version


@dataclass(frozen=True)
class TownshipRow:
    """One township as the console lists it."""

    id: int
    code: str
    name: str
    district: str
    last_seq: int
    devices: int = 0
    conflicts: int = 0
    #: What changes whenever the township's data does (for caching its figures): a restored backup can reach the
    #: same last_seq with other versions, but not the same set digest; a re-created township has another start.
    state: tuple = ()


@dataclass(frozen=True)
class DeviceRow:
    """One device of a township."""

    id: str
    name: str
    created_at: dt.datetime
    enrolled_at: dt.datetime | None
    last_seen_at: dt.datetime | None
    revoked: bool
    code_pending: bool  # made, not yet used, not expired
    user_agent: str
    conflicts: int


def townships(db: ServerDB, district: str | None = None) -> list[TownshipRow]:
    """Every township (only those of `district` when given), by district then name, with device and conflict
    counts."""
    with db.read() as s:
        q = (select(Township.id, Township.code, Township.name, TownshipDistrict.district, Township.last_seq,
                    Township.versions_digest, Township.created_at)
             .outerjoin(TownshipDistrict, TownshipDistrict.township_id == Township.id))
        if district is not None:
            q = q.where(TownshipDistrict.district == district)
        rows = s.execute(q).all()
        # The city's pseudo-device (service.city_version) has neither token nor code: not a device of the township.
        devices = dict(s.execute(select(Device.township_id, func.count())
                                 .where(Device.revoked.is_(False),
                                        Device.token_hash.is_not(None) | Device.code_hash.is_not(None))
                                 .group_by(Device.township_id)).all())
        conflicts = dict(s.execute(select(Record.township_id, func.count()).where(Record.conflict.is_(True))
                                   .group_by(Record.township_id)).all())
    out = [TownshipRow(i, c, n, d or "", seq, devices.get(i, 0), conflicts.get(i, 0), (seq, digest, made))
           for i, c, n, d, seq, digest, made in rows]
    return sorted(out, key=lambda t: (t.district, t.name, t.id))


def township(db: ServerDB, township_id: int) -> TownshipRow | None:
    """One township, or None."""
    with db.read() as s:
        row = s.execute(select(Township.id, Township.code, Township.name, TownshipDistrict.district,
                               Township.last_seq, Township.versions_digest, Township.created_at)
                        .outerjoin(TownshipDistrict, TownshipDistrict.township_id == Township.id)
                        .where(Township.id == township_id)).first()
    return None if row is None else TownshipRow(row[0], row[1], row[2], row[3] or "", row[4],
                                                state=(row[4], row[5], row[6]))


def township_by_code(db: ServerDB, code: str) -> TownshipRow | None:
    """A township by its code, or None."""
    with db.read() as s:
        tid = s.execute(select(Township.id).where(Township.code == code)).scalar()
    return None if tid is None else township(db, tid)


def districts(db: ServerDB) -> list[str]:
    """The districts named so far, for the add-township form."""
    with db.read() as s:
        return sorted(s.execute(select(TownshipDistrict.district).distinct()).scalars())


def add_township(db: ServerDB, name: str, code: str, district: str) -> int:
    """A new township in `district` (as `add-township` of the command line, plus the district)."""
    district = district.strip()
    if not district or len(district) > 60:
        raise ValueError("区县名称须为 1 至 60 个字符。")
    tid = service.add_township(db, name, code)
    with db.write() as s:
        s.add(TownshipDistrict(township_id=tid, district=district))
    return tid


def set_district(db: ServerDB, township_id: int, district: str) -> None:
    """Put a township in `district` (one added by the command line has none yet)."""
    district = district.strip()
    if not district or len(district) > 60:
        raise ValueError("区县名称须为 1 至 60 个字符。")
    with db.write() as s:
        row = s.get(TownshipDistrict, township_id)
        if row is None:
            s.add(TownshipDistrict(township_id=township_id, district=district))
        else:
            row.district = district


def devices(db: ServerDB, township_id: int) -> list[DeviceRow]:
    """The devices of a township, newest first, with the conflicts among the versions each one sent. The city's
    pseudo-device (the review writes through it) is no computer of the township's: not listed."""
    now = service.utcnow()
    with db.read() as s:
        rows = s.execute(select(Device, DeviceAgent.user_agent)
                         .outerjoin(DeviceAgent, DeviceAgent.device_id == Device.id)
                         .where(Device.township_id == township_id,
                                Device.id != service.city_device_id(township_id))
                         .order_by(Device.created_at.desc())).all()
        heads = s.execute(select(Record.heads).where(Record.township_id == township_id,
                                                     Record.conflict.is_(True))).scalars().all()
        head_ids = [h for hs in heads for h in (hs or [])]
        by_device: dict[str, int] = {}
        if head_ids:
            for dev in s.execute(select(Version.device_id).where(Version.version_id.in_(head_ids))).scalars():
                by_device[dev] = by_device.get(dev, 0) + 1
    return [DeviceRow(d.id, d.name, d.created_at, d.enrolled_at, d.last_seen_at, d.revoked,
                      d.code_hash is not None and d.code_expires_at is not None and d.code_expires_at > now,
                      ua or "", by_device.get(d.id, 0)) for d, ua in rows]


def device(db: ServerDB, device_id: str) -> tuple[Device, TownshipRow] | None:
    """A device and its township, or None."""
    with db.read() as s:
        d = s.get(Device, device_id)
    if d is None:
        return None
    t = township(db, d.township_id)
    return (d, t) if t is not None else None


def current_docs(db: ServerDB, township_id: int, kinds: tuple[str, ...]) -> dict[str, list[tuple[str, dict]]]:
    """(record id, document) of the current version of every live record of `kinds` in a township, per kind.
    A document that is not a JSON object (a damaged row) is left out."""
    out: dict[str, list[tuple[str, dict]]] = {k: [] for k in kinds}
    with db.read() as s:
        rows = s.execute(select(Record.id, Record.kind, Version.doc)
                         .join(Version, Version.version_id == Record.current_version_id)
                         .where(Record.township_id == township_id, Record.deleted.is_(False),
                                Record.kind.in_(kinds))).all()
    for rid, kind, text in rows:
        try:
            doc = json.loads(text)
        except ValueError:
            continue
        if isinstance(doc, dict):
            out[kind].append((rid, doc))
    return out


def unit_names(docs: list[tuple[str, dict]]) -> dict[str, str]:
    """Unit id → name, from the township's unit records."""
    return {rid: d["name"] for rid, d in docs if isinstance(d.get("name"), str)}

