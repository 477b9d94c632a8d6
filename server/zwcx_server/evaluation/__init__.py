"""区域政务诚信评价 as pure functions: indicator trees (tree.py, rules.py), their versions (diff.py), the preset
示例 (preset.py), scores and ranks of townships (scoring.py) over a period (periods.py), and the report PDF
(report.py). No web and no database code: the console passes plain data in and shows what comes out.

    tree = parse_tree(json_text)                       # TreeError lists every problem, by node path
    ev = evaluate(tree, [{"id": "t1", "name": "万宝镇", "values": {"keeping_rate": 87.5}}], parse_period("2026Q1"))
    ev.results[0].rank, ev.results[0].total, ev.results[0].root.explain()
"""

from zwcx_server.evaluation.data import Event, Observation, Township, observation, rate, township
from zwcx_server.evaluation.diff import diff
from zwcx_server.evaluation.indicators import INDICATORS, Indicator
from zwcx_server.evaluation.periods import Period, parse_period, quarter, quarters, year
from zwcx_server.evaluation.preset import EXAMPLE_LABEL, example_tree, example_tree_json
from zwcx_server.evaluation.scoring import Evaluation, NodeScore, TownshipResult, evaluate
from zwcx_server.evaluation.tree import Issue, Node, Tree, TreeError, parse_tree

__all__ = [
    "EXAMPLE_LABEL", "INDICATORS", "Evaluation", "Event", "Indicator", "Issue", "Node", "NodeScore", "Observation",
    "Period", "Township", "TownshipResult", "Tree", "TreeError", "diff", "evaluate", "example_tree",
    "example_tree_json", "observation", "parse_period", "parse_tree", "quarter", "quarters", "rate", "township",
    "year",
]
