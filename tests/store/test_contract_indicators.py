"""Contract indicators read from the store, in `zwcx indicators` and in its export, against a hand-computed set."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from zwcx_desktop.store.facts import contract_indicators

START, END = dt.date(2026, 1, 1), dt.date(2026, 6, 30)


def hand_set(app, admin) -> None:
    """SME goods contracts paid 30 days after delivery, 100,000 yuan each, and two lawsuits; over 2026-01-01 to
    2026-06-30:
    - A delivered 01-10 (due 02-09), paid 02-01: on time, 22 days to pay;
    - B delivered 02-01 (due 03-03), paid 03-13: late, 40 days to pay;
    - C delivered 03-01 (due 03-31), unpaid: late, and 91 days overdue at 06-30 (the 91–180 bucket);
    - D delivered 06-20 (due 07-20): not due in the period; E a draft, overdue, not counted.
    按期支付率 1/3, one contract and 100,000.00 overdue, 31.0 days to pay on average; one lawsuit pending, one
    judgment past its deadline (05-01) and not performed."""
    home = app.home_unit_id()

    def contract(title: str, *events: tuple[str, str], sign: bool = True) -> None:
        rid = app.records.create("contract", {
            "unit_id": home, "title": title, "contract_type": "procurement_goods", "counterparty": "哈尔滨某科技有限公司",
            "sme_declared": True, "signed_date": "2026-01-05", "amount": "100000", "payment_basis": "delivery",
            "payment_days": 30, "events": [{"type": t, "date": d, "amount": "100000" if t == "payment" else None}
                                           for t, d in events]}, admin)
        if sign:
            app.records.transition(rid, "performing", admin)

    contract("A", ("delivery", "2026-01-10"), ("payment", "2026-02-01"))
    contract("B", ("delivery", "2026-02-01"), ("payment", "2026-03-13"))
    contract("C", ("delivery", "2026-03-01"))
    contract("D", ("delivery", "2026-06-20"))
    contract("E", ("delivery", "2026-01-10"), sign=False)
    suit = {"unit_id": home, "court": "哈尔滨市道里区人民法院", "role": "defendant", "counterparty": "哈尔滨某建筑有限公司"}
    app.records.create("lawsuit", suit | {"case_no": "(2026)黑0102民初1号", "filed_date": "2026-02-01"}, admin)
    judged = app.records.create("lawsuit", suit | {
        "case_no": "(2026)黑0102民初2号", "filed_date": "2026-01-15", "judgment_date": "2026-04-01",
        "amount": "50000", "perform_deadline": "2026-05-01"}, admin)
    app.records.transition(judged, "judged", admin)


def test_the_store_gives_the_hand_computed_figures(app, admin):
    hand_set(app, admin)
    with app.db.read() as s:
        rows = contract_indicators(s, START, END, today=dt.date(2026, 12, 1))
    total = rows[0]
    assert total.unit_id is None and len(rows) == 2  # all units, then the office
    assert (total.on_time.numerator, total.on_time.denominator) == (1, 3)
    assert (total.overdue_contracts, total.overdue_obligations, total.overdue_amount) == (1, 1, Decimal("100000.00"))
    assert [(label, n) for label, n, _ in total.ageing] == [("0-30", 0), ("31-90", 0), ("91-180", 1), (">180", 0)]
    assert total.avg_days_to_pay == 31.0
    assert (total.lawsuits_pending, total.judgments_unperformed) == (1, 1)


def test_a_period_running_past_today_stops_today(app, admin):
    hand_set(app, admin)
    with app.db.read() as s:
        # As of 2026-03-20 C is not due yet (03-31) and B was paid late on 03-13.
        rows = contract_indicators(s, START, dt.date(2026, 12, 31), today=dt.date(2026, 3, 20))
        future = contract_indicators(s, dt.date(2027, 1, 1), dt.date(2027, 12, 31), today=dt.date(2026, 3, 20))
    total = rows[0]
    assert total.end == dt.date(2026, 3, 20)
    assert (total.on_time.numerator, total.on_time.denominator, total.overdue_contracts) == (1, 2, 0)
    assert len(future) == 1 and future[0].on_time.denominator == 0


def test_cli_indicators_and_their_export(app, admin, data_dir, capsys, tmp_path):
    from openpyxl import load_workbook

    from zwcx_desktop.cli.main import main

    hand_set(app, admin)
    assert main(["--data-dir", str(data_dir), "indicators", "--from", "2026-01-01", "--to", "2026-06-30",
                 "--json"]) == 0
    overall = json.loads(capsys.readouterr().out)["contracts"][0]
    assert overall["unit_name"] == "全部" and overall["paid_on_time"]["percent"] == "33.3%"
    assert overall["overdue_amount"] == "100000.00" and overall["avg_days_to_pay"] == 31.0
    assert overall["ageing"][2] == {"days": "91-180", "obligations": 1, "amount": "100000.00"}
    assert main(["--data-dir", str(data_dir), "indicators", "--from", "2026-01-01", "--to", "2026-06-30"]) == 0
    text = capsys.readouterr().out
    assert "按期支付率" in text and "全部\t33.3% (1/3)\t1\t100000.00\t0/0.00\t0/0.00\t1/100000.00\t0/0.00\t31.0\t1\t1" \
        in text, text
    out = tmp_path / "ind.xlsx"
    assert main(["--data-dir", str(data_dir), "export", "indicators", "-o", str(out), "--from", "2026-01-01",
                 "--to", "2026-06-30"]) == 0
    assert "contract indicators of 2 rows" in capsys.readouterr().out
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "指标"
    ws = wb["合同履约"]
    assert ws.cell(2, 2).value == "按期支付率" and ws.cell(3, 1).value == "全部"
    assert [ws.cell(3, c).value for c in (2, 3, 4, 5, 6)] == [1 / 3, 1, 3, 1, 100000.0]


def test_the_clock_copies_count_as_the_whole_documents(app, admin):
    """Every payment basis, acceptances passed and failed, settlements, instalments: the indicators from the small
    copies SQLite picks out (and keeps by version) equal those from the whole documents."""
    from bench.bench_payments import make_contracts
    from zwcx_core.domain.payment_indicators import contract_indicators_by_unit
    from zwcx_desktop.store import facts

    docs = make_contracts(200, 1000, seed=3)
    for d in docs:
        del d["id"], d["status"]
        d |= {"unit_id": app.home_unit_id(), "title": "合同", "contract_type": "procurement_goods", "counterparty": "某公司"}
        for row in d["events"] + d["instalments"]:
            row.pop("id")
    ids = app.records.create_many("contract", docs, admin)
    app.records.transition_many(ids[:150], "performing", admin)
    start, end = dt.date(2024, 6, 1), dt.date(2025, 12, 31)
    with app.db.read() as s:
        whole = contract_indicators_by_unit([d for d in facts.contract_docs(s) if d["status"] != "draft"], [], start, end)
        kept = contract_indicators(s, start, end, today=end)  # from the columns and clock_facts: no document
    assert whole[0].on_time.denominator > 100 and whole[0].overdue_contracts > 10
    assert [r.to_dict() for r in kept] == [r.to_dict() for r in whole]
