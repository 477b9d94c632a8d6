"""Typing is never lost: a changed record form asks before it closes (保存 / 不保存 / 取消), and what is typed is kept
as a draft in the data folder every few seconds, so a crash or a power cut costs at most those seconds. The next
session offers the drafts back.

A draft is a small JSON file in `<data folder>/drafts/`, written atomically (temporary file, then rename). A citizen
ID number is never written to it: full ID numbers are not kept anywhere (the store keeps a masked form and a
fingerprint), so that one field is typed again.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

#: How often a changed form is written to its draft (milliseconds).
AUTOSAVE_MS = 3000
#: Fields never written to a draft (see the module docstring).
NOT_KEPT = frozenset({"citizen_id"})


def drafts_dir(root: Path) -> Path:
    return root / "drafts"


def list_drafts(root: Path, username: str) -> list[dict]:
    """The drafts this user left, oldest first; unreadable files are skipped (a draft is a convenience)."""
    out = []
    folder = drafts_dir(root)
    for p in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            d = json.loads(p.read_text("utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(d, dict) and d.get("user") == username and isinstance(d.get("values"), dict):
            out.append(d | {"file": str(p)})
    return sorted(out, key=lambda d: d.get("saved_at", ""))


def _write_draft(_handle, path: Path, doc: dict) -> None:
    """Task: write one draft atomically (temporary file, then rename)."""
    path.parent.mkdir(exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(doc, ensure_ascii=False, default=str), "utf-8")
    os.replace(tmp, path)


def _remove_draft(_handle, path: Path) -> None:
    path.unlink(missing_ok=True)


def _quiet(*_args) -> None:
    """A draft that could not be written or removed is not worth a message: it is a convenience."""


class DraftKeeper(QObject):
    """Keeps one record form's unsaved typing in its draft file and asks before the form closes with changes."""

    def __init__(self, dlg) -> None:
        super().__init__(dlg)
        self.dlg = dlg
        self.key = dlg.record_id or f"new-{uuid.uuid4().hex}"
        self.path = drafts_dir(dlg.ctx.app.root) / f"{dlg.kind}-{self.key}.json"
        self.baseline: dict | None = None
        self.written: dict | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.autosave)
        self.timer.start(AUTOSAVE_MS)

    def mark_clean(self) -> None:
        """The form now shows what is stored (after loading or saving): nothing is unsaved."""
        self.baseline = self._values()
        self.forget()

    def dirty(self) -> bool:
        return self.dlg.save_btn.isEnabled() and self.baseline is not None and self._values() != self.baseline

    def _values(self) -> dict:
        return {k: v for k, v in self.dlg.payload().items() if k not in NOT_KEPT}

    def autosave(self) -> None:
        """Write the draft when the typing changed since the last write (quietly: a draft is a convenience)."""
        if not self.dirty():
            return
        values = self._values()
        if values == self.written:
            return
        view = self.dlg.view
        doc = {"kind": self.dlg.kind, "record_id": self.dlg.record_id, "key": self.key,
               "base_version_id": view.version_id if view else None, "user": self.dlg.ctx.actor.username,
               "saved_at": dt.datetime.now().isoformat(timespec="seconds"), "values": values}
        # On the writer thread, never the UI's (a slow or full disk must not stall typing); the same single thread
        # removes drafts, so a removal is never overtaken by an older write.
        self.dlg.ctx.runner.write(_write_draft, self.path, doc, on_error=_quiet)
        self.written = values

    def forget(self) -> None:
        self.written = None
        self.dlg.ctx.runner.write(_remove_draft, self.path, on_error=_quiet)

    def adopt(self, draft: dict) -> None:
        """Continue a draft left by an earlier session: its values go into the form (which stays unsaved) and
        the old file becomes this form's draft."""
        for name, value in draft["values"].items():
            box = self.dlg.boxes.get(name)
            if box is not None and not self.dlg.spec.field(name).computed and name not in self.dlg.concealed:
                box.editor.set_value(value)
        old = Path(draft["file"])
        if old != self.path:
            old.unlink(missing_ok=True)
        self.autosave()
        note = self.tr("Restored from a draft saved %1 that was never saved as a record.").replace(
            "%1", draft.get("saved_at", "").replace("T", " "))
        if self.dlg.view is not None and draft.get("base_version_id") != self.dlg.view.version_id:
            note += " " + self.tr("The record has changed since then: compare before saving.")
        self.dlg.notice.setText(note)

    def may_close(self) -> bool:
        """True when the form may close now. With unsaved changes it asks first (保存 / 不保存 / 取消, without
        blocking) and closes the form itself once the answer allows: 保存 closes it after the save succeeded."""
        if not self.dirty():
            self.timer.stop()
            self.forget()
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("This form has changes that are not saved."), parent=self.dlg)
        box.setObjectName("unsaved_changes")
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Don't save"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)

        def answered(_result) -> None:
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked is drop:
                self.timer.stop()
                self.forget()
                self.baseline = None  # nothing to ask about any more
                self.dlg.close()
            elif clicked is save:
                self.dlg.save(close_after=True)

        box.finished.connect(answered)
        box.open()
        self.autosave()  # whatever the answer, the typing is on disk meanwhile
        return False


def offer_drafts(win) -> None:
    """At the start of a session: offer the forms this user left unsaved (a crash, a power cut) to continue."""
    from PySide6.QtCore import QCoreApplication

    from zwcx_desktop.store.records import NotFound

    drafts = list_drafts(win.ctx.app.root, win.ctx.actor.username)
    if not drafts:
        return
    text = QCoreApplication.translate(
        "Drafts", "%1 form(s) were being filled in when zwcx last stopped and were never saved. Open them to continue?")
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Drafts", "Unsaved forms"),
                      text.replace("%1", str(len(drafts))), parent=win)
    box.setObjectName("offer_drafts")
    open_ = box.addButton(QCoreApplication.translate("Drafts", "Open them"), QMessageBox.ButtonRole.AcceptRole)
    drop = box.addButton(QCoreApplication.translate("Drafts", "Discard them"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("Drafts", "Later"), QMessageBox.ButtonRole.RejectRole)

    def answered(_result) -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        for d in drafts:
            if clicked is drop:
                Path(d["file"]).unlink(missing_ok=True)
            elif clicked is open_:
                try:
                    win.open_record(d["kind"], d.get("record_id") or "")
                except NotFound:  # deleted meanwhile (by another computer): nothing to continue
                    Path(d["file"]).unlink(missing_ok=True)
                    continue
                dlg = win.last_dialog
                if dlg is not None and getattr(dlg, "drafts", None) is not None:
                    dlg.drafts.adopt(d)

    box.finished.connect(answered)
    box.open()
