"""The server's memory stays bounded when a township holds many large roster notices.

A roster disclosure carries its list in the version document (store/roster.py), up to wire.MAX_DOC_BYTES. A pull
page bounded only by count once put 150 of them into one 141 MB answer and the server at 1.18 GB resident. Here the
real server runs as its own process; its peak resident size (VmHWM) is read from /proc after a device has pulled
everything, and again after the largest file allowed went up and down (uploads append pieces, downloads stream
them).
"""

from __future__ import annotations

import hashlib
import os
import time
import uuid
from pathlib import Path

import pytest

from tests.sync.devices import Device
from tests.sync.serverproc import ServerProcess
from zwcx_core import wire
from zwcx_desktop.notices.samples import ADMIN, make_samples
from zwcx_desktop.sync.client import SyncClient

ROSTERS = 150
ROSTER_ROWS = 3100  # ~1 MB of canonical JSON with the note each copy adds: just under wire.MAX_DOC_BYTES
PEAK_LIMIT_MB = 300


def _peak_rss_mb(pid: int) -> float:
    """The process's peak resident set size so far (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM line in /proc/PID/status")


def _roster_doc(root: Path) -> dict:
    """A real roster disclosure document, made by the desktop: reviewed, then posted (snapshot taken)."""
    from zwcx_desktop.store.app import App

    app = App(root)
    try:
        rid = make_samples(app, ADMIN, roster_size=ROSTER_ROWS)["roster"]
        app.records.transition(rid, "publicizing", ADMIN)
        return app.records.get(rid).doc
    finally:
        app.close()


def _ops(doc: dict, first_seq: int, n: int) -> list[wire.Op]:
    """`n` distinct roster disclosures shaped like `doc` (each its own title and rows, so its own content)."""
    ops = []
    for i in range(first_seq, first_seq + n):
        d = doc | {"title": f"{doc['title']}（第{i}批）", "roster": [row | {"note": f"批次{i}"}
                                                                  for row in doc["roster"]]}
        raw = wire.canonical_json(d).encode("utf-8")
        assert len(raw) <= wire.MAX_DOC_BYTES
        ops.append(wire.Op(str(uuid.uuid4()), i, "upsert", "disclosure", str(uuid.uuid4()), str(uuid.uuid4()),
                           None, None, 1, hashlib.sha256(raw).hexdigest(), d, "clerk", "2026-03-05T08:00:00Z"))
    return ops


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak RSS from /proc")
def test_pulling_many_large_rosters_keeps_server_memory_bounded(tmp_path):
    doc = _roster_doc(tmp_path / "maker")
    size = len(wire.canonical_json(doc).encode("utf-8"))
    assert 900_000 < size <= wire.MAX_DOC_BYTES
    srv = ServerProcess(tmp_path / "server.sqlite3").start()
    try:
        t = srv.township("A")
        sender, receiver = Device(tmp_path / "a", srv, t), Device(tmp_path / "b", srv, t)
        baseline = _peak_rss_mb(srv.proc.pid)
        c = SyncClient(srv.url, sender.token, timeout=(5, 120))
        try:
            for first in range(1, ROSTERS + 1, 5):  # ~5 MB a push (the client splits larger ones)
                ans = c.push(_ops(doc, first, min(5, ROSTERS + 1 - first)))
                assert {r["status"] for r in ans["results"]} == {"applied"}, ans["results"][0]
        finally:
            c.close()
        after_push = _peak_rss_mb(srv.proc.pid)
        started = time.monotonic()
        res = receiver.sync(srv.url, timeout=120)
        took = time.monotonic() - started
        peak = _peak_rss_mb(srv.proc.pid)
        assert res.pulled == ROSTERS
        assert len(receiver.all_versions()) == ROSTERS
        print(f"server peak RSS: {baseline:.0f} MB at start, {after_push:.0f} MB after the pushes, {peak:.0f} MB "
              f"after pulling {ROSTERS} rosters of {size} bytes in {res.pages} page(s), {took:.1f} s")
        assert peak <= PEAK_LIMIT_MB, f"server peak RSS {peak:.0f} MB (limit {PEAK_LIMIT_MB} MB)"
        # The largest file, uploaded in the client's pieces and once in one request, then downloaded.
        big = os.urandom(wire.MAX_BLOB_BYTES - 1000)
        sha = hashlib.sha256(big).hexdigest()
        c = SyncClient(srv.url, sender.token, timeout=(5, 120))
        try:
            c.put_blob(sha, big)
            assert c.get_blob(sha) == big
            other = big[::-1]
            r = c.session.put(f"{srv.url}/v1/blobs/{hashlib.sha256(other).hexdigest()}", data=other, timeout=120)
            assert r.json()["status"] == "stored"
        finally:
            c.close()
        peak = _peak_rss_mb(srv.proc.pid)
        print(f"server peak RSS after two files of {len(big)} bytes up and one down: {peak:.0f} MB")
        assert peak <= PEAK_LIMIT_MB, f"server peak RSS {peak:.0f} MB (limit {PEAK_LIMIT_MB} MB)"
        sender.close()
        receiver.close()
    finally:
        srv.stop()
