"""Printing notices: preview, the system print dialog, save as PDF, the notice board in one go, and the print log.

The notices module renders PDF bytes off the UI thread (reportlab is the slow part). Pages go to the printer on
the UI thread, one page per event-loop turn, so the window keeps answering and Cancel works between pages. Every
print and every saved PDF is logged (`notices.record_print`: which version, when, by whom, where to).

The dialogs live beside it: the preview in gui/pdfpreview.py, the notice board's print dialog in gui/boardprint.py.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

log = logging.getLogger(__name__)
#: Pages are rasterised for the printer at no more than this resolution: enough for 仿宋 body text and QR codes,
#: and an A3 page stays near 70 MB of image instead of gigabytes at a PDF printer's 1200 dpi.
MAX_DPI = 300
BOARD_STATUSES = ("publicizing", "republished")  # 公示中, 重新公示: what is on the notice board now


# ---------------------------------------------------------------------------------------------- background tasks

_IMPORT_LOCK = threading.Lock()


def load_notices():
    """Import the notices package (reportlab and all) under a lock, off the UI thread.

    Worker threads import it on first use; two of them at once (a record form's print log and its print preview)
    could each see the other's half-initialised module and fail with ImportError, so the first import is made by
    one thread at a time. Later calls cost a dictionary lookup.
    """
    with _IMPORT_LOCK:
        import zwcx_desktop.notices.render

        return zwcx_desktop.notices.render

@dataclass
class Rendered:
    """One notice ready to print: the exact version it shows, and its bytes."""

    record_id: str
    version_id: str
    title: str
    pdf: bytes
    period_guessed: bool = False  # the publicity period runs into a year whose holidays are not known yet
    print_as: str = "valid"  # the review gate (domain.lifecycle.print_as): valid, draft or void
    watermark: str = ""  # what a draft or void copy says across every page
    has_qr: bool = True  # False when no municipal server is configured (or the notice is not valid)
    official_end: dt.date | None = None  # the end the official calendar now gives, unlike the posted one


@dataclass
class BatchResult:
    done: list[Rendered] = field(default_factory=list)
    refused: list[tuple[str, Exception]] = field(default_factory=list)  # (title, NoticeRefused)
    sheet: bytes | None = None  # the board sheet, when the notices go on one sheet instead of one by one


def render_current(app, record_id: str) -> Rendered:
    """The current version's notice, pinned to that version so the log names what was really printed even if
    someone saves a new version meanwhile."""
    return render_version(app, record_id)


def render_version(app, record_id: str, version: int | None = None) -> Rendered:
    """One version's notice (default: the current one); an old version gives the same bytes it gave then."""
    load_notices()
    from zwcx_desktop.notices.render import render_checked

    view = app.records.get(record_id)
    version = view.version if version is None else version
    notice, pdf = render_checked(app, record_id, version=version)
    version_id = view.version_id if version == view.version else app.records.version_doc(record_id, version)[0].version_id
    return Rendered(record_id, version_id, view.title, pdf, not notice.period.confirmed, notice.print_as,
                    notice.watermark, bool(notice.qr_url), notice.period.official_end)


def render_task(_handle, app, record_id: str, version: int | None = None) -> Rendered:
    """Task: `render_version` off the UI thread (the current version unless one is named)."""
    return render_version(app, record_id, version)


def render_batch(handle, app, record_ids: list[str], paper: str | None = None) -> BatchResult:
    """Render several notices, reporting progress; a refused notice is set aside so the others still print.

    With `paper` (A3 or A4) the notices that pass go on one board sheet (notices.render_board) instead; each is
    still logged as printed, with the version the sheet showed.
    """
    load_notices()
    from zwcx_core.notices import gate, glyphs, guard
    from zwcx_desktop.notices import NoticeRefused, NotPrintable, content, render_board

    out = BatchResult()
    for i, rid in enumerate(record_ids):
        handle.check()
        handle.progress(i, len(record_ids), rid)
        try:
            if paper:
                view = app.records.get(rid)
                notice = content.build(app, rid, view.version)
                gate.for_posting(app, notice)  # the sheet takes reviewed notices only, as render_board does
                guard.check(notice)  # the guards the sheet runs, one notice at a time
                glyphs.check(notice)
                out.done.append(Rendered(rid, view.version_id, view.title, b"", not notice.period.confirmed,
                                         official_end=notice.period.official_end))
            else:
                out.done.append(render_current(app, rid))
        except (NoticeRefused, NotPrintable) as exc:
            out.refused.append((app.records.get(rid).title, exc))
    if paper and out.done:
        handle.check()
        out.sheet = render_board(app, [r.record_id for r in out.done], paper)
    handle.progress(len(record_ids), len(record_ids), "")
    return out


def log_prints(_handle, app, items: list[Rendered], actor, output: str | None) -> int:
    load_notices()
    from zwcx_desktop.notices import record_print

    for r in items:
        record_print(app, r.record_id, r.version_id, actor, output)
    return len(items)


def board_records(_handle, app) -> list[tuple[str, str, str]]:
    """(id, title, status) of the disclosures on the notice board now, oldest publicity first."""
    from zwcx_desktop.store import queries

    with app.db.read() as s:
        ids = queries.ids(s, queries.Filter("disclosure", statuses=list(BOARD_STATUSES)))
        rows = queries.rows(s, "disclosure", ids)
    rows.sort(key=lambda r: (str(r.get("period_start") or ""), r["id"]))
    return [(r["id"], str(r.get("title") or r["id"]), str(r.get("status"))) for r in rows]


# ---------------------------------------------------------------------------------------------- messages

def field_text(name: str) -> str:
    """A notice field as the clerk knows it (正文, 联系电话, 公示名单第3行“备注”), from the guard's field name."""
    from zwcx_core.domain.schema import KINDS
    from zwcx_desktop.gui.i18n import label

    names = {f.name: label(f) for k in KINDS.values() for f in k.fields}
    # Parts of a notice that are not record fields (the guard names them too).
    names |= {"title": QCoreApplication.translate("Printing", "Title"),
              "unit name": QCoreApplication.translate("Printing", "Unit name"),
              "summary": QCoreApplication.translate("Printing", "Summary"),
              "contact": QCoreApplication.translate("Printing", "How to object"),
              "period": QCoreApplication.translate("Printing", "Publicity period"),
              "intro": QCoreApplication.translate("Printing", "Introduction"),
              "heading": QCoreApplication.translate("Printing", "Heading"),
              "position": QCoreApplication.translate("Printing", "No.")}
    parts = name.split()
    if len(parts) >= 3 and parts[1] == "row":
        column = " ".join(parts[3:])
        return (QCoreApplication.translate("Printing", "%1, row %2, %3")
                .replace("%1", names.get(parts[0], parts[0])).replace("%2", parts[2])
                .replace("%3", names.get(column, column)))
    if parts and parts[-1] == "caption":
        return names.get(parts[0], parts[0])
    return names.get(name, name)


def refused_text(exc) -> str:
    """Why a notice was not printed, naming the field, in the UI language."""
    kind = getattr(exc, "kind", "")
    if kind == "glyph":  # notices/glyphs.py: a character no notice font draws
        from zwcx_core.domain.printable import describe

        text = QCoreApplication.translate("Printing", "Not printed: the field “%1” contains %2, which the notice "
                                                      "fonts cannot print. Replace it in the record, then print again.")
        named = "、".join(describe(c) for c in getattr(exc, "chars", [])[:5])
        return text.replace("%1", field_text(getattr(exc, "field", ""))).replace("%2", named)
    if kind == "id":
        what = QCoreApplication.translate("Printing", "an unmasked citizen ID number")
    elif kind == "mobile":
        what = QCoreApplication.translate("Printing", "an unmasked mobile number")
    elif kind == "bank_card":
        what = QCoreApplication.translate("Printing", "an unmasked bank card number")
    elif kind == "private":
        what = QCoreApplication.translate("Printing", "a name or number only the case handlers may see (such as "
                                                      "the complainant's)")
    else:
        what = QCoreApplication.translate("Printing", "unmasked personal data")
    text = QCoreApplication.translate("Printing", "Not printed: the field “%1” contains %2. Mask it in the record, "
                                                  "then print again.")
    return text.replace("%1", field_text(getattr(exc, "field", ""))).replace("%2", what)


def show_failure(parent, exc, details: str = "") -> None:
    from zwcx_desktop.gui.errors import describe
    from zwcx_desktop.notices import NoticeRefused

    text = refused_text(exc) if isinstance(exc, NoticeRefused) else describe(exc)
    QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Printing"), text)


# ---------------------------------------------------------------------------------------------- pages to a printer

def page_layout(doc, page: int) -> QPageLayout:
    """The paper of one PDF page: its size (A4/A3, matched fuzzily) and orientation, without margins."""
    size_pt = doc.pagePointSize(page)
    landscape = size_pt.width() > size_pt.height()
    w, h = (size_pt.height(), size_pt.width()) if landscape else (size_pt.width(), size_pt.height())
    size = QPageSize(QSize(round(w), round(h)))  # fuzzy match: 595×842 pt is A4
    orient = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orient, QMarginsF(0, 0, 0, 0))


