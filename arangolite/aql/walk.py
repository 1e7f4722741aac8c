"""Generic traversal of AST nodes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from arangolite.aql import ast


def _fields(node: ast.Node) -> Iterator[Any]:
    for cls in type(node).__mro__:
        for name in getattr(cls, "__slots__", ()):
            if name not in ("line", "column"):
                yield getattr(node, name)


def iter_nodes(value: Any) -> Iterator[ast.Node]:
    """Every AST node in ``value`` (a node, or lists/tuples of them), depth first."""
    if isinstance(value, ast.Node):
        yield value
        for child in _fields(value):
            yield from iter_nodes(child)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from iter_nodes(item)


def bind_parameters(tree: ast.Node) -> list[str]:
    """Names of the bind parameters a query declares (``@@c`` as ``"@c"``), in order."""
    names: list[str] = []
    for node in iter_nodes(tree):
        if isinstance(node, ast.BindParam):
            name = ("@" + node.name) if node.collection else node.name
            if name not in names:
                names.append(name)
    return names


def modification_targets(tree: ast.Node) -> list[ast.Expr]:
    """The collection operands of every data-modification operation."""
    return [
        node.collection
        for node in iter_nodes(tree)
        if isinstance(node, (ast.Insert, ast.Update, ast.Remove, ast.Upsert))
    ]
