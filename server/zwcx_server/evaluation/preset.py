"""The preset tree labelled 示例: first-level branches after DOMAIN.md (践诺, 公开, 合同履约与支付, 失信与修复,
监督事项办理). Its weights and thresholds are made up — the published schemes' weights are not public — and the
document says so (`example`: true, and its note); the console starts an evaluator's own tree from a copy."""

from __future__ import annotations

from importlib.resources import files

from zwcx_server.evaluation.tree import Tree, parse_tree

__all__ = ["EXAMPLE_LABEL", "example_tree", "example_tree_json"]

EXAMPLE_LABEL = "示例"


def example_tree_json() -> str:
    """The preset document as stored (JSON text), for the console to copy into an editable tree."""
    return files("zwcx_server.evaluation").joinpath("example_tree.json").read_text(encoding="utf-8")


def example_tree() -> Tree:
    """The preset, checked."""
    return parse_tree(example_tree_json())
