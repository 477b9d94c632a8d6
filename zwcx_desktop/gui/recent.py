"""最近打开: the records last opened in a form, under File, kept per data folder in the local settings.

Only kinds and ids go into the settings file (titles may name residents); the titles are read in the background
whenever the list changes, and a record deleted since drops out of the menu.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings

from zwcx_desktop.gui.i18n import kind_name

# json and hashlib are imported where used: the menu is built before the main window first shows, they are not
# needed until the store is open.
MAX_RECENT = 10
#: Characters of a title shown in the menu before it is cut with an ellipsis.
TITLE_CHARS = 40


def settings_key(root) -> str:
    """The QSettings key of one data folder's list (a sample office and the real one keep their own)."""
    import hashlib

    return "recent/" + hashlib.sha256(str(root).encode("utf-8")).hexdigest()[:16]


def load(root, settings: QSettings | None = None) -> list[tuple[str, str]]:
    """(kind, record id) of the records last opened from the data folder `root`, newest first."""
    import json

    try:
        rows = json.loads(str((settings or QSettings()).value(settings_key(root), "[]")))
        return [(str(k), str(r)) for k, r in rows][:MAX_RECENT]
    except (ValueError, TypeError):  # a hand-edited or damaged entry: start the list again
        return []


def titles(_handle, app, entries: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Task: (kind, id, title) of the entries that still exist."""
    from zwcx_desktop.store.reading import NotFound

    out = []
    for kind, rid in entries:
        try:
            out.append((kind, rid, app.records.get(rid).title))
        except NotFound:
            continue
    return out


class RecentMenu(QObject):
    """Fills `menu`, the File menu's 最近打开 submenu of the main window `win` (in its form, ui/main_window.ui);
    `remember` is called as a form opens or saves."""

    def __init__(self, win, menu) -> None:
        super().__init__(win)
        self.win = win
        self._settings: QSettings | None = None
        self.menu = menu
        self._fill([])

    @property
    def settings(self) -> QSettings:
        """One QSettings kept from the first use: a new one reads its file again, on every form opened."""
        if self._settings is None:
            self._settings = QSettings()
        return self._settings

    def remember(self, kind: str, record_id: str) -> None:
        """Put this record first in the list of its data folder."""
        import json

        app = self.win.ctx.app
        if app is None or not record_id:
            return
        entries = [(kind, record_id)] + [e for e in load(app.root, self.settings) if e[1] != record_id]
        self.settings.setValue(settings_key(app.root), json.dumps(entries[:MAX_RECENT]))
        self.refresh()

    def refresh(self) -> None:
        """Read the titles of the list in the background and rebuild the menu."""
        app = self.win.ctx.app
        if app is None:
            self._fill([])
            return
        self.win.ctx.runner.run(titles, app, load(app.root, self.settings), on_done=self._fill)

    def _fill(self, rows: list[tuple[str, str, str]]) -> None:
        self.menu.clear()
        for n, (kind, rid, title) in enumerate(rows, start=1):
            short = title if len(title) <= TITLE_CHARS else title[:TITLE_CHARS - 1] + "…"
            prefix = f"&{n} " if n < 10 else ""
            act = self.menu.addAction(prefix + f"{kind_name(kind)}：{short}".replace("&", "&&"))
            act.setObjectName(f"recent_{n}")
            act.setToolTip(title)
            act.triggered.connect(lambda _c=False, k=kind, r=rid: self.win.open_record(k, r))
        if not rows:
            self.menu.addAction(self.tr("(none yet)")).setEnabled(False)
