"""Work-around for a reference-counting defect of PySide6 6.12.0 on Python 3.11.

Measured here (`tests/gui/test_refcounts.py`): with PySide6-Essentials 6.12.0 every call of a Qt method that
returns nothing (`QLabel.setText`, `QCoreApplication.processEvents`, ...) drops one reference to `None` that it
never took, and every `Signal.emit` does the same to `True`/`False`. Python 3.12 and later make those objects
immortal, so the bindings get away with it there; on 3.11 the count reaches zero after tens of thousands of calls
and the interpreter aborts ("Fatal Python error: none_dealloc"). A clerk's session makes that many calls in
minutes; PySide6 6.11.3 does not have the defect, but its PDF viewer comes only with the 175 MB Addons package.

Until zwcx runs on Python ≥ 3.12 or a fixed PySide6, start-up gives these singletons a reference count so large
that no session can exhaust it, which is what Python 3.12 does for them ("immortal objects", PEP 683).
"""

from __future__ import annotations

import ctypes
import sys

#: Far more references than a session can drop (one per Qt call), far below the overflow of Py_ssize_t.
HEADROOM = 1 << 48
SINGLETONS = (None, True, False, NotImplemented, Ellipsis)


def needed() -> bool:
    """Only CPython before 3.12 counts references to these objects."""
    # Not on a Py_TRACE_REFS debug build (sys.getobjects exists there): ob_refcnt is not the first field.
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12) and not hasattr(sys, "getobjects")


def make_singletons_immortal() -> None:
    """Add HEADROOM references to None, True, False, NotImplemented and Ellipsis (once per process)."""
    if not needed() or sys.getrefcount(None) > HEADROOM:
        return
    for obj in SINGLETONS:
        # ob_refcnt is the first field of every object in CPython's release builds.
        ctypes.c_ssize_t.from_address(id(obj)).value += HEADROOM
