"""PySide6 6.12.0 on Python 3.11 drops a reference to None on each void call and to True/False on each emit;
zwcx_desktop.gui guards against it (gui/refcounts.py). A long session must not abort the interpreter."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SESSION = """
import sys
{guard}
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
class Source(QObject):
    changed = Signal(int)
src = Source()
src.changed.connect(lambda v: None)
for i in range(150_000):  # well past the few ten thousand references None and True start with
    label.setText(str(i % 7))
    src.changed.emit(i)
    if i % 50 == 0:
        app.processEvents()
print("survived", label.text())
"""


def _run(guard: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SESSION.format(guard=guard)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_a_long_session_of_qt_calls_does_not_abort_the_interpreter():
    r = _run("import zwcx_desktop.gui")
    assert r.returncode == 0, r.stderr[-2000:]
    assert "survived" in r.stdout


def test_the_guard_is_still_needed_or_can_go():
    """Fails when the defect is gone from the pinned PySide6 or Python: then refcounts.py can be deleted."""
    from zwcx_desktop.gui.refcounts import needed

    if not needed():
        return  # Python 3.12+: the singletons are immortal without us
    r = _run("")
    assert r.returncode != 0 and "dealloc" in r.stderr, "PySide6 no longer drops references: remove refcounts.py"
