"""Vector search: top-10 cosine over N x 384 vectors through AQL (python-arango), and the floor.

The floor is the matrix scan alone: one float32 matrix-vector product over the
same vectors plus the top-10 selection in numpy, without AQL, HTTP or documents.

Run: ``.venv/bin/python -m bench.vector [--docs 100000] [--dim 384] [--queries 100]``
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from arangolite import EmbeddedArango
from bench.report import median, percentile, write_section

COMMAND = ".venv/bin/python -m bench.vector"
TOP_K = "FOR c IN chunks SORT APPROX_NEAR_COSINE(c.embedding, @q) DESC LIMIT 10 RETURN c._key"
TOP_K_DOCS = "FOR c IN chunks SORT APPROX_NEAR_COSINE(c.embedding, @q) DESC LIMIT 10 RETURN c"
FILTERED = (
    "FOR c IN chunks FILTER c.plant == @plant "
    "SORT APPROX_NEAR_COSINE(c.embedding, @q) DESC LIMIT 10 RETURN c._key"
)
PLANTS = ("ammonia", "methanol", "sulfuric", "urea")
BATCH = 5_000


def _vectors(n: int, dim: int) -> np.ndarray:
    """Unit-length random vectors rounded to 6 decimals (like stored embeddings)."""
    rows = np.random.default_rng(42).normal(size=(n, dim))
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    return np.round(rows, 6)  # float64, so the JSON text stays short


def _load(server: EmbeddedArango, vectors: np.ndarray) -> tuple[float, float]:
    """Insert the vectors in batches and create the index; seconds for each."""
    system = server.client().db("_system", username="root", password="")
    if not system.has_database("bench"):
        system.create_database("bench")
    db = server.client().db("bench", username="root", password="")
    if db.has_collection("chunks"):
        db.delete_collection("chunks")
    chunks = db.create_collection("chunks")
    started = time.perf_counter()
    for start in range(0, len(vectors), BATCH):
        rows = vectors[start : start + BATCH].tolist()
        docs = [
            {"_key": f"c{start + i}", "embedding": row, "plant": PLANTS[(start + i) % 4]}
            for i, row in enumerate(rows)
        ]
        chunks.insert_many(docs, silent=True)
    insert_s = time.perf_counter() - started
    started = time.perf_counter()
    params = {"metric": "cosine", "dimension": vectors.shape[1], "nLists": 100}
    chunks.add_index({"type": "vector", "fields": ["embedding"], "params": params})
    return insert_s, time.perf_counter() - started


def _floor_once(matrix: np.ndarray, point: np.ndarray) -> None:
    """The numpy scan alone: one product and the top-10 selection."""
    query = point.astype(np.float32)
    scores = matrix @ (query / np.linalg.norm(query))
    top = np.argpartition(-scores, 9)[:10]
    top[np.argsort(-scores[top])]


def _measure(server: EmbeddedArango, vectors: np.ndarray, points: np.ndarray) -> list[list[float]]:
    """Milliseconds per query of the floor and the AQL variants, taken in turn per point.

    Interleaving exposes every variant to the same machine load.
    """
    db = server.client().db("bench", username="root", password="")
    matrix = np.ascontiguousarray(vectors, dtype=np.float32)
    runs: list[tuple[str, dict[str, str]] | None] = [
        None,
        (TOP_K, {}),
        (TOP_K_DOCS, {}),
        (FILTERED, {"plant": "urea"}),
    ]
    samples: list[list[float]] = [[] for _ in runs]
    for point in points:
        for slot, run in enumerate(runs):
            started = time.perf_counter()
            if run is None:
                _floor_once(matrix, point)
            else:
                list(db.aql.execute(run[0], bind_vars={"q": point.tolist(), **run[1]}))
            samples[slot].append((time.perf_counter() - started) * 1000)
    return samples


def _check(server: EmbeddedArango, vectors: np.ndarray, point: np.ndarray) -> None:
    """The AQL answer must be the exact top 10."""
    db = server.client().db("bench", username="root", password="")
    got = list(db.aql.execute(TOP_K, bind_vars={"q": point.tolist()}))
    scores = vectors @ (point / np.linalg.norm(point))
    expected = [f"c{i}" for i in np.argsort(-scores)[:10]]
    if got != expected:
        raise SystemExit(f"vector search answer differs from numpy: {got} != {expected}")


def _ms(samples: list[float]) -> str:
    return f"{median(samples):.1f} ms p50, {percentile(samples, 95):.1f} ms p95"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--dim", type=int, default=384)
    parser.add_argument("--queries", type=int, default=100)
    args = parser.parse_args()
    vectors = _vectors(args.docs, args.dim)
    points = np.random.default_rng(7).normal(size=(args.queries, args.dim))
    with EmbeddedArango(data_dir=None) as server:
        insert_s, index_s = _load(server, vectors)
        _check(server, vectors, points[0])
        _measure(server, vectors, points[:3])  # warm-up
        floor, keys, docs, filtered = _measure(server, vectors, points)
    size = f"{args.docs:,} x {args.dim}"
    rows = [
        (f"insert {size} vectors (insert_many, {BATCH:,}/batch)", f"{insert_s:.1f} s", "—"),
        ("create vector index (cosine, nLists 100)", f"{index_s:.1f} s", "—"),
        ("top-10 cosine via AQL, RETURN keys", _ms(keys), "≤ 30 ms p50"),
        ("top-10 cosine via AQL, RETURN documents", _ms(docs), "—"),
        ("top-10 cosine with FILTER (1/4 pass), keys", _ms(filtered), "—"),
        ("floor: numpy scan + top-10 alone", _ms(floor), "—"),
    ]
    write_section("vector", COMMAND, rows)
    for metric, result, goal in rows:
        print(f"{metric:48} {result:28} {goal}")


if __name__ == "__main__":
    main()
