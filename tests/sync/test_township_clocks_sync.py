"""The office's supervision clocks are the township's: an administrator's edit on one computer goes through the
real server on loopback to the township's other computers (never to another township's), the latest edit wins,
a malformed one is refused by name, and a server older than the endpoint leaves the edit pending."""

from __future__ import annotations

import json

import pytest

from tests.sync.devices import CLERK, Device, assert_converged
from zwcx_desktop.store import clock_presets, reference
from zwcx_desktop.sync.client import ServerRefused

PATH = "/v1/township/supervision-clocks"


def clocks(amount: int) -> str:
    """An edit of the 12345 reply clock to `amount` working days."""
    return json.dumps({"hotline_12345": [
        {"name": "reply_by", "unit": "working_days", "from": "received", "amount": amount},
        {"name": "callback_by", "unit": "days", "from": "closed", "amount": 1}]})


def effective(d: Device) -> dict:
    with d.app.db.read() as s:
        return clock_presets.effective_document(s)


def state(d: Device) -> str:
    with d.app.db.read() as s:
        return clock_presets.share_state(s)


def open_case(d: Device) -> str:
    unit = d.app.records.create("unit", {"name": "红旗乡", "unit_type": "township"}, CLERK)
    return d.app.records.create("supervision", {
        "unit_id": unit, "channel": "hotline_12345", "request_type": "complaint", "ref_no": "GD001",
        "title": "小区门口路灯不亮", "content": "路灯连续一周不亮。", "received_date": "2026-03-02"}, CLERK)


@pytest.fixture
def devices(server, tmp_path):
    t, other = server.township("A"), server.township("B")
    devs = [Device(tmp_path / n, server, tid) for n, tid in (("a", t), ("b", t), ("c", other))]
    yield t, devs
    for d in devs:
        d.close()


def test_an_edit_on_one_computer_counts_on_the_townships_others_and_the_latest_wins(server, devices):
    t, (a, b, c) = devices
    rid = open_case(a)
    a.sync(server.url)
    b.sync(server.url)
    assert b.app.records.get(rid).doc["due_date"] == "2026-03-19"  # the default: 15 working days

    clock_presets.save_local(a.app, clocks(5), CLERK)
    assert state(a) == "pending" and a.app.records.get(rid).doc["due_date"] == "2026-03-09"
    assert a.sync(server.url).clocks_shared and state(a) == "shared"
    res = b.sync(server.url)
    assert res.reference_updated and effective(b) == effective(a)
    assert b.app.records.get(rid).doc["due_date"] == "2026-03-09" and state(b) == "shared"
    # The computers agree, so their saves no longer flip the due date: further rounds add no version.
    for d in (a, b, a, b):
        d.sync(server.url)
    heads = {d.app.records.get(rid).version_id for d in (a, b)}
    for d in (a, b):
        d.sync(server.url)
    assert {d.app.records.get(rid).version_id for d in (a, b)} == heads and len(heads) == 1
    assert_converged(server, t, [a, b])

    clock_presets.save_local(b.app, clocks(7), CLERK)  # later, on the other computer
    b.sync(server.url)
    a.sync(server.url)
    assert effective(a) == effective(b) != effective(c)
    assert effective(a)["hotline_12345"][0]["amount"] == 7
    assert a.app.records.get(rid).doc["due_date"] == "2026-03-11" and state(a) == "shared"

    clock_presets.save_local(a.app, "{}", CLERK)  # back to the server's presets (here the defaults)
    a.sync(server.url)
    with b.app.db.read() as s:  # the rules are per process: b's own, as its process would have them
        clock_presets.install(s)
    late = open_case(b)  # registered on b before it learns of the change
    assert b.app.records.get(late).doc["due_date"] == "2026-03-11"
    b.sync(server.url)
    a.sync(server.url)
    assert effective(b) == effective(a) == effective(c)
    for d in (a, b):
        assert d.app.records.get(rid).doc["due_date"] == "2026-03-19" == d.app.records.get(late).doc["due_date"]

    c.sync(server.url)  # another township's computer
    with c.app.db.read() as s:
        assert clock_presets.SECTION not in reference.stored(s)
        assert effective(c)["hotline_12345"][0]["amount"] != 7 and clock_presets.local_document(s) == {}


