"""AQL high-level operations: FOR, FILTER, SORT, LIMIT, COLLECT, WINDOW, subqueries."""

from __future__ import annotations

from typing import Any

import pytest
from arango.database import StandardDatabase

from tests.arangolite.aql.conftest import Query

UNITS = [
    {"_key": "R-101", "type": "reactor", "plant": "ammonia", "t": 450},
    {"_key": "E-201", "type": "exchanger", "plant": "ammonia", "t": 120},
    {"_key": "R-301", "type": "reactor", "plant": "methanol", "t": 250},
    {"_key": "T-401", "type": "column", "plant": "methanol", "t": None},
]


@pytest.fixture
def units(db: StandardDatabase) -> StandardDatabase:
    db.create_collection("units").insert_many(UNITS)
    return db


def test_filter_sort_limit(units: Any, q: Query) -> None:
    query = "FOR u IN units FILTER u.t > 100 SORT u.t DESC LIMIT 1, 2 RETURN u._key"
    assert q(query) == ["R-301", "E-201"]


def test_sort_by_several_criteria_is_stable(q: Query) -> None:
    query = "FOR x IN [{a: 1, b: 2}, {a: 0, b: 2}, {a: 1, b: 1}] SORT x.b ASC, x.a DESC RETURN x"
    assert q(query) == [{"a": 1, "b": 1}, {"a": 1, "b": 2}, {"a": 0, "b": 2}]


def test_sort_follows_aql_type_order(q: Query) -> None:
    assert q("FOR x IN [{}, 'a', 2, null, [1], true] SORT x RETURN x") == [
        None,
        True,
        2,
        "a",
        [1],
        {},
    ]


def test_sort_direction_from_bind_parameter(q: Query) -> None:
    assert q("FOR x IN [2, 3, 1] SORT x @dir RETURN x", dir="DESC") == [3, 2, 1]


def test_collect_groups_are_sorted_and_counted(units: Any, q: Query) -> None:
    query = "FOR u IN units COLLECT plant = u.plant WITH COUNT INTO n RETURN {plant, n}"
    assert q(query) == [{"plant": "ammonia", "n": 2}, {"plant": "methanol", "n": 2}]


def test_collect_into_projection_and_aggregate(units: Any, q: Query) -> None:
    query = """FOR u IN units COLLECT type = u.type
               AGGREGATE hottest = MAX(u.t) INTO keys = u._key RETURN {type, hottest, keys}"""
    assert q(query) == [
        {"type": "column", "hottest": None, "keys": ["T-401"]},
        {"type": "exchanger", "hottest": 120, "keys": ["E-201"]},
        {"type": "reactor", "hottest": 450, "keys": ["R-101", "R-301"]},
    ]


def test_collect_into_whole_rows_and_keep(q: Query) -> None:
    query = """FOR x IN [1, 2] LET y = x * 10 COLLECT odd = x % 2 INTO g KEEP y
               RETURN {odd, g}"""
    assert q(query) == [{"odd": 0, "g": [{"y": 20}]}, {"odd": 1, "g": [{"y": 10}]}]


def test_collect_without_groups_on_empty_input(q: Query) -> None:
    assert q("FOR x IN [] COLLECT WITH COUNT INTO n RETURN n") == [0]
    assert q("FOR x IN [] COLLECT AGGREGATE m = MAX(x) RETURN m") == [None]


def test_collect_in_subquery_keeps_outer_variables(q: Query) -> None:
    query = """FOR o IN [1, 2] LET s = (FOR x IN [o, o] COLLECT v = x RETURN {o, v})
               RETURN s"""
    assert q(query) == [[{"o": 1, "v": 1}], [{"o": 2, "v": 2}]]


def test_window_rows_running_total(q: Query) -> None:
    query = """FOR x IN [1, 2, 3, 4]
               WINDOW {preceding: "unbounded", following: 0} AGGREGATE total = SUM(x)
               RETURN total"""
    assert q(query) == [1, 3, 6, 10]


def test_window_range_with_duration(q: Query) -> None:
    query = """FOR t IN [0, 60000, 120000, 600000]
               WINDOW t WITH {preceding: "PT1M"} AGGREGATE n = COUNT(t) RETURN n"""
    assert q(query) == [1, 2, 2, 1]


def test_return_distinct(q: Query) -> None:
    assert q("FOR x IN [1, 1.0, 'a', 'a', [1]] RETURN DISTINCT x") == [1, "a", [1]]


def test_nested_loops_join(units: Any, q: Query) -> None:
    query = """FOR p IN ['ammonia'] FOR u IN units FILTER u.plant == p
               SORT u._key RETURN u._key"""
    assert q(query) == ["E-201", "R-101"]


def test_full_count_reports_rows_before_limit(units: Any) -> None:
    cursor = units.aql.execute("FOR u IN units SORT u._key LIMIT 1 RETURN u._key", full_count=True)
    assert list(cursor) == ["E-201"]
    assert cursor.statistics()["fullCount"] == 4


def test_limit_null_means_no_limit(units: Any) -> None:
    assert len(list(units.collection("units").all())) == 4


def test_document_and_length_of_collection(units: Any, q: Query) -> None:
    assert q("RETURN LENGTH(units)") == [4]
    assert q("RETURN DOCUMENT('units/R-101').type") == ["reactor"]
    assert q("RETURN DOCUMENT(units, ['E-201', 'nope'])[*]._key") == [["E-201"]]
    assert q("RETURN CURRENT_DATABASE()") == [units.name]
    assert "units" in q("RETURN COLLECTIONS()[*].name")[0]


def test_max_runtime_stops_a_runaway_query(db: Any) -> None:
    from arango.exceptions import AQLQueryExecuteError

    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute("FOR a IN 1..100000 FOR b IN 1..100000 RETURN a", max_runtime=0.2)
    assert info.value.error_code == 1500


def test_subquery_with_loop_and_filter_inside_let(q: Query) -> None:
    assert q("LET x = (FOR m IN [1, 2] FILTER m == 1 RETURN m) LET b = 1 RETURN [x, b]") == [
        [[1], 1]
    ]


def test_length_of_collection_bind_parameter(units: Any, q: Query) -> None:
    assert q("RETURN [LENGTH(@@c), COUNT(@@c)]", **{"@c": "units"}) == [[4, 4]]
