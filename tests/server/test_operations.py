"""Operations endpoints: liveness, readiness (database and schema), Prometheus metrics — also summed over several
worker processes of a real `zwcx-server serve --workers 2`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import uuid

import requests
from sqlalchemy import text

from tests.server.test_server import Dev, op, unit_doc
from zwcx_server.health import code_head
from zwcx_server.testing import free_port, key_env


def _sample(metrics: str, name: str, **labels: str) -> float:
    """The value of one sample of the text exposition (0 when absent)."""
    want = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in metrics.splitlines():
        m = re.match(r"^([a-zA-Z_:]+)(?:\{(.*)\})? (\S+)$", line)
        if m and m.group(1) == name and ",".join(sorted((m.group(2) or "").split(","))) == want:
            return float(m.group(3))
    return 0.0


def test_healthz_and_readyz_answer_on_a_current_database(server):
    r = requests.get(f"{server.url}/healthz", timeout=10)
    assert r.status_code == 200 and r.json()["status"] == "ok"
    r = requests.get(f"{server.url}/readyz", timeout=10)
    assert r.status_code == 200 and r.json() == {"status": "ok", "schema": code_head()}


def test_readyz_is_503_when_the_schema_is_not_this_codes(server):
    with server.db.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '0007_audit_anchors'"))
    r = requests.get(f"{server.url}/readyz", timeout=10)
    assert r.status_code == 503
    body = r.json()
    assert body["status"] == "unavailable" and body["schema"] == "0007_audit_anchors"
    assert body["expected"] == code_head()
    assert requests.get(f"{server.url}/healthz", timeout=10).status_code == 200  # alive, just not ready


def test_metrics_count_requests_pushes_conflicts_and_devices(server):
    # The counters are the process's (other tests' servers ran in it too): compare with a scrape made first.
    start = requests.get(f"{server.url}/metrics", timeout=10).text
    t = server.township("M")
    a, b = Dev(server, t), Dev(server, t)
    rid = str(uuid.uuid4())
    first = op(rid, unit_doc("甲"), 1)
    assert a.push([first]).status_code == 200
    # a and b both edit the first version: b's is a second head.
    a.push([op(rid, unit_doc("甲-1"), 2, base=first["version_id"], version=2)])
    assert b.push([op(rid, unit_doc("甲-2"), 1, base=first["version_id"], version=2)]).json()[
        "results"][0]["status"] == "conflict"
    a.pull()
    r = requests.get(f"{server.url}/metrics", timeout=10)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    m = r.text

    def grew(name: str, **labels: str) -> float:
        return _sample(m, name, **labels) - _sample(start, name, **labels)

    assert grew("zwcx_sync_pushes_total") == 3
    assert grew("zwcx_sync_pushed_ops_total", result="applied") == 2
    assert grew("zwcx_sync_pushed_ops_total", result="conflict") == 1
    assert grew("zwcx_sync_conflicts_total") == 1
    assert grew("zwcx_sync_pulls_total") == 1
    assert grew("zwcx_http_requests_total", endpoint="/v1/sync/push", method="POST", status="200") == 3
    assert grew("zwcx_http_request_duration_seconds_count", endpoint="/v1/sync/push", method="POST") == 3
    assert _sample(m, "zwcx_devices_enrolled") == 2 and _sample(m, "zwcx_devices_seen") == 2
    # A public page's code is a label value nowhere: only the route template is.
    requests.get(f"{server.url}/v/ABCD-EFGH-JKMN", timeout=10)
    start, m = m, requests.get(f"{server.url}/metrics", timeout=10).text
    assert "ABCD" not in m
    assert grew("zwcx_http_requests_total", endpoint="/v/{code:path}", method="GET", status="404") == 1


def test_several_workers_add_up_their_metrics(tmp_path):
    db = tmp_path / "s.sqlite3"
    port = free_port()
    env = os.environ | key_env() | {"PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "metrics")}
    (tmp_path / "metrics").mkdir()
    (tmp_path / "metrics" / "counter_stale.db").write_bytes(b"left by an earlier run")
    proc = subprocess.Popen([sys.executable, "-m", "zwcx_server", "--db", str(db), "serve", "--port", str(port),
                             "--workers", "2"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{url}/readyz", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read().decode()
            time.sleep(0.2)
        n = 40
        for _ in range(n):
            with requests.Session() as s:  # a new connection each time, so both workers take some
                assert s.get(f"{url}/healthz", timeout=10).status_code == 200
        totals = {_sample(requests.get(f"{url}/metrics", timeout=10).text, "zwcx_http_requests_total",
                          endpoint="/healthz", method="GET", status="200") for _ in range(6)}
        assert totals == {float(n)}, totals  # whichever worker answers, it counts every worker's requests
        workers = {p.name.rsplit("_", 1)[-1] for p in (tmp_path / "metrics").glob("counter_*.db")}
        assert len(workers) == 2, workers  # two processes wrote samples; the stale file was removed
    finally:
        proc.terminate()
        proc.wait(30)
