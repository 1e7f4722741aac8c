"""The recorded ArangoDB examples of string.md, replayed as direct function calls.

Two recorded queries (aqlRegexMatches_3, aqlRegexTest_3) were written for
arangosh, where the docs tool unescapes backslashes once more before running
them; the calls here use the strings the server actually received.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from arangolite.aql.functions.catalog import BUILTINS
from tests.arangolite.aql.functions.fake_ctx import FakeContext, recorded_cases

EXPECTED = recorded_cases("string.md")
# TOKENS needs analyzers and LENGTH is an array function: both are tested elsewhere
ELSEWHERE = {"aqlTokens_2", "aqlTokens_3", "aqlTokens_4", "aqlLengthString_1"}
NONDETERMINISTIC = {"aqlRandomToken"}

Call = Callable[[FakeContext], Any]


def f(name: str, *args: Any) -> Call:
    """One call; the recorded query returns its result."""
    return lambda ctx: [BUILTINS[name].fn(ctx, *args)]


def each(*calls: tuple[Any, ...]) -> Call:
    """Several calls whose results the recorded query returns as one array."""
    return lambda ctx: [[BUILTINS[name].fn(ctx, *args) for name, *args in calls]]


AVOCADO = "We ❤️ avocado!"
FOXX = "the quick brown foxx"
CASES: dict[str, Call] = {
    "aqlCharLength_1": f("CHAR_LENGTH", "foo"),
    "aqlCharLength_2": lambda ctx: [
        {
            "str": BUILTINS["JSON_STRINGIFY"].fn(ctx, {"foo": "bar"}),
            "len": BUILTINS["CHAR_LENGTH"].fn(ctx, {"foo": "bar"}),
        }
    ],
    "aqlConcatNumbers_1": f("CONCAT", 1, 2, 3),
    "aqlConcatPrimitiveTypes_1": f("CONCAT", None, False, 0, True, ""),
    "aqlConcatPrimitiveTypes_2": f("CONCAT", [None, False, 0, True, ""]),
    "aqlConcatCompoundTypes_2": f("CONCAT", [[5, 6], {"foo": "bar"}]),
    "aqlConcatSeparatorStrings_1": f("CONCAT_SEPARATOR", ", ", "foo", "bar", "baz"),
    "aqlConcatSeparatorNumbers_1": f("CONCAT_SEPARATOR", ", ", 1, 2, 3),
    "aqlConcatSeparatorNumbers_2": f("CONCAT_SEPARATOR", ", ", [1, 2, 3]),
    "aqlCrc32": f("CRC32", "foobar"),
    "aqlFindFirst_1": f("FIND_FIRST", "foobarbaz", "ba"),
    "aqlFindFirst_2": f("FIND_FIRST", "foobarbaz", "ba", 4),
    "aqlFindFirst_3": f("FIND_FIRST", "foobarbaz", "ba", 0, 3),
    "aqlFindLast_1": f("FIND_LAST", "foobarbaz", "ba"),
    "aqlFindLast_2": f("FIND_LAST", "foobarbaz", "ba", 7),
    "aqlFnv64": f("FNV64", "foobar"),
    "aqlIPv4FromNumber_2": f("IPV4_FROM_NUMBER", 134744072),
    "aqlIPv4FromNumber_5": f("IPV4_FROM_NUMBER", -23),
    "aqlIPv4ToNumber_2": f("IPV4_TO_NUMBER", "8.8.8.8"),
    "aqlIPv4ToNumber_3": f("IPV4_TO_NUMBER", "127.0.0.1"),
    "aqlIsIPv4_1": f("IS_IPV4", "127.0.0.1"),
    "aqlIsIPv4_2": f("IS_IPV4", "8.8.8.8"),
    "aqlIsIPv4_5": f("IS_IPV4", "12.34"),
    "aqlIsIPv4_6": f("IS_IPV4", 8888),
    "aqlJsonParse_1": f("JSON_PARSE", "123"),
    "aqlJsonParse_2": f("JSON_PARSE", "[ true, false, null, -0.5 ]"),
    "aqlJsonParse_3": f("JSON_PARSE", '{"a": 1}'),
    "aqlJsonParse_4": f("JSON_PARSE", '"abc"'),
    "aqlJsonStringify_1": f("JSON_STRINGIFY", True),
    "aqlJsonStringify_2": f("JSON_STRINGIFY", "abc"),
    "aqlLeft_2": f("LEFT", "foobar", 10),
    "aqlLevenshteinDistance_1": f("LEVENSHTEIN_DISTANCE", "foobar", "bar"),
    "aqlLevenshteinDistance_2": f("LEVENSHTEIN_DISTANCE", " ", ""),
    "aqlLikeString_2": each(
        ("LIKE", "foo bar baz", "bar"), ("LIKE", "foo bar baz", "%bar%"), ("LIKE", "bar", "%bar%")
    ),
    "aqlLikeString_3": each(
        ("LIKE", "FoO bAr BaZ", "fOo%bAz"), ("LIKE", "FoO bAr BaZ", "fOo%bAz", True)
    ),
    "aqlLtrim_2": f("LTRIM", "  foo bar  "),
    "aqlMd5": f("MD5", "foobar"),
    "aqlRegexMatches_1": f("REGEX_MATCHES", "My-us3r_n4m3", "^[a-z0-9_-]{3,16}$", True),
    "aqlRegexMatches_3": f(
        "REGEX_MATCHES",
        "john@doe.com",
        r"^([a-z0-9_\.-]+)@([\da-z-]+)\.([a-z\.]{2,6})$",
        False,
    ),
    "aqlRegexSplit_4": f("REGEX_SPLIT", "cA,Bc,A,BcA,BcA,Bc", "a,b", True, 3),
    "aqlRegexTest_3": f("REGEX_TEST", "the\nquick\nbrown\nfox", "^the(\n[a-w]+)+\nfox$"),
    "aqlRegexReplace_2": f("REGEX_REPLACE", "An Avocado", "a", "_"),
    "aqlRepeat_2": f("REPEAT", "foo", 3, " | "),
    "aqlRepeat_3": f("REPEAT", 5, 5),
    "aqlReverse_1": f("REVERSE", "foobar"),
    "aqlReverse_2": f("REVERSE", "电脑坏了"),
    "aqlRtrim_2": f("RTRIM", "  foo bar  "),
    "aqlRtrim_3": f("RTRIM", "--==[foo-bar]==--", "-=[]"),
    "aqlSha1": f("SHA1", "foobar"),
    "aqlSha512": f("SHA512", "foobar"),
    "aqlSplit_1": f("SPLIT", "foo-bar-baz", "-"),
    "aqlSplit_2": f("SPLIT", "foo-bar-baz", "-", 1),
    "aqlStartsWith_3": f("STARTS_WITH", "foobar", ["bar", "foo"]),
    "aqlSubstitute_3": f("SUBSTITUTE", FOXX, ["the", "foxx"], ["that", "dog"], 1),
    "aqlSubstitute_4": f("SUBSTITUTE", FOXX, ["the", "quick", "foxx"], ["A", "VOID!"]),
    "aqlSubstitute_5": f("SUBSTITUTE", FOXX, ["quick", "foxx"], "xx"),
    "aqlSubstitute_8": f("SUBSTITUTE", FOXX, {"quick": "small", "brown": "slow", "foxx": "ant"}, 2),
    "aqlSubstring_1": f("SUBSTRING", "Holy Guacamole!", 5),
    "aqlSubstring_2": f("SUBSTRING", "Holy Guacamole!", 10, 4),
    "aqlSubstringBytes_1": f("SUBSTRING_BYTES", AVOCADO, 10),
    "aqlSubstringBytes_2": f("SUBSTRING_BYTES", AVOCADO, 3, 3),
    "aqlSubstringBytes_3": f("SUBSTRING_BYTES", AVOCADO, -15, 6),
    "aqlSubstringBytes_5": f("SUBSTRING_BYTES", AVOCADO, 3, 3, 3, 5),
    "aqlToChar": each(("TO_CHAR", 216), ("TO_CHAR", 0x1F951)),
    "aqlTrim_1": f("TRIM", "foo bar"),
    "aqlTrim_2": f("TRIM", "  foo bar  "),
    "aqlTrim_3": f("TRIM", "--==[foo-bar]==--", "-=[]"),
    "aqlTrim_5": f("TRIM", ";foo;bar;baz, ", ",; "),
    "aqlUpper": f("UPPER", "AVOcado"),
}
# cases whose recorded result is null together with a warning
WARNS = {"aqlIPv4FromNumber_5"}


@pytest.mark.parametrize("name", sorted(CASES))
def test_recorded_string_case(name: str) -> None:
    if name not in EXPECTED:
        pytest.skip("conformance data not available")
    ctx = FakeContext()
    assert CASES[name](ctx) == EXPECTED[name]
    assert bool(ctx.warnings) == (name in WARNS)


def test_recorded_random_tokens_have_the_recorded_shape() -> None:
    if "aqlRandomToken" not in EXPECTED:
        pytest.skip("conformance data not available")
    ctx = FakeContext()
    tokens = [BUILTINS["RANDOM_TOKEN"].fn(ctx, 8) for _ in range(2)]
    for token, recorded in zip(tokens, EXPECTED["aqlRandomToken"][0], strict=True):
        assert len(token) == len(recorded) == 8
        assert re.fullmatch("[A-Za-z0-9]{8}", token)
    assert tokens[0] != tokens[1]


def test_every_recorded_string_case_is_replayed() -> None:
    if not EXPECTED:
        pytest.skip("conformance data not available")
    assert set(EXPECTED) - ELSEWHERE - NONDETERMINISTIC == set(CASES)
