"""Writing records as zwcx did before the personal-data guard existed, to test documents already stored."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def before_the_guard() -> Iterator[None]:
    """Within the block, saves and lifecycle steps skip the personal-data guard (domain/privacy.py) and the
    printable-character rule (domain/printable.py), which came with it."""
    from zwcx_core.domain import printable, privacy

    saved = privacy.check, privacy.on_transition, printable.check_document
    privacy.check = lambda *a, **k: None
    privacy.on_transition = lambda *a, **k: None
    printable.check_document = lambda *a, **k: None
    try:
        yield
    finally:
        privacy.check, privacy.on_transition, printable.check_document = saved


@contextmanager
def before_the_entry_rules() -> Iterator[None]:
    """Within the block, saves accept negative amounts and dates out of bounds, as zwcx did before those rules."""
    from zwcx_core.domain import schema

    saved = schema._check_amount, schema._check_date
    schema._check_amount = lambda *a, **k: None
    schema._check_date = lambda *a, **k: None
    try:
        yield
    finally:
        schema._check_amount, schema._check_date = saved
