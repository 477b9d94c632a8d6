"""Roster import through the real command line: formats, validation, all-or-nothing, duplicates, bad files."""

from __future__ import annotations

import datetime as dt
import sqlite3

from openpyxl import Workbook, load_workbook

from tests.io.conftest import assert_no_full_ids, service_docs
from tests.io.rosters import HEADERS, bad_check, csv_bytes, make_id, roster_rows, write_xlsx

IMPORT = ("import", "services")


def error_lines(err: str) -> list[str]:
    return [ln for ln in err.splitlines() if ln.strip()]


def test_xlsx_roster_under_a_merged_title_imports_every_row(zwcx, tmp_path, data_dir):
    rows = roster_rows(6)
    f = write_xlsx(tmp_path / "高龄津贴.xlsx", rows)
    code, out, err = zwcx(*IMPORT, f, "--area", "养老", "--policy", "高龄津贴", "--period", "2026-03")
    assert code == 0, err
    assert "imported 6 service records" in out
    docs = service_docs(data_dir)
    assert [d["beneficiary_name"] for d in docs] == [r[1] for r in rows]
    first = docs[0]
    assert first["service_area"] == "elderly" and first["policy"] == "高龄津贴" and first["period"] == "2026-03"
    assert first["household_size"] == 2 and first["village"] == "安静社区1"
    assert first["amount"] == "1201.50" and first["delivery_date"] == "2026-03-05"
    assert first["id_masked"] == rows[0][2][:2] + "*" * 13 + rows[0][2][-3:]
    assert "citizen_id" not in first and len(first["id_fingerprint"]) == 64
    assert_no_full_ids(data_dir, [r[2] for r in rows])


def test_gb18030_and_utf8_bom_csv_are_detected(zwcx, tmp_path, data_dir):
    gb = tmp_path / "低保名单.csv"
    gb.write_bytes(csv_bytes(roster_rows(3), "gb18030"))
    assert gb.read_bytes().startswith("序号,姓名".encode("gb18030"))  # really GB18030 bytes, no BOM
    code, out, err = zwcx(*IMPORT, gb, "--area", "扶贫", "--policy", "最低生活保障", "--period", "2026-03")
    assert code == 0, err
    bom = tmp_path / "bom.csv"
    bom.write_bytes(csv_bytes(roster_rows(3, start=10), "utf-8-sig"))
    assert bom.read_bytes()[:3] == b"\xef\xbb\xbf"
    code, out, err = zwcx(*IMPORT, bom, "--area", "poverty", "--policy", "最低生活保障", "--period", "2026-03")
    assert code == 0, err
    names = [d["beneficiary_name"] for d in service_docs(data_dir)]
    assert names == [r[1] for r in roster_rows(3)] + [r[1] for r in roster_rows(3, start=10)]
    assert all(d["delivery_date"] == "2026-03-05" for d in service_docs(data_dir))


def test_one_bad_last_row_imports_nothing_and_names_row_column_reason(zwcx, tmp_path, data_dir):
    rows = roster_rows(5)
    rows[-1][2] = bad_check(rows[-1][2])
    f = write_xlsx(tmp_path / "r.xlsx", rows)
    code, out, err = zwcx(*IMPORT, f, "--area", "养老", "--policy", "高龄津贴")
    assert code == 1
    lines = error_lines(err)
    # Title row 1, header row 2, data rows 3..7: the last row is spreadsheet row 7, ID in column C.
    assert lines[0] == ("zwcx: r.xlsx (sheet 'Sheet1'): row 7, column C (身份证号): citizen ID (身份证号) check "
                        "character is wrong: position 18 does not match the other digits (a digit is probably "
                        "mistyped)")
    assert lines[-1].startswith("zwcx: error: r.xlsx (sheet 'Sheet1'): 1 of 5 rows have problems; nothing was "
                                "imported")
    assert service_docs(data_dir) == []
    for cid in (r[2] for r in rows):
        assert cid not in err and cid not in out  # messages never echo an ID number


def test_every_bad_cell_is_reported(zwcx, tmp_path, data_dir):
    rows = roster_rows(4)
    rows[0][3] = "三"  # household size
    rows[1][5] = "12.345"  # amount
    rows[2][6] = "2026-02-30"  # date
    rows[3][1] = None  # name
    rows[3][2] = 230102195003070011  # ID typed as a number
    f = write_xlsx(tmp_path / "r.xlsx", rows, title=None)
    code, _, err = zwcx(*IMPORT, f, "--area", "养老", "--policy", "高龄津贴")
    assert code == 1
    text = "\n".join(error_lines(err))
    assert "row 2, column D (户人数): '三' is not a whole number" in text
    assert "row 3, column F (发放金额): '12.345' has more than two decimal places" in text
    assert "row 4, column G (发放日期): '2026-02-30' is not a real date" in text
    assert "row 5, column B (姓名): is required" in text
    assert "row 5, column C (身份证号): the ID number is stored as a number" in text
    assert "4 of 4 rows have problems" in text
    assert service_docs(data_dir) == []


