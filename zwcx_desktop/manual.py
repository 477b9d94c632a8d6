"""The 操作手册: Markdown sections in resources/manual, one per page of the main window and one of common
workflows. The app renders them on F1 (gui/help.py); the installer ships them as a PDF too (notices/manualpdf.py).
Kept light: the help window imports it."""

from __future__ import annotations

from zwcx_desktop.resources import resource

#: Sections of the manual: the opening page, the pages in the order of the side bar, the common workflows.
SECTIONS = ("index", "dashboard", "commitment", "disclosure", "service", "objection", "contract", "lawsuit",
            "dishonesty", "supervision", "stats", "sync", "settings", "workflows")


def manual_text(section: str) -> str:
    """The Markdown of one section of the manual ('' when the file is missing)."""
    try:
        return resource("manual", f"{section}.md").read_text(encoding="utf-8")
    except OSError:
        return ""
