"""Tests of AQL operations: FOR, graph walks, LET/FILTER/SORT/LIMIT, RETURN, WITH, subqueries."""

from __future__ import annotations

import pytest

from arangolite.aql import ast
from arangolite.aql.parser import parse
from tests.arangolite.aql.test_parser import sx


def first(text: str) -> ast.Statement:
    return parse(text).statements[0]


def test_statements_keep_source_order() -> None:
    query = parse("FOR u IN users FILTER u.a LET b = u.b SORT b LIMIT 2 RETURN b")
    kinds = [type(s).__name__ for s in query.statements]
    assert kinds == ["For", "Filter", "Let", "Sort", "Limit", "Return"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("FOR u IN users RETURN u", "users"),
        ("FOR u IN @@coll RETURN u", "@@coll"),
        ("FOR i IN 1..3 RETURN i", "(.. 1 3)"),
        ("FOR i IN [1, 2] RETURN i", "[1, 2]"),
        ("FOR i IN FLATTEN(x) RETURN i", "FLATTEN(x)"),
    ],
)
def test_for_loops(text: str, source: str) -> None:
    loop = first(text)
    assert isinstance(loop, ast.For) and loop.variable in ("u", "i")
    assert sx(loop.expr) == source


def test_for_search_and_options() -> None:
    loop = first("FOR d IN v SEARCH d.x == 1 OPTIONS {collections: ['c']} RETURN d")
    assert isinstance(loop, ast.For)
    assert loop.search is not None and sx(loop.search) == "(== d.x 1)"
    assert loop.options is not None and sx(loop.options) == '{collections: ["c"]}'


@pytest.mark.parametrize(
    ("text", "variables", "depth", "direction"),
    [
        ("FOR v IN OUTBOUND 'a/1' edges RETURN v", ("v", None, None), ("1", "1"), "OUTBOUND"),
        ("FOR v, e IN 2 ANY 'a/1' edges RETURN v", ("v", "e", None), ("2", "2"), "ANY"),
        (
            "FOR v,e,p IN 1..@max INBOUND x edges RETURN v",
            ("v", "e", "p"),
            ("1", "@max"),
            "INBOUND",
        ),
    ],
)
def test_traversals(
    text: str, variables: tuple[str | None, ...], depth: tuple[str, str], direction: str
) -> None:
    walk = first(text)
    assert isinstance(walk, ast.Traversal)
    assert (walk.vertex_var, walk.edge_var, walk.path_var) == variables
    assert (sx(walk.min_depth), sx(walk.max_depth)) == depth
    assert walk.direction == direction


def test_traversal_over_named_graph_with_prune_and_options() -> None:
    text = "FOR v, e, p IN 1..5 OUTBOUND 'a/1' GRAPH 'g' PRUNE stop = v.x == 1 OPTIONS {bfs: true}"
    walk = first(text + " RETURN v")
    assert isinstance(walk, ast.Traversal)
    assert walk.source.graph is not None and sx(walk.source.graph) == '"g"'
    assert walk.prune is not None and walk.prune.variable == "stop"
    assert sx(walk.prune.condition) == "(== v.x 1)"
    assert walk.options is not None and sx(walk.options) == "{bfs: true}"


@pytest.mark.parametrize("graph", ["GRAPH knows", "GRAPH 'knows'", "GRAPH @g", "GRAPH @@g"])
def test_graph_names(graph: str) -> None:
    walk = first(f"FOR v IN ANY 'a/1' {graph} RETURN v")
    assert isinstance(walk, ast.Traversal) and walk.source.graph is not None
    assert sx(walk.source.graph) in ('"knows"', "@g", "@@g")


def test_edge_collection_list_with_directions() -> None:
    walk = first("FOR v IN OUTBOUND 'a/1' e1, INBOUND e2, ANY @e3, @@e4 PRUNE v.x RETURN v")
    assert isinstance(walk, ast.Traversal)
    found = [(d, sx(c)) for d, c in walk.source.edge_collections]
    assert found == [(None, "e1"), ("INBOUND", "e2"), ("ANY", "@e3"), (None, "@@e4")]
    assert walk.prune is not None and walk.prune.variable is None