def test_skip_invalid_writes_the_bad_rows_in_the_same_layout_to_fix_and_reimport(zwcx, tmp_path, data_dir):
    rows = roster_rows(5)
    good_id = rows[2][2]
    rows[2][2] = bad_check(good_id)
    f = write_xlsx(tmp_path / "r.xlsx", rows)
    errs = tmp_path / "out" / "errors.xlsx"
    code, out, err = zwcx(*IMPORT, f, "--area", "养老", "--policy", "高龄津贴", "--skip-invalid", "--errors-out", errs)
    assert code == 0, err
    assert "imported 4 service records; 1 rows not imported" in out
    assert len(service_docs(data_dir)) == 4
    ws = load_workbook(errs).active
    got = [list(r) for r in ws.iter_rows(values_only=True)]
    assert got[0] == HEADERS + ["错误原因"]
    assert got[1][:3] == rows[2][:3] and got[1][6] == dt.datetime(2026, 3, 5)
    assert got[1][8].startswith("C (身份证号): citizen ID (身份证号) check character is wrong")
    assert ws["C2"].number_format == "@"
    # The clerk corrects the number in the error workbook and imports that file.
    wb = load_workbook(errs)
    wb.active["C2"] = good_id
    wb.save(errs)
    code, out, err = zwcx(*IMPORT, errs, "--area", "养老", "--policy", "高龄津贴")
    assert code == 0, err
    assert sorted(d["beneficiary_name"] for d in service_docs(data_dir)) == sorted(r[1] for r in rows)
    assert not list(errs.parent.glob(".zwcx-*"))  # no temporary file left behind


def test_skip_invalid_needs_an_errors_file(zwcx, tmp_path):
    f = write_xlsx(tmp_path / "r.xlsx", roster_rows(2))
    code, _, err = zwcx(*IMPORT, f, "--area", "养老", "--policy", "x", "--skip-invalid")
    assert code == 2 and "--errors-out" in error_lines(err)[0]


def test_duplicates_in_the_file_and_against_the_store_are_refused_before_writing(zwcx, tmp_path, data_dir):
    first = write_xlsx(tmp_path / "a.xlsx", roster_rows(3))
    assert zwcx(*IMPORT, first, "--area", "养老", "--policy", "高龄津贴", "--period", "2026-03")[0] == 0
    rows = roster_rows(2, start=20) + [roster_rows(1, start=2)[0]]  # row 5: already in the store
    rows.append(list(rows[0]))  # row 6: the same person as row 3
    rows[-1][1] = "换了名字"
    f = write_xlsx(tmp_path / "b.xlsx", rows)
    code, _, err = zwcx(*IMPORT, f, "--area", "养老", "--policy", "高龄津贴", "--period", "2026-03")
    assert code == 1
    text = "\n".join(error_lines(err))
    assert "row 6, column C (身份证号): the same person as row 3 for the same service area and period" in text
    assert "row 5, column C (身份证号): this person is already registered for 养老 2026-03 (record " in text
    assert len(service_docs(data_dir)) == 3
    # Another period is another registration.
    code, _, err = zwcx(*IMPORT, first, "--area", "养老", "--policy", "高龄津贴", "--period", "2026-04")
    assert code == 0, err


def test_dry_run_checks_and_writes_nothing(zwcx, tmp_path, data_dir):
    f = write_xlsx(tmp_path / "r.xlsx", roster_rows(3))
    code, out, err = zwcx(*IMPORT, f, "--area", "养老", "--policy", "高龄津贴", "--dry-run")
    assert code == 0, err
    assert "3 rows ready to import, 0 with problems (dry run: nothing imported)" in out
    assert service_docs(data_dir) == []


def test_explicit_mapping_and_area_from_the_sheet_name(zwcx, tmp_path, data_dir):
    headers = ["户主", "公民身份号码", "家庭人口", "所在村", "金额（元）", "救助类别", "所属月份", "联系电话"]
    rows = [["李强", make_id(1), 3, "前进村", "800", "临时救助", "2026-03", "13800000000"]]
    f = write_xlsx(tmp_path / "r.xlsx", rows, headers=headers, title=None, sheet="扶贫")
    code, out, err = zwcx(*IMPORT, f, "--map", "户主=姓名", "--map", "联系电话=ignore")
    assert code == 0, err
    d = service_docs(data_dir)[0]
    assert (d["beneficiary_name"], d["household_size"], d["village"], d["amount"], d["policy"], d["period"],
            d["service_area"]) == ("李强", 3, "前进村", "800.00", "临时救助", "2026-03", "poverty")
    code, _, err = zwcx(*IMPORT, f, "--map", "户名=beneficiary_name")
    assert code == 2 and "has no column headed '户名'" in error_lines(err)[0]