class PageJob(QObject):
    """Paint the pages of several PDFs into one printer job, one page per event-loop turn.

    Each page is rasterised by QtPdf at the printer's resolution (at most MAX_DPI) and laid on a full page of the
    size and orientation of the PDF page, so A4 portrait notices, landscape rosters and A3 board sheets keep their
    own paper. `progressed(done, total)` after each page; `finished(ok)` once, False when cancelled or failed.
    """

    progressed = Signal(int, int)
    finished = Signal(bool)

    def __init__(self, printer, pdfs: list[bytes], parent=None) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument

        self.printer = printer
        self.docs = []
        self._keep = []
        for pdf in pdfs:
            data = QByteArray(pdf)
            buf = QBuffer(self)
            buf.setData(data)
            buf.open(QIODevice.OpenModeFlag.ReadOnly)
            doc = QPdfDocument(self)
            doc.load(buf)
            self._keep.append((data, buf))
            self.docs.append(doc)
        self.pages = [(d, p) for d in self.docs for p in range(d.pageCount())]
        self._total = len(self.pages)
        self.done = 0
        self.cancelled = False
        self.painter: QPainter | None = None

    @property
    def total(self) -> int:
        return self._total

    def start(self) -> None:
        QTimer.singleShot(0, self._next)

    def cancel(self) -> None:
        self.cancelled = True

    def _step(self) -> bool:
        """Print one page; False when the job is over (all printed, cancelled or failed)."""
        if self.cancelled or not self.pages:
            self._end(False)
            return False
        if self.done >= self._total:
            self._end(True)
            return False
        doc, page = self.pages[self.done]
        self.printer.setFullPage(True)  # the PDF carries its own GB/T 9704 margins
        self.printer.setPageLayout(page_layout(doc, page))
        if self.painter is None:
            self.painter = QPainter()
            if not self.painter.begin(self.printer):
                self.painter = None
                self._end(False)
                return False
        elif not self.printer.newPage():
            self._end(False)
            return False
        target = QRectF(self.printer.pageLayout().fullRectPixels(self.printer.resolution()))
        dpi = min(self.printer.resolution(), MAX_DPI)
        size_pt = doc.pagePointSize(page)
        image = doc.render(page, QSize(round(size_pt.width() * dpi / 72), round(size_pt.height() * dpi / 72)))
        self.painter.drawImage(target, image)
        self.done += 1
        self.progressed.emit(self.done, self.total)
        return True

    def _next(self) -> None:
        import shiboken6

        if not shiboken6.isValid(self):
            return  # the window that started the job was closed: Qt has already deleted the job
        try:
            more = self._step()
        except Exception:  # noqa: BLE001 - a failed page must end the job, not leave its progress hanging
            log.warning("printing failed", exc_info=True)
            self._end(False)
            return
        if more:
            QTimer.singleShot(0, self._next)

    def _end(self, ok: bool) -> None:
        if self.painter is not None:
            if not ok:
                self.printer.abort()
            self.painter.end()
            self.painter = None
        self.pages = []
        self.finished.emit(ok)




