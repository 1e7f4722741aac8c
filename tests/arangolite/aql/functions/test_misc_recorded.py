"""The recorded ArangoDB examples of miscellaneous.md that need no storage."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from arangolite.aql.functions.catalog import BUILTINS
from tests.arangolite.aql.functions.fake_ctx import FakeContext, recorded_cases

EXPECTED = recorded_cases("miscellaneous.md")

# DOCUMENT() reads collections: tested with the storage-backed functions, not here
NEEDS_STORAGE = {name for name in EXPECTED if name.startswith("FUNCTION_DOCUMENT_")}


def in_range_2(ctx: FakeContext) -> list[Any]:
    fn = BUILTINS["IN_RANGE"].fn
    return [{"value": v, "in_range": fn(ctx, v, 3, 5, False, True)} for v in range(2, 7)]


def in_range_3(ctx: FakeContext) -> list[Any]:
    texts = ["fennel", "fox grape", "forest strawberry", "fungus"]
    fn = BUILTINS["IN_RANGE"].fn
    return [{"text": t} for t in texts if fn(ctx, t, "fo", "fp", True, False)]


CASES: dict[str, Callable[[FakeContext], Any]] = {
    "aqlMinHash": lambda ctx: [BUILTINS["MINHASH"].fn(ctx, ["foo", "bar", "baz"], 5)],
    "aqlMinHashCount": lambda ctx: [BUILTINS["MINHASH_COUNT"].fn(ctx, 0.05)],
    "aqlMinHashError": lambda ctx: [BUILTINS["MINHASH_ERROR"].fn(ctx, 400)],
    "aqlMiscInRange_2": in_range_2,
    "aqlMiscInRange_3": in_range_3,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_recorded_misc_case(name: str) -> None:
    if name not in EXPECTED:
        pytest.skip("conformance data not available")
    ctx = FakeContext()
    assert CASES[name](ctx) == EXPECTED[name]
    assert ctx.warnings == []


def test_every_pure_recorded_misc_case_is_replayed() -> None:
    if not EXPECTED:
        pytest.skip("conformance data not available")
    assert set(EXPECTED) - NEEDS_STORAGE == set(CASES)
