"""Sync benchmarks against the real server on loopback (`zwcx-server serve` in its own process): push of 10k
changes, first pull of 50k records, a sync with nothing to do, bytes on the wire per record.

Each scenario runs RUNS times from scratch and the median is reported with the range (min–max), on SQLite (the
server's `synchronous=FULL`) and, when ZWCX_BENCH_PG_URL names a PostgreSQL database (emptied at every run:
give it one of its own), on PostgreSQL too. ZWCX_BENCH_RUNS changes the number of runs.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from bench.common import isolate_keyring, median_ms, report

RUNS = int(os.environ.get("ZWCX_BENCH_RUNS", "5"))
PG_URL = os.environ.get("ZWCX_BENCH_PG_URL", "")
#: Targets of issue 13's acceptance.
PUSH_TARGET_S, PULL_TARGET_S, NOOP_TARGET_MS = 3.0, 9.0, 50.0


def _records(n: int, prefix: str) -> list[dict]:
    return [{"name": f"{prefix}{i:06d}", "unit_type": "village", "address": f"第{i % 97}组",
             "contact_person": "张伟", "contact_phone": "0451-8888" + f"{i % 10000:04d}"} for i in range(n)]


class _Srv:
    def __init__(self, db, url: str) -> None:
        self.db, self.url = db, url

    def township(self, code: str) -> int:
        from zwcx_server import service

        return service.add_township(self.db, code, code)

    def code(self, township_id: int) -> str:
        from zwcx_server import service

        return service.enroll_device(self.db, township_id)[1]


@contextmanager
def server_process(url: str):
    """The server in its own process, as deployed (so client and server do not share one interpreter lock)."""
    import requests

    from zwcx_server.db import ServerDB
    from zwcx_server.testing import free_port, key_env, reset_postgres

    if url.startswith("postgresql"):
        reset_postgres(url)
    db = ServerDB(url)
    db.upgrade()
    port = free_port()
    p = subprocess.Popen([sys.executable, "-m", "zwcx_server", "--db", url, "serve", "--port", str(port)],
                         stderr=subprocess.DEVNULL, env=os.environ | key_env())
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                requests.get(base + "/v1/sync/meta", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.05)
        yield _Srv(db, base)
    finally:
        p.terminate()
        p.wait(10)
        db.close()


def one_run(url: str, tmp: Path, push_n: int, pull_n: int) -> dict[str, float]:
    """One run of the three scenarios on a new server database and two new devices: seconds (push, pull, the
    median no-op round) and bytes per record."""
    from zwcx_core.domain.enums import Role
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.users import Actor
    from zwcx_desktop.sync import engine

    actor = Actor("bench", Role.ADMIN)
    out: dict[str, float] = {}
    with server_process(url) as srv:
        t = srv.township("BENCH")
        a, b = App(tmp / "a"), App(tmp / "b")
        engine.enroll(a, srv.url, srv.code(t))
        engine.enroll(b, srv.url, srv.code(t))

        # 1. push of 10k changes (outbox → server, results marked), measured on its own.
        for i in range(0, push_n, 5000):
            a.records.create_many("unit", _records(min(5000, push_n - i), f"推{i}-"), actor)
        client = engine.make_client(a)
        res = engine.RoundResult()
        engine._check_meta(a, client.meta(), res, lambda _m: None)
        t0 = time.perf_counter()
        engine._push_all(a, client, res, lambda _m: None)
        out["push"] = time.perf_counter() - t0
        assert res.pushed.get("applied") == push_n, res.pushed
        out["push_bytes"] = client.bytes_sent / push_n
        client.close()

        # 2. first pull of 50k records on a fresh device (10k above + 40k more).
        more = pull_n - push_n
        for i in range(0, more, 5000):
            a.records.create_many("unit", _records(min(5000, more - i), f"拉{i}-"), actor)
        engine.sync_round(a)
        client = engine.make_client(b)
        t0 = time.perf_counter()
        res = engine.sync_round(b, client)
        out["pull"] = time.perf_counter() - t0
        assert res.pulled == pull_n, res.pulled
        out["pull_bytes"] = client.bytes_received / pull_n
        client.close()

        # 3. a sync with nothing to do (meta + empty outbox + one empty pull page), reused connection.
        client = engine.make_client(b)
        samples = []
        for _ in range(20):
            t0 = time.perf_counter()
            engine.sync_round(b, client)
            samples.append(time.perf_counter() - t0)
        out["noop_ms"] = median_ms(samples)
        client.close()
        assert engine.local_digest(a) == engine.local_digest(b)
        a.close(), b.close()
    return out


def _line(name: str, values: list[float], unit: str, target: float | None = None) -> dict:
    row = report(name, statistics.median(values), unit, target)
    if len(values) > 1:
        print(f"{'':<55} {'':>10}    min–max {min(values):.2f}–{max(values):.2f} {unit}")
    return row | {"min": round(min(values), 3), "max": round(max(values), 3), "runs": len(values)}


def main(push_n: int = 10_000, pull_n: int = 50_000) -> list[dict]:
    isolate_keyring()
    backends = [("SQLite", None)] + ([("PostgreSQL", PG_URL)] if PG_URL else [])
    out = []
    for name, url in backends:
        runs = []
        for i in range(RUNS):
            tmp = Path(tempfile.mkdtemp(prefix="zwcx-bench-sync-"))
            try:
                runs.append(one_run(url or f"sqlite:///{tmp / 'server.sqlite3'}", tmp, push_n, pull_n))
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
            print(f"  {name} run {i + 1}/{RUNS}: push {runs[-1]['push']:.2f} s, pull {runs[-1]['pull']:.2f} s, "
                  f"nothing to do {runs[-1]['noop_ms']:.1f} ms (load average {os.getloadavg()[0]:.2f})")
        col = {k: [r[k] for r in runs] for k in runs[0]}
        out.append(_line(f"[{name}] push {push_n} changes", col["push"], "s", PUSH_TARGET_S))
        out.append(_line(f"[{name}]   bytes sent per pushed record (gzip JSON)", col["push_bytes"], "B"))
        out.append(_line(f"[{name}] first pull of {pull_n} records", col["pull"], "s", PULL_TARGET_S))
        out.append(_line(f"[{name}]   bytes per pulled record (unpacked JSON)", col["pull_bytes"], "B"))
        out.append(_line(f"[{name}] sync with nothing to do, median", col["noop_ms"], "ms", NOOP_TARGET_MS))
    return out


if __name__ == "__main__":
    main()
