"""What the console shows of each record kind, as a table: a new kind slots in with one entry here (and, for its
indicators, one feeder in `figures`).

Drill-down lists show only the columns named here. Private fields (`schema.without_private`) are dropped before
anything is read, and the fields in `HIDDEN` never appear on any console page: beneficiaries of service records,
the roster a disclosure posted, and ID forms.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from zwcx_core.domain import schema
from zwcx_core.domain.masking import mask_numbers_in


@dataclass(frozen=True)
class KindView:
    """The drill-down of one kind: its Chinese name and the fields listed, in order."""

    kind: str
    columns: tuple[str, ...]

    @property
    def zh(self) -> str:
        return schema.KINDS[self.kind].zh

    def headers(self) -> list[str]:
        k = schema.KINDS[self.kind]
        return ["单位" if c == "unit_id" else k.field(c).zh for c in self.columns]


#: Fields no console page shows, whatever the role: people who received a service, the posted roster, ID forms.
HIDDEN: dict[str, frozenset[str]] = {
    "service": frozenset({"beneficiary_name", "citizen_id", "id_masked", "id_fingerprint", "household_size",
                          "id_type"}),
    "disclosure": frozenset({"roster"}),
}

VIEWS: dict[str, KindView] = {v.kind: v for v in (
    KindView("commitment", ("unit_id", "title", "category", "made_date", "due_date", "fulfilled_date", "status")),
    KindView("disclosure", ("unit_id", "title", "kind", "formed_date", "deadline", "publish_date", "period_end",
                            "status")),
    # A service record is listed by its policy and dates only: its beneficiary is never shown.
    KindView("service", ("unit_id", "policy", "service_area", "period", "amount", "delivery_date", "status")),
    KindView("objection", ("unit_id", "objection_type", "channel", "received_date", "due_date", "closed_date",
                           "status")),
    KindView("contract", ("unit_id", "title", "contract_type", "counterparty", "signed_date", "amount",
                          "amount_outstanding", "next_due_date", "status")),
    KindView("lawsuit", ("unit_id", "case_no", "court", "cause", "filed_date", "perform_deadline", "status")),
    KindView("unit", ("name", "unit_type", "division_code", "supervisor")),
    # A 失信 record by what it is about and where it stands; a person-level one (the administrator's list only)
    # without the columns that name it (NAMING).
    KindView("dishonesty", ("unit_id", "subject_name", "title", "dishonesty_type", "severity", "decision_date",
                            "display_max_end", "repair_status", "status")),
    # A case by its channel, number and subject: never what the requester wrote or who they are.
    KindView("supervision", ("unit_id", "channel", "ref_no", "request_type", "title", "received_date", "due_date",
                             "status")),
)}
#: The columns of a 失信 record that may name a person.
NAMING = frozenset({"subject_name", "title"})


def shown(kind: str, doc: Mapping[str, Any]) -> dict[str, Any]:
    """The part of a document the console may read: without private fields and without `HIDDEN`."""
    hidden = HIDDEN.get(kind, frozenset())
    return {k: v for k, v in schema.without_private(kind, doc).items() if k not in hidden}


def cell(kind: str, name: str, value: Any) -> str:
    """One value as text: enums by their Chinese name, full personal numbers masked, child rows and file lists
    left out."""
    if value is None or value == "":
        return ""
    f = schema.KINDS[kind].field(name)
    if f.enum is not None and isinstance(value, str):
        try:
            return f.enum.parse(value).zh
        except ValueError:
            return value
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list | dict):
        return ""  # child rows and file lists are not listed
    # Text typed before the personal-data guard existed may hold a full number: shown masked, as notices print it.
    return mask_numbers_in(str(value))
