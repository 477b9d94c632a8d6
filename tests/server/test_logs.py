"""The server's logs: a real `zwcx-server serve` writes one JSON object a line, access lines with the route template,
and nothing a log must not keep — a device token, an enrolment code, a code from the path, a client address."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import requests

from zwcx_server import logs, service
from zwcx_server.db import ServerDB
from zwcx_server.testing import TEST_SERVER_KEY, free_port, key_env

BLOB = "ab" * 32
PUBLIC_CODE = "QXZW-KJHG-7654"  # a well-formed verification code nobody printed
CLIENT = "203.0.113.77"  # what the loopback "proxy" forwards as the client's address


def _serve(tmp_path: Path, *args: str) -> tuple[subprocess.Popen, str, str]:
    """A real server process on a new database with one township and a device code; (process, url, code).
    Its stdout and stderr go to files, read after it stopped."""
    db_path = tmp_path / "s.sqlite3"
    db = ServerDB(f"sqlite:///{db_path}", TEST_SERVER_KEY)
    db.upgrade()
    code = service.enroll_device(db, service.add_township(db, "红旗乡", "HQ"), "前台电脑")[1]
    db.close()
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != logs.FORMAT_ENV} | key_env() | {
        "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "metrics")}
    with open(tmp_path / "out.log", "wb") as out, open(tmp_path / "err.log", "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "zwcx_server", "--db", str(db_path), "serve", "--port",
                                 str(port), *args], env=env, stdout=out, stderr=err)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if requests.get(f"{url}/readyz", timeout=2).status_code == 200:
                return proc, url, code
        except requests.ConnectionError:
            pass
        assert proc.poll() is None and time.monotonic() < deadline, (tmp_path / "err.log").read_text()
        time.sleep(0.2)


def _stop(proc: subprocess.Popen, tmp_path: Path) -> list[str]:
    """Stop the server (SIGTERM, as systemd does) and return every line it wrote."""
    proc.terminate()
    proc.wait(30)
    return [line for name in ("out.log", "err.log")
            for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()]


def test_every_log_line_is_json_with_route_templates_and_no_token_code_or_address(tmp_path):
    proc, url, code = _serve(tmp_path, "--workers", "2")
    try:
        fwd = {"X-Forwarded-For": CLIENT}
        r = requests.post(f"{url}/v1/enroll", json={"code": code}, headers=fwd, timeout=10)
        assert r.status_code == 200, r.text
        token = r.json()["token"]
        auth = fwd | {"Authorization": f"Bearer {token}"}
        assert requests.get(f"{url}/v1/sync/meta?cursor=0", headers=auth, timeout=10).status_code == 200
        assert requests.head(f"{url}/v1/blobs/{BLOB}", headers=auth, timeout=10).status_code == 404
        assert requests.get(f"{url}/v/{PUBLIC_CODE}?from=qr", headers=fwd, timeout=10).status_code == 404
        assert requests.post(f"{url}/v1/enroll", json={"code": code}, timeout=10).status_code == 403  # used
        assert requests.get(f"{url}/no/such/{PUBLIC_CODE}", timeout=10).status_code == 404
    finally:
        lines = _stop(proc, tmp_path)
    entries = [json.loads(line) for line in lines]  # every line, stdout and stderr: one JSON object each
    for e in entries:
        assert {"time", "level", "logger", "event"} <= e.keys(), e
    served = [e for e in entries if e["event"] == "serving"]
    assert len(served) == 1 and served[0]["workers"] == 2
    served[0].pop("url")  # the address the server listens on (loopback here), not a client's
    requests_ = [(e["method"], e["route"], e["status"]) for e in entries if e["logger"] == "zwcx_server.access"]
    assert sorted(requests_) == sorted([
        ("GET", "/readyz", 200), ("POST", "/v1/enroll", 200), ("GET", "/v1/sync/meta", 200),
        ("HEAD", "/v1/blobs/{sha256}", 404), ("GET", "/v/{code:path}", 404), ("POST", "/v1/enroll", 403),
        ("GET", "unmatched", 404)]), requests_
    assert all(isinstance(e["duration_ms"], float) for e in entries if e["logger"] == "zwcx_server.access")
    # An authenticated request's line names the township and device (ids, not names); others name neither.
    meta = [e for e in entries if e.get("route") == "/v1/sync/meta"]
    assert meta[0]["township"] == 1 and len(meta[0]["device"]) == 36, meta
    assert not any("township" in e for e in entries if e.get("route") == "/v1/enroll")
    text = "\n".join(json.dumps(e, ensure_ascii=False) for e in entries)
    for secret in (token, code, code.replace("-", ""), PUBLIC_CODE, BLOB, "127.0.0.1", CLIENT, "from=qr",
                   "Bearer", "cursor="):
        assert secret not in text, secret


def test_text_format_for_a_person_at_a_terminal(tmp_path):
    proc, url, _code = _serve(tmp_path, "--log-format", "text")
    try:
        assert requests.get(f"{url}/v/{PUBLIC_CODE}", timeout=10).status_code == 404
    finally:
        lines = _stop(proc, tmp_path)
    assert any(" INFO zwcx_server serving " in line and "workers=1" in line for line in lines), lines
    access = [line for line in lines if " zwcx_server.access " in line]
    assert len(access) == 2 and "route=/v/{code:path} status=404" in access[-1], access
    assert not any(line.startswith("{") for line in lines) and PUBLIC_CODE not in "\n".join(lines)


def test_an_access_line_names_the_authenticated_township_and_device_only():
    caller = service.Caller("d3a1c1e2-0000-4000-8000-000000000001", 7, "HQ", "红旗乡")
    scope = {"type": "http", "method": "GET", "path": "/v1/sync/meta", "query_string": b"cursor=5",
             "client": (CLIENT, 5123), "headers": [(b"authorization", b"Bearer t0ken")],
             "state": {logs.CALLER_STATE: caller}}
    fields = logs.access_fields(scope, 200, 0.0123)
    assert fields == {"method": "GET", "route": "unmatched", "status": 200, "duration_ms": 12.3, "township": 7,
                      "device": caller.device_id}
    assert "township" not in logs.access_fields(scope | {"state": {}}, 401, 0.001)
