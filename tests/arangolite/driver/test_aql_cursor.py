"""Cursors: batches, count, fullCount, statistics, profile, max_runtime, closing."""

from __future__ import annotations

import pytest
from arango.exceptions import AQLQueryExecuteError, CursorNextError

from .handles import Collection, Database


@pytest.mark.parametrize(("total", "batch_size"), [(10, 3), (10, 10), (10, 1), (0, 5), (7, 100)])
def test_iteration_crosses_batches(db: Database, total: int, batch_size: int) -> None:
    query = f"FOR i IN 1..1000 LIMIT {total} RETURN i"
    cursor = db.aql.execute(query, batch_size=batch_size)
    batch = cursor.batch()
    assert batch is not None and len(batch) == min(total, batch_size)
    assert cursor.has_more() is (total > batch_size)
    assert list(cursor) == list(range(1, total + 1))


def test_cursor_id_only_while_more_batches(db: Database) -> None:
    assert db.aql.execute("FOR i IN 1..3 RETURN i", batch_size=5).id is None
    cursor = db.aql.execute("FOR i IN 1..3 RETURN i", batch_size=2)
    assert isinstance(cursor.id, str)
    assert cursor.close() is True


def test_closed_cursor_cannot_be_fetched(db: Database) -> None:
    cursor = db.aql.execute("FOR i IN 1..6 RETURN i", batch_size=2)
    cursor.close()
    cursor.batch().clear()
    with pytest.raises(CursorNextError) as info:
        cursor.fetch()
    assert (info.value.http_code, info.value.error_code) == (404, 1600)


@pytest.mark.parametrize(("count", "expected"), [(True, 4), (False, None)])
def test_count_option(db: Database, count: bool, expected: int | None) -> None:
    cursor = db.aql.execute("FOR i IN 1..4 RETURN i", count=count, batch_size=1)
    assert cursor.count() == expected


def test_full_count_ignores_the_last_limit(db: Database) -> None:
    query = "FOR i IN 1..1000 FILTER i > 500 LIMIT 10 RETURN i"
    cursor = db.aql.execute(query, full_count=True, count=True)
    assert list(cursor) == list(range(501, 511))
    stats = cursor.statistics()
    assert stats is not None and stats["fullCount"] == 500 and cursor.count() == 10
    assert "fullCount" not in db.aql.execute(query).statistics()


def test_statistics_of_a_read_query(db: Database, col: Collection) -> None:
    col.insert_many([{"n": i} for i in range(6)])
    cursor = db.aql.execute("FOR d IN items FILTER d.n < 2 RETURN d")
    assert len(list(cursor)) == 2
    stats = cursor.statistics()
    assert stats is not None
    assert (stats["scanned_full"], stats["filtered"], stats["modified"]) == (6, 4, 0)
    assert isinstance(stats["execution_time"], float)


def test_profile_reports_phases(db: Database) -> None:
    cursor = db.aql.execute("FOR i IN 1..3 RETURN i", profile=True)
    assert list(cursor) == [1, 2, 3]
    profile = cursor.profile()
    assert profile is not None and "executing" in profile
    assert all(isinstance(v, float) for v in profile.values())


def test_profile_level_two_adds_plan_and_node_stats(db: Database) -> None:
    cursor = db.aql.execute("FOR i IN 1..3 RETURN i", profile=2)
    plan = cursor.plan()
    assert plan is not None and plan["nodes"][0]["type"] == "SingletonNode"
    assert cursor.statistics()["nodes"]


def test_generous_max_runtime_does_not_interfere(db: Database) -> None:
    assert list(db.aql.execute("FOR i IN 1..3 RETURN i", max_runtime=60.0)) == [1, 2, 3]


def test_exceeding_max_runtime_kills_a_long_loop(db: Database) -> None:
    query = "FOR i IN 1..3000000 FILTER i < 0 RETURN i"
    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute(query, max_runtime=0.05)
    assert (info.value.http_code, info.value.error_code) == (410, 1500)


def test_exceeding_max_runtime_kills_a_sleeping_query(db: Database) -> None:
    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute("FOR i IN 1..40 LET s = SLEEP(0.01) RETURN i", max_runtime=0.05)
    assert info.value.error_code == 1500
