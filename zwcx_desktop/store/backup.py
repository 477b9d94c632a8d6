"""Backups of a whole data directory (database + attachments) and safe restore.

A backup is a zip with a manifest (format, schema revision, home unit, sha256 of every member). Restore checks
all of it in a staging folder first and swaps the database in only when every check passed, so a corrupt or
foreign backup leaves the current data untouched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
import tempfile
import zipfile
from pathlib import Path

from zwcx_desktop import __version__
from zwcx_desktop.config import db_path
from zwcx_desktop.store.migrate import connect_read_only, current_revision, sqlite_copy

FORMAT = "zwcx-backup"
FORMAT_VERSION = 1
KNOWN_REVISIONS = ("0001_initial", "0002_search", "0003_contact_balances")


class BackupError(ValueError):
    pass


def _sha(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _home_unit(db: Path) -> dict[str, str | None]:
    con = connect_read_only(db)
    try:
        row = con.execute("SELECT value FROM settings WHERE key='home_unit_id'").fetchone()
        if not row:
            return {"id": None, "name": None, "uscc": None}
        u = con.execute("SELECT name, uscc FROM units WHERE id=?", (row[0],)).fetchone()
        return {"id": row[0], "name": u[0] if u else None, "uscc": u[1] if u else None}
    finally:
        con.close()


def create_backup(root: Path, out: Path) -> dict:
    """Write a backup of the data directory `root` to `out` (atomically); returns the manifest."""
    src = db_path(root)
    if not src.exists():
        raise BackupError(f"there is no database in {root} to back up")
    out = out.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        snap = Path(tmp) / "zwcx.sqlite3"
        sqlite_copy(src, snap)
        members: dict[str, str] = {"zwcx.sqlite3": _sha(snap)}
        att_root = root / "attachments"
        files = sorted(p for p in att_root.rglob("*") if p.is_file() and not p.name.startswith(".part-")) \
            if att_root.exists() else []
        for p in files:
            members[f"attachments/{p.relative_to(att_root).as_posix()}"] = p.name  # named by their own hash
        manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
                    "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "schema_revision": current_revision(snap), "home_unit": _home_unit(snap),
                    "database_sha256": members["zwcx.sqlite3"], "attachments": len(files)}
        part = out.with_name(out.name + ".part")
        with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
            z.write(snap, "zwcx.sqlite3")
            for p in files:
                z.write(p, f"attachments/{p.relative_to(att_root).as_posix()}")
        part.replace(out)
    return manifest


def _read_backup(path: Path, staging: Path) -> dict:
    """Extract and verify a backup into `staging`; raise BackupError saying what is wrong."""
    if not path.is_file():
        raise BackupError(f"no backup file at {path}")
    try:
        z = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise BackupError(f"{path} is not a zwcx backup (not a zip archive)") from None
    with z:
        try:
            manifest = json.loads(z.read("manifest.json"))
        except (KeyError, ValueError):
            raise BackupError(f"{path} is not a zwcx backup (no readable manifest)") from None
        if manifest.get("format") != FORMAT:
            raise BackupError(f"{path} is not a zwcx backup (format {manifest.get('format')!r})")
        if manifest.get("format_version", 0) > FORMAT_VERSION:
            raise BackupError(f"{path} was made by a newer zwcx ({manifest.get('app_version')}); update zwcx first")
        bad = z.testzip()
        if bad:
            raise BackupError(f"{path} is damaged: member {bad} fails its checksum")
        for name in z.namelist():
            if name.startswith("/") or ".." in Path(name).parts:
                raise BackupError(f"{path} holds an unsafe path {name!r}")
        z.extractall(staging)
    db = staging / "zwcx.sqlite3"
    if not db.is_file() or _sha(db) != manifest.get("database_sha256"):
        raise BackupError(f"{path} is damaged: the database does not match the manifest")
    con = sqlite3.connect(str(db))
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} is damaged: {exc}") from None
    finally:
        con.close()
    if ok != "ok":
        raise BackupError(f"{path} is damaged: database integrity check says {ok}")
    rev = current_revision(db)
    if rev not in KNOWN_REVISIONS:
        raise BackupError(f"{path} has database schema {rev!r}, which this zwcx does not know")
    att = staging / "attachments"
    if att.exists():
        for p in att.rglob("*"):
            if p.is_file() and _sha(p) != p.name:
                raise BackupError(f"{path} is damaged: attachment {p.name} does not match its hash")
    return manifest


def restore_backup(root: Path, path: Path) -> dict:
    """Replace the data in `root` by the backup at `path`; the replaced database is kept under backups/.

    Refuses (changing nothing) a damaged backup, a file that is not a zwcx backup, or the backup of another
    office when this data directory belongs to one already.
    """
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=root))
    try:
        manifest = _read_backup(path.resolve(), staging)
        current = db_path(root)
        if current.exists():
            mine = _home_unit(current) if current_revision(current) else {"uscc": None}
            theirs = manifest.get("home_unit") or {}
            if mine.get("uscc") and theirs.get("uscc") and mine["uscc"] != theirs["uscc"]:
                raise BackupError(
                    f"{path} belongs to another office ({theirs.get('name')}, {theirs.get('uscc')}); this data "
                    f"directory belongs to {mine.get('name')} ({mine['uscc']}). Restore it into an empty "
                    f"--data-dir instead"
                )
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            sqlite_copy(current, root / "backups" / f"pre-restore-{stamp}.sqlite3")
        for extra in ("-wal", "-shm"):
            Path(str(current) + extra).unlink(missing_ok=True)
        (staging / "zwcx.sqlite3").replace(current)
        att = staging / "attachments"
        if att.exists():
            for p in att.rglob("*"):
                if p.is_file():
                    dst = root / "attachments" / p.relative_to(att)
                    if not dst.exists():
                        dst.parent.mkdir(parents=True, exist_ok=True)
                        p.replace(dst)
        return manifest
    finally:
        shutil.rmtree(staging, ignore_errors=True)
