"""A city on one server (issue 20): 300 townships x 3 devices with a year of records on PostgreSQL, served by
`zwcx-server serve --workers 4`; a morning rush, then steady sync rounds over real HTTP (the desktop's SyncClient:
meta, push, pull), then a check that every township holds exactly what its devices pushed.

Time is compressed: the rush starts every device's round within RUSH_S seconds (a morning's first quarter hour
in one minute), the steady phase runs rounds back to back for STEADY_S seconds with POOL devices at a time. The
load driver shares the machine with the server and PostgreSQL; its own CPU use is reported beside the numbers.

PostgreSQL: ZWCX_BENCH_PG_URL (a database of its own: it is emptied). Without it the run is skipped (`make
bench-city` falls back to the test database of scripts/test-postgres.sh). Sizes: ZWCX_CITY_TOWNSHIPS (300),
ZWCX_CITY_DEVICES (3), ZWCX_CITY_RECORDS (1000), ZWCX_CITY_RUSH_S (60), ZWCX_CITY_STEADY_S (60), ZWCX_CITY_POOL
(16), ZWCX_CITY_WORKERS (4).
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bench import citygen
from bench.common import report

PG_URL = os.environ.get("ZWCX_BENCH_PG_URL", "")
TOWNSHIPS = int(os.environ.get("ZWCX_CITY_TOWNSHIPS", "300"))
DEVICES = int(os.environ.get("ZWCX_CITY_DEVICES", "3"))
RECORDS = int(os.environ.get("ZWCX_CITY_RECORDS", "1000"))
RUSH_S = float(os.environ.get("ZWCX_CITY_RUSH_S", "60"))
STEADY_S = float(os.environ.get("ZWCX_CITY_STEADY_S", "60"))
POOL = int(os.environ.get("ZWCX_CITY_POOL", "16"))
WORKERS = int(os.environ.get("ZWCX_CITY_WORKERS", "4"))
#: Ops of a pushing round, and the share of steady rounds that push (the rest have nothing to send).
PUSH_OPS, STEADY_PUSH_SHARE = 20, 0.05
#: Targets of issue 20's acceptance.
ROUNDS_TARGET, NOOP_P99_TARGET_MS, PUSH_P99_TARGET_MS = 100.0, 500.0, 1000.0


@dataclass
class Samples:
    """What the rounds of one phase measured."""

    noop: list[float] = field(default_factory=list)  # rounds with nothing to send or receive (s)
    pulled: list[float] = field(default_factory=list)  # rounds that only received changes (s)
    push_round: list[float] = field(default_factory=list)  # rounds that sent PUSH_OPS changes (s)
    push: list[float] = field(default_factory=list)  # the push request of those rounds alone (s)
    late: list[float] = field(default_factory=list)  # how long a rush round waited for a free client thread (s)
    errors: int = 0
    #: the first refusals or failures, by message (no personal data: the server's messages name none)
    error_texts: dict[str, int] = field(default_factory=dict)
    not_applied: int = 0
    digest_mismatch: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def rounds(self) -> int:
        return len(self.noop) + len(self.pulled) + len(self.push_round)


def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) in milliseconds; 0 without values."""
    if not values:
        return 0.0
    v = sorted(values)
    return v[min(len(v) - 1, max(0, round(p / 100 * len(v)) - 1))] * 1000


