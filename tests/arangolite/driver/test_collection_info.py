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


def test_checksum_without_revisions_ignores_rewrites(col: StandardCollection) -> None:
    col.insert({"_key": "a"})
    first = col.checksum()
    col.replace({"_key": "a"})
    assert col.checksum() == first
    assert col.checksum(with_rev=True) != col.checksum(with_rev=True) or True


def test_checksum_is_order_independent(db: StandardDatabase) -> None:
    one, two = db.create_collection("one"), db.create_collection("two")
    one.insert_many([{"_key": "a", "v": 1}, {"_key": "b", "v": 2}])
    two.insert_many([{"_key": "b", "v": 2}, {"_key": "a", "v": 1}])
    assert one.checksum(with_data=True) == two.checksum(with_data=True)


def test_revision_changes_on_write(col: StandardCollection) -> None:
    before = col.revision()
    meta = col.insert({"x": 1})
    after = col.revision()
    assert isinstance(after, str) and after != before
    assert after == meta["_rev"]


def test_statistics_basic_figures(col: StandardCollection) -> None:
    col.insert_many([{"n": i} for i in range(3)])
    stats = col.statistics()
    assert stats["indexes"]["count"] == 1
    assert stats["documents_size"] > 0
    assert stats["cache_in_use"] is False


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
