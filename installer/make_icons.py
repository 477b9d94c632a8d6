"""Render resources/icons/zwcx.svg to the raster icons the installers need (PNG for the .deb, ICO for Windows).

Run after editing the SVG: .venv/bin/python installer/make_icons.py   (the outputs are committed, so builds need
neither Qt's SVG module nor Pillow at packaging time).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication([])
    svg = QSvgRenderer(str(ICONS / "zwcx.svg"))
    frames = []
    for size in SIZES:
        img = QImage(size, size, QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        svg.render(p)
        p.end()
        buf = QBuffer()
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        img.save(buf, "PNG")
        frames.append(Image.open(io.BytesIO(bytes(buf.data()))))
    frames[-1].save(ICONS / "zwcx-256.png")
    frames[SIZES.index(48)].save(ICONS / "zwcx-48.png")
    frames[-1].save(ICONS / "zwcx.ico", sizes=[(s, s) for s in SIZES])


if __name__ == "__main__":
    main()
