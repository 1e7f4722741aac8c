"""Tests of AQL expression parsing: literals, operators and their precedence, accesses."""

from __future__ import annotations

import json

import pytest

from arangolite.aql import ast
from arangolite.aql.parser import parse


def sx(node: object) -> str:
    """A compact S-expression of an expression, to compare tree shapes."""
    if isinstance(node, ast.Literal):
        return json.dumps(node.value)
    if isinstance(node, ast.Name):
        return node.name
    if isinstance(node, ast.Current):
        return "CURRENT"
    if isinstance(node, ast.BindParam):
        return ("@@" if node.collection else "@") + node.name
    if isinstance(node, ast.Binary):
        return f"({node.op} {sx(node.left)} {sx(node.right)})"
    if isinstance(node, ast.Unary):
        return f"({node.op} {sx(node.operand)})"
    if isinstance(node, ast.Range):
        return f"(.. {sx(node.low)} {sx(node.high)})"
    if isinstance(node, ast.Ternary):
        then = "_" if node.then is None else sx(node.then)
        return f"(? {sx(node.condition)} {then} {sx(node.otherwise)})"
    if isinstance(node, ast.ArrayComparison):
        quantifier = node.quantifier if isinstance(node.quantifier, str) else sx(node.quantifier)
        return f"({quantifier} {node.op} {sx(node.left)} {sx(node.right)})"
    return _sx_compound(node)


def _sx_compound(node: object) -> str:
    if isinstance(node, ast.AttributeAccess):
        return f"{sx(node.obj)}.{node.name}"
    if isinstance(node, ast.IndexAccess):
        return f"{sx(node.obj)}[{sx(node.index)}]"
    if isinstance(node, ast.FunctionCall):
        return f"{node.name}({', '.join(sx(a) for a in node.args)})"
    if isinstance(node, ast.ArrayLit):
        return f"[{', '.join(sx(i) for i in node.items)}]"
    if isinstance(node, ast.ObjectLit):
        items = (f"{k if isinstance(k, str) else f'[{sx(k)}]'}: {sx(v)}" for k, v in node.items)
        return "{" + ", ".join(items) + "}"
    if isinstance(node, ast.Expansion):
        parts = [f"expand{node.depth}", sx(node.obj)]
        for label in ("filter", "limit_offset", "limit_count", "projection"):
            value = getattr(node, label)
            parts += [] if value is None else [f"{label}={sx(value)}"]
        return "(" + " ".join(parts) + ")"
    if isinstance(node, ast.ArrayQuestion):
        q = node.quantifier
        quantifier = q if isinstance(q, str) else f"{sx(q[0])}..{'_' if q[1] is None else sx(q[1])}"
        condition = "" if node.filter is None else f" filter={sx(node.filter)}"
        return f"(question {sx(node.obj)} {quantifier}{condition})"
    if isinstance(node, ast.Subquery):
        return f"(subquery {len(node.query.statements)})"
    raise AssertionError(f"unexpected node {node!r}")


