"""Every character prints or is refused at entry: the save rule over every free-text field of every kind.

A notice draws each character in the office's font, else in the bundled fonts (notices/fonts.py). What the bundled
fonts draw is the promise: a character outside it (an emoji, private use, an unassigned code point, a symbol the
fonts lack) is refused when the record is saved, naming the character by its code point, so the same text is
accepted or refused on every computer whatever fonts it has. What the bundled fonts draw is a generated data module
written with the fonts by scripts/make-bundled-font.py (fontcoverage.py); no font is parsed here, and the sync
server, which runs the same rules, needs no fonts. Line breaks are allowed in multi-line text, where they separate
paragraphs and are never drawn.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from zwcx_core.domain.fontcoverage import RANGES
from zwcx_core.domain.schema import FieldError, free_texts

__all__ = ["check_document", "describe", "hides_text", "message", "unprintable"]
#: How many distinct characters one message names; a pasted page of emoji needs no longer list.
MAX_NAMED = 5
_LINE_BREAKS = "\n\r"
#: Names of the control characters that pasted text brings (Unicode gives them none).
_CONTROL_NAMES = {0x09: "TAB", 0x0A: "LINE FEED", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED", 0x0D: "CARRIAGE RETURN"}


@lru_cache(maxsize=2)
def _outside(multiline: bool) -> re.Pattern[str]:
    """A pattern matching one character that the bundled fonts do not draw (line breaks allowed when multiline)."""
    parts = [f"\\U{lo:08X}-\\U{hi:08X}" for lo, hi in RANGES]
    if multiline:
        parts.append(re.escape(_LINE_BREAKS))
    return re.compile(f"[^{''.join(parts)}]")


def unprintable(text: str, multiline: bool = False) -> list[str]:
    """The distinct characters of `text` that the bundled notice fonts cannot draw, in order of appearance."""
    found: list[str] = []
    for m in _outside(multiline).finditer(text):
        if m[0] not in found:
            found.append(m[0])
    return found


def describe(ch: str) -> str:
    """A character as a message names it: 'U+1F600 “😀”', or 'U+200B (ZERO WIDTH SPACE)' for an invisible one."""
    code = f"U+{ord(ch):04X}"
    if unicodedata.category(ch)[0] in "CZ":  # control, format, private use, unassigned, spaces: name, not glyph
        name = unicodedata.name(ch, "") or _CONTROL_NAMES.get(ord(ch), "")
        return f"{code} ({name})" if name else code
    return f"{code} “{ch}”"


def hides_text(ch: str) -> bool:
    """Whether `ch` is a control character (NUL, escape …) or a format character (the bidi overrides and isolates
    U+202A–202E and U+2066–2069, the marks U+200E/200F, zero-width ones): invisible, and able to hide or reorder
    what a reader sees of a name or an amount."""
    return unicodedata.category(ch) in ("Cc", "Cf")


def message(chars: list[str]) -> str:
    """The field message for `chars` (the first MAX_NAMED of them). Control and text-direction characters are
    named first and alone, with their own reason: they are refused because they hide or reorder text, not for want
    of a glyph."""
    hidden = [c for c in chars if hides_text(c)]
    if hidden:
        named = ", ".join(describe(c) for c in hidden[:MAX_NAMED])
        return f"contains {named}, a control or text-direction character that hides or reorders text; remove it"
    named = ", ".join(describe(c) for c in chars[:MAX_NAMED])
    return f"contains {named}, which the notice fonts cannot print; remove or replace it"


def check_document(kind_name: str, doc: dict[str, Any], errors: list[FieldError]) -> None:
    """Append a FieldError for each free-text field holding characters the notice fonts cannot print."""
    taken = {e.field for e in errors}  # one message per field: an earlier rule's (personal data) comes first
    for path, f, text in free_texts(kind_name, doc):
        # Typed text only: computed values are the rules' own output and input-only ones (a full ID) have rules
        # of their own.
        if f.computed or f.input_only or path in taken:
            continue
        bad = unprintable(text, multiline=f.type == "text")
        if bad:
            errors.append(FieldError(path, message(bad)))
