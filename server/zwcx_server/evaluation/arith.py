"""Exact numbers for scoring: weights, thresholds and values become Fractions (through their decimal text, so 0.1
is one tenth, not the nearest binary float), and are rounded only for display, half up to two places."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from typing import Any

__all__ = ["exact", "fmt", "rounded"]


def exact(value: Any) -> Fraction:
    """A JSON number (or its text, or a Decimal) as an exact Fraction; ValueError for anything else (booleans,
    NaN, infinity, text that is not a number)."""
    if isinstance(value, bool) or value is None:
        raise ValueError("不是数字")
    if isinstance(value, Fraction):
        return value
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("不是有限的数字")
    if isinstance(value, int | float | Decimal | str):
        try:
            d = Decimal(str(value).strip())
        except ArithmeticError:
            raise ValueError(f"{value!r} 不是数字") from None
        if not d.is_finite():
            raise ValueError("不是有限的数字")
        if d and not -12 <= d.adjusted() <= 15:  # 1e100000000 would build a 100-million-digit integer
            raise ValueError(f"{value!r} 超出可计分的范围")
        return Fraction(d)
    raise ValueError(f"{value!r} 不是数字")


def rounded(x: Fraction) -> Decimal:
    """Half up to two decimal places (the 0.005 case goes up, as people round scores by hand)."""
    hundredths = math.floor(abs(x) * 100 + Fraction(1, 2))  # exact: no binary or 28-digit rounding first
    return Decimal(hundredths if x >= 0 else -hundredths).scaleb(-2)


def fmt(x: Fraction) -> str:
    """A weight or threshold as written: no trailing zeros (10, 12.5, 0.25); at most four places."""
    ten_thousandths = math.floor(abs(x) * 10000 + Fraction(1, 2))
    d = Decimal(ten_thousandths if x >= 0 else -ten_thousandths).scaleb(-4).normalize()
    return format(d, "f")
