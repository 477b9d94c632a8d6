"""The `zwcx` command line: one clear error line and a non-zero exit for every bad input; stable JSON."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile

import pytest

from tests.conftest import CONTACT_ARGS, PASSWORD, USCC, commitment_payload
from zwcx_desktop.cli.main import main


def run(capsys, data_dir, *args, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli(capsys, data_dir, monkeypatch):
    def _run(*args, stdin=None):
        return run(capsys, data_dir, *args, stdin=stdin, monkeypatch=monkeypatch)

    code, out, err = _run("init", "--unit-name", "道里区新阳路街道办事处", "--unit-code", USCC, "--division", "230102",
                          "--admin", "admin", "--password-stdin", *CONTACT_ARGS, stdin=PASSWORD + "\n")
    assert code == 0, err
    return _run


def one_error_line(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("zwcx: error: ")
    return lines[0]


def test_init_refuses_bad_codes(capsys, data_dir, monkeypatch):
    code, _, err = run(capsys, data_dir, "init", "--unit-name", "某街道", "--unit-code", "91110000600037341X",
                       "--division", "2301", "--admin", "admin", "--password-stdin", *CONTACT_ARGS, stdin=PASSWORD + "\n",
                       monkeypatch=monkeypatch)
    assert code != 0
    line = one_error_line(err)
    assert "--unit-code: " in line and "--division: " in line  # named by the option to correct


def test_add_show_list_transition(cli, tmp_path, data_dir):
    from zwcx_desktop.store.app import App

    app = App(data_dir)
    payload = commitment_payload(app)
    app.close()
    f = tmp_path / "c.json"
    f.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    code, out, err = cli("add", "commitment", "--json", str(f))
    assert code == 0, err
    rid = out.strip()
    code, out, _ = cli("show", rid, "--json")
    shown = json.loads(out)
    assert shown["doc"]["title"] == payload["title"] and shown["version"] == 1
    assert cli("transition", rid, "待审")[1].strip() == "pending_review"
    code, out, _ = cli("list", "commitments", "--status", "待审", "--json")
    listed = json.loads(out)
    assert listed["total"] == 1 and listed["records"][0]["id"] == rid
    assert list(listed["records"][0]) == sorted(listed["records"][0])  # stable key order
    code, out, _ = cli("list", "commitments", "--search", "证明事项")
    assert rid in out


def test_bad_json(cli, tmp_path):
    f = tmp_path / "bad.json"
    f.write_text('{"title": "x",\n "content": }', encoding="utf-8")
    code, _, err = cli("add", "commitment", "--json", str(f))
    assert code != 0
    assert "line 2" in one_error_line(err)
    code, _, err = cli("add", "commitment", "--json", "-", stdin="[1, 2]")
    assert code != 0 and "one JSON object" in one_error_line(err)
    code, _, err = cli("add", "commitment", "--json", "-", stdin='{"title": "x"}')
    assert code != 0
    line = one_error_line(err)
    assert "category: is required" in line and "due_date: is required" in line


def test_unknown_id_and_illegal_transition(cli, tmp_path, data_dir):
    code, _, err = cli("show", "0000-nope")
    assert code != 0 and "no record with id 0000-nope" in one_error_line(err)
    code, _, err = cli("transition", "0000-nope", "published")
    assert code != 0 and "no record" in one_error_line(err)
    from zwcx_desktop.store.app import App

    app = App(data_dir)
    payload = commitment_payload(app)
    app.close()
    code, out, _ = cli("add", "commitment", "--json", "-", stdin=json.dumps(payload))
    rid = out.strip()
    code, _, err = cli("transition", rid, "published")
    line = one_error_line(err)
    assert code != 0 and "draft (草拟)" in line and "published (已公开)" in line
    code, _, err = cli("transition", rid, "nonsense")
    assert code != 0 and "is not one of" in one_error_line(err)


def test_role_check_with_as(cli, data_dir):
    code, _, err = cli("user", "add", "xiaowang", "--role", "录入员", "--password-stdin", stdin=PASSWORD + "\n")
    assert code == 0, err
    from zwcx_desktop.store.app import App

    app = App(data_dir)
    payload = commitment_payload(app)
    app.close()
    rid = cli("add", "commitment", "--json", "-", "--as", "xiaowang", stdin=json.dumps(payload))[1].strip()
    assert cli("transition", rid, "pending_review", "--as", "xiaowang")[0] == 0
    code, _, err = cli("transition", rid, "published", "--as", "xiaowang")
    assert code != 0 and "clerk" in one_error_line(err)
    code, _, err = cli("transition", rid, "published", "--as", "ghost")
    assert code != 0 and "no active user named 'ghost'" in one_error_line(err)


def test_indicators_hand_computed(cli, data_dir):
    """Three public commitments due in the period: one on time, one late, one still open → 33.3% / 33.3%."""
    from zwcx_core.domain.enums import Role
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.users import Actor

    app = App(data_dir)
    admin = Actor("admin", Role.ADMIN)
    ids = [app.records.create("commitment", commitment_payload(app, due_date=d), admin)
           for d in ("2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30")]
    for rid in ids:
        app.records.transition(rid, "pending_review", admin)
        app.records.transition(rid, "published", admin)
    import datetime as dt  # the fulfilment dates below are set by the transitions, on the store's "today"

    app.records.today = lambda: dt.date(2026, 3, 20)
    app.records.transition(ids[0], "fulfilled", admin)  # on time
    app.records.today = lambda: dt.date(2026, 5, 10)
    app.records.transition(ids[1], "fulfilled", admin)  # late (due 04-30)
    app.records.transition(ids[3], "changed", admin)  # approved change: not counted
    app.close()
    code, out, err = cli("indicators", "--from", "2026-01-01", "--to", "2026-06-30", "--json")
    assert code == 0, err
    overall = json.loads(out)["units"][0]
    assert overall["unit_name"] == "全部"
    assert (overall["keeping"]["numerator"], overall["keeping"]["denominator"]) == (1, 3)
    assert (overall["late"]["numerator"], overall["late"]["denominator"]) == (1, 3)
    assert overall["keeping"]["percent"] == "33.3%"


def test_backup_restore_and_refusals(cli, data_dir, tmp_path):
    from zwcx_desktop.store.app import App

    app = App(data_dir)
    payload = commitment_payload(app)
    app.close()
    rid = cli("add", "commitment", "--json", "-", stdin=json.dumps(payload))[1].strip()
    bk = tmp_path / "b.zip"
    assert cli("backup", "-o", str(bk))[0] == 0
    # Changes after the backup are replaced by the restore.
    cli("add", "commitment", "--json", "-", stdin=json.dumps(payload | {"title": "备份之后"}))
    db_before = (data_dir / "zwcx.sqlite3").read_bytes()

    corrupt = tmp_path / "corrupt.zip"
    raw = bytearray(bk.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    corrupt.write_bytes(bytes(raw))
    not_zip = tmp_path / "photo.zip"
    not_zip.write_bytes(b"\x89PNG not a backup")
    foreign = tmp_path / "foreign.zip"
    with zipfile.ZipFile(bk) as z, zipfile.ZipFile(foreign, "w") as out:
        m = json.loads(z.read("manifest.json"))
        m["home_unit"]["uscc"] = "91350100M000100Y43"
        db = tmp_path / "f.sqlite3"
        db.write_bytes(z.read("zwcx.sqlite3"))
        con = sqlite3.connect(db)
        con.execute("UPDATE units SET uscc='91350100M000100Y43'")
        con.commit()
        con.close()
        import hashlib

        m["database_sha256"] = hashlib.sha256(db.read_bytes()).hexdigest()
        out.writestr("manifest.json", json.dumps(m))
        out.write(db, "zwcx.sqlite3")
    for bad, words in ((corrupt, "damaged"), (not_zip, "not a zwcx backup"), (foreign, "another office"),
                       (tmp_path / "missing.zip", "no backup file")):
        code, _, err = cli("restore", str(bad))
        assert code != 0
        line = one_error_line(err)
        assert words in line and "current data was not changed" in line, line
        assert (data_dir / "zwcx.sqlite3").read_bytes() == db_before
    code, out, err = cli("restore", str(bk))
    assert code == 0, err
    code, out, _ = cli("list", "commitments", "--json")
    assert [r["id"] for r in json.loads(out)["records"]] == [rid]
    assert cli("check")[0] == 0
    assert list((data_dir / "backups").glob("pre-restore-*.sqlite3"))


def test_not_initialised(capsys, data_dir):
    code = main(["--data-dir", str(data_dir), "list", "commitments"])
    assert code == 0  # an empty store lists nothing
    code = main(["--data-dir", str(data_dir), "demo", "--records", "5"])
    err = capsys.readouterr().err
    assert code != 0 and "run 'zwcx init' first" in err


def test_init_refuses_without_the_contact_block_naming_each_option(capsys, data_dir, monkeypatch):
    from zwcx_desktop.store.app import App

    base = ["init", "--unit-name", "道里区新阳路街道办事处", "--unit-code", USCC, "--division", "230102", "--admin",
            "admin", "--password-stdin"]
    code, _, err = run(capsys, data_dir, *base, stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert code == 2
    line = one_error_line(err)
    for option in ("--contact-person", "--contact-phone", "--address", "--supervisor", "--supervision-phone"):
        assert f"{option}: is required" in line
    assert not App(data_dir).initialised
    from zwcx_core.domain.phones import NOT_A_PHONE

    args = [a if a != "0451-84612388" else "举报电话" for a in CONTACT_ARGS]
    code, _, err = run(capsys, data_dir, *base, *args, stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert code == 2
    # The message says what a phone number looks like and never repeats what was typed.
    assert one_error_line(err) == "zwcx: error: --supervision-phone: " + NOT_A_PHONE
    assert not App(data_dir).initialised


def test_machine_problems_are_one_line_without_sql(capsys, tmp_path, app, monkeypatch):
    """A data folder that is a file, a full disk and a database locked for good: one line each, for readers and
    writers alike, and no SQL in it."""
    import errno
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from zwcx_desktop.store import restore

    afile = tmp_path / "not-a-folder"
    afile.write_text("x")
    for args in (("list", "commitments"), ("add", "commitment", "--json", "-")):
        code, _, err = run(capsys, afile, *args, stdin="{}", monkeypatch=monkeypatch)
        assert code == 1 and "is a file, or lies inside one" in one_error_line(err), err
    app.close()
    backup = tmp_path / "b.zip"
    assert run(capsys, app.root, "backup", "-o", str(backup))[0] == 0

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device", str(app.root / ".restore-x"))

    monkeypatch.setattr(restore, "restore_backup", full)
    code, _, err = run(capsys, app.root, "restore", str(backup))
    assert code == 1 and one_error_line(err).startswith("zwcx: error: the disk is full")

    def locked(*_a, **_k):
        raise OperationalError("INSERT INTO records VALUES (?)", ("王建军",), sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr(restore, "restore_backup", locked)
    code, _, err = run(capsys, app.root, "restore", str(backup))
    line = one_error_line(err)
    assert code == 1 and "stayed locked" in line and "INSERT" not in line and "王建军" not in line
