"""AQL abstract syntax tree.

The parser (:mod:`arangolite.aql.parser`) builds these nodes; the compiler
(:mod:`arangolite.aql.compiler`) turns them into an executable plan. Nodes are
plain dataclasses: they carry no behaviour beyond their fields.

Identifiers are not resolved by the parser: a bare name is an :class:`Name`
and the compiler decides whether it is a variable, a collection or a view.
Every node records the 1-based ``line`` and ``column`` it starts at, for error
messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from typing import Literal as TLiteral

Direction = TLiteral["OUTBOUND", "INBOUND", "ANY"]
PathKind = TLiteral["SHORTEST_PATH", "K_SHORTEST_PATHS", "K_PATHS", "ALL_SHORTEST_PATHS"]


@dataclass(slots=True, kw_only=True)
class Node:
    """Base of all AST nodes."""

    line: int = 0
    column: int = 0


# --------------------------------------------------------------------------- expressions


@dataclass(slots=True, kw_only=True)
class Expr(Node):
    """Base of expression nodes."""


@dataclass(slots=True, kw_only=True)
class Literal(Expr):
    """null, true/false, a number (int or float) or a string."""

    value: Any


@dataclass(slots=True, kw_only=True)
class ArrayLit(Expr):
    items: list[Expr]


@dataclass(slots=True, kw_only=True)
class ObjectLit(Expr):
    """An object literal. A key is a ``str`` or, for ``[expr]: value``, an expression.

    The shorthand ``{a}`` is parsed as ``("a", Name("a"))``.
    """

    items: list[tuple[str | Expr, Expr]]


@dataclass(slots=True, kw_only=True)
class Name(Expr):
    """A bare identifier: variable, collection or view (resolved by the compiler)."""

    name: str


@dataclass(slots=True, kw_only=True)
class BindParam(Expr):
    """``@name`` (a value) or, with ``collection=True``, ``@@name`` (a collection name)."""

    name: str
    collection: bool = False


@dataclass(slots=True, kw_only=True)
class AttributeAccess(Expr):
    """``obj.name``."""

    obj: Expr
    name: str


@dataclass(slots=True, kw_only=True)
class IndexAccess(Expr):
    """``obj[index]``: array position (negative from the end) or attribute name."""

    obj: Expr
    index: Expr


@dataclass(slots=True, kw_only=True)
class Expansion(Expr):
    """Array expansion ``obj[*]`` (``depth`` 1), ``obj[**]`` (2, flattens one level) …

    With the inline forms ``obj[* FILTER cond LIMIT o, n RETURN proj]``. Inside
    ``filter`` and ``projection`` the current element is :class:`Current`
    (written ``CURRENT`` in AQL). Accesses written after the ``[*]`` apply to each
    element and are stored in ``projection``: ``a[*].b`` is
    ``Expansion(obj=a, projection=AttributeAccess(Current(), "b"))``. ``depth`` > 1
    flattens the result ``depth - 1`` levels before the filter and projection.
    """

    obj: Expr
    depth: int = 1
    filter: Expr | None = None
    limit_offset: Expr | None = None
    limit_count: Expr | None = None
    projection: Expr | None = None


@dataclass(slots=True, kw_only=True)
class Current(Expr):
    """``CURRENT``: the element under consideration inside an expansion or ``[?]``."""


@dataclass(slots=True, kw_only=True)
class ArrayQuestion(Expr):
    """``obj[? quantifier FILTER cond]``: whether the matching elements meet the quantifier.

    ``quantifier`` is ``"ANY"`` (default), ``"ALL"``, ``"NONE"``, or a
    ``(min, max)`` pair of expressions (``[? 2 FILTER …]`` is ``(2, 2)``,
    ``[? 2..3 FILTER …]`` is ``(2, 3)``, ``[? AT LEAST (2) FILTER …]`` is ``(2, None)``).
    """

    obj: Expr
    quantifier: str | tuple[Expr, Expr | None] = "ANY"
    filter: Expr | None = None


@dataclass(slots=True, kw_only=True)
class Unary(Expr):
    """``op`` is ``"-"``, ``"+"`` or ``"NOT"`` (also written ``!``)."""

    op: str
    operand: Expr


@dataclass(slots=True, kw_only=True)
class Binary(Expr):
    """Binary operators.

    ``op`` is one of ``+ - * / %``, ``== != < <= > >=``, ``IN``, ``NOT IN``,
    ``LIKE``, ``NOT LIKE``, ``=~``, ``!~``, ``AND``, ``OR`` (``&&`` and ``||`` are
    normalised to ``AND``/``OR``).
    """

    op: str
    left: Expr
    right: Expr


@dataclass(slots=True, kw_only=True)
class ArrayComparison(Expr):
    """``left ANY|ALL|NONE|AT LEAST (n) op right``, e.g. ``[1, 2] ANY IN [2, 3]``.

    ``quantifier`` is ``"ANY"``, ``"ALL"``, ``"NONE"`` or an expression (AT LEAST).
    ``op`` is a comparison operator or ``IN``/``NOT IN``.
    """

    quantifier: str | Expr
    op: str
    left: Expr
    right: Expr


@dataclass(slots=True, kw_only=True)
class Ternary(Expr):
    """``cond ? then : otherwise``; ``then`` is ``None`` for ``cond ?: otherwise``."""

    condition: Expr
    then: Expr | None
    otherwise: Expr


@dataclass(slots=True, kw_only=True)
class Range(Expr):
    """``low .. high``: an array of the integers from low to high (both included)."""

    low: Expr
    high: Expr


@dataclass(slots=True, kw_only=True)
class FunctionCall(Expr):
    """A call. ``name`` is upper-cased for built-ins; user functions keep ``NS::NAME``."""

    name: str
    args: list[Expr]


@dataclass(slots=True, kw_only=True)
class Subquery(Expr):
    """``( query )`` used as an expression: evaluates to the array it returns."""

    query: Query


# --------------------------------------------------------------------------- statements


@dataclass(slots=True, kw_only=True)
class Statement(Node):
    """Base of statement (operation) nodes."""


@dataclass(slots=True, kw_only=True)
class For(Statement):
    """``FOR variable IN expr [SEARCH search] [OPTIONS options]``.

    ``expr`` is a :class:`Name` for a collection or view, or any expression
    yielding an array.
    """

    variable: str
    expr: Expr
    search: Expr | None = None
    options: Expr | None = None


@dataclass(slots=True, kw_only=True)
class Prune(Node):
    """``PRUNE [variable =] condition`` of a traversal."""

    condition: Expr
    variable: str | None = None


@dataclass(slots=True, kw_only=True)
class GraphSource(Node):
    """Where a traversal walks: a named graph or a list of edge collections.

    ``graph`` is the graph name expression (string literal, bind parameter or name)
    for ``GRAPH 'g'``. Otherwise ``edge_collections`` lists
    ``(direction or None, collection expression)``, the direction overriding the
    traversal's default for that collection.
    """

    graph: Expr | None = None
    edge_collections: list[tuple[Direction | None, Expr]] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class Traversal(Statement):
    """``FOR v[, e[, p]] IN [min[..max]] DIRECTION start GRAPH g | edges [PRUNE …] [OPTIONS …]``.

    ``min_depth``/``max_depth`` are expressions (defaults 1..1).
    """

    vertex_var: str
    edge_var: str | None
    path_var: str | None
    min_depth: Expr
    max_depth: Expr
    direction: Direction
    start: Expr
    source: GraphSource
    prune: Prune | None = None
    options: Expr | None = None


@dataclass(slots=True, kw_only=True)
class PathSearch(Statement):
    """Shortest-path family.

    ``SHORTEST_PATH`` binds ``vertex_var`` (and optionally ``edge_var``) per step;
    the others bind ``vertex_var`` to a path object (``{vertices, edges, weight}``)
    and leave ``edge_var`` ``None``. ``min_depth``/``max_depth`` are only set for
    ``K_PATHS``.
    """

    kind: PathKind
    vertex_var: str
    edge_var: str | None
    direction: Direction
    start: Expr
    target: Expr
    source: GraphSource
    min_depth: Expr | None = None
    max_depth: Expr | None = None
    options: Expr | None = None


@dataclass(slots=True, kw_only=True)
class Filter(Statement):
    condition: Expr


@dataclass(slots=True, kw_only=True)
class Let(Statement):
    variable: str
    expr: Expr


@dataclass(slots=True, kw_only=True)
class SortElement(Node):
    """``expr ASC|DESC``. A literal direction (``SORT x "DESC"``) is resolved by the parser.

    ``direction`` is set when the direction is a bind parameter (``SORT x @dir``):
    its value decides at run time ("ASC"/"DESC" case-insensitively, otherwise its
    truthiness), and ``ascending`` is then only the default.
    """

    expr: Expr
    ascending: bool = True
    direction: Expr | None = None


@dataclass(slots=True, kw_only=True)
class Sort(Statement):
    elements: list[SortElement]


@dataclass(slots=True, kw_only=True)
class Limit(Statement):
    """``LIMIT count`` or ``LIMIT offset, count``."""

    count: Expr
    offset: Expr | None = None


@dataclass(slots=True, kw_only=True)
class Aggregate(Node):
    """``variable = FUNC(args)`` inside COLLECT … AGGREGATE or WINDOW … AGGREGATE."""

    variable: str
    function: str
    args: list[Expr]


@dataclass(slots=True, kw_only=True)
class Collect(Statement):
    """All forms of COLLECT.

    ``groups``: ``(variable, expr)`` pairs; ``into``: group variable, with
    ``into_expr`` its projection (else the whole row of visible variables);
    ``keep``: variables kept in the group rows; ``aggregates``; ``count_into``
    for ``WITH COUNT INTO``.
    """

    groups: list[tuple[str, Expr]] = field(default_factory=list)
    aggregates: list[Aggregate] = field(default_factory=list)
    into: str | None = None
    into_expr: Expr | None = None
    keep: list[str] | None = None
    count_into: str | None = None
    options: Expr | None = None


@dataclass(slots=True, kw_only=True)
class Window(Statement):
    """``WINDOW [range_value WITH] {preceding, following} AGGREGATE …``."""

    bounds: Expr
    aggregates: list[Aggregate]
    range_value: Expr | None = None


@dataclass(slots=True, kw_only=True)
class Return(Statement):
    expr: Expr
    distinct: bool = False


@dataclass(slots=True, kw_only=True)
class Insert(Statement):
    """``INSERT document INTO|IN collection [OPTIONS …]``."""

    document: Expr
    collection: Expr
    options: Expr | None = None


@dataclass(slots=True, kw_only=True)
class Update(Statement):
    """``UPDATE document IN c`` or ``UPDATE key WITH document IN c``; ``replace`` for REPLACE."""

    key: Expr | None
    document: Expr
    collection: Expr
    options: Expr | None = None
    replace: bool = False


@dataclass(slots=True, kw_only=True)
class Remove(Statement):
    """``REMOVE key_or_document IN collection [OPTIONS …]``."""

    key: Expr
    collection: Expr
    options: Expr | None = None


@dataclass(slots=True, kw_only=True)
class Upsert(Statement):
    """``UPSERT search INSERT insert UPDATE|REPLACE update IN collection [OPTIONS …]``.

    In ``update`` the existing document is the pseudo-variable ``OLD``. With
    ``search_filter`` (``UPSERT FILTER cond …``) ``search`` is a condition on the
    candidate document, written :class:`Current`, instead of an example object.
    """

    search: Expr
    insert: Expr
    update: Expr
    collection: Expr
    replace: bool = False
    options: Expr | None = None
    search_filter: bool = False


@dataclass(slots=True, kw_only=True)
class Query(Node):
    """A (sub)query: optional ``WITH`` collections, then its operations in order.

    The last operation is a RETURN or a data modification (which may be followed
    by LET/RETURN using ``NEW``/``OLD``).
    """

    statements: list[Statement]
    with_collections: list[str] = field(default_factory=list)
