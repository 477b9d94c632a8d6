"""`make screenshots`: start the desktop under Xvfb with demo data and save a PNG of every page.

Output: out/screenshots/*.png. Falls back to Qt's offscreen platform when Xvfb is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OUT = Path("out/screenshots")


def _start_xvfb() -> subprocess.Popen | None:
    if os.environ.get("DISPLAY") or not shutil.which("Xvfb"):
        if not os.environ.get("DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return None
    display = ":87"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.8)
    os.environ["DISPLAY"] = display
    os.environ.pop("QT_QPA_PLATFORM", None)
    return proc


def _settle(qapp, runner, rounds: int = 6) -> None:
    for _ in range(rounds):
        qapp.processEvents()
        runner.wait(10000)
        qapp.processEvents()
        time.sleep(0.05)


def main() -> int:
    """Shoot at 1366×768 (the office laptop), then again at 150 % scaling (older staff) into OUT/150/."""
    if os.environ.get("ZWCX_SHOTS_CHILD"):
        return _shoot(Path(os.environ["ZWCX_SHOTS_OUT"]))
    rc = 0
    for scale, sub in (("1", ""), ("1.5", "150")):
        env = os.environ | {"ZWCX_SHOTS_CHILD": "1", "ZWCX_SHOTS_OUT": str(OUT / sub), "QT_SCALE_FACTOR": scale}
        rc |= subprocess.run([sys.executable, "-m", "bench.screenshots"], env=env).returncode
    return rc


def _shoot(out: Path) -> int:
    global OUT
    OUT = out
    xvfb = _start_xvfb()
    tmp = Path(tempfile.mkdtemp(prefix="zwcx-shots-"))
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    os.environ["ZWCX_ALLOW_FILE_KEYRING"] = "1"  # chosen explicitly, as an administrator would
    os.environ["XDG_DATA_HOME"] = str(tmp / "xdg")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    try:
        from zwcx_core.domain.enums import Role
        from zwcx_desktop.gui.launch import make_qapp, open_main
        from zwcx_desktop.gui.sample import make_sample
        from zwcx_desktop.store.users import Actor

        qapp = make_qapp()
        OUT.mkdir(parents=True, exist_ok=True)
        from zwcx_desktop.gui.login import LoginDialog
        from zwcx_desktop.gui.wizard import SetupWizard
        from zwcx_desktop.store.app import App

        fresh = App(tmp / "fresh")
        wiz = SetupWizard(fresh, offer_sample=True)  # as a first start shows it
        wiz.show()
        _settle(qapp, type("R", (), {"wait": lambda *_a: None})())
        wiz.grab().save(str(OUT / "00-setup-wizard.png"))
        wiz.close()
        fresh.close()
        app = make_sample(tmp / "data", records=400)
        login = LoginDialog(app.root)
        login.show()
        qapp.processEvents()
        login.grab().save(str(OUT / "01-login.png"))
        login.close()
        # The main window as it first appears, before the store has opened (see gui/launch.py).
        shell = open_main(None, Actor("reviewer", Role.REVIEWER, "王强"), home_name=login.glance.home_unit_name)
        shell.showMaximized()
        qapp.processEvents()
        shell.grab().save(str(OUT / "01b-main-window-opening.png"))
        shell.close()
        win = open_main(app, Actor("reviewer", Role.REVIEWER, "王强"))
        win.showMaximized()
        runner = win.ctx.runner
        from zwcx_desktop.gui.mainwindow import PAGES

        for n, key in enumerate(PAGES, start=2):
            win.goto(key)
            _settle(qapp, runner)
            win.grab().save(str(OUT / f"{n:02d}-{key}.png"))
        for kind in ("commitment", "disclosure", "service", "objection"):
            page = win.goto(kind)
            _settle(qapp, runner)
            page.open_row(0)
            _settle(qapp, runner)
            dlg = win.last_dialog
            dlg.grab().save(str(OUT / f"20-form-{kind}.png"))
            if dlg.tabs.count() > 2:
                dlg.tabs.setCurrentIndex(1)
                _settle(qapp, runner)
                dlg.grab().save(str(OUT / f"21-form-{kind}-tab2.png"))
            dlg.tabs.setCurrentIndex(dlg.tabs.count() - 1)
            _settle(qapp, runner)
            dlg.grab().save(str(OUT / f"22-form-{kind}-history.png"))
            dlg.close()
        page = win.goto("commitment")
        page.search.setText("低保")
        _settle(qapp, runner)
        win.grab().save(str(OUT / "30-search.png"))
        win.close()
        runner.wait()
        app.close()
        print(f"screenshots saved to {OUT}/")
        return 0
    finally:
        if xvfb:
            xvfb.terminate()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
