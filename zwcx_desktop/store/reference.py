"""Reference data from the municipal server (units, catalogue, categories, the holiday schedule), kept in the
settings table, and the holiday schedule installed into the domain calendar."""

from __future__ import annotations

import json
import logging
from typing import Any

from sqlalchemy.orm import Session

from zwcx_core.domain import calendar, supervision
from zwcx_desktop.store import settings

K_REFERENCE, K_REFERENCE_DIGEST = "reference_data", "reference_digest"

log = logging.getLogger(__name__)


def stored(s: Session) -> dict[str, Any]:
    """The reference data last downloaded, or {} before the first sync."""
    raw = settings.get(s, K_REFERENCE)
    return json.loads(raw) if raw else {}


def save(s: Session, ref: dict[str, Any], digest: str) -> dict:
    """Keep a new download; returns its holiday schedule, to put into effect once the transaction has committed.
    A malformed schedule raises `calendar.ScheduleError`, malformed supervision clock presets
    `supervision.ClockPresetError`, before anything is written."""
    schedule = calendar.parse_schedule(ref.get("holidays", []))
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
