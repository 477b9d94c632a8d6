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
