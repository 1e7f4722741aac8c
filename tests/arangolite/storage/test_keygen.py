from __future__ import annotations

import itertools
import uuid

import pytest

from arangolite.errors import ArangoliteError
from arangolite.storage.keygen import KeyGenerator, normalize_key_options


def make(options: dict, start: int = 100) -> KeyGenerator:
    ticks = itertools.count(start)
    return KeyGenerator(normalize_key_options(options), lambda: next(ticks))


def test_traditional_keys_come_from_ticks_and_skip_tracked_numbers() -> None:
    gen = make({})
    assert gen.generate() == "100"
    gen.validate("5000")
    assert gen.generate() == "5001"
    assert gen.to_json() == {"allowUserKeys": True, "type": "traditional", "lastValue": 5001}


def test_autoincrement_uses_offset_and_increment() -> None:
    gen = make({"type": "autoincrement", "offset": 10, "increment": 5})
    assert [gen.generate() for _ in range(3)] == ["10", "15", "20"]
    gen.validate("42")
    assert gen.generate() == "45"


def test_autoincrement_rejects_non_numeric_user_keys() -> None:
    with pytest.raises(ArangoliteError) as info:
        make({"type": "autoincrement"}).validate("abc")
    assert info.value.errno == 1221


def test_padded_keys_are_sortable_hex() -> None:
    gen = make({"type": "padded"}, start=255)
    first, second = gen.generate(), gen.generate()
    assert first == "00000000000000ff" and second > first
    gen.validate("0000000000001000")
    assert gen.generate() == "0000000000001001"


def test_uuid_keys() -> None:
    gen = make({"type": "uuid"})
    assert uuid.UUID(gen.generate())
    assert "lastValue" not in gen.to_json()


def test_user_keys_can_be_forbidden() -> None:
    gen = make({"allowUserKeys": False})
    with pytest.raises(ArangoliteError) as info:
        gen.validate("mine")
    assert info.value.errno == 1222


@pytest.mark.parametrize(
    "options",
    [
        {"type": "random"},
        {"type": "autoincrement", "increment": 0},
        {"type": "autoincrement", "increment": 70000},
        {"type": "autoincrement", "offset": -1},
    ],
)
def test_bad_key_options_raise_1232(options: dict) -> None:
    with pytest.raises(ArangoliteError) as info:
        normalize_key_options(options)
    assert info.value.errno == 1232
