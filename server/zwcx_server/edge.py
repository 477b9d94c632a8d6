"""Checks on what arrives over HTTP before any of it reaches the service: numbers in query strings and headers,
JSON bodies. Each failure is a ServiceError (a 4xx with the protocol's error object), never an exception that
would surface as a 500."""

from __future__ import annotations

import json
import re
from typing import Any

from zwcx_server.service import ServiceError

#: Database counters are 64-bit; 18 decimal digits always fit, so a number never overflows a column.
MAX_DIGITS = 18
#: Deepest nesting a request body may have. Real bodies (a push of documents with roster rows) stay under 10;
#: the limit keeps recursive code downstream (hashing, validation, the database driver) far from Python's stack
#: limit.
MAX_JSON_DEPTH = 32


def count(value: str | None, name: str, default: int | None = None) -> int:
    """A non-negative integer from a query string or header: ASCII digits only (str.isdigit() also takes '²',
    which int() refuses), at most MAX_DIGITS of them."""
    if value is None and default is not None:
        return default
    if value is None or not (value.isascii() and value.isdigit()) or len(value) > MAX_DIGITS:
        raise ServiceError(400, f"{name} must be a non-negative integer of at most {MAX_DIGITS} digits")
    return int(value)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def parse_json(raw: bytes) -> Any:
    """The JSON value of a request body; refuses what JSON does not allow (NaN, Infinity), text that is not
    Unicode (a lone surrogate escape such as \\ud800) and nesting deeper than MAX_JSON_DEPTH."""
    try:
        # Decoded here, not by json.loads, which would also take UTF-16 and UTF-32 (where the check for surrogate
        # escapes below would not see them).
        obj = json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except RecursionError:
        raise ServiceError(400, _TOO_DEEP) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ServiceError(400, f"the body is not valid JSON ({exc})") from None
    if isinstance(obj, dict | list):
        _check_depth(obj)
        # Strict UTF-8 decoding let no surrogate through; only an escape can make one, so most bodies skip the walk.
        if _SURROGATE_ESCAPE.search(raw):
            _check_text(obj)
    return obj


_TOO_DEEP = f"the body's JSON is nested deeper than {MAX_JSON_DEPTH} levels"
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _check_depth(obj: dict | list) -> None:
    # Iterative and type-exact: it runs over every value of a push (tens of MB), so it must stay cheap.
    stack = [(obj, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        node, depth = pop()
        if depth > MAX_JSON_DEPTH:
            raise ServiceError(400, _TOO_DEEP)
        for v in node.values() if type(node) is dict else node:
            if type(v) is dict or type(v) is list:
                push((v, depth + 1))


def _check_text(obj: dict | list) -> None:
    stack: list[Any] = [obj]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str) and not node.isascii():
            try:
                node.encode("utf-8")
            except UnicodeEncodeError:
                raise ServiceError(400, "the body's JSON holds a lone surrogate escape (\\ud800-\\udfff), which "
                                        "is not text") from None
