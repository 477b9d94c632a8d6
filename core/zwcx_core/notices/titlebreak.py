"""Breaking a notice title over lines the way a person would set it (GB/T 9704-2012 7.3.3: lines balanced,
symmetric, never splitting a word).

No word segmentation library: a title is cut into pieces that must stay whole — the issuing unit's name, a
number with its measure word (2026年3月, 第一季度, 3户), a term from a short list (公示, 城乡居民, 最低生活保障 …), an
ASCII word — and punctuation is glued to its neighbour (避头尾). Lines then break only between pieces; among the
breaks that need the fewest lines we take the one whose lines are most even, and no line holds a single character.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zwcx_core.notices.layout import (
    NO_END,
    NO_START,
    TITLE_LEADING,
    TITLE_SIZE,
    Flow,
    char_width,
    text_width,
)

#: Terms of notice titles that read as one word. Longest match wins, so a longer term may contain a shorter one.
TERMS = (
    "公示", "公告", "通知", "通告", "决定", "关于", "情况", "名单", "结果", "事项", "承诺", "承诺事项", "异议", "处理结果",
    "城乡居民", "最低生活保障", "低保", "特困人员", "供养", "临时救助", "救助", "保障对象", "对象", "新增", "人员",
    "财务", "收支", "财务收支", "财务公开", "政务公开", "村务", "村级", "村务公开", "集体", "工程", "建设", "道路", "硬化",
    "项目", "资金", "补贴", "补助", "发放", "社区", "村民", "居民", "委员会", "村民委员会", "居民委员会", "人民政府",
    "街道办事处", "办事处", "监督", "政务诚信", "信用", "修复", "服务", "落实", "季度", "年度", "上半年", "下半年",
    "明细", "收支明细", "公示名单",
)

_DIGITS = "0-9０-９"
_ZH_NUM = "〇零一二三四五六七八九十百千万亿两"
#: Measure words (and time units) that belong to the number before them.
_MEASURES = ("季度", "周年", "年度", "个月", "公里", "平方米", "万元", "亿元", "元", "年", "月", "日", "号", "户", "人", "名",
             "个", "项", "次", "期", "批", "处", "家", "天", "岁", "届", "轮", "条", "件", "米", "亩", "吨", "%", "％")
_MEASURE = "|".join(sorted(_MEASURES, key=len, reverse=True))
_ARABIC = rf"[{_DIGITS}]+(?:[.,．][{_DIGITS}]+)*"
#: A date (2026年3月5日, 2026年3月) is one piece; then a number with its measure word; then 第 + a number.
_NUMBER = re.compile(
    rf"{_ARABIC}年(?:{_ARABIC}月(?:{_ARABIC}日)?)?"
    rf"|{_ARABIC}月(?:{_ARABIC}日)?"
    rf"|第(?:{_ARABIC}|[{_ZH_NUM}]+)(?:{_MEASURE})?"
    rf"|(?:{_ARABIC}|[{_ZH_NUM}]+)(?:{_MEASURE})"
    rf"|[{_DIGITS}]+(?:[-/][{_DIGITS}]+)+"  # 2026-03, 2026/3/5
    rf"|{_ARABIC}"
    r"|[A-Za-z][A-Za-z0-9\-]*"
)


_PLACE_SUFFIX = ("自治区", "自治州", "自治县", "街道", "社区", "省", "市", "区", "县", "旗", "镇", "乡", "村", "屯")
_PLACE = re.compile(rf"(.{{2,}}?)(?:{'|'.join(_PLACE_SUFFIX)})")


def place_names(unit_name: str) -> list[str]:
    """Place names a title may repeat from the unit's name, kept whole like the name itself: 松北区万宝镇人民政府
    gives 松北区 and 万宝镇, and also 万宝村, 万宝屯 … (a title often names a village of the township)."""
    out = []
    for m in _PLACE.finditer(unit_name):
        stem = m.group(1)
        out += [stem] + [stem + suffix for suffix in _PLACE_SUFFIX]
    return out


def pieces(title: str, unit_name: str = "", terms: tuple[str, ...] = TERMS) -> list[str]:
    """The title cut into pieces that must not be broken (their concatenation is the title)."""
    by_len = sorted({t for t in (*terms, *place_names(unit_name)) if t}, key=len, reverse=True)
    raw: list[str] = []
    i, n = 0, len(title)
    while i < n:
        if unit_name and title.startswith(unit_name, i):
            take = len(unit_name)
        elif m := _NUMBER.match(title, i):
            take = m.end() - i
        else:
            take = next((len(t) for t in by_len if title.startswith(t, i)), 1)
        raw.append(title[i:i + take])
        i += take
    # 避头尾: closing punctuation joins the piece before it, opening punctuation the piece after it.
    out: list[str] = []
    carry = ""
    for p in raw:
        if out and not carry and p[0] in NO_START:
            out[-1] += p
        elif p[-1] in NO_END:
            carry += p
        else:
            out.append(carry + p)
            carry = ""
    if carry:
        if out:
            out[-1] += carry
        else:
            out.append(carry)
    return out


def balance(title: str, width: float, measure: Callable[[str], float], unit_name: str = "",
            terms: tuple[str, ...] = TERMS) -> list[str]:
    """Lines of `title` no wider than `width` (as `measure` reports), as few as possible and as even as possible.

    A piece wider than a whole line (a very long unit name) is the only thing ever split inside, character by
    character; no line is left with one character when the title has more than one.
    """
    parts: list[str] = []
    for p in pieces(title, unit_name, terms):
        parts += list(p) if measure(p) > width else [p]
    n = len(parts)
    if n == 0:
        return []
    widths = [measure(p) for p in parts]
    chars = [len(p) for p in parts]
    prefix_w = [0.0]
    prefix_c = [0]
    for w, k in zip(widths, chars, strict=True):
        prefix_w.append(prefix_w[-1] + w)
        prefix_c.append(prefix_c[-1] + k)
    total_chars = prefix_c[-1]

    def line_ok(a: int, b: int) -> bool:
        return prefix_w[b] - prefix_w[a] <= width + 0.01 and (prefix_c[b] - prefix_c[a] >= 2 or total_chars < 2)

    # best[k][j]: (cost, split) for the first j pieces in k lines. The cost is the sum of squared line widths:
    # at a fixed total width and line count, the least sum of squares is the most even set of lines. On a tie
    # the earlier line is the longer (a 正梯形 title).
    best: list[dict[int, tuple[float, int]]] = [{0: (0.0, -1)}]
    for k in range(1, n + 1):
        row: dict[int, tuple[float, int]] = {}
        for j in range(1, n + 1):
            cand = float("inf"), -1
            for i, (cost, _) in best[k - 1].items():
                if i < j and line_ok(i, j):
                    w = prefix_w[j] - prefix_w[i]
                    c = cost + w * w
                    if c < cand[0] - 1e-6 or (abs(c - cand[0]) <= 1e-6 and i > cand[1]):
                        cand = c, i
            if cand[1] >= 0:
                row[j] = cand
        best.append(row)
        if n in row:
            lines, j = [], n
            for kk in range(k, 0, -1):
                i = best[kk][j][1]
                lines.append("".join(parts[i:j]))
                j = i
            return lines[::-1]
    # Only when no break keeps two characters a line (cannot happen with width ≥ two characters).
    return ["".join(parts)]


def queue_title(flow: Flow, title: str, unit_name: str, size: float = TITLE_SIZE,
                leading: float = TITLE_LEADING, role: str = "title") -> None:
    """Queue a title on `flow` (by default in 2号 小标宋), centred, in balanced lines that keep words whole;
    the title stays on the page of whatever follows it. Table captions use it too, in 黑体 (`role`)."""
    font = flow.fonts[role]
    for text in balance(title, flow.geo.text_w, lambda s: text_width(s, font, size), unit_name):
        chars = [(ch, font, char_width(ch, font, size)) for ch in text]
        x = flow.geo.left + (flow.geo.text_w - sum(ch[2] for ch in chars)) / 2
        flow.text_line(chars, x, size, leading, 0.0, keep_next=True)
