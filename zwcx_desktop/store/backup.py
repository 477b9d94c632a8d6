"""Backups of a whole data directory (database + attachments), and reading one back for a restore.

A backup is a zip with a manifest (format, schema revision, home unit, sha256 of every member). `read_backup`
checks all of it in a staging folder, so a corrupt or foreign backup is refused before anything changes; the
restore itself is `restore.py`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from zwcx_desktop import __version__
from zwcx_desktop.config import db_path
from zwcx_desktop.store.migrate import connect_read_only, current_revision, sqlite_copy

FORMAT = "zwcx-backup"
FORMAT_VERSION = 1
KNOWN_REVISIONS = ("0001_initial", "0002_search", "0003_contact_balances", "0004_private_search",
                   "0005_key_check", "0006_audit_keyed", "0007_conflict_index", "0008_contracts",
                   "0009_dishonesty_supervision", "0010_report_batches", "0011_sort_keys")


class BackupError(ValueError):
    pass


def _sha(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def home_unit(db: Path) -> dict[str, str | None]:
    """The office a database belongs to (id, name, uscc; all None when it was never set up)."""
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
                    "schema_revision": current_revision(snap), "home_unit": home_unit(snap),
                    "database_sha256": members["zwcx.sqlite3"], "attachments": len(files)}
        part = out.with_name(out.name + ".part")
        try:
            with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as z:
                z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
                z.write(snap, "zwcx.sqlite3")
                for p in files:
                    z.write(p, f"attachments/{p.relative_to(att_root).as_posix()}")
            part.replace(out)
        except BaseException:
            part.unlink(missing_ok=True)  # a backup cut short (a full disk) leaves no half zip behind
            raise
    return manifest


@dataclass(frozen=True)
class BackupSizes:
    """What unpacking a backup takes on disk: every member uncompressed, and its database alone."""

    unpacked: int
    database: int


def backup_sizes(path: Path) -> BackupSizes:
    """The unpacked sizes a backup's zip declares (the most `read_backup` writes: members are cut at their
    declared size), read before anything is unpacked; BackupError when it is no zip at all."""
    if not path.is_file():
        raise BackupError(f"no backup file at {path}")
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError):
        raise BackupError(f"{path} is not a zwcx backup (not a zip archive)") from None
    return BackupSizes(sum(i.file_size for i in infos),
                       sum(i.file_size for i in infos if i.filename == "zwcx.sqlite3"))


def read_backup(path: Path, staging: Path) -> dict:
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
