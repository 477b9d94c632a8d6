"""What the public township page (`/p/{code}`, no login) shows: the township's commitments that were made public
and how they stand, and its disclosures in their publicity period — title, unit, period and status only, never a
roster, a beneficiary or a complainant.

The personal-data guard runs on every text shown: full ID, mobile and card numbers are masked
(`masking.mask_numbers_in`), and a text that `privacy.check` refuses, or that holds the name of anyone the township's
records name privately (service beneficiaries, roster rows, complainants, requesters, the people of 失信 records), is
withheld as a whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from zwcx_core.domain import privacy, schema
from zwcx_core.domain.enums import (
    CityReview,
    CommitmentStatus,
    DisclosureStatus,
    DishonestyStatus,
    SubjectLevel,
)
from zwcx_core.domain.masking import mask_numbers_in
from zwcx_core.domain.public_status import PUBLISHED
from zwcx_server.db import ServerDB
from zwcx_server.public import WITHHELD
from zwcx_server.web import data

_ROSTER_NAME_KEYS = ("beneficiary_name",)
#: Kinds whose private fields (`schema.private_values`) name people, besides service records and rosters.
PRIVATE_KINDS = ("objection", "dishonesty", "supervision")
#: The kinds whose documents name people privately (read by `people`).
PEOPLE_KINDS = ("service", "disclosure", *PRIVATE_KINDS)


@dataclass(frozen=True)
class PublicItem:
    """One line of the public page."""

    title: str
    unit: str
    period: str
    status: str


def people(docs: dict[str, list[tuple[str, dict]]]) -> set[str]:
    """Names and numbers the township's records hold privately (from `docs`, current documents per kind): never on
    a public page, nor in the console's lists, in any text."""
    out: set[str] = set()
    for _rid, d in docs.get("service", []):
        name = d.get("beneficiary_name")
        if isinstance(name, str) and len(name.strip()) >= 2:
            out.add(name.strip())
    for _rid, d in docs.get("disclosure", []):
        for row in d.get("roster") or []:
            for key in _ROSTER_NAME_KEYS:
                v = row.get(key) if isinstance(row, dict) else None
                if isinstance(v, str) and len(v.strip()) >= 2:
                    out.add(v.strip())
    for kind in PRIVATE_KINDS:
        for _rid, d in docs.get(kind, []):
            out.update(schema.private_values(kind, d))
    return out


class Guard:
    """The personal-data guard of one public page."""

    def __init__(self, people: Iterable[str]) -> None:
        self.people = tuple(people)

    def text(self, kind: str, doc: dict, field: str) -> str:
        """The value of `field` of `doc`, fit for a public page, or WITHHELD."""
        value = doc.get(field)
        if not isinstance(value, str):
            return ""
        errors: list[schema.FieldError] = []
        privacy.check(kind, {field: value}, errors)
        if errors or any(p in value for p in self.people):
            return WITHHELD
        return mask_numbers_in(value)

    def plain(self, value: str) -> str:
        """A text that is no record field (a unit's name): masked, or WITHHELD when it names a person."""
        return WITHHELD if any(p in value for p in self.people) else mask_numbers_in(value)


def _zh(enum, value: object) -> str:
    try:
        return enum.parse(value).zh if isinstance(value, str) else "—"
    except ValueError:
        return "—"


#: What a township's public page reads, once per request: its own sections and every kind naming people privately.
PAGE_KINDS = ("unit", "commitment", *PEOPLE_KINDS)


def page_docs(db: ServerDB, t: data.TownshipRow) -> dict[str, list[tuple[str, dict]]]:
    """The current documents `township_page` and `dishonesty_items` read, in one read."""
    return data.current_docs(db, t.id, PAGE_KINDS)


def township_page(docs: dict[str, list[tuple[str, dict]]], t: data.TownshipRow,
                  today: dt.date) -> tuple[list[PublicItem], list[PublicItem]]:
    """(commitments, disclosures) of a township's public page, from its `page_docs`."""
    guard = Guard(people(docs))
    units = data.unit_names(docs["unit"])

    def unit(doc: dict) -> str:
        return guard.plain(units.get(doc.get("unit_id") or "", t.name))

    commitments = []
    for _rid, d in docs["commitment"]:
        if d.get("status") not in PUBLISHED["commitment"]:
            continue
        period = f"{d.get('made_date') or '—'} 至 {d.get('due_date') or '—'}"
        commitments.append(PublicItem(guard.text("commitment", d, "title"), unit(d), period,
                                      _zh(CommitmentStatus, d.get("status"))))
    disclosures = []
    iso = today.isoformat()
    for _rid, d in docs["disclosure"]:
        start, end = d.get("period_start"), d.get("period_end")
        if (d.get("status") not in PUBLISHED["disclosure"] or not isinstance(start, str)
                or not isinstance(end, str) or not start <= iso <= end):
            continue
        disclosures.append(PublicItem(guard.text("disclosure", d, "title"), unit(d), f"{start} 至 {end}",
                                      _zh(DisclosureStatus, d.get("status"))))
    commitments.sort(key=lambda i: (i.period, i.title))
    disclosures.sort(key=lambda i: (i.period, i.title))
    return commitments, disclosures


#: 政务失信 statuses during which a record the city confirmed is shown (until its display period ends).
DISHONESTY_SHOWN = (DishonestyStatus.CONFIRMED.value, DishonestyStatus.PUBLICIZED.value)


def dishonesty_items(docs: dict[str, list[tuple[str, dict]]], today: dt.date) -> list[PublicItem]:
    """The township's unit-level 政务失信 records the city confirmed, in their display period (decision date to
    display end), from its `page_docs`. Person-level records are never shown; the names they hold privately are
    withheld anywhere."""
    guard = Guard(people(docs))
    iso = today.isoformat()
    out = []
    for _rid, d in docs["dishonesty"]:
        start, end = d.get("decision_date"), d.get("display_max_end")
        if (d.get("subject_level") != SubjectLevel.UNIT.value or d.get("city_review") != CityReview.CONFIRMED.value
                or d.get("status") not in DISHONESTY_SHOWN or not isinstance(start, str)
                or not isinstance(end, str) or not start <= iso <= end):
            continue
        out.append(PublicItem(guard.text("dishonesty", d, "title"), guard.plain(str(d.get("subject_name") or "")),
                              f"{start} 至 {end}", _zh(DishonestyStatus, d.get("status"))))
    out.sort(key=lambda i: (i.period, i.title))
    return out

