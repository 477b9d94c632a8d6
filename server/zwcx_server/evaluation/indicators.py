"""The indicators an evaluation tree may score: what the city computes per township and period.

Each indicator has a stable id (the trees name it), a Chinese name and a kind that fixes its unit and which rules
fit it: a rate is in percent (0–100, so thresholds read like the published targets: 回复率 92 %), a count is a
number of events (逾期欠款笔数, 失信 records), an amount is in yuan. `family` names the record kind the value comes
from; `source` says where the console gets it (web/figures.py computes it with that core function). An indicator
with an empty source is one the server does not compute: a tree may name it, and a township scores "no data" on
it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["AMOUNT", "COUNT", "INDICATORS", "Indicator", "RATE", "indicator"]

RATE, COUNT, AMOUNT = "rate", "count", "amount"


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str  # 中文名称, as the tree editor and the report show it
    kind: str  # rate | count | amount
    family: str  # commitment, disclosure, objection, contract, dishonesty, supervision
    measure: str = ""  # the measure word of a count: 笔, 条, 件
    source: str = ""  # the core function behind the value; '' while no per-township data exists

    @property
    def unit(self) -> str:
        """The unit a value and a threshold are written in."""
        return {RATE: "%", AMOUNT: "元"}.get(self.kind, self.measure)

    @property
    def has_source(self) -> bool:
        """Whether the server computes this indicator yet (False: a tree may name it; it scores no data)."""
        return bool(self.source)

    @property
    def fewer_is_better(self) -> bool:
        """Counts and amounts here are all failures (arrears, 失信 records): the tree editor proposes a rule
        that deducts; rates are all achievements."""
        return self.kind != RATE


_ALL = (
    Indicator("keeping_rate", "践诺率", RATE, "commitment", source="domain.indicators: keeping"),
    Indicator("timely_disclosure", "公开及时率", RATE, "disclosure", source="domain.indicators: timely_disclosure"),
    Indicator("notice_compliance", "公示合规率", RATE, "disclosure", source="domain.indicators: notice_compliance"),
    Indicator("objections_on_time", "异议按期办结率", RATE, "objection",
              source="domain.indicators: objections_on_time"),
    Indicator("paid_on_time", "按期支付率", RATE, "contract", source="domain.payment_indicators: on_time"),
    Indicator("overdue_arrears_count", "逾期欠款笔数", COUNT, "contract", "笔",
              source="domain.payment_indicators: overdue_obligations"),
    Indicator("overdue_arrears_amount", "逾期欠款金额", AMOUNT, "contract",
              source="domain.payment_indicators: overdue_amount"),
    # Unit-level records only: the evaluation is read by roles that never see a person-level one (eval_inputs).
    Indicator("dishonesty_serious", "严重失信记录", COUNT, "dishonesty", "条",
              source="domain.credit_indicators: by_severity 严重"),
    Indicator("dishonesty_general", "一般失信记录", COUNT, "dishonesty", "条",
              source="domain.credit_indicators: by_severity 一般"),
    Indicator("dishonesty_minor", "轻微失信记录", COUNT, "dishonesty", "条",
              source="domain.credit_indicators: by_severity 轻微"),
    Indicator("supervision_on_time", "监督事项按期办结率", RATE, "supervision",
              source="domain.supervision_scores: on_time"),
    Indicator("supervision_reply_rate", "监督事项回复率", RATE, "supervision",
              source="domain.supervision_scores: replied"),
    Indicator("supervision_satisfaction", "监督事项满意率", RATE, "supervision",
              source="domain.supervision_scores: satisfied"),
)

#: Every indicator by id, in the order the tree editor lists them.
INDICATORS: dict[str, Indicator] = {i.id: i for i in _ALL}


def indicator(indicator_id: str) -> Indicator:
    """The registered indicator; KeyError naming the known ids otherwise."""
    try:
        return INDICATORS[indicator_id]
    except KeyError:
        raise KeyError(f"unknown indicator {indicator_id!r}; known: {', '.join(INDICATORS)}") from None
