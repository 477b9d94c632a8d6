"""Restoring a backup into a data directory, as its one writer, without losing what it acknowledged.

Swapping the database file (and deleting its -wal/-shm) under open connections made every later write of those
connections go to a file nobody would read again. Instead the backup's database is copied *into* the live file
through SQLite's backup API: one write transaction of the live database, which any connection still open sees at
its next transaction like any other write. The restore holds the writer lock throughout, so no other zwcx writer
is between two writes meanwhile; what was written before it began is replaced by design, and kept first in a
`pre-restore` copy (the last few are kept, and there must be room for one more).

The office a backup belongs to is read from its database (the manifest is not signed and anyone can edit it).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from zwcx_desktop.config import db_path
from zwcx_desktop.store import diskspace
from zwcx_desktop.store.backup import BackupError, backup_sizes, home_unit, read_backup
from zwcx_desktop.store.migrate import sqlite_copy
from zwcx_desktop.store.writerlock import WriterLock

STAGING_PREFIX = ".restore-"
#: Staging folders of every operation that builds a database beside the live one (a restore, the demo sample).
STAGING_PREFIXES = (STAGING_PREFIX, ".demo-")
PRE_RESTORE_PREFIX = "pre-restore-"
#: Setting left in the restored database until its "restored" audit event is written (by the first writer to open
#: it, normally the restore itself): written into the staged copy, so it arrives with the restored data or not at all.
K_RESTORED = "audit_restored_pending"
#: The audit event a restore appends; the server accepts the fork it makes in the log (server/zwcx_server/anchors.py).
RESTORED = "restored"
#: pre-restore copies kept in backups/ (the newest ones; older ones are removed before a new copy is made)
KEEP_PRE_RESTORE = diskspace.KEEP_COPIES


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup's manifest, the office read from its database, when the backup was made,
    and where the replaced data was kept (None when the folder had no database)."""

    manifest: dict
    office: dict
    backup_made: str
    pre_restore: Path | None


def clear_stale_staging(root: Path) -> list[Path]:
    """Remove the staging folders (`.restore-*`, `.demo-*`) a killed restore or demo left behind; returns what was
    removed. Only call it while holding the writer lock: a restore or demo in progress holds it too, so none of
    them can still be in use."""
    removed: list[Path] = []
    if not root.is_dir():
        return removed
    for p in sorted(p for prefix in STAGING_PREFIXES for p in root.glob(prefix + "*")):
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p)
    backups = root / "backups"
    if backups.is_dir():  # a pre-restore copy cut short by the kill
        for p in backups.glob(PRE_RESTORE_PREFIX + "*.part"):
            p.unlink(missing_ok=True)
    return removed


def _make_room(root: Path, path: Path, current: Path) -> None:
    """Refuse (changing nothing) when the disk cannot hold what the restore writes: the backup unpacked (sizes
    read from the zip before unpacking it), the pre-restore copy of the current data, and the live database
    growing to the size of the backup's. The pre-restore copies beyond the last few go only once it can."""
    sizes = backup_sizes(path)
    mine = diskspace.database_bytes(current) if current.exists() else 0
    backups = root / "backups"
    old = diskspace.rotation(backups, PRE_RESTORE_PREFIX + "*.sqlite3", KEEP_PRE_RESTORE)
    try:
        diskspace.ensure_free_space(root, sizes.unpacked + mine + max(0, sizes.database - mine),
                                    "unpack this backup and keep a copy of the current data before restoring it",
                                    freeable=diskspace.freed_by(old))
    except diskspace.NotEnoughSpace as exc:
        raise BackupError(str(exc)) from None
    diskspace.remove(old)


def _pre_restore_copy(root: Path, current: Path) -> Path:
    backups = root / "backups"
    backups.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dst = backups / f"{PRE_RESTORE_PREFIX}{stamp}.sqlite3"
    try:
        sqlite_copy(current, dst)
    except sqlite3.DatabaseError:
        # The current database is damaged (the usual reason to restore): keep its bytes as they are instead.
        part = dst.with_name(dst.name + ".part")
        shutil.copyfile(current, part)
        wal = current.with_name(current.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, dst.with_name(dst.name + "-wal"))
        part.replace(dst)
    return dst


def copy_into_live(staged: Path, current: Path) -> None:
    """Write the staged database into the live one through SQLite's backup API (one write transaction; the file
    stays the same file, so open connections see the restored data and write on into it)."""
    src = sqlite3.connect(str(staged))
    try:
        try:
            dst = sqlite3.connect(str(current), timeout=30)
            try:
                # The write lock is taken and let go once within the busy timeout: the backup API retries a
                # locked destination forever, so a program holding the database would hang the restore for good.
                dst.execute("BEGIN IMMEDIATE")
                dst.execute("ROLLBACK")
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=WAL")
            finally:
                dst.close()
        except sqlite3.DatabaseError:
            # Not a database any more (damaged): no connection can be using it for anything, and we are the one
            # writer, so it is replaced by a fresh file (its bytes are in the pre-restore copy).
            for p in (current, current.with_name(current.name + "-wal"), current.with_name(current.name + "-shm")):
                p.unlink(missing_ok=True)
            dst = sqlite3.connect(str(current))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=WAL")
            finally:
                dst.close()
    finally:
        src.close()


