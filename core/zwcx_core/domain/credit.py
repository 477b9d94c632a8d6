"""Display periods, 政务处分 periods and credit-repair eligibility of 政务失信记录 (DOMAIN.md; docs/record-kinds.md).

Pure functions of a record's entered facts and dates. Periods are in months on real dates (`months.add_months`);
the rule in force on the decision date applies.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from zwcx_core.domain.enums import DishonestyType, SanctionKind, Severity
from zwcx_core.domain.months import add_months
from zwcx_core.domain.schema import money_text, parse_money

__all__ = ["ORDER_36_IN_FORCE", "DisplayPeriod", "RepairCheck", "SanctionPeriod", "display_period",
           "repair_eligibility", "sanction_period"]

#: 国家发展改革委令第36号 《信用修复管理办法》 takes effect (and repeals 令第58号) on this date.
ORDER_36_IN_FORCE = datetime.date(2026, 4, 1)

RULE_36 = "order_36"
RULE_58 = "order_58"
RULE_COURT = "court_removal"

# 36号令: severity -> (minimum, maximum) months. 轻微 has no minimum and by default is not shown at all.
_ORDER_36 = {Severity.GENERAL: (3, 12), Severity.SERIOUS: (12, 36)}
#: The longest a province may show a 轻微 record under 36号令.
MINOR_MAX_MONTHS = 3
# 58号令 practice (行政处罚): 3 months to 3 years; safety, fire and special-equipment penalties at least 1 year.
_ORDER_58 = (3, 36)
_ORDER_58_SAFETY_MIN = 12


@dataclass(frozen=True)
class DisplayPeriod:
    """How long a record is shown on the credit platform, counted from its decision date.

    `min_end` is the last day of the minimum period (repair may be applied for from the day after), `max_end` the
    last day it is shown at all (display stops by itself after it). Both are None when the record is not shown, and
    for a 失信被执行人 entry, which `ends_by_removal`: it is shown until the court removes it. `rule` names the
    regime applied (order_36, order_58, court_removal).
    """

    min_end: datetime.date | None
    max_end: datetime.date | None
    shown: bool
    rule: str
    ends_by_removal: bool = False


def display_period(severity: Severity | str, decision_date: datetime.date, kind: DishonestyType | str, *,
                   safety_penalty: bool = False, minor_shown_months: int = 0) -> DisplayPeriod:
    """The display period of a record decided on `decision_date`, under the rule in force that day.

    From 2026-04-01 (36号令): 轻微 not shown — or, where the province shows minor records, `minor_shown_months`
    (1–3) with no minimum; 一般 3 months to 1 year; 严重 1 to 3 years. Before it (58号令 practice, the only table the
    platform used; applied to every kind of record, severity aside): 3 months to 3 years, or at least 1 year for a
    safety, fire or special-equipment penalty (`safety_penalty`). A 失信被执行人 entry has no display period under
    either rule. Raises ValueError for an unknown severity or kind, or `minor_shown_months` outside 0–3.
    """
    severity, kind = Severity.parse(severity), DishonestyType.parse(kind)
    if not 0 <= minor_shown_months <= MINOR_MAX_MONTHS:
        raise ValueError(f"a minor record is shown for at most {MINOR_MAX_MONTHS} months, got {minor_shown_months}")
    if kind is DishonestyType.JUDGMENT_DEBTOR:
        return DisplayPeriod(None, None, True, RULE_COURT, ends_by_removal=True)
    if decision_date < ORDER_36_IN_FORCE:
        low = _ORDER_58_SAFETY_MIN if safety_penalty else _ORDER_58[0]
        return DisplayPeriod(add_months(decision_date, low), add_months(decision_date, _ORDER_58[1]), True, RULE_58)
    if severity is Severity.MINOR:
        if not minor_shown_months:
            return DisplayPeriod(None, None, False, RULE_36)
        return DisplayPeriod(decision_date, add_months(decision_date, minor_shown_months), True, RULE_36)
    low, high = _ORDER_36[severity]
    return DisplayPeriod(add_months(decision_date, low), add_months(decision_date, high), True, RULE_36)


# 公职人员政务处分法 art. 8: months of the period of each 政务处分; 开除 has none (it is final).
_SANCTION_MONTHS = {SanctionKind.WARNING: 6, SanctionKind.DEMERIT: 12, SanctionKind.MAJOR_DEMERIT: 18,
                    SanctionKind.DEMOTION: 24, SanctionKind.REMOVAL: 24}


@dataclass(frozen=True)
class SanctionPeriod:
    """The period of a 政务处分 and its last day; both None for 开除, which is `permanent`."""

    months: int | None
    end: datetime.date | None
    permanent: bool = False


def sanction_period(kind: SanctionKind | str, effective: datetime.date) -> SanctionPeriod:
    """Period of a 政务处分 that takes effect on `effective`: 警告 6 months, 记过 12, 记大过 18, 降级/撤职 24;
    开除 has no period (permanent). Raises ValueError for an unknown kind."""
    kind = SanctionKind.parse(kind)
    months = _SANCTION_MONTHS.get(kind)
    if months is None:
        return SanctionPeriod(None, None, permanent=True)
    return SanctionPeriod(months, add_months(effective, months))


@dataclass(frozen=True)
class RepairCheck:
    """Whether credit repair may be applied for; `reasons` says what is missing when it may not."""

    eligible: bool
    reasons: tuple[str, ...]


def repair_eligibility(period: DisplayPeriod, as_of: datetime.date, *, obligation: Any = None,
                       performed: Any = None, obligations_performed: bool = False,
                       commitment_made: bool = False) -> RepairCheck:
    """May repair be applied for on `as_of` (36号令; 国办发〔2025〕22号)? All of: the minimum display period has
    passed, the obligations are performed (`performed` ≥ `obligation` in yuan, or `obligations_performed` when
    there is no amount or the performance is not a payment), and a 信用承诺 is made.

    A record not shown, past its display period, or ended by court removal (失信被执行人) has nothing to repair;
    that is the one reason given. Raises ValueError if an amount is not an amount.
    """
    if period.ends_by_removal:
        return RepairCheck(False, ("a judgment-debtor (失信被执行人) entry ends when the court removes it; "
                                   "credit repair does not apply",))
    if not period.shown:
        return RepairCheck(False, ("the record is not shown, so there is nothing to repair",))
    if period.max_end is not None and as_of > period.max_end:
        return RepairCheck(False, (f"display stopped after {period.max_end}, so there is nothing to repair",))
    reasons: list[str] = []
    if period.min_end is not None and as_of <= period.min_end:
        reasons.append(f"the minimum display period runs until {period.min_end}; "
                       f"repair can be applied for from {period.min_end + datetime.timedelta(days=1)}")
    if not obligations_performed:
        reasons.extend(_obligation_reasons(obligation, performed))
    if not commitment_made:
        reasons.append("no credit commitment (信用承诺) has been made")
    return RepairCheck(not reasons, tuple(reasons))


def _obligation_reasons(obligation: Any, performed: Any) -> list[str]:
    if obligation in (None, ""):
        return ["the obligations are not confirmed as performed"]
    owed = parse_money(obligation)
    done = Decimal("0") if performed in (None, "") else parse_money(performed)
    if done >= owed:
        return []
    return [f"the obligation is not fully performed: {money_text(done)} of {money_text(owed)} yuan performed"]
