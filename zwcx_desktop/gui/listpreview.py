"""The preview of a printed list (gui/listprinting.py) with Print… and Save as PDF…, and no print log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from zwcx_desktop.gui.listprinting import show_failure
from zwcx_desktop.gui.pdfpreview import PdfPreview
from zwcx_desktop.gui.printing import PageJob, choose_printer


class ListPreview(PdfPreview):
    """The pages of a printed list, with Print… and Save as PDF…."""

    def __init__(self, pdf: bytes, parent=None, ctx=None) -> None:
        super().__init__(pdf, parent)
        self.pdf = pdf
        self.list_ctx = ctx  # not PdfPreview's ctx: that one would wire the buttons to print and log a notice
        self.setWindowTitle(QCoreApplication.translate("ListPrinting", "Print list"))
        # The preview's own Print… and Save as PDF… (ui/pdf_preview.ui), for a list: no print log.
        self.print_btn.setToolTip(QCoreApplication.translate("ListPrinting", "Choose a printer and print the list"))
        self.print_btn.clicked.connect(lambda: self.print_pdf())
        self.save_btn.setToolTip(QCoreApplication.translate("ListPrinting", "Save the list as a PDF file"))
        self.save_btn.clicked.connect(lambda: self.save_pdf())
        self.print_btn.show()
        self.save_btn.show()
        self.job: PageJob | None = None

    def print_pdf(self, printer=None) -> PageJob | None:
        """Ask for a printer (unless given) and print the pages."""
        printer = printer or choose_printer(self)
        if printer is None:
            return None
        self.job = PageJob(printer, [self.pdf], self)
        self.job.start()
        return self.job

    def save_pdf(self, path: str | None = None) -> str | None:
        """Write the PDF where the clerk chooses (on the worker when there is a `ctx`); the path, or None."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, QCoreApplication.translate("ListPrinting", "Save as PDF"),
                QCoreApplication.translate("ListPrinting", "list") + ".pdf",
                QCoreApplication.translate("ListPrinting", "PDF files (*.pdf)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"

        def write(_handle, target: str, pdf: bytes) -> None:
            with open(target, "wb") as f:
                f.write(pdf)

        # On the runner's worker, as every other save: a USB stick or a network folder may take seconds.
        if self.list_ctx is None:
            write(None, path, self.pdf)
        else:
            self.list_ctx.runner.run(write, path, self.pdf, on_error=lambda exc, _d: show_failure(self, exc))
        return path
