"""The personal-data guard of records: free text may not hold a full citizen ID, mobile or bank card number.

`schema.validate` runs `check` for every kind, so the rule holds wherever a document is validated: a save, an
import, a merge, a document pushed to the server. Submit and approve run it through the store (`on_transition`),
because a record can still be corrected only while it is editable. The message names the field (and the row of a
child table) and what was found, never the number itself.

Exempt from the scan: identifier fields (codes, not personal data), private fields (kept in full for handling a
case, never published), fields only typed in and never stored (the full citizen ID of a service record, which
becomes a masked form and a fingerprint), computed fields (set by the rules) and the office's own declared contact
numbers, which are checked as phone numbers instead.

Documents stored before this rule existed are left as they are: reading, listing, search and printing refusals
work as before. A value that another accepted version of the same record already held is not judged again
(`schema.validate`'s `accepted`, for every rule), so a legacy record that can no longer be edited still moves through its lifecycle and syncs; any new edit
of it must pass the rule as a whole, and the print guard (notices/guard.py) still refuses to print it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from zwcx_core.domain import schema
from zwcx_core.domain.masking import find_unmasked
from zwcx_core.domain.phones import NOT_A_PHONE, is_contact_phone

__all__ = ["CONTACT_PHONE_FIELDS", "MESSAGES", "check", "on_transition", "scanned"]

#: The office's own declared contact numbers: published on purpose, so checked as phone numbers, not scanned.
CONTACT_PHONE_FIELDS = frozenset({("unit", "contact_phone"), ("unit", "supervision_phone"), ("disclosure", "contact_phone")})

MESSAGES = {
    "id": "contains a full citizen ID number; print only the masked form (23*************123)",
    "mobile": "contains a full mobile number; print only the masked form (138****1234)",
    "bank_card": "contains a full bank card number; print only the masked form (6222***********0128)",
}

# Ways out of a lifecycle and steps back to the first state: never blocked, or a record holding a number could
# neither be corrected nor withdrawn.
_WAY_OUT = frozenset({"cancelled", "withdrawn", "rejected", "not_accepted"})


def scanned(kind: str, f: schema.Field) -> bool:
    """Whether the personal-data guard scans field `f` of `kind`."""
    return not (f.identifier or f.private or f.input_only or f.computed or (kind, f.name) in CONTACT_PHONE_FIELDS)


def check(kind: str, doc: Mapping[str, Any], errors: list[schema.FieldError]) -> None:
    """Append a FieldError for every scanned text of `doc` holding a full personal number, and for a declared
    contact phone that is not a phone number."""
    for path, f, text in schema.free_texts(kind, doc):
        if (kind, f.name) in CONTACT_PHONE_FIELDS and "[" not in path:
            problem = None if is_contact_phone(text) else NOT_A_PHONE
        elif scanned(kind, f):
            found = find_unmasked(text)
            problem = MESSAGES[found[0].kind] if found else None
        else:
            continue
        if problem:
            errors.append(schema.FieldError(path, problem))


def on_transition(kind: str, doc: Mapping[str, Any], current: str, target: str) -> None:
    """Raise ValidationError when a step of the lifecycle (submit, approve …) would carry a record holding a full
    personal number further while it can still be corrected; ways out and steps back are never blocked."""
    from zwcx_core.domain.lifecycle import LIFECYCLES, is_editable

    lc = LIFECYCLES.get(kind)
    if lc is None or not is_editable(kind, current) or target in _WAY_OUT or target == lc.initial.value:
        return
    errors: list[schema.FieldError] = []
    check(kind, doc, errors)
    if errors:
        raise schema.ValidationError(kind, errors)
