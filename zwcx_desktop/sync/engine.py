"""One sync round (no Qt): push the outbox in seq order, then pull the server's changes page by page.

- Push: ops in batches, oldest first; each answer marks its ops acked / duplicate / conflict / rejected (reason
  kept). Attachments an op points at are uploaded (resumably) before the op is sent.
- Pull: each page is applied with its cursor in one SQLite transaction (store/remote.py).
- A server that forgot what it acknowledged (restored from a backup, with or without a new epoch; a power cut) is
  noticed from the meta answer and repaired before the push: `repair.py` sends again what it lacks and the pull
  starts from zero.
- Clock skew over 5 minutes is reported; order never depends on clocks.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, update

from zwcx_core import wire
from zwcx_core.domain import calendar
from zwcx_core.domain.derive import MERGE_RECOMPUTED
from zwcx_desktop.store import keys, reference, remote, settings
from zwcx_desktop.store.models import RECORD_MODELS, Attachment, OutboxOp, PrintLog, RecordVersion
from zwcx_desktop.store.records import SYSTEM
from zwcx_desktop.store.users import Actor
from zwcx_desktop.sync import anchors, repair
from zwcx_desktop.sync.client import BadAnswer, ServerRefused, SyncClient, SyncError

#: Ops read from the outbox and sent per push: as many as the server takes in one (fewer round trips, each ending
#: in a commit on both sides); the client still splits a batch of large documents into several requests.
PUSH_BATCH = wire.MAX_OPS_PER_PUSH
PULL_LIMIT = 2000
MAX_SKEW = dt.timedelta(minutes=5)

K_URL, K_CURSOR, K_EPOCH = "sync_server_url", "sync_cursor", "sync_server_epoch"
K_DEVICE, K_TOWNSHIP, K_LAST_OK, K_LAST = "sync_device_id", "sync_township", "sync_last_ok", "sync_last_result"
#: Reference data from the server (JSON: {"units": [...], "catalogue": [...], "categories": [...], "holidays": [...]})
#: and the digest it had, so it is downloaded only when it changes.
K_REFERENCE, K_REFERENCE_DIGEST = reference.K_REFERENCE, reference.K_REFERENCE_DIGEST
K_RECOUNT_DUE = "sync_recount_due"  # a new holiday schedule arrived; unposted records are counted again
RECOUNT_CLOCKS = "clocks"  # K_RECOUNT_DUE's value when the township's supervision clocks changed too
#: The highest print log row the server has acknowledged (prints go up so the public page can say "printed").
K_PRINTS = "sync_prints_sent"

Progress = Callable[[str], None]


class NotEnrolled(SyncError):
    pass


class SyncBusy(SyncError):
    """Another process (the desktop or `zwcx sync`) is syncing this data folder right now."""


@contextlib.contextmanager
def _round_lock(app):
    """An exclusive lock on the data folder's sync, held by the operating system for the round: two processes
    pushing the same outbox and moving the same cursor would only waste the network, but a clerk deserves to be
    told why nothing happened. The OS releases it if the process dies."""
    from zwcx_desktop import oslock

    try:
        with oslock.exclusive(app.root / "sync.lock"):
            yield
    except oslock.Busy:
        raise SyncBusy("another sync of this data folder is running (the desktop or 'zwcx sync'); "
                       "this one was skipped and can run once that one has finished") from None


def token_name(app) -> str:
    """Keyring entry of this data directory's device token."""
    return f"device-token:{app.install_id()}"


