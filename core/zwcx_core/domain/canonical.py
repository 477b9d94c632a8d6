"""Canonical JSON of a record document and its content hash (shared by the store, the wire and the server)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any


def canonical_json(doc: Mapping[str, Any]) -> str:
    """Sorted keys, no insignificant white space, UTF-8 text as is: the same document always gives the same text."""
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(doc: Mapping[str, Any]) -> str:
    """sha256 (hex) of the canonical JSON."""
    return hashlib.sha256(canonical_json(doc).encode("utf-8")).hexdigest()
