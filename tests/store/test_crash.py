"""A writer SIGKILLed in the middle of 1,000 writes leaves a whole database with every committed record."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from zwcx_desktop.cli.main import main
from zwcx_desktop.store.app import App


def test_sigkill_mid_writes(app, data_dir, capsys):
    app.close()
    env = dict(os.environ)
    child = subprocess.Popen([sys.executable, str(Path(__file__).with_name("crash_writer.py")), str(data_dir),
                              "1000"], stdout=subprocess.PIPE, text=True, env=env)
    committed = []
    deadline = time.monotonic() + 60
    while len(committed) < 150 and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        committed.append(line.strip())
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert len(committed) >= 150, "the writer did not get going"
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    assert "ok" in capsys.readouterr().out
    reopened = App(data_dir)
    for rid in committed:
        assert reopened.records.get(rid).doc["title"].startswith("承诺事项")
    reopened.close()
