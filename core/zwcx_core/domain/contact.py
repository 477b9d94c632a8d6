"""The contact block every notice carries: whom to ask and where (the office's contact person, phone and address),
and whom to tell about the office itself (the supervising department's phone, and the 12345 hotline).

The block is kept on unit records (schema UNIT: contact_person, contact_phone, address, supervisor,
supervision_phone): the home unit declares the office's, and a village or community committee may declare its own,
field by field, falling back to the office's. Plain Python: the store and the notices use it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from zwcx_core.domain.phones import NOT_A_PHONE, is_contact_phone

#: The national government-service hotline every notice names beside the supervising department.
HOTLINE = "12345"
HOTLINE_TEXT = "12345政务服务便民热线"

#: (unit field, English name used in messages, Chinese name) of the five parts of the block, in print order.
CONTACT_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("contact_person", "contact person", "联系人"),
    ("contact_phone", "contact phone", "联系电话"),
    ("address", "address", "地址"),
    ("supervisor", "supervising department", "监督部门"),
    ("supervision_phone", "supervision phone", "监督电话"),
)
PHONE_FIELDS = ("contact_phone", "supervision_phone")



@dataclass(frozen=True)
class Contact:
    """The five parts of a contact block (blank when not declared)."""

    contact_person: str = ""
    contact_phone: str = ""
    address: str = ""
    supervisor: str = ""
    supervision_phone: str = ""

    @classmethod
    def from_docs(cls, *docs: Mapping[str, Any] | None) -> Contact:
        """Each part from the first document that declares it (e.g. the issuing unit, then the home unit)."""
        values = {}
        for f in fields(cls):
            values[f.name] = next((str(d[f.name]).strip() for d in docs if d and str(d.get(f.name) or "").strip()),
                                  "")
        return cls(**values)

    def missing(self) -> tuple[str, ...]:
        """Names of the parts not declared, in print order."""
        return tuple(name for name, _en, _zh in CONTACT_FIELDS if not getattr(self, name))

    def supervision_line(self) -> str:
        """监督电话：区纪委监委 0451-84661234；12345政务服务便民热线"""
        return f"监督电话：{self.supervisor} {self.supervision_phone}；{HOTLINE_TEXT}"


def phone_digits(text: str) -> str:
    """The digits of a phone number as typed (full-width digits folded), for comparing numbers however written."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text or "") if ch.isdigit())


def check_phone(text: str) -> str:
    """A phone number as the office declares it (0451-88123456, 13812345678, 12388); ValueError otherwise.

    The same test as the save rule for contact-phone fields (`phones.is_contact_phone`); the message never repeats
    what was typed."""
    s = unicodedata.normalize("NFKC", text or "").strip()
    if not s:
        raise ValueError("is required")
    if not is_contact_phone(s):
        raise ValueError(NOT_A_PHONE)
    return s


def check_contact(values: Mapping[str, Any]) -> dict[str, str]:
    """Problems of a contact block as typed (field name → message); empty when every part is there and right."""
    errors: dict[str, str] = {}
    for name, _en, _zh in CONTACT_FIELDS:
        v = str(values.get(name) or "").strip()
        if not v:
            errors[name] = "is required"
        elif name in PHONE_FIELDS:
            try:
                check_phone(v)
            except ValueError as exc:
                errors[name] = str(exc)
    return errors


class ContactMissing(ValueError):
    """A notice cannot be printed because the contact block is incomplete; `missing` names the parts."""

    def __init__(self, missing: tuple[str, ...]) -> None:
        self.missing = missing
        names = {n: (en, zh) for n, en, zh in CONTACT_FIELDS}
        self.missing_en = ", ".join(names[m][0] for m in missing)
        self.missing_zh = "、".join(names[m][1] for m in missing)
        super().__init__(f"the notice was not printed: the office contact details are incomplete (missing: "
                         f"{self.missing_en}); an administrator fills them in under Settings")

    @property
    def zh(self) -> str:
        """The same message in Chinese, for the command line (the desktop translates the English one)."""
        return (f"公示未生成：本单位联系信息不完整，缺少{self.missing_zh}。请管理员在“设置”中填写"
                f"（命令行：zwcx contact）。")