def test_files_that_are_not_what_they_claim(zwcx, tmp_path, data_dir):
    png = tmp_path / "roster.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    code, _, err = zwcx(*IMPORT, png, "--area", "养老")
    assert code == 2
    assert error_lines(err) == ["zwcx: error: roster.xlsx: this is a PNG image, not a spreadsheet; choose the "
                                ".xlsx or .csv roster"]

    # An encrypted OOXML workbook is an OLE compound file whose directory names the EncryptionInfo stream.
    ole = tmp_path / "locked.xlsx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
    entry = "EncryptionInfo".encode("utf-16-le").ljust(64, b"\x00")
    ole.write_bytes(header.ljust(512, b"\x00") + entry.ljust(128, b"\x00") + b"\x00" * 384)
    code, _, err = zwcx(*IMPORT, ole, "--area", "养老")
    assert code == 2 and "password-protected (encrypted)" in error_lines(err)[0]

    empty = tmp_path / "empty.xlsx"
    Workbook().save(empty)
    code, _, err = zwcx(*IMPORT, empty, "--area", "养老")
    assert error_lines(err) == ["zwcx: error: empty.xlsx: the sheet 'Sheet' is empty; there is nothing to import"]

    merged = tmp_path / "merged.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "发放金额", None])
    ws.append(["王芳", make_id(1), 100, None])
    ws.merge_cells("C1:D1")
    wb.save(merged)
    code, _, err = zwcx(*IMPORT, merged, "--area", "养老", "--policy", "x")
    assert code == 2 and "the header row 1 has merged cells (C1:D1); unmerge them" in error_lines(err)[0]

    only_header = write_xlsx(tmp_path / "h.xlsx", [], title=None)
    code, _, err = zwcx(*IMPORT, only_header, "--area", "养老", "--policy", "x")
    assert "has a header row (row 1) but no data rows" in error_lines(err)[0]

    text = tmp_path / "notes.csv"
    text.write_bytes("无关内容\r\n随便写写\r\n".encode("gb18030"))
    code, _, err = zwcx(*IMPORT, text, "--area", "养老")
    assert code == 2 and "no header row found" in error_lines(err)[0]
    assert service_docs(data_dir) == []


def test_no_full_id_in_any_file_of_the_data_dir_while_open(app, admin, tmp_path):
    """Import through the core with the store still open, so the -wal file is scanned as well."""
    from zwcx_desktop.io import roster

    rows = roster_rows(40)
    plan = roster.prepare(app, write_xlsx(tmp_path / "r.xlsx", rows), area="养老", policy="高龄津贴")
    ids = roster.commit(app, plan, admin).ids
    assert len(ids) == 40
    assert any(p.name.endswith("-wal") for p in app.root.rglob("*"))
    assert_no_full_ids(app.root, [r[2] for r in rows])
    con = sqlite3.connect(app.db.path)
    try:
        assert con.execute("SELECT count(*) FROM record_versions WHERE doc LIKE '%citizen_id%'").fetchone()[0] == 0
    finally:
        con.close()


def test_cancel_during_the_write_rolls_everything_back(app, admin, tmp_path):
    from zwcx_desktop.io import roster

    class CancelHalfway:
        def __init__(self):
            self.seen = 0

        def progress(self, done, total=0, text=""):
            self.seen = done

        def check(self):
            if self.seen >= 400:
                raise KeyboardInterrupt("cancelled")

    plan = roster.prepare(app, write_xlsx(tmp_path / "r.xlsx", roster_rows(900)), area="养老", policy="p")
    try:
        roster.commit(app, plan, admin, handle=CancelHalfway())
    except KeyboardInterrupt:
        pass
    else:
        raise AssertionError("the cancel did not stop the import")
    with app.db.read() as s:
        from sqlalchemy import text

        assert s.execute(text("SELECT count(*) FROM service_records")).scalar_one() == 0
        assert s.execute(text("SELECT count(*) FROM outbox WHERE kind = 'service'")).scalar_one() == 0


def test_ids_that_excel_turned_into_numbers_in_a_csv_get_a_clear_reason(zwcx, tmp_path, data_dir):
    rows = roster_rows(2)
    rows[1][2] = "2.30102E+17"  # what Excel writes to CSV for an ID column left as 常规 (General)
    f = tmp_path / "r.csv"
    f.write_bytes(csv_bytes(rows, "utf-8"))
    code, _, err = zwcx(*IMPORT, f, "--area", "养老", "--policy", "p")
    assert code == 1
    assert ("zwcx: r.csv: row 3, column C (身份证号): the ID number was saved in scientific notation (e.g. 2.3E+17) "
            "and its digits are lost") in err
    assert service_docs(data_dir) == []
