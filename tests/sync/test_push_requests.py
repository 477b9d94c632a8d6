"""The client splits a push into requests bounded by bytes, and stops where the server stops."""

from __future__ import annotations

import hashlib
import uuid

from tests.server.test_server import unit_doc
from tests.sync.devices import Device
from zwcx_core import wire
from zwcx_core.domain.canonical import content_hash
from zwcx_desktop.sync import client as client_mod
from zwcx_server import service


def _op(seq: int, name: str, blobs: list[str] | None = None) -> wire.Op:
    doc = unit_doc(name)
    return wire.Op(str(uuid.uuid4()), seq, "upsert", "unit", str(uuid.uuid4()), str(uuid.uuid4()), None, None, 1,
                   content_hash(doc), doc, "t", "2026-01-01T00:00:00Z", blobs or [])


def test_a_push_goes_in_requests_of_bounded_bytes_and_ends_at_an_op_waiting_for_a_file(server, tmp_path,
                                                                                        monkeypatch):
    t = server.township("A")
    dev = Device(tmp_path / "a", server, t)
    c = dev.client(server.url, timeout=10)
    sizes: list[int] = []
    send = c._push_request
    monkeypatch.setattr(c, "_push_request", lambda ops, pieces, extra=b"": sizes.append(len(ops)) or send(ops, pieces, extra))
    photo = hashlib.sha256(b"photo").hexdigest()
    largest = len(client_mod.json.dumps(_op(1, "单位00", [photo]).to_json(), ensure_ascii=False,
                                        separators=(",", ":")).encode())
    monkeypatch.setattr(client_mod, "PUSH_REQUEST_BYTES", 2 * largest + 20)  # two ops a request
    ans = c.push([_op(i + 1, f"单位{i:02d}") for i in range(5)])
    assert sizes == [2, 2, 1] and [r["status"] for r in ans["results"]] == ["applied"] * 5
    sizes.clear()
    ops = [_op(6, "甲"), _op(7, "乙"), _op(8, "丙"), _op(9, "丁", [photo]), _op(10, "戊")]
    ans = c.push(ops)
    assert sizes == [2, 2]  # the second request ended at the op waiting for its file; the last was not sent
    assert [r["status"] for r in ans["results"]] == ["applied", "applied", "applied", "need_blobs"]
    caller = service.Caller(dev.app.setting("sync_device_id"), t, "A", "A 乡")
    assert service.sync_state(server.db, caller, None)["acked_seq"] == 8
    c.close()
    dev.close()
