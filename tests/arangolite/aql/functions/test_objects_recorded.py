"""The recorded ArangoDB examples of document-object.md, replayed as direct calls."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from arangolite.aql.functions.catalog import BUILTINS
from tests.arangolite.aql.functions.fake_ctx import FakeContext, recorded_cases

EXPECTED = recorded_cases("document-object.md")

DOC = {"foo": {"bar": {"foo": 1, "baz": 2}, "baz": 3}, "baz": 4}
ATTRS = {"foo": "bar", "_key": "123", "_custom": "yes"}
ID_DOC = {"_id": "mycollection/mykey", "value": "some value"}


def f(name: str, *args: Any) -> Callable[[FakeContext], Any]:
    return lambda ctx: BUILTINS[name].fn(ctx, *args)


def same_collection(ctx: FakeContext) -> list[Any]:
    fn = BUILTINS["IS_SAME_COLLECTION"].fn
    others = ["_users/my-user", {"_id": "_users/my-user"}, "foobar/baz", {"_id": "something/else"}]
    return [fn(ctx, "_users", other) for other in others]


CASES: dict[str, Callable[[FakeContext], Any]] = {
    "aqlAttributes": f("ATTRIBUTES", ATTRS),
    "aqlAttributesSort": f("ATTRIBUTES", ATTRS, False, True),
    "aqlHas_2": f("HAS", {"name": "Jane"}, "age"),
    "aqlHas_3": f("HAS", {"name": None}, "name"),
    "aqlIsSameCollection": same_collection,
    "aqlKeep_1": f("KEEP", DOC, "foo"),
    "aqlKeep_2": f("KEEP", DOC, "bar"),
    "aqlKeep_5": f("KEEP", DOC, ["foo", "baz"]),
    "aqlKeepRecursive_1": f("KEEP_RECURSIVE", DOC, "foo"),
    "aqlKeepRecursive_2": f("KEEP_RECURSIVE", DOC, "bar"),
    "aqlKeepRecursive_3": f("KEEP_RECURSIVE", DOC, "baz"),
    "aqlKeepRecursive_7": f("KEEP_RECURSIVE", DOC, ["foo", "baz"]),
    "aqlLengthObject": f("LENGTH", {"name": "Emma", "age": 36, "phone": {"mobile": "..."}}),
    "aqlMerge_1": f("MERGE", {"user1": {"name": "Jane"}}, {"user2": {"name": "Tom"}}),
    "aqlMerge_2": f("MERGE", {"users": {"name": "Jane"}}, {"users": {"name": "Tom"}}),
    "aqlMergeRecursive_1": f(
        "MERGE_RECURSIVE",
        {"user-1": {"name": "Jane", "livesIn": {"city": "LA"}}},
        {"user-1": {"age": 42, "livesIn": {"state": "CA"}}},
    ),
    "aqlParseCollection_2": f("PARSE_COLLECTION", ID_DOC),
    "aqlParseIdentifier_1": f("PARSE_IDENTIFIER", "_users/my-user"),
    "aqlParseIdentifier_2": f("PARSE_IDENTIFIER", ID_DOC),
    "aqlParseKey_1": f("PARSE_KEY", "_users/my-user"),
    "aqlParseKey_2": f("PARSE_KEY", ID_DOC),
    "aqlTranslate_1": f(
        "TRANSLATE", "FR", {"US": "United States", "UK": "United Kingdom", "FR": "France"}
    ),
    "aqlTranslate_3": f("TRANSLATE", 42, {"foo": "bar", "bar": "baz"}, "not found!"),
    "aqlTranslate_4": f("TRANSLATE", 42, {"42": True}),
    "aqlUnset_2": f("UNSET", DOC, "bar"),
    "aqlUnset_3": f("UNSET", DOC, "baz"),
    "aqlUnset_5": f("UNSET", DOC, ["foo", "bar"]),
    "aqlUnsetRecursive_3": f("UNSET_RECURSIVE", DOC, "baz"),
    "aqlUnsetRecursive_4": f("UNSET_RECURSIVE", DOC, "foo", "bar"),
    "aqlUnsetRecursive_5": f("UNSET_RECURSIVE", DOC, "foo", "baz"),
    "aqlUnsetRecursive_6": f("UNSET_RECURSIVE", DOC, "foo", "bar", "baz"),
    "aqlValue_1": f("VALUE", {"foo": {"bar": "baz"}}, ["foo", "bar"]),
    "aqlValues_2": f("VALUES", {"_id": "users/jane", "name": "Jane", "age": 35}, True),
    "aqlZip": f("ZIP", ["name", "active", "hobbies"], ["some user", True, ["swimming", "riding"]]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_recorded_object_case(name: str) -> None:
    if name not in EXPECTED:
        pytest.skip("conformance data not available")
    ctx = FakeContext()
    assert CASES[name](ctx) == EXPECTED[name][0]
    assert ctx.warnings == []


@pytest.mark.parametrize("name", sorted(n for n in CASES if "Keep" in n or "Unset" in n))
def test_recorded_keep_and_unset_key_order(name: str) -> None:
    """ArangoDB rebuilds these objects with sorted attributes; so do we."""
    if name not in EXPECTED:
        pytest.skip("conformance data not available")
    assert list(CASES[name](FakeContext())) == list(EXPECTED[name][0])


def test_every_recorded_object_case_is_replayed() -> None:
    if not EXPECTED:
        pytest.skip("conformance data not available")
    assert set(EXPECTED) == set(CASES)
