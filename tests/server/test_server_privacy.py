"""The server re-validates pushed documents with the personal-data guard; text a base version held passes."""

from __future__ import annotations

import uuid

from tests.legacy import before_the_guard
from tests.server.test_server import Dev, op, unit_doc


def test_push_refuses_new_personal_numbers_but_not_what_the_base_version_held(server):
    dev = Dev(server, server.township("A"))
    rid = str(uuid.uuid4())
    legacy = unit_doc("万宝镇") | {"address": "政府路1号 138 1234 5678"}
    first = op(rid, legacy, 1)
    with before_the_guard():  # stored by a version of zwcx from before the guard
        assert dev.push([first]).json()["results"][0]["status"] == "applied"
    # A later version that keeps the old text (a rename, a lifecycle step) still syncs.
    second = op(rid, legacy | {"name": "万宝镇人民政府"}, 2, base=first["version_id"], version=2)
    # New text with a number is refused, naming the field and never the number; so is a new record with one.
    third = op(rid, legacy | {"name": "万宝镇 +86 139 1234 5678"}, 3, base=second["version_id"], version=3)
    fresh = op(str(uuid.uuid4()), unit_doc("新村") | {"address": "村部 0086 13912345678"}, 4)
    results = dev.push([second, third, fresh]).json()["results"]
    assert [r["status"] for r in results] == ["applied", "rejected", "rejected"]
    assert "name: contains a full mobile number" in results[1]["reason"]
    assert "address: contains a full mobile number" in results[2]["reason"]
    assert not any("1234 5678" in r.get("reason", "") or "13912345678" in r.get("reason", "") for r in results)
