"""Miscellaneous functions: control flow, assertions, dynamic calls, revisions."""

from __future__ import annotations

from typing import Any

import pytest

from arangolite import errno
from arangolite.aql.functions.catalog import BUILTINS
from arangolite.errors import AqlError
from tests.arangolite.aql.functions.fake_ctx import FakeContext, call

TYPE_MISMATCH = errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("NOT_NULL", (None, None, 0, 1), 0),
        ("NOT_NULL", (None,), None),
        ("FIRST_LIST", (1, {"a": 1}, [2], [3]), [2]),
        ("FIRST_LIST", ("x",), None),
        ("FIRST_DOCUMENT", ([1], None, {"a": 1}), {"a": 1}),
        ("FIRST_DOCUMENT", (1, 2), None),
        ("CHECK_DOCUMENT", ({"a": {"b": 1}},), True),
        ("CHECK_DOCUMENT", ([{}],), False),
        ("PASSTHRU", ([1],), [1]),
        ("NOOPT", ("x",), "x"),
        ("NOEVAL", (None,), None),
        ("VERSION", (), "3.12.10"),
        ("SLEEP", (0,), None),
    ],
)
def test_simple_functions(name: str, args: tuple[Any, ...], expected: Any) -> None:
    assert call(name, *args) == (expected, [])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((4, 3, 5, True, True), True),
        ((3, 3, 5, False, True), False),
        ((5, 3, 5, True, False), False),
        ((None, None, 0, True, False), True),
        (("b", 1, [1], True, True), True),
        ((7, 5, 3, True, True), False),
    ],
)
def test_in_range_compares_in_aql_order(args: tuple[Any, ...], expected: bool) -> None:
    assert call("IN_RANGE", *args) == (expected, [])


def test_in_range_wants_boolean_flags() -> None:
    assert call("IN_RANGE", 4, 3, 5, 1, True) == (None, [TYPE_MISMATCH])


@pytest.mark.parametrize(
    ("args", "expected", "codes"),
    [
        ((True, 0, 1, 2), True, []),
        ((True, 0, "x", 3), False, []),
        ((False, 0), True, []),
        ((True, -1), False, []),
        ((True, "1"), None, [TYPE_MISMATCH]),
    ],
)
def test_min_match(args: tuple[Any, ...], expected: Any, codes: list[int]) -> None:
    assert call("MIN_MATCH", *args) == (expected, codes)


def test_assert_passes_or_fails_the_query_with_the_message() -> None:
    assert call("ASSERT", 1 > 0, "fine") == (True, [])
    assert call("ASSERT", False, 5) == (None, [TYPE_MISMATCH])
    with pytest.raises(AqlError) as caught:
        call("ASSERT", 0, "i is not greater 0")
    assert (caught.value.errno, caught.value.message) == (1593, "i is not greater 0")


def test_warn_registers_the_message_as_warning_1594() -> None:
    ctx = FakeContext()
    assert BUILTINS["WARN"].fn(ctx, "", "i is not smaller 2") is False
    assert BUILTINS["WARN"].fn(ctx, [], "unused") is True
    assert ctx.warnings == [(errno.QUERY_USER_WARN, "i is not smaller 2")]


@pytest.mark.parametrize(
    ("args", "message"), [(("error",), "error"), ((), "FAIL() called"), ((42,), "FAIL() called")]
)
def test_fail_aborts_with_error_1569(args: tuple[Any, ...], message: str) -> None:
    with pytest.raises(AqlError) as caught:
        call("FAIL", *args)
    assert (caught.value.errno, caught.value.message) == (errno.QUERY_FAIL_CALLED, message)


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("CALL", ("union", [1], [2]), [1, 2]),
        ("CALL", ("pi",), 3.141592653589793),
        ("APPLY", ("SLICE", [[1, 2, 3, 4], 1, 2]), [2, 3]),
        ("APPLY", ("Length", [[1, 2]]), 2),
        ("APPLY", ("RAND",), None),
    ],
)
def test_call_and_apply_dispatch_by_upper_case_name(
    name: str, args: tuple[Any, ...], expected: Any
) -> None:
    result, codes = call(name, *args)
    assert codes == []
    if expected is None:
        assert 0 <= result < 1
    else:
        assert result == expected


def test_call_and_apply_reject_bad_arguments() -> None:
    for name in ("CALL", "APPLY"):
        with pytest.raises(AqlError) as caught:
            call(name, 42)
        assert caught.value.errno == TYPE_MISMATCH
    assert call("APPLY", "LENGTH", "abc") == (None, [TYPE_MISMATCH])


@pytest.mark.parametrize(
    ("revision", "expected", "codes"),
    [
        ("_YU0HOEG---", {"date": "2019-03-11T16:15:05.314Z", "count": 0}, []),
        ("_YU0HOEG--_", {"date": "2019-03-11T16:15:05.314Z", "count": 1}, []),
        ("not a rev!", None, [TYPE_MISMATCH]),
        ("", None, [TYPE_MISMATCH]),
        (123, None, [TYPE_MISMATCH]),
    ],
)
def test_decode_rev(revision: Any, expected: Any, codes: list[int]) -> None:
    assert call("DECODE_REV", revision) == (expected, codes)
