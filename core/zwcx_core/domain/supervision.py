"""Clocks of the supervision channels (DOMAIN.md "Supervision channels"): 12345 work orders, deputies' suggestions,
CPPCC proposals, petitions, disclosure requests and arrears complaints.

The presets are data: `DEFAULT_PRESETS` holds the values of DOMAIN.md; an administrator edits them and the municipal
server sends them down as reference data (section `supervision_clocks`), checked by `parse_presets`. A document
lists, per channel, the clocks of that channel, each
`{"name": "reply_by", "unit": "working_days", "from": "received", "amount": 13, "by_type": {"consultation": 3},
"urgent": 0, "extension": 20, "complex": 6}` — only name, unit, from and amount are required. A channel in the
document replaces that channel's defaults whole; channels it leaves out keep theirs.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from zwcx_core.domain.calendar import DayResult, add_working_days
from zwcx_core.domain.enums import RequestType, SupervisionChannel
from zwcx_core.domain.months import add_months

__all__ = ["CLOCK_NAMES", "DEFAULT_PRESETS", "Clock", "ClockPresetError", "deadlines", "parse_presets",
           "presets_document", "presets_from_reference", "reference_items"]

#: The deadlines a channel may have, with the label a clerk sees.
CLOCK_NAMES = {
    "accept_by": "告知是否受理",
    "return_by": "交办有误退回",
    "forward_by": "转交",
    "reply_by": "办结答复",
    "reanswer_by": "不满意重新答复",
    "callback_by": "回访",
}
#: What a clock counts from. `assigned` falls back to `received` (a case received by its handler directly);
#: `accepted`, `closed` and `feedback` (an unsatisfied deputy's feedback) have no fallback: until the day is known
#: the clock is not running and has no deadline.
STARTS = ("received", "assigned", "accepted", "closed", "feedback")
UNITS = ("working_days", "days", "months")
# The longest plausible amount per unit; anything longer is a typing error in the presets.
_MAX = {"working_days": 250, "days": 365, "months": 24}
_KEYS = {"name", "unit", "from", "amount", "by_type", "urgent", "extension", "complex"}


class ClockPresetError(ValueError):
    """The clock presets are malformed; the message names the entry."""


@dataclass(frozen=True)
class Clock:
    """One named deadline of a channel: `amount` `unit`s after the day named by `start`.

    `by_type` replaces the amount for a request type, `urgent` for an urgent case (0: the same day), `complex`
    for a complex case; `extension` is added once an extension is approved.
    """

    name: str
    unit: str
    start: str
    amount: int
    by_type: Mapping[RequestType, int] = field(default_factory=dict)
    urgent: int | None = None
    extension: int = 0
    complex: int | None = None


def _c(name: str, unit: str, start: str, amount: int, **kw: Any) -> Clock:
    return Clock(name, unit, start, amount, **kw)


_R = RequestType
_SUGGESTION = (_c("return_by", "days", "assigned", 10), _c("reply_by", "months", "assigned", 3, complex=6),
               _c("reanswer_by", "months", "feedback", 1))
DEFAULT_PRESETS: dict[SupervisionChannel, tuple[Clock, ...]] = {
    # One department's rule for 12345; Jinan and Weifang answer 建议/投诉/举报 in 5 working days (edit the preset).
    SupervisionChannel.HOTLINE_12345: (
        _c("reply_by", "working_days", "received", 13, by_type={_R.CONSULTATION: 3, _R.HELP: 3}, urgent=0),
        _c("callback_by", "days", "closed", 1)),
    SupervisionChannel.DEPUTY_SUGGESTION: _SUGGESTION,
    SupervisionChannel.CPPCC_PROPOSAL: _SUGGESTION,
    # 信访工作条例 arts. 31, 35: 15 days to say whether accepted; 60 days from acceptance to finish, +30.
    SupervisionChannel.PETITION: (_c("accept_by", "days", "received", 15),
                                  _c("reply_by", "days", "accepted", 60, extension=30)),
    # 政府信息公开条例 art. 33.
    SupervisionChannel.DISCLOSURE_REQUEST: (_c("reply_by", "working_days", "received", 20, extension=20),),
    # 保障中小企业款项支付条例: forwarded within 10 working days; a result within 30 days of assignment, at most 90.
    SupervisionChannel.ARREARS_COMPLAINT: (_c("forward_by", "working_days", "received", 10),
                                           _c("reply_by", "days", "assigned", 30, extension=60)),
    # No rule sets these; the deadline is entered by hand unless an administrator adds a preset.
    SupervisionChannel.BREACH_COMPLAINT: (),
    SupervisionChannel.OTHER: (),
}


def parse_presets(doc: Any, base: Mapping[SupervisionChannel, tuple[Clock, ...]] | None = None
                  ) -> dict[SupervisionChannel, tuple[Clock, ...]]:
    """Check the `supervision_clocks` section of the reference data (see the module docstring) and return the
    presets: `base` (the defaults) with the channels the document lists replaced. Raises ClockPresetError."""
    if not isinstance(doc, Mapping):
        raise ClockPresetError("supervision_clocks must be an object with one list of clocks per channel")
    out = dict(DEFAULT_PRESETS if base is None else base)
    for key, clocks in doc.items():
        try:
            channel = SupervisionChannel.parse(str(key))
        except ValueError as e:
            raise ClockPresetError(f"supervision_clocks.{key}: unknown channel; {e}") from None
        if not isinstance(clocks, list):
            raise ClockPresetError(f"supervision_clocks.{key}: expected a list of clocks")
        parsed = [_parse_clock(item, f"supervision_clocks.{key}[{i}]") for i, item in enumerate(clocks)]
        names = [c.name for c in parsed]
        for name in names:
            if names.count(name) > 1:
                raise ClockPresetError(f"supervision_clocks.{key}: the clock {name!r} is listed more than once")
        out[channel] = tuple(parsed)
    return out


def presets_document(presets: Mapping[SupervisionChannel, tuple[Clock, ...]] | None = None) -> dict[str, list]:
    """The presets as the document `parse_presets` reads (what an administrator's editor starts from)."""
    out: dict[str, list] = {}
    for channel, clocks in (DEFAULT_PRESETS if presets is None else presets).items():
        items = []
        for c in clocks:
            item: dict[str, Any] = {"name": c.name, "unit": c.unit, "from": c.start, "amount": c.amount}
            if c.by_type:
                item["by_type"] = {t.value: n for t, n in c.by_type.items()}
            for key, value in (("urgent", c.urgent), ("complex", c.complex)):
                if value is not None:
                    item[key] = value
            if c.extension:
                item["extension"] = c.extension
            items.append(item)
        out[channel.value] = items
    return out


def reference_items(doc: Any) -> list[dict[str, Any]]:
    """The `supervision_clocks` section as the server keeps reference data, one item per channel
    (`{"key": channel, "clocks": [...]}`), from a `parse_presets` document or a list of such items; checked by
    `parse_presets` first, so a malformed entry is refused by name. Raises ClockPresetError."""
    if isinstance(doc, list):
        doc = _items_document(doc)
    parse_presets(doc)
    return [{"key": SupervisionChannel.parse(str(k)).value, "clocks": v} for k, v in doc.items()]


def presets_from_reference(items: Any, base: Mapping[SupervisionChannel, tuple[Clock, ...]] | None = None
                           ) -> dict[SupervisionChannel, tuple[Clock, ...]]:
    """The presets from the `supervision_clocks` items the server sends down (see `reference_items`), over
    `base` (default: DEFAULT_PRESETS). Raises ClockPresetError."""
    return parse_presets(_items_document(items if items is not None else []), base)


def _items_document(items: Any) -> dict[str, Any]:
    if not isinstance(items, list):
        raise ClockPresetError("supervision_clocks must be a list of {key: channel, clocks: [...]}")
    doc: dict[str, Any] = {}
    for i, it in enumerate(items):
        if not isinstance(it, Mapping) or not isinstance(it.get("key"), str) or "clocks" not in it:
            raise ClockPresetError(f"supervision_clocks[{i}]: expected an object with 'key' (the channel) and "
                                   "'clocks'")
        doc[it["key"]] = it["clocks"]
    return doc


def _parse_clock(item: Any, where: str) -> Clock:
    if not isinstance(item, Mapping):
        raise ClockPresetError(f"{where}: expected an object with name, unit, from and amount")
    unknown = sorted(set(item) - _KEYS)
    if unknown:
        raise ClockPresetError(f"{where}: unknown key {unknown[0]!r}; expected {', '.join(sorted(_KEYS))}")
    for key in ("name", "unit", "from", "amount"):
        if key not in item:
            raise ClockPresetError(f"{where}: {key!r} is missing")
    name, unit, start = item["name"], item["unit"], item["from"]
    if name not in CLOCK_NAMES:
        raise ClockPresetError(f"{where}: unknown clock {name!r}; expected one of {', '.join(CLOCK_NAMES)}")
    where = f"{where} ({name})"
    if unit not in UNITS:
        raise ClockPresetError(f"{where}: 'unit' must be one of {', '.join(UNITS)}, got {unit!r}")
    if start not in STARTS:
        raise ClockPresetError(f"{where}: 'from' must be one of {', '.join(STARTS)}, got {start!r}")

    def amount(key: str, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX[unit]:
            raise ClockPresetError(f"{where}: {key!r} must be a whole number of {unit.replace('_', ' ')} "
                                   f"from 0 to {_MAX[unit]}, got {value!r}")
        return value

    by_type_doc = item.get("by_type", {})
    if not isinstance(by_type_doc, Mapping):
        raise ClockPresetError(f"{where}: 'by_type' must be an object of request type to amount")
    by_type = {}
    for t, v in by_type_doc.items():
        try:
            by_type[RequestType.parse(str(t))] = amount(f"by_type.{t}", v)
        except ValueError as e:
            if isinstance(e, ClockPresetError):
                raise
            raise ClockPresetError(f"{where}: by_type: {e}") from None
    clock = Clock(name, unit, start, amount("amount", item["amount"]), by_type,
                  None if item.get("urgent") is None else amount("urgent", item["urgent"]),
                  amount("extension", item.get("extension", 0)),
                  None if item.get("complex") is None else amount("complex", item["complex"]))
    if clock.complex is not None and clock.complex < clock.amount:
        raise ClockPresetError(f"{where}: a complex case cannot be due sooner ({clock.complex}) than an ordinary "
                               f"one ({clock.amount})")
    return clock


def deadlines(channel: SupervisionChannel | str, request_type: RequestType | str | None = None, *,
              received: datetime.date, assigned: datetime.date | None = None,
              accepted: datetime.date | None = None, closed: datetime.date | None = None,
              feedback: datetime.date | None = None, extended: bool = False, complex: bool = False,
              urgent: bool = False, presets: Mapping[SupervisionChannel, tuple[Clock, ...]] | None = None
              ) -> dict[str, DayResult]:
    """The named deadlines (keys of CLOCK_NAMES) of a case, in the order the presets list them.

    Working-day clocks follow the holiday calendar and carry its `confirmed` flag; calendar-day and month clocks
    are not moved off holidays (the earlier day is the safe one) and are always confirmed. A clock whose start is
    not known yet is left out. `extended`: an extension was approved; `complex`: a complex suggestion or proposal;
    `urgent`: an urgent work order. Raises ValueError for an unknown channel or request type.
    """
    channel = SupervisionChannel.parse(channel)
    rtype = None if request_type in (None, "") else RequestType.parse(request_type)
    starts = {"received": received, "assigned": assigned or received, "accepted": accepted, "closed": closed,
              "feedback": feedback}
    out: dict[str, DayResult] = {}
    for clock in (DEFAULT_PRESETS if presets is None else presets).get(channel, ()):
        start = starts[clock.start]
        if start is None:
            continue
        n = clock.amount
        if complex and clock.complex is not None:
            n = clock.complex
        if rtype is not None and rtype in clock.by_type:
            n = clock.by_type[rtype]
        if urgent and clock.urgent is not None:
            n = clock.urgent
        if extended:
            n += clock.extension
        out[clock.name] = _advance(start, n, clock.unit)
    return out


def _advance(start: datetime.date, n: int, unit: str) -> DayResult:
    if unit == "working_days":
        return add_working_days(start, n)
    if unit == "months":
        return DayResult(add_months(start, n), True)
    return DayResult(start + datetime.timedelta(days=n), True)
