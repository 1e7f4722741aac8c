"""``db.aql.validate`` and ``db.aql.explain``, including index usage in plans."""

from __future__ import annotations

from typing import Any

import pytest
from arango.exceptions import AQLQueryExplainError, AQLQueryValidateError

from .handles import Collection, Database


def _node_types(plan: dict[str, Any]) -> list[str]:
    return [node["type"] for node in plan["nodes"]]


def test_validate_reports_collections_and_bind_vars(db: Database) -> None:
    result = db.aql.validate("FOR d IN things FILTER d.x == @x RETURN d")
    assert result["parsed"] is True
    assert result["collections"] == ["things"] and result["bind_vars"] == ["x"]
    assert result["ast"][0]["type"] == "root"


def test_validate_syntax_error_raises_1501(db: Database) -> None:
    with pytest.raises(AQLQueryValidateError) as info:
        db.aql.validate("FOR i IN 1..100 FILTER i = 1 LIMIT 2 RETURN i * 3")
    assert (info.value.http_code, info.value.error_code) == (400, 1501)
    assert "at position 1:26" in str(info.value)


def test_explain_full_scan(db: Database, col: Collection) -> None:
    plan = db.aql.explain("FOR d IN items RETURN d")
    assert _node_types(plan) == ["SingletonNode", "EnumerateCollectionNode", "ReturnNode"]
    assert plan["collections"] == [{"name": "items", "type": "read"}]
    assert isinstance(plan["estimatedCost"], (int, float))


@pytest.mark.parametrize(
    ("fields", "condition"),
    [
        (["n"], "d.n == 3"),
        (["n"], "d.n > 3 AND d.n < 9"),
        (["a", "b"], "d.a == 1 AND d.b == 2"),
        (["tags[*]"], "'x' IN d.tags"),
    ],
)
def test_explain_uses_matching_persistent_index(
    db: Database, col: Collection, fields: list[str], condition: str
) -> None:
    index = col.add_index({"type": "persistent", "fields": fields, "name": "idx_test"})
    plan = db.aql.explain(f"FOR d IN items FILTER {condition} RETURN d")
    nodes = [n for n in plan["nodes"] if n["type"] == "IndexNode"]
    assert len(nodes) == 1 and "EnumerateCollectionNode" not in _node_types(plan)
    used = nodes[0]["indexes"][0]
    assert (used["name"], used["type"], used["fields"]) == ("idx_test", "persistent", fields)
    assert str(used["id"]).endswith(index["id"])


def test_explain_ignores_index_on_other_attribute(db: Database, col: Collection) -> None:
    col.add_index({"type": "persistent", "fields": ["n"]})
    plan = db.aql.explain("FOR d IN items FILTER d.other == 3 RETURN d")
    assert "IndexNode" not in _node_types(plan)


def test_indexed_query_returns_the_same_rows(db: Database, col: Collection) -> None:
    col.insert_many([{"n": i % 4, "k": i} for i in range(20)])
    query = "FOR d IN items FILTER d.n == 2 SORT d.k RETURN d.k"
    before = list(db.aql.execute(query))
    col.add_index({"type": "persistent", "fields": ["n"]})
    assert list(db.aql.execute(query)) == before == [2, 6, 10, 14, 18]


def test_explain_with_missing_bind_var_raises_1551(db: Database) -> None:
    with pytest.raises(AQLQueryExplainError) as info:
        db.aql.explain("FOR i IN 1..3 FILTER i == @id RETURN i")
    assert (info.value.http_code, info.value.error_code) == (400, 1551)


def test_explain_all_plans_returns_a_list(db: Database) -> None:
    plans = db.aql.explain("FOR i IN 1..3 RETURN i", all_plans=True)
    assert isinstance(plans, list) and plans and _node_types(plans[0])[0] == "SingletonNode"
