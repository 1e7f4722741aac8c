"""The synthetic PDF corpus of the ingestion benchmark: page counts, content, reproducibility."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from bench.synthetic_corpus import MANIFEST_NAME, main, write_corpus
from bench.synthetic_prose import (
    COOLANTS,
    HAZARDS,
    STEAM,
    THEMES,
    UTILITIES,
    Plant,
    sentence,
)
from graph.errors import InvalidInput

SMALL = {"pages": 6, "pages_per_document": 4, "seed": 7}
TAG = re.compile(r"\b[RETKVFS]-\d{2,3}[AB]?\b")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_corpus(tmp_path_factory.mktemp("corpus"), **SMALL)


@pytest.fixture(scope="module")
def page_texts(corpus: list[Path]) -> list[str]:
    return [page.extract_text() for path in corpus for page in PdfReader(path).pages]


def _entity_pattern() -> re.Pattern[str]:
    names = {name for theme in THEMES for chemical in theme.chemicals for name in chemical[:2]}
    names |= {name for theme in THEMES for name in theme.catalysts + theme.processes}
    names |= {*STEAM, *COOLANTS, *UTILITIES, *HAZARDS}
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w/-])(?:{alternatives})(?![\w/-])|{TAG.pattern}", re.IGNORECASE)


def test_documents_have_the_requested_page_counts(corpus: list[Path]) -> None:
    assert [path.name for path in corpus] == ["synthetic_0001.pdf", "synthetic_0002.pdf"]
    assert [len(PdfReader(path).pages) for path in corpus] == [4, 2]


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b[RETKVF]-\d{3}[AB]?\b",  # equipment tag
        r"\bS-\d{2}\b",  # stream number
        r"\d (?:°C|K)\b",  # temperature
        r"\d (?:bar|barg|MPa)\b",  # pressure
        r"\d (?:kg/h|t/h|m3/h)",  # flow
    ],
)
def test_every_page_names_tags_and_quantities_with_units(
    page_texts: list[str], pattern: str
) -> None:
    assert all(re.search(pattern, text) for text in page_texts)


def test_pages_hold_350_to_450_words(page_texts: list[str]) -> None:
    body_counts = [len(text.split()) for text in page_texts[1:]]  # page 1 also has the title
    assert all(350 <= count <= 450 for count in body_counts), body_counts


def test_about_sixty_percent_of_sentences_name_two_entities() -> None:
    rng, pattern = random.Random(1), _entity_pattern()
    plants = [Plant.draw(rng) for _ in range(20)]
    sentences = [sentence(rng, plant) for plant in plants for _ in range(100)]
    rich = sum(len(pattern.findall(text)) >= 2 for text in sentences) / len(sentences)
    assert 0.5 <= rich <= 0.7


@pytest.mark.parametrize(("seed", "identical"), [(7, True), (8, False)])
def test_seed_decides_the_bytes(
    corpus: list[Path], tmp_path: Path, seed: int, identical: bool
) -> None:
    again = write_corpus(tmp_path, pages=6, pages_per_document=4, seed=seed)
    same = [a.read_bytes() == b.read_bytes() for a, b in zip(corpus, again, strict=True)]
    assert same == [identical, identical]


def test_second_call_does_not_rewrite(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, **SMALL)
    before = [path.stat().st_mtime_ns for path in paths]
    assert write_corpus(tmp_path, **SMALL) == paths
    assert [path.stat().st_mtime_ns for path in paths] == before


@pytest.mark.parametrize("damage", ["delete", "truncate", "manifest"])
def test_damaged_corpus_is_rewritten(corpus: list[Path], tmp_path: Path, damage: str) -> None:
    paths = write_corpus(tmp_path, **SMALL)
    if damage == "delete":
        paths[1].unlink()
    elif damage == "truncate":
        paths[0].write_bytes(paths[0].read_bytes()[:100])
    else:
        (tmp_path / MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    write_corpus(tmp_path, **SMALL)
    assert [p.read_bytes() for p in paths] == [p.read_bytes() for p in corpus]


def test_smaller_corpus_removes_the_files_it_no_longer_has(tmp_path: Path) -> None:
    write_corpus(tmp_path, **SMALL)
    paths = write_corpus(tmp_path, pages=3, pages_per_document=4, seed=7)
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == [p.name for p in paths]
    assert len(PdfReader(paths[0]).pages) == 3


@pytest.mark.parametrize(("pages", "per_document"), [(0, 4), (6, 0), (-1, -1)])
def test_impossible_sizes_are_refused(tmp_path: Path, pages: int, per_document: int) -> None:
    with pytest.raises(InvalidInput):
        write_corpus(tmp_path, pages=pages, pages_per_document=per_document)
    with pytest.raises(SystemExit):
        main([str(tmp_path), "--pages", str(pages), "--per-document", str(per_document)])
    assert not list(tmp_path.iterdir())


def test_cli_writes_the_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "out"), "--pages", "5", "--per-document", "2", "--seed", "3"]) == 0
    written = sorted((tmp_path / "out").glob("*.pdf"))
    assert [len(PdfReader(path).pages) for path in written] == [2, 2, 1]
    assert "3 PDFs, 5 pages" in capsys.readouterr().out
