"""Files (evidence, photos of the posted notice) stored once by sha256 under the data directory."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from pathlib import Path

from zwcx_desktop.store.db import Database
from zwcx_desktop.store.models import Attachment

MAX_SIZE = 50 * 1024 * 1024


def blob_path(root: Path, sha256: str) -> Path:
    """Where the file with this hash lives (two-character fan-out keeps folders small)."""
    return root / "attachments" / sha256[:2] / sha256


def store_file(db: Database, src: Path, actor: str) -> str:
    """Copy a file into the store (if not there yet) and return its sha256.

    The copy is written to a temporary file and renamed, so a crash never leaves a half file under its hash.
    """
    from zwcx_desktop.store.records import utcnow

    src = Path(src)
    if not src.is_file():
        raise FileNotFoundError(f"no file at {src}")
    size = src.stat().st_size
    if size > MAX_SIZE:
        raise ValueError(f"{src.name} is {size // 1_048_576} MiB; files up to {MAX_SIZE // 1_048_576} MiB are accepted")
    h = hashlib.sha256()
    with src.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    sha = h.hexdigest()
    dst = blob_path(db.root, sha)
    if not dst.exists():
        dst.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=dst.parent, prefix=".part-")
        os.close(fd)
        try:
            shutil.copyfile(src, tmp)
            os.replace(tmp, dst)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)  # a copy cut short (a full disk) must not stay behind
            raise
    with db.write() as s:
        if s.get(Attachment, sha) is None:
            s.add(Attachment(sha256=sha, size=size, filename=src.name[:255],
                             mime=mimetypes.guess_type(src.name)[0], created_at=utcnow(), created_by=actor))
    return sha


def store_bytes(db: Database, data: bytes, filename: str, actor: str) -> str:
    """Store in-memory content (e.g. a blob pulled by sync) and return its sha256."""
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / (Path(filename).name or "file")
        p.write_bytes(data)
        return store_file(db, p, actor)


def missing(db: Database) -> list[str]:
    """Hashes recorded in the database whose file is absent or of the wrong size."""
    from sqlalchemy import select

    out = []
    with db.read() as s:
        for sha, size in s.execute(select(Attachment.sha256, Attachment.size)):
            p = blob_path(db.root, sha)
            if not p.is_file() or p.stat().st_size != size:
                out.append(sha)
    return out
