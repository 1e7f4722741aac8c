from __future__ import annotations

from typing import Any

import pytest

from arangolite.search import analyzer_config as config


def terms(kind: str, props: dict[str, Any], text: str) -> list[str]:
    normalized = config.normalize(kind, props)
    assert normalized is not None
    return config.build(kind, normalized).terms(text)


TEXT_EN = {"locale": "en"}


@pytest.mark.parametrize(
    ("props", "text", "expected"),
    [
        (TEXT_EN, "Crazy fast NoSQL-database!", ["crazi", "fast", "nosql", "databas"]),
        (
            {**TEXT_EN, "stemming": False},
            "Crazy fast NoSQL-database!",
            ["crazy", "fast", "nosql", "database"],
        ),
        (
            {**TEXT_EN, "stopwords": ["a", "example"]},
            "UPPER & lower, a Stemming Example.",
            ["upper", "lower", "stem"],
        ),
        ({**TEXT_EN, "case": "none", "stemming": False}, "Quick Fox", ["Quick", "Fox"]),
        ({**TEXT_EN, "accent": True, "stemming": False}, "dïäcríticš", ["dïäcríticš"]),
        (
            {"locale": "de"},
            "Lörem ipsüm, DOLOR SIT Ämet.",
            ["lor", "ipsum", "dolor", "sit", "amet"],
        ),
    ],
)
def test_text_analyzer(props: dict[str, Any], text: str, expected: list[str]) -> None:
    assert terms("text", props, text) == expected


def test_text_edge_ngrams_keep_long_originals() -> None:
    props = {**TEXT_EN, "stemming": False, "stopwords": ["the"]}
    props["edgeNgram"] = {"min": 3, "max": 5, "preserveOriginal": True}
    assert terms("text", props, "The quick ox jumpsover") == [
        "qui",
        "quic",
        "quick",
        "ox",
        "jum",
        "jump",
        "jumps",
        "jumpsover",
    ]


@pytest.mark.parametrize(
    ("delimiter", "text", "expected"),
    [
        (",", 'foo,bar,baz,"bar,baz"', ["foo", "bar", "baz", "bar,baz"]),
        ("-> ", "some-> hand-picked-> words", ["some", "hand-picked", "words"]),
        (",", "a,,b,", ["a", "", "b", ""]),
        (",", '"say ""hi""",x', ['say "hi"', "x"]),
    ],
)
def test_delimiter_analyzer_quotes_like_csv(delimiter: str, text: str, expected: list[str]) -> None:
    assert terms("delimiter", {"delimiter": delimiter}, text) == expected


def test_multi_delimiter_drops_empty_pieces() -> None:
    props = {"delimiters": [",", ";", "||"]}
    text = "differently,delimited;words||one|token,,"
    assert terms("multi_delimiter", props, text) == [
        "differently",
        "delimited",
        "words",
        "one|token",
    ]


@pytest.mark.parametrize(
    ("props", "expected"),
    [
        (
            {"min": 4, "max": 5, "preserveOriginal": True},
            ["foob", "fooba", "foobar", "ooba", "oobar", "obar"],
        ),
        ({"min": 3, "max": 3, "preserveOriginal": False}, ["foo", "oob", "oba", "bar"]),
        (
            {"min": 2, "max": 2, "preserveOriginal": True, "startMarker": "^", "endMarker": "$"},
            ["^fo", "^foobar", "foobar$", "oo", "ob", "ba", "ar$"],
        ),
    ],
)
def test_ngram_analyzer(props: dict[str, Any], expected: list[str]) -> None:
    assert terms("ngram", props, "foobar") == expected


