"""The 政务失信 batch for the city credit platform (#17): 双公示-style columns, a batch number and a receipt, and no
natural-person field in it, whether .xlsx or CSV; plus `zwcx list/show` hiding person-level records from a clerk."""

from __future__ import annotations

import csv
import json

from openpyxl import load_workbook
from sqlalchemy import select

from tests.dishonesty_docs import decided, person_record, unit_record
from zwcx_core.domain.credit_report import COLUMNS
from zwcx_desktop.cli.main import main
from zwcx_desktop.store.models import ReportBatch

#: DOMAIN.md "Reporting columns", as the platform's template orders them.
DOMAIN_COLUMNS = ["行政相对人名称", "统一社会信用代码", "法定代表人", "决定文书号", "违法/失信行为类型", "事实", "依据",
                  "类别", "内容", "金额(万元)", "决定日期", "有效期/公示截止期", "认定机关", "认定机关统一社会信用代码",
                  "数据来源单位", "数据来源单位统一社会信用代码", "备注"]


def _confirmed(app, admin, payload):
    rid = app.records.create("dishonesty", payload, admin)
    app.records.transition(rid, "confirmed", admin)
    return rid


def _cli(capsys, app, *args):
    code = main(["--data-dir", str(app.root), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_report_batch_holds_findings_of_units_only_and_keeps_a_receipt(app, admin, tmp_path, capsys):
    unit_id = _confirmed(app, admin, unit_record(app, **decided()))
    app.records.create("dishonesty", unit_record(app, title="尚在核实的线索"), admin)  # a lead: not a finding
    person = person_record(app)
    _confirmed(app, admin, person | {"severity": "minor"})
    xlsx, csv_path = tmp_path / "batch.xlsx", tmp_path / "batch.csv"
    code, out, err = _cli(capsys, app, "export", "dishonesty-report", "-o", str(xlsx))
    assert code == 0, err
    code, out2, err = _cli(capsys, app, "export", "dishonesty-report", "-o", str(csv_path), "--csv")
    assert code == 0, err
    assert "batch 230102-" in out and "1 dishonesty records" in out

    ws = load_workbook(xlsx, read_only=True).active
    rows = [[c if c is not None else "" for c in r] for r in ws.iter_rows(values_only=True)]
    assert list(COLUMNS) == DOMAIN_COLUMNS and rows[0] == [*DOMAIN_COLUMNS, "批次号"]
    assert len(rows) == 2
    got = dict(zip(rows[0], rows[1], strict=True))
    assert got["行政相对人名称"] == "道里区新阳路街道办事处" and got["统一社会信用代码"] == "11230102MB1234567L"
    assert got["违法/失信行为类型"] == "拖欠中小企业账款" and got["金额(万元)"] == "12.000000"
    assert got["决定日期"] == "2026-04-10" and got["有效期/公示截止期"] == "2027-04-10"
    assert got["认定机关统一社会信用代码"] == "112301020045678905" and got["类别"] == "一般"
    assert got["数据来源单位"] == "道里区新阳路街道办事处" and got["法定代表人"] == ""

    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    crow = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert crow[0] == rows[0] and crow[1][:-1] == rows[1][:-1]
    everything = raw.decode("utf-8-sig") + json.dumps(rows, ensure_ascii=False)
    for value in (person["person_name"], person["person_position"], person["title"], person["decision_no"]):
        assert value not in everything
    with app.db.read() as s:
        batches = s.execute(select(ReportBatch).order_by(ReportBatch.batch_no)).scalars().all()
    assert [b.batch_no for b in batches] == [rows[1][-1], crow[1][-1]] and rows[1][-1].endswith("-01")
    assert [b.record_count for b in batches] == [1, 1] and json.loads(batches[0].versions)[0][0] == unit_id
    assert batches[1].file_format == "csv" and len(batches[1].file_sha256) == 64

    # The generic export of the kind leaves person-level records out too.
    code, _, err = _cli(capsys, app, "export", "dishonesty", "-o", str(tmp_path / "all.xlsx"))
    assert code == 0, err
    cells = json.dumps([list(r) for r in load_workbook(tmp_path / "all.xlsx").active.iter_rows(values_only=True)],
                       ensure_ascii=False, default=str)
    assert "尚在核实的线索" in cells and person["title"] not in cells and person["person_name"] not in cells
    # Even a list the administrator sees with person-level records exports without them (the GUI's export).
    from zwcx_desktop.io.export import export_records
    from zwcx_desktop.store import queries as Q

    assert export_records(app, Q.Filter("dishonesty", persons=True), tmp_path / "admin.xlsx") == 2


def test_zwcx_list_and_show_hide_a_person_level_record_from_a_clerk(app, admin, capsys):
    pid = app.records.create("dishonesty", person_record(app), admin)
    app.records.create("dishonesty", unit_record(app), admin)
    code, out, _ = _cli(capsys, app, "list", "dishonesty", "--json", "--as", "clerk")
    assert code == 0 and json.loads(out)["total"] == 1 and pid not in out
    code, out, err = _cli(capsys, app, "show", pid, "--as", "clerk")
    assert code != 0 and "赵铁柱" not in out + err and f"no record with id {pid}" in err
    code, out, _ = _cli(capsys, app, "list", "dishonesty", "--json", "--as", "admin")
    assert json.loads(out)["total"] == 2


def test_zwcx_indicators_counts_dishonesty_records_as_the_user_may(app, admin, capsys):
    app.records.create("dishonesty", person_record(app), admin)
    app.records.create("dishonesty", unit_record(app, **decided()), admin)
    code, out, err = _cli(capsys, app, "indicators", "--from", "2026-01-01", "--to", "2026-12-31")
    assert code == 0, err
    assert "政务失信记录\t拖欠中小企业账款 1、纪律处分(政务处分) 1" in out and "整改完成率\t—\t0/0" in out
    code, out, err = _cli(capsys, app, "indicators", "--from", "2026-01-01", "--to", "2026-12-31", "--json",
                          "--as", "clerk")
    assert code == 0, err
    assert json.loads(out)["credit"]["by_type"] == {"拖欠中小企业账款": 1}


def test_the_platform_receipt_is_entered_once_by_an_administrator_and_audited(app, admin, tmp_path, capsys):
    from zwcx_desktop.store.models import AuditEvent

    _confirmed(app, admin, unit_record(app, **decided()))
    code, out, err = _cli(capsys, app, "export", "dishonesty-report", "-o", str(tmp_path / "b.xlsx"))
    assert code == 0, err
    batch = out.split("batch ")[1].split(",")[0]
    code, out, _ = _cli(capsys, app, "report-batches")
    assert code == 0 and batch in out and "待回执" in out
    # A clerk may not enter it; a wrong date, an unknown batch and a second, different receipt are refused.
    code, _, err = _cli(capsys, app, "report-batches", "receipt", batch, "--receipt-no", "HLJ-2026-0042",
                        "--date", "2026-12-01", "--as", "clerk")
    assert code != 0 and "administrator" in err
    code, _, err = _cli(capsys, app, "report-batches", "receipt", batch, "--receipt-no", "HLJ-2026-0042",
                        "--date", "2099-01-01")
    assert code != 0 and "should fall between" in err
    code, _, err = _cli(capsys, app, "report-batches", "receipt", "230102-20260101-99", "--receipt-no", "X1",
                        "--date", "2026-12-01")
    assert code != 0 and "no batch numbered" in err
    code, _, err = _cli(capsys, app, "report-batches", "receipt", batch, "--receipt-no", "HLJ 42",
                        "--date", "2026-12-01")
    assert code != 0 and "without spaces" in err
    with app.db.read() as s:
        assert s.get(ReportBatch, batch).receipt_no is None

    today = _today_text()
    code, out, err = _cli(capsys, app, "report-batches", "receipt", batch, "--receipt-no", "HLJ-2026-0042",
                          "--date", today)
    assert code == 0 and "recorded" in out, err
    code, out, err = _cli(capsys, app, "report-batches", "receipt", batch, "--receipt-no", "HLJ-2026-0042",
                          "--date", today)
    assert code == 0 and "already recorded" in out, err
    code, _, err = _cli(capsys, app, "report-batches", "receipt", batch, "--receipt-no", "HLJ-2026-0043",
                        "--date", today)
    assert code != 0 and "already has the receipt HLJ-2026-0042" in err
    code, out, _ = _cli(capsys, app, "report-batches", "--json")
    got = json.loads(out)
    assert got[0]["batch_no"] == batch and got[0]["receipt_no"] == "HLJ-2026-0042" and got[0]["receipt_date"] == today
    with app.db.read() as s:
        actions = s.execute(select(AuditEvent.action).where(AuditEvent.record_id == batch)
                            .order_by(AuditEvent.seq)).scalars().all()
    assert actions == ["report_batch_written", "report_batch_receipt"]
    code, out, err = _cli(capsys, app, "check", "--local")
    assert code == 0, err


def _today_text() -> str:
    import datetime as dt

    return dt.date.today().isoformat()


def test_a_batch_cell_with_a_full_personal_number_refuses_the_batch_and_writes_nothing(app, admin, tmp_path,
                                                                                      capsys):
    from tests.legacy import before_the_guard

    _confirmed(app, admin, unit_record(app, **decided()))
    with before_the_guard():  # text accepted before the personal-data guard, or synced in from such a computer
        # Free text leaves masked (core's credit_report.row) ...
        _confirmed(app, admin, unit_record(app, **decided(decision_no="(2026)黑0102执124号",
                                                        facts="经核实，联系人电话13812345678，拖欠账款。")))
    masked = tmp_path / "masked.csv"
    code, out, err = _cli(capsys, app, "export", "dishonesty-report", "-o", str(masked), "--csv")
    assert code == 0, err
    assert "13812345678" not in masked.read_text(encoding="utf-8-sig") and "138****5678" in masked.read_text(
        encoding="utf-8-sig")
    with before_the_guard():
        # ... a code cell, written as typed, holding a mobile number refuses the batch instead.
        _confirmed(app, admin, unit_record(app, **decided(decision_no="13812345678")))
    out_file = tmp_path / "batch.xlsx"
    code, out, err = _cli(capsys, app, "export", "dishonesty-report", "-o", str(out_file))
    assert code != 0 and "决定文书号" in err and "mobile" in err
    assert "13812345678" not in out + err
    assert not out_file.exists()
    with app.db.read() as s:
        assert len(s.execute(select(ReportBatch)).all()) == 1  # the masked batch's row only


def test_a_batch_whose_row_is_not_recorded_leaves_no_file(app, admin, tmp_path, monkeypatch):
    import pytest

    from zwcx_desktop.io import credit_report

    _confirmed(app, admin, unit_record(app, **decided()))

    def fail(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(credit_report, "_audit", fail)
    out = tmp_path / "out"
    for csv_format, name in ((False, "batch.xlsx"), (True, "batch.csv")):
        with pytest.raises(OSError, match="disk full"):
            credit_report.export_report(app, out / name, admin, csv_format=csv_format)
    assert list(out.iterdir()) == []  # neither the batch nor a temporary file
    with app.db.read() as s:
        assert s.execute(select(ReportBatch)).first() is None
