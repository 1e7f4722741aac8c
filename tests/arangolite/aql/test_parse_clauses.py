"""Tests of COLLECT, WINDOW and the data-modification operations."""

from __future__ import annotations

import pytest

from arangolite.aql import ast
from arangolite.aql.parser import parse
from tests.arangolite.aql.test_parser import sx


def collect(clause: str) -> ast.Collect:
    node = parse(f"FOR u IN users {clause} RETURN 1").statements[-2]
    assert isinstance(node, ast.Collect)
    return node


def test_collect_groups_into_projection_and_options() -> None:
    node = collect("COLLECT a = u.a, b = u.b INTO g = {n: u.name} OPTIONS {method: 'sorted'}")
    assert [(name, sx(e)) for name, e in node.groups] == [("a", "u.a"), ("b", "u.b")]
    assert node.into == "g" and node.into_expr is not None
    assert sx(node.into_expr) == "{n: u.name}"
    assert node.options is not None and sx(node.options) == '{method: "sorted"}'


def test_collect_into_keep() -> None:
    node = collect("LET x = 1 COLLECT a = u.a INTO g KEEP u, x")
    assert (node.into, node.into_expr, node.keep) == ("g", None, ["u", "x"])


@pytest.mark.parametrize(
    ("clause", "groups", "count"),
    [("COLLECT WITH COUNT INTO n", [], "n"), ("COLLECT a = u.a WITH COUNT INTO n", ["a"], "n")],
)
def test_collect_with_count(clause: str, groups: list[str], count: str) -> None:
    node = collect(clause)
    assert [name for name, _ in node.groups] == groups
    assert node.count_into == count and node.aggregates == []


@pytest.mark.parametrize("groups", ["", "a = u.a "])
def test_collect_aggregate(groups: str) -> None:
    node = collect(f"COLLECT {groups}AGGREGATE s = SUM(u.x), n = length(1) INTO g")
    found = [(a.variable, a.function, [sx(x) for x in a.args]) for a in node.aggregates]
    assert found == [("s", "SUM", ["u.x"]), ("n", "LENGTH", ["1"])]
    assert node.into == "g"


def test_collect_hides_loop_variables() -> None:
    query = parse("FOR u IN users COLLECT a = u.a INTO u RETURN u")
    node = query.statements[1]
    assert isinstance(node, ast.Collect) and node.into == "u"


@pytest.mark.parametrize(
    ("text", "range_value"),
    [
        ("WINDOW {preceding: 1, following: 1} AGGREGATE s = SUM(t.v)", None),
        ("WINDOW t.time WITH {preceding: 'PT1H', following: 0} AGGREGATE s = SUM(t.v)", "t.time"),
        ("WINDOW {preceding: 'unbounded'} AGGREGATE s = SUM(t.v)", None),
    ],
)
def test_window(text: str, range_value: str | None) -> None:
    node = parse(f"FOR t IN obs {text} RETURN s").statements[1]
    assert isinstance(node, ast.Window)
    assert isinstance(node.bounds, ast.ObjectLit) and node.bounds.items
    assert (None if node.range_value is None else sx(node.range_value)) == range_value
    assert [(a.variable, a.function) for a in node.aggregates] == [("s", "SUM")]


@pytest.mark.parametrize(
    ("text", "document", "collection"),
    [
        ("INSERT {a: 1} INTO c", "{a: 1}", "c"),
        ("INSERT doc IN 'c'", "doc", '"c"'),
        ("INSERT @doc INTO @@c", "@doc", "@@c"),
    ],
)
def test_insert(text: str, document: str, collection: str) -> None:
    node = parse(f"LET doc = {{}} {text}").statements[1]
    assert isinstance(node, ast.Insert)
    assert (sx(node.document), sx(node.collection)) == (document, collection)


@pytest.mark.parametrize(
    ("text", "key", "document", "replace"),
    [
        ("UPDATE d IN c", None, "d", False),
        ("UPDATE d._key WITH {x: 1} IN c", "d._key", "{x: 1}", False),
        ("REPLACE d WITH {x: 1} INTO c", "d", "{x: 1}", True),
        ("REPLACE {_key: d._key, y: 2} IN c", None, "{_key: d._key, y: 2}", True),
    ],
)
def test_update_and_replace(text: str, key: str | None, document: str, replace: bool) -> None:
    node = parse(f"FOR d IN c {text}").statements[1]
    assert isinstance(node, ast.Update) and node.replace is replace
    assert (None if node.key is None else sx(node.key), sx(node.document)) == (key, document)
    assert sx(node.collection) == "c"


@pytest.mark.parametrize(
    ("text", "key"),
    [("REMOVE d IN c", "d"), ("REMOVE d._key IN c", "d._key"), ("REMOVE 'k' IN c", '"k"')],
)
def test_remove(text: str, key: str) -> None:
    node = parse(f"FOR d IN c {text}").statements[1]
    assert isinstance(node, ast.Remove)
    assert (sx(node.key), sx(node.collection)) == (key, "c")


@pytest.mark.parametrize(
    ("text", "document"),
    [
        ("INSERT {v: 1} IN y ? {} : {} INTO c", "(? (IN {v: 1} y) {} {})"),
        ("INSERT {v: x IN y} IN c", "{v: (IN x y)}"),
        ("INSERT x IN y.z INTO c", "(IN x y.z)"),
    ],
)
def test_in_is_an_operator_when_no_collection_can_follow(text: str, document: str) -> None:
    node = parse(text).statements[0]
    assert isinstance(node, ast.Insert) and sx(node.collection) == "c"
    assert sx(node.document) == document


def test_modification_options_and_following_statements() -> None:
    query = parse("FOR d IN c REMOVE d IN c OPTIONS {ignoreErrors: true} LET o = OLD RETURN o")
    remove = query.statements[1]
    assert isinstance(remove, ast.Remove) and remove.options is not None
    assert sx(remove.options) == "{ignoreErrors: true}"
    assert [type(s).__name__ for s in query.statements[2:]] == ["Let", "Return"]


@pytest.mark.parametrize(
    ("text", "search", "replace", "is_filter"),
    [
        ("UPSERT {a: 1} INSERT {a: 1} UPDATE {b: OLD.b + 1} IN c", "{a: 1}", False, False),
        ("UPSERT @ex INSERT @ex REPLACE @ex IN c OPTIONS {}", "@ex", True, False),
        ("UPSERT FILTER CURRENT.a == 1 INSERT {} UPDATE {} IN c", "(== CURRENT.a 1)", False, True),
    ],
)
def test_upsert(text: str, search: str, replace: bool, is_filter: bool) -> None:
    node = parse(text).statements[0]
    assert isinstance(node, ast.Upsert)
    assert (sx(node.search), node.replace, node.search_filter) == (search, replace, is_filter)
    assert sx(node.collection) == "c"


def test_multiple_modifications_in_subqueries() -> None:
    text = "LET r = (FOR k IN ks REMOVE k IN a OPTIONS {ignoreErrors: true} REMOVE k IN b) RETURN r"
    let = parse(text).statements[0]
    assert isinstance(let, ast.Let) and isinstance(let.expr, ast.Subquery)
    kinds = [type(s).__name__ for s in let.expr.query.statements]
    assert kinds == ["For", "Remove", "Remove"]
