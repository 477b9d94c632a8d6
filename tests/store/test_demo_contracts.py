"""The demo holds the contract ledger: every type and payment basis, the events that drive the clocks, the three
warning levels, and lawsuits; and it still passes `zwcx check`."""

from __future__ import annotations

import datetime as dt
import io
import json

from sqlalchemy import text

from tests.conftest import CONTACT_ARGS, PASSWORD, USCC
from zwcx_core.domain.enums import ContractEventType, ContractStatus, ContractType, PaymentBasis
from zwcx_core.domain.payment_indicators import annual_disclosure
from zwcx_core.domain.payment_warnings import DUE_SOON, OVERDUE, warnings
from zwcx_desktop.cli.main import main

TODAY = dt.date(2026, 11, 16)


def _docs(app, table: str) -> list[dict]:
    with app.db.read() as s:
        rows = s.execute(text(f"SELECT t.id, v.doc FROM {table} t JOIN record_versions v "
                              "ON v.version_id = t.version_id WHERE t.deleted = 0")).all()
    return [json.loads(doc) | {"id": rid} for rid, doc in rows]


def test_the_demo_holds_contracts_and_lawsuits_of_every_kind_and_passes_check(capsys, monkeypatch, data_dir):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--data-dir", str(data_dir), "init", "--unit-name", "道里区新阳路街道办事处", "--unit-code", USCC,
                 "--division", "230102", "--admin", "admin", "--password-stdin", *CONTACT_ARGS]) == 0
    assert main(["--data-dir", str(data_dir), "demo", "--records", "400", "--today", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "contract: 14" in out and "lawsuit: 2" in out
    from zwcx_desktop.store.app import App

    app = App(data_dir)
    try:
        contracts, lawsuits = _docs(app, "contracts"), _docs(app, "lawsuits")
    finally:
        app.close()
    assert {d["contract_type"] for d in contracts} == {t.value for t in ContractType}
    assert {d["payment_basis"] for d in contracts} == {b.value for b in PaymentBasis}
    assert {d["status"] for d in contracts} == {s.value for s in ContractStatus}
    events = {e["type"] for d in contracts for e in d.get("events") or []}
    assert events >= {t.value for t in ContractEventType} - {"confirm_answer"}
    assert any(d.get("deposits") for d in contracts) and any(d.get("instalments") for d in contracts)
    assert any("超过60日" in (d.get("flags") or "") and "利率低于LPR" in d["flags"] for d in contracts)
    # The clocks see all three warning levels, the deposit overdue, the 确权 answer and the judgment to perform.
    found = warnings(TODAY, contracts, lawsuits)
    assert {w.level for w in found} >= {OVERDUE, DUE_SOON}
    assert {w.kind for w in found} >= {"payment", "deposit", "confirm", "judgment"}
    judged = next(d for d in lawsuits if d["status"] == "judged")
    assert judged["perform_deadline"] > TODAY.isoformat() and judged["contract_id"] in {d["id"] for d in contracts}
    assert {d["status"] for d in lawsuits} == {"judged", "pending"}
    # As of the reference day the overdue SME money is on three contracts (part-paid, late acceptance, 确权).
    assert annual_disclosure(contracts, 2026).contracts >= 3
    assert main(["--data-dir", str(data_dir), "check", "--local"]) == 0, capsys.readouterr().err
