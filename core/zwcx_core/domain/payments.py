"""Payment clocks of contracts (《保障中小企业款项支付条例》, 国务院令第802号, in force 2025-06-01).

Pure functions of a contract document (schema.CONTRACT) and dates; see docs/record-kinds.md and DOMAIN.md. Nothing
here reads the clock: whatever depends on today takes the date as an argument.

Inside, amounts are whole fen (int) and dates day ordinals (int): the indicators walk every obligation of every
contract of a township, and Decimal and date arithmetic per event would cost most of their time budget. What the
public functions return is Decimal yuan and datetime.date. payment_warnings and payment_indicators read the
clock through `_clock` and these helpers directly, for the same reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from zwcx_core.domain.enums import ContractEventType as Ev
from zwcx_core.domain.enums import PaymentBasis as B
from zwcx_core.domain.schema import contract_owed, money_text, parse_money

__all__ = [
    "DEFAULT_PAYMENT_DAYS",
    "FLAG_NO_ACCEPTANCE_PERIOD",
    "FLAG_OVER_60_DAYS",
    "FLAG_RATE_BELOW_LPR",
    "MAX_PAYMENT_DAYS",
    "LateInterest",
    "Obligation",
    "amount_paid",
    "contract_flags",
    "derive_contract",
    "late_interest",
    "next_due_date",
    "obligations",
]

#: Art. 9: an SME is paid within 30 days of delivery unless the contract agrees otherwise, and never later than 60.
#: A blank term of another contract is read the same way (the office's usual term; nothing binds it in law).
DEFAULT_PAYMENT_DAYS = 30
MAX_PAYMENT_DAYS = 60
#: Art. 17: with no rate agreed, late interest is 0.05 % of the overdue amount a day.
DEFAULT_DAILY_RATE = Decimal("0.0005")

# The regulation's words are what the office reads in the list, hence Chinese flags in a stored text field.
FLAG_OVER_60_DAYS = "超过60日"
FLAG_RATE_BELOW_LPR = "利率低于LPR"
FLAG_NO_ACCEPTANCE_PERIOD = "未约定验收期限"

_DELIVERY, _ACCEPTANCE, _SETTLEMENT = Ev.DELIVERY.value, Ev.ACCEPTANCE.value, Ev.SETTLEMENT.value
_PAYMENT, _INTEREST = Ev.PAYMENT.value, Ev.INTEREST.value
_FEN = Decimal("0.01")


# ------------------------------------------------------------------------------------------------ parsing helpers

def _ord(v: Any) -> int | None:
    """Day ordinal of an ISO date text (or a date), None when blank or not a date."""
    if not v:
        return None
    try:
        return (v if isinstance(v, dt.date) else dt.date.fromisoformat(v)).toordinal()
    except (TypeError, ValueError):
        return None


def _fen(v: Any) -> int | None:
    """Whole fen of an amount ('1234.50' as documents hold it; anything parse_money takes), None when blank."""
    if v is None or v == "":
        return None
    if type(v) is str:
        whole, dot, part = v.partition(".")
        # The stored form ('1234.50') without the cost of Decimal; anything else goes through parse_money.
        if whole.isdigit() and whole.isascii() and (not dot or (len(part) == 2 and part.isdigit() and part.isascii())):
            return int(whole) * 100 + (int(part) if dot else 0)
    try:
        return int(parse_money(v) * 100)
    except ValueError:
        return None


def _days(v: Any) -> int | None:
    if v is None or v == "" or isinstance(v, bool):
        return None
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


def _percent(v: Any) -> Decimal | None:
    """A yearly percentage as written ('3.45'), None when blank or not a number."""
    if v is None or v == "":
        return None
    try:
        d = Decimal(str(v).strip().removesuffix("%"))
    except InvalidOperation:
        return None
    return d if d.is_finite() else None


def _yuan(fen: int) -> Decimal:
    return Decimal(fen).scaleb(-2)


def _date(ordinal: int | None) -> dt.date | None:
    return None if ordinal is None else dt.date.fromordinal(ordinal)


# ---------------------------------------------------------------------------------------------------- the clock

class _Ob:
    """One obligation while it is worked out (fen and day ordinals)."""

    __slots__ = ("basis", "row_id", "start", "due", "agreed_due", "amount", "disputed", "paid", "paid_on", "chunks")

    def __init__(self, basis: str, row_id: str | None, start: int, due: int, agreed_due: int, amount: int) -> None:
        self.basis, self.row_id, self.start, self.due, self.agreed_due = basis, row_id, start, due, agreed_due
        self.amount = amount
        self.disputed = 0
        self.paid = 0
        self.paid_on: int | None = None
        # (day, fen) of the payments that went to the undisputed part: late interest runs on each until its day.
        self.chunks: list[tuple[int, int]] = []

    @property
    def open_fen(self) -> int:
        """The undisputed part still unpaid: what can be late."""
        return max(self.amount - self.paid - self.disputed, 0)


def _acceptance_start(delivered: int, acceptances: list[tuple[int, bool]], period: int | None,
                      late_rule: bool) -> int | None:
    """When the payment clock of a delivery starts on the acceptance basis (art. 10), or None: not yet.

    The clock starts at the first passed acceptance on or after the delivery. Under the regulation (`late_rule`)
    the buyer must accept within the agreed period: when it has not by the period's end, the clock starts then.
    A failed acceptance is not the buyer's delay: the supplier puts the goods right, and the period runs again from
    the failed acceptance. Without the regulation, only a passed acceptance starts the clock."""
    end = delivered + period if late_rule and period is not None else None
    for day, passed in acceptances:
        if day < delivered:
            continue
        if end is not None and day > end:
            return end
        if passed:
            return day
        if end is not None:
            end = day + period
    # No passed acceptance yet: the period's end is when the clock starts at the latest (a date still to come is
    # the projection the list shows as the next due date).
    return end


def _portions(deliveries: list[tuple[int, int | None, str | None]], owed: int | None):
    """Deliveries with what each one puts due: its own amount, or (the first one without an amount) whatever of
    the owed amount the other deliveries do not name — the whole amount when it is the only delivery."""
    rest = None if owed is None else max(owed - sum(f for _, f, _ in deliveries if f), 0)
    out = []
    for day, fen, row_id in deliveries:
        if fen is None:
            fen, rest = rest or 0, 0
        if fen > 0:
            out.append((day, fen, row_id))
    return out


def _clock(doc: Mapping[str, Any], as_of: int | None) -> tuple[list[_Ob], int]:
    """The obligations of a contract with its payments applied oldest first, and the total paid, from the events
    dated on or before `as_of` (all of them when None)."""
    sme = doc.get("sme_declared") is True
    basis = doc.get("payment_basis") or B.DELIVERY.value
    agreed = _days(doc.get("payment_days"))
    if agreed is None:
        agreed = DEFAULT_PAYMENT_DAYS
    legal = min(agreed, MAX_PAYMENT_DAYS) if sme else agreed
    deliveries: list[tuple[int, int | None, str | None]] = []
    acceptances: list[tuple[int, bool]] = []
    settlements: list[tuple[int, int, str | None]] = []
    payments: list[tuple[int, int]] = []
    for e in doc.get("events") or ():
        # type() first: isinstance against the Mapping ABC is a tenth of the indicators' time.
        if type(e) is not dict and not isinstance(e, Mapping):
            continue
        day = _ord(e.get("date"))
        if day is None or (as_of is not None and day > as_of):
            continue
        t = e.get("type")
        if t == _PAYMENT:
            fen = _fen(e.get("amount"))
            if fen:
                payments.append((day, fen))
        elif t == _DELIVERY:
            deliveries.append((day, _fen(e.get("amount")), e.get("id")))
        elif t == _ACCEPTANCE:
            acceptances.append((day, e.get("passed") is True))
        elif t == _SETTLEMENT:
            fen = _fen(e.get("amount"))
            if fen:
                settlements.append((day, fen, e.get("id")))

    obs: list[_Ob] = []
    if basis == B.SCHEDULE.value:
        for row in doc.get("instalments") or ():
            if isinstance(row, Mapping):
                day, fen = _ord(row.get("due_date")), _fen(row.get("amount"))
                if day is not None and fen:
                    obs.append(_Ob("instalment", row.get("id"), day, day, day, fen))
    elif basis == B.PROGRESS.value:
        # Art. 9: progress and periodic settlements start the clock when both sides confirm the amount.
        for day, fen, row_id in settlements:
            obs.append(_Ob("settlement", row_id, day, day + legal, day + agreed, fen))
    else:
        base = _fen(doc.get("amount"))
        confirmed = sum(f for _, f, _ in settlements)
        owed = None if base is None else max(base, confirmed)
        deliveries.sort(key=lambda d: d[0])
        if basis == B.ACCEPTANCE.value:
            acceptances.sort()
            period = _days(doc.get("acceptance_days"))
            for day, fen, row_id in _portions(deliveries, owed):
                start = _acceptance_start(day, acceptances, period, sme)
                if start is not None:
                    obs.append(_Ob("acceptance", row_id, start, start + legal, start + agreed, fen))
        else:
            for day, fen, row_id in _portions(deliveries, owed):
                obs.append(_Ob("delivery", row_id, day, day + legal, day + agreed, fen))
    if len(obs) > 1:
        obs.sort(key=lambda o: (o.due, o.start))

    # Art. 15: the disputed part waits for the dispute; it is the last money to fall due, so it is held back from
    # the newest obligations, and whatever is paid goes to the undisputed part first.
    held = _fen(doc.get("disputed_amount")) or 0
    for o in reversed(obs):
        if held <= 0:
            break
        o.disputed = min(held, o.amount)
        held -= o.disputed

    total = 0
    if payments:
        payments.sort()
        i, n = 0, len(obs)
        for day, fen in payments:
            total += fen
            while fen > 0 and i < n:
                o = obs[i]
                take = min(o.amount - o.paid, fen)
                undisputed_left = o.amount - o.disputed - o.paid
                if undisputed_left > 0:
                    part = min(take, undisputed_left)
                    o.chunks.append((day, part))
                    if part == undisputed_left:
                        o.paid_on = day
                o.paid += take
                fen -= take
                if o.paid >= o.amount:
                    i += 1
    return obs, total


# ---------------------------------------------------------------------------------------------------- obligations

@dataclass(frozen=True)
class Obligation:
    """A dated amount that falls due under a contract, with what has been paid towards it.

    `due` is the date in law (for an SME capped at 60 days from the clock's start, art. 9); `agreed_due` the date
    the contract's own term gives (later when that term breaks the cap). `disputed` is the part held back by a
    dispute (art. 15): it is never late. `paid_on` is the day the undisputed part was paid in full; `days_late`
    counts from `due` to that day, or to the as-of date while money is still open. On the acceptance basis, before
    the acceptance `start` may be the end of the acceptance period still to come: the latest the clock can start."""

    basis: str  # what started the clock: "delivery", "acceptance", "settlement" or "instalment"
    row_id: str | None  # the event or instalment row that started it
    start: dt.date
    due: dt.date
    agreed_due: dt.date
    amount: Decimal
    disputed: Decimal
    paid: Decimal
    outstanding: Decimal
    paid_on: dt.date | None
    days_late: int

    @property
    def undisputed_outstanding(self) -> Decimal:
        """The unpaid money that counts as due (outstanding less the disputed part still unpaid)."""
        return max(self.outstanding - self.disputed, Decimal("0.00"))


def _days_late(o: _Ob, as_of: int | None) -> int:
    if o.paid_on is not None:
        return max(o.paid_on - o.due, 0)
    if as_of is not None and o.open_fen > 0:
        return max(as_of - o.due, 0)
    return 0


def obligations(doc: Mapping[str, Any], as_of: dt.date | None = None) -> list[Obligation]:
    """The obligations of a contract, oldest due first, with payments applied oldest first.

    SME contracts (`sme_declared`): on the delivery basis each delivery falls due `payment_days` (30 when blank)
    after it, never more than 60 days in law; on the acceptance basis the clock starts at the passed acceptance
    or, when acceptance is late, at the end of the acceptance period; on the progress basis at each confirmed
    settlement; on the schedule basis the instalments fall due on their dates. Other contracts: the same bases with
    the agreed days and no cap, and only a passed acceptance starts the acceptance clock.

    With `as_of`, only events dated on or before it count (the ledger as it stood that day) and `days_late` of open
    obligations runs to it; without, every event counts and open obligations are not late yet.
    """
    ref = None if as_of is None else as_of.toordinal()
    obs, _ = _clock(doc, ref)
    return [Obligation(o.basis, o.row_id, _date(o.start), _date(o.due), _date(o.agreed_due), _yuan(o.amount),
                       _yuan(o.disputed), _yuan(o.paid), _yuan(o.amount - o.paid), _date(o.paid_on),
                       _days_late(o, ref)) for o in obs]


def next_due_date(doc: Mapping[str, Any]) -> dt.date | None:
    """The due date of the earliest obligation with undisputed money still unpaid (None when there is none)."""
    obs, _ = _clock(doc, None)
    return next((_date(o.due) for o in obs if o.open_fen > 0), None)


# ---------------------------------------------------------------------------------------------- flags and derive

def contract_flags(doc: Mapping[str, Any]) -> list[str]:
    """Terms of an SME contract that break the regulation, recorded as signed and flagged, never refused: a
    payment term over 60 days (art. 9), a late-interest rate below the 1-year LPR at signing (art. 17), payment on
    acceptance without an acceptance period (art. 10). Other contracts follow their own terms: no flags."""
    if doc.get("sme_declared") is not True:
        return []
    flags = []
    days = _days(doc.get("payment_days"))
    if days is not None and days > MAX_PAYMENT_DAYS:
        flags.append(FLAG_OVER_60_DAYS)
    rate, lpr = _percent(doc.get("late_rate")), _percent(doc.get("lpr_at_signing"))
    if rate is not None and lpr is not None and rate < lpr:
        flags.append(FLAG_RATE_BELOW_LPR)
    if doc.get("payment_basis") == B.ACCEPTANCE.value and _days(doc.get("acceptance_days")) is None:
        flags.append(FLAG_NO_ACCEPTANCE_PERIOD)
    return flags


def amount_paid(doc: Mapping[str, Any]) -> Decimal:
    """Principal paid so far (late interest is recorded apart and not counted here)."""
    return _yuan(sum(_fen(e.get("amount")) or 0 for e in doc.get("events") or ()
                     if isinstance(e, Mapping) and e.get("type") == _PAYMENT))


def derive_contract(doc: dict[str, Any]) -> dict[str, Any]:
    """Fill a contract's computed fields: amount paid and outstanding, the next due date, the flags (returns the
    same dict). Nothing here depends on today: whether money is late is worked out when read."""
    owed = contract_owed(doc)
    paid = amount_paid(doc)
    doc["amount_paid"] = money_text(paid)
    doc["amount_outstanding"] = None if owed is None else money_text(max(owed - paid, Decimal("0")))
    due = next_due_date(doc)
    doc["next_due_date"] = None if due is None else due.isoformat()
    doc["flags"] = ";".join(contract_flags(doc)) or None
    return doc


# ---------------------------------------------------------------------------------------------------- interest

@dataclass(frozen=True)
class LateInterest:
    """Late interest of a contract as of a date (art. 17).

    `basis`: "agreed" (the agreed yearly rate), "lpr_floor" (the agreed rate was below the 1-year LPR at signing,
    so the LPR applies), "default" (none agreed: 0.05 % a day) or "none" (not an SME contract and no rate agreed).
    `per_obligation` follows `obligations(doc, as_of)`, each rounded to the fen (half up); `total` is their sum;
    `paid` the interest events up to the date."""

    as_of: dt.date
    basis: str
    yearly_percent: Decimal | None
    per_obligation: tuple[Decimal, ...]
    total: Decimal
    paid: Decimal

    @property
    def unpaid(self) -> Decimal:
        return max(self.total - self.paid, Decimal("0.00"))


def _interest_terms(doc: Mapping[str, Any]) -> tuple[str, Decimal | None]:
    rate, lpr = _percent(doc.get("late_rate")), _percent(doc.get("lpr_at_signing"))
    if doc.get("sme_declared") is not True:
        return ("agreed", rate) if rate is not None else ("none", None)
    if rate is None:
        return "default", None
    if lpr is not None and rate < lpr:
        return "lpr_floor", lpr
    return "agreed", rate


def late_interest(doc: Mapping[str, Any], as_of: dt.date) -> LateInterest:
    """Late interest owed on a contract as of `as_of`: for each obligation, on each payment for the days it came
    late and on the undisputed money still unpaid for the days up to `as_of`. A yearly rate counts 1/365 a day.
    Other contracts carry only the interest they agreed (the regulation's rate binds payments to SMEs)."""
    ref = as_of.toordinal()
    obs, _ = _clock(doc, ref)
    basis, yearly = _interest_terms(doc)
    per = []
    for o in obs:
        fen_days = sum(fen * max(day - o.due, 0) for day, fen in o.chunks) + o.open_fen * max(ref - o.due, 0)
        if basis == "none" or not fen_days:
            per.append(Decimal("0.00"))
        elif basis == "default":
            # fen × days × 0.0005 / 100 fen a yuan
            per.append((Decimal(fen_days) * 5 / 1_000_000).quantize(_FEN, ROUND_HALF_UP))
        else:
            # fen × days × yearly% / 100 / 365 / 100 fen a yuan
            per.append((Decimal(fen_days) * yearly / 3_650_000).quantize(_FEN, ROUND_HALF_UP))
    paid = sum(_fen(e.get("amount")) or 0 for e in doc.get("events") or ()
               if isinstance(e, Mapping) and e.get("type") == _INTEREST and (_ord(e.get("date")) or ref + 1) <= ref)
    return LateInterest(as_of, basis, yearly, tuple(per), sum(per, Decimal("0.00")), _yuan(paid))


#: The events that start a payment clock or pay: what `clock_facts` keeps of a contract's events.
_CLOCK_EVENTS = frozenset({"delivery", "acceptance", "settlement", "payment"})


def clock_facts(doc: Mapping[str, Any]) -> list[Any]:
    """What the payment clocks read of a contract beyond its columns, as one small JSON-able list: payment and
    acceptance days, the disputed amount, the clock events as [type, date, amount, passed], and the instalments of
    a contract paid by schedule. The store keeps it beside the contract's row, so counting 20,000 contracts reads
    no documents (`from_clock_facts` turns it back into what the clocks take)."""
    events = [[e.get("type"), e.get("date"), e.get("amount"), e.get("passed")]
              for e in doc.get("events") or () if isinstance(e, Mapping) and e.get("type") in _CLOCK_EVENTS]
    instalments = doc.get("instalments") if doc.get("payment_basis") == B.SCHEDULE.value else None
    return [doc.get("payment_days"), doc.get("acceptance_days"), doc.get("disputed_amount"), events, instalments,
            worked_out(doc)]


def worked_out(doc: Mapping[str, Any]) -> list[Any]:
    """The contract's obligations worked out over all its events, as [last event day, [[amount, disputed, start,
    due, paid_on, open] …]] (fen and day ordinals). It is what the clock gives for any period ending on or after the
    last event (the clock only leaves out events after the period), so counting a period need not run it again."""
    days = [d for e in doc.get("events") or () if isinstance(e, Mapping) and (d := _ord(e.get("date"))) is not None]
    obs, _ = _clock(doc, None)
    return [max(days, default=0), [[o.amount, o.disputed, o.start, o.due, o.paid_on, o.open_fen] for o in obs],
            CLOCK_RULES]


#: The edition of the clock's rules (`_clock`) that `worked_out` results were made by. The store keeps them for
#: good, so raise it whenever a change to `_clock` alters an obligation: results kept by an older edition are then
#: not trusted and the clock runs again from the events (until the contract is next written).
CLOCK_RULES = 1


def from_clock_facts(facts: list[Any], **columns: Any) -> dict[str, Any]:
    """A contract as the clocks read it, from `clock_facts` and the row's columns (unit_id, status, sme_declared,
    payment_basis, amount)."""
    days, acceptance, disputed, events, instalments = facts[:5]
    out = columns | {"payment_days": days, "acceptance_days": acceptance, "disputed_amount": disputed,
                     "instalments": instalments}
    if len(facts) > 5 and _rules_of(facts[5]) == CLOCK_RULES:
        # The events become documents only if a period ends before the last of them (with_events).
        out[WORKED_OUT], out[_EVENT_FACTS] = facts[5], events
    else:
        out["events"] = _event_docs(events)
    return out


def _rules_of(kept: list[Any]) -> int:
    """The CLOCK_RULES edition of a kept `worked_out` (those written before it was recorded are edition 1)."""
    return kept[2] if len(kept) > 2 else 1


def with_events(doc: Mapping[str, Any]) -> Mapping[str, Any]:
    """`doc` with its events as documents, for the clock (see from_clock_facts)."""
    if "events" in doc or _EVENT_FACTS not in doc:
        return doc
    return {**doc, "events": _event_docs(doc[_EVENT_FACTS])}


def _event_docs(events: list[Any]) -> list[dict[str, Any]]:
    return [{"type": t, "date": d, "amount": a, "passed": p} for t, d, a, p in events]


_EVENT_FACTS = "_event_facts"


#: The key under which `from_clock_facts` hands the indicators the obligations worked out at write time.
WORKED_OUT = "_worked_out"