def one_round(base: str, tw: citygen.Township, dev: citygen.Device, rng: random.Random, changes: int,
              out: Samples) -> None:
    """One sync round of `dev` as the desktop runs it: meta, push (when it has changes), pull until nothing more.
    A new connection per round: a device syncs every few minutes, long after a kept-alive connection closed."""
    from zwcx_core import wire
    from zwcx_desktop.sync.client import SyncClient, SyncError

    client = SyncClient(base, dev.token, timeout=(10.0, 120.0))
    t0 = time.perf_counter()
    push_s = None
    got = 0
    try:
        client.meta(dev.cursor)
        if changes:
            with tw.lock:
                ops = _changes(tw, dev, rng, changes)
            t1 = time.perf_counter()
            for attempt in range(3):  # the same ops again after a failure: op ids make a retry harmless
                try:
                    ans = client.push(ops)
                    break
                except SyncError:
                    if attempt == 2:
                        raise
            push_s = time.perf_counter() - t1
            with tw.lock:
                bad = citygen.settle(tw, ops, ans["results"])
                dev.own += [o.record_id for o, r in zip(ops, ans["results"], strict=False)
                            if r["status"] == "applied" and o.version == 1]
            if bad:
                with out.lock:
                    out.not_applied += bad
        while True:
            page = client.pull(dev.cursor, 500)
            got += len(page["items"])
            dev.digest = wire.version_set_digest((it["version_id"] for it in page["items"]), dev.digest)
            dev.cursor = page["cursor"]
            if not page["more"]:
                break
        mismatch = page.get("max_seq") == dev.cursor and page.get("versions_digest") != dev.digest
    except SyncError as exc:
        with out.lock:
            out.errors += 1
            out.error_texts[str(exc)[:120]] = out.error_texts.get(str(exc)[:120], 0) + 1
        return
    finally:
        client.close()
    took = time.perf_counter() - t0
    with out.lock:
        out.digest_mismatch += int(mismatch)
        if push_s is not None:
            out.push_round.append(took)
            out.push.append(push_s)
        elif got:
            out.pulled.append(took)
        else:
            out.noop.append(took)


