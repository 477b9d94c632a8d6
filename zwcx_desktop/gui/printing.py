"""Print preview of a notice: the notices module renders PDF bytes off the UI thread, QtPdf shows them."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout


def _renderer():
    """notices.render_notice(app, record_id) -> bytes, or None while that module is not built yet."""
    try:
        from zwcx_desktop import notices
        fn = getattr(notices, "render_notice", None)
        if fn is None:
            from zwcx_desktop.notices import render as mod  # type: ignore[attr-defined]

            fn = mod.render_notice
        return fn
    except (ImportError, AttributeError):
        return None


def render_task(_handle, app, record_id: str) -> bytes:
    fn = _renderer()
    return fn(app, record_id)


def preview(ctx, record_id: str, parent) -> None:
    """Render the notice in the background, then show it; say so plainly when printing is not available."""
    if _renderer() is None:
        QMessageBox.information(parent, QCoreApplication.translate("Printing", "Print preview"),
                                QCoreApplication.translate("Printing", "Printing notices is not available in this build yet."))
        return
    ctx.runner.run(render_task, ctx.app, record_id, on_done=lambda pdf: PdfPreview(pdf, parent).show())


class PdfPreview(QDialog):
    def __init__(self, pdf: bytes, parent=None) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.setWindowTitle(self.tr("Print preview"))
        self.resize(800, 1000)
        self._bytes = QByteArray(pdf)
        self._buf = QBuffer(self._bytes, self)
        self._buf.open(QIODevice.OpenModeFlag.ReadOnly)
        self.doc = QPdfDocument(self)
        self.doc.load(self._buf)
        view = QPdfView(self)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setDocument(self.doc)
        lay = QVBoxLayout(self)
        lay.addWidget(view)
