"""Attachment tasks for the desktop: store a file (core does the hashing and atomic copy), name stored files."""

from __future__ import annotations

import os
from pathlib import Path


def store_file(_handle, app, path: str | os.PathLike, username: str) -> str:
    """Task: copy `path` into the attachment store and return its sha256."""
    from zwcx_desktop.store import attachments

    return attachments.store_file(app.db, Path(path), username)


def blob_path(app, sha256: str) -> Path:
    from zwcx_desktop.store import attachments

    return attachments.blob_path(app.db.root, sha256)


def file_names(app, hashes: list[str]) -> dict[str, str]:
    """sha256 -> original file name of stored attachments."""
    from sqlalchemy import select

    from zwcx_desktop.store.models import Attachment

    if not hashes:
        return {}
    with app.db.read() as s:
        return dict(s.execute(select(Attachment.sha256, Attachment.filename)
                              .where(Attachment.sha256.in_(hashes))).all())
