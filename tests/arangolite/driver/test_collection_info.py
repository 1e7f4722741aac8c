"""Collection checksum, revision and figures as python-arango exposes them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from arango.exceptions import (
    ArangoServerError,
    CollectionChecksumError,
    CollectionRevisionError,
    CollectionStatisticsError,
)

from .handles import Collection, Database


def test_checksum_of_empty_collection_is_zero(col: Collection) -> None:
    assert col.checksum() == "0"


def test_checksum_follows_content(col: Collection) -> None:
    col.insert({"_key": "a", "v": 1})
    first = col.checksum(with_data=True)
    assert first != "0" and col.checksum(with_data=True) == first
    col.update({"_key": "a", "v": 2})
    assert col.checksum(with_data=True) != first


def test_checksum_with_revisions_follows_rewrites(col: Collection) -> None:
    col.insert({"_key": "a"})
    plain, with_rev = col.checksum(), col.checksum(with_rev=True)
    col.replace({"_key": "a"})
    assert col.checksum() == plain
    assert col.checksum(with_rev=True) != with_rev


def test_checksum_is_order_independent(db: Database) -> None:
    one, two = db.create_collection("one"), db.create_collection("two")
    one.insert_many([{"_key": "a", "v": 1}, {"_key": "b", "v": 2}])
    two.insert_many([{"_key": "b", "v": 2}, {"_key": "a", "v": 1}])
    assert one.checksum(with_data=True) == two.checksum(with_data=True)


def test_revision_changes_on_every_write(col: Collection) -> None:
    seen = [col.revision()]
    col.insert({"_key": "a"})
    seen.append(col.revision())
    col.update({"_key": "a", "x": 1})
    seen.append(col.revision())
    assert all(isinstance(r, str) for r in seen) and len(set(seen)) == 3


def test_statistics_count_the_indexes(col: Collection) -> None:
    stats = col.statistics()
    assert stats["indexes"]["count"] == 1
    assert isinstance(stats["documents_size"], int) and stats["cache_in_use"] is False
    col.add_index({"type": "persistent", "fields": ["n"]})
    col.add_index({"type": "persistent", "fields": ["m"], "unique": True})
    assert col.statistics()["indexes"]["count"] == 3


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda c: c.checksum(), CollectionChecksumError),
        (lambda c: c.revision(), CollectionRevisionError),
        (lambda c: c.statistics(), CollectionStatisticsError),
    ],
)
def test_info_calls_on_missing_collection_raise_1203(
    db: Database, call: Callable[[Collection], object], error: type[ArangoServerError]
) -> None:
    with pytest.raises(error) as info:
        call(db.collection("missing"))
    assert info.value.error_code == 1203
