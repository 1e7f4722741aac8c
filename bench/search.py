"""ArangoSearch BM25 top-10 over chunk-sized texts, through python-arango.

Generates ``--docs`` texts of ~150 words from a seeded Zipf-like vocabulary
(plus equipment tags such as ``R-101``), links them into an ``arangosearch``
View with ``text_en``, and times ``SEARCH … SORT BM25(d) DESC LIMIT 10``.

Run: ``.venv/bin/python -m bench.search [--docs 100000] [--queries 200]``
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from arangolite import EmbeddedArango
from bench.report import median, percentile, write_section

COMMAND = ".venv/bin/python -m bench.search"
VOCABULARY = 20_000
WORDS = 150
QUERY = (
    "FOR d IN chunk_view SEARCH ANALYZER(d.text IN TOKENS(@q, 'text_en'), 'text_en') "
    "SORT BM25(d) DESC LIMIT 10 RETURN {key: d._key, score: BM25(d)}"
)
_SYLLABLES = ["ka", "ro", "ti", "me", "su", "la", "ne", "po", "vi", "de", "xa", "gu"]


def vocabulary(rng: np.random.Generator) -> list[str]:
    """Distinct pseudo-words of 2 to 4 syllables."""
    words: dict[str, None] = {}
    while len(words) < VOCABULARY:
        size = int(rng.integers(2, 5))
        words["".join(rng.choice(_SYLLABLES, size))] = None
    return list(words)


def texts(n: int, seed: int = 7) -> tuple[list[str], list[str]]:
    """``n`` chunk texts and the vocabulary they use."""
    rng = np.random.default_rng(seed)
    words = np.array(vocabulary(rng))
    weights = 1.0 / np.arange(1, VOCABULARY + 1) ** 1.07
    weights /= weights.sum()
    picks = rng.choice(VOCABULARY, size=(n, WORDS), p=weights)
    tags = [f"R-{i:03d}" for i in range(100, 200)]
    out = []
    for i, row in enumerate(picks):
        out.append(" ".join(words[row].tolist()) + f" Reactor {tags[i % len(tags)]}.")
    return out, words.tolist()


def run(n: int, queries: int) -> list[tuple[str, str, str]]:
    chunks, words = texts(n)
    server = EmbeddedArango(data_dir=None)
    db = server.client().db("_system", username="root", password="")
    collection = db.create_collection("chunks")
    started = time.perf_counter()
    for i in range(0, n, 10_000):
        batch = [{"_key": str(i + j), "text": t} for j, t in enumerate(chunks[i : i + 10_000])]
        collection.insert_many(batch, silent=True)
    insert_s = time.perf_counter() - started
    link = {"fields": {"text": {"analyzers": ["text_en"]}}}
    db.create_arangosearch_view("chunk_view", {"links": {"chunks": link}})
    started = time.perf_counter()
    list(db.aql.execute(QUERY, bind_vars={"q": words[0]}))
    build_s = time.perf_counter() - started
    rng = np.random.default_rng(11)
    timings = []
    for _ in range(queries):
        terms = [words[int(i)] for i in rng.integers(0, 2_000, size=3)]
        started = time.perf_counter()
        result = list(db.aql.execute(QUERY, bind_vars={"q": " ".join(terms)}))
        timings.append((time.perf_counter() - started) * 1000)
        assert len(result) == 10
    server.close()
    return [
        (f"insert {n:,} chunk docs (~{WORDS} words)", f"{insert_s:.1f} s", "reported"),
        ("index the View link (first query, text_en)", f"{build_s:.1f} s", "reported"),
        (
            "BM25 top-10, 3 query terms, p50 / p95",
            f"{median(timings):.1f} ms / {percentile(timings, 95):.1f} ms",
            "≤ 50 ms p50",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    rows = run(args.docs, args.queries)
    for metric, result, goal in rows:
        print(f"{metric:<50} {result:>24}   (goal {goal})")
    write_section("search (BM25)", COMMAND, rows)


if __name__ == "__main__":
    main()
