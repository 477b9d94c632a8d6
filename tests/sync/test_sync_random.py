"""Randomized: two devices of one township create, edit and delete offline and sync through a faulty network in
random interleavings. At the end both devices and the server hold the same records and versions, and every edit
is in the history or in a pending conflict. Each scenario is small; 200 of them run in well under 3 minutes."""

from __future__ import annotations

import os
import random

import pytest

from tests.sync.devices import CLERK, Device, assert_converged
from tests.sync.faultproxy import FaultProxy
from zwcx_desktop.store.records import NotFound
from zwcx_desktop.sync import engine, repair
from zwcx_desktop.sync.client import SyncError

# Bounded by count, with a generous time limit, so a busy machine slows the suite instead of failing it; the
# long run is `make torture` (ZWCX_SYNC_SCENARIOS=1000).
SCENARIOS = int(os.environ.get("ZWCX_SYNC_SCENARIOS", "80"))


def _records(dev: Device) -> list[str]:
    from sqlalchemy import select

    from zwcx_desktop.store.models import Unit
    with dev.app.db.read() as s:
        return list(s.execute(select(Unit.id).where(Unit.deleted.is_(False)).order_by(Unit.id)).scalars())


def _step(rng: random.Random, dev: Device, proxy_url: str, log: list[str]) -> None:
    ids = _records(dev)
    roll = rng.random()
    if roll < 0.12 or not ids:
        rid = dev.app.records.create("unit", {"name": f"u{rng.randint(0, 99)}", "unit_type": "village"}, CLERK)
        log.append(f"{dev.name} create {rid[:8]}")
    elif roll < 0.47:
        rid = rng.choice(ids)
        field, value = rng.choice([("name", f"n{rng.randint(0, 3)}"), ("address", f"a{rng.randint(0, 3)}"),
                                   ("contact_person", f"p{rng.randint(0, 3)}")])
        try:
            dev.app.records.update(rid, {field: value}, CLERK)
            log.append(f"{dev.name} edit {rid[:8]} {field}={value}")
        except NotFound:
            pass
    elif roll < 0.53:
        rid = rng.choice(ids)
        dev.app.records.delete(rid, CLERK)
        log.append(f"{dev.name} delete {rid[:8]}")
    elif roll < 0.65:
        conflicts = engine.list_conflicts(dev.app)
        if conflicts:
            c = rng.choice(conflicts)
            other = next(v for v in c["versions"] if v["version_id"] != c["current_version_id"])
            chosen = {f: other["doc"].get(f) for f in c["fields"] if rng.random() < 0.5}
            engine.resolve_conflict(dev.app, c["record_id"], chosen, CLERK, other["version_id"])
            log.append(f"{dev.name} merge {c['record_id'][:8]} {sorted(chosen)}")
    else:
        try:
            res = dev.sync(proxy_url, timeout=0.3, retries=1)
            log.append(f"{dev.name} sync ok" + (" conflict" if res.pushed.get("conflict") else ""))
        except SyncError as exc:
            log.append(f"{dev.name} sync failed: {str(exc)[:60]}")


def _settle(dev: Device, url: str, log: list[str]) -> None:
    for _ in range(40):
        try:
            res = dev.sync(url, timeout=0.3, retries=1)
            log.append(f"{dev.name} final sync ok" + (" conflict" if res.pushed.get("conflict") else ""))
            return
        except SyncError:
            continue
    raise AssertionError(f"{dev.name}: no round completed through the proxy")


@pytest.mark.slow
@pytest.mark.timeout(max(900, SCENARIOS * 6))
def test_random_offline_edits_converge(server, tmp_path):
    # Stalls cost a timeout each, so they are a smaller share of the faults than cuts, portal pages and 500s.
    modes = ("cut_request", "cut_response", "html", "e500") * 4 + ("stall",)
    proxy = FaultProxy(server.port, fault_rate=0.2, seed=1, stall=0.35, modes=modes)
    stats = {"conflicts": 0, "merges": 0, "failed_rounds": 0}
    try:
        for n in range(SCENARIOS):
            rng = random.Random(n)
            t = server.township(f"T{n}")
            a = Device(tmp_path / f"{n}a", server, t)
            b = Device(tmp_path / f"{n}b", server, t)
            a.name, b.name = "A", "B"
            log: list[str] = []
            # A shared starting point (both devices hold the same few records), then offline work on both.
            for i in range(3):
                a.app.records.create("unit", {"name": f"shared{i}", "unit_type": "village"}, CLERK)
            a.sync(server.url), b.sync(server.url)
            try:
                for _ in range(rng.randint(5, 12)):
                    _step(rng, rng.choice((a, b)), proxy.url, log)
                for dev in (a, b, a, b):
                    _settle(dev, proxy.url, log)
                assert_converged(server, t, [a, b])
                # Then a clerk on one device merges what conflicts (field by field at random), and all settles.
                merger = rng.choice((a, b))
                for _ in range(3):
                    conflicts = engine.list_conflicts(merger.app)
                    if not conflicts:
                        break
                    for c in conflicts:
                        other = next(v for v in c["versions"] if v["version_id"] != c["current_version_id"])
                        chosen = {f: other["doc"].get(f) for f in c["fields"] if rng.random() < 0.5}
                        engine.resolve_conflict(merger.app, c["record_id"], chosen, CLERK, other["version_id"])
                        log.append(f"{merger.name} final merge {c['record_id'][:8]} {sorted(chosen)}")
                    for dev in (merger, a if merger is b else b):
                        _settle(dev, proxy.url, log)
                assert_converged(server, t, [a, b])
                assert engine.local_digest(a.app)["conflicts"] == 0
                # Faults and conflicts are no restore: no device may take them for one (a repair pulls everything).
                for dev in (a, b):
                    assert repair.restore_notice(dev.app) is None and not repair.pending(dev.app), dev.name
            except AssertionError as exc:
                raise AssertionError(f"scenario {n} diverged; steps:\n" + "\n".join(log)) from exc
            stats["conflicts"] += sum(1 for line in log if line.endswith(" conflict"))
            stats["merges"] += sum(1 for line in log if " merge " in line)
            stats["failed_rounds"] += sum(1 for line in log if "sync failed" in line)
            a.close(), b.close()
    finally:
        proxy.close()
    print(f"{SCENARIOS} scenarios: {stats}; proxy: {proxy.counts}")
    # The scenarios must actually exercise conflicts and faults, not just the happy path.
    assert stats["conflicts"] > SCENARIOS // 10 and stats["merges"] > 0
    assert stats["failed_rounds"] > SCENARIOS // 10
