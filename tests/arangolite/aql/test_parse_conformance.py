"""Every recorded ArangoDB query of the conformance set parses; a few have their tree checked."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from arangolite.aql import ast
from arangolite.aql.parser import parse
from tests.arangolite.aql.test_parser import sx

# the shared ArangoDB recordings sit beside the checkout (as in tests/conformance)
CONFORMANCE_DIR = Path(
    os.environ.get(
        "PROCESSKG_CONFORMANCE_DIR", Path(__file__).resolve().parents[4] / "shared" / "conformance"
    )
)
CASES_FILE = CONFORMANCE_DIR / "aql_cases.json"


def _cases() -> list[dict[str, Any]]:
    if not CASES_FILE.exists():  # pragma: no cover - the shared data sits beside the checkout
        return []
    cases: list[dict[str, Any]] = json.loads(CASES_FILE.read_text())
    return cases


CASES = {case["name"]: case["query"] for case in _cases()}


@pytest.mark.skipif(not CASES, reason="conformance data not available")
def test_all_recorded_queries_are_there() -> None:
    assert len(CASES) == 201


@pytest.mark.parametrize("name", sorted(CASES))
def test_recorded_query_parses(name: str) -> None:
    query = parse(CASES[name])
    assert query.statements


def recorded(name: str) -> ast.Query:
    if name not in CASES:  # pragma: no cover
        pytest.skip("conformance data not available")
    return parse(CASES[name])


def test_k_shortest_paths_case() -> None:
    query = recorded("GRAPHKSP_03_Aberdeen_to_London")
    search, limit, ret = query.statements
    assert isinstance(search, ast.PathSearch) and search.kind == "K_SHORTEST_PATHS"
    assert (search.vertex_var, search.direction) == ("p", "OUTBOUND")
    assert search.source.graph is not None and sx(search.source.graph) == '"kShortestPathsGraph"'
    assert isinstance(limit, ast.Limit) and sx(limit.count) == "3"
    assert isinstance(ret, ast.Return) and isinstance(ret.expr, ast.ObjectLit)
    assert sx(ret.expr.items[0][1]) == "(expand1 p.vertices projection=CURRENT.label)"


def test_prune_case() -> None:
    query = recorded("GRAPHTRAV_graphPruneExample5")
    walk = query.statements[0]
    assert isinstance(walk, ast.Traversal) and walk.prune is not None
    assert walk.prune.variable == "cond"
    assert sx(walk.prune.condition) == '(OR (== v.label "Carlisle") (> e.travelTime 3))'
    assert walk.options is not None and sx(walk.options) == '{uniqueVertices: "path"}'


def test_window_case() -> None:
    query = recorded("windowAggregationRangeValue")
    window = query.statements[1]
    assert isinstance(window, ast.Window)
    assert window.range_value is not None and sx(window.range_value) == "t.val"
    assert [(a.variable, a.function) for a in window.aggregates] == [
        ("rollingAverage", "AVG"),
        ("rollingSum", "SUM"),
        ("values", "PUSH"),
    ]


def test_bare_subquery_argument_case() -> None:
    query = recorded("dateTruncGroup")
    ret = query.statements[0]
    assert isinstance(ret, ast.Return) and isinstance(ret.expr, ast.FunctionCall)
    (argument,) = ret.expr.args
    assert isinstance(argument, ast.Subquery)
    collect = argument.query.statements[1]
    assert isinstance(collect, ast.Collect) and collect.into == "bucket"
