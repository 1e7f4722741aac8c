"""Key generators and key options of collections."""

from __future__ import annotations

import re

import pytest
from arango.exceptions import CollectionCreateError, DocumentInsertError

from .handles import Database


def test_traditional_keys_are_increasing_numbers(db: Database) -> None:
    col = db.create_collection("c")
    keys = [col.insert({})["_key"] for _ in range(3)]
    assert all(k.isdigit() for k in keys)
    assert [int(k) for k in keys] == sorted(int(k) for k in keys) and len(set(keys)) == 3
    options = col.properties()["key_options"]
    assert (options["key_generator"], options["user_keys"]) == ("traditional", True)


def test_traditional_generator_jumps_past_numeric_user_keys(db: Database) -> None:
    col = db.create_collection("c")
    col.insert({"_key": "99999999999999"})
    assert int(col.insert({})["_key"]) > 99999999999999


@pytest.mark.parametrize(
    ("increment", "offset", "expected"),
    [(1, 0, ["1", "2", "3"]), (5, 0, ["5", "10", "15"]), (5, 12, ["12", "17", "22"])],
)
def test_autoincrement_keys(db: Database, increment: int, offset: int, expected: list[str]) -> None:
    col = db.create_collection(
        "c", key_generator="autoincrement", key_increment=increment, key_offset=offset
    )
    assert [col.insert({})["_key"] for _ in range(3)] == expected
    options = col.properties()["key_options"]
    assert (options["key_increment"], options["key_offset"]) == (increment, offset)
    assert options["key_last_value"] == int(expected[-1])


def test_autoincrement_continues_after_a_user_key(db: Database) -> None:
    col = db.create_collection("c", key_generator="autoincrement", key_increment=5)
    col.insert({"_key": "17"})
    assert col.insert({})["_key"] == "20"


def test_autoincrement_rejects_non_numeric_user_keys(db: Database) -> None:
    col = db.create_collection("c", key_generator="autoincrement")
    with pytest.raises(DocumentInsertError) as info:
        col.insert({"_key": "abc"})
    assert (info.value.http_code, info.value.error_code) == (400, 1221)
    assert col.count() == 0


@pytest.mark.parametrize("increment", [0, 65536])
def test_autoincrement_rejects_bad_increment_with_1232(db: Database, increment: int) -> None:
    with pytest.raises(CollectionCreateError) as info:
        db.create_collection("c", key_generator="autoincrement", key_increment=increment)
    assert (info.value.http_code, info.value.error_code) == (400, 1232)
    assert not db.has_collection("c")


def test_unknown_key_generator_raises_1232(db: Database) -> None:
    with pytest.raises(CollectionCreateError) as info:
        db.create_collection("c", key_generator="fancy")
    assert (info.value.http_code, info.value.error_code) == (400, 1232)


def test_padded_keys_sort_like_their_insertion_order(db: Database) -> None:
    col = db.create_collection("c", key_generator="padded")
    keys = [col.insert({})["_key"] for _ in range(5)]
    assert all(re.fullmatch(r"[0-9a-f]{16}", k) for k in keys)
    assert keys == sorted(keys) and len(set(keys)) == 5
    assert col.properties()["key_options"]["key_generator"] == "padded"


def test_uuid_keys(db: Database) -> None:
    col = db.create_collection("c", key_generator="uuid")
    keys = {col.insert({})["_key"] for _ in range(3)}
    uuid = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    assert len(keys) == 3 and all(re.fullmatch(uuid, k) for k in keys)


@pytest.mark.parametrize("generator", ["traditional", "autoincrement", "padded", "uuid"])
def test_disallowed_user_keys_raise_1222(db: Database, generator: str) -> None:
    col = db.create_collection("c", key_generator=generator, user_keys=False)
    with pytest.raises(DocumentInsertError) as info:
        col.insert({"_key": "123"})
    assert (info.value.http_code, info.value.error_code) == (400, 1222)
    assert col.count() == 0
    assert col.insert({})["_key"] != "123"
    assert col.properties()["key_options"]["user_keys"] is False
