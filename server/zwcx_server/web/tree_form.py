"""The indicator tree as a form, one row per node (the flat form of zwcx_server.evaluation: each row names its
parent), for evaluators who would rather not edit JSON. The posted rows become a flat tree document that
parse_tree checks as it checks typed JSON, so the form needs no rules of its own."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from zwcx_server.evaluation import Tree
from zwcx_server.evaluation.arith import fmt

#: Empty rows offered below the tree's own, for new nodes.
SPARE_ROWS = 3
#: The most rows a posted form is read for (the evaluation's own node limit is lower).
MAX_ROWS = 300
FIELDS = ("id", "parent", "name", "weight", "indicator", "rule")


def rows_of(tree: Tree) -> list[dict[str, str]]:
    """The tree's nodes as form rows (all text), in display order, and SPARE_ROWS empty ones."""
    rows = []
    for node, up in tree.walk():
        rows.append({"id": node.id, "parent": up[-1].id if up else "", "name": node.name, "weight": fmt(node.weight),
                     "indicator": node.indicator or "",
                     "rule": json.dumps(node.rule.to_dict(), ensure_ascii=False) if node.rule else ""})
    return rows + [dict.fromkeys(FIELDS, "") for _ in range(SPARE_ROWS)]


def posted_rows(form: Mapping[str, Any]) -> list[dict[str, str]]:
    """The rows of a posted form as typed (row k's fields are n{k}-id …), those without an id or marked for
    removal left out."""
    rows = []
    for k in range(MAX_ROWS):
        if f"n{k}-id" not in form:
            break
        row = {f: str(form.get(f"n{k}-{f}") or "").strip() for f in FIELDS}
        if row["id"] and not form.get(f"n{k}-drop"):
            rows.append(row)
    return rows


def document(rows: list[dict[str, str]], label: str, example: bool, note: str) -> dict[str, Any]:
    """A flat tree document of the rows for parse_tree; a rule that is not JSON is passed on as text, so that
    parse_tree names the node whose rule it is."""
    nodes = []
    for r in rows:
        node: dict[str, Any] = {"id": r["id"], "parent": r["parent"] or None, "name": r["name"],
                                "weight": r["weight"]}
        if r["indicator"]:
            node["indicator"] = r["indicator"]
        if r["rule"]:
            try:
                node["rule"] = json.loads(r["rule"])
            except ValueError:
                node["rule"] = r["rule"]
        nodes.append(node)
    doc: dict[str, Any] = {"version": 1, "label": label, "nodes": nodes}
    if example:
        doc["example"] = True
    if note:
        doc["note"] = note
    return doc
