"""The tables notices carry: a finance disclosure's income and expense lines, and a roster of beneficiaries."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from zwcx_core.domain.enums import FinanceDirection
from zwcx_core.notices.model import Column, Table


def yuan(d: Decimal) -> str:
    """An amount as printed in tables: thousands separators, two places (12,345.60)."""
    return f"{d:,.2f}"


def finance_table(lines: list[dict[str, Any]]) -> Table:
    """收支明细 with 收入合计, 支出合计 and 收支相抵 rows (income minus expense)."""
    income = expense = Decimal("0")
    rows = []
    for i, ln in enumerate(lines, 1):
        amount = Decimal(ln["amount"])
        if ln["direction"] == FinanceDirection.INCOME.value:
            income += amount
        else:
            expense += amount
        rows.append([str(i), FinanceDirection(ln["direction"]).zh, ln.get("item") or "", yuan(amount),
                     ln.get("note") or ""])
    cols = [Column("序号", "position"), Column("收支", "direction"), Column("项目", "item", 3, "left", wrap=True),
            Column("金额（元）", "amount", 1.5, "right"), Column("备注", "note", 2, "left", wrap=True)]
    footer = [["", "收入合计", "", yuan(income), ""], ["", "支出合计", "", yuan(expense), ""],
              ["", "收支相抵", "", yuan(income - expense), ""]]
    return Table(cols, rows, "finance_lines", caption="收支明细", footer=footer, font_size=14)


def balance_table(doc: dict[str, Any]) -> Table:
    """资金收支总表 of a village finance notice: 期初余额, 本期收入, 本期支出, 期末余额 (computed here again and
    compared with the stored closing balance, so a notice never prints figures that do not add up)."""
    from zwcx_core.domain.schema import closing_balance, finance_totals

    if doc.get("opening_balance") in (None, ""):
        raise ValueError("a village finance notice needs the opening balance (期初余额); enter it in the record")
    income, expense = finance_totals(doc.get("finance_lines") or [])
    closing = closing_balance(doc)
    stored = doc.get("closing_balance")
    if stored is not None and Decimal(stored) != closing:
        raise ValueError(f"the closing balance (期末余额) {stored} does not add up: the opening balance plus income "
                         f"minus expenditure is {closing:.2f}")
    cols = [Column("期初余额（元）", "opening_balance", 1, "right"), Column("本期收入（元）", "income", 1, "right"),
            Column("本期支出（元）", "expenditure", 1, "right"), Column("期末余额（元）", "closing_balance", 1, "right")]
    row = [yuan(Decimal(doc["opening_balance"])), yuan(income), yuan(expense), yuan(closing)]
    return Table(cols, [row], "balances", caption="资金收支总表", font_size=14)


def snapshot_rows(snapshot: list[dict[str, Any]]) -> list[Any]:
    """Rows of a roster snapshot (store/roster.py) in the shape `content.roster_rows` returns, so both print alike."""
    from types import SimpleNamespace

    out = []
    for r in snapshot:
        amount = r.get("amount")
        out.append(SimpleNamespace(
            beneficiary_name=r.get("beneficiary_name"), id_masked=r.get("id_masked"), village=r.get("village"),
            household_size=r.get("household_size"),
            amount_fen=None if amount is None else int((Decimal(amount) * 100).to_integral_value()),
            policy=r.get("policy"), period=r.get("period"), note=r.get("note")))
    return out


def roster_table(rows: list[Any]) -> Table:
    """名单 with only the columns that hold something; names as stored, IDs as stored (already masked).

    A roster prints no address beyond village/community and no phone (最少化原则).
    """
    spec = [  # (title, field, weight, align, getter)
        ("姓名", "beneficiary_name", 1.2, "center", lambda r: r.beneficiary_name or ""),
        ("身份证号", "id_masked", 1.0, "center", lambda r: r.id_masked or ""),
        ("村（社区）", "village", 1.5, "center", lambda r: r.village or ""),
        ("户人数", "household_size", 0.6, "center", lambda r: "" if r.household_size is None else str(r.household_size)),
        ("政策/项目", "policy", 1.5, "center", lambda r: r.policy or ""),
        ("所属期", "period", 1.0, "center", lambda r: r.period or ""),
        ("金额（元）", "amount", 1.0, "right",
         lambda r: "" if r.amount_fen is None else yuan(Decimal(r.amount_fen) / 100)),
        ("备注", "note", 1.5, "left", lambda r: r.note or ""),
    ]
    values = [[get(r) for *_, get in spec] for r in rows]
    keep = [i for i in range(len(spec)) if any(v[i] for v in values)]
    # One policy or period for the whole roster belongs in the caption, not repeated on every line.
    for name in ("policy", "period"):
        i = next(j for j, s in enumerate(spec) if s[1] == name)
        if i in keep and len({v[i] for v in values}) == 1:
            keep.remove(i)
    cols = [Column("序号", "position", 0.6)] + [
        Column(t, f, w, a, wrap=f in ("note", "village")) for t, f, w, a, _ in (spec[i] for i in keep)]
    body = [[str(n)] + [v[i] for i in keep] for n, v in enumerate(values, 1)]
    footer_row = ["合计"] + [""] * len(keep)
    fields = [spec[i][1] for i in keep]
    footer_row[1] = f"{len(rows)}户"
    if "household_size" in fields:
        footer_row[1 + fields.index("household_size")] = str(sum(r.household_size or 0 for r in rows))
    if "amount" in fields:
        footer_row[1 + fields.index("amount")] = yuan(sum((Decimal(r.amount_fen or 0) for r in rows),
                                                          Decimal(0)) / 100)
    policy = rows[0].policy if rows and "policy" not in fields else ""
    period = rows[0].period if rows and "period" not in fields and rows[0].period else ""
    caption = "公示名单" + (f"（{policy}{'，' + period if period else ''}）" if policy else "")
    return Table(cols, body, "roster", caption=caption, footer=[footer_row] if rows else [], font_size=12)
