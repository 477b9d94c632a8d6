"""The real Secret Service (gnome-keyring in a private D-Bus session) is taken without any choice, and holds the
office's key. Runs only where gnome-keyring-daemon is installed (it is not on the development machine)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CONTACT_ARGS, PASSWORD, USCC

pytestmark = pytest.mark.skipif(not (shutil.which("gnome-keyring-daemon") and shutil.which("dbus-run-session")),
                                reason="gnome-keyring-daemon is not installed")

ROOT = Path(__file__).resolve().parents[2]


def test_the_secret_service_is_a_system_keyring_and_keeps_the_key(tmp_path):
    data = tmp_path / "data"
    zwcx = [sys.executable, "-m", "zwcx_desktop", "--data-dir", str(data)]
    init = [*zwcx, "init", "--unit-name", "道里区新阳路街道办事处", "--unit-code", USCC, "--division", "230102",
            "--admin", "admin", "--password-stdin", *CONTACT_ARGS]
    script = tmp_path / "run.sh"
    script.write_text("set -e\n"
                      "printf keyring-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null\n"
                      f"printf '{PASSWORD}\\n' | {subprocess.list2cmdline(init)}\n"
                      f"{subprocess.list2cmdline([*zwcx, 'secrets', 'status'])}\n")
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path / "home"), "LANG": "C.UTF-8",
           "XDG_DATA_HOME": str(tmp_path / "xdg"), "XDG_RUNTIME_DIR": str(tmp_path / "run")}
    (tmp_path / "run").mkdir(mode=0o700)
    r = subprocess.run(["dbus-run-session", "--", "sh", str(script)], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "keyring.backends.SecretService.Keyring (system)" in r.stdout
    assert "ok: the ID fingerprint key is this office's" in r.stdout and "warning" not in r.stderr
    assert not list((tmp_path / "xdg").glob("python_keyring/*"))  # nothing went to keyrings.alt's file
