"""A list of attached files (evidence, photos of the posted notice) with an Add button.

Adding copies the file into the attachment store on the writer thread; the hashes are then either kept for the
next save (new records, progress entries) or attached at once to a saved record (`attach_to`).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zwcx_desktop.gui.attachments import blob_path, file_names, store_file


class FilesWidget(QWidget):
    changed = Signal()

    def __init__(self, ctx, attach_to: tuple[str, str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.attach_to = attach_to  # (record id, field name) of a saved record, or None
        self.hashes: list[str] = []
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setMaximumHeight(70)
        self.list.itemDoubleClicked.connect(self._open)
        lay.addWidget(self.list, 1)
        col = QVBoxLayout()
        self.add = QPushButton(self.tr("Add file…"))
        self.add.setObjectName("add_file")
        self.add.clicked.connect(self._choose)
        col.addWidget(self.add)
        col.addStretch(1)
        lay.addLayout(col)

    def set_value(self, hashes) -> None:
        self.hashes = list(hashes or [])
        names = file_names(self.ctx.app, self.hashes)
        self.list.clear()
        for h in self.hashes:
            item = QListWidgetItem(names.get(h, h[:12]))
            item.setData(256, h)
            self.list.addItem(item)

    def value(self):
        return list(self.hashes)

    def setReadOnly(self, ro: bool) -> None:  # noqa: N802 - Qt naming
        # Photos of a posted notice are added after posting, so a saved record still takes files.
        self.add.setEnabled(not ro or self.attach_to is not None)

    def _choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose files"), "",
                                                self.tr("Images and documents (*.jpg *.jpeg *.png *.pdf *.doc "
                                                        "*.docx *.xls *.xlsx);;All files (*)"))
        self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        """Store these files (in the background) and add them to the list."""
        for p in paths:
            self.ctx.runner.write(store_file, self.ctx.app, p, self.ctx.actor.username, on_done=self._stored)

    def _stored(self, sha: str) -> None:
        if self.attach_to:
            rid, field = self.attach_to

            def attach(_h):
                self.ctx.app.records.attach(rid, field, sha, self.ctx.actor)

            self.ctx.runner.write(attach, on_done=lambda _r: self._added(sha))
        else:
            self._added(sha)

    def _added(self, sha: str) -> None:
        if sha not in self.hashes:
            self.set_value(self.hashes + [sha])
        self.changed.emit()

    def _open(self, item: QListWidgetItem) -> None:
        # Blobs are stored by hash without a name; a named temporary copy lets the system pick the right viewer.
        sha = item.data(256)
        tmp = Path(tempfile.gettempdir()) / "zwcx-open" / item.text()
        tmp.parent.mkdir(exist_ok=True)
        shutil.copyfile(blob_path(self.ctx.app, sha), tmp)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(tmp)))
