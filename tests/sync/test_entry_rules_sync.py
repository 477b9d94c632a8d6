"""The entry rules at the server: a record accepted before them keeps moving and syncing; a new value is judged."""

from __future__ import annotations

from tests.legacy import before_the_entry_rules
from tests.sync.devices import CLERK, Device, assert_converged

LEGACY = {"service_area": "elderly", "policy": "高龄津贴", "beneficiary_name": "王伟", "amount": "-50.00",
          "delivery_date": "2099-01-01"}


def test_a_legacy_record_moves_on_and_syncs_while_a_new_negative_amount_is_rejected(server, tmp_path):
    t = server.township("A")
    a, b = Device(tmp_path / "a", server, t), Device(tmp_path / "b", server, t)
    unit = a.app.records.create("unit", {"name": "万宝镇", "unit_type": "township"}, CLERK)
    with before_the_entry_rules():  # saved and synced by a zwcx from before the entry rules
        rid = a.app.records.create("service", LEGACY | {"unit_id": unit}, CLERK)
        assert a.sync(server.url).rejected == 0
    # The server judges the next version again and spares what the accepted one held.
    a.app.records.transition(rid, "reviewed", CLERK)
    assert a.sync(server.url).rejected == 0
    b.sync(server.url)
    assert b.app.records.get(rid).status == "reviewed" and b.app.records.get(rid).doc["amount"] == "-50.00"
    assert_converged(server, t, [a, b])
    # A device that still lets a negative amount through is refused at the server for a new record.
    with before_the_entry_rules():
        a.app.records.create("service", LEGACY | {"unit_id": unit, "beneficiary_name": "李娜",
                                                  "delivery_date": "2026-01-05"}, CLERK)
    r = a.sync(server.url)
    assert r.rejected == 1
