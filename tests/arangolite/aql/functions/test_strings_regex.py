"""LIKE, SPLIT and the REGEX_* functions, with ICU's regular expression syntax."""

from __future__ import annotations

from typing import Any

import pytest

from arangolite import errno
from arangolite.aql.functions.string_icu import translate
from tests.arangolite.aql.functions.fake_ctx import call

INVALID_REGEX = errno.QUERY_INVALID_REGEX
LINES = "This is a line.\n This is yet another line\r\n This again is a line.\r Mac line "


@pytest.mark.parametrize(
    ("text", "pattern", "expected"),
    [
        ("%", "\\%", True),
        ("a%c", "a\\\\%", False),
        ("_", "\\_%", True),
        ("abcde", "\\_bcd%", False),
        ("\\abc", "\\\\%", True),
        ("\\abc", "\\a%", True),
        ("[ ] ( ) % * . + -", "[ ] ( ) \\% * . + -", True),
        ("abc^def$g", "%^%$g", True),
        ("der*hund", "*", False),
        ("the quick\nbrown", "the%brown", True),
        ("line\u2028break", "line_break", False),  # ICU's "." excludes U+2028
    ],
)
def test_like(text: str, pattern: str, expected: bool) -> None:
    assert call("LIKE", text, pattern) == (expected, [])


@pytest.mark.parametrize(
    ("text", "pattern", "expected"),
    [("MÖterTräNenMÜtterSöhne", "mötertränenmüttersöhne", True), ("Möter", "m_ter", True)],
)
def test_like_case_insensitive(text: str, pattern: str, expected: bool) -> None:
    assert call("LIKE", text, pattern, True) == (expected, [])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("", "\n"), [""]),
        (("", ""), []),
        (("", [""]), []),
        (("this\nis\na\ntest", ["e", "i"]), ["th", "s\n", "s\na\nt", "st"]),
        (("the quick()brown foxx", "()"), ["the quick", "brown foxx"]),
        (("the quick brown foxx", ["", "ab"]), list("the quick brown foxx")),
        (("the quick7brown", "\\d"), ["the quick7brown"]),
        (("this\nis\na\ntest", "\n", 3), ["this", "is", "a"]),
        (("this is a test", "", 5), ["t", "h", "i", "s", " "]),
        (("foobar", "", 0), []),
        (("the foxx",), ["the foxx"]),
        (("abcdefghijklmnopqrstuvwxyz", ""), list("abcdefghijklmnopqrstuvwxyz")),
        (("a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s", ","), list("abcdefghijklmnopqrs")),
    ],
)
def test_split(args: tuple[Any, ...], expected: list[str]) -> None:
    assert call("SPLIT", *args) == (expected, [])


@pytest.mark.parametrize(
    ("args", "codes"),
    [
        (("foobar", "", -1), []),
        (("foobar", "", "1"), [errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH]),
        (("foobar", {}), [errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH]),
    ],
)
def test_split_gives_null(args: tuple[Any, ...], codes: list[int]) -> None:
    assert call("SPLIT", *args) == (None, codes)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("hypertext language, programming", "[\\s, ]+"), ["hypertext", "language", "programming"]),
        (("this|is|a|text", "[|]", False, 2), ["this", "is"]),
        (("Capture the article", "(the)"), ["Capture ", "the", " article"]),
        (
            (LINES, ".?(\n|\r|\r\n)", True, 5),
            ["This is a line", "\n", " This is yet another lin", "\r", ""],
        ),
        (("abc", ""), ["a", "b", "c"]),
        (("x", "(a)|x"), ["", "", ""]),
    ],
)
def test_regex_split(args: tuple[Any, ...], expected: list[str]) -> None:
    assert call("REGEX_SPLIT", *args) == (expected, [])


@pytest.mark.parametrize(
    ("text", "pattern", "expected"),
    [
        ("", "^$", True),
        ("", "^.+$", False),
        ("the quick brown fox", "quicK", False),
        ("the quick brown fox", "^the (quick|slow) (red|green|brown) (dog|cat|fox)$", True),
        ("the quick\nbrown\nfox", "the.*fox", False),
        ("the quick\nbrown\nfox", "^the(.|\n)*fox$", True),
        ("the quick\r\nbrown\nfox", "quick.brown", False),
        ("the quick\r\nbrown\nfox", "quick\\r\\nbrown", True),
        ("foo\u0085bar", "foo.bar", False),
        ("tab\there", "tab\\x{9}here", True),
        ("a.b", "\\Qa.b\\E", True),
        ("axb", "\\Qa.b\\E", False),
        ("abab", "(?<x>ab)\\k<x>", True),
        ("\x0b", "\\s", False),  # ICU's \s does not include the vertical tab
    ],
)
def test_regex_test(text: str, pattern: str, expected: bool) -> None:
    assert call("REGEX_TEST", text, pattern) == (expected, [])


@pytest.mark.parametrize("pattern", ["[", "[^", "a.(", "(a", "(a]", "**", "?", "*", "\\p{L}"])
def test_invalid_regex_gives_null_and_a_warning(pattern: str) -> None:
    assert call("REGEX_TEST", "test", pattern) == (None, [INVALID_REGEX])
    assert call("REGEX_MATCHES", "test", pattern) == (None, [INVALID_REGEX])
    assert call("REGEX_SPLIT", "test", pattern) == (None, [INVALID_REGEX])
    assert call("REGEX_REPLACE", "test", pattern, "x") == (None, [INVALID_REGEX])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("#a3c113", "^#?([a-f0-9]{6}|[a-f0-9]{3})$", True), ["#a3c113", "a3c113"]),
        (("my-Us3r_N4m3", "^[a-z0-9_-]{3,16}$", False), None),
        (("ab", "(x)?(a)(b)"), ["ab", "", "a", "b"]),
    ],
)
def test_regex_matches(args: tuple[Any, ...], expected: Any) -> None:
    assert call("REGEX_MATCHES", *args) == (expected, [])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("the quick brown fox", "", "x"), "xtxhxex xqxuxixcxkx xbxrxoxwxnx xfxoxxx"),
        (("the quick brown fox", "^the quick brown fo", "fa"), "fax"),
        (("An Avocado", "a", "_", True), "_n _voc_do"),
        (("John Smith", "(\\w+) (\\w+)", "$2, $1"), "Smith, John"),
        (("John Smith", "(?<first>\\w+) (\\w+)", "${first}!"), "John!"),
        (("cost", "cost", "\\$5"), "$5"),
        (("abc", "x", "$9"), "abc"),
    ],
)
def test_regex_replace(args: tuple[Any, ...], expected: str) -> None:
    assert call("REGEX_REPLACE", *args) == (expected, [])


@pytest.mark.parametrize("replacement", ["$9", "$", "${nope}"])
def test_regex_replace_with_a_bad_group_reference(replacement: str) -> None:
    assert call("REGEX_REPLACE", "abc", "(b)", replacement) == (None, [INVALID_REGEX])


@pytest.mark.parametrize(
    ("icu", "python"),
    [
        ("\\x{1F951}", "\\U0001f951"),
        ("(?<name>a)", "(?P<name>a)"),
        ("(?<=a)b", "(?<=a)b"),
        ("[.]", "[.]"),
        ("\\z", "\\Z"),
    ],
)
def test_translate_icu_syntax(icu: str, python: str) -> None:
    assert translate(icu) == python