@pytest.mark.parametrize(
    ("text", "kind", "variables", "depth"),
    [
        ("FOR v, e IN OUTBOUND SHORTEST_PATH 'a' TO 'b' GRAPH 'g'", "SHORTEST_PATH", "ve", None),
        ("FOR p IN ANY K_SHORTEST_PATHS 'a' TO 'b' edges", "K_SHORTEST_PATHS", "p", None),
        ("FOR p IN INBOUND ALL_SHORTEST_PATHS 'a' to 'b' GRAPH g", "ALL_SHORTEST_PATHS", "p", None),
        ("FOR p IN 1..3 OUTBOUND K_PATHS 'a' TO 'b' GRAPH 'g'", "K_PATHS", "p", ("1", "3")),
        ("FOR p IN OUTBOUND K_PATHS 'a' TO 'b' GRAPH 'g'", "K_PATHS", "p", ("1", "1")),
    ],
)
def test_path_searches(text: str, kind: str, variables: str, depth: tuple[str, str] | None) -> None:
    search = first(text + " RETURN 1")
    assert isinstance(search, ast.PathSearch) and search.kind == kind
    assert search.vertex_var + (search.edge_var or "") == variables
    assert (sx(search.start), sx(search.target)) == ('"a"', '"b"')
    bounds = None if search.min_depth is None else (sx(search.min_depth), sx(search.max_depth))
    assert bounds == depth


def test_shortest_path_options() -> None:
    search = first("FOR v IN ANY SHORTEST_PATH @a TO @b e OPTIONS {weightAttribute: 'w'} RETURN v")
    assert isinstance(search, ast.PathSearch)
    assert search.options is not None and sx(search.options) == '{weightAttribute: "w"}'


def test_let_lists_and_subqueries() -> None:
    query = parse("LET a = 1, b = (FOR x IN y RETURN x) RETURN [a, b]")
    lets = query.statements[:2]
    assert [(s.variable, sx(s.expr)) for s in lets if isinstance(s, ast.Let)] == [
        ("a", "1"),
        ("b", "(subquery 2)"),
    ]


def test_subquery_has_its_own_statements() -> None:
    let = first("LET s = (FOR x IN y FILTER x > 1 LIMIT 5 RETURN x * 2) RETURN s")
    assert isinstance(let, ast.Let) and isinstance(let.expr, ast.Subquery)
    inner = let.expr.query.statements
    assert [type(s).__name__ for s in inner] == ["For", "Filter", "Limit", "Return"]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("x", [("x", True)]),
        ("x ASC, y DESC", [("x", True), ("y", False)]),
        ("x 'desc', y 'ASC'", [("x", False), ("y", True)]),
        ("x false, y 1", [("x", False), ("y", True)]),
    ],
)
def test_sort(clause: str, expected: list[tuple[str, bool]]) -> None:
    sort = parse(f"FOR x IN c LET y = 1 SORT {clause} RETURN x").statements[2]
    assert isinstance(sort, ast.Sort)
    assert [(sx(e.expr), e.ascending) for e in sort.elements] == expected


def test_sort_direction_from_bind_parameter() -> None:
    sort = parse("FOR x IN c SORT x.a @dir RETURN x").statements[1]
    assert isinstance(sort, ast.Sort)
    element = sort.elements[0]
    assert element.direction is not None and sx(element.direction) == "@dir"


@pytest.mark.parametrize(("clause", "offset", "count"), [("5", None, "5"), ("@o, 10", "@o", "10")])
def test_limit(clause: str, offset: str | None, count: str) -> None:
    limit = parse(f"FOR x IN c LIMIT {clause} RETURN x").statements[1]
    assert isinstance(limit, ast.Limit)
    assert (None if limit.offset is None else sx(limit.offset), sx(limit.count)) == (offset, count)


@pytest.mark.parametrize(("text", "distinct"), [("RETURN x", False), ("RETURN DISTINCT x", True)])
def test_return_distinct(text: str, distinct: bool) -> None:
    ret = parse("FOR x IN c " + text).statements[1]
    assert isinstance(ret, ast.Return) and ret.distinct is distinct


@pytest.mark.parametrize(
    ("text", "collections"),
    [
        ("WITH a RETURN 1", ["a"]),
        ("WITH a, b c RETURN 1", ["a", "b", "c"]),
        ("with @p, @@q RETURN 1", ["@p", "@@q"]),
        ("RETURN 1", []),
    ],
)
def test_with_collections(text: str, collections: list[str]) -> None:
    assert parse(text).with_collections == collections


def test_comments_and_case_do_not_matter() -> None:
    text = "/* c */ for u in users // note\n filter u.x return u"
    assert [type(s).__name__ for s in parse(text).statements] == ["For", "Filter", "Return"]
