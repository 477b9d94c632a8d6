"""Every `zwcx` command against a corpus of broken environments and inputs: never a traceback, at most one error
line, never SQL or a personal-data value planted in the store, never a half-written file left behind.

The commands are read from the argument parser, so a new command is run here without being listed; only the
arguments a command cannot be given blindly are in ARGS. Everything runs in-process (cli.main with capsys) to stay
fast. A full disk is simulated in-process: SQLite's own "database or disk is full" (SQLITE_FULL, the code a full disk
gives) through PRAGMA max_page_count, and ENOSPC from the one function every Python file write goes through
(`open`, wrapped so a write past a few KB raises it). A locked database is a real second connection holding an
exclusive lock, with the busy timeout shortened.
"""

from __future__ import annotations

import argparse
import builtins
import errno
import io
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from stdnum.cn import ric

from tests.conftest import CONTACT_ARGS, PASSWORD, USCC
from tests.io.rosters import roster_rows, write_xlsx
from zwcx_desktop.cli.main import build_parser, main

NAME = "王建军"
CITIZEN_ID = "23010219500307001" + ric.calc_check_digit("23010219500307001" + "0")
SQL = re.compile(r"\[SQL:|\[parameters|\b(SELECT|INSERT INTO|UPDATE|DELETE FROM)\b.*\b(FROM|VALUES|SET|WHERE)\b", re.S)
LEFTOVER = re.compile(r"(\.part\b|\.part-|^\.zwcx-|^\.restore-)")


