"""Chooses an index for ``FOR var IN collection`` from the FILTERs that follow it.

Only conditions of the form ``var.path OP expr`` (or mirrored), where ``expr``
does not depend on ``var``, are used. The FILTERs themselves stay in the plan,
so an index only narrows what is read: it never changes a result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from arangolite.aql import ast
from arangolite.storage.api import IndexDescription

_MIRROR = {"==": "==", "<": ">", "<=": ">=", ">": "<", ">=": "<="}


@dataclass(slots=True)
class Condition:
    """``var.<path> <op> <value>`` with ``op`` in ``== IN < <= > >=``."""

    path: str
    op: str
    value: ast.Expr


@dataclass(slots=True)
class LookupPlan:
    """How to read a collection through an index instead of scanning it."""

    index: IndexDescription
    equal: list[Condition] = field(default_factory=list)
    ranges: list[Condition] = field(default_factory=list)


def conjuncts(expr: ast.Expr) -> list[ast.Expr]:
    """Split ``a AND b AND c`` into its parts."""
    if isinstance(expr, ast.Binary) and expr.op == "AND":
        return conjuncts(expr.left) + conjuncts(expr.right)
    return [expr]


def attribute_path(expr: ast.Expr, var: str) -> str | None:
    """``var.a.b`` → ``"a.b"``; anything else → None."""
    parts: list[str] = []
    node = expr
    while True:
        if isinstance(node, ast.AttributeAccess):
            parts.append(node.name)
            node = node.obj
        elif isinstance(node, ast.IndexAccess) and isinstance(node.index, ast.Literal):
            if not isinstance(node.index.value, str):
                return None
            parts.append(node.index.value)
            node = node.obj
        else:
            break
    if isinstance(node, ast.Name) and node.name == var and parts:
        return ".".join(reversed(parts))
    return None


def references(expr: Any, name: str) -> bool:
    """Whether ``expr`` mentions the variable ``name`` anywhere (conservative)."""
    if isinstance(expr, ast.Name):
        return expr.name == name
    if isinstance(expr, ast.Node):
        return any(references(getattr(expr, slot), name) for slot in _slots(expr))
    if isinstance(expr, (list, tuple)):
        return any(references(item, name) for item in expr)
    return False


def _slots(node: ast.Node) -> list[str]:
    names: list[str] = []
    for cls in type(node).__mro__:
        names.extend(getattr(cls, "__slots__", ()))
    return [n for n in names if n not in ("line", "column")]


def _condition(expr: ast.Expr, var: str) -> Condition | None:
    if not isinstance(expr, ast.Binary):
        return None
    op = expr.op
    if op in _MIRROR:
        path = attribute_path(expr.left, var)
        if path is not None and not references(expr.right, var):
            return Condition(path, op, expr.right)
        path = attribute_path(expr.right, var)
        if path is not None and not references(expr.left, var):
            return Condition(path, _MIRROR[op], expr.left)
        return None
    if op == "IN":
        path = attribute_path(expr.left, var)
        if path is not None and not references(expr.right, var):
            return Condition(path, "IN", expr.right)
        path = attribute_path(expr.right, var)
        if path is not None and not references(expr.left, var):
            return Condition(path + "[*]", "==", expr.left)
    return None


def usable_conditions(filters: list[ast.Expr], var: str) -> list[Condition]:
    found: list[Condition] = []
    for flt in filters:
        for part in conjuncts(flt):
            cond = _condition(part, var)
            if cond is not None:
                found.append(cond)
    return found


def _match(index: IndexDescription, conds: list[Condition]) -> LookupPlan | None:
    fields = ["_key"] if index.type == "primary" else index.fields
    if index.type == "edge":
        for cond in conds:
            if cond.path in ("_from", "_to") and cond.op in ("==", "IN"):
                return LookupPlan(index, equal=[cond])
        return None
    plan = LookupPlan(index)
    for position, name in enumerate(fields):
        eq = next((c for c in conds if c.path == name and c.op == "=="), None)
        if eq is None and position == 0:
            eq = next((c for c in conds if c.path == name and c.op == "IN"), None)
        if eq is not None:
            plan.equal.append(eq)
            if eq.op == "IN":
                break
            continue
        plan.ranges = [c for c in conds if c.path == name and c.op in ("<", "<=", ">", ">=")]
        break
    if not plan.equal and not plan.ranges:
        return None
    if index.type in ("persistent", "hash", "skiplist") or index.type == "primary":
        return plan
    return None


def choose_index(
    indexes: list[IndexDescription], filters: list[ast.Expr], var: str
) -> LookupPlan | None:
    """The best index for the FILTER conditions on ``var``, or None for a full scan."""
    conds = usable_conditions(filters, var)
    if not conds:
        return None
    id_cond = next((c for c in conds if c.path == "_id" and c.op in ("==", "IN")), None)
    best: tuple[int, LookupPlan] | None = None
    for index in indexes:
        if index.type == "primary" and id_cond is not None:
            return LookupPlan(index, equal=[id_cond])
        plan = _match(index, conds)
        if plan is None:
            continue
        score = len(plan.equal) * 10 + (1 if plan.ranges else 0) + (5 if index.unique else 0)
        if plan.equal and plan.equal[-1].op == "IN":
            score -= 3
        if best is None or score > best[0]:
            best = (score, plan)
    return best[1] if best else None
