"""`zwcx-server` and its server key as an operator meets them: real processes, one-line refusals, key files."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

from zwcx_server import cli, keys, service
from zwcx_server.db import ServerDB
from zwcx_server.testing import free_port

KEY_VARS = (keys.KEY_ENV, keys.KEY_FILE_ENV, "CREDENTIALS_DIRECTORY")


def server_env(**extra: str) -> dict[str, str]:
    """The environment without any server key (the test session's own must not leak in), plus `extra`."""
    return {k: v for k, v in os.environ.items() if k not in KEY_VARS} | extra


def serve(db: Path, *args: str, env: dict[str, str], port: int | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "zwcx_server", "--db", str(db), *args, "serve", "--port",
                             str(port or free_port())], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)


def refused(proc: subprocess.Popen) -> str:
    """The one line a refusing server printed (it must exit by itself, quickly, with status 2)."""
    try:
        _out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise AssertionError("the server started instead of refusing") from None
    assert proc.returncode == 2, err
    assert err.count("\n") == 1 and err.startswith("zwcx-server: error: ") and "Traceback" not in err, err
    return err


def test_serve_without_a_server_key_refuses_with_one_line_saying_what_to_do(tmp_path):
    err = refused(serve(tmp_path / "s.sqlite3", env=server_env()))
    assert "no server key" in err and "zwcx-server new-key" in err and "--key-file" in err and "README" in err


def test_serve_with_a_wrong_server_key_refuses_with_one_line(tmp_path):
    db_path = tmp_path / "s.sqlite3"
    right = keys.write_new(tmp_path / "right.key")
    keys.write_new(tmp_path / "wrong.key")
    db = ServerDB(str(db_path), right)
    db.upgrade()
    db.close()
    err = refused(serve(db_path, "--key-file", str(tmp_path / "wrong.key"), env=server_env()))
    assert f"this database is sealed under server key {right.key_id}, not under the key given" in err
    bad = tmp_path / "bad.key"
    bad.write_text("not a key\n")
    bad.chmod(0o600)
    assert "does not hold a server key" in refused(serve(db_path, env=server_env(ZWCX_SERVER_KEY_FILE=str(bad))))
    assert "does not hold a server key" in refused(serve(db_path, env=server_env(ZWCX_SERVER_KEY="short")))


def test_serve_takes_its_key_from_a_systemd_credential(tmp_path):
    creds = tmp_path / "credentials"
    creds.mkdir()
    key = keys.write_new(creds / keys.CREDENTIAL)
    db_path = tmp_path / "s.sqlite3"
    db = ServerDB(str(db_path))
    db.upgrade()
    code = service.enroll_device(db, service.add_township(db, "甲乡", "A"))[1]
    db.close()
    port = free_port()
    proc = serve(db_path, env=server_env(CREDENTIALS_DIRECTORY=str(creds)), port=port)
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, proc.stderr.read()
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not start listening"
                time.sleep(0.05)
        r = requests.post(f"http://127.0.0.1:{port}/v1/enroll", json={"code": code}, timeout=10)
        assert r.status_code == 200 and len(r.json()["fingerprint_key"]) == 64
    finally:
        proc.terminate()
        proc.communicate(timeout=15)
    db = ServerDB(str(db_path), key)
    try:
        db.upgrade()  # the database is now bound to the credential's key
    finally:
        db.close()


def test_key_sources_are_taken_in_the_documented_order(tmp_path):
    a, b, c = (keys.write_new(tmp_path / n) for n in ("a.key", "b.key", "c.key"))
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / keys.CREDENTIAL).write_text(c.text())
    (creds / keys.CREDENTIAL).chmod(0o400)
    env = {keys.KEY_FILE_ENV: str(tmp_path / "a.key"), keys.KEY_ENV: b.text(), "CREDENTIALS_DIRECTORY": str(creds)}
    assert keys.resolve(str(tmp_path / "b.key"), env).key_id == b.key_id  # --key-file first
    assert keys.resolve(None, env).key_id == a.key_id
    assert keys.resolve(None, env | {keys.KEY_FILE_ENV: ""}).key_id == b.key_id
    assert keys.resolve(None, {"CREDENTIALS_DIRECTORY": str(creds)}).key_id == c.key_id
    assert keys.resolve(None, {}) is None


def test_new_key_writes_a_private_file_once_and_refuses_an_open_one(tmp_path, capsys):
    path = tmp_path / "server.key"
    assert cli.main(["new-key", str(path)]) == 0
    assert path.stat().st_mode & 0o777 == 0o600
    key = keys.load_file(path)
    assert f"server key {key.key_id} written to {path}" in capsys.readouterr().err
    before = path.read_bytes()
    assert cli.main(["new-key", str(path)]) == 2
    assert "already exists" in capsys.readouterr().err and path.read_bytes() == before
    path.chmod(0o644)
    assert cli.main(["--key-file", str(path), "--db", str(tmp_path / "s.sqlite3"), "verify"]) == 2
    err = capsys.readouterr().err
    assert "may be read by every user" in err and "chmod 600" in err and key.text() not in err
    assert cli.main(["--key-file", str(tmp_path / "none.key"), "--db", str(tmp_path / "s.sqlite3"), "verify"]) == 2
    assert "no server key file at" in capsys.readouterr().err