def choose_printer(parent):
    """The system print dialog; the chosen printer, or None when the clerk cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dlg = QPrintDialog(printer, parent)
    dlg.setWindowTitle(QCoreApplication.translate("Printing", "Print notice"))
    return printer if dlg.exec() == QDialog.DialogCode.Accepted else None


def printer_target(printer) -> str:
    """Where a print went, for the log: the PDF file, or the printer's name."""
    from PySide6.QtPrintSupport import QPrinter

    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return printer.outputFileName()
    return printer.printerName() or QCoreApplication.translate("Printing", "printer")


class Printout(QObject):
    """Rendered notices → printer (PageJob) → print log. `finished(ok)` once the log is written (or the job
    ended without printing); `progressed(pages done, pages)` while printing."""

    progressed = Signal(int, int)
    finished = Signal(bool)

    def __init__(self, ctx, printer, items: list[Rendered], parent=None, pdfs: list[bytes] | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.printer, self.items = ctx, printer, items
        self.job = PageJob(printer, pdfs if pdfs is not None else [r.pdf for r in items], self)
        self.job.progressed.connect(self.progressed)
        self.job.finished.connect(self._printed)

    def start(self) -> None:
        self.job.start()

    def cancel(self) -> None:
        self.job.cancel()

    def _printed(self, ok: bool) -> None:
        if not ok:
            self.finished.emit(False)
            return
        self.ctx.runner.write(log_prints, self.ctx.app, self.items, self.ctx.actor, printer_target(self.printer),
                              on_done=lambda _n: self.finished.emit(True), on_error=self._log_failed)

    def _log_failed(self, exc, details) -> None:
        from zwcx_desktop.gui.errors import describe

        self.ctx.runner.failed.emit(describe(exc), details)
        self.finished.emit(False)


def guessed_period_text(items: list[Rendered]) -> str:
    """What to tell the clerk about notices whose period end was counted on a guessed calendar ('' if none)."""
    titles = "、".join(f"“{r.title}”" for r in items if r.period_guessed)
    if not titles:
        return ""
    return QCoreApplication.translate(
        "Printing", "The publicity period of %1 runs into a year whose holidays are not known yet, so its end "
        "date counts Monday to Friday as working days. Check the dates before the notice is posted.").replace(
            "%1", titles)


def print_state_text(item: Rendered) -> str:
    """One line telling the clerk that the notice is a draft or a marked copy, or why it has no QR code ('' when
    it is a reviewed notice with its QR code)."""
    if item.print_as == "draft":
        return QCoreApplication.translate(
            "Printing", "This is a draft, not yet approved by a reviewer: it prints with the watermark “%1” and "
            "without a QR code, and may not be posted.").replace("%1", item.watermark)
    if item.print_as == "void":
        return QCoreApplication.translate(
            "Printing", "The record was withdrawn or cancelled: this copy is marked “%1”, has no QR code and may not "
            "be posted.").replace("%1", item.watermark)
    if not item.has_qr:
        return QCoreApplication.translate(
            "Printing", "No municipal server is configured, so the notice has no QR code; residents can check its "
            "verification code with the office. Enter the server address in Settings.")
    return ""


def official_end_text(items: list[Rendered]) -> str:
    """What to tell the clerk about posted notices whose end date the official holiday calendar, now known, puts
    elsewhere ('' if none): the reprint keeps the posted date, so the clerk decides what to do on the board."""
    from zwcx_core.domain.calendar import zh_date
    from zwcx_desktop.gui.i18n import is_zh

    lines = []
    for r in items:
        if r.official_end is not None:
            when = zh_date(r.official_end) if is_zh() else r.official_end.isoformat()
            lines.append(QCoreApplication.translate(
                "Printing", "%1: under the official holiday schedule the publicity period should end on %2; the "
                "notice keeps the end date it was posted with.").replace("%1", f"“{r.title}”").replace("%2", when))
    return "\n".join(lines)


def period_caution_text(items: list[Rendered]) -> str:
    """Every caution about the publicity periods of these notices ('' if none)."""
    return "\n".join(t for t in (guessed_period_text(items), official_end_text(items)) if t)


def confirm_guessed_periods(items: list[Rendered], parent) -> bool:
    """Print anyway? Asked only when a period rests on a guessed calendar or the official one now differs."""
    text = period_caution_text(items)
    if not text:
        return True
    answer = QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Check the publicity period"),
                                 text + "\n\n" + QCoreApplication.translate("Printing", "Print anyway?"),
                                 QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                 QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def print_rendered(ctx, items: list[Rendered], parent, on_logged=None, printer=None) -> Printout | None:
    """Ask for a printer (unless given) and print with a progress dialog that can cancel between pages."""
    from PySide6.QtWidgets import QProgressDialog

    if not confirm_guessed_periods(items, parent):
        return None
    printer = printer or choose_printer(parent)
    if printer is None:
        return None
    run = Printout(ctx, printer, items, parent)
    bar = QProgressDialog(QCoreApplication.translate("Printing", "Printing…"),
                          QCoreApplication.translate("Printing", "Cancel"), 0, max(run.job.total, 1), parent)
    bar.setObjectName("print_progress")
    bar.setWindowModality(Qt.WindowModality.WindowModal)
    bar.setMinimumDuration(500)
    bar.canceled.connect(run.cancel)
    run.progressed.connect(lambda done, _t: bar.setValue(done))

    def finished(ok: bool) -> None:
        bar.reset()
        bar.deleteLater()
        if ok and on_logged:
            on_logged()

    run.finished.connect(finished)
    run.start()
    return run


def save_rendered(ctx, item: Rendered, parent, on_logged=None, path: str | None = None) -> None:
    """Save the notice's own PDF bytes (vector, reproducible) where the clerk chooses, and log it."""
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Printing", "Save as PDF"),
                                              f"{item.title or item.record_id}.pdf",
                                              QCoreApplication.translate("Printing", "PDF files (*.pdf)"))
    if not path:
        return
    if not path.lower().endswith(".pdf"):
        path += ".pdf"

    def task(handle):
        with open(path, "wb") as f:
            f.write(item.pdf)
        return log_prints(handle, ctx.app, [item], ctx.actor, path)

    ctx.runner.write(task, on_done=lambda _n: on_logged and on_logged(),
                     on_error=lambda exc, details: show_failure(parent, exc, details))


def _render_then(ctx, record_id: str, parent, then) -> None:
    ctx.runner.run(render_task, ctx.app, record_id, on_done=then,
                   on_error=lambda exc, details: show_failure(parent, exc, details))


def print_record(ctx, record_id: str, parent, on_logged=None) -> None:
    """Ctrl+P: render the current version, then the system print dialog, then print and log."""
    _render_then(ctx, record_id, parent, lambda r: print_rendered(ctx, [r], parent, on_logged))


def save_record_pdf(ctx, record_id: str, parent, on_logged=None) -> None:
    _render_then(ctx, record_id, parent, lambda r: save_rendered(ctx, r, parent, on_logged))


def preview(ctx, record_id: str, parent, on_logged=None) -> None:
    """Render the notice in the background, then show it with Print and Save as PDF buttons."""
    from zwcx_desktop.gui.pdfpreview import PdfPreview

    _render_then(ctx, record_id, parent, lambda r: PdfPreview(r.pdf, parent, ctx=ctx, rendered=r,
                                                              on_logged=on_logged).show())