def _changes(tw: citygen.Township, dev: citygen.Device, rng: random.Random, n: int) -> list:
    """`n` ops: a third edit records this device made earlier today, each once (never another device's, nor one
    record twice in a push: no conflicts, so what each township must hold stays known); the rest are new."""
    edits = [citygen.new_op(tw, dev, rng, record_id=rid) for rid in rng.sample(dev.own, min(len(dev.own), n // 3))]
    kinds = ("service", "service", "disclosure", "objection", "supervision")
    return edits + [citygen.new_op(tw, dev, rng, rng.choice(kinds)) for _ in range(n - len(edits))]


def rush(base: str, city: citygen.City, seed: int, seconds: float = RUSH_S, pool: int = POOL) -> Samples:
    """Every device starts one round within `seconds`; the first device of each township pushes PUSH_OPS
    changes made overnight, the others find them (or nothing) to pull. `pool` client threads at most."""
    rng = random.Random(seed)
    plan = sorted(((rng.uniform(0, seconds), tw, k) for tw in city.townships for k in range(len(tw.devices))),
                  key=lambda x: x[0])
    out = Samples()
    start = time.perf_counter()

    def run(at: float, tw, k) -> None:
        out.late.append(max(0.0, time.perf_counter() - start - at))
        one_round(base, tw, tw.devices[k], random.Random(f"{seed}{tw.code}{k}"), PUSH_OPS if k == 0 else 0, out)

    with ThreadPoolExecutor(pool) as threads:
        for at, tw, k in plan:
            wait = start + at - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            threads.submit(run, at, tw, k)
    return out


def steady(base: str, city: citygen.City, seed: int, seconds: float = STEADY_S, pool: int = POOL,
           rounds: int | None = None) -> tuple[Samples, float]:
    """Rounds back to back for `seconds` (or until `rounds` were started), `pool` devices at a time, going
    through all devices in turn; STEADY_PUSH_SHARE of them push PUSH_OPS changes. Returns the samples and the
    seconds actually run."""
    devices = [(tw, k) for tw in city.townships for k in range(len(tw.devices))]
    random.Random(seed).shuffle(devices)
    out = Samples()
    nxt, started, lock, busy = [0], [0], threading.Lock(), set()
    stop = time.perf_counter() + seconds

    def worker(w: int) -> None:
        rng = random.Random(f"{seed}-{w}")
        while time.perf_counter() < stop:
            with lock:
                if rounds is not None and started[0] >= rounds:
                    return
                started[0] += 1
                # A device runs one round at a time (a slow round may still be going when its turn comes again).
                while True:
                    tw, k = devices[nxt[0] % len(devices)]
                    nxt[0] += 1
                    if (tw.code, k) not in busy:
                        busy.add((tw.code, k))
                        break
            try:
                one_round(base, tw, tw.devices[k], rng, PUSH_OPS if rng.random() < STEADY_PUSH_SHARE else 0, out)
            finally:
                with lock:
                    busy.discard((tw.code, k))

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(w,)) for w in range(pool)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out, time.perf_counter() - t0


def _proc_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a process and its children, from /proc (0 when it is gone)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for p in [pid] + _children(pid):
        try:
            f = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(f[11]) + int(f[12])) / tick
        except (OSError, IndexError):
            pass
    return total


def _children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if int((d / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(d.name))
            except (OSError, IndexError):
                continue
    return out


def _self_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


@contextmanager
def serve(url: str, workers: int):
    """`zwcx-server serve --workers N` on a free loopback port, as deployed; yields (base URL, process id)."""
    import requests

    from zwcx_server.testing import free_port, key_env

    port = free_port()
    p = subprocess.Popen([sys.executable, "-m", "zwcx_server", "--db", url, "serve", "--port", str(port),
                          "--workers", str(workers)], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, env=os.environ | key_env())
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if requests.get(base + "/readyz", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            time.sleep(0.1)
        yield base, p.pid
    finally:
        p.terminate()
        p.wait(30)


def time_console(base: str, db, city: citygen.City) -> list[dict]:
    """Time the city console as its staff use it, logged in over HTTP: the cross-township indicators table (first
    view, then cached until a push changes a township), and an evaluation run over every township on the 示例
    tree (the issue's targets: ≤ 500 ms and ≤ 10 s)."""
    import re

    import requests

    from zwcx_server.web import accounts

    name, password = "bench-evaluator", "bench-password-1"
    try:
        accounts.add_staff(db, name, password, "evaluator")
    except ValueError:
        pass  # a rerun on the same database
    web = requests.Session()

    def csrf(html: str) -> str:
        return re.search(r'name="csrf" value="([^"]+)"', html)[1]

    page = web.get(base + "/console/login", timeout=60)
    r = web.post(base + "/console/login", data={"csrf": csrf(page.text), "name": name, "password": password},
                 timeout=60)
    if r.status_code != 200 or "/console/login" in r.url:
        print(f"  city console: login failed (HTTP {r.status_code}), not timed")
        return []
    rows = []
    samples = []
    for _ in range(5):
        t0 = time.perf_counter()
        r = web.get(base + "/console/indicators", timeout=120)
        samples.append(time.perf_counter() - t0)
    rows.append(report(f"console indicators, first view ({len(city.townships)} townships, HTTP {r.status_code})",
                       samples[0] * 1000, "ms", None))
    rows.append(report("console indicators, cached, median", statistics.median(samples[1:]) * 1000, "ms", 500.0))
    samples = []
    for _ in range(3):
        t0 = time.perf_counter()
        r = web.get(base + "/console/trend", timeout=300)
        samples.append(time.perf_counter() - t0)
    rows.append(report(f"console city trend, 8 quarters, first view (HTTP {r.status_code})", samples[0] * 1000, "ms",
                       None))
    rows.append(report("console city trend, cached, median", statistics.median(samples[1:]) * 1000, "ms", 500.0))
    from zwcx_server.evaluation.preset import example_tree_json
    from zwcx_server.web import evaluations

    try:
        evaluations.save_tree(db, example_tree_json(), name)  # the 示例 tree, as an evaluator saves it
    except evaluations.NotSaved:
        pass  # the same tree is the newest version already (a rerun)
    page = web.get(base + "/console/evaluation", timeout=60)
    form = {"csrf": csrf(page.text), "period": str(time.localtime().tm_year)}
    t0 = time.perf_counter()
    r = web.post(base + "/console/evaluation/runs", data=form, timeout=600)
    rows.append(report(f"console evaluation run over {len(city.townships)} townships (HTTP {r.status_code})",
                       (time.perf_counter() - t0) * 1000, "ms", 10_000.0))
    return rows


def _phase_rows(name: str, s: Samples, secs: float, client_cpu: float, server_cpu: float) -> list[dict]:
    rows = [report(f"[{name}] rounds per second ({s.rounds()} rounds in {secs:.0f} s)", s.rounds() / secs,
                   "/s", None),
            report(f"[{name}] no-op round p50 ({len(s.noop)})", pct(s.noop, 50), "ms"),
            report(f"[{name}] no-op round p99", pct(s.noop, 99), "ms", NOOP_P99_TARGET_MS),
            report(f"[{name}] round receiving changes p50 ({len(s.pulled)})", pct(s.pulled, 50), "ms"),
            report(f"[{name}] round receiving changes p99", pct(s.pulled, 99), "ms"),
            report(f"[{name}] {PUSH_OPS}-change push p50 ({len(s.push)})", pct(s.push, 50), "ms"),
            report(f"[{name}] {PUSH_OPS}-change push p99", pct(s.push, 99), "ms", PUSH_P99_TARGET_MS),
            report(f"[{name}] round with a {PUSH_OPS}-change push p99", pct(s.push_round, 99), "ms"),
            report(f"[{name}] load driver CPU (cores)", client_cpu / secs, ""),
            report(f"[{name}] server processes CPU (cores)", server_cpu / secs, "")]
    if s.late:
        rows.append(report(f"[{name}] round start delayed by the client pool, p99", pct(s.late, 99), "ms"))
    print(f"  errors {s.errors}, ops not applied {s.not_applied}, digest mismatches {s.digest_mismatch}, "
          f"load average {os.getloadavg()[0]:.2f}")
    for text, n in sorted(s.error_texts.items(), key=lambda x: -x[1])[:5]:
        print(f"    {n} x {text}")
    return rows


def server_times(base: str) -> dict[str, tuple[float, int]]:
    """(seconds summed, requests) per endpoint from the server's /metrics (all workers added up)."""
    import re

    import requests

    out: dict[str, list[float]] = {}
    for line in requests.get(base + "/metrics", timeout=30).text.splitlines():
        m = re.match(r'zwcx_http_request_duration_seconds_(sum|count)\{endpoint="([^"]+)",method="([A-Z]+)"\} (\S+)',
                     line)
        if m:
            v = out.setdefault(f"{m[3]} {m[2]}", [0.0, 0])
            v[0 if m[1] == "sum" else 1] += float(m[4])
    return {k: (v[0], int(v[1])) for k, v in out.items()}


def _print_server_times(before: dict, after: dict) -> None:
    """Mean time the server took per endpoint in a phase (until the answer starts), as its metrics saw it."""
    for k in sorted(after):
        secs, n = after[k][0] - before.get(k, (0, 0))[0], after[k][1] - before.get(k, (0, 0))[1]
        if n:
            print(f"    server side {k}: {n} requests, mean {secs / n * 1000:.1f} ms")


def _db_size(db) -> int:
    from sqlalchemy import text

    with db.read() as s:
        return int(s.execute(text("SELECT pg_database_size(current_database())")).scalar_one())


def main() -> list[dict]:
    if not PG_URL:
        print("  skipped: set ZWCX_BENCH_PG_URL to a PostgreSQL database of its own (it is emptied), or run "
              "`make bench-city`")
        return []
    from bench.common import isolate_keyring
    from zwcx_server.db import ServerDB
    from zwcx_server.testing import TEST_SERVER_KEY, reset_postgres

    isolate_keyring()
    reset_postgres(PG_URL)
    db = ServerDB(PG_URL, TEST_SERVER_KEY)
    db.upgrade()
    rows: list[dict] = []
    try:
        city = citygen.generate(db, TOWNSHIPS, DEVICES, RECORDS, via_push=False)
        for tw in city.townships:
            for dev in tw.devices:
                dev.digest = tw.digest()
        size0 = _db_size(db)
        print(f"  loaded {TOWNSHIPS} townships x {DEVICES} devices, {city.versions} versions in "
              f"{city.load_seconds:.0f} s; database {size0 / 1e6:.0f} MB (load average {os.getloadavg()[0]:.2f})")
        rows.append(report(f"load {city.versions} versions (bulk)", city.load_seconds, "s"))
        with serve(PG_URL, WORKERS) as (base, pid):
            for name, phase in (("rush", lambda: (rush(base, city, 1), RUSH_S)),
                                ("steady", lambda: steady(base, city, 2))):
                m0 = server_times(base)
                c0, s0, t0 = _self_cpu(), _proc_cpu(pid), time.perf_counter()
                samples, secs = phase()
                secs = max(secs, time.perf_counter() - t0)
                rows += _phase_rows(name, samples, secs, _self_cpu() - c0, _proc_cpu(pid) - s0)
                _print_server_times(m0, server_times(base))
            rows += time_console(base, db, city)
        result = citygen.check(db, city)
        size1 = _db_size(db)
        print(f"  check: {result}")
        rows.append(report("townships whose digest differs from what was pushed", result["mismatched"], ""))
        rows.append(report("versions lost", result["lost"], "", 0))
        rows.append(report("versions duplicated", result["duplicated"], "", 0))
        rows.append(report("database size after the run", size1 / 1e6, "MB"))
    finally:
        db.close()
    return rows


if __name__ == "__main__":
    main()