def expr(text: str) -> ast.Expr:
    """The expression of ``RETURN text``."""
    statement = parse("RETURN " + text).statements[0]
    assert isinstance(statement, ast.Return)
    return statement.expr


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("null", None),
        ("TRUE", True),
        ("false", False),
        ("42", 42),
        ("-42", -42),
        ("+1.5", 1.5),
        ("- 0x10", -16),
        ("'x'", "x"),
        ("9223372036854775808", 9.223372036854776e18),
    ],
)
def test_literals(text: str, value: object) -> None:
    node = expr(text)
    assert isinstance(node, ast.Literal)
    assert node.value == value


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
        ("1 - 2 - 3", "(- (- 1 2) 3)"),
        ("10 / 2 % 3", "(% (/ 10 2) 3)"),
        ("NOT a == b", "(== (NOT a) b)"),
        ("!a && b", "(AND (NOT a) b)"),
        ("- x.y", "(- x.y)"),
        ("a || b && c", "(OR a (AND b c))"),
        ("a or b and c", "(OR a (AND b c))"),
        ("a ? b : c ? d : e", "(? a b (? c d e))"),
        ("a ?: b", "(? a _ b)"),
        ("a || b ? c : d", "(? (OR a b) c d)"),
        ("x IN 1..3", "(IN x (.. 1 3))"),
        ("1..2 + 3", "(.. 1 (+ 2 3))"),
        ("a < b == c > d", "(== (< a b) (> c d))"),
        ("a == b IN c", "(== a (IN b c))"),
        ("a IN b == c", "(== (IN a b) c)"),
        ("a NOT IN b", "(NOT IN a b)"),
        ("NOT a IN b", "(IN (NOT a) b)"),
    ],
)
def test_operator_precedence(text: str, shape: str) -> None:
    assert sx(expr(text)) == shape


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("a LIKE b", "(LIKE a b)"),
        ("a NOT LIKE b", "(NOT LIKE a b)"),
        ("a =~ b", "(=~ a b)"),
        ("a !~ b", "(!~ a b)"),
        ("a NOT =~ b", "(NOT (=~ a b))"),
        ("a NOT !~ b", "(=~ a b)"),
        ("a == b NOT LIKE c", "(== a (NOT LIKE b c))"),
        ("a == b LIKE c", "(LIKE (== a b) c)"),
        ("LIKE(a, b, true)", "LIKE(a, b, true)"),
    ],
)
def test_like_and_regex_operators(text: str, shape: str) -> None:
    assert sx(expr(text)) == shape


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("[1, 2] ALL IN x", "(ALL IN [1, 2] x)"),
        ("a ANY == 1", "(ANY == a 1)"),
        ("a NONE NOT IN b", "(NONE NOT IN a b)"),
        ("a ALL > 1 + 2", "(ALL > a (+ 1 2))"),
        ("a == b ALL == c", "(ALL == (== a b) c)"),
        ("a AND b ANY == c", "(AND a (ANY == b c))"),
        ("x AT LEAST (2) == 1", "(2 == x 1)"),
        ("x at least (1 + 1) IN y", "((+ 1 1) IN x y)"),
    ],
)
def test_array_comparison_operators(text: str, shape: str) -> None:
    assert sx(expr(text)) == shape


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("a.b.c", "a.b.c"),
        ("a[0][-1]", "a[0][-1]"),
        ("a['b'].c", 'a["b"].c'),
        ("doc.@attr", "doc[@attr]"),
        ("`for`.`sort`", "for.sort"),
        ("@@coll", "@@coll"),
        ("F(x).y", "F(x).y"),
        ("{a: 1}.a", "{a: 1}.a"),
    ],
)
def test_member_and_index_access(text: str, shape: str) -> None:
    assert sx(expr(text)) == shape


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("a[*]", "(expand1 a)"),
        ("a[*].b", "(expand1 a projection=CURRENT.b)"),
        ("a[*].b[*].c", "(expand1 a projection=(expand1 CURRENT.b projection=CURRENT.c))"),
        ("a[*].b[0]", "(expand1 a projection=CURRENT.b[0])"),
        ("(a[*].b)[0]", "(expand1 a projection=CURRENT.b)[0]"),
        ("a[**]", "(expand2 a)"),
        ("a[*].b[**]", "(expand2 (expand1 a projection=CURRENT.b))"),
        ("a[***].c", "(expand3 a projection=CURRENT.c)"),
        (
            "a[* FILTER CURRENT.x > 1 LIMIT 1, 2 RETURN CURRENT.y]",
            "(expand1 a filter=(> CURRENT.x 1) limit_offset=1 limit_count=2 projection=CURRENT.y)",
        ),
        ("a[* LIMIT 3]", "(expand1 a limit_count=3)"),
        ("a[* RETURN CURRENT.x].y", "(expand1 a projection=CURRENT.x.y)"),
    ],
)
def test_array_expansion(text: str, shape: str) -> None:
    assert sx(expr(text)) == shape


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("a[?]", "(question a ANY)"),
        ("a[? FILTER CURRENT > 1]", "(question a ANY filter=(> CURRENT 1))"),
        ("a[? ALL FILTER CURRENT]", "(question a ALL filter=CURRENT)"),
        ("a[? NONE FILTER CURRENT]", "(question a NONE filter=CURRENT)"),
        ("a[? 2 FILTER CURRENT]", "(question a 2..2 filter=CURRENT)"),
        ("a[? 2..3 FILTER CURRENT]", "(question a 2..3 filter=CURRENT)"),
        ("a[? AT LEAST (2) FILTER CURRENT]", "(question a 2.._ filter=CURRENT)"),
    ],
)
def test_array_question(text: str, shape: str) -> None:
    assert sx(expr(text)) == shape


def test_current_outside_an_expansion_is_a_name() -> None:
    node = expr("CURRENT")
    assert isinstance(node, ast.Name) and node.name == "CURRENT"


@pytest.mark.parametrize("spelling", ["CURRENT", "$CURRENT"])
def test_current_inside_an_expansion(spelling: str) -> None:
    node = expr(f"a[* RETURN {spelling}]")
    assert isinstance(node, ast.Expansion)
    assert isinstance(node.projection, ast.Current)


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("length(x)", "LENGTH(x)"),
        ("Concat(1, 'a', [])", 'CONCAT(1, "a", [])'),
        ("myns::sub::fn(1)", "MYNS::SUB::FN(1)"),
        ("KEEP(doc, 'a')", 'KEEP(doc, "a")'),
        ("RAND()", "RAND()"),
        ("`length`(x)", "LENGTH(x)"),
        ("LENGTH(FOR x IN y RETURN x)", "LENGTH((subquery 2))"),
        ("MERGE(FOR d IN @data COLLECT q = d.a INTO b RETURN q)", "MERGE((subquery 3))"),
    ],
)
def test_function_calls(text: str, shape: str) -> None:
    assert sx(expr(text)) == shape


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("[]", "[]"),
        ("[1, [2], {}]", "[1, [2], {}]"),
        ("[1, 2, ]", "[1, 2]"),
        ("{a: 1, 'b c': 2, [x]: 3, @p: 4}", "{a: 1, b c: 2, [x]: 3, [@p]: 4}"),
        ("{z: 1, a: 2, m: 3}", "{z: 1, a: 2, m: 3}"),
        ("{`for`: 1, }", "{for: 1}"),
        ("(FOR x IN y RETURN x)", "(subquery 2)"),
    ],
)
def test_compound_values(text: str, shape: str) -> None:
    assert sx(expr(text)) == shape


def test_object_shorthand_refers_to_variable() -> None:
    query = parse("FOR a IN coll RETURN {a}")
    ret = query.statements[1]
    assert isinstance(ret, ast.Return) and isinstance(ret.expr, ast.ObjectLit)
    key, value = ret.expr.items[0]
    assert key == "a" and isinstance(value, ast.Name) and value.name == "a"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("1 + x", [(1, 8), (1, 8), (1, 12)]),
        ("\n  a.b", [(2, 3), (2, 3)]),
    ],
)
def test_nodes_carry_their_first_token_position(text: str, where: list[tuple[int, int]]) -> None:
    node = expr(text)
    found = [(node.line, node.column)]
    found += [(c.line, c.column) for c in vars_of(node)]
    assert found == where


def vars_of(node: ast.Expr) -> list[ast.Expr]:
    if isinstance(node, ast.Binary):
        return [node.left, node.right]
    if isinstance(node, ast.AttributeAccess):
        return [node.obj]
    return []
