"""Rosters saved as CSV text: which encoding the bytes are in, and the rows they hold.

Excel writes CSV in the code page of the Windows it runs on: GB18030/GBK on simplified-Chinese Windows, Big5 (code
page 950) on traditional-Chinese Windows, UTF-8 when the clerk chooses "CSV UTF-8". GB18030 accepts almost any
byte sequence, Big5 text included (陳大文 reads as 朝ゅ…), so a strict decode cannot tell the two apart. Their
characters can: real text in either is made almost only of that encoding's common characters (GB2312's hanzi,
Big5's level-1 hanzi) and punctuation, while the other encoding's bytes read as kana, rare characters and
symbols. A file that reads plausibly both ways, or neither way, is refused naming the encodings, never guessed.
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import re
from pathlib import Path

from zwcx_desktop.io import limits
from zwcx_desktop.io.sheet import FileProblem, Sheet, column_letter, has_value

#: Share of common characters above which a decoding is real text (rare name characters keep real rosters near
#: 1.0; Big5 read as GB18030 scores about 0.4, GB18030 read as Big5 at most about 0.7).
PLAUSIBLE = 0.8
#: How far the chosen decoding must score above the other one.
MARGIN = 0.3
_SCORED_CHARS = 2_000_000  # the start of a large file tells as much as all of it
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: What each candidate is called in messages, and the codecs tried for it (cp950 is Big5 as Windows writes it;
#: HKSCS adds Hong Kong's characters).
_CANDIDATES = {"gb18030": ("gb18030",), "big5": ("cp950", "big5hkscs")}
NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "gb18030": "GB18030/GBK",
         "big5": "Big5 (traditional Chinese)"}
_OTHER = {"shift_jis": "Shift_JIS (Japanese)", "cp932": "Shift_JIS (Japanese)", "euc_jp": "EUC-JP (Japanese)",
          "euc_jis_2004": "EUC-JP (Japanese)", "iso2022_jp": "ISO-2022-JP (Japanese)", "euc_kr": "EUC-KR (Korean)",
          "cp949": "EUC-KR (Korean)", "johab": "Johab (Korean)"}


@functools.lru_cache(maxsize=65_536)
def _common(ch: str, candidate: str) -> bool:
    """Whether a character is an everyday one of the candidate encoding: a GB2312 hanzi or GB punctuation; a Big5
    level-1 hanzi or Big5 punctuation."""
    try:
        b = ch.encode("gb2312" if candidate == "gb18030" else "cp950")
    except UnicodeEncodeError:
        return False
    if len(b) != 2:
        return False
    if candidate == "gb18030":
        return b[0] >= 0xB0 or b[0] in (0xA1, 0xA3)  # hanzi rows; punctuation and full-width forms
    code = b[0] << 8 | b[1]
    return 0xA440 <= code <= 0xC67E or 0xA140 <= code <= 0xA3BF


def _score(text: str, candidate: str) -> float:
    chars = _NON_ASCII.findall(text, 0, _SCORED_CHARS)
    if not chars:
        return 1.0
    return sum(_common(c, candidate) for c in chars) / len(chars)


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode CSV bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else GB18030 or Big5, whichever reads as real
    text; returns (text, encoding: a key of NAMES). Raises FileProblem naming the encodings when the choice is
    doubtful or nothing fits."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise FileProblem(f"{name}: the text is marked as UTF-8 but is not valid UTF-8; save it from Excel or "
                              f"WPS as CSV UTF-8 and import again") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"  # Excel's "Unicode text" export
        except UnicodeDecodeError:
            raise FileProblem(f"{name}: the text is marked as UTF-16 but is not valid UTF-16; save it from Excel or "
                              f"WPS as CSV UTF-8 and import again") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    texts: dict[str, str] = {}
    scores: dict[str, float] = {}
    for candidate, tried in _CANDIDATES.items():
        for codec in tried:
            try:
                texts[candidate] = data.decode(codec)
            except UnicodeDecodeError:
                continue
            scores[candidate] = _score(texts[candidate], candidate)
            break
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    best = ranked[0] if ranked else None
    plausible = best is not None and scores[best] >= PLAUSIBLE
    if plausible and scores[best] - (scores[ranked[1]] if len(ranked) > 1 else 0.0) >= MARGIN:
        return texts[best], best
    other = _other_encoding(data)  # Japanese or Korean text reads as both, or as neither
    if other:
        raise FileProblem(f"{name}: the text seems to be in {other}, not in UTF-8, GB18030/GBK or Big5; save it "
                          f"from Excel or WPS as CSV UTF-8 and import again")
    if plausible:
        raise FileProblem(f"{name}: the text encoding is uncertain: it reads both as GB18030/GBK (simplified "
                          f"Chinese) and as Big5 (traditional Chinese); save it from Excel or WPS as CSV UTF-8 and "
                          f"import again")
    if best is not None:
        raise FileProblem(f"{name}: the text encoding is not recognised for sure: read as {NAMES[best]}, too many "
                          f"of its characters are unusual ones; save it from Excel or WPS as CSV UTF-8 and import "
                          f"again")
    raise FileProblem(f"{name}: the text encoding is not recognised (it is not clearly UTF-8, GB18030/GBK or "
                      f"Big5); save it from Excel or WPS as CSV UTF-8 and import again")


def _other_encoding(data: bytes) -> str | None:
    """The Japanese or Korean encoding charset-normalizer finds the bytes in, named for a person, or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:256 * 1024]).best()
    if best is None:
        return None
    # Only the neighbours that really get mixed up with Chinese text are named: on a short file
    # charset-normalizer also proposes UTF-16 or a Western code page for plain Chinese bytes.
    return _OTHER.get(best.encoding.lower())


def read_csv(p: Path) -> Sheet:
    """The rows of a CSV file (its delimiter sniffed), refused beyond the row limit of io.limits."""
    data = p.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise FileProblem(f"{p.name}: is a binary file, not a spreadsheet or CSV text")
    text, enc = decode_text(data, p.name)
    del data
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
        delim = dialect.delimiter
    except csv.Error:
        delim = ","
    rows = []
    try:
        for n, vals in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delim), 1):
            if any(has_value(v) for v in vals):
                if len(rows) == limits.MAX_ROWS:
                    raise limits.too_many_rows(p.name)
                if len(vals) > limits.MAX_COLUMNS:
                    vals = _cut(vals, p.name, n)
                rows.append((n, vals))
    except csv.Error as exc:
        raise FileProblem(f"{p.name}: is not well-formed CSV ({exc})") from None
    if not rows:
        raise FileProblem(f"{p.name}: the file has no data; there is nothing to import")
    return Sheet(p, None, rows, encoding=enc)


def _cut(vals: list[str], name: str, n: int) -> list[str]:
    """A row cut to the columns a roster may have when what lies beyond is empty (trailing delimiters); refused
    otherwise."""
    beyond = next((i for i in range(limits.MAX_COLUMNS, len(vals)) if has_value(vals[i])), None)
    if beyond is not None:
        raise limits.too_far_right(name, column_letter(beyond), n)
    return vals[:limits.MAX_COLUMNS]
