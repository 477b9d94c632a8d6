"""The buttons every record list page adds to its bar: Export… (what the list shows, as a workbook) and, on the
service and contract lists, the import wizard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton


def _export(handle, app, flt, path, units):
    from zwcx_desktop.io.export import export_records

    return export_records(app, flt, path, handle, units)


def export_list(page, path: str) -> None:
    """Export what a list page shows (its current filters) to `path` in the background."""
    page.ctx.runner.run(_export, page.ctx.app, page.model.filter, path, page.ctx.unit_names(),
                        on_done=lambda n: QMessageBox.information(
                            page, QCoreApplication.translate("ListButtons", "Exported"),
                            QCoreApplication.translate("ListButtons", "Saved to %1").replace("%1", path)))


def add_list_buttons(page, bar) -> None:
    """The hook of a record list page: Export… on every list, Import roster… on the service list (Import contract
    ledger… on the contract list)."""
    exp = QPushButton(QCoreApplication.translate("ListButtons", "Export…"))
    exp.setObjectName("export_list")

    def choose() -> None:
        path, _ = QFileDialog.getSaveFileName(page, QCoreApplication.translate("ListButtons", "Export list"),
                                              f"{page.kind}.xlsx",
                                              QCoreApplication.translate("ListButtons", "Excel workbook (*.xlsx)"))
        if path:
            export_list(page, path if path.lower().endswith(".xlsx") else path + ".xlsx")

    exp.clicked.connect(choose)
    bar.addWidget(exp)
    if page.kind in ("service", "contract"):
        imp = QPushButton(QCoreApplication.translate("ListButtons", "Import contract ledger…") if page.kind ==
                          "contract" else QCoreApplication.translate("ListButtons", "Import roster…"))
        imp.setObjectName("import_roster")

        def open_wizard() -> None:
            # Imported on the click: a list page opens without loading the wizard and its form.
            from zwcx_desktop.gui.importwizard import ImportWizard

            page.import_wizard = ImportWizard(page.ctx, page, page.kind)
            page.import_wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            page.import_wizard.show()

        imp.clicked.connect(open_wizard)
        bar.addWidget(imp)
