"""The yearly announcement of overdue payments to SMEs (《保障中小企业款项支付条例》 art. 18): by 31 March, the
number and amount of contracts with SMEs overdue and unpaid at the end of the previous year.

Built from `payment_indicators.annual_disclosure` and nothing else, so the printed notice, the website text and
the workbook for the superior department give the same figures. No store here: the desktop and the city console
print the same page (page.draw_notice).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

from zwcx_core.domain.payment_indicators import AnnualDisclosure
from zwcx_core.notices.model import Notice, Para, Period, zh_date

__all__ = ["KIND", "annual_arrears_notice", "title", "website_text", "yuan_text"]

KIND = "annual_arrears"


def title(year: int) -> str:
    """The notice's title after the unit's name: 关于{year}年度逾期未支付中小企业账款情况的公告."""
    return f"关于{year}年度逾期未支付中小企业账款情况的公告"


def yuan_text(amount: Decimal) -> str:
    """An amount as published: thousands separated, two decimals (128,000.00)."""
    return f"{amount:,.2f}"


def _paras(d: AnnualDisclosure, unit_name: str) -> list[Para]:
    who = unit_name or "本单位"
    intro = Para(f"根据《保障中小企业款项支付条例》第十八条规定，现将{who}{d.year}年度逾期尚未支付中小企业款项的合同"
                 f"情况公告如下。", "intro")
    if d.contracts:
        figures = Para(f"截至{zh_date(d.as_of)}，{who}与中小企业签订的合同中，逾期尚未支付中小企业款项的合同共"
                       f"{d.contracts}份，逾期尚未支付金额合计{yuan_text(d.amount)}元。", "figures")
        after = Para(f"{who}将加快清偿上述逾期款项，不以机构变动、主要负责人变更、履行内部付款流程等为由拒绝或者迟延"
                     f"支付中小企业款项。", "undertaking")
    else:
        figures = Para(f"截至{zh_date(d.as_of)}，{who}与中小企业签订的合同中，不存在逾期尚未支付中小企业款项的情况"
                       f"（合同0份，金额0.00元）。", "figures")
        after = Para(f"{who}将继续按照合同约定及时支付中小企业款项。", "undertaking")
    ask = Para("中小企业对上述情况有异议的，可以向本单位或者负责中小企业促进工作的部门反映。", "complaints")
    return [intro, figures, after, ask, Para("特此公告。", "closing")]


def annual_arrears_notice(d: AnnualDisclosure, unit_name: str, signed: dt.date, *, training: str = "") -> Notice:
    """The announcement as a Notice for the GB/T 9704 page. Its verification code fingerprints the year, unit and
    figures; it names no record the server could look up, so it prints no code and no QR code, only the content
    digest (the same figures always print the same digest and bytes)."""
    paras = _paras(d, unit_name)
    content = "\n".join([title(d.year), unit_name, signed.isoformat(), *(p.text for p in paras)])
    content_hash = hashlib.sha256(content.encode("utf-8")).hexdigest()
    created = dt.datetime(signed.year, signed.month, signed.day)
    return Notice("", KIND, (unit_name + title(d.year)) if unit_name else title(d.year), unit_name, list(paras),
                  Period(signed, signed, 0, "自然日"), signed, "", content_hash, "", created,
                  summary=paras[1].text, training=training)


def website_text(notice: Notice) -> str:
    """The same announcement as plain text for the website: title, paragraphs, the unit and the date."""
    lines = ([notice.training, ""] if notice.training else []) + [notice.title, ""]
    lines += ["　　" + b.text for b in notice.blocks if isinstance(b, Para)]
    lines += ["", notice.unit_name, zh_date(notice.signed_date)]
    return "\n".join(lines).strip("\n") + "\n"
