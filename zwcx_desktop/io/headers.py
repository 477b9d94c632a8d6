"""Recognising the column headers of service-delivery rosters.

Offices name the same column many ways (姓名 / 户主姓名, 身份证号 / 公民身份号码, 村 / 社区 / 村(社区) …). Headers are
compared after normalisation (full-width brackets, spaces, a trailing unit such as (元)), against the schema's own
Chinese and English names plus the common variants below. An explicit mapping always wins over recognition.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from zwcx_core.domain.schema import SERVICE

#: Pseudo-fields: columns that are recognised but not imported. `id_masked` is the masked ID column of zwcx's
#: own export (used to spot re-imports of the same person); `ignore` covers serial numbers and bookkeeping.
IGNORE = "ignore"
MASKED_ID = "id_masked"

#: Headers named in messages about a file whose header row cannot be read.
EXAMPLE = "姓名, 身份证号"
EXAMPLE_ROW = "姓名, 身份证号, 户人数, 村/社区, 金额, 发放日期"

#: Fields a roster column may fill.
IMPORT_FIELDS = ("beneficiary_name", "id_type", "citizen_id", "household_size", "village", "amount", "delivery_date",
                 "delivery_method", "policy", "period", "service_area", "note")

_VARIANTS: dict[str, tuple[str, ...]] = {
    "beneficiary_name": ("姓名", "户主姓名", "户主", "申请人", "申请人姓名", "享受人", "享受人姓名", "救助对象",
                         "对象姓名", "名字", "受益人", "受益人姓名", "领取人", "领取人姓名", "name"),
    "citizen_id": ("身份证号", "身份证号码", "公民身份号码", "公民身份证号", "公民身份证号码", "身份证", "证件号码",
                   "身份证件号码", "户主身份证号", "户主身份证号码", "idnumber", "citizenid"),
    "id_type": ("证件类型", "证件种类", "身份证件类型", "证件名称"),
    "household_size": ("户人数", "家庭人口", "家庭人口数", "保障人数", "人口数", "户内人数", "家庭人数", "享受人数",
                       "人数"),
    "village": ("村", "社区", "村(社区)", "村/社区", "村社区", "村居", "村(居)", "所在村", "所属村", "所属社区",
                "所在社区", "居委会", "村委会", "村别", "村组", "住址"),
    "amount": ("金额", "发放金额", "补贴金额", "补助金额", "救助金额", "保障金额", "月保障金", "补贴标准", "发放标准",
               "合计金额", "amount"),
    "delivery_date": ("发放日期", "日期", "发放时间", "领取日期"),
    "delivery_method": ("发放方式", "领取方式"),
    "policy": ("政策", "项目", "政策/项目", "政策项目", "补贴项目", "项目名称", "救助类别", "政策名称", "补贴类别",
               "补贴类型", "类别"),
    "period": ("所属期", "所属月份", "发放月份", "所属年月", "所属期间", "期间", "月份"),
    "service_area": ("服务领域", "领域"),
    "note": ("备注", "说明"),
    MASKED_ID: ("身份证号(脱敏)", "身份证号(已脱敏)", "身份证号码(脱敏)"),
    IGNORE: ("序号", "编号", "记录编号", "状态", "经办单位", "错误原因", "id"),
}


# Traditional characters of the headers above, for rosters typed on traditional-Chinese Windows (身份證號, 戶人數).
_SIMPLIFIED = str.maketrans("證號碼戶數區發額備註項屬領務類補貼準計對員時間請別單說種稱業護殘養災險費親關係電話聯繫樓鎮鄉會組"
                            "狀態錯誤經辦錄編價歲齡",
                            "证号码户数区发额备注项属领务类补贴准计对员时间请别单说种称业护残养灾险费亲关系电话联系楼镇乡会组"
                            "状态错误经办录编价岁龄")


def normalise(header: Any) -> str:
    """Comparable form of a header: NFKC (full-width brackets to ASCII), simplified characters, no spaces, lower
    case, no '(元)'."""
    text = unicodedata.normalize("NFKC", str(header or "")).translate(_SIMPLIFIED)
    text = re.sub(r"\s+", "", text).lower().replace("（", "(").replace("）", ")")
    text = re.sub(r"\((元|人|个|人民币元)\)$", "", text)
    return text.rstrip("*:：")  # a required-column star or a trailing colon is decoration


class Recogniser:
    """The header recogniser of one kind of file (rosters here, contract ledgers, 12345 dispatch lists): a table of
    normalised header -> field built from the kind's variants, then its schema fields' Chinese and English names and
    field names, then `extra` headers; the first entry of a header wins. `pseudo` are names a mapping may target
    besides IMPORT_FIELDS (IGNORE, and for rosters MASKED_ID); `noun` names a field of the kind in messages."""

    def __init__(self, variants: Mapping[str, tuple[str, ...]], spec, import_fields: tuple[str, ...], noun: str, *,
                 pseudo: tuple[str, ...] = (IGNORE,), extra: Mapping[str, str] | None = None) -> None:
        self.import_fields, self.noun, self.pseudo = import_fields, noun, pseudo
        known: dict[str, str] = {}
        for name, vs in variants.items():
            for v in vs:
                known.setdefault(normalise(v), name)
        for f in spec.fields:
            if f.name in import_fields:
                for v in (f.zh, f.label, f.name):
                    known.setdefault(normalise(v), f.name)
        for name, header in (extra or {}).items():
            known.setdefault(normalise(header), name)
        self.known = known

    def recognise(self, header: Any) -> str | None:
        """The field a header names (a field of IMPORT_FIELDS or a pseudo-field), or None when unknown."""
        return self.known.get(normalise(header)) if header not in (None, "") else None

    def field_of(self, name: str) -> str:
        """Accept a field name, its English label or Chinese name as the target of an explicit mapping."""
        if name in self.import_fields or name in self.pseudo:
            return name
        got = self.recognise(name)
        if got is None:
            raise ValueError(f"'{name}' is not {self.noun} (choose from {', '.join(self.import_fields)}, or "
                             f"{IGNORE})")
        return got

    def map_columns(self, headers: list[Any], explicit: Mapping[str, str] | None = None) -> dict[int, str]:
        """Column index -> field (see assign_columns)."""
        return assign_columns(headers, explicit, self.recognise, self.field_of)

    def score(self, values: list[Any]) -> int:
        """How many cells of a row are recognised headers (finds the header row under a title row)."""
        return count_recognised(values, self.recognise)


_ROSTER = Recogniser(_VARIANTS, SERVICE, IMPORT_FIELDS, "a roster field", pseudo=(IGNORE, MASKED_ID))
#: The field a header names (a field of IMPORT_FIELDS, MASKED_ID or IGNORE), or None when unknown.
recognise = _ROSTER.recognise
#: Accept a field name, its English label or Chinese name as the target of an explicit mapping.
field_of = _ROSTER.field_of
#: Column index -> roster field for a header row (see assign_columns).
map_columns = _ROSTER.map_columns
#: How many cells of a row are recognised roster headers (finds the header row under a title row).
score = _ROSTER.score


def assign_columns(headers: list[Any], explicit: Mapping[str, str] | None, recognise: Callable[[Any], str | None],
                   field_of: Callable[[str], str]) -> dict[int, str]:
    """Column index -> field for a header row, with the recogniser of a kind of file (rosters, contract ledgers,
    12345 dispatch lists). `explicit` maps header text to a field and wins; each field is taken by the first column
    that names it (later duplicates are left unmapped so nothing is silently merged)."""
    explicit_n = {normalise(k): field_of(v) for k, v in (explicit or {}).items()}
    out: dict[int, str] = {}
    taken: set[str] = set()
    for i, h in enumerate(headers):
        n = normalise(h)
        if n in explicit_n:
            out[i] = explicit_n[n]
            if out[i] != IGNORE:
                taken.add(out[i])
    for i, h in enumerate(headers):
        if i in out:
            continue
        f = recognise(h)
        if f is None or (f != IGNORE and f in taken):
            continue
        out[i] = f
        if f != IGNORE:
            taken.add(f)
    return out


def count_recognised(values: list[Any], recognise: Callable[[Any], str | None]) -> int:
    """How many cells of a row the recogniser knows as headers."""
    return sum(1 for v in values if isinstance(v, str) and recognise(v) not in (None, IGNORE))
