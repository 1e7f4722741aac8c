from __future__ import annotations

import pytest

from arangolite.search.text_segment import graphic_segments, remove_accents, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crazy fast NoSQL-database!", ["Crazy", "fast", "NoSQL", "database"]),
        ("Reactor R-101 runs", ["Reactor", "R", "101", "runs"]),
        ("H2SO4 at 3.14 bar", ["H2SO4", "at", "3.14", "bar"]),
        ("CAS 7664-93-9", ["CAS", "7664", "93", "9"]),
        ("1,000.5 tons.", ["1,000.5", "tons"]),
        ("don't e.g. U.S.A", ["don't", "e.g", "U.S.A"]),
        ("foo_bar __ x", ["foo_bar", "x"]),
        ("a:b a:1 'quoted'", ["a:b", "a", "1", "quoted"]),
        ("Lörem ipsüm, DOLOR", ["Lörem", "ipsüm", "DOLOR"]),
        ("蝴蝶 бутерброд", ["蝴", "蝶", "бутерброд"]),
        ("", []),
    ],
)
def test_words_follow_unicode_word_boundaries(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_graphic_segments_keep_punctuation_but_not_spaces() -> None:
    assert graphic_segments("a-b\tc@d.org") == ["a", "-", "b", "c", "@", "d.org"]


@pytest.mark.parametrize(
    ("text", "expected"), [("dïäcríticš", "diacritics"), ("Ämet", "Amet"), ("plain", "plain")]
)
def test_remove_accents(text: str, expected: str) -> None:
    assert remove_accents(text) == expected
