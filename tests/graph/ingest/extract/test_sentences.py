"""split_sentences: sentence spans that survive abbreviations, numbers, tags and structure."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from graph.ingest.extract.sentences import split_sentences
from graph.ingest.parsers import parse_document

CORPUS = Path(__file__).resolve().parents[4] / "demo" / "corpus"


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Use a sweep gas, e.g. nitrogen. Then purge.",
            ["Use a sweep gas, e.g. nitrogen.", "Then purge."],
        ),
        ("Keep it dry, i.e. Dew point low. Done.", ["Keep it dry, i.e. Dew point low.", "Done."]),
        ("It runs at approx. 5 bar. It stops.", ["It runs at approx. 5 bar.", "It stops."]),
        ("Dosing ca. 3 ppm. Next.", ["Dosing ca. 3 ppm.", "Next."]),
        ("See Fig. 2 and No. 4 pump. Next.", ["See Fig. 2 and No. 4 pump.", "Next."]),
        ("Steam vs. Hot oil was compared. End.", ["Steam vs. Hot oil was compared.", "End."]),
    ],
)
def test_abbreviations_do_not_end_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It runs at 1.5 bar. It has 40 trays.", ["It runs at 1.5 bar.", "It has 40 trays."]),
        ("Gas enters R-101. It leaves hot.", ["Gas enters R-101.", "It leaves hot."]),
        ("The spare is P-201A. 12 trays follow.", ["The spare is P-201A.", "12 trays follow."]),
        ("Purity is 99.85 wt%. Water is 0.1 %.", ["Purity is 99.85 wt%.", "Water is 0.1 %."]),
        (
            "Is it hot? Yes! It is (see E-101.) Fine.",
            ["Is it hot?", "Yes!", "It is (see E-101.)", "Fine."],
        ),
    ],
)
def test_decimals_and_tags_at_sentence_end(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Feed\nThe feed enters R-101.", ["# Feed", "The feed enters R-101."]),
        ("1. PURPOSE\n\nThe unit converts gas.", ["1. PURPOSE", "The unit converts gas."]),
        ("2.3. Reactor\nR-101 is a tube reactor", ["2.3. Reactor", "R-101 is a tube reactor"]),
        ("Steps:\n- open V-101\n- start P-101", ["Steps:", "- open V-101", "- start P-101"]),
        (
            "| Item | Value |\n| T | 400 °C |\nAfter.",
            ["| Item | Value |", "| T | 400 °C |", "After."],
        ),
        (
            "OPERATING DATA\nR-801 inlet ..... 240 °C",
            ["OPERATING DATA", "R-801 inlet ..... 240 °C"],
        ),
        (
            "CO + 2 H2 <=> CH3OH\nCO2 + H2 <=> CO + H2O",
            ["CO + 2 H2 <=> CH3OH", "CO2 + H2 <=> CO + H2O"],
        ),
    ],
)
def test_headings_lists_and_table_lines_stand_alone(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The unit converts synthesis gas from the steam methane reformer H-301 into\nmethanol.",
        "The reformer heats the feed and the product leaves the unit at high\nTemperature.",
    ],
)
def test_wrapped_prose_lines_stay_one_sentence(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize("text", ["", "   \n\n\t  "])
def test_blank_text_has_no_sentences(text: str) -> None:
    assert split_sentences(text) == []


@pytest.mark.parametrize("name", ["ammonia_synthesis.md", "claus_sulfur_recovery.txt"])
def test_corpus_spans_are_ordered_trimmed_and_cover_every_word(name: str) -> None:
    text = parse_document((CORPUS / name).read_bytes(), name).text
    spans = split_sentences(text)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(spans))
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
    covered = sum(len(text[s:e].split()) for s, e in spans)
    assert covered == len(text.split()) and len(spans) > 40