@dataclass
class RoundResult:
    """What one round did (shown by `zwcx sync` and the 同步 page)."""

    pushed: dict[str, int] = field(default_factory=dict)
    pulled: int = 0
    pages: int = 0
    uploaded: int = 0
    downloaded: int = 0
    conflicts: int = 0
    rejected: int = 0
    skew_seconds: float = 0.0
    epoch_changed: bool = False
    #: The server had forgotten acknowledged changes and this round finished sending them again: `resent` records
    #: (`restore_reason` is a key of repair.REASONS).
    server_restored: bool = False
    resent: int = 0
    restore_reason: str = ""
    reference_updated: bool = False
    recounted: int = 0  # unposted records whose dates moved with the official holiday schedule
    prints_sent: int = 0  # print log rows sent to the server this round
    audit_anchored: int = 0  # audit event hashes the server anchored this round
    held_back: int = 0  # changes of kinds an older server does not know, kept in the outbox
    clocks_shared: bool = False  # the office's supervision clocks went to the server this round
    bytes_sent: int = 0
    bytes_received: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


class OtherTownship(SyncError):
    """The enrolment code is for another township than the one whose records this computer holds."""

    def __init__(self, holding: dict[str, Any], code_for: dict[str, Any], used_up: bool) -> None:
        self.holding, self.code_for, self.used_up = holding, code_for, used_up
        super().__init__(
            f"this computer holds the records of {holding.get('name')} ({holding.get('code')}) but the code is for "
            f"{code_for.get('name')} ({code_for.get('code')}); to move this computer there, enrol again with a "
            f"clean start: a backup is made first, then {holding.get('name')}'s records are removed from this "
            "computer" + ("; the code was used up, ask the administrator for a new one" if used_up else ""))


def enroll(app, server_url: str, code: str, verify: bool | str = True, clean_start: bool = False,
           actor: Actor | None = None) -> dict[str, Any]:
    """Enrol this data directory with a one-time code; the token goes to the OS keyring and nowhere else, and so
    does the township's fingerprint key. `unmatched_records` in the answer counts service records whose ID
    fingerprints were made with this computer's earlier key.

    A computer that holds another township's records is refused (OtherTownship) unless `clean_start`: then they
    are backed up and removed first (store/cleanstart.py; `clean_start_backup` in the answer names the backup)."""
    keys.store(app)  # fail before spending the one-time code when there is no keyring this office may use
    own_key = keys.key_for_enrolment(app)  # None when lost or wrong: the township's key is checked by adopt
    holding = json.loads(app.setting(K_TOWNSHIP) or "null")
    client = SyncClient(server_url, verify=verify)
    try:
        ans = client.enroll(code.strip(), own_key, None if clean_start or not holding else holding.get("id"))
    except ServerRefused as exc:
        if exc.status == 409 and isinstance(exc.answer.get("township"), dict):
            raise OtherTownship(holding, exc.answer["township"], used_up=False) from None
        raise
    finally:
        client.close()
    joining = ans["township"]
    backup = None
    if holding and holding.get("id") != joining.get("id"):
        if not clean_start:  # a server older than the `township` check used the code up
            raise OtherTownship(holding, joining, used_up=True)
        from zwcx_desktop.store.cleanstart import clean_start as start_clean

        backup = start_clean(app, actor or SYSTEM, holding, joining)
    keys.set_secret(app, token_name(app), ans["token"])
    key = ans.get("fingerprint_key")
    # Records made here before enrolling keep fingerprints under this computer's key, which the township's other
    # computers cannot match (full ID numbers are never stored, so they cannot be recomputed): counted and told.
    ans["unmatched_records"] = app.adopt_fingerprint_key(key) if key else 0
    with app.db.write() as s:
        # A new enrolment is a new device on the server (perhaps another server): what this computer remembered
        # of the previous one would look like a server that forgot what it acknowledged.
        settings.forget(s, K_EPOCH, *repair.ENROLMENT_STATE)
        settings.put(s, repair.K_ACKED_FLOOR, str(repair.acked_seq(s)))
        settings.put(s, K_URL, client.base_url)
        settings.put(s, K_DEVICE, ans["device_id"])
        settings.put(s, K_TOWNSHIP, json.dumps(joining, ensure_ascii=False))
        settings.put(s, K_CURSOR, "0")
    if backup is not None:
        ans["clean_start_backup"] = str(backup)
    return ans