def leaf_commands() -> list[tuple[str, ...]]:
    """Every runnable command path of the parser: ("list",), ("secrets", "status"), ..."""
    out: list[tuple[str, ...]] = []

    def walk(parser: argparse.ArgumentParser, prefix: tuple[str, ...]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            out.append(prefix)
            return
        for name, sp in subs[0].choices.items():
            walk(sp, (*prefix, name))

    walk(build_parser(), ())
    return out


def blind_args(path: tuple[str, ...], ids: dict, out: Path) -> list[str]:
    """Arguments for a command nobody listed in ARGS, from its parser: the first choice of a positional with
    choices, a record id for any other positional, a file in `out` for a required option."""
    parser = build_parser()
    for name in path:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = sub.choices[name]
    args: list[str] = []
    for a in parser._actions:
        if a.option_strings and a.required:
            ext = "pdf" if "pdf" in str(a.metavar or "").lower() else "xlsx"
            args += [a.option_strings[0], str(out / f"{'-'.join(path)}.{ext}")]
        elif not a.option_strings and not isinstance(a, argparse._SubParsersAction):
            args.append(str(next(iter(a.choices))) if a.choices else ids["service"])
    return args


#: Commands whose arguments are not guessed: (arguments, standard input). {service}, {commitment}, {out},
#: {backup} and {roster} are filled in.
ARGS: dict[tuple[str, ...], tuple[list[str], str]] = {
    ("add",): (["commitment", "--json", "-"], "{payload}"),
    ("import",): (["services", "{roster}", "--area", "elderly", "--policy", "高龄津贴", "--period", "2026-03"], ""),
    ("transition",): (["{commitment}", "submitted"], ""),
    ("notice",): (["{commitment}", "-o", "{out}/n.pdf"], ""),
    ("board",): (["{commitment}", "-o", "{out}/b.pdf"], ""),
    ("restore",): (["{backup}"], ""),
    ("enroll",): (["--server", "https://127.0.0.1:9", "--code", "ABCD-EFGH"], ""),
    ("init",): (["--unit-name", "道里区新阳路街道办事处", "--unit-code", USCC, "--division", "230102", "--admin",
                 "admin2", "--password-stdin", *CONTACT_ARGS], PASSWORD + "\n"),
    ("user", "add"): (["bob", "--role", "clerk", "--password-stdin"], PASSWORD + "\n"),
    ("demo",): (["--records", "5"], ""),
    ("contact",): ([], ""),
}


class Store:
    """A set-up data folder with one service record of a known person, a commitment, a backup and a roster."""

    def __init__(self, base: Path, capsys, monkeypatch) -> None:
        self.base, self.capsys, self.monkeypatch = base, capsys, monkeypatch
        self.template = base / "template"
        code, _, err = self.run(self.template, "init", "--unit-name", "道里区新阳路街道办事处", "--unit-code", USCC,
                                "--division", "230102", "--admin", "admin", "--password-stdin", *CONTACT_ARGS,
                                stdin=PASSWORD + "\n")
        assert code == 0, err
        from zwcx_desktop.store.app import App

        app = App(self.template)
        unit = app.home_unit_id()
        app.close()
        self.payload = {"unit_id": unit, "title": "证明事项5个工作日办结", "category": "service_time",
                        "content": "材料齐全的证明事项5个工作日内办结。", "responsible_person": "李明",
                        "made_date": "2026-01-05", "due_date": "2026-06-30"}
        self.ids = {}
        for kind, payload in (("service", {"unit_id": unit, "service_area": "elderly", "policy": "高龄津贴",
                                           "period": "2026-03", "beneficiary_name": NAME,
                                           "citizen_id": CITIZEN_ID, "amount": "100"}),
                              ("commitment", self.payload)):
            code, out, err = self.run(self.template, "add", kind, "--json", "-", stdin=json.dumps(payload))
            assert code == 0, err
            self.ids[kind] = out.strip()
        app = App(self.template)
        doc = app.records.get(self.ids["service"]).doc
        app.close()
        #: What no message may hold: the person's name, full ID, masked ID and ID fingerprint.
        self.secrets = [NAME, CITIZEN_ID, doc["id_masked"], doc["id_fingerprint"]]
        self.backup = base / "good.zip"
        assert self.run(self.template, "backup", "-o", str(self.backup))[0] == 0
        self.roster = write_xlsx(base / "roster.xlsx", roster_rows(30, start=100))

    def run(self, data: Path, *args: str, stdin: str = "") -> tuple[int, str, str]:
        self.monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        try:
            code = main(["--data-dir", str(data), *args])
        except SystemExit as exc:  # argparse
            code = exc.code
        out, err = self.capsys.readouterr()
        return code, out, err

    def fresh(self, name: str) -> Path:
        d = self.base / name
        if d.is_file():
            d.unlink()
        shutil.rmtree(d, ignore_errors=True)
        shutil.copytree(self.template, d)
        return d

    def command_line(self, path: tuple[str, ...], out: Path) -> tuple[list[str], str]:
        args, stdin = ARGS.get(path, (None, ""))
        if args is None:
            return [*path, *blind_args(path, self.ids, out)], stdin
        fill = {"service": self.ids["service"], "commitment": self.ids["commitment"], "out": str(out),
                "backup": str(self.backup), "roster": str(self.roster),
                "payload": json.dumps(self.payload, ensure_ascii=False)}
        return [*path, *(a.format(**fill) for a in args)], stdin.format(**fill)


@pytest.fixture
def store(tmp_path, capsys, monkeypatch) -> Store:
    return Store(tmp_path, capsys, monkeypatch)


def assert_one_clear_line(store: Store, what: str, code, out: str, err: str, *dirs: Path) -> str | None:
    """No traceback, at most one error line, no SQL, no planted personal data, nothing half-written."""
    assert "Traceback" not in err, f"{what}: traceback\n{err}"
    lines = [ln for ln in err.splitlines() if ln.strip() and not ln.startswith("zwcx: warning:")]
    errors = [ln for ln in lines if ln.startswith(("zwcx: error:", "zwcx: problem:"))]
    assert len(errors) <= 1, f"{what}: more than one error line\n{err}"
    assert not SQL.search(err), f"{what}: SQL in the message\n{err}"
    for secret in store.secrets:
        assert secret not in err, f"{what}: personal data in the message\n{err}"
    for d in dirs:
        if d.is_dir():
            left = [p for p in d.rglob("*") if LEFTOVER.search(p.name)]
            assert not left, f"{what}: left behind {left}"
    if code not in (0, None):
        assert errors or lines, f"{what}: failed (exit {code}) without saying why"
    return errors[0] if errors else None


# --- broken environments -------------------------------------------------------------------------------------


def _db(d: Path) -> Path:
    return d / "zwcx.sqlite3"


def zero_bytes(d: Path, _mp) -> None:
    _db(d).write_bytes(b"")


def cut_in_half(d: Path, _mp) -> None:
    p = _db(d)
    with p.open("r+b") as f:
        f.truncate(p.stat().st_size // 2)


def first_pages_overwritten(d: Path, _mp) -> None:
    with _db(d).open("r+b") as f:
        f.write(b"\x5a" * 8192)


def not_a_database(d: Path, _mp) -> None:
    _db(d).write_text("这不是数据库\n" * 200, encoding="utf-8")


def inner_pages_overwritten(d: Path, _mp) -> None:
    with _db(d).open("r+b") as f:
        f.seek(4096 * 2)
        f.write(b"\xff" * 4096 * 30)


def folder_is_a_file(d: Path, _mp) -> None:
    shutil.rmtree(d)
    d.write_text("not a folder")


def database_is_a_folder(d: Path, _mp) -> None:
    _db(d).unlink()
    _db(d).mkdir()


def locked(d: Path, mp) -> None:
    """Another program holds the database exclusively (reads included) for longer than we wait."""
    from zwcx_desktop.store import db

    con = sqlite3.connect(str(_db(d)), isolation_level=None)
    con.execute("PRAGMA locking_mode=EXCLUSIVE")
    con.execute("BEGIN EXCLUSIVE")
    con.execute("UPDATE settings SET value = value WHERE key = 'home_unit_id'")
    HOLD.append(con)
    # Waits of 0.2 s instead of 30: the store's engine and every plain sqlite3 connection (glance, backup, restore).
    mp.setattr(db, "BUSY_TIMEOUT", 0.2)
    real = sqlite3.connect
    mp.setattr(sqlite3, "connect", lambda *a, **k: real(*a, **(k | {"timeout": 0.2})))


HOLD: list[sqlite3.Connection] = []


def database_full(d: Path, mp) -> None:
    """SQLite may not grow the file: every write that needs a new page fails with SQLITE_FULL, as on a full disk."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    def cap(dbapi_conn, _record) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    event.listen(Engine, "connect", cap)
    UNDO.append(lambda: event.remove(Engine, "connect", cap))
    _no_space_for_files(d, mp, after=64 << 10)


UNDO: list[Callable[[], None]] = []


def files_full(d: Path, mp) -> None:
    """Every file written by Python in the test's folders stops with ENOSPC after 4 KB."""
    _no_space_for_files(d, mp, after=4 << 10)


def _no_space_for_files(d: Path, mp, after: int) -> None:
    real_open = builtins.open
    root = str(d.parent)

    class Full:
        def __init__(self, f) -> None:
            self._f, self._n = f, 0

        def write(self, data) -> int:
            self._n += len(data)
            if self._n > after:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return self._f.write(data)

        def __getattr__(self, name):
            return getattr(self._f, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            self._f.close()

        def __iter__(self):
            return iter(self._f)

    def full_open(file, mode="r", *a, **k):
        f = real_open(file, mode, *a, **k)
        if isinstance(file, str | os.PathLike) and str(file).startswith(root) and set(mode) & set("wax+"):
            return Full(f)
        return f

    mp.setattr(builtins, "open", full_open)
    mp.setattr(io, "open", full_open)


DAMAGED = [zero_bytes, cut_in_half, first_pages_overwritten, not_a_database, inner_pages_overwritten]
ENVIRONMENTS = [*DAMAGED, folder_is_a_file, database_is_a_folder, locked, database_full, files_full]


def _release() -> None:
    while HOLD:
        HOLD.pop().close()
    while UNDO:
        UNDO.pop()()


@pytest.fixture(autouse=True)
def _undo():
    yield
    _release()


def test_every_command_is_run():
    """The corpus runs whatever the parser offers; only ARGS entries that no longer exist are an error here."""
    paths = leaf_commands()
    assert len(paths) >= 20 and ("check",) in paths and ("secrets", "status") in paths
    assert set(ARGS) <= set(paths), set(ARGS) - set(paths)


@pytest.mark.parametrize("env", ENVIRONMENTS, ids=lambda f: f.__name__)
def test_every_command_in_a_broken_environment(store, env, monkeypatch, tmp_path):
    """Each command on a fresh copy of the store, broken the same way."""
    out = tmp_path / "out"
    out.mkdir()
    lines: dict[tuple[str, ...], tuple[int, str | None]] = {}
    for path in leaf_commands():
        d = store.fresh("data")
        argv, stdin = store.command_line(path, out)
        with monkeypatch.context() as mp:
            env(d, mp)
            try:
                code, stdout, err = store.run(d, *argv, stdin=stdin)
            finally:
                _release()
        lines[path] = code, assert_one_clear_line(store, f"{env.__name__}: zwcx {' '.join(argv)}", code, stdout,
                                                  err, d, out)
    if env in DAMAGED:
        code, line = lines[("check",)]
        assert code == 1 and line.startswith("zwcx: problem:") and "zwcx restore" in line, line
        for path in (("list",), ("add",), ("backup",), ("secrets", "status")):
            code, line = lines[path]
            assert code == 1 and "zwcx restore" in line and str(d / "backups") in line, (path, line)
        assert lines[("restore",)][0] == 0  # the way out works on the damaged folder
    if env is zero_bytes:
        assert "empty (0 bytes)" in lines[("init",)][1]  # refused, not taken for a new office
    if env is database_full:
        assert "disk is full" in lines[("import",)][1]
    if env is locked:
        assert "stayed locked" in lines[("list",)][1]


def test_restore_brings_a_damaged_folder_back(store):
    d = store.fresh("data")
    cut_in_half(d, None)
    assert store.run(d, "restore", str(store.backup))[0] == 0
    code, out, err = store.run(d, "list", "services")
    assert code == 0 and NAME in out, err
    assert store.run(d, "check")[0] == 0


# --- broken inputs -------------------------------------------------------------------------------------------

AMOUNTS = ["1e308", "Infinity", "-Infinity", "NaN", '"sNaN"', "1e-400", '"1e-400"', '"١٢٣"', '"' + "9" * 5000 + '"']


@pytest.mark.parametrize("raw", AMOUNTS)
def test_out_of_range_amounts_are_one_line_naming_the_field(store, raw):
    payload = {"unit_id": store.payload["unit_id"], "service_area": "elderly", "policy": "高龄津贴",
               "beneficiary_name": "李四"}
    code, out, err = store.run(store.template, "add", "service", "--json", "-",
                               stdin=json.dumps(payload)[:-1] + f', "amount": {raw}}}')
    line = assert_one_clear_line(store, raw[:20], code, out, err)
    assert code == 1 and line.startswith("zwcx: error: invalid service: amount: ") and len(line) < 200, line


def test_full_width_digits_are_an_amount(store):
    payload = {"unit_id": store.payload["unit_id"], "service_area": "elderly", "policy": "高龄津贴",
               "beneficiary_name": "李四", "amount": "１２３．５"}
    code, out, err = store.run(store.template, "add", "service", "--json", "-", stdin=json.dumps(payload))
    assert code == 0, err
    code, out, _ = store.run(store.template, "show", out.strip(), "--json")
    assert json.loads(out)["doc"]["amount"] == "123.50"


@pytest.mark.parametrize("text", [
    "[" * 10000 + "]" * 10000,
    '{"title": ' + "[" * 10000 + "]" * 10000 + "}",
    '{"title": ' + "[" * 50 + "]" * 50 + "}",
    '{"' + "x" * 100000 + '": 1}',
    '{"title": "' + "长" * 100000 + '"}',
    '{"due_date": "' + "9" * 100000 + '"}',
    '{"category": "' + "z" * 100000 + '"}',
    "\ufeff{",
    "",
])
def test_json_that_is_too_deep_too_long_or_cut_short(store, text):
    code, out, err = store.run(store.template, "add", "commitment", "--json", "-", stdin=text)
    line = assert_one_clear_line(store, text[:30], code, out, err)
    assert code != 0 and len(line) < 300, line


def _broken_workbooks(base: Path, good: Path) -> list[Path]:
    import zipfile

    out = []
    with zipfile.ZipFile(good) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    for name, data in (("cut-xml", members[sheet][: len(members[sheet]) // 2]),
                       ("bad-string-index", members[sheet].replace(b"<sheetData>", b'<sheetData><row r="1"><c r="A1" '
                                                                   b't="s"><v>99999</v></c></row>', 1))):
        p = base / f"{name}.xlsx"
        with zipfile.ZipFile(p, "w") as z:
            for n, v in members.items():
                z.writestr(n, data if n == sheet else v)
        out.append(p)
    half = base / "cut-zip.xlsx"
    half.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    empty = base / "empty.xlsx"
    empty.write_bytes(b"")
    garbage = base / "garbage.csv"
    garbage.write_bytes(os.urandom(4096))
    return [*out, half, empty, garbage]


def test_broken_rosters_are_one_line(store, tmp_path):
    d = store.fresh("data")
    for wb in _broken_workbooks(tmp_path, store.roster):
        for extra in ([], ["--dry-run"]):
            code, out, err = store.run(d, "import", "services", str(wb), "--area", "elderly", "--policy", "高龄津贴",
                                       "--period", "2026-03", *extra)
            assert_one_clear_line(store, wb.name, code, out, err, d)
            assert code != 0, (wb.name, out)
