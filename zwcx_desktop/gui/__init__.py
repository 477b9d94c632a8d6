"""The PySide6 desktop client: the only package of zwcx that imports Qt."""

from zwcx_desktop.gui.refcounts import make_singletons_immortal

# Before any Qt call: PySide6 6.12.0 on Python 3.11 drops references to None/True/False (see refcounts.py).
make_singletons_immortal()
