"""Importing the office's contract ledger (合同履约台账) through the real command line: recognised Chinese headers,
events from the ledger columns, one message per bad cell naming row and column, all or nothing, and the export
in the same columns imports again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook, load_workbook
from sqlalchemy import text

from tests.io.conftest import init_dir
from zwcx_desktop.store.app import App

D = dt.datetime
SME, OTHER = "91230102MA1B2C3D46", "91230103MA18X2K5TC"
BAD_CHECK = "91230102MA1B2C3D47"  # SME with the last character changed
HEADERS = ["序号", "合同名称", "合同编号", "合同类型", "相对方", "统一社会信用代码", "是否中小企业", "签订日期", "合同金额",
           "资金来源", "付款期限(日)", "验收期限(日)", "交付日期", "验收日期", "已付金额", "付款日期", "备注"]
GOOD = [
    [1, "办公桌椅采购", "XY-2026-001", "政府采购(货物)", "哈尔滨某家具有限公司", SME, "是", D(2026, 3, 2), 48000.0,
     "一般公共预算", 30, None, D(2026, 3, 20), None, 20000.0, D(2026, 4, 10), "分批付款"],
    [2, "村道硬化工程", "XY-2026-002", "工程建设", "黑龙江某建设有限公司", OTHER, "否", D(2026, 4, 1), 350000.5,
     "专项债", 60, 20, D(2026, 6, 30), D(2026, 7, 15), None, None, None],
    [3, "物业服务", None, "政府采购(服务)", "某物业服务有限公司", None, "小型企业", "2026/5/6", "￥12,000.00",
     None, None, None, None, None, None, None, None],
]


def ledger(path: Path, rows: list[list], headers: list[str] = HEADERS) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["新阳路街道合同履约台账"])  # a title row above the header, as offices keep them
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def contract_docs(data_dir: Path) -> list[dict]:
    app = App(data_dir)
    try:
        with app.db.read() as s:
            ids = [r for (r,) in s.execute(text("SELECT id FROM contracts WHERE deleted = 0 ORDER BY signed_date"))]
        return [app.records.get(i).doc for i in ids]
    finally:
        app.close()


def test_a_good_ledger_imports_with_its_events_and_the_clocks_run(zwcx, data_dir, tmp_path):
    code, out, err = zwcx("import", "contracts", ledger(tmp_path / "台账.xlsx", GOOD), "--as", "admin")
    assert code == 0, err
    assert "imported 3 contracts as drafts" in out
    assert "column '备注' is not imported" not in err  # a known column, deliberately skipped
    desk, road, prop = contract_docs(data_dir)
    assert (desk["contract_no"], desk["contract_type"], desk["sme_declared"], desk["amount"]) == \
        ("XY-2026-001", "procurement_goods", True, "48000.00")
    assert desk["counterparty_uscc"] == SME and desk["payment_days"] == 30 and desk["funding_source"] == "一般公共预算"
    assert [(e["type"], e["date"], e.get("amount")) for e in desk["events"]] == [
        ("delivery", "2026-03-20", None), ("payment", "2026-04-10", "20000.00")]
    # Delivered 20 March, 30 days: due 19 April; 28 000 of 48 000 still open.
    assert (desk["amount_paid"], desk["amount_outstanding"], desk["next_due_date"]) == \
        ("20000.00", "28000.00", "2026-04-19")
    assert road["amount"] == "350000.50" and road["sme_declared"] is False and road["acceptance_days"] == 20
    assert [e["type"] for e in road["events"]] == ["delivery", "acceptance"] and road["events"][1]["passed"] is True
    assert (prop["amount"], prop["sme_declared"], prop["signed_date"]) == ("12000.00", True, "2026-05-06")
    assert not prop.get("events")
    assert {d["status"] for d in (desk, road, prop)} == {"draft"}


def test_bad_rows_write_nothing_and_each_message_names_row_and_column(zwcx, data_dir, tmp_path):
    bad = [list(r) for r in GOOD]
    bad[0][5] = BAD_CHECK                      # row 3: credit code check character
    bad[1][8] = -100.0                         # row 4: negative amount
    bad[2][8] = "1200.555"                     # row 5: three decimals
    bad.append([4, "旧合同", "XY-1890", "其他", "某公司", None, "否", D(1890, 1, 1), 100.0] + [None] * 8)  # row 6
    bad.append([5, "验收早于交付", "XY-2026-005", "其他", "某公司", None, "否", D(2026, 2, 1), 100.0, None, None, None,
                D(2026, 3, 1), D(2026, 2, 20), None, None, None])  # row 7
    bad.append([6, "多付", "XY-2026-006", "其他", "某公司", None, "否", D(2026, 2, 1), 100.0, None, None, None,
                D(2026, 3, 1), None, 150.0, D(2026, 3, 5), None])  # row 8
    bad.append([7, "付款无日期", "XY-2026-001", "其他", "某公司", None, "否", D(2026, 2, 1), 100.0, None, None, None,
                None, None, 50.0, None, None])  # row 9: also the number of row 3
    code, _out, err = zwcx("import", "contracts", ledger(tmp_path / "bad.xlsx", bad), "--as", "admin")
    assert code == 1
    lines = [ln for ln in err.splitlines() if ": row " in ln]
    def has(row: int, col: str, words: str) -> bool:
        return any(f"row {row}, column {col}" in ln and words in ln for ln in lines)
    assert has(3, "F (统一社会信用代码)", "check character is wrong"), err
    assert has(4, "I (合同金额)", "negative"), err
    assert has(5, "I (合同金额)", "decimal"), err
    assert has(6, "H (签订日期)", "check the year"), err
    assert has(7, "N (验收日期)", "acceptance is before the first delivery"), err
    assert has(8, "O (已付金额)", "more than the 100.00 yuan owed"), err
    assert has(9, "P (付款日期)", "needs its payment date"), err
    assert has(9, "C (合同编号)", "same contract number as row 3"), err
    assert "7 of 7 rows have problems; nothing was imported" in err
    assert BAD_CHECK not in err  # a code is never echoed back
    assert contract_docs(data_dir) == []


def test_the_export_imports_again_into_another_office_with_the_same_position(zwcx, data_dir, tmp_path, capsys,
                                                                             monkeypatch):
    assert zwcx("import", "contracts", ledger(tmp_path / "台账.xlsx", GOOD), "--as", "admin")[0] == 0
    out_file = tmp_path / "export.xlsx"
    code, out, err = zwcx("export", "contracts", "-o", out_file)
    assert code == 0, err
    headers = [c.value for c in next(load_workbook(out_file, read_only=True).active.iter_rows(max_row=1))]
    assert headers[:3] == ["签约单位", "合同名称", "合同编号"] and "已付金额(元)" in headers
    # The same ledger again: refused by contract number, nothing written twice.
    code, _out, err = zwcx("import", "contracts", out_file, "--as", "admin")
    assert code == 1 and "this contract number is already in the ledger" in err
    other = tmp_path / "other"
    init_dir(capsys, monkeypatch, other)
    # The signing unit is named by its name: the other office has the same name (a restored office).
    code, out, err = zwcx("import", "contracts", out_file, "--as", "admin", data=other)
    assert code == 0, err
    keep = ("title", "contract_no", "contract_type", "counterparty", "counterparty_uscc", "sme_declared",
            "signed_date", "amount", "funding_source", "payment_basis", "payment_days", "acceptance_days",
            "amount_paid", "amount_outstanding", "next_due_date", "flags")
    before = [{k: d.get(k) for k in keep} for d in contract_docs(data_dir)]
    after = [{k: d.get(k) for k in keep} for d in contract_docs(other)]
    assert after == before and len(after) == 3


def test_the_contract_template_has_the_headers_the_importer_reads(zwcx, tmp_path):
    from zwcx_desktop.io import contract_headers as C

    out = tmp_path / "模板.xlsx"
    code, _o, err = zwcx("template", "contracts", "-o", out)
    assert code == 0, err
    headers = [c.value for c in load_workbook(out).active[1]]
    assert sorted(C.map_columns(headers).values()) == sorted(C.IMPORT_FIELDS)
    # Filled in and imported as it is.
    wb = load_workbook(out)
    ws = wb.active
    row = {"合同名称": "培训服务", "合同类型": "其他", "相对方": "某培训学校", "签订日期": D(2026, 6, 1), "合同金额(元)": 5000}
    for i, h in enumerate(headers, 1):
        if h in row:
            ws.cell(2, i, row[h])
    wb.save(out)
    code, out_text, err = zwcx("import", "contracts", out, "--as", "admin")
    assert code == 0 and "imported 1 contracts" in out_text, err


def test_a_lawsuit_exports_its_contract_by_number(zwcx, data_dir, tmp_path):
    from tests.sync.devices import CLERK

    assert zwcx("import", "contracts", ledger(tmp_path / "台账.xlsx", GOOD), "--as", "admin")[0] == 0
    desk = contract_docs(data_dir)[0]
    app = App(data_dir)
    try:
        with app.db.read() as s:
            cid = s.execute(text("SELECT id FROM contracts WHERE contract_no = 'XY-2026-001'")).scalar_one()
        app.records.create("lawsuit", {"unit_id": app.home_unit_id(), "contract_id": cid, "court": "哈尔滨市道里区人民法院",
                                       "case_no": "(2026)黑0102民初123号", "counterparty": desk["counterparty"],
                                       "filed_date": "2026-06-01"}, CLERK)
    finally:
        app.close()
    out = tmp_path / "案件.xlsx"
    assert zwcx("export", "lawsuits", "-o", out)[0] == 0
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1][rows[0].index("关联合同")] == "XY-2026-001"
