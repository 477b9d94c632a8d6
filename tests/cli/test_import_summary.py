"""`zwcx import services` on a roster with thousands of bad rows: the first 50 problems, a count of the rest, and
every one of them in the error workbook."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tests.io.conftest import init_dir, service_docs
from tests.io.rosters import csv_bytes, roster_rows
from zwcx_desktop.cli.main import main

OPTS = ("--area", "养老", "--policy", "高龄津贴", "--period", "2026-03")


@pytest.fixture
def cli(capsys, monkeypatch, data_dir):
    """cli(*args) -> (exit code, stdout, stderr) of the real command line on an initialised data folder."""
    init_dir(capsys, monkeypatch, data_dir)

    def run(*args):
        code = main(["--data-dir", str(data_dir), *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _roster(tmp_path, people: int = 10_001):
    """One person and then the same person again on every line: 10,000 duplicates."""
    row = roster_rows(1)[0]
    rows = [[i, *row[1:]] for i in range(1, people + 1)]
    f = tmp_path / "同一人.csv"
    f.write_bytes(csv_bytes(rows, "utf-8"))
    return f


def _lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


def test_ten_thousand_duplicates_print_fifty_problems_and_a_count(cli, tmp_path):
    code, out, err = cli("import", "services", _roster(tmp_path), *OPTS)
    assert code == 1
    lines = _lines(out) + _lines(err)
    assert len(lines) <= 52, len(lines)
    err_lines = _lines(err)
    assert err_lines[0] == ("zwcx: 同一人.csv: row 3, column C (身份证号): the same person as row 2 for the same "
                            "service area and period")
    assert err_lines[49].startswith("zwcx: 同一人.csv: row 52, column C (身份证号): the same person as row 2")
    assert err_lines[50] == ("zwcx: 同一人.csv: … and 9,950 more problems; add --errors-out ERRORS.xlsx to get all "
                             "of them in a workbook")
    assert err_lines[51].startswith("zwcx: error: 同一人.csv: 10000 of 10001 rows have problems; nothing was imported")


def test_with_an_error_workbook_every_problem_is_in_it(cli, tmp_path, data_dir):
    errors = tmp_path / "errors.xlsx"
    code, out, err = cli("import", "services", _roster(tmp_path, 301), *OPTS, "--errors-out", errors)
    assert code == 1
    err_lines = _lines(err)
    assert len(err_lines) == 52
    assert err_lines[50] == f"zwcx: 同一人.csv: … and 250 more problems; all of them are in the error workbook {errors}"
    got = list(load_workbook(errors, read_only=True).active.iter_rows(values_only=True))
    assert len(got) == 1 + 300
    assert got[-1][0] == "301" and got[-1][-1] == ("C (身份证号): the same person as row 2 for the same service area "
                                                   "and period")
    assert service_docs(data_dir) == []


def test_a_dry_run_writes_the_error_workbook_too_and_imports_nothing(cli, tmp_path):
    errors = tmp_path / "errors.xlsx"
    code, out, err = cli("import", "services", _roster(tmp_path, 61), *OPTS, "--dry-run", "--errors-out",
                         errors)
    assert code == 1
    assert _lines(out) == ["同一人.csv: 1 rows ready to import, 60 with problems (dry run: nothing imported)"]
    assert _lines(err)[-1] == f"zwcx: 同一人.csv: … and 10 more problems; all of them are in the error workbook {errors}"
    assert len(list(load_workbook(errors, read_only=True).active.iter_rows())) == 61


def test_skip_invalid_says_where_the_rest_are_once_the_valid_rows_are_saved(cli, tmp_path):
    errors = tmp_path / "errors.xlsx"
    code, out, err = cli("import", "services", _roster(tmp_path, 53), *OPTS, "--skip-invalid", "--errors-out",
                         errors)
    assert code == 0, err
    assert _lines(out) == [f"同一人.csv: imported 1 service records; 52 rows not imported, written with their reasons "
                           f"to {errors}"]
    assert len(_lines(err)) == 51
    assert _lines(err)[-1] == f"zwcx: 同一人.csv: … and 2 more problems; all of them are in the error workbook {errors}"
