"""The 信用承诺书 of a credit-repair application (国办发〔2025〕22号: one of the only two materials), as a `Notice` for
the GB/T 9704 page (notices/page.py). A template: the unit's own record fills it; a person-level record is never
printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from zwcx_core.domain.credit_rules import is_person_level
from zwcx_core.domain.enums import DishonestyType
from zwcx_core.notices.model import Notice, Para, Period, zh_date

__all__ = ["TITLE", "credit_commitment"]

TITLE = "信用承诺书"

_PROMISES = (
    "本单位已纠正上述失信行为，相关义务已履行完毕，所提交的履行证明材料真实、准确、完整。",
    "本单位自觉遵守法律法规和合同约定，依法诚信履约，不再发生同类失信行为。",
    "本单位同意将本承诺书向社会公开，接受社会监督；如违反承诺，愿意依法依规承担相应责任，并同意将违反承诺情况记入信用记录。",
)


def credit_commitment(doc: Mapping[str, Any], unit_name: str, verify_code: str, content_hash: str,
                      created_at: dt.datetime, signed: dt.date) -> Notice:
    """The commitment letter for a unit-level dishonesty record (its subject, the decision it answers).
    Raises ValueError for a person-level record."""
    if is_person_level(doc):
        raise ValueError("a person-level dishonesty record is never printed")
    subject = str(doc.get("subject_name") or unit_name)
    code = f"（统一社会信用代码：{doc['subject_uscc']}）" if doc.get("subject_uscc") else ""
    kind = DishonestyType(doc["dishonesty_type"]).zh if doc.get("dishonesty_type") else ""
    decision = "".join(part for part in (
        str(doc.get("deciding_body") or ""),
        f"于{zh_date(dt.date.fromisoformat(str(doc['decision_date'])))}" if doc.get("decision_date") else "",
        f"作出的{doc['decision_no']}" if doc.get("decision_no") else "作出的认定")) if doc.get("deciding_body") else ""
    about = f"针对{decision}（失信类型：{kind}）" if decision else f"针对本单位{kind}失信记录"
    blocks = [
        Para(f"{subject}{code}{about}，现申请信用修复，并郑重承诺如下：", "title"),
        *[Para(text, "promise", lead=f"{n}．", lead_style="body") for n, text in enumerate(_PROMISES, 1)],
        Para("特此承诺。", "promise"),
    ]
    when = signed
    return Notice(record_id="", kind="dishonesty", title=TITLE, unit_name=subject, blocks=blocks,
                  period=Period(when, when, 0, "自然日"), signed_date=when, verify_code=verify_code,
                  content_hash=content_hash, qr_url="", created_at=created_at,
                  summary=f"{subject}信用承诺书")
