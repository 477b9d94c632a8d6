"""Reference data from the municipal server (units, catalogue, categories, the holiday schedule, the 1-year LPR
table), kept in the settings table, and the holiday schedule installed into the domain calendar."""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

from sqlalchemy.orm import Session

from zwcx_core.domain import calendar, supervision
from zwcx_core.domain.lpr import LprRate, lpr_on, parse_lpr_table
from zwcx_desktop.store import settings

K_REFERENCE, K_REFERENCE_DIGEST = "reference_data", "reference_digest"

log = logging.getLogger(__name__)


def stored(s: Session) -> dict[str, Any]:
    """The reference data last downloaded, or {} before the first sync."""
    raw = settings.get(s, K_REFERENCE)
    return json.loads(raw) if raw else {}


class BadLprTable(calendar.ScheduleError):
    """The LPR table of a download is malformed. A ScheduleError, so the sync round refuses the whole download
    the way it refuses a bad holiday schedule, and keeps the reference data it had."""


def save(s: Session, ref: dict[str, Any], digest: str) -> dict:
    """Keep a new download; returns its holiday schedule, to put into effect once the transaction has committed.
    A malformed schedule raises `calendar.ScheduleError`, a malformed LPR table `BadLprTable`, malformed supervision
    clock presets `supervision.ClockPresetError`, before anything is written."""
    schedule = calendar.parse_schedule(ref.get("holidays", []))
    try:
        parse_lpr_table(ref.get("lpr", []))
    except ValueError as exc:
        raise BadLprTable(str(exc)) from None
    supervision.presets_from_reference(ref.get("supervision_clocks", []))  # ClockPresetError before writing
    settings.put(s, K_REFERENCE, json.dumps(ref, ensure_ascii=False, sort_keys=True))
    settings.put(s, K_REFERENCE_DIGEST, digest)
    return schedule


def install_calendar(s: Session) -> None:
    """At start-up: the stored holiday schedule (if any) into the domain calendar, and the office's supervision
    clock presets into the rules."""
    try:
        calendar.use_official_schedule(calendar.parse_schedule(stored(s).get("holidays", [])))
    except (ValueError, AttributeError) as exc:  # saved data is checked first, so only a hand-edited database
        log.warning("stored holiday schedule ignored: %s", exc)
        calendar.use_official_schedule({})
    from zwcx_desktop.store import clock_presets  # it reads this module's data

    clock_presets.install(s)


def lpr_table(s: Session) -> tuple[LprRate, ...]:
    """The 1-year LPR table last downloaded (empty before the server sent one)."""
    try:
        return parse_lpr_table(stored(s).get("lpr", []))
    except ValueError as exc:  # checked when saved, so only a hand-edited database
        log.warning("stored LPR table ignored: %s", exc)
        return ()


def prefill_lpr(table: tuple[LprRate, ...], payload: dict[str, Any]) -> dict[str, Any]:
    """A contract payload with `lpr_at_signing` taken from the table on its signing day when the clerk left it
    blank; otherwise the payload unchanged. What the clerk typed always stands (the contract may quote another
    day's rate), and a bad or missing signing date is left for validation to name."""
    if payload.get("lpr_at_signing") not in (None, "") or not table:
        return payload
    try:
        signed = dt.date.fromisoformat(str(payload.get("signed_date") or ""))
    except ValueError:
        return payload
    rate = lpr_on(table, signed)
    return payload if rate is None else {**payload, "lpr_at_signing": rate}
