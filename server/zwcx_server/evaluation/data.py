"""What an evaluation is given: per township, the indicator values of the period and the records behind them.

The console fills these from its per-township figures; nothing here reads a database. A value is in the
indicator's unit (percent for rates). A missing value, or `None`, means no data: nothing fell due (a rate whose
denominator is 0), or a family of records the server does not hold yet.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from zwcx_server.evaluation.arith import exact

__all__ = ["Event", "Observation", "Township", "observation", "rate", "township"]


@dataclass(frozen=True)
class Event:
    """A record behind a value: its id (`record_id` or `record_id#row_id`) and a short reason (逾期未兑现)."""

    record_id: str
    reason: str = ""


@dataclass(frozen=True)
class Observation:
    """The value of one indicator for one township over the period; `detail` is how it was counted (7/8)."""

    value: Fraction | None
    events: tuple[Event, ...] = ()
    detail: str = ""


@dataclass(frozen=True)
class Township:
    id: str
    name: str
    values: Mapping[str, Observation] = field(default_factory=dict)
    district: str = ""


def _events(raw: Iterable[Any]) -> tuple[Event, ...]:
    out = []
    for e in raw or ():
        if isinstance(e, Event):
            out.append(e)
        elif isinstance(e, Mapping) and isinstance(e.get("record_id"), str):
            out.append(Event(e["record_id"], str(e.get("reason") or "")))
        elif isinstance(e, tuple | list) and e and isinstance(e[0], str):
            out.append(Event(e[0], str(e[1]) if len(e) > 1 else ""))
        else:
            raise ValueError(f"事件应为 {{record_id, reason}}，而不是 {e!r}")
    return tuple(out)


def observation(value: Any, events: Iterable[Any] = (), detail: str = "") -> Observation:
    """An Observation from plain data: a number (or None for no data), or a dict {"value", "events", "detail"}."""
    if isinstance(value, Observation):
        return value
    if isinstance(value, Mapping):
        return observation(value.get("value"), value.get("events") or (), str(value.get("detail") or ""))
    return Observation(None if value is None else exact(value), _events(events), detail)


def rate(numerator: int, denominator: int, events: Iterable[Any] = ()) -> Observation:
    """A rate from its counts, in percent, with '7/8' as its detail; no data when nothing was due (0/0)."""
    if denominator < 0 or not 0 <= numerator <= denominator:
        raise ValueError(f"比率 {numerator}/{denominator} 不成立")
    if denominator == 0:
        return Observation(None, _events(events), "0/0")
    return Observation(Fraction(100 * numerator, denominator), _events(events), f"{numerator}/{denominator}")


def township(raw: Township | Mapping[str, Any]) -> Township:
    """A Township from plain data: {"id", "name", "district"?, "values": {indicator id: number | dict}}."""
    if isinstance(raw, Township):
        return raw
    if not isinstance(raw, Mapping) or not isinstance(raw.get("id"), str) or not isinstance(raw.get("name"), str):
        raise ValueError("乡镇（街道）数据应有 id 和 name")
    values = raw.get("values") or {}
    if not isinstance(values, Mapping):
        raise ValueError(f"{raw['name']} 的 values 应为 指标 id → 数值 的对象")
    return Township(raw["id"], raw["name"], {k: observation(v) for k, v in values.items()},
                    str(raw.get("district") or ""))
