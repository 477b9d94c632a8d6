"""The print preview of a notice: its pages, what the clerk must know before posting it, Print… and Save as PDF….

The printed-list preview (gui/listpreview.py) is the same dialog with the list's own buttons' wiring.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QDialog

from zwcx_desktop.gui.printing import (
    Rendered,
    period_caution_text,
    print_rendered,
    print_state_text,
    save_rendered,
)
from zwcx_desktop.gui.screenfit import resize_within_screen


class PdfPreview(QDialog):
    """The pages of a PDF; with `ctx` and the `rendered` notice, Print… and Save as PDF… print and log it."""

    def __init__(self, pdf: bytes, parent=None, ctx=None, rendered: Rendered | None = None, on_logged=None) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument

        # The layout is ui/pdf_preview.ui (Qt Designer), compiled into ui_pdf_preview.py at build time; imported
        # here because the form loads QtPdfWidgets, which the windows that can open a preview do not need.
        from zwcx_desktop.gui.ui_pdf_preview import Ui_PdfPreview

        self.ctx, self.rendered, self.on_logged = ctx, rendered, on_logged
        self.ui = Ui_PdfPreview()
        self.ui.setupUi(self)
        resize_within_screen(self, 800, 1000)
        self._bytes = QByteArray(pdf)
        self._buf = QBuffer(self._bytes, self)
        self._buf.open(QIODevice.OpenModeFlag.ReadOnly)
        self.doc = QPdfDocument(self)
        self.doc.load(self._buf)
        self.ui.preview_pages.setDocument(self.doc)
        self.caution = self.ui.preview_caution
        self.caution.setText(period_caution_text([rendered]) if rendered is not None else "")
        self.caution.setVisible(bool(self.caution.text()))
        self.state = self.ui.preview_state
        self.state.setText(print_state_text(rendered) if rendered is not None else "")
        if rendered is not None and rendered.print_as != "valid":
            self.state.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.state.setVisible(bool(self.state.text()))
        self.print_btn, self.save_btn = self.ui.preview_print, self.ui.preview_save
        if ctx is not None and rendered is not None:
            self.print_btn.clicked.connect(lambda: print_rendered(ctx, [rendered], self, on_logged))
            self.save_btn.clicked.connect(lambda: save_rendered(ctx, rendered, self, on_logged))
        else:  # nothing to print or log from here (a subclass may wire the buttons itself)
            self.print_btn.hide()
            self.save_btn.hide()
