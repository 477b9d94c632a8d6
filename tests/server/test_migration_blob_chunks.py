"""0004 moves each stored file's bytes into pieces without changing them, and drops unfinished uploads."""

from __future__ import annotations

import hashlib

from alembic import command
from sqlalchemy import select, text

from tests.server.test_migrations import _cfg
from zwcx_server import service
from zwcx_server.db import ServerDB
from zwcx_server.models import BlobChunk, BlobPart


def test_stored_files_keep_their_bytes_in_pieces_and_unfinished_uploads_are_dropped(db_url):
    data = bytes(range(256)) * (10 * 1024) + b"tail"  # 2.5 MiB and a bit: three pieces
    sha = hashlib.sha256(data).hexdigest()
    db = ServerDB(db_url)
    try:
        with db.engine.begin() as conn:
            command.upgrade(_cfg(conn), "0003_device_acked_seq")
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO townships (id, code, name, last_seq, created_at) "
                              "VALUES (1, 'OLD', '旧乡镇', 0, '2026-01-01 00:00:00')"))
            conn.execute(text("INSERT INTO blobs (township_id, sha256, size, data, created_at) "
                              "VALUES (1, :h, :n, :d, '2026-01-01 00:00:00')"), {"h": sha, "n": len(data), "d": data})
            conn.execute(text("INSERT INTO blob_parts (township_id, sha256, total, data) VALUES (1, :h, 10, :d)"),
                         {"h": "0" * 64, "d": b"half"})
        db.upgrade()
        with db.read() as s:
            pieces = s.execute(select(BlobChunk.start, BlobChunk.data).order_by(BlobChunk.start)).all()
            assert s.execute(select(BlobPart)).first() is None
        assert [p.start for p in pieces] == [0, 1 << 20, 2 << 20]
        assert b"".join(p.data for p in pieces) == data
        size, stream = service.blob_get(db, service.Caller("d", 1, "OLD", "旧乡镇"), sha)
        assert size == len(data) and b"".join(stream) == data
    finally:
        db.close()
