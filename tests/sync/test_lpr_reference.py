"""The 1-year LPR table (reference data, 条例 art. 17) from the municipal server to a new contract's floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.sync.devices import CLERK, Device
from zwcx_desktop.sync import engine

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "reference" / "lpr.json"
CONTRACT = {"title": "道路维修", "contract_type": "construction", "counterparty": "甲建筑有限公司",
            "amount": "100000.00", "payment_basis": "delivery"}


def test_the_shipped_lpr_table_reaches_the_desktop_by_sync_and_prefills_new_contracts(server, tmp_path, capsys):
    from zwcx_server import cli

    t = server.township("A")
    a = Device(tmp_path / "a", server, t)
    try:
        unit = a.app.records.create("unit", {"name": "红旗乡", "unit_type": "township"}, CLERK)
        blank = a.app.records.create("contract", CONTRACT | {"unit_id": unit, "signed_date": "2025-06-01"}, CLERK)
        assert not a.app.records.get(blank).doc.get("lpr_at_signing")  # no table yet: left blank, not guessed
        # The administrator's command on the real file, against the running server's database.
        assert cli.main(["--db", server.db.url, "load-reference", str(SAMPLE)]) == 0
        assert json.loads(capsys.readouterr().out) == {"lpr": 8}
        assert a.sync(server.url).reference_updated
        docs = {day: a.app.records.get(a.app.records.create(
            "contract", CONTRACT | {"unit_id": unit, "signed_date": day}, CLERK)).doc
            for day in ("2024-10-20", "2024-10-21", "2025-05-20", "2026-11-30")}
        assert {d: doc["lpr_at_signing"] for d, doc in docs.items()} == {
            "2024-10-20": "3.35", "2024-10-21": "3.10", "2025-05-20": "3.00", "2026-11-30": "3.00"}
        typed = a.app.records.create("contract", CONTRACT | {"unit_id": unit, "signed_date": "2025-06-01",
                                                             "lpr_at_signing": "3.10"}, CLERK)
        assert a.app.records.get(typed).doc["lpr_at_signing"] == "3.10"  # what the clerk typed stands
        early = a.app.records.create("contract", CONTRACT | {"unit_id": unit, "signed_date": "2019-01-02"}, CLERK)
        assert not a.app.records.get(early).doc.get("lpr_at_signing")  # before the table starts
    finally:
        a.close()


def test_a_malformed_lpr_table_is_refused_by_the_server_and_by_the_desktop(server, tmp_path):
    from sqlalchemy import insert

    from zwcx_server import service
    from zwcx_server.models import ReferenceItem

    with pytest.raises(ValueError, match=r"LPR table item 2 .*\"one_year\""):
        service.load_reference(server.db, {"lpr": [{"from": "2025-05-20", "one_year": "3.00"},
                                                   {"from": "2025-06-20", "one_year": "-1"}]})
    t = server.township("A")
    a = Device(tmp_path / "a", server, t)
    try:
        service.load_reference(server.db, {"lpr": [{"from": "2025-05-20", "one_year": "3.00"}]})
        a.sync(server.url)
        with server.db.write() as s:  # past load-reference's own check, as a broken server would send it
            s.execute(insert(ReferenceItem).values(category="lpr", key="2026-01-20",
                                                   value='{"from": "2026-01-20", "one_year": "lots"}'))
        with pytest.raises(engine.SyncError, match=r"reference data from the server: LPR table item 2"):
            a.sync(server.url)
        kept = json.loads(a.app.setting(engine.K_REFERENCE))["lpr"]
        assert kept == [{"from": "2025-05-20", "one_year": "3.00"}]
    finally:
        a.close()
