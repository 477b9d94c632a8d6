"""Help: the 操作手册 (resources/manual/*.md, one section per page and one for common workflows) shown at the page
the clerk is on when F1 is pressed, and the tooltips of actions, buttons and fields whose meaning is not obvious.

Imported when first needed (F1, a menu opened, a list page or form built), never on the way to the first window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QTextBrowser, QWidget

from zwcx_desktop.gui.screenfit import resize_within_screen
from zwcx_desktop.manual import SECTIONS, manual_text


def section_title(section: str) -> str:
    """A section's title: its first heading."""
    for line in manual_text(section).splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return section


class ManualDialog(QDialog):
    """The manual: its sections on the left, the chosen one rendered from Markdown on the right."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("manual")
        self.setWindowTitle(QCoreApplication.translate("Help", "User manual"))
        resize_within_screen(self, 900, 680)
        lay = QHBoxLayout(self)
        self.sections = QListWidget()
        self.sections.setObjectName("manual_sections")
        self.sections.setMaximumWidth(170)
        for key in SECTIONS:
            self.sections.addItem(section_title(key))
        lay.addWidget(self.sections)
        self.text = QTextBrowser()
        self.text.setObjectName("manual_text")
        self.text.setOpenExternalLinks(False)
        lay.addWidget(self.text, 1)
        self.sections.currentRowChanged.connect(lambda i: self.show_section(SECTIONS[i]) if i >= 0 else None)
        self.section = ""

    def show_section(self, key: str) -> None:
        """Show the section of `key` (a page key or section name; the opening page when there is none)."""
        key = key if key in SECTIONS else "index"
        if key != self.section:
            self.section = key
            self.text.setMarkdown(manual_text(key))
            self.sections.setCurrentRow(SECTIONS.index(key))


def open_manual(parent: QWidget, section: str) -> ManualDialog:
    """Show the manual at `section`, reusing the window's manual if one is open."""
    dlg = getattr(parent, "_manual", None)
    if dlg is None:
        dlg = parent._manual = ManualDialog(parent)
    dlg.show_section(section)
    dlg.show()
    dlg.raise_()
    dlg.activateWindow()
    return dlg


def install_f1(widget: QWidget, section: str) -> None:
    """F1 in `widget` (a record form, which is a window of its own) opens the manual at `section`."""
    sc = QShortcut(QKeySequence("F1"), widget)
    sc.activated.connect(lambda: open_manual(widget.window().parent() or widget, section))


# ---------------------------------------------------------------------------------------------- tooltips

def _tips() -> dict[str, str]:
    """Tooltips by object name of actions and buttons."""
    return {
        "act_new": QCoreApplication.translate(
            "Help", "Create a new record of the kind on this page (Ctrl+N)"),
        "act_save": QCoreApplication.translate(
            "Help", "Save the record form in front (Ctrl+S)"),
        "act_search": QCoreApplication.translate(
            "Help", "Go to the search box of this list (Ctrl+F)"),
        "act_print": QCoreApplication.translate(
            "Help", "Print the notice of the record form in front (Ctrl+P)"),
        "act_print_list": QCoreApplication.translate(
            "Help", "Print the list on this page as it is filtered and sorted (Ctrl+Shift+P)"),
        "act_print_board": QCoreApplication.translate(
            "Help", "Print every notice now on the notice board in one job"),
        "act_about": QCoreApplication.translate(
            "Help", "Version and licences of zwcx and the software it ships with"),
        "act_manual": QCoreApplication.translate(
            "Help", "Open the user manual at this page (F1)"),
        "act_quit": QCoreApplication.translate(
            "Help", "Close zwcx"),
        "act_restore_backup": QCoreApplication.translate(
            "Help", "Replace all data with a backup (administrators)"),
        "menu_recent": QCoreApplication.translate(
            "Help", "Records opened lately"),
        "new_record": QCoreApplication.translate(
            "Help", "Create a new record of this kind"),
        "export_list": QCoreApplication.translate(
            "Help", "Save the records this list shows, with its filters, as an Excel workbook"),
        "import_roster": QCoreApplication.translate(
            "Help", "Add many records at once from an Excel workbook, after a preview"),
        "search": QCoreApplication.translate(
            "Help", "Type any part of a title, name or village; the list narrows as you type"),
        "filter_status": QCoreApplication.translate(
            "Help", "Show only records in this status"),
        "filter_area": QCoreApplication.translate(
            "Help", "Show only records of this service area"),
        "filter_unit": QCoreApplication.translate(
            "Help", "Show only records of this unit"),
        "save": QCoreApplication.translate(
            "Help", "Save the record (Ctrl+S)"),
        "print": QCoreApplication.translate(
            "Help", "Show the notice as it will print, then print it or save it as PDF"),
        "print_now": QCoreApplication.translate(
            "Help", "Print the notice; every print is logged"),
        "save_pdf": QCoreApplication.translate(
            "Help", "Save the notice as a PDF file; the save is logged like a print"),
        "close": QCoreApplication.translate(
            "Help", "Close the form (Esc); unsaved changes are asked about"),
    }


