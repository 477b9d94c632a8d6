"""Refresh the zh_CN catalogue: lupdate over the GUI sources, fill translations from zh_CN_strings.py, lrelease.

Run: .venv/bin/python resources/translations/update.py   (prints any source string still without Chinese)
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "zwcx_zh_CN.ts"
QM = HERE / "zwcx_zh_CN.qm"
BIN = Path(sys.executable).parent


def main() -> int:
    sys.path.insert(0, str(HERE))
    from zh_CN_strings import ZH

    sources = sorted(str(p) for p in (ROOT / "zwcx_desktop" / "gui").glob("*.py"))
    # Qt Designer forms: lupdate reads their text from the .ui files (it skips what pyside6-uic made of them).
    sources += sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(TS)], check=True,
                   capture_output=True)
    tree = ET.parse(TS)
    tree.getroot().set("language", "zh_CN")
    missing = []
    for msg in tree.iter("message"):
        src = msg.find("source").text or ""
        tr = msg.find("translation")
        zh = ZH.get(src)
        if zh is None:
            if not (tr.text or list(tr)) or tr.get("type") == "unfinished":
                missing.append(src)
            continue
        for child in list(tr):
            tr.remove(child)
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            tr.text = None
            ET.SubElement(tr, "numerusform").text = zh
        else:
            tr.text = zh
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    for m in missing:
        print(f"missing zh_CN: {m!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
