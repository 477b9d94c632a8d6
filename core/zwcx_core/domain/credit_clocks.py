"""Working-day clocks of credit-information objections and credit repair, with presets per province.

Provincial laws differ (Shandong and Henan answer in 3 working days, 7 when another unit must check; Shanghai and
Zhejiang 5), so the numbers are data: `CreditClocks()` holds the defaults of DOMAIN.md and the reference data the
municipal server sends (section `credit_clocks`) overrides them through `parse_credit_clocks`.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from zwcx_core.domain.calendar import DayResult, add_working_days

__all__ = ["CreditClockError", "CreditClocks", "correction_due", "objection_deadlines", "parse_credit_clocks",
           "repair_deadlines"]

# A working-day limit longer than this is a typing error, not a provincial rule (Zhejiang's longest is 20).
_MAX_WORKING_DAYS = 60


class CreditClockError(ValueError):
    """The credit clock presets are malformed; the message names the entry."""


@dataclass(frozen=True)
class CreditClocks:
    """Working-day limits, each counted from the day after the event (`calendar.add_working_days`)."""

    #: Mark the record 异议中 after an objection is received.
    objection_mark: int = 1
    #: Answer an objection handled in-house.
    objection_answer: int = 3
    #: Answer an objection when another unit must check the information.
    objection_answer_referred: int = 7
    #: Correct the record after its decision was revoked or changed.
    correction: int = 3
    #: The deciding department decides a repair application.
    repair_department: int = 3
    #: The credit platform finishes a repair application.
    repair_platform: int = 10


_FIELDS = tuple(f.name for f in dataclasses.fields(CreditClocks))


def parse_credit_clocks(doc: Any, base: CreditClocks | None = None) -> CreditClocks:
    """Check the `credit_clocks` section of the reference data, e.g. `{"objection_answer": 5}`: an object whose
    keys are fields of `CreditClocks`, each a whole number of working days from 1 to 60 (0 allowed for marking,
    which then is due the same day). Keys left out keep `base` (the defaults). Raises CreditClockError."""
    if not isinstance(doc, Mapping):
        raise CreditClockError("credit_clocks must be an object of working-day limits")
    values = dataclasses.asdict(base or CreditClocks())
    for key, value in doc.items():
        where = f"credit_clocks.{key}"
        if key not in _FIELDS:
            raise CreditClockError(f"{where}: unknown limit; expected one of {', '.join(_FIELDS)}")
        low = 0 if key == "objection_mark" else 1
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= _MAX_WORKING_DAYS:
            raise CreditClockError(f"{where}: must be a whole number of working days from {low} to "
                                   f"{_MAX_WORKING_DAYS}, got {value!r}")
        values[key] = value
    out = CreditClocks(**values)
    if out.objection_answer_referred < out.objection_answer:
        raise CreditClockError("credit_clocks.objection_answer_referred: an objection another unit must check "
                               f"cannot be due sooner ({out.objection_answer_referred}) than one handled in-house "
                               f"({out.objection_answer})")
    return out


def objection_deadlines(received: datetime.date, clocks: CreditClocks | None = None, *,
                        referred: bool = False) -> dict[str, DayResult]:
    """`mark_by` (the record shows 异议中) and `answer_by` for a credit-information objection received on
    `received`; `referred` when another unit must check the information."""
    c = clocks or CreditClocks()
    answer = c.objection_answer_referred if referred else c.objection_answer
    return {"mark_by": add_working_days(received, c.objection_mark), "answer_by": add_working_days(received, answer)}


def correction_due(decision_changed: datetime.date, clocks: CreditClocks | None = None) -> DayResult:
    """Last day to correct a record (and send it up) after its decision was revoked or changed on the given day."""
    return add_working_days(decision_changed, (clocks or CreditClocks()).correction)


def repair_deadlines(applied: datetime.date, clocks: CreditClocks | None = None) -> dict[str, DayResult]:
    """`department_by` and `platform_by` for a repair application made on `applied` (both limits run from the
    application, as the platforms publish them)."""
    c = clocks or CreditClocks()
    return {"department_by": add_working_days(applied, c.repair_department),
            "platform_by": add_working_days(applied, c.repair_platform)}
