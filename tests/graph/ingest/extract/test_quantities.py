"""QuantityFinder: numbers with units, counts and ratios found in prose, normalised to SI."""

from __future__ import annotations

import math
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
import yaml

from graph.ingest.extract.quantities import QuantityFinder
from graph.ingest.extract.spans import QuantityKind, QuantityMention
from graph.ingest.extract.units import UNIT_FORMS, Dim, SIConverter, UnitDef

ROOT = Path(__file__).resolve().parents[4]
GOLDEN = ROOT / "tests" / "golden" / "extraction_sample.yaml"
CORPUS = sorted(
    p for p in (ROOT / "demo" / "corpus").iterdir() if p.suffix in {".md", ".txt", ".html"}
)
K = QuantityKind


@pytest.fixture(scope="module")
def finder() -> QuantityFinder:
    return QuantityFinder()


@pytest.fixture(scope="module")
def converter() -> SIConverter:
    return SIConverter()


@pytest.fixture(scope="module")
def golden() -> list[dict[str, Any]]:
    sentences: list[dict[str, Any]] = yaml.safe_load(GOLDEN.read_text())["sentences"]
    return sentences


def only(finder: QuantityFinder, text: str) -> QuantityMention:
    found = finder.find(text)
    assert len(found) == 1, found
    return found[0]


def test_labelled_sample_precision_and_recall(
    finder: QuantityFinder, golden: list[dict[str, Any]]
) -> None:
    hits = found = labelled = 0
    for sentence in golden:
        gold = {(q["start"], q["end"], q["kind"]) for q in sentence["quantities"]}
        got = {(q.start, q.end, q.kind.value) for q in finder.find(sentence["sentence"])}
        hits, found, labelled = hits + len(gold & got), found + len(got), labelled + len(gold)
    precision, recall = hits / found, hits / labelled
    assert len(golden) == 30 and labelled > 0
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)


def test_labelled_sample_values(finder: QuantityFinder, golden: list[dict[str, Any]]) -> None:
    for sentence in golden:
        found = {(q.start, q.end): q for q in finder.find(sentence["sentence"])}
        for label in sentence["quantities"]:
            q = found.get((label["start"], label["end"]))
            if q is None:
                continue
            expected = label["value"]
            if isinstance(expected, list):
                assert [q.low, q.high] == pytest.approx(expected), label
            else:  # the sample gives residence times in seconds
                got = q.value_si if label["kind"] == "residence_time" else q.value
                assert got == pytest.approx(expected), label


@pytest.mark.parametrize(
    ("text", "kind", "value_si", "unit_si"),
    [
        ("450 °C", K.TEMPERATURE, 723.15, "kelvin"),
        ("450°C", K.TEMPERATURE, 723.15, "kelvin"),
        ("723 K", K.TEMPERATURE, 723.0, "kelvin"),
        ("\u221240 °C", K.TEMPERATURE, 233.15, "kelvin"),
        ("212 °F", K.TEMPERATURE, 373.15, "kelvin"),
        ("200 bar", K.PRESSURE, 2e7, "pascal"),
        ("200 barg", K.PRESSURE, 2e7 + 101325, "pascal"),
        ("3 bar(g)", K.PRESSURE, 3e5 + 101325, "pascal"),
        ("30 psig", K.PRESSURE, 30 * 6894.757293 + 101325, "pascal"),
        ("1.5 MPa", K.PRESSURE, 1.5e6, "pascal"),
        ("15 atm", K.PRESSURE, 15 * 101325, "pascal"),
        ("50 mbar", K.PRESSURE, 5000.0, "pascal"),
        ("101.3 kPa", K.PRESSURE, 101300.0, "pascal"),
        ("12,500 kg/h", K.FLOW, 12500 / 3600, "kilogram / second"),
        ("12 500 kg/h", K.FLOW, 12500 / 3600, "kilogram / second"),
        ("1.2 \u00d7 10^3 kg/h", K.FLOW, 1200 / 3600, "kilogram / second"),
        ("3.2 t/h", K.FLOW, 3200 / 3600, "kilogram / second"),
        ("150 m3/h", K.FLOW, 150 / 3600, "meter ** 3 / second"),
        ("150 m³/h", K.FLOW, 150 / 3600, "meter ** 3 / second"),
        ("120 kmol/h", K.FLOW, 120_000 / 3600, "mole / second"),
        ("22,414 Nm3/h", K.FLOW, 1_000_000 / 3600, "mole / second"),
        ("4 kA/m²", K.CURRENT_DENSITY, 4000.0, "ampere / meter ** 2"),
        ("3.1 V", K.VOLTAGE, 3.1, "volt"),
        ("25 MW", K.POWER, 2.5e7, "watt"),
        ("350 kW", K.POWER, 3.5e5, "watt"),
        ("0.5 seconds", K.DURATION, 0.5, "second"),
        ("10 ppmv", K.CONCENTRATION, 1e-5, ""),
        ("98 wt%", K.CONCENTRATION, 0.98, ""),
        ("3 vol %", K.CONCENTRATION, 0.03, ""),
    ],
)
def test_values_are_normalised_to_si(
    finder: QuantityFinder, text: str, kind: QuantityKind, value_si: float, unit_si: str
) -> None:
    q = only(finder, f"The stream is at {text} here.")
    assert (q.text, q.kind, q.unit_si) == (text, kind, unit_si)
    assert q.value_si == pytest.approx(value_si, rel=1e-4)


