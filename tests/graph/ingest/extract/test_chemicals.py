"""Chemicals found in text and resolved to CAS numbers with the `chemicals` identifier table."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest
import yaml

from graph.errors import ConfigurationError
from graph.ingest.extract import chemical_table
from graph.ingest.extract.chemicals import ChemicalLexicon
from graph.ingest.extract.spans import EntityMention
from graph.ontology import EntityType

GOLDEN = Path(__file__).parents[3] / "golden" / "extraction_sample.yaml"


@pytest.fixture(scope="module")
def lexicon() -> ChemicalLexicon:
    return ChemicalLexicon()


def only(mentions: list[EntityMention]) -> EntityMention:
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("written", "cas"),
    [
        ("ammonia", "7664-41-7"),
        ("Ammonia", "7664-41-7"),
        ("methanol", "67-56-1"),
        ("sulfuric acid", "7664-93-9"),
        ("sulphuric acid", "7664-93-9"),
        ("Sulphuric Acid", "7664-93-9"),
        ("carbon monoxide", "630-08-0"),
        ("hydrogen", "1333-74-0"),
        ("nitrogen", "7727-37-9"),
        ("hydrogen sulfide", "7783-06-4"),
        ("vanadium pentoxide", "1314-62-1"),
        ("sodium hydroxide", "1310-73-2"),
        ("aluminium oxide", "1344-28-1"),
        ("K2O", "12136-45-7"),
        ("Al2O3", "1344-28-1"),
        ("CaO", "1305-78-8"),
        ("CO", "630-08-0"),
        ("NH3", "7664-41-7"),
        ("NH₃", "7664-41-7"),
        ("CO₂", "124-38-9"),
        ("H2SO4", "7664-93-9"),
        ("CH3OH", "67-56-1"),
        ("C2H5OH", "64-17-5"),
        ("7664-41-7", "7664-41-7"),
    ],
)
def test_a_name_formula_or_cas_number_in_a_sentence_is_found_with_its_cas(
    lexicon: ChemicalLexicon, written: str, cas: str
) -> None:
    text = f"The feed, mostly {written}, enters the reactor."
    mention = only(lexicon.find(text))
    assert (mention.text, mention.canonical_id, mention.type) == (written, cas, "chemical")
    assert text[mention.start : mention.end] == written
    record = lexicon.resolve(written)
    assert record is not None and record.cas == cas


@pytest.mark.parametrize(
    ("written", "name", "formula"),
    [("NH3", "ammonia", "H3N"), ("SO2", "sulfur dioxide", "O2S"), ("CO", "carbon monoxide", "CO")],
)
def test_a_mention_carries_a_common_name_and_the_tables_identifiers(
    lexicon: ChemicalLexicon, written: str, name: str, formula: str
) -> None:
    mention = only(lexicon.find(f"Some {written} is vented."))
    attributes = dict(mention.attributes)
    assert mention.name == name
    assert attributes["cas"] == mention.canonical_id and attributes["formula"] == formula
    assert len(attributes["inchikey"]) == 27


def test_mentions_are_sorted_non_overlapping_and_point_at_their_text(
    lexicon: ChemicalLexicon,
) -> None:
    text = "İn the caesium loop, sulphur dioxide (SO₂) and hydrogen sulfide\nreact to sulfur."
    mentions = lexicon.find(text)
    expected = ["caesium", "sulphur dioxide", "SO₂", "hydrogen sulfide", "sulfur"]
    assert [m.text for m in mentions] == expected
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert all(a.end <= b.start for a, b in pairwise(mentions))


@pytest.mark.parametrize("cas", ["7664-41-8", "630-08-1", "124-38-0"])
def test_a_cas_number_with_a_wrong_check_digit_is_not_a_chemical(
    lexicon: ChemicalLexicon, cas: str
) -> None:
    assert lexicon.find(f"The product (CAS {cas}) is stored in T-101.") == []
    assert lexicon.resolve(cas) is None


@pytest.mark.parametrize(
    "text",
    [
        "No, the valve is in the line.",
        "I think it is as good as it can be.",
        "As the pressure rises, He said to be careful. Be safe.",
        "In the reactor the steam and gas mix.",
        "NO FLOW in the line; IS IT OK? SO BE IT.",
        "The C2 splitter and the S8 unit; Fe, Ni, C, S, N and I alone.",
        "Quench the release; the control zone limits the dust and heat.",
        "The classic logic of this dimension: a detail of the marble.",
        "co, nh3 and h2so4 written in lower case are not formulas.",
        "Stream S-15 from T-705 enters the pipes.",
    ],
)
def test_english_words_symbols_and_tags_are_not_chemicals(
    lexicon: ChemicalLexicon, text: str
) -> None:
    assert lexicon.find(text) == []


@pytest.mark.parametrize(
    "name", ["steam", "gas", "natural gas", "polyethylene", "No", "In", "As", "co", "C2H6O"]
)
def test_words_mixtures_and_ambiguous_formulas_resolve_to_nothing(
    lexicon: ChemicalLexicon, name: str
) -> None:
    assert lexicon.resolve(name) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("sulfur dioxide leaves the furnace", ["sulfur dioxide"]),
        ("the carbon steel shell holds liquid ammonia", ["ammonia"]),
        ("a Cu/ZnO/Al2O3 catalyst", ["ZnO", "Al2O3"]),
        ("an iron catalyst promoted with CaO", ["iron", "CaO"]),
    ],
)
def test_the_longest_name_wins_and_qualifiers_stay_outside(
    lexicon: ChemicalLexicon, text: str, found: list[str]
) -> None:
    assert [mention.text for mention in lexicon.find(text)] == found


def test_the_table_is_read_on_first_use_and_a_missing_table_is_a_configuration_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(chemical_table, "folder", str(tmp_path))
    lexicon = ChemicalLexicon()  # reads nothing yet
    with pytest.raises(ConfigurationError):
        lexicon.find("ammonia")


@dataclass
class Scores:
    recall: float
    span_precision: float
    sentence_precision: float


@pytest.fixture(scope="module")
def scores(lexicon: ChemicalLexicon) -> Scores:
    """Scores over the labelled sample. Recall: labelled chemicals with a CAS number found
    with the same span and CAS. Precision: mentions with the span of a labelled chemical
    (span), or whose CAS is one of the sentence's labelled chemicals (sentence). A mention
    inside a longer labelled entity of another type ("nickel" in "nickel catalyst") is not
    counted: merging keeps the longer entity."""
    sentences = yaml.safe_load(GOLDEN.read_text(encoding="utf-8"))["sentences"]
    found = labelled = spans_right = sentences_right = counted = 0
    for sentence in sentences:
        mentions = lexicon.find(sentence["sentence"])
        gold = [e for e in sentence["entities"] if e["type"] == EntityType.CHEMICAL]
        others = [e for e in sentence["entities"] if e["type"] != EntityType.CHEMICAL]
        got = {(m.start, m.end, m.canonical_id) for m in mentions}
        for entity in (e for e in gold if e["canonical"]):
            labelled += 1
            found += (entity["start"], entity["end"], entity["canonical"]) in got
        for m in mentions:
            if any(_inside(m, e) for e in others):
                continue
            counted += 1
            spans_right += any((m.start, m.end) == (e["start"], e["end"]) for e in gold)
            sentences_right += any(m.canonical_id == e["canonical"] for e in gold)
    return Scores(found / labelled, spans_right / counted, sentences_right / counted)


def _inside(mention: EntityMention, entity: dict[str, object]) -> bool:
    start, end = entity["start"], entity["end"]
    assert isinstance(start, int) and isinstance(end, int)
    return start <= mention.start and mention.end <= end and end - start > len(mention.text)


def test_recall_on_the_labelled_sample(scores: Scores) -> None:
    # Measured 34/35 = 0.97; the miss is "crude", which the table does not have.
    assert scores.recall >= 0.9


def test_precision_on_the_labelled_sample(scores: Scores) -> None:
    # Measured 0.74 by span and 0.91 by sentence: the sample leaves a chemical naming an
    # equipment item unlabelled in half its sentences ("the ammonia converter", "the CO2
    # compressor") and labels it in the others ("the ammonia burner", "the urea reactor"),
    # and labels names but not the CAS numbers that restate them.
    assert scores.span_precision >= 0.7
    assert scores.sentence_precision >= 0.85
