"""The runner: in order, once, recorded; refuses edited migrations; undoes failed ones."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from arango.database import StandardDatabase

from graph.errors import MigrationChecksumError, MigrationError
from graph.execute import done
from graph.schema import MIGRATIONS, IndexSpec
from migrations.runner import Migration, status, upgrade
from migrations.steps import CreateCollection, CreateIndex, RunAql
from migrations.tenant_database import TENANT_MIGRATIONS

NAMES = [m.name for m in TENANT_MIGRATIONS]


class Explodes:
    """A step that fails, as a migration interrupted half-way would."""

    def describe(self) -> dict[str, Any]:
        return {"explodes": True}

    def apply(self, db: StandardDatabase) -> bool:
        raise RuntimeError("disk on fire")

    def undo(self, db: StandardDatabase) -> None:
        raise AssertionError("never applied, never undone")


def records(db: StandardDatabase) -> int:
    return int(done(db.collection(MIGRATIONS).count()))


def test_running_twice_applies_once(fresh_db: StandardDatabase) -> None:
    assert upgrade(fresh_db, TENANT_MIGRATIONS) == NAMES
    assert upgrade(fresh_db, TENANT_MIGRATIONS) == []
    assert records(fresh_db) == len(NAMES)
    assert {s.state for s in status(fresh_db, TENANT_MIGRATIONS)} == {"applied"}


def test_upgrade_from_an_older_migration_set(fresh_db: StandardDatabase) -> None:
    upgrade(fresh_db, TENANT_MIGRATIONS[:2])
    pending = len(TENANT_MIGRATIONS) - 2
    assert [s.state for s in status(fresh_db, TENANT_MIGRATIONS)] == ["applied"] * 2 + [
        "pending"
    ] * pending
    assert upgrade(fresh_db, TENANT_MIGRATIONS) == NAMES[2:]
    assert done(fresh_db.has_graph("process_kg"))


def test_status_of_a_new_database_writes_nothing(fresh_db: StandardDatabase) -> None:
    assert {s.state for s in status(fresh_db, TENANT_MIGRATIONS)} == {"pending"}
    assert not done(fresh_db.has_collection(MIGRATIONS))


def test_edited_migration_is_refused(fresh_db: StandardDatabase) -> None:
    first = Migration("0001_things", (CreateCollection("things"),))
    upgrade(fresh_db, [first])
    edited = replace(first, steps=(CreateCollection("things"), CreateCollection("more")))
    later = Migration("0002_later", (CreateCollection("later"),))
    with pytest.raises(MigrationChecksumError, match="0001_things no longer match"):
        upgrade(fresh_db, [edited, later])
    assert [s.state for s in status(fresh_db, [edited, later])] == ["changed", "pending"]
    assert not done(fresh_db.has_collection("later"))


def test_failed_migration_is_undone_and_not_recorded(fresh_db: StandardDatabase) -> None:
    broken = Migration("0001_half", (CreateCollection("half"), Explodes()))
    with pytest.raises(MigrationError, match="0001_half failed and was undone: disk on fire"):
        upgrade(fresh_db, [broken])
    assert not done(fresh_db.has_collection("half"))
    assert records(fresh_db) == 0
    fixed = Migration("0001_half", (CreateCollection("half"),))
    assert upgrade(fresh_db, [fixed]) == ["0001_half"]


def test_failure_keeps_earlier_migrations(fresh_db: StandardDatabase) -> None:
    good = Migration("0001_good", (CreateCollection("good"),))
    bad = Migration("0002_bad", (CreateIndex(IndexSpec("good", "g", ("x",))), Explodes()))
    with pytest.raises(MigrationError):
        upgrade(fresh_db, [good, bad])
    assert [s.state for s in status(fresh_db, [good, bad])] == ["applied", "pending"]
    assert [i["name"] for i in done(fresh_db.collection("good").indexes())] == ["primary"]


@pytest.mark.parametrize("names", [["0002_b", "0001_a"], ["0001_a", "0001_a"]])
def test_names_must_be_unique_and_ordered(fresh_db: StandardDatabase, names: list[str]) -> None:
    with pytest.raises(MigrationError, match="unique and in order"):
        upgrade(fresh_db, [Migration(n, ()) for n in names])


def test_data_migration_runs_aql(fresh_db: StandardDatabase) -> None:
    things = Migration("0001_things", (CreateCollection("things"),))
    backfill = Migration(
        "0002_backfill",
        (
            RunAql(
                "FOR t IN things FILTER t.v == null UPDATE t WITH {v: @v} IN things", (("v", 1),)
            ),
        ),
    )
    upgrade(fresh_db, [things])
    done(fresh_db.collection("things").insert({"_key": "a"}))
    upgrade(fresh_db, [things, backfill])
    assert done(fresh_db.collection("things").get("a"))["v"] == 1


def test_checksum_covers_the_steps_only() -> None:
    one = Migration("0001_x", (CreateCollection("x"),), "first wording")
    assert one.checksum == replace(one, description="better wording").checksum
    assert one.checksum != replace(one, steps=(CreateCollection("x", edge=True),)).checksum