def test_an_edit_older_than_the_townships_is_replaced_by_it(server, devices, monkeypatch):
    _t, (a, b, _c) = devices
    a.sync(server.url)
    clock_presets.save_local(a.app, clocks(4), CLERK)  # saved first, sent last
    clock_presets.save_local(b.app, clocks(9), CLERK)
    b.sync(server.url)
    res = a.sync(server.url)  # the township's later edit arrives with the reference data and replaces a's
    assert not res.clocks_shared and state(a) == "shared"
    assert effective(a)["hotline_12345"][0]["amount"] == 9

    # A round that read the reference data before the other computer's upload: the server's 409 rules.
    clock_presets.save_local(a.app, clocks(3), CLERK)
    clock_presets.save_local(b.app, clocks(8), CLERK)
    b.sync(server.url)
    with a.app.db.read() as s:
        pending = clock_presets.pending(s)
    cl = a.client(server.url)
    try:
        with pytest.raises(ServerRefused) as refused:
            cl.put_township_clocks(pending["document"], pending["edited_at"])
        assert refused.value.status == 409
        assert refused.value.answer["current"]["document"]["hotline_12345"][0]["amount"] == 8
    finally:
        cl.close()
    from zwcx_desktop.sync import engine

    # As if this round had read the reference data just before b's upload.
    monkeypatch.setattr(engine, "_reference", lambda *_a: None)
    res = a.sync(server.url)
    assert not res.clocks_shared and state(a) == "shared"
    assert effective(a)["hotline_12345"][0]["amount"] == 8 == effective(b)["hotline_12345"][0]["amount"]


def test_the_server_refuses_a_malformed_document_by_name(server, devices):
    _t, (a, _b, _c) = devices
    a.sync(server.url)
    cl = a.client(server.url)
    try:
        bad = json.loads(clocks(5))
        bad["hotline_12345"][0]["amount"] = -1
        with pytest.raises(ServerRefused) as refused:
            cl.put_township_clocks(bad, "2026-03-02T08:00:00Z")
        assert refused.value.status == 422
        assert "supervision_clocks.hotline_12345[0]" in str(refused.value) and "amount" in str(refused.value)
        with pytest.raises(ServerRefused) as refused:
            cl.put_township_clocks({"no_such_channel": []}, "2026-03-02T08:00:00Z")
        assert refused.value.status == 422 and "unknown channel" in str(refused.value)
        with pytest.raises(ServerRefused) as refused:
            cl.put_township_clocks({}, "2026-03-02 08:00")  # no zone
        assert refused.value.status == 400 and "edited_at" in str(refused.value)
    finally:
        cl.close()
    assert not a.sync(server.url).reference_updated  # nothing was kept, so the digest did not change


def test_a_server_older_than_the_endpoint_leaves_the_edit_pending_without_failing(server, devices):
    _t, (a, b, _c) = devices
    app = server.server.config.app
    routes = list(app.router.routes)
    app.router.routes[:] = [r for r in routes if getattr(r, "path", "") != PATH]
    try:
        clock_presets.save_local(a.app, clocks(5), CLERK)
        res = a.sync(server.url)
        assert not res.clocks_shared and state(a) == "pending"
        assert any("older server" in w for w in res.warnings)
        assert json.loads(a.app.setting("sync_last_result"))["ok"] is True
        b.sync(server.url)
        assert effective(b) != effective(a)  # not shared, as the warning says
    finally:
        app.router.routes[:] = routes
    assert a.sync(server.url).clocks_shared and state(a) == "shared"  # the server upgraded: sent at last
    b.sync(server.url)
    assert effective(b) == effective(a)


def test_an_edit_saved_before_sharing_is_sent_but_yields_to_any_township_edit(server, devices):
    _t, (a, b, _c) = devices
    doc = json.loads(clocks(6))
    with a.app.db.write() as s:  # as a version that kept the edit on this computer alone left it
        clock_presets.settings.put(s, clock_presets.K_LOCAL, json.dumps(doc))
    assert state(a) == "pending"
    assert a.sync(server.url).clocks_shared and state(a) == "shared"
    b.sync(server.url)
    assert effective(b)["hotline_12345"][0]["amount"] == 6

    with a.app.db.write() as s:
        clock_presets.settings.put(s, clock_presets.K_EDITED, "")  # a legacy edit again, not yet sent
    clock_presets.save_local(b.app, clocks(2), CLERK)
    b.sync(server.url)
    a.sync(server.url)
    assert effective(a)["hotline_12345"][0]["amount"] == 2 and state(a) == "shared"
