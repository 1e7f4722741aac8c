"""Hashes, encodings, JSON, IPv4 and similarity measures on strings."""

from __future__ import annotations

import re
from typing import Any

import pytest

from arangolite import errno
from arangolite.errors import AqlError
from tests.arangolite.aql.functions.fake_ctx import call

MISMATCH = errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("MD5", None, "d41d8cd98f00b204e9800998ecf8427e"),
        ("MD5", [1, 2], "f79408e5ca998cd53faf44af31e6eb45"),
        ("MD5", {"a": 1, "b": 2}, "608de49a4600dbb5b173492759792e4a"),
        ("SHA1", "With\r\nLinebreaks\n", "a90b947dd16a53e717451d3c536d445ece647c52"),
        ("SHA256", "foobar", "c3ab8ff13720e8ad9047dd39466b3c8974e592c2fa383d4a3960714caef0c4f2"),
        ("CRC32", "", "0"),
        ("CRC32", " ", "72C0DD8F"),
        ("CRC32", "This is a test string", "89614B3B"),
        ("FNV64", None, "CBF29CE484222325"),
        ("FNV64", "This is a test string", "D94D32CC2E5C3409"),
        ("TO_BASE64", -13, "LTEz"),
        ("TO_BASE64", True, "dHJ1ZQ=="),
        ("TO_HEX", "ü", "c3bc"),
        ("TO_HEX", False, "66616c7365"),
        ("ENCODE_URI_COMPONENT", "?x=шеллы", "%3Fx%3D%D1%88%D0%B5%D0%BB%D0%BB%D1%8B"),
        ("ENCODE_URI_COMPONENT", "-_.!~*'() /", "-_.!~*'()%20%2F"),
    ],
)
def test_hashes_and_encodings(name: str, value: Any, expected: str) -> None:
    assert call(name, value) == (expected, [])


def test_uuid_is_a_version_4_uuid() -> None:
    first, _ = call("UUID")
    second, _ = call("UUID")
    assert re.fullmatch(
        r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", first
    )
    assert first != second


@pytest.mark.parametrize(("length", "size"), [(0, 0), (1, 1), (1000, 1000), ("10", 10)])
def test_random_token_length(length: Any, size: int) -> None:
    token, codes = call("RANDOM_TOKEN", length)
    assert len(token) == size
    assert re.fullmatch("[A-Za-z0-9]*", token) and codes == []


@pytest.mark.parametrize("length", [-1, 65537])
def test_random_token_out_of_range_fails_the_query(length: int) -> None:
    with pytest.raises(AqlError) as failure:
        call("RANDOM_TOKEN", length)
    assert failure.value.errno == MISMATCH


@pytest.mark.parametrize(
    ("text", "expected", "codes"),
    [
        ('"null"', "null", []),
        ("10001434.2", 10001434.2, []),
        ('{ "A": 2, "a": 1 }', {"A": 2, "a": 1}, []),
        ("99999999999999999999999", 1e23, []),
        ("abc", None, [MISMATCH]),
        ("{a:1}", None, [MISMATCH]),
        ("NaN", None, [MISMATCH]),
        ("", None, [MISMATCH]),
        (1234, None, [MISMATCH]),
        (None, None, [MISMATCH]),
    ],
)
def test_json_parse(text: Any, expected: Any, codes: list[int]) -> None:
    assert call("JSON_PARSE", text) == (expected, codes)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, "null"),
        (-19.3, "-19.3"),
        (0.0, "0"),
        ([[1, 2]], "[[1,2]]"),
        ({"a": None}, '{"a":null}'),
    ],
)
def test_json_stringify(value: Any, expected: str) -> None:
    assert call("JSON_STRINGIFY", value) == (expected, [])


@pytest.mark.parametrize(
    ("name", "value", "expected", "codes"),
    [
        ("IPV4_FROM_NUMBER", 0, "0.0.0.0", []),
        ("IPV4_FROM_NUMBER", 4294967295, "255.255.255.255", []),
        ("IPV4_FROM_NUMBER", 4294967296, None, [MISMATCH]),
        ("IPV4_FROM_NUMBER", "1", None, [MISMATCH]),
        ("IPV4_TO_NUMBER", "192.168.0.1", 3232235521, []),
        ("IPV4_TO_NUMBER", "milk", None, [MISMATCH]),
        ("IPV4_TO_NUMBER", "01.2.3.4", None, [MISMATCH]),
        ("IPV4_TO_NUMBER", 1, None, [MISMATCH]),
        ("IS_IPV4", "255.255.255.255", True, []),
        ("IS_IPV4", "256.1.1.1", False, []),
        ("IS_IPV4", "008.008.008.008", False, []),
        ("IS_IPV4", "12345.2.3.4", False, []),
    ],
)
def test_ipv4(name: str, value: Any, expected: Any, codes: list[int]) -> None:
    assert call(name, value) == (expected, codes)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (None, None, 0),
        (True, False, 4),
        ("or", "The quick brown fox jumps over the lazy dog", 41),
        ("der mötör trötet", "dertrötet", 7),
        ("Öööööö", "öö", 4),
    ],
)
def test_levenshtein_distance(first: Any, second: Any, expected: int) -> None:
    assert call("LEVENSHTEIN_DISTANCE", first, second) == (expected, [])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("a", "A000"),
        ("tIxT", "T230"),
        ("SOUNTEKS", "S532"),
        ("mötör", "M360"),
        ("      foobar      ", "F160"),
        ("\n", ""),
        (True, "T600"),
        (None, ""),
    ],
)
def test_soundex(value: Any, expected: str) -> None:
    assert call("SOUNDEX", value) == (expected, [])


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("NGRAM_SIMILARITY", ("quick fox", "quick foxx", 2), 0.8888888955116272),
        ("NGRAM_SIMILARITY", ("quick fox", "quirky fox", 3), 0.375),
        ("NGRAM_SIMILARITY", ("ab", "ab", 3), 1.0),
        ("NGRAM_SIMILARITY", ("ab", "abc", 3), 0.0),
        ("NGRAM_POSITIONAL_SIMILARITY", ("quick fox", "quirky fox", 2), 0.7222222089767456),
        ("NGRAM_POSITIONAL_SIMILARITY", ("", "", 2), 1.0),
        ("NGRAM_POSITIONAL_SIMILARITY", ("a", "ab", 3), 0.5),
    ],
)
def test_ngram_similarity(name: str, args: tuple[Any, ...], expected: float) -> None:
    assert call(name, *args) == (expected, [])


@pytest.mark.parametrize(
    ("args", "code"),
    [(("a", 1, 2), MISMATCH), (("a", "b", "2"), MISMATCH), (("a", "b", 0), errno.BAD_PARAMETER)],
)
def test_ngram_similarity_rejects_bad_arguments(args: tuple[Any, ...], code: int) -> None:
    assert call("NGRAM_SIMILARITY", *args) == (None, [code])
    assert call("NGRAM_POSITIONAL_SIMILARITY", *args) == (None, [code])
