"""The sample corpus is complete, consistent and reproducible."""

from __future__ import annotations

import csv
import importlib.util
import re
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from tests.golden.corpus_text import (
    CORPUS_DIR,
    corpus_files,
    document_text,
    normalise,
    occurs_in,
)

CAS_IN_TEXT = re.compile(r"CAS (\d{2,7}-\d{2}-\d)")
TAG = re.compile(r"^[A-Z]{1,3}-\d{3,4}[A-Z]?$")
BALANCED_UNITS = [
    "D-301", "V-301", "K-201", "K-202", "E-201", "R-201", "E-202", "V-201", "V-202",
    "T-201", "T-202",
]  # fmt: skip
COMPOSITION = ["x_H2", "x_CO", "x_CO2", "x_CH4", "x_H2O", "x_CH3OH", "x_N2"]


def _streams() -> list[dict[str, str]]:
    with (CORPUS_DIR / "streams.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build", CORPUS_DIR / "build_binary_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_corpus_has_the_required_formats() -> None:
    files = corpus_files()
    suffixes = Counter(path.suffix for path in files)
    assert 14 <= len(files) <= 16
    assert {".md", ".txt", ".html", ".pdf", ".docx", ".csv"} <= set(suffixes)
    assert (CORPUS_DIR / "streams.csv").is_file()


def test_readme_lists_every_document() -> None:
    readme = (CORPUS_DIR / "README.md").read_text(encoding="utf-8")
    assert [p.name for p in corpus_files() if f"`{p.name}`" not in readme] == []


@pytest.mark.parametrize(
    "path", [p for p in corpus_files() if p.suffix != ".csv"], ids=lambda p: p.name
)
def test_prose_documents_have_400_to_1200_words(path: Path) -> None:
    assert 400 <= len(document_text(path.name).split()) <= 1200


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_cas_numbers_have_valid_check_digits(path: Path) -> None:
    for cas in CAS_IN_TEXT.findall(document_text(path.name)):
        digits = cas.replace("-", "")
        total = sum(i * int(d) for i, d in enumerate(reversed(digits[:-1]), start=1))
        assert total % 10 == int(digits[-1]), cas


def test_stream_table_units_are_described_in_other_documents() -> None:
    tags = {row[end] for row in _streams() for end in ("source", "destination")}
    prose = [p.name for p in corpus_files() if p.suffix != ".csv"]
    orphans = [t for t in sorted(tags) if TAG.match(t) and not any(occurs_in(t, n) for n in prose)]
    assert orphans == []


def test_stream_ids_are_unique_and_compositions_sum_to_one() -> None:
    rows = _streams()
    assert len({row["stream"] for row in rows}) == len(rows)
    for row in rows:
        assert sum(float(row[c]) for c in COMPOSITION) == pytest.approx(1.0, abs=0.005), row


@pytest.mark.parametrize("unit", BALANCED_UNITS)
def test_mass_balances_close_around_loop_units(unit: str) -> None:
    rows = _streams()
    inflow = sum(float(r["mass_flow_kg_h"]) for r in rows if r["destination"] == unit)
    outflow = sum(float(r["mass_flow_kg_h"]) for r in rows if r["source"] == unit)
    assert inflow > 0
    assert inflow == pytest.approx(outflow, rel=1e-6)


@pytest.mark.parametrize(
    ("name", "sections"),
    [
        ("methanol_design_report.pdf", "DESIGN_REPORT"),
        ("methanol_operating_manual.docx", "OPERATING_MANUAL"),
    ],
)
def test_binary_documents_hold_the_generator_text(name: str, sections: str) -> None:
    extracted = normalise(document_text(name))
    for line in _builder().section_text(getattr(_builder(), sections)).splitlines():
        assert normalise(line) in extracted


def test_build_script_reproduces_the_committed_binaries(tmp_path: Path) -> None:
    pytest.importorskip("fpdf")
    builder = _builder()
    builder.build_pdf(tmp_path / "a.pdf")
    builder.build_docx(tmp_path / "a.docx")
    assert (tmp_path / "a.pdf").read_bytes() == (CORPUS_DIR / builder.PDF_NAME).read_bytes()
    assert (tmp_path / "a.docx").read_bytes() == (CORPUS_DIR / builder.DOCX_NAME).read_bytes()
