"""Every change to a record goes through here.

One unit of work writes, in one transaction: the record row (and its child rows), the new version with its full
document, the audit event (hash-chained) and the outbox entry that sync will push, plus the search index.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session

from zwcx_core.domain import derive as rules
from zwcx_core.domain import privacy
from zwcx_core.domain.canonical import canonical_json
from zwcx_core.domain.enums import IdDocumentType, Role
from zwcx_core.domain.identifiers import InvalidIdentifier, validate_id_document
from zwcx_core.domain.lifecycle import is_editable, may_read_private
from zwcx_core.domain.masking import id_fingerprint, mask_id
from zwcx_core.domain.schema import KINDS, FieldError, ValidationError, private_repeated, validate
from zwcx_core.domain.schema import kind as kind_spec
from zwcx_desktop.store import credit, reference, search, settings
from zwcx_desktop.store.audit import AuditWriter
from zwcx_desktop.store.db import Database, fast_insert
from zwcx_desktop.store.lookups import Lookups, objections_in_period, refs
from zwcx_desktop.store.models import RECORD_MODELS, Base, OutboxOp, RecordVersion
from zwcx_desktop.store.reading import NotFound, RecordReads, RecordView  # noqa: F401 - re-exported
from zwcx_desktop.store.rows import child_rows, record_values, rows_named
from zwcx_desktop.store.users import Actor

#: Who changes a record when the rules do it by themselves (dates recounted on the official holiday calendar).
SYSTEM = Actor("system", Role.ADMIN, "system")


class NotEditable(ValueError):
    pass


class NotEditableMany(NotEditable):
    """Some records of a batch can no longer be edited in their status: the batch wrote nothing."""

    def __init__(self, refused: list[tuple[str, str | None]], total: int) -> None:
        self.refused = refused  # (record id, status) of each record refused, in the order asked
        by_status: dict[str | None, int] = {}
        for _rid, st in refused:
            by_status[st] = by_status.get(st, 0) + 1
        counts = ", ".join(f"{n} {st}" for st, n in by_status.items())
        super().__init__(f"{len(refused)} of the {total} records can no longer be edited ({counts}); nothing was "
                         f"changed")


class StaleVersion(ValueError):
    """The record changed since the caller read it."""


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass
class _Change:
    kind: str
    record_id: str
    doc: dict[str, Any]
    action: str
    prev: Any = None  # the record row before the change, None when new
    deleted: bool = False
    detail: dict[str, Any] = field(default_factory=dict)
    # Set for versions that arrive from the server (sync): their identity was made elsewhere.
    version_id: str | None = None
    base_version_id: str | None = None
    merge_parent_id: str | None = None
    version: int | None = None
    device_id: str | None = None
    created_by: str | None = None
    # The document's canonical JSON as received and checked against its content hash (sync): not encoded again.
    doc_json: str | None = None


class RecordStore(RecordReads):
    """Mutations and reads of records in one data directory."""

    def __init__(self, db: Database, fingerprint_key: Callable[[], bytes] | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self._fingerprint_key = fingerprint_key
        self._key_cache: bytes | None = None
        self.today = today
        self._device_id: str | None = None

    # ------------------------------------------------------------------------------------------ bookkeeping

    @property
    def device_id(self) -> str:
        if self._device_id is None:
            with self.db.read() as s:
                self._device_id = settings.get(s, "device_id")
            if self._device_id is None:
                with self.db.write() as s:
                    self._device_id = settings.get(s, "device_id") or str(uuid.uuid4())
                    settings.put(s, "device_id", self._device_id)
        return self._device_id

    def forget_fingerprint_key(self) -> None:
        """Read the key again on next use (it was replaced at enrolment)."""
        self._key_cache = None

    def fingerprint_key(self) -> bytes:
        if self._key_cache is None:
            if self._fingerprint_key is None:
                raise RuntimeError("no fingerprint key configured for citizen IDs")
            self._key_cache = self._fingerprint_key()
        return self._key_cache

    # ------------------------------------------------------------------------------------------ input

    def _clean(self, kind: str, payload: Mapping[str, Any], look: Lookups, record_id: str,
               previous: Mapping[str, Any] | None = None) -> dict[str, Any]:
        doc = validate(kind, payload, today=self.today())
        errors: list[FieldError] = private_repeated(kind, doc)
        if kind == "service":
            self._service_identity(doc, previous or {}, errors, look, record_id)
        for name, ref_kind in refs(kind, doc):
            if not look.exists(ref_kind, doc[name]):
                errors.append(FieldError(name, f"no {ref_kind} with id {doc[name]}"))
        if (kind == "disclosure" and doc.get("kind") == "finance" and doc.get("opening_balance") is None
                and doc.get("unit_id") and look.unit_type(doc["unit_id"]) == "village"):
            # A village's finance notice (村务财务公开) prints the four balances: the opening one is the clerk's.
            errors.append(FieldError("opening_balance", "is required for a village committee's finance disclosure"))
        if errors:
            raise ValidationError(kind, errors)
        return rules.derive(kind, doc)

    def _service_identity(self, doc: dict[str, Any], previous: Mapping[str, Any], errors: list[FieldError],
                          look: Lookups, record_id: str) -> None:
        raw = doc.pop("citizen_id", None)
        if not raw:
            # Keep what an earlier version had (an edit need not retype the ID number), unless the document type
            # changes: the kept number would then be recorded as a document it does not come from.
            old_type = previous.get("id_type") or IdDocumentType.RESIDENT_ID.value
            if previous.get("id_masked") and doc.get("id_type") != old_type:
                errors.append(FieldError("citizen_id", "type the number again when changing the document type"))
            doc["id_masked"] = previous.get("id_masked")
            doc["id_fingerprint"] = previous.get("id_fingerprint")
            return
        try:
            # schema.validate has checked it already (as its document type); this keeps the path safe on its own.
            cid = validate_id_document(doc["id_type"], raw)
        except InvalidIdentifier as exc:
            errors.append(FieldError("citizen_id", str(exc)))
            return
        doc["id_masked"] = mask_id(cid)
        doc["id_fingerprint"] = id_fingerprint(cid, self.fingerprint_key(), doc["id_type"])

    # ------------------------------------------------------------------------------------------ mutations

    def create(self, kind: str, payload: Mapping[str, Any], actor: Actor) -> str:
        """Validate and save a new record; returns its id."""
        return self.create_many(kind, [payload], actor)[0]

    def create_many(self, kind: str, payloads: Iterable[Mapping[str, Any]], actor: Actor,
                    record_ids: list[str] | None = None) -> list[str]:
        """Validate and save several new records in one transaction (all or nothing)."""
        kind = kind_spec(kind).name
        with self.db.write() as s:
            changes = []
            look = Lookups(s)
            # A new contract's interest floor (条例 art. 17) is the 1-year LPR of its signing day, when left blank.
            lpr = reference.lpr_table(s) if kind == "contract" else ()
            for i, p in enumerate(payloads):
                rid = record_ids[i] if record_ids else str(uuid.uuid4())
                if lpr:
                    p = reference.prefill_lpr(lpr, dict(p))
                p = credit.with_defaults(kind, p)
                credit.check_actor(kind, p, None, actor.role)
                doc = self._clean(kind, p, look, rid)
                credit.check_write(kind, doc, None)
                status = rules.initial_status(kind)
                if status:
                    doc["status"] = status
                changes.append(_Change(kind, rid, doc, "create"))
            if kind == "service":
                dups = look.duplicates([(c.record_id, c.doc) for c in changes])
                if dups:
                    raise ValidationError(kind, dups[:20])
            self._write(s, changes + self._credit_marks(s, changes), actor)
        return [c.record_id for c in changes]

    def replace_all(self, clear: Callable[[Session], None], home: Mapping[str, Any] | None, actor: Actor,
                    rid: str) -> None:
        """Run `clear` (which removes every record) and create the home unit `rid` anew from `home` (if any), in
        one transaction: a clean start is never left half done."""
        with self.db.write() as s:
            clear(s)
            if home is None:
                return
            doc = self._clean("unit", home, Lookups(s), rid)
            self._write(s, [_Change("unit", rid, doc, "create")], actor)

    def update(self, record_id: str, changes: Mapping[str, Any], actor: Actor,
               expected_version_id: str | None = None) -> str:
        """Change fields of a record that is still editable; returns the new version id."""
        with self.db.write() as s:
            kind, row, doc = self._current(s, record_id)
            if expected_version_id and row.version_id != expected_version_id:
                raise StaleVersion(f"{kind} {record_id} was changed by {row.updated_by} at "
                                   f"{row.updated_at:%Y-%m-%d %H:%M}; reopen it to see the change")
            if not is_editable(kind, doc.get("status")):
                raise NotEditable(f"{kind} {record_id} is {doc.get('status')} and can no longer be edited")
            look = Lookups(s)
            ch = self._edited(look, kind, row, doc, changes, actor)
            dups = look.duplicates([(record_id, ch.doc)]) if kind == "service" else []
            if dups:
                raise ValidationError(kind, dups)
            return self._write(s, [ch], actor)[0]

    def update_many(self, record_ids: list[str], changes: Mapping[str, Any], actor: Actor,
                    progress: Callable[[int, int], None] | None = None, check: Callable[[], None] | None = None,
                    vet: Callable[[Session, list[tuple[str, Any, dict[str, Any]]]], None] | None = None
                    ) -> list[str]:
        """Make the same change to many records in one transaction (all or nothing), e.g. link a roster to its
        notice; returns the ids of the records that changed (one already as asked gets no new version).

        Every record not editable in its status is named in one NotEditableMany before anything is checked
        further; `vet(session, current)` may refuse the batch as a whole (it sees the records as they are, under
        the write lock). `progress` and `check` work as in `transition_many`: a cancel up to the commit rolls
        everything back.
        """
        with self.db.write() as s:
            current = self._current_many(s, list(dict.fromkeys(record_ids)))
            refused = [(row.id, doc.get("status")) for kind, row, doc in current
                       if not is_editable(kind, doc.get("status"))]
            if refused:
                raise NotEditableMany(refused, len(current))
            if vet:
                vet(s, current)
            look = Lookups(s)
            out = []
            for n, (kind, row, doc) in enumerate(current, 1):
                if check:
                    check()
                ch = self._edited(look, kind, row, doc, changes, actor)
                if ch.doc != doc:  # already as asked: no new version, nothing for sync to carry
                    out.append(ch)
                if progress:
                    progress(n, len(current))
            dups = look.duplicates([(c.record_id, c.doc) for c in out if c.kind == "service"])
            if dups:
                raise ValidationError("service", dups[:20])
            self._write(s, out, actor)
            if check:
                check()
            return [c.record_id for c in out]

    def _edited(self, look: Lookups, kind: str, row: Any, doc: dict[str, Any], changes: Mapping[str, Any],
                actor: Actor) -> _Change:
        """The new version of an editable record with `changes` applied, checked as a clerk's edit is."""
        record_id = row.id
        computed = {f.name for f in KINDS[kind].fields if f.computed}
        bad = sorted(computed & set(changes))
        if bad:
            raise ValidationError(kind, [FieldError(k, "is set by the rules and cannot be entered") for k in bad])
        # Who may not read a private field (the complainant) may not overwrite it either.
        hidden = sorted(KINDS[kind].private_names & set(changes)) if not may_read_private(kind, actor.role) else []
        if hidden:
            raise ValidationError(kind, [FieldError(k, "only the roles handling the case may change this field")
                                         for k in hidden])
        city = {f.name for f in KINDS[kind].fields if f.city}
        bad = sorted(k for k in city & set(changes) if changes[k] != doc.get(k))
        if bad:
            raise ValidationError(kind, [FieldError(k, "is set by the city credit office and cannot be entered")
                                         for k in bad])
        merged = {k: v for k, v in doc.items() if k not in computed | city} | dict(changes)
        for k in city:
            merged.pop(k, None)
        credit.check_actor(kind, merged, doc, actor.role)
        new = self._clean(kind, merged, look, record_id, previous=doc)
        new |= {k: doc[k] for k in city if k in doc}  # the city's answer stays through the township's edits
        credit.check_write(kind, new, doc)
        if "status" in doc:
            new["status"] = doc["status"]
        return _Change(kind, record_id, new, "update", prev=row,
                       detail={"fields": sorted(k for k in changes if k != "citizen_id")})

    def transition(self, record_id: str, target: str, actor: Actor) -> str:
        """Move a record through its lifecycle (role-checked); returns the new status."""
        return self.transition_many([record_id], target, actor)[0]

    def transition_many(self, record_ids: list[str], target: str, actor: Actor,
                        progress: Callable[[int, int], None] | None = None,
                        check: Callable[[], None] | None = None) -> list[str]:
        """Move records to `target` in one transaction (all or nothing), e.g. a batch of a roster; returns the
        new statuses.

        `progress(done, total)` reports the records checked so far; `check()` may raise (a cancel from the user)
        and is called between records and once more just before the commit, so a cancel at any point up to the
        commit rolls everything back.
        """
        with self.db.write() as s:
            changes = []
            current = self._current_many(s, record_ids)
            for n, (kind, row, doc) in enumerate(current, 1):
                if check:
                    check()
                if kind not in rules.LIFECYCLES:
                    raise ValueError(f"a {kind} has no lifecycle")
                objections = objections_in_period(s, row.id, doc) if kind == "disclosure" else 0
                new = rules.apply_transition(kind, doc, target, actor.role, self.today(), objections)
                privacy.on_transition(kind, new, doc["status"], new["status"])
                changes.append(_Change(kind, row.id, new, "transition", prev=row,
                                       detail={"from": doc["status"], "to": new["status"]}))
                if progress:
                    progress(n, len(current))
            self._snapshot_rosters(s, changes)
            self._write(s, changes + self._credit_marks(s, changes), actor)
            if check:
                check()
            return [c.doc["status"] for c in changes]

    def _credit_marks(self, s: Session, changes: list[_Change]) -> list[_Change]:
        """The 异议中 marks that credit objections among `changes` set or clear (store/credit.py)."""
        return credit.objection_marks(
            changes, lambda ids: self._current_many(s, ids),
            lambda kind, rid, doc, action, prev, detail: _Change(kind, rid, doc, action, prev=prev, detail=detail),
            lambda target, besides: credit.open_objections(s, target, besides))

    @staticmethod
    def _snapshot_rosters(s: Session, changes: list[_Change]) -> None:
        """Freeze the linked service records into the version of a roster notice that starts (or restarts) its
        publicity, so every later print of that version shows the list that was posted (store/roster.py)."""
        from zwcx_core.domain.enums import DisclosureStatus as D
        from zwcx_desktop.store import roster

        posting = [c for c in changes if c.kind == "disclosure" and c.doc.get("contains_personal_data")
                   and c.doc["status"] in (D.PUBLICIZING.value, D.REPUBLISHED.value)]
        rows = roster.snapshot(s, [c.record_id for c in posting])
        for c in posting:
            c.doc["roster"] = rows[c.record_id]

    def recount_dates(self, actor: Actor = SYSTEM) -> list[str]:
        """After the official holiday schedule arrived: count the computed dates of every record not yet posted or
        answered (`derive.RECOUNTED_STATES`) again, each change a new version through the one write path, audited
        as 'recompute' and made by the system. Returns the ids of the records that changed; posted ones keep their
        dates. Deterministic, so two computers recounting the same record reach the same content (no conflict)."""
        # Sync runs this every round once a schedule is known: look first without holding the write lock.
        with self.db.read() as s:
            ids = [row.id for kind, row, doc in self._current_many(s, self._unposted(s))
                   if rules.recounted(kind, doc) is not None]
        if not ids:
            return []
        with self.db.write() as s:  # again under the lock: a record may have moved on or gone meanwhile
            changes = []
            for kind, row, doc in self._current_many(s, self._unposted(s, ids)):
                new = rules.recounted(kind, doc)
                if new is not None:
                    moved = sorted(k for k in new if new[k] != doc.get(k))
                    changes.append(_Change(kind, row.id, new, "recompute", prev=row,
                                           detail={"fields": moved, "reason": "official holiday schedule"}))
            if changes:
                self._write(s, changes, actor)
            return [c.record_id for c in changes]

    @staticmethod
    def _unposted(s: Session, among: list[str] | None = None) -> list[str]:
        """Ids of the live records whose dates still follow the calendar (of `among`, if given)."""
        ids: list[str] = []
        for kind, states in rules.RECOUNTED_STATES.items():
            m = RECORD_MODELS[kind]
            q = select(m.id).where(m.deleted.is_(False), m.status.in_(states))
            if among is not None:
                q = q.where(m.id.in_(among))
            ids += s.execute(q).scalars().all()
        return ids

    def add_progress(self, commitment_id: str, entry: Mapping[str, Any], actor: Actor) -> str:
        """Append a progress entry (with evidence hashes) to a public commitment; moves 已公开 to 履行中."""
        from zwcx_core.domain.enums import CommitmentStatus as C
        from zwcx_core.domain.lifecycle import COMMITMENT, NotPermitted
        from zwcx_core.domain.schema import PROGRESS_FIELDS, clean_fields

        with self.db.write() as s:
            kind, row, doc = self._current(s, commitment_id)
            if kind != "commitment":
                raise ValueError(f"{commitment_id} is a {kind}, not a commitment")
            status = C(doc["status"])
            if status not in (C.PUBLISHED, C.IN_PROGRESS):
                raise NotEditable(f"progress can be recorded only on a published commitment; this one is "
                                  f"{status.value} ({status.zh})")
            errors: list[FieldError] = []
            e = clean_fields(PROGRESS_FIELDS, entry, errors, prefix="progress.")
            if errors:
                raise ValidationError("commitment", errors)
            self._check_attachments(s, e.get("evidence") or [], "progress.evidence")
            e["id"] = str(uuid.uuid4())
            new = dict(doc)
            new["progress"] = list(doc.get("progress") or []) + [e]
            if status == C.PUBLISHED:
                if actor.role not in COMMITMENT.transitions[(C.PUBLISHED, C.IN_PROGRESS)]:
                    raise NotPermitted(actor.role, C.PUBLISHED, C.IN_PROGRESS)
                new["status"] = C.IN_PROGRESS.value
            self._write(s, [_Change(kind, commitment_id, new, "progress", prev=row, detail={"entry": e["id"]})],
                        actor)
            return e["id"]

    def attach(self, record_id: str, field_name: str, sha256: str, actor: Actor) -> None:
        """Add an already-stored attachment to a hashes field (e.g. a photo of the posted notice)."""
        with self.db.write() as s:
            kind, row, doc = self._current(s, record_id)
            credit.check_actor(kind, doc, doc, actor.role)
            f = KINDS[kind].field(field_name)
            if f.type != "hashes":
                raise ValueError(f"{field_name} does not hold files")
            self._check_attachments(s, [sha256], field_name)
            new = dict(doc)
            new[field_name] = list(doc.get(field_name) or []) + ([sha256] if sha256 not in doc.get(field_name, [])
                                                                  else [])
            self._write(s, [_Change(kind, record_id, new, "attach", prev=row, detail={"sha256": sha256})], actor)

    def delete(self, record_id: str, actor: Actor) -> None:
        """Delete a record by tombstone (its history stays; sync carries the deletion)."""
        with self.db.write() as s:
            kind, row, doc = self._current(s, record_id)
            credit.check_actor(kind, doc, doc, actor.role)
            if not is_editable(kind, doc.get("status")):
                raise NotEditable(f"{kind} {record_id} is {doc.get('status')}: withdraw or cancel it instead")
            self._write(s, [_Change(kind, record_id, dict(doc), "delete", prev=row, deleted=True)], actor)

    def _check_attachments(self, s: Session, hashes: list[str], where: str) -> None:
        from zwcx_desktop.store.models import Attachment

        for h in hashes:
            if s.get(Attachment, h) is None:
                raise ValidationError("attachment", [FieldError(where, f"no stored file with sha256 {h}")])

    # ------------------------------------------------------------------------------------------ the one write path

    def _write(self, s: Session, changes: list[_Change], actor: Actor, origin: str = "local",
               sync_state: str = "pending") -> list[str]:
        """Write the changes; returns their new version ids.

        origin="remote" is for versions pulled from the server: they keep their own version ids, and they go to
        no outbox (the server has them already).
        """
        now = utcnow()
        device = self.device_id
        audit = AuditWriter(s)
        versions, outbox, index_rows, removed, vids = [], [], [], [], []
        new_rows: dict[str, list[dict[str, Any]]] = {}
        updates: dict[str, list[dict[str, Any]]] = {}
        for ch in changes:
            prev = ch.prev
            vid = ch.version_id or str(uuid.uuid4())
            version = ch.version or (prev.version + 1 if prev is not None else 1)
            base = ch.base_version_id if ch.version_id else (prev.version_id if prev is not None else None)
            reuse = ch.doc_json is not None and rows_named(ch.kind, ch.doc)
            children = child_rows(ch.kind, ch.record_id, ch.doc)  # assigns child ids inside the doc first
            doc_json = ch.doc_json if reuse else canonical_json(ch.doc)
            h = hashlib.sha256(doc_json.encode("utf-8")).hexdigest()  # == content_hash(doc), computed once
            versions.append({"version_id": vid, "record_id": ch.record_id, "kind": ch.kind, "version": version,
                             "base_version_id": base, "merge_parent_id": ch.merge_parent_id, "content_hash": h,
                             "doc": doc_json, "deleted": ch.deleted, "created_at": now,
                             "created_by": ch.created_by or actor.username, "device_id": ch.device_id or device,
                             "origin": origin})
            common = {"version": version, "version_id": vid, "base_version_id": base, "content_hash": h,
                      "updated_at": now, "updated_by": ch.created_by or actor.username, "deleted": ch.deleted,
                      "sync_state": sync_state}
            values = record_values(ch.kind, ch.doc) | common
            if prev is None:
                new_rows.setdefault(ch.kind, []).append(
                    values | {"id": ch.record_id, "created_at": now, "created_by": ch.created_by or actor.username})
            else:
                updates.setdefault(ch.kind, []).append(values | {"_rid": ch.record_id})
            for child_model, rows in children.items():
                fk = "commitment_id" if ch.kind == "commitment" else "disclosure_id"
                if prev is not None:
                    s.execute(delete(child_model).where(getattr(child_model, fk) == ch.record_id))
                if rows:
                    new_rows.setdefault(child_model.__tablename__, []).append(rows)  # type: ignore[arg-type]
            audit.add(now, actor.username, ch.action, ch.kind, ch.record_id, vid, ch.detail or None, content_hash=h)
            if origin == "local":
                outbox.append({"op_id": str(uuid.uuid4()), "device_id": device,
                               "op": "delete" if ch.deleted else "upsert", "kind": ch.kind,
                               "record_id": ch.record_id, "version_id": vid, "base_version_id": base,
                               "content_hash": h, "created_at": now, "state": "pending"})
            if ch.deleted:
                removed.append(ch.record_id)
            else:
                index_rows.append((ch.record_id, ch.kind, search.doc_text(ch.kind, ch.doc)))
            vids.append(vid)
        for kind, rows in updates.items():
            table = RECORD_MODELS[kind].__table__
            s.connection().execute(update(table).where(table.c.id == bindparam("_rid")), rows)
        for kind, rows in new_rows.items():
            if kind in RECORD_MODELS:
                fast_insert(s, RECORD_MODELS[kind].__table__, rows)
        for kind, row_lists in new_rows.items():
            if kind not in RECORD_MODELS:
                fast_insert(s, Base.metadata.tables[kind], [r for rows in row_lists for r in rows])
        fast_insert(s, RecordVersion.__table__, versions)
        audit.flush()
        fast_insert(s, OutboxOp.__table__, outbox)
        if removed:
            search.remove(s, removed)
        search.index_rows(s, index_rows)
        return vids

    # ------------------------------------------------------------------------------------------ reads
