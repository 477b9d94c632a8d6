"""The server's side of audit anchors over raw HTTP: the optional `audit` push field is checked and kept per
device, a device sees only its own anchors, and a malformed field or query is refused in one line."""

from __future__ import annotations

import gzip
import json
import uuid

import requests

from tests.server.test_server import Dev


def _push_audit(dev: Dev, audit) -> requests.Response:
    bid = str(uuid.uuid4())
    return dev.push([], batch_id=bid, raw=gzip.compress(json.dumps({"batch_id": bid, "ops": [],
                                                                    "audit": audit}).encode()))


def _anchors(dev: Dev, query: str = "") -> requests.Response:
    return requests.get(f"{dev.url}/v1/audit/anchors{query}", headers=dev.h, timeout=10)


def test_anchors_are_kept_per_device_and_listed_from_an_event_on(server):
    t = server.township("A")
    a, b = Dev(server, t), Dev(server, t)
    hashes = [f"{i:064x}" for i in range(1, 6)]
    r = _push_audit(a, [{"seq": i + 1, "hash": h} for i, h in enumerate(hashes)])
    assert r.status_code == 200 and r.json()["audit_anchored"] == 5
    page = _anchors(a, "?from=3&limit=2").json()
    assert page["anchors"] == [[3, hashes[2]], [4, hashes[3]]] and page["through"] == 5 and page["forks"] == []
    assert _anchors(b).json()["anchors"] == []  # another device's log is not this one's
    # Sent again (a receipt lost): nothing doubles.
    assert _push_audit(a, [{"seq": 5, "hash": hashes[4]}]).json()["audit_anchored"] == 5
    assert len(_anchors(a).json()["anchors"]) == 5


def test_a_difference_without_a_restore_is_recorded_once_and_not_anchored(server):
    a = Dev(server, server.township("A"))
    _push_audit(a, [{"seq": 1, "hash": "a" * 64}, {"seq": 2, "hash": "b" * 64}])
    for _ in range(2):
        ans = _push_audit(a, [{"seq": 2, "hash": "c" * 64}, {"seq": 3, "hash": "d" * 64}]).json()
        assert ans["audit_anchored"] == 2 and ans["audit_differs_at"] == 2
    page = _anchors(a).json()
    assert page["anchors"] == [[1, "a" * 64], [2, "b" * 64]]
    assert [(f["kind"], f["first_differing_seq"]) for f in page["forks"]] == [("rewritten", 2)]


def test_malformed_audit_fields_and_queries_are_refused_in_one_line(server):
    a = Dev(server, server.township("A"))
    for audit, words in (("x", "audit must be a list"), ([{"seq": 0, "hash": "a" * 64}], "audit[0]: seq"),
                         ([{"seq": 2, "hash": "a" * 64}, {"seq": 1, "hash": "b" * 64}], "increasing"),
                         ([{"seq": 1, "hash": "A" * 64}], "audit[0]: hash"),
                         ([{"seq": 3, "hash": "a" * 64, "restored_to": 3}], "restored_to")):
        r = _push_audit(a, audit)
        assert r.status_code == 400 and words in r.json()["error"], (audit, r.text)
        assert "\n" not in r.json()["error"]
    for q in ("?from=x", "?from=1&limit=0", f"?from={'9' * 30}"):
        r = _anchors(a, q)
        assert r.status_code == 400 and "Traceback" not in r.text, q
