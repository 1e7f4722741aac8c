"""Collection checksum, revision and figures as python-arango exposes them."""

from __future__ import annotations

import pytest
from arango.collection import StandardCollection
from arango.database import StandardDatabase
from arango.exceptions import (
    CollectionChecksumError,
    CollectionRevisionError,
    CollectionStatisticsError,
)


def test_checksum_of_empty_collection_is_zero(col: StandardCollection) -> None:
    assert col.checksum() == "0"


def test_checksum_follows_content(col: StandardCollection) -> None:
    col.insert({"_key": "a", "v": 1})
    first = col.checksum(with_data=True)
    assert first != "0" and col.checksum(with_data=True) == first
    col.update({"_key": "a", "v": 2})
    assert col.checksum(with_data=True) != first


def test_checksum_with_revisions_follows_rewrites(col: StandardCollection) -> None:
    col.insert({"_key": "a"})
    plain, with_rev = col.checksum(), col.checksum(with_rev=True)
    col.replace({"_key": "a"})
    assert col.checksum() == plain
    assert col.checksum(with_rev=True) != with_rev


def test_checksum_is_order_independent(db: StandardDatabase) -> None:
    one, two = db.create_collection("one"), db.create_collection("two")
    one.insert_many([{"_key": "a", "v": 1}, {"_key": "b", "v": 2}])
    two.insert_many([{"_key": "b", "v": 2}, {"_key": "a", "v": 1}])
    assert one.checksum(with_data=True) == two.checksum(with_data=True)


def test_revision_changes_on_every_write(col: StandardCollection) -> None:
    seen = [col.revision()]
    col.insert({"_key": "a"})
    seen.append(col.revision())
    col.update({"_key": "a", "x": 1})
    seen.append(col.revision())
    assert all(isinstance(r, str) for r in seen) and len(set(seen)) == 3


@pytest.mark.parametrize(("edge", "index_count"), [(False, 1), (True, 2)])
def test_statistics_count_the_default_indexes(
    db: StandardDatabase, edge: bool, index_count: int
) -> None:
    stats = db.create_collection("c", edge=edge).statistics()
    assert stats["indexes"]["count"] == index_count
    assert isinstance(stats["documents_size"], int)
    assert stats["cache_in_use"] is False


def test_statistics_count_added_indexes(col: StandardCollection) -> None:
    col.add_index({"type": "persistent", "fields": ["n"]})
    assert col.statistics()["indexes"]["count"] == 2


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda c: c.checksum(), CollectionChecksumError),
        (lambda c: c.revision(), CollectionRevisionError),
        (lambda c: c.statistics(), CollectionStatisticsError),
    ],
)
def test_info_calls_on_missing_collection_raise_1203(
    db: StandardDatabase, call: object, error: type[Exception]
) -> None:
    with pytest.raises(error) as info:
        call(db.collection("missing"))  # type: ignore[operator]
    assert info.value.error_code == 1203  # type: ignore[attr-defined]