def _field_tips() -> dict[str, str]:
    """Tooltips of fields whose meaning is not obvious from their label, by field name (every kind)."""
    return {
        "period_days": QCoreApplication.translate(
            "Help", "How many days the notice stays posted"),
        "day_count": QCoreApplication.translate(
            "Help", "Calendar days, or working days (weekends and public holidays skipped)"),
        "contains_personal_data": QCoreApplication.translate(
            "Help", "Tick when the notice lists persons: their ID numbers print masked"),
        "id_masked": QCoreApplication.translate(
            "Help", "Only the masked form is kept; the full number is never stored"),
        "citizen_id": QCoreApplication.translate(
            "Help", "Used to find duplicates and printed masked; the full number is not stored"),
        "uscc": QCoreApplication.translate(
            "Help", "The 18-character unified social credit code"),
        "division_code": QCoreApplication.translate(
            "Help", "The 6-digit administrative division code"),
        "channels": QCoreApplication.translate(
            "Help", "Where the text is published (notice board, website, …)"),
        "period": QCoreApplication.translate(
            "Help", "The month the payment is for (YYYY-MM)"),
        "household_size": QCoreApplication.translate(
            "Help", "Number of persons in the household"),
        "sme_declared": QCoreApplication.translate(
            "Help", "The supplier declared itself a small or medium enterprise"),
        "display_min_end": QCoreApplication.translate(
            "Help", "Earliest date the record may leave the public list"),
        "display_max_end": QCoreApplication.translate(
            "Help", "Latest date the record leaves the public list"),
    }


def apply_tips(root: QWidget) -> None:
    """Give every action and button under `root` its tooltip by object name, unless the code gave it one (an
    action's tooltip is its text until set), and show tooltips in `root`'s menus."""
    from PySide6.QtWidgets import QMenu

    tips = _tips()
    for w in root.findChildren(QAction) + root.findChildren(QWidget):
        tip = tips.get(w.objectName())
        if tip is None:
            continue
        current = w.toolTip()
        if not current or (isinstance(w, QAction) and current == w.text().replace("&", "")):
            w.setToolTip(tip)
    for menu in root.findChildren(QMenu):
        menu.setToolTipsVisible(True)


def step_tip(kind: str, target: str) -> str:
    """The tooltip of a lifecycle step's button: the status it leads to."""
    from zwcx_core.domain.schema import KINDS
    from zwcx_desktop.gui.i18n import enum_text

    if kind == "commitment" and target == "fulfilled":
        return QCoreApplication.translate("Help", "Record the commitment as fulfilled; whether on time or late is "
                                                  "decided from the dates")
    status = KINDS[kind].status
    name = enum_text(status, target) if status is not None else target
    return QCoreApplication.translate("Help", "Moves the record to the status “%1”; its history keeps every "
                                              "step").replace("%1", name)


def apply_field_tips(form) -> None:
    """Tooltips on a record form's fields whose meaning is not obvious (form.boxes: name -> FieldBox)."""
    tips = _field_tips()
    for name, box in form.boxes.items():
        if name in tips:
            box.editor.setToolTip(tips[name])
