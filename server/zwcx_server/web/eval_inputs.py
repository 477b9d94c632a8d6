"""The one mapping from the console's per-township figures (figures.Figures, what the indicator table shows) to
the indicator ids of the evaluation registry (zwcx_server.evaluation.indicators).

Values are stored with an evaluation in plain JSON (a rate as its two counts, an amount as its decimal text), so
a stored run can be scored again exactly. A count with no records is 0, not missing (the evaluation README).

The 失信 counts are over unit-level records only: an evaluation is read by evaluators and district viewers, who
never learn that a person-level record exists (domain/credit_rules.py), so it counts as they may see.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from zwcx_core.domain.enums import Severity
from zwcx_server.evaluation import INDICATORS, Observation, observation, rate
from zwcx_server.web.figures import Figures, severity_count


@dataclass(frozen=True)
class Source:
    """Where one evaluation indicator is read from a township's Figures, and in which form."""

    form: str  # rate (a domain Rate), count (an int), amount (a Decimal in yuan)
    get: Callable[[Figures], Any]


#: Evaluation indicator id → its source among the console's figures. judgments_unperformed (判决未履行) has no
#: indicator in the registry, so it does not feed the evaluation.
SOURCES: dict[str, Source] = {
    "keeping_rate": Source("rate", lambda f: f.general.keeping),
    "timely_disclosure": Source("rate", lambda f: f.general.timely_disclosure),
    "notice_compliance": Source("rate", lambda f: f.general.notice_compliance),
    "objections_on_time": Source("rate", lambda f: f.general.objections_on_time),
    "paid_on_time": Source("rate", lambda f: f.contracts.on_time),
    "overdue_arrears_count": Source("count", lambda f: f.contracts.overdue_obligations),
    "overdue_arrears_amount": Source("amount", lambda f: f.contracts.overdue_amount),
    "dishonesty_serious": Source("count", lambda f: severity_count(f.credit, Severity.SERIOUS)),
    "dishonesty_general": Source("count", lambda f: severity_count(f.credit, Severity.GENERAL)),
    "dishonesty_minor": Source("count", lambda f: severity_count(f.credit, Severity.MINOR)),
    "supervision_on_time": Source("rate", lambda f: f.supervision.on_time),
    "supervision_reply_rate": Source("rate", lambda f: f.supervision.replied),
    "supervision_satisfaction": Source("rate", lambda f: f.supervision.satisfied),
}
assert set(SOURCES) <= set(INDICATORS), "every source must name a registered indicator"


def stored_values(f: Figures) -> dict[str, Any]:
    """A township's values as JSON-ready data: {indicator id: [numerator, denominator] | int | "12.34"}."""
    out: dict[str, Any] = {}
    for ind, src in SOURCES.items():
        v = src.get(f)
        if src.form == "rate":
            out[ind] = [v.numerator, v.denominator]
        elif src.form == "count":
            out[ind] = int(v)
        else:
            out[ind] = str(v)
    return out


def observations(stored: dict[str, Any], events: dict[str, list[dict[str, str]]] | None = None
                 ) -> dict[str, Observation]:
    """The evaluation's observations from stored values and the records behind them (eval_records); a rate 0/0
    is no data: nothing fell due."""
    out: dict[str, Observation] = {}
    for ind, v in stored.items():
        src = SOURCES.get(ind)
        if src is None:
            continue  # an indicator a later version stopped sourcing: no data, as for any unsourced one
        behind = (events or {}).get(ind, ())
        out[ind] = rate(*v, behind) if src.form == "rate" else observation(v, behind)
    return out
