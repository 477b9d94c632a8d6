"""A device at the server's quota of unfinished uploads still finishes those, so its next round goes through."""

from __future__ import annotations

import hashlib

import pytest
import requests

from tests.sync.devices import CLERK, Device
from zwcx_desktop.store.attachments import store_bytes
from zwcx_desktop.sync import engine
from zwcx_desktop.sync.client import ServerRefused
from zwcx_server import service


def test_files_refused_over_the_quota_wait_while_unfinished_uploads_resume(server, tmp_path):
    t = server.township("A")
    a = Device(tmp_path / "a", server, t)
    size = 3 << 19  # larger than the client's upload piece (1 MiB), so a new file starts an unfinished upload
    files = sorted((bytes([i]) * size for i in range(service.PART_QUOTA_COUNT + 1)),
                   key=lambda b: hashlib.sha256(b).hexdigest())
    shas = [store_bytes(a.app.db, data, f"photo{i}.jpg", "clerk") for i, data in enumerate(files)]
    # Earlier rounds were cut off inside every file but the first (in the order the device uploads them).
    for sha, data in zip(shas[1:], files[1:], strict=True):
        r = requests.put(f"{server.url}/v1/blobs/{sha}", data=data[:1000], timeout=10,
                         headers={"Authorization": f"Bearer {a.token}",
                                  "Content-Range": f"bytes 0-999/{len(data)}"})
        assert r.json()["status"] == "partial"
    unit = a.app.records.create("unit", {"name": "甲", "unit_type": "township"}, CLERK)
    a.app.records.create("disclosure", {"unit_id": unit, "kind": "政务公开", "doc_type": "公示", "title": "公示照片",
                                        "body": "…", "formed_date": "2026-01-05", "posting_evidence": shas}, CLERK)
    caller = service.Caller(a.app.setting("sync_device_id"), t, "A", "A 乡")
    with pytest.raises(ServerRefused, match="unfinished file upload"):
        a.sync(server.url)
    assert [service.blob_state(server.db, caller, h)[0] for h in shas] == [None] + [size] * (len(shas) - 1)
    a.sync(server.url)
    assert all(service.blob_state(server.db, caller, h)[0] == size for h in shas)
    assert engine.status(a.app)["pending"] == 0
    a.close()
