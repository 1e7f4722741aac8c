from __future__ import annotations

import pytest

from arangolite.errors import ArangoliteError
from arangolite.storage.names import (
    check_key,
    is_valid_collection_name,
    is_valid_database_name,
    is_valid_key,
    split_id,
)


@pytest.mark.parametrize("key", ["abc", "A-9_:.@()+,=;$!*'%", "x" * 254, "123"])
def test_valid_keys(key: str) -> None:
    assert is_valid_key(key)


@pytest.mark.parametrize("key", ["", "x" * 255, "a b", "a/b", "ä", 12, None, "a?b", "#"])
def test_invalid_keys_raise_1221(key: object) -> None:
    assert not is_valid_key(key)
    with pytest.raises(ArangoliteError) as info:
        check_key(key)
    assert info.value.errno == 1221


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("users", True),
        ("_system_like", True),
        ("a-b_c1", True),
        ("1abc", False),
        ("", False),
        ("a b", False),
        ("a/b", False),
        ("x" * 257, False),
        (None, False),
    ],
)
def test_collection_names(name: object, ok: bool) -> None:
    assert is_valid_collection_name(name) is ok


def test_system_names_can_be_refused() -> None:
    assert not is_valid_collection_name("_graphs", allow_system=False)


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("_system", True),
        ("mydb", True),
        ("Grüße", True),
        ("_other", False),
        ("a/b", False),
        ("", False),
        ("1db", False),
        (" padded", False),
    ],
)
def test_database_names(name: str, ok: bool) -> None:
    assert is_valid_database_name(name) is ok


@pytest.mark.parametrize(
    ("value", "expected"),
    [("users/1", ("users", "1")), ("users", None), ("users/", None), ("/1", None), (5, None)],
)
def test_split_id(value: object, expected: tuple[str, str] | None) -> None:
    assert split_id(value) == expected
