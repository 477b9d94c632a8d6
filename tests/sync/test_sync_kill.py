"""SIGKILL the client in the middle of a sync (push and pull), restart it, and check nothing is lost or doubled."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from tests.sync.devices import CLERK, Device, assert_converged


def _sync_cmd(root) -> list[str]:
    return [sys.executable, "-m", "zwcx_desktop.cli.main", "--data-dir", str(root), "sync"]


def _kill_during(root, after_lines: int, extra: float) -> bool:
    """Start `zwcx sync`, wait for its `after_lines`-th progress line (so it is mid-round), wait `extra` seconds
    more, then SIGKILL it. Returns True when it was killed (False if it finished first)."""
    p = subprocess.Popen(_sync_cmd(root), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ.copy())
    try:
        for _ in range(after_lines):
            if not p.stderr.readline():
                break
        time.sleep(extra)
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            p.wait(10)
            return True
        return False
    finally:
        p.stderr.close()
        if p.poll() is None:
            p.kill()
            p.wait(10)


def test_sigkill_mid_sync_then_restart_converges(server, tmp_path):
    t = server.township("A")
    a, b = Device(tmp_path / "a", server, t), Device(tmp_path / "b", server, t)
    n = 3000  # and 300 more before every try (below): each round has work to be cut off in
    a.app.records.create_many("unit", [{"name": f"单位{i}", "unit_type": "village"} for i in range(n)], CLERK)
    rng = random.Random(11)
    # The data directories are used by subprocesses now; close our handles meanwhile.
    a.app.close(), b.app.close()
    kills = 0
    from zwcx_desktop.store.app import App

    for root in (a.app.root, b.app.root):
        mine = 0
        for attempt in range(10):  # until this computer was killed twice mid-round (a fast round may finish first)
            if mine >= 2:
                break
            more = App(root)  # new work for every try, so each round has something to be cut off in
            more.records.create_many("unit", [{"name": f"补充{attempt}-{i}", "unit_type": "village"}
                                              for i in range(300)], CLERK)
            more.close()
            n += 300
            mine += _kill_during(root, rng.randint(1, 3), rng.uniform(0, 0.3))
        kills += mine
        done = subprocess.run(_sync_cmd(root), capture_output=True, text=True, timeout=120, env=os.environ.copy())
        assert done.returncode == 0, done.stderr
    assert kills >= 3
    a2, b2 = Device.__new__(Device), Device.__new__(Device)
    a2.app, b2.app = App(a.app.root), App(b.app.root)
    a2.token, b2.token = a.token, b.token
    a2.sync(server.url)
    assert_converged(server, t, [a2, b2])
    from zwcx_desktop.sync import engine

    assert engine.local_digest(b2.app)["records"] == n and engine.local_digest(b2.app)["versions"] == n
