"""The 操作手册 as a PDF for the installer: the Markdown sections the app shows on F1 (resources/manual), drawn
with the notices' document pieces (zwcx_core.notices.report) so it prints with the same page and fonts.

Run `python -m zwcx_desktop.notices.manualpdf OUT.pdf`; installer/zwcx.spec does so at build time.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from zwcx_desktop.manual import SECTIONS, manual_text

_NUMERALS = "一二三四五六七八九十"


def _numeral(n: int) -> str:
    return _NUMERALS[n - 1] if n <= 10 else "十" + _NUMERALS[n - 11]


def _inline(text: str) -> str:
    """A line without the Markdown marks the help window draws as bold or code (paper shows the words alone)."""
    return text.replace("**", "").replace("`", "")


def manual_blocks(sections=SECTIONS) -> tuple[str, list]:
    """(title, paragraphs) of the manual: the opening section's heading is the title, every other section an
    一、 heading, its ## headings （一） subheadings, ### headings 1． under those, list items plain paragraphs
    (nested ones too), bold and code marks dropped."""
    from zwcx_core.notices.model import Para

    title, blocks, n = "", [], 0
    for section in sections:
        sub = third = 0
        for line in manual_text(section).splitlines():
            line = _inline(line.strip())
            if not line:
                continue
            if line.startswith("# "):
                if not title:
                    title = line[2:].strip()
                    continue
                n += 1
                blocks.append(Para(f"{_numeral(n)}、{line[2:].strip()}", section, style="h1"))
            elif line.startswith("## "):
                sub, third = sub + 1, 0
                blocks.append(Para(f"（{_numeral(sub)}）{line[3:].strip()}", section, style="h2"))
            elif line.startswith("### "):
                third += 1
                blocks.append(Para(f"{third}．{line[4:].strip()}", section, style="h2"))
            elif line.startswith("- "):
                blocks.append(Para("· " + line[2:].strip(), section, style="plain"))
            elif re.match(r"\d+\. ", line):
                blocks.append(Para(line, section, style="plain"))
            else:
                blocks.append(Para(line, section))
    return title, blocks


def manual_pdf(date: dt.date = dt.date(2026, 12, 1)) -> bytes:
    """The manual as PDF bytes (the same text and date give the same bytes)."""
    from zwcx_core.notices.report import Document, draw_document

    title, blocks = manual_blocks()
    created = dt.datetime.combine(date, dt.time())
    return draw_document(Document(title=title, issuer="zwcx", blocks=blocks, signed_date=date, created_at=created,
                                  subject=title))


def write_manual_pdf(path: Path) -> Path:
    """Write the manual PDF to `path` (its folder is made); returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(manual_pdf())
    return path


if __name__ == "__main__":
    print(write_manual_pdf(Path(sys.argv[1])))
