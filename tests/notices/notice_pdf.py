"""Reading notices back from PDF bytes (helpers of the notice tests)."""

from __future__ import annotations

import io


def pdf_text(pdf: bytes) -> list[str]:
    """Text of every page, read back from the PDF bytes."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [p.extract_text() or "" for p in doc.pages]


def flat(text: str) -> str:
    """Text without the white space that line breaks and letter spacing put in."""
    return "".join(text.split())


def shown_codes(pdf: bytes) -> list[tuple[str, int]]:
    """(font resource, character code) of every code a text operator shows, read from the content streams.

    reportlab's TrueType subsets are single-byte and keep code 0 for `.notdef`, the empty box of a character the
    font lacks; this reads the codes themselves, not the text layer, so a box is seen even without a ToUnicode map.
    """
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    reader = PdfReader(io.BytesIO(pdf))
    out: list[tuple[str, int]] = []
    for page in reader.pages:
        font = ""
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"Tf":
                font = str(operands[0])
            elif op in (b"Tj", b"'", b'"'):
                out += [(font, b) for b in _raw(operands[-1])]
            elif op == b"TJ":
                out += [(font, b) for item in operands[0] if not isinstance(item, int | float) for b in _raw(item)]
    return out


def _raw(s) -> bytes:
    if isinstance(s, bytes):
        return bytes(s)
    return s.get_original_bytes() if hasattr(s, "get_original_bytes") else s.original_bytes


def notdef_count(pdf: bytes) -> int:
    """How many `.notdef` glyphs (code 0 of a reportlab TrueType subset) the PDF shows."""
    return sum(1 for _, code in shown_codes(pdf) if code == 0)


def char_fonts(pdf: bytes) -> dict[str, set[str]]:
    """Each character of the text layer and the embedded fonts (subset prefix removed) that draw it."""
    import pdfplumber

    out: dict[str, set[str]] = {}
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for c in page.chars:
                out.setdefault(c["text"], set()).add(c["fontname"].split("+")[-1])
    return out