@pytest.mark.parametrize(
    "text", ["between 400 and 500 °C", "400\u2013500 °C", "400-500 °C", "400 to 500 °C"]
)
def test_ranges_cover_the_whole_text_and_convert_both_ends(
    finder: QuantityFinder, text: str
) -> None:
    q = only(finder, f"The bed runs {text} in normal operation.")
    assert q.text == text and q.kind is K.TEMPERATURE
    assert (q.low, q.high, q.value) == (400.0, 500.0, 450.0)
    assert q.value_si == pytest.approx(723.15)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("operates at about 200 bar", "200 bar"),
        ("operates at approximately 200 bar", "200 bar"),
        ("operates at ~200 bar", "200 bar"),
        ("sinters above about 300 °C", "above about 300 °C"),
        ("is cleaned to below 0.1 ppm", "below 0.1 ppm"),
        ("must contain less than 10 ppm", "less than 10 ppm"),
        ("is explosive between about 15 and 28 vol%", "between about 15 and 28 vol%"),
    ],
)
def test_approximations_stay_outside_and_bounds_inside_the_span(
    finder: QuantityFinder, text: str, span: str
) -> None:
    q = only(finder, text)
    assert q.text == span and text[q.start : q.end] == span


@pytest.mark.parametrize(
    ("text", "kind", "value_si"),
    [
        ("a per-pass conversion of 25 %", K.CONVERSION, 0.25),
        ("the ethane conversion is about 65 %", K.CONVERSION, 0.65),
        ("a 99.5% selectivity to methanol", K.SELECTIVITY, 0.995),
        ("a yield of 92% on the gauze", K.YIELD, 0.92),
        ("a molar selectivity of 90 mol%", K.SELECTIVITY, 0.9),
        ("acid with a purity of 98 %", K.CONCENTRATION, 0.98),
        ("circulating 98.5 wt% sulfuric acid", K.CONCENTRATION, 0.985),
        ("About 65 % of the gas is recycled", K.OTHER, 0.65),
    ],
)
def test_percentages_take_their_kind_from_nearby_words(
    finder: QuantityFinder, text: str, kind: QuantityKind, value_si: float
) -> None:
    q = only(finder, text)
    assert q.kind is kind and q.unit_si == ""
    assert q.value_si == pytest.approx(value_si)