def _current_office(current: Path) -> dict | None:
    """The office of the live database, or None when it has none or cannot be read (damaged)."""
    try:
        return home_unit(current)
    except sqlite3.DatabaseError:
        return None


def restore_backup(root: Path, path: Path, lock: WriterLock) -> RestoreResult:
    """Make the data in `root` the backup at `path`, as the holder of `root`'s writer `lock`.

    Refuses (changing nothing) a damaged backup, a file that is not a zwcx backup, the backup of another office
    when this data directory belongs to one already, and a disk without room for the pre-restore copy.
    """
    if not lock.held or lock.root.resolve() != Path(root).resolve():
        raise RuntimeError(f"a restore into {root} needs that folder's writer lock")
    root.mkdir(parents=True, exist_ok=True)
    clear_stale_staging(root)
    current = db_path(root)
    _make_room(root, path.resolve(), current)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
    try:
        manifest = read_backup(path.resolve(), staging)
        staged = staging / "zwcx.sqlite3"
        theirs = home_unit(staged)
        _mark_restored(staged, path.name, str(manifest.get("created_at")))
        pre = None
        if current.exists():
            mine = _current_office(current)
            if mine and mine.get("uscc") and theirs.get("uscc") != mine["uscc"]:
                other = f"{theirs.get('name')}, {theirs.get('uscc')}" if theirs.get("uscc") else "no office"
                raise BackupError(
                    f"{path} belongs to another office ({other}); this data directory belongs to "
                    f"{mine.get('name')} ({mine['uscc']}). Restore it into an empty --data-dir instead")
            pre = _pre_restore_copy(root, current)
        _move_tip(staged)
        copy_into_live(staged, current)
        att = staging / "attachments"
        if att.exists():
            for p in att.rglob("*"):
                if p.is_file():
                    dst = root / "attachments" / p.relative_to(att)
                    if not dst.exists():
                        dst.parent.mkdir(parents=True, exist_ok=True)
                        p.replace(dst)
        _open_once(root, lock)
        return RestoreResult(manifest, theirs, str(manifest.get("created_at")), pre)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _mark_restored(staged: Path, backup_name: str, made: str) -> None:
    """Note in the staged database which event the log is restored to, for the "restored" event."""
    con = sqlite3.connect(str(staged))
    try:
        last = con.execute("SELECT COALESCE(MAX(seq), 0) FROM audit_log").fetchone()[0]
        con.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                    (K_RESTORED, json.dumps({"to_event": last, "backup": backup_name, "backup_made": made},
                                            ensure_ascii=False)))
        con.commit()
    finally:
        con.close()


def _move_tip(staged: Path) -> None:
    """Point the keyring's newest-event tip (store/audit.py) at the backup's last event before the copy: it is in
    the restored log and, the backup being an earlier state of this log, in the current one too, so a restore
    killed at any moment is not taken for removed events."""
    from zwcx_desktop import credentials
    from zwcx_desktop.store.auditkeys import tip_name
    from zwcx_desktop.store.keys import K_SECRET_STORE

    con = sqlite3.connect(str(staged))
    try:
        row = con.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        iid = con.execute("SELECT value FROM settings WHERE key='install_id'").fetchone()
        chosen = con.execute("SELECT value FROM settings WHERE key=?", (K_SECRET_STORE,)).fetchone()
    finally:
        con.close()
    if row is None or iid is None:
        return
    try:
        credentials.set_secret(tip_name(iid[0]), json.dumps({"seq": row[0], "hash": row[1]}),
                               chosen is not None and chosen[0] == "file")
    except credentials.NoKeyring:
        pass  # no tip can be kept where there is no keyring; the restore goes on


def _open_once(root: Path, lock: WriterLock) -> None:
    """Open the restored store as its writer (migrating an older backup) so that its "restored" event is written
    now, still under the restore's lock."""
    from zwcx_desktop.store.app import App

    try:
        App(root, lock).close(keep_lock=True)
    except Exception:  # noqa: BLE001 - the data is restored; the event stays pending for the next writer to open it
        pass


def record_restore(app) -> None:
    """Append the "restored to event N" audit event a restore left pending (App does this as the writer)."""
    from zwcx_desktop.store import settings
    from zwcx_desktop.store.audit import SYSTEM_ACTOR, AuditWriter
    from zwcx_desktop.store.records import utcnow

    if app.setting(K_RESTORED) is None:  # the usual case, read first: no write transaction at every start-up
        return
    with app.db.write() as s:
        raw = settings.get(s, K_RESTORED)
        if raw is None:
            return
        try:
            detail = json.loads(raw)
        except ValueError:
            detail = {}
        w = AuditWriter(s)
        w.add(utcnow(), SYSTEM_ACTOR, RESTORED, detail={
            "to_event": int(detail.get("to_event") or 0), "backup": str(detail.get("backup")),
            "backup_made": str(detail.get("backup_made"))})
        w.flush()
        settings.forget(s, K_RESTORED)