@pytest.mark.parametrize(
    ("kind", "props", "text", "expected"),
    [
        ("identity", {}, "UPPER lower", ["UPPER lower"]),
        ("norm", {"locale": "en", "case": "upper"}, "UPPER lower dïä", ["UPPER LOWER DÏÄ"]),
        (
            "norm",
            {"locale": "en", "accent": False, "case": "lower"},
            "UPPER dïäcríticš",
            ["upper diacritics"],
        ),
        ("stem", {"locale": "en"}, "databases", ["databas"]),
        ("stopwords", {"stopwords": ["616e64", "746865"], "hex": True}, "and", []),
        ("stopwords", {"stopwords": ["and"]}, "theater", ["theater"]),
        (
            "segmentation",
            {"break": "graphic"},
            "An_EMAIL-x@y.org",
            ["an_email", "-", "x", "@", "y.org"],
        ),
        ("segmentation", {"case": "upper"}, "to 蝴蝶", ["TO", "蝴", "蝶"]),
    ],
)
def test_simple_analyzers(kind: str, props: dict[str, Any], text: str, expected: list[str]) -> None:
    assert terms(kind, props, text) == expected


def test_pipeline_keeps_equipment_tags_and_cas_numbers_whole() -> None:
    props = {
        "pipeline": [
            {"type": "norm", "properties": {"locale": "en", "case": "lower"}},
            {"type": "multi_delimiter", "properties": {"delimiters": [" ", ",", "(", ")", ". "]}},
        ]
    }
    text = "Reactor R-101 (H2SO4, CAS 7664-93-9). Pump P-201"
    assert terms("pipeline", props, text) == [
        "reactor",
        "r-101",
        "h2so4",
        "cas",
        "7664-93-9",
        "pump",
        "p-201",
    ]


def test_pipeline_positions_add_up() -> None:
    props = {
        "pipeline": [
            {"type": "delimiter", "properties": {"delimiter": ","}},
            {"type": "ngram", "properties": {"min": 2, "max": 2, "preserveOriginal": False}},
        ]
    }
    built = config.build("pipeline", config.normalize("pipeline", props) or {})
    assert built.analyze("abc,de") == [("ab", 0), ("bc", 1), ("de", 1)]


@pytest.mark.parametrize(
    ("kind", "props"),
    [
        ("delimiter", {}),
        ("text", {}),
        ("text", {"locale": "en", "case": "title"}),
        ("text", {"locale": "en", "stopwords": "the"}),
        ("text", {"locale": "en", "edgeNgram": {"min": 5, "max": 2}}),
        ("norm", {"locale": 5}),
        ("ngram", {"min": 2, "max": 3}),
        ("ngram", {"min": 3, "max": 2, "preserveOriginal": False}),
        ("ngram", {"min": 2, "max": 3, "preserveOriginal": False, "streamType": "utf16"}),
        ("stopwords", {"stopwords": ["zz"], "hex": True}),
        ("segmentation", {"break": "words"}),
        ("pipeline", {"pipeline": []}),
        ("pipeline", {"pipeline": [{"type": "wildcard", "properties": {}}]}),
    ],
)
def test_invalid_properties_are_rejected(kind: str, props: dict[str, Any]) -> None:
    assert config.normalize(kind, props) is None


def test_normalized_properties_report_defaults() -> None:
    assert config.normalize("text", {"locale": "en_US.UTF-8"}) == {
        "locale": "en_US",
        "case": "lower",
        "stopwords": [],
        "accent": False,
        "stemming": True,
    }
    assert config.normalize("norm", {"locale": "de"}) == {
        "locale": "de",
        "case": "none",
        "accent": True,
    }


@pytest.mark.parametrize(
    ("features", "expected"),
    [
        (["norm", "frequency", "position"], ["frequency", "position", "norm"]),
        ([], []),
        (["position"], "missing feature 'frequency' required when 'position' feature is specified"),
        (
            ["offset", "frequency"],
            "missing feature 'position' required when 'offset' feature is specified",
        ),
        (["bogus"], "unknown value in 'features'"),
    ],
)
def test_features_are_ordered_and_validated(features: list[str], expected: Any) -> None:
    assert config.normalize_features(features) == expected