def make_client(app, verify: bool | str = True, **kw: Any) -> SyncClient:
    url = app.setting(K_URL)
    token = keys.get_secret(app, token_name(app)) if url else None
    if not url or not token:
        raise NotEnrolled("this computer is not enrolled with a sync server: run 'zwcx enroll --server URL "
                          "--code CODE' with the code from the municipal administrator")
    return SyncClient(url, token, verify=verify, **kw)


def sync_round(app, client: SyncClient | None = None, progress: Progress | None = None) -> RoundResult:
    """Push, then pull. Raises SyncError when the round could not finish (nothing is half-applied)."""
    with _round_lock(app):  # taken before anything is recorded: a skipped round is not a failed one
        return _round(app, client, progress or (lambda _m: None))


def _round(app, client: SyncClient | None, say: Progress) -> RoundResult:
    own = client is None
    client = client or make_client(app)
    res = RoundResult()
    try:
        cursor = int(app.setting(K_CURSOR) or 0)
        meta = client.meta(cursor)
        _check_meta(app, meta, res, say)
        if repair.check(app, meta, cursor):
            repair.run(app, client, res, say, PUSH_BATCH)
        # Reference data first: a new holiday schedule recounts the dates of records not yet posted, and those new
        # versions go out with this round's push.
        _reference(app, client, meta, res, say)
        if due := app.setting(K_RECOUNT_DUE):  # not every round: it reads every unposted record
            _recount(app, res, say, force=due == RECOUNT_CLOCKS)
            app.put_setting(K_RECOUNT_DUE, "")
        _push_all(app, client, res, say, _server_kinds(meta, client, res))
        _push_prints(app, client, meta, res, say)
        _share_clocks(app, client, res, say)
        last_page = _pull_all(app, client, res, say)
        repair.check_digest(app, int(app.setting(K_CURSOR) or 0), last_page)
        if res.pulled:
            _recount(app, res, say)  # records from a computer that counted them before the schedule arrived
        # Last, so that the events of this round's pull are anchored with it.
        res.audit_anchored = anchors.push(app, client, meta, res.warnings, say)
        res.bytes_sent, res.bytes_received = client.bytes_sent, client.bytes_received
        with app.db.read() as s:
            res.conflicts = _count_state(s, "conflict")
        app.put_setting(K_LAST_OK, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
        app.put_setting(K_LAST, json.dumps({"ok": True} | res.to_json(), ensure_ascii=False))
        return res
    except SyncError as exc:
        app.put_setting(K_LAST, json.dumps({"ok": False, "error": str(exc)}, ensure_ascii=False))
        raise
    finally:
        if own:
            client.close()


def _reference(app, client: SyncClient, meta: dict[str, Any], res: RoundResult, say: Progress) -> None:
    digest = meta.get("reference_digest")
    if not isinstance(digest, str) or digest == app.setting(K_REFERENCE_DIGEST):
        return
    from zwcx_core.domain.supervision import ClockPresetError
    from zwcx_desktop.store import clock_presets

    ref = client.reference()
    try:
        with app.db.write() as s:
            schedule = reference.save(s, ref, digest)
            # A later edit on another computer of the township; counted again even when it went back to the
            # defaults, so every computer's due dates agree.
            clocks = clock_presets.adopt_reference(s, ref) or settings.get(s, K_RECOUNT_DUE) == RECOUNT_CLOCKS
            # Kept until done: a round cut short recounts in the next one.
            settings.put(s, K_RECOUNT_DUE, RECOUNT_CLOCKS if clocks else "1")
    except (calendar.ScheduleError, ClockPresetError) as exc:
        raise BadAnswer(f"reference data from the server: {exc}") from None
    calendar.use_official_schedule(schedule)
    with app.db.read() as s:
        clock_presets.install(s)  # open cases are counted again with them in _recount, like the schedule
    res.reference_updated = True
    say("reference data updated")


def _share_clocks(app, client: SyncClient, res: RoundResult, say: Progress) -> None:
    """Send the office's edited supervision clocks (once, when pending) so the township's other computers count
    the same deadlines. An older server (404) or a refusal leaves them pending, with a warning, not a failed
    round; a later edit from another computer (409) replaces them here."""
    from zwcx_desktop.store import clock_presets

    with app.db.read() as s:
        edit = clock_presets.pending(s)
    if edit is None:
        return
    try:
        client.put_township_clocks(edit["document"], edit["edited_at"])
    except ServerRefused as exc:
        if exc.status == 409 and isinstance(exc.answer.get("current"), dict):
            with app.db.write() as s:
                clock_presets.adopt(s, exc.answer["current"], force=True)  # the server's order stands
                clock_presets.install(s)
            say("supervision clocks: a later edit from another computer of the township replaced this one")
            _recount(app, res, say, force=True)
            return
        if exc.status == 404:
            res.warnings.append("the municipal server does not take the office's supervision clocks yet (an older "
                                "server): they count on this computer only and are sent once it does")
        else:
            res.warnings.append(f"the office's supervision clocks were not accepted by the server: {exc}")
        return
    with app.db.write() as s:
        clock_presets.mark_sent(s, edit["edited_at"])
    res.clocks_shared = True
    say("supervision clocks shared with the township's other computers")


def _recount(app, res: RoundResult, say: Progress, force: bool = False) -> None:
    """Dates of unposted records follow the official schedule once it is known, and open supervision cases the
    office's clock presets once there are any, or whenever they changed (`force`: perhaps back to the defaults)
    (store.records.recount_dates)."""
    from zwcx_core.domain.derive import supervision_presets

    if not force and not calendar.has_official_schedule() and supervision_presets() is None:
        return
    n = len(app.records.recount_dates())
    if n:
        res.recounted += n
        say(f"{n} record(s) not yet posted: dates counted again on the official holiday schedule")


def _count_state(s, state: str) -> int:
    return sum(s.execute(select(func.count()).select_from(m).where(m.sync_state == state)).scalar_one()
               for m in RECORD_MODELS.values())


def _check_meta(app, meta: dict[str, Any], res: RoundResult, say: Progress) -> None:
    try:
        server_now = dt.datetime.fromisoformat(meta["server_time"].replace("Z", "+00:00"))
    except ValueError as exc:
        raise SyncError(f"meta: bad server_time {meta['server_time']!r}") from exc
    skew = (dt.datetime.now(dt.UTC) - server_now).total_seconds()
    res.skew_seconds = round(skew, 1)
    if abs(skew) > MAX_SKEW.total_seconds():
        res.warnings.append(f"this computer's clock differs from the server's by {abs(skew) / 60:.0f} minutes; "
                            "please correct the date and time (records are still ordered correctly)")
    epoch = meta["server_epoch"]
    known = app.setting(K_EPOCH)
    if known is not None and known != epoch:
        res.epoch_changed = True
        say("the server was restored from a backup: sending again what it may have lost")
        repair.start(app, "epoch")  # re-sends from the version history, in causal order, then pulls from zero
        app.put_setting(K_EPOCH, epoch)
    elif known is None:
        app.put_setting(K_EPOCH, epoch)


# ---------------------------------------------------------------------------------------------- push


def _server_kinds(meta: dict[str, Any], client: SyncClient, res: RoundResult) -> tuple[str, ...] | None:
    """The record kinds the server takes, when it takes fewer than this app makes (None: all of them). A server
    from before kind levels says nothing and knows level 1. Changes of the other kinds wait in the outbox, in
    order, until the server is upgraded (server first is the upgrade order): nothing is lost or refused."""
    level = meta.get("kinds_level", 1)
    if not isinstance(level, int) or isinstance(level, bool) or level >= client.kinds_level:
        return None
    return wire.kinds_at(max(level, 1))


def _held_back(app, kinds: tuple[str, ...]) -> int:
    with app.db.read() as s:
        return int(s.execute(select(func.count()).select_from(OutboxOp).where(
            OutboxOp.state == "pending", OutboxOp.kind.not_in(kinds))).scalar_one())


def _pending_ops(app, limit: int, kinds: tuple[str, ...] | None = None) -> list[wire.Op]:
    o, v = OutboxOp, RecordVersion
    with app.db.read() as s:  # columns, not ORM objects: a large outbox is read a batch at a time
        q = (select(o.op_id, o.seq, o.op, o.kind, o.record_id, o.version_id, o.base_version_id,
                    v.merge_parent_id, v.version, o.content_hash, v.doc, v.created_by, v.created_at)
             .join(v, v.version_id == o.version_id).where(o.state == "pending"))
        if kinds is not None:
            q = q.where(o.kind.in_(kinds))
        rows = s.execute(q.order_by(o.seq).limit(limit)).all()
    ops = []
    for r in rows:
        doc = json.loads(r.doc)
        ops.append(wire.Op(r.op_id, r.seq, r.op, r.kind, r.record_id, r.version_id, r.base_version_id,
                           r.merge_parent_id, r.version, r.content_hash, doc, r.created_by,
                           r.created_at.isoformat() + "Z", wire.referenced_blobs(r.kind, doc)))
    return ops


def _upload_blobs(app, client: SyncClient, hashes: list[str], res: RoundResult) -> None:
    from zwcx_desktop.store.attachments import blob_path

    if not hashes:
        return
    with app.db.read() as s:
        todo = list(s.execute(select(Attachment.sha256).where(Attachment.sha256.in_(hashes),
                                                              Attachment.uploaded.is_(False))
                              .order_by(Attachment.sha256)).scalars())  # the same order every round
    refused: ServerRefused | None = None
    for h in todo:
        p = blob_path(app.root, h)
        if not p.exists():
            raise SyncError(f"attachment {h} is missing from {p.parent}; restore the file or remove it from the "
                            "record before syncing")
        try:
            client.put_blob(h, p.read_bytes())
        except ServerRefused as exc:
            if exc.status != 429:
                raise
            # The server holds too many unfinished uploads of this device: the others still resume (and so free
            # its quota) before the round reports the refusal.
            refused = refused or exc
            continue
        with app.db.write() as s:
            s.execute(update(Attachment).where(Attachment.sha256 == h).values(uploaded=True))
        res.uploaded += 1
    if refused is not None:
        raise refused


def _push_all(app, client: SyncClient, res: RoundResult, say: Progress,
              kinds: tuple[str, ...] | None = None) -> None:
    if kinds is not None and (held := _held_back(app, kinds)):
        res.held_back = held
        res.warnings.append(f"{held} change(s) of record kinds the municipal server does not know yet (contracts, "
                            "lawsuits …) wait on this computer until the server is upgraded; nothing is lost")
    while True:
        ops = _pending_ops(app, PUSH_BATCH, kinds)
        if not ops:
            return
        _upload_blobs(app, client, list({h for o in ops for h in o.blobs}), res)
        ans = client.push(ops)
        results = ans["results"]
        final = [r for r in results if r["status"] in wire.FINAL_RESULTS]
        _mark(app, final, res)
        say(f"pushed {len(final)} change(s)")
        if len(final) < len(ops):
            stuck = results[len(final)] if len(results) > len(final) else None
            if stuck and stuck["status"] == "need_blobs":
                missing = [h for h in stuck.get("missing", []) if wire.is_sha256(h)]
                with app.db.write() as s:
                    s.execute(update(Attachment).where(Attachment.sha256.in_(missing)).values(uploaded=False))
                before = res.uploaded
                _upload_blobs(app, client, missing, res)
                if res.uploaded == before:
                    raise SyncError(f"the server asks for attachment(s) this computer does not have: "
                                    f"{', '.join(missing)}")
                continue
            if not final:
                raise SyncError("the server answered a push without accepting any change; try again later")


def _push_prints(app, client: SyncClient, meta: dict[str, Any], res: RoundResult, say: Progress) -> None:
    """Send the print log rows the server does not hold yet, so that its public page says which versions were
    handed out. A server that does not announce `prints_through` does not take them: they wait. One that holds
    fewer than were acknowledged (restored, or this computer enrolled again) is sent them all again; it keeps
    each print once."""
    state = wire.parse_sync_state(meta)
    held = state.get("prints_through") if state else None
    if held is None:
        return
    mark = int(app.setting(K_PRINTS) or 0)
    if mark > held:
        mark = 0
    install = app.install_id()
    while True:
        with app.db.read() as s:
            rows = s.execute(select(PrintLog.id, PrintLog.record_id, PrintLog.version_id, PrintLog.content_hash,
                                    PrintLog.printed_at).where(PrintLog.id > mark).order_by(PrintLog.id)
                             .limit(wire.MAX_PRINTS_PER_PUSH)).all()
        if not rows:
            return
        prints = []
        for r in rows:
            at = r.printed_at.isoformat() + "Z"
            prints.append(wire.PrintEvent(wire.print_event_id(install, r.id, r.version_id, at), r.id, r.record_id,
                                          r.version_id, r.content_hash, at))
        try:
            client.push([], prints)
        except ServerRefused as exc:
            if exc.status >= 500:
                raise
            # The records themselves went up; a print the server will not take must not stop their sync.
            res.warnings.append(f"print records were not accepted by the server: {exc}")
            return
        mark = rows[-1].id
        app.put_setting(K_PRINTS, str(mark))
        res.prints_sent += len(prints)
        say(f"sent {res.prints_sent} print record(s)")


_STATE = {"applied": "acked", "duplicate": "duplicate", "conflict": "conflict", "rejected": "rejected"}


def _mark(app, results: list[dict[str, Any]], res: RoundResult) -> None:
    """Record the server's answer for each op and the resulting sync state of its record, in one transaction.

    Bulk statements (executemany) keep a 10k-op push in seconds rather than minutes.
    """
    if not results:
        return
    by_id = {r["op_id"]: r for r in results}
    with app.db.write() as s:
        conn = s.connection()
        # Driver-level executemany with positional rows: SQLAlchemy's per-row parameter handling cost more than
        # the updates themselves.
        conn.exec_driver_sql("UPDATE outbox SET state = ?, result = ? WHERE op_id = ?",
                             [(_STATE[r["status"]], json.dumps(r, ensure_ascii=False), r["op_id"]) for r in results])
        for r in results:
            res.pushed[r["status"]] = res.pushed.get(r["status"], 0) + 1
            res.rejected += r["status"] == "rejected"
        ops = s.execute(select(OutboxOp.op_id, OutboxOp.kind, OutboxOp.record_id, OutboxOp.version_id)
                        .where(OutboxOp.op_id.in_(list(by_id)))).all()
        rids = list({o.record_id for o in ops})
        still = set(s.execute(select(OutboxOp.record_id).where(OutboxOp.record_id.in_(rids),
                                                               OutboxOp.state == "pending")).scalars())
        updates: dict[str, list[dict[str, Any]]] = {}
        for o in ops:
            if o.record_id in still:
                continue  # a newer local change still waits; its own answer decides
            r = by_id[o.op_id]
            if r["status"] == "rejected":
                state = "rejected"
            elif r.get("conflict") or r["status"] == "conflict":
                state = "conflict"
            else:
                state = "synced"
            updates.setdefault(o.kind, []).append((state, o.record_id, o.version_id))
        for kind, rows in updates.items():
            table = RECORD_MODELS[kind].__tablename__
            conn.exec_driver_sql(f"UPDATE {table} SET sync_state = ? WHERE id = ? AND version_id = ?", rows)


# ---------------------------------------------------------------------------------------------- pull


def _pull_all(app, client: SyncClient, res: RoundResult, say: Progress) -> dict[str, Any]:
    """Pull pages until the server has no more. The next page is fetched while the current one is applied
    (one helper thread, one request at a time on the session); only applied pages move the stored cursor.
    Returns the last page's head (its `max_seq` and `versions_digest`), items left out."""
    from concurrent.futures import ThreadPoolExecutor

    cursor = int(app.setting(K_CURSOR) or 0)
    with ThreadPoolExecutor(1, thread_name_prefix="zwcx-pull") as pool:
        nxt = pool.submit(client.pull, cursor, PULL_LIMIT)
        while True:
            page = nxt.result()
            if page["server_epoch"] != app.setting(K_EPOCH):
                raise SyncError("the server changed epoch during the sync (restored from a backup); sync again")
            items = page["items"]
            nxt = pool.submit(client.pull, page["cursor"], PULL_LIMIT) if page["more"] else None
            try:
                if items:
                    _download_blobs(app, client if nxt is None else _quiet(nxt, client), items, res)
                    # The version at the cursor is remembered with it: a server that handed the same sequence
                    # number to another version has forgotten this one (repair.detect).
                    res.pulled += remote.apply_pull_page(app.records, items, page["records"],
                                                         {K_CURSOR: str(page["cursor"]),
                                                          repair.K_CURSOR_VERSION: items[-1]["version_id"]})
                    res.pages += 1
                    say(f"received {res.pulled} change(s)")
            except BaseException:
                if nxt is not None:
                    nxt.cancel()
                raise
            if nxt is None:
                return {k: v for k, v in page.items() if k not in ("items", "records")}


def _quiet(fut, client: SyncClient) -> SyncClient:
    """Wait for the prefetch before using the session for blob downloads (a Session is not thread-safe)."""
    try:
        fut.result()
    except Exception:  # noqa: BLE001 - its error surfaces when the page is taken
        pass
    return client


def _download_blobs(app, client: SyncClient, items: list[dict[str, Any]], res: RoundResult) -> None:
    from zwcx_desktop.store.attachments import store_bytes

    wanted = list({h for it in items for h in wire.referenced_blobs(it["kind"], it["doc"])})
    if not wanted:
        return
    with app.db.read() as s:
        have = set(s.execute(select(Attachment.sha256).where(Attachment.sha256.in_(wanted))).scalars())
    for h in wanted:
        if h in have:
            continue
        store_bytes(app.db, client.get_blob(h), h, "sync")
        with app.db.write() as s:
            s.execute(update(Attachment).where(Attachment.sha256 == h).values(uploaded=True))
        res.downloaded += 1


# ---------------------------------------------------------------------------------------------- status and conflicts


def status(app) -> dict[str, Any]:
    """Pending count, last sync, conflicts, and rejected operations with the server's reasons."""
    with app.db.read() as s:
        pending = s.execute(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending")
                            ).scalar_one()
        rejected = [{"seq": o.seq, "kind": o.kind, "record_id": o.record_id, "version_id": o.version_id,
                     "reason": (json.loads(o.result or "{}")).get("reason", "")}
                    for o in s.execute(select(OutboxOp).where(OutboxOp.state == "rejected")
                                       .order_by(OutboxOp.seq)).scalars()]
        conflicts = _count_state(s, "conflict")
    last = app.setting(K_LAST)
    return {"server": app.setting(K_URL), "township": json.loads(app.setting(K_TOWNSHIP) or "null"),
            "pending": pending, "last_sync": app.setting(K_LAST_OK), "last_result": json.loads(last) if last
            else None, "conflicts": conflicts, "rejected": rejected,
            "server_restore": repair.restore_notice(app), "repair_pending": repair.pending(app)}


def list_conflicts(app) -> list[dict[str, Any]]:
    """Conflicted records with their competing versions and the fields in which they differ.

    `hard` fields were changed on both sides from the common base; `soft` ones on one side only.
    """
    out = []
    with app.db.read() as s:
        for kind, model in RECORD_MODELS.items():
            for row in s.execute(select(model).where(model.sync_state == "conflict")).scalars():
                hs = remote.heads(s, row.id)
                if len(hs) < 2:
                    continue
                docs = {h.version_id: json.loads(h.doc) for h in hs}
                cur = docs.get(row.version_id) or docs[hs[0].version_id]
                versions = []
                for h in hs:
                    base = s.get(RecordVersion, h.base_version_id) if h.base_version_id else None
                    versions.append({"version_id": h.version_id, "version": h.version, "by": h.created_by,
                                     "device_id": h.device_id, "deleted": h.deleted, "doc": docs[h.version_id],
                                     "changed": sorted(_diff(json.loads(base.doc) if base else {},
                                                             docs[h.version_id]))})
                recomputed = MERGE_RECOMPUTED.get(kind, ())
                differ = sorted({k for d in docs.values() for k in _diff(cur, d)} - set(recomputed))
                changed_sets = [set(v["changed"]) for v in versions]
                hard = sorted(set.intersection(*changed_sets) & set(differ)) if changed_sets else []
                combined = _combined_rows(s, kind, hs, docs) if len(hs) == 2 else {}
                out.append({"kind": kind, "record_id": row.id, "current_version_id": row.version_id,
                            "versions": versions, "fields": differ,
                            "hard": [f for f in hard if f not in combined], "combined": combined,
                            "soft": [f for f in differ if f not in hard]})
    return out


def _combined_rows(s, kind: str, hs: list[Any], docs: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Child lists changed on both sides that merge row by row (rowmerge.merge_rows), with their merged rows."""
    from zwcx_core.domain.rowmerge import merge_rows
    from zwcx_core.domain.schema import KINDS

    a, b = (docs[h.version_id] for h in hs)
    base_id = remote.common_base(s, hs[0].version_id, hs[1].version_id)
    base = json.loads(s.get(RecordVersion, base_id).doc) if base_id else {}
    out = {}
    for name in KINDS[kind].children:
        if a.get(name) != b.get(name) and base.get(name) not in (a.get(name), b.get(name)):
            merged = merge_rows(base.get(name), a.get(name), b.get(name))
            if merged is not None:
                out[name] = merged
    return out


def _diff(a: dict[str, Any], b: dict[str, Any]) -> set[str]:
    return {k for k in set(a) | set(b) if a.get(k) != b.get(k)}


def resolve_conflict(app, record_id: str, chosen_fields: dict[str, Any], actor,
                     other_version_id: str | None = None, deleted: bool | None = None) -> str:
    """Merge a conflicted record: current document plus the chosen fields, naming both parents; syncs as an edit."""
    return remote.merge(app.records, record_id, chosen_fields, actor, other_version_id, deleted)


def local_digest(app) -> dict[str, Any]:
    """The same counts and digests as the server's /v1/verify, computed from this device's store."""
    with app.db.read() as s:
        recs = []
        for model in RECORD_MODELS.values():
            recs += [(r[0], r[1], r[2], r[3], r[4] == "conflict") for r in s.execute(
                select(model.id, model.version_id, model.content_hash, model.deleted, model.sync_state))]
        vers = [(v[0], v[1]) for v in s.execute(select(RecordVersion.version_id, RecordVersion.content_hash))]
    return wire.state_digest(recs, vers)


def sync_until_quiet(app, client: SyncClient | None = None, rounds: int = 3) -> RoundResult:
    """Run rounds until one pushes nothing (used by tests and the periodic timer)."""
    res = sync_round(app, client)
    for _ in range(rounds - 1):
        if not res.pushed:
            break
        time.sleep(0)
        res = sync_round(app, client)
    return res
