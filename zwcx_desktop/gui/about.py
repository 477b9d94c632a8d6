"""The About dialog (Help > About): version, and the licences of the app, the bundled font and the libraries.

Qt and PySide6 are LGPLv3: the dialog says so and where the replaceable libraries are, which is what the LGPL asks
of a binary distribution. The Arphic licence of the bundled font is shown in full, read from the file shipped
beside the font, so the text can never drift from the one distributed.
"""

from __future__ import annotations

import platform
import sys

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from zwcx_desktop import __version__
from zwcx_desktop.gui.screenfit import resize_within_screen
from zwcx_desktop.resources import resource

# What the desktop ships with, and under which licence (names of software and licences are not translated).
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("Qt 6, PySide6, Shiboken6", "LGPL-3.0"),
    ("AR PL UMing CN GBK (uming-cn-gbk.ttf)", "Arphic Public License"),
    ("Python", "PSF-2.0"),
    ("SQLAlchemy, Alembic", "MIT"),
    ("reportlab", "BSD-3-Clause"),
    ("qrcode", "BSD-3-Clause"),
    ("keyring, keyrings.alt, platformdirs", "MIT"),
    ("requests", "Apache-2.0"),
    ("urllib3, charset-normalizer", "MIT"),
    ("cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("argon2-cffi", "MIT"),
    ("chinesecalendar", "MIT"),
    ("python-stdnum", "LGPL-2.1-or-later"),
    ("openpyxl", "MIT"),
    ("Pillow", "MIT-CMU"),
)


#: Licence files of the bundled notice fonts (the main face, then the fallback face for rare characters).
FONT_LICENCES = ("uming-LICENSE.txt", "babelstone-han-LICENSE.txt")


def font_licence() -> str:
    """The full text of the bundled fonts' licences, one after the other, or a note where a file is missing."""
    # Imported here: the notice fonts' module is not needed before the first window shows (start-up time).
    from zwcx_core.notices.fonts import FONTS

    texts = []
    for name in FONT_LICENCES:
        path = FONTS / name
        try:
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            texts.append(str(path))
    return ("\n" + "=" * 40 + "\n\n").join(texts)


class AboutDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # The layout is ui/about.ui (Qt Designer), compiled by pyside6-uic into ui_about.py at build time.
        from zwcx_desktop.gui.ui_about import Ui_AboutDialog

        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        resize_within_screen(self, 620, 600)
        self.ui.about_icon.setPixmap(QPixmap(str(resource("icons", "zwcx-256.png"))).scaled(
            72, 72, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        frozen = self.tr(" (installed build)") if getattr(sys, "frozen", False) else ""
        self.version = self.ui.about_version
        self.version.setText(
            "<h2>政务诚信 zwcx</h2><p>" + self.tr("Version %1").replace("%1", __version__) + frozen + "</p><p>"
            + self.tr("Qt %1, Python %2").replace("%1", qVersion()).replace("%2", platform.python_version())
            + "</p><p>" + self.tr("zwcx is licensed under the Apache License, Version 2.0.") + "</p>")
        table: QTableWidget = self.ui.about_components
        table.setRowCount(len(COMPONENTS))
        for row, (name, licence) in enumerate(COMPONENTS):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(licence))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.font_text = self.ui.about_font_licence
        self.font_text.setPlainText(font_licence())
