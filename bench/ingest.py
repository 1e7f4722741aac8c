"""Ingestion throughput and where its time goes, plus extraction precision.

Ingests the sample corpus (``demo/corpus``) and a synthetic corpus of ``--pages`` PDF
pages (``bench.synthetic_corpus``, cached under ``bench/.cache``) into a fresh embedded
database on disk, exactly as ``processkg ingest`` does, and reports pages/s, chunks/s and
the share of time per stage. The goal is that embedding takes ≥ 85% of the time. Then
scores the extractor on the 30 hand-labelled sentences of
``tests/golden/extraction_sample.yaml``.

Run: ``.venv/bin/python -m bench.ingest [--pages 2000]``
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.report import write_section
from bench.synthetic_corpus import write_corpus
from graph.connection import ArangoConfig, connect
from graph.evaluation.extraction import load_sample, score_sample
from graph.ingest.embeddings import CachedEmbedder, SentenceTransformerEmbedder
from graph.ingest.extract.extractor import Extractor
from graph.ingest.extract.parse import DependencyParser
from graph.ingest.extract.relations import RelationExtractor
from graph.ingest.pipeline import IngestPipeline
from graph.store import GraphStore
from migrations.tenants import create_tenant

COMMAND = ".venv/bin/python -m bench.ingest"
ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "demo" / "corpus"
SAMPLE = ROOT / "tests" / "golden" / "extraction_sample.yaml"
CACHE = ROOT / "bench" / ".cache"
SKIP = {"README.md", "build_binary_docs.py"}


class Totals:
    """Pages, chunks, entities, relations and seconds per stage over many files."""

    def __init__(self) -> None:
        self.pages = self.chunks = self.entities = self.relations = self.files = 0
        self.stages: Counter[str] = Counter()
        self.wall = 0.0

    def ingest(self, pipeline: IngestPipeline, files: list[Path]) -> None:
        started = time.perf_counter()
        for path in files:
            result = pipeline.ingest_path(path)
            self.files += 1
            self.pages += result.pages or 1
            self.chunks += result.chunks
            self.entities += result.entities
            self.relations += result.relations
            self.stages.update(result.timings)
        self.wall += time.perf_counter() - started

    def rows(self, label: str) -> list[tuple[str, str, str]]:
        shares = ", ".join(f"{k} {v / self.wall:.1%}" for k, v in sorted(self.stages.items()))
        embedding = self.stages["embed"] / self.wall
        return [
            (
                f"{label}: files / pages / chunks",
                f"{self.files} / {self.pages:,} / {self.chunks:,}",
                "reported",
            ),
            (f"{label}: wall time", f"{self.wall:.1f} s", "reported"),
            (
                f"{label}: pages/s, chunks/s",
                f"{self.pages / self.wall:.2f}, {self.chunks / self.wall:.2f}",
                "reported",
            ),
            (f"{label}: time per stage", shares, "reported"),
            (f"{label}: share of time embedding", f"{embedding:.1%}", "≥ 85%"),
            (
                f"{label}: entities / relations (last version of each file)",
                f"{self.entities:,} / {self.relations:,}",
                "reported",
            ),
        ]


def _warm_up(pipeline: IngestPipeline, parser: DependencyParser) -> list[tuple[str, str, str]]:
    """Load the model, chemical table and spaCy once, outside the timed runs."""
    started = time.perf_counter()
    pipeline.embedder.embed(["warm up"])
    model = time.perf_counter() - started
    started = time.perf_counter()
    pipeline.extractor.extract("The reactor R-1 makes ammonia from N2 and H2 at 200 bar.")
    parser.parse(["The residue from T-601 is heated in H-602."])
    extractor = time.perf_counter() - started
    pipeline.chunker.chunk  # noqa: B018 - builds the tokenizer
    return [
        ("one-off: load the embedding model", f"{model:.1f} s", "reported"),
        ("one-off: load the chemical table and spaCy model", f"{extractor:.1f} s", "reported"),
    ]


def run(pages: int) -> list[tuple[str, str, str]]:
    synthetic = write_corpus(CACHE / f"synthetic_{pages}", pages=pages)
    sample = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.name not in SKIP)
    with (
        tempfile.TemporaryDirectory() as tmp,
        connect(ArangoConfig(url=None, data_dir=Path(tmp) / "arangolite")) as conn,
    ):
        create_tenant(conn, "bench", "bench-analyst-password")
        embedder = CachedEmbedder(SentenceTransformerEmbedder())
        parser = DependencyParser()
        extractor = Extractor(relations=RelationExtractor(parser))
        store = GraphStore.for_tenant(conn, "bench")
        pipeline = IngestPipeline(store, embedder, extractor=extractor)
        rows = _warm_up(pipeline, parser)
        for label, files in (("sample corpus", sample), (f"synthetic {pages} pages", synthetic)):
            totals = Totals()
            totals.ingest(pipeline, files)
            rows += totals.rows(label)
    scores = score_sample(Extractor(), load_sample(SAMPLE))
    rows += [
        ("extraction (30 labelled sentences): entities", str(scores.entities), "reported"),
        ("extraction: relations (incl. OPERATES_AT)", str(scores.relations), "reported"),
        ("extraction: quantities", str(scores.quantities), "reported"),
    ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    rows = run(args.pages)
    for metric, result, goal in rows:
        print(f"{metric:<58} {result:>30}   (goal {goal})")
    write_section("ingestion", COMMAND, rows)


if __name__ == "__main__":
    main()
