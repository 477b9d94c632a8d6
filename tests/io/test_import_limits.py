"""Files that would hang the import or exhaust memory are refused in one line, quickly, before they are unpacked;
empty formatted rows cost nearly nothing; a damaged workbook is one line, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.io.conftest import service_docs
from tests.io.rosters import (
    csv_bytes,
    make_id,
    pad_with_empty_rows,
    roster_rows,
    understate,
    write_xlsx,
    zip_bomb,
)
from zwcx_desktop.io import limits

ROOT = Path(__file__).resolve().parents[2]
IMPORT = ("import", "services")
OPTS = ("--area", "养老", "--policy", "高龄津贴")
# Reads a roster in a fresh interpreter and reports how long it took and how much memory it added at its peak.
MEASURE = """
import resource, sys, time
from zwcx_desktop.io import roster
from zwcx_desktop.io.reader import FileProblem
import openpyxl.worksheet._reader  # loaded before the measure: only the reading itself counts
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
try:
    plan = roster.inspect(sys.argv[1])
    print(f"read {len(plan.rows)} rows")
except FileProblem as exc:
    print(exc)
print(time.perf_counter() - t)
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024)
"""


def measure(path: Path) -> tuple[str, float, float]:
    """(what reading said, seconds, MB of peak memory added) for reading `path` in a subprocess."""
    env = {**os.environ}
    done = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    said, secs, mb = done.stdout.strip().splitlines()
    return said, float(secs), float(mb)


def lines(err: str) -> list[str]:
    return [ln for ln in err.splitlines() if ln.strip()]


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    """A 300 KB workbook whose sheet unpacks to 300 MB (one cell of 300 million 'a')."""
    d = tmp_path_factory.mktemp("bomb")
    return zip_bomb(write_xlsx(d / "roster.xlsx", roster_rows(3)), d / "bomb.xlsx", megabytes=300)


def test_a_zip_bomb_is_refused_at_once_without_unpacking_it(bomb):
    assert bomb.stat().st_size < 400_000
    with zipfile.ZipFile(bomb) as z:
        assert z.getinfo("xl/worksheets/sheet1.xml").file_size > 300_000_000
    said, secs, mb = measure(bomb)
    assert said == ("bomb.xlsx: a part of the workbook unpacks to 1,026 times its packed size (300 MB); workbooks "
                    "saved by Excel or WPS pack less than 100 times, so this one is not opened (it looks like a zip "
                    "bomb)")
    assert secs < 1.0 and mb < 20  # it took 4.5 s and 1 GB before


def test_a_zip_bomb_is_one_line_on_the_command_line(zwcx, bomb, data_dir):
    code, out, err = zwcx(*IMPORT, bomb, *OPTS)
    assert code == 2 and out == ""
    assert len(lines(err)) == 1 and "it looks like a zip bomb" in err
    assert service_docs(data_dir) == []


def test_a_zip_bomb_that_understates_its_size_unpacks_no_more_than_it_declares(tmp_path):
    """The size checks trust the zip directory: unpacking stops at the declared size and the checksum fails."""
    f = zip_bomb(write_xlsx(tmp_path / "r.xlsx", roster_rows(3)), tmp_path / "liar.xlsx", megabytes=300)
    understate(f, "xl/worksheets/sheet1.xml", 64_000)
    with zipfile.ZipFile(f) as z:
        assert z.getinfo("xl/worksheets/sheet1.xml").file_size == 64_000
    said, secs, mb = measure(f)
    assert said == ("liar.xlsx: is not a readable .xlsx workbook (BadZipFile); open it in Excel or WPS and save it "
                    "as .xlsx again")
    assert secs < 2.0 and mb < 20


def test_thousands_of_formatted_empty_rows_cost_nearly_nothing(zwcx, tmp_path, data_dir):
    """A sheet formatted down to row 50,008: the parser only sees the rows with data."""
    from zwcx_desktop.io.xlsxsheet import SheetStream

    f = pad_with_empty_rows(write_xlsx(tmp_path / "r.xlsx", roster_rows(6)), tmp_path / "formatted.xlsx", 50_000)
    with zipfile.ZipFile(f) as z:
        raw = z.getinfo("xl/worksheets/sheet1.xml").file_size
        stream = SheetStream(z.open("xl/worksheets/sheet1.xml"), "formatted.xlsx")
        seen = stream.read()
    assert raw > 9_000_000 and len(seen) < 10_000
    assert seen.count(b"<row ") == 8 and b"</sheetData>" in seen
    said, _secs, mb = measure(f)
    assert said == "read 6 rows" and mb < 30
    code, out, err = zwcx(*IMPORT, f, *OPTS)
    assert code == 0, err
    assert "imported 6 service records" in out and len(service_docs(data_dir)) == 6


def test_bare_empty_rows_are_skipped_too(tmp_path):
    from zwcx_desktop.io import roster

    f = pad_with_empty_rows(write_xlsx(tmp_path / "r.xlsx", roster_rows(4)), tmp_path / "bare.xlsx", 20_000, cells=0)
    plan = roster.inspect(f)
    assert [r.row for r in plan.rows] == [3, 4, 5, 6]


def test_a_file_larger_than_the_limit_is_refused_before_reading(zwcx, tmp_path):
    big = tmp_path / "big.csv"
    with big.open("wb") as fh:
        fh.write("姓名,身份证号\r\n".encode())
        fh.truncate((limits.MAX_FILE_MB + 1) * limits.MB)  # sparse: nothing is really written
    code, _, err = zwcx(*IMPORT, big, *OPTS)
    assert code == 2
    assert lines(err) == [f"zwcx: error: big.csv: the file is {limits.MAX_FILE_MB + 1} MB, more than the "
                          f"{limits.MAX_FILE_MB} MB a roster import reads; split the roster into several files, or "
                          f"delete pictures and sheets that are not part of it"]


def test_too_many_rows_are_refused(zwcx, tmp_path, monkeypatch, data_dir):
    monkeypatch.setattr(limits, "MAX_ROWS", 5)
    rows = roster_rows(5)  # five people under a title and a header: seven rows with data
    for f in (write_xlsx(tmp_path / "r.xlsx", rows), tmp_path / "r.csv"):
        if f.suffix == ".csv":
            f.write_bytes(csv_bytes(rows, "utf-8"))
        code, _, err = zwcx(*IMPORT, f, *OPTS)
        assert code == 2
        assert lines(err)[0].endswith("has more than 5 rows with data; a roster import reads at most 5: split the "
                                      "roster into several files"), err
    assert service_docs(data_dir) == []


def test_data_far_to_the_right_is_refused_and_empty_cells_there_are_not(zwcx, tmp_path, data_dir):
    rows = roster_rows(2)
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号"])
    for r in rows:
        ws.append([r[1], r[2]])
    ws.cell(3, 16384, "x")
    f = tmp_path / "wide.xlsx"
    wb.save(f)
    code, _, err = zwcx(*IMPORT, f, *OPTS)
    assert code == 2
    assert lines(err) == ["zwcx: error: wide.xlsx (sheet 'Sheet'): has data in column XFD (row 3); a roster has at "
                          "most 256 columns: delete what lies beyond the roster's columns"]
    wide = tmp_path / "wide.csv"
    wide.write_text("姓名,身份证号" + "," * 5000 + "\r\n" + "".join(f"{r[1]},{r[2]}" + "," * 5000 + "\r\n"
                                                                   for r in rows), encoding="utf-8")
    code, out, err = zwcx(*IMPORT, wide, *OPTS)
    assert code == 0, err
    assert len(service_docs(data_dir)) == 2


@pytest.mark.parametrize("limit, value, expected", [
    ("MAX_PARTS", 5, "r.xlsx: the workbook is made of 9 parts (a roster has a few dozen); it is not opened"),
    ("MAX_SHEET_MB", 0, "r.xlsx: unpacked, a part of the workbook takes 0 MB, more than the 0 MB a roster import "
                        "reads; open it in Excel or WPS, delete unused rows, columns and sheets and save it again"),
    ("MAX_MERGED", 1, "r.xlsx (sheet 'Sheet1'): has more than 1 merged cell ranges; select the sheet, unmerge the "
                      "cells (取消合并单元格) and save it again"),
])
def test_each_limit_names_itself(tmp_path, monkeypatch, limit, value, expected):
    from openpyxl import load_workbook

    from zwcx_desktop.io.reader import FileProblem, read_sheet

    f = write_xlsx(tmp_path / "r.xlsx", roster_rows(3))
    wb = load_workbook(f)
    wb.active.merge_cells("H3:H4")
    wb.save(f)
    monkeypatch.setattr(limits, limit, value)
    with pytest.raises(FileProblem) as exc:
        read_sheet(f)
    assert str(exc.value) == expected


def test_a_cell_of_megabytes_of_text_is_refused(tmp_path, monkeypatch):
    from zwcx_desktop.io.reader import FileProblem, read_sheet

    f = zip_bomb(write_xlsx(tmp_path / "r.xlsx", roster_rows(2)), tmp_path / "long.xlsx", megabytes=6)
    monkeypatch.setattr(limits, "MAX_RATIO", 10_000)  # past the zip-bomb check, to the reading itself
    with pytest.raises(FileProblem) as exc:
        read_sheet(f)
    assert str(exc.value) == ("long.xlsx (sheet 'Sheet1'): holds more than 4 MB of text in one cell (Excel allows "
                              "32,767 characters); it is not a roster")


def _damage(src: Path, dst: Path, member: str, how) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info, how(data) if info.filename == member else data)
    return dst


@pytest.mark.parametrize("member, how", [
    ("xl/worksheets/sheet1.xml", lambda d: d.replace(b"</row>", b"</rowx>", 1)),
    ("xl/worksheets/sheet1.xml", lambda d: d[:len(d) // 2]),
    ("xl/worksheets/sheet1.xml",  # a shared string the workbook does not have
     lambda d: d.replace(b"</sheetData>", b'<row r="99"><c r="A99" t="s"><v>7</v></c></row></sheetData>')),
    ("xl/workbook.xml", lambda d: d[:-20]),
    ("xl/styles.xml", lambda d: b"<styleSheet" + d),
    ("[Content_Types].xml", lambda d: b"not xml"),
    ("xl/_rels/workbook.xml.rels", lambda d: d.replace(b"worksheets/sheet1.xml", b"worksheets/missing.xml")),
])
def test_a_damaged_workbook_is_one_line(zwcx, tmp_path, data_dir, member, how):
    f = _damage(write_xlsx(tmp_path / "r.xlsx", roster_rows(3)), tmp_path / "damaged.xlsx", member, how)
    code, out, err = zwcx(*IMPORT, f, *OPTS)
    assert code == 2 and out == ""
    assert len(lines(err)) == 1, err
    assert lines(err)[0].startswith("zwcx: error: damaged.xlsx: is not a readable .xlsx workbook ("), err
    assert lines(err)[0].endswith("); open it in Excel or WPS and save it as .xlsx again")
    assert service_docs(data_dir) == []


def test_a_truncated_workbook_is_one_line(zwcx, tmp_path):
    f = write_xlsx(tmp_path / "r.xlsx", roster_rows(3))
    f.write_bytes(f.read_bytes()[:3000])
    code, _, err = zwcx(*IMPORT, f, *OPTS)
    assert code == 2 and len(lines(err)) == 1
    assert "r.xlsx: is not a readable .xlsx workbook (BadZipFile)" in err


def test_the_id_numbers_of_a_big_file_are_not_in_any_refusal(zwcx, tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 1)
    f = tmp_path / "r.csv"
    f.write_bytes(csv_bytes(roster_rows(3), "utf-8"))
    code, out, err = zwcx(*IMPORT, f, *OPTS)
    assert code == 2
    assert not any(make_id(i) in out + err for i in range(1, 4))
