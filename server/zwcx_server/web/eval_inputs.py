"""The one mapping from the console's per-township figures (figures.Figures, what the indicator table shows) to
the indicator ids of the evaluation registry (zwcx_server.evaluation.indicators).

Values are stored with an evaluation in plain JSON (a rate as its two counts, an amount as its decimal text), so
a stored run can be scored again exactly. The 失信 and 监督事项 indicators have no server source yet and are not
given: they score "no data". A count with no records is 0, not missing (the evaluation README).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from zwcx_server.evaluation import INDICATORS, Observation, observation, rate
from zwcx_server.web.figures import Figures


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