@pytest.mark.parametrize(
    ("text", "kinds", "seconds"),
    [
        ("a residence time of 2 s", [K.RESIDENCE_TIME], [2.0]),
        ("a contact time of about one millisecond", [K.RESIDENCE_TIME], [0.001]),
        ("a liquid residence time of about 40 minutes", [K.RESIDENCE_TIME], [2400.0]),
        ("the batch takes 3 h", [K.DURATION], [10800.0]),
        ("a residence time of 2 s while a cycle takes 3 h", [K.RESIDENCE_TIME, K.DURATION],
         [2.0, 10800.0]),
    ],
)  # fmt: skip
def test_times_are_residence_times_only_near_the_words(
    finder: QuantityFinder, text: str, kinds: list[QuantityKind], seconds: list[float]
) -> None:
    found = finder.find(text)
    assert [q.kind for q in found] == kinds
    assert [q.value_si for q in found] == pytest.approx(seconds)
    assert all(q.unit_si == "second" for q in found)


@pytest.mark.parametrize(
    ("text", "span", "kind", "value"),
    [
        ("a column with 40 sieve trays", "40 sieve trays", K.NUMBER_OF_TRAYS, 40.0),
        ("designed for 32 theoretical stages", "32 theoretical stages", K.NUMBER_OF_TRAYS, 32.0),
        ("a converter with four catalyst beds", "four catalyst beds", K.NUMBER_OF_BEDS, 4.0),
        ("a radial converter with 3 beds", "3 beds", K.NUMBER_OF_BEDS, 3.0),
        ("a four-bed converter", "four-bed", K.NUMBER_OF_BEDS, 4.0),
        ("a reflux ratio of 1.8", "1.8", K.REFLUX_RATIO, 1.8),
        ("a steam-to-carbon ratio of 3.0", "3.0", K.RATIO, 3.0),
        ("an H2/N2 ratio of 3:1", "3:1", K.RATIO, 3.0),
        ("a steam-to-hydrocarbon ratio of 0.3 kg/kg", "0.3 kg/kg", K.RATIO, 0.3),
    ],
)
def test_counts_and_ratios_are_dimensionless(
    finder: QuantityFinder, text: str, span: str, kind: QuantityKind, value: float
) -> None:
    q = only(finder, text)
    assert (q.text, q.kind, q.value, q.value_si, q.unit_si) == (span, kind, value, value, "")


@pytest.mark.parametrize(
    "text",
    [
        "The converter R-101 feeds E-201A and the column T-301.",
        "Stream S-12 leaves V-101 and enters K-202.",
        "The plant was built in 2019 and extended in the 1990s.",
        "See Section 3.2 and Table 4 for details.",
        "Ammonia (CAS 7664-41-7) and urea (CAS 57-13-6).",
        "The products are H2O, N2 and CO2; 2 H2S + SO2 gives 3 S + 2 H2O.",
        "The gas is a 3:1 mixture.",
        "A molecule with 3 C atoms.",
        "Two compression stages and a 3-stage compressor.",
        "The ratio in Table 3 is given.",
        "Node 1: loop circulation. Recommendation 2: add a trip.",
    ],
)
def test_tags_identifiers_formulas_and_years_are_not_quantities(
    finder: QuantityFinder, text: str
) -> None:
    assert finder.find(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [("The outlet temperature is 450 C in summer.", True), ("Pump C-101 and 450 C.", False)],
)
def test_a_bare_c_is_celsius_only_near_a_temperature_word(
    finder: QuantityFinder, text: str, found: bool
) -> None:
    kinds = [q.kind for q in finder.find(text)]
    assert kinds == ([K.TEMPERATURE] if found else [])


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_spans_match_the_text_and_do_not_overlap(finder: QuantityFinder, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = finder.find(text)
    assert found, path.name
    assert all(text[q.start : q.end] == q.text for q in found)
    assert all(a.end <= b.start for a, b in pairwise(found))


@pytest.mark.parametrize("unit", sorted(set(UNIT_FORMS.values()), key=str), ids=lambda u: u.pint)
def test_every_table_unit_converts_with_pint(unit: UnitDef, converter: SIConverter) -> None:
    factor, offset, unit_si = converter.conversion(unit)
    assert math.isfinite(factor) and factor > 0 and math.isfinite(offset)
    dimensionless = unit.dim in {Dim.PERCENT, Dim.COMPOSITION, Dim.TRACE, Dim.RATIO}
    assert unit_si == ("" if dimensionless else unit.dim.value)
    assert converter.conversion(unit) is converter.conversion(unit)
