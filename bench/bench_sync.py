"""Sync benchmarks against the real server on loopback (`zwcx-server serve` in its own process, SQLite):
push of 10k changes, first pull of 50k records, a sync with nothing to do, bytes on the wire per record."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from bench.common import isolate_keyring, median_ms, report


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
def server_process(path: Path):
    """The server in its own process, as deployed (so client and server do not share one interpreter lock)."""
    import requests

    from zwcx_server.db import ServerDB
    from zwcx_server.testing import free_port, key_env

    url = f"sqlite:///{path}"
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


def main(push_n: int = 10_000, pull_n: int = 50_000) -> list[dict]:
    isolate_keyring()
    from zwcx_desktop.domain.enums import Role
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.users import Actor
    from zwcx_desktop.sync import engine

    actor = Actor("bench", Role.ADMIN)
    tmp = Path(tempfile.mkdtemp(prefix="zwcx-bench-sync-"))
    out = []
    with server_process(tmp / "server.sqlite3") as srv:
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
        secs = time.perf_counter() - t0
        assert res.pushed.get("applied") == push_n, res.pushed
        out.append(report(f"push {push_n} changes", secs, "s", 5.0))
        out.append(report("  bytes sent per pushed record (gzip JSON)", client.bytes_sent / push_n, "B"))
        client.close()

        # 2. first pull of 50k records on a fresh device (10k above + 40k more).
        more = pull_n - push_n
        for i in range(0, more, 5000):
            a.records.create_many("unit", _records(min(5000, more - i), f"拉{i}-"), actor)
        engine.sync_round(a)
        client = engine.make_client(b)
        t0 = time.perf_counter()
        res = engine.sync_round(b, client)
        secs = time.perf_counter() - t0
        assert res.pulled == pull_n, res.pulled
        out.append(report(f"first pull of {pull_n} records", secs, "s", 15.0))
        out.append(report("  bytes received per pulled record (gzip JSON)", client.bytes_received / pull_n, "B"))
        client.close()

        # 3. a sync with nothing to do (meta + empty outbox + one empty pull page), reused connection.
        client = engine.make_client(b)
        samples = []
        for _ in range(20):
            t0 = time.perf_counter()
            engine.sync_round(b, client)
            samples.append(time.perf_counter() - t0)
        out.append(report("sync with nothing to do, median", median_ms(samples), "ms", 100.0))
        client.close()
        assert engine.local_digest(a) == engine.local_digest(b)
        a.close(), b.close()
    return out


if __name__ == "__main__":
    main()
