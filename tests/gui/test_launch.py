"""Starting without a display explains what to do; only the gui package imports Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_no_display_prints_help_and_fails_cleanly(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["ZWCX_DATA_DIR"] = str(tmp_path / "data")
    r = subprocess.run([sys.executable, "-m", "zwcx_desktop.gui.launch"], env=env, capture_output=True, text=True,
                       timeout=60, cwd=ROOT)
    if not sys.platform.startswith("linux"):
        return
    assert r.returncode == 2
    assert "QT_QPA_PLATFORM=offscreen" in r.stderr and "zwcx --help" in r.stderr
    assert "Traceback" not in r.stderr


def test_only_the_gui_package_imports_pyside6():
    offenders = []
    for p in (ROOT / "zwcx_desktop").rglob("*.py"):
        if "gui" in p.relative_to(ROOT / "zwcx_desktop").parts[:1]:
            continue
        if "PySide6" in p.read_text(encoding="utf-8"):
            offenders.append(str(p.relative_to(ROOT)))
    assert not offenders


def test_layout_and_last_page_are_remembered(qtbot, app, admin):
    from zwcx_desktop.gui.launch import open_main

    win = open_main(app, admin)
    qtbot.addWidget(win)
    win.goto("stats")
    win.resize(701, 501)
    win.close()
    win.ctx.runner.wait()
    again = open_main(app, admin)
    qtbot.addWidget(again)
    assert again.current_key() == "stats"
    assert again.size().width() == 701
    again.close()
    again.ctx.runner.wait()
