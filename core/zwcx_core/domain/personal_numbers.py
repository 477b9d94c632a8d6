"""Finding full personal numbers (citizen IDs, mobiles, bank cards) in text however they were typed.

People write numbers in groups, with full-width or no-break spaces, hyphens and dots, with +86 in front, and copy
them with invisible characters inside. Matching the raw text is beaten by all of these, so each stretch of digits
and separators is first normalised (NFKC, format characters dropped, every space/dash/dot variant made one ASCII
character) and then judged as groups of digits. Separators are bridged only when the groups between them form a
layout people use for that kind of number (6-8-4 or groups of four for an ID, 3-4-4 for a mobile, groups of four
for a card) and only when the groups are the whole of that run of numbers, so that a table row of amounts
("1200 1300 1400 1500 …") is never read as one long number. Positions always refer to the original text.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from stdnum import luhn
from stdnum.cn import ric, uscc

from zwcx_core.domain.identifiers import _PROVINCE_PREFIXES

__all__ = ["Exposure", "find_personal_numbers"]


@dataclass(frozen=True)
class Exposure:
    """A full personal number found in text meant for the public."""

    kind: str  # 'id' | 'mobile' | 'bank_card'
    text: str  # as written in the original text (separators and a +86 prefix included)
    start: int  # index in the original text


# Every format character (Unicode category Cf: zero-width space and joiners, BOM, soft hyphen, direction marks…)
# is invisible on paper and is dropped. A test checks this list against the Unicode database.
CF_RANGES = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
# Spaces that may sit inside a number: ASCII, no-break, the typographic spaces and the ideographic (full-width)
# space. Tabs and line breaks are not bridged: they separate table cells and lines.
_SPACES = " \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Hyphens and dashes (category Pd) plus the minus sign and the full-width forms.
_DASHES = r"\-\u058a\u05be\u1400\u1806\u2010-\u2015\u2212\u2e17\u2e1a\u2e3a\u2e3b\u2e40\u301c\u30a0\ufe31\ufe32" \
          r"\ufe58\ufe63\uff0d"
_DOTS = r".\u00b7\u2024\u30fb\uff0e\uff65"
_PLUS = r"+\u207a\ufe62\uff0b"
_PARENS = r"()\uff08\uff09"
_INNER = rf"\d{CF_RANGES}{_SPACES}{_DASHES}{_DOTS}{_PLUS}{_PARENS}"
# A stretch that can hold one number: it starts with an optional +/( of a country prefix and runs from digit to
# digit through separators and invisible characters.
# The lookahead lets the regex engine skip, without a Python step each, the many short numbers of a text (dates,
# amounts): nothing shorter than 11 characters can hold a personal number.
_STRETCH = re.compile(rf"[{_PLUS}{_PARENS}]*\d(?=[{_INNER}]{{10}})(?:[{_INNER}]*\d)?")
_DIGIT = re.compile(r"\d")
_CF_RE = re.compile(f"[{CF_RANGES}]")
_SPACE_RE = re.compile(f"[{_SPACES}]")
_DASH_RE = re.compile(f"[{_DASHES}]")
_DOT_RE = re.compile(f"[{_DOTS}]")
_PLUS_RE = re.compile(f"[{_PLUS}]")

_GROUP = re.compile(r"[0-9]+X?")
# What may join two groups of one number: one dash or dot (spaces around it allowed), or one or two spaces.
_JOINT = re.compile(r" ?([-.]) ?| {1,2}")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_CARD_PREFIX = re.compile(r"62|60|65|4|5[1-5]|222[1-9]|22[3-9]|2[3-6]|27[01]|2720|35|9[45]")
# A word just before a number that says what it is; then a longer run may start with the number (电话 138 1234
# 5678 2026年…), and a card number need not start with a known prefix.
_LABEL = re.compile(r"电话|手机|联系方式|身份证|证件|公民身份|卡号|账号|帐号|账户|帐户|银行卡|"
                    r"(?<![a-z])(?:tel|phone|mobile|id|card|account)", re.I)
_CARD_LABEL = re.compile(r"(卡号|账号|帐号|账户|帐户|银行卡|存折|card|account)", re.I)
_LABEL_WINDOW = 12

# Group layouts (lengths of the digit groups) in which each kind of number is written.
_ID18_LAYOUTS = {(18,), (6, 8, 4), (6, 4, 4, 4), (4, 4, 4, 4, 2), (6, 6, 6), (3, 3, 4, 4, 4), (6, 4, 2, 2, 4)}
_ID15_LAYOUTS = {(15,), (6, 6, 3), (4, 4, 4, 3)}
_MOBILE_LAYOUTS = {(11,), (3, 4, 4), (4, 4, 3), (3, 8)}
_CARD_LAYOUTS = {(n,) for n in range(16, 20)} | {(4, 4, 4, 4) + t for t in ((), (1,), (2,), (3,))} | {(6, 13)}
_COUNTRY = ("0086", "86")


@lru_cache(maxsize=4096)
def _norm_char(c: str) -> str:
    """One character as the scanner reads it (ASCII digits, ' ', '-', '.', '+', '(' and ')')."""
    if _CF_RE.match(c):
        return ""
    if _SPACE_RE.match(c):
        return " "
    if _DASH_RE.match(c):
        return "-"
    if _DOT_RE.match(c):
        return "."
    if _PLUS_RE.match(c):
        return "+"
    d = unicodedata.decimal(c, None)
    if d is not None:  # full-width and other scripts' digits
        return str(d)
    return unicodedata.normalize("NFKC", c).upper()


def _normalise(stretch: str, offset: int) -> tuple[str, list[int]]:
    """The stretch as the scanner reads it, and for every character read the index it came from."""
    out: list[str] = []
    pos: list[int] = []
    for i, c in enumerate(stretch, offset):
        n = c if c in "0123456789 -." else _norm_char(c)
        out.append(n)
        pos.extend([i] * len(n))
    return "".join(out), pos


def plausible_birth_date(yyyymmdd: str, today: dt.date | None = None) -> bool:
    """A real date from 1900 up to today."""
    try:
        born = dt.date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= born <= (today or dt.date.today())


def _is_card(digits: str, labelled: bool) -> bool:
    return (16 <= len(digits) <= 19 and digits.isdigit() and luhn.is_valid(digits)
            and (labelled or _CARD_PREFIX.match(digits) is not None))


def _judge(digits: str, lens: tuple[int, ...], card_label: bool) -> str | None:
    """The kind of personal number `digits` (written in groups of `lens`) is, or None."""
    if lens in _MOBILE_LAYOUTS and _MOBILE.fullmatch(digits):
        return "mobile"
    if lens in _ID18_LAYOUTS and len(digits) == 18 and digits[:17].isdigit():
        if plausible_birth_date(digits[6:14]):
            if digits[17] == ric.calc_check_digit(digits):
                return "id"
            # A mistyped ID is still someone's ID, but a valid all-digit credit code is an organisation's.
            return None if uscc.calc_check_digit(digits) == digits[17] else "id"
    if lens in _ID15_LAYOUTS and len(digits) == 15 and digits.isdigit() and digits[:2] in _PROVINCE_PREFIXES \
            and plausible_birth_date("19" + digits[6:12]):
        return "id"
    if lens in _CARD_LAYOUTS and _is_card(digits, card_label):
        return "bank_card"
    return None


def _mobile_after_country(groups: list[re.Match[str]]) -> bool:
    """Whether the groups are a mobile after a +86, 0086 or 86 prefix, alone or glued to the first group
    (8613812345678, +86 138 1234 5678, +86138 1234 5678)."""
    first = groups[0].group()
    for prefix in _COUNTRY:
        if first.startswith(prefix):
            rest = [first[len(prefix):]] + [g.group() for g in groups[1:]]
            rest = [r for r in rest if r]
            if rest and _judge("".join(rest), tuple(map(len, rest)), False) == "mobile":
                return True
    return False


def _segments(groups: list[re.Match[str]], scan: str) -> Iterator[list[re.Match[str]]]:
    """Every single group, and every maximal run of groups joined by the same kind of separator."""
    for g in groups:
        yield [g]
    run: list[re.Match[str]] = [groups[0]] if groups else []
    kind: str | None = None
    for a, b in zip(groups, groups[1:], strict=False):
        m = _JOINT.fullmatch(scan, a.end(), b.start())
        joint = (m.group(1) or " ") if m else None
        if joint is not None and a.group().isdigit() and (kind is None or joint == kind):
            run.append(b)
            kind = joint
            continue
        if len(run) > 1:
            yield run
        # A change of separator starts a new run at the shared group ("+86 138-1234-5678").
        run, kind = ([a, b], joint) if joint is not None and a.group().isdigit() else ([b], None)
    if len(run) > 1:
        yield run


def find_personal_numbers(text: str) -> list[Exposure]:
    """Full citizen IDs (18 digits, or 15 for old ones), mobile numbers and bank card numbers in `text`.

    See the module docstring for how separators are bridged. An 18-character number is an ID when digits 7–14
    are a plausible birth date, whether its check character is right or not (a mistyped ID is still personal
    data), unless it is a valid all-digit 统一社会信用代码; a 15-digit one when it starts with a province code and
    digits 7–12 are a plausible 19yymmdd. A mobile is 1[3-9] and 9 more digits, after a +86/0086/86 prefix if
    any. A card is 16–19 digits passing the Luhn check that start with a card prefix (62 UnionPay, 4 Visa, 5
    Mastercard…) or follow a 卡号/账号 label. Letters touching a number do not hide it (ID230102…); masked
    values (with *), dates, amounts and landlines are not found.
    """
    found: list[tuple[int, int, str]] = []  # (start, end) in the original text, kind
    if len(_DIGIT.findall(text)) < 11:
        return []
    for m in _STRETCH.finditer(text):
        if m.end() - m.start() < 11 or len(_DIGIT.findall(m.group())) < 11:
            continue  # shorter than any personal number (dates, amounts, counts)
        scan, pos = _normalise(m.group(), m.start())
        end = m.end()
        while end < len(text) and _CF_RE.match(text[end]):
            end += 1
        if end < len(text) and text[end] in "Xxｘ\uff38" and scan[-1:].isdigit():
            scan, pos = scan + "X", [*pos, end]  # an ID's check character
        before = unicodedata.normalize("NFKC", text[max(0, m.start() - _LABEL_WINDOW):m.start()])
        labelled = _LABEL.search(before) is not None
        card_label = _CARD_LABEL.search(before) is not None
        groups = list(_GROUP.finditer(scan))
        for seg in _segments(groups, scan):
            candidates = [seg]
            if labelled and len(seg) > 2:
                # No layout has more than five groups, so longer prefixes cannot match (and would cost the square
                # of a long labelled row of amounts).
                candidates += [seg[:k] for k in range(2, min(len(seg), 6))]
            for cand in candidates:
                kind = _judge("".join(g.group() for g in cand), tuple(len(g.group()) for g in cand), card_label)
                if kind is None and _mobile_after_country(cand):
                    kind = "mobile"
                if kind:
                    found.append((pos[cand[0].start()], pos[cand[-1].end() - 1] + 1, kind))
    # The longest reading of overlapping candidates wins (an ID rather than a mobile inside it).
    taken: list[tuple[int, int, str]] = []
    for s, e, k in sorted(found, key=lambda t: (t[0] - t[1], t[0])):
        if all(e <= ts or te <= s for ts, te, _ in taken):
            taken.append((s, e, k))
    return [Exposure(k, text[s:e], s) for s, e, k in sorted(taken)]
