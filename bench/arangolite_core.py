"""arangolite core: bulk insert, indexed lookup, full-scan FILTER and memory, via python-arango.

Run: ``.venv/bin/python -m bench.arangolite_core [--docs 100000]``
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from pathlib import Path

from arangolite import EmbeddedArango
from bench.report import median, percentile, write_section

COMMAND = ".venv/bin/python -m bench.arangolite_core"


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _documents(n: int) -> list[dict[str, object]]:
    rng = random.Random(42)
    return [
        {
            "_key": f"d{i}",
            "sku": f"SKU-{i:07d}",
            "plant": rng.choice(["ammonia", "methanol", "sulfuric", "urea"]),
            "temperature": rng.uniform(20, 600),
            "pressure": rng.uniform(1, 300),
        }
        for i in range(n)
    ]


def run(n: int, data_dir: str | None) -> list[tuple[str, str, str]]:
    server = EmbeddedArango(data_dir=data_dir)
    system = server.client().db("_system", username="root", password="")
    if not system.has_database("bench"):
        system.create_database("bench")
    db = server.client().db("bench", username="root", password="")
    if db.has_collection("items"):
        db.delete_collection("items")
    items = db.create_collection("items")
    docs = _documents(n)
    gc.collect()
    rss_before = _rss_mib()
    started = time.perf_counter()
    for i in range(0, n, 10_000):
        items.insert_many(docs[i : i + 10_000], silent=True)
    insert_s = time.perf_counter() - started
    rss_after = _rss_mib()
    items.add_index({"type": "persistent", "fields": ["sku"], "unique": True})
    lookups = []
    rng = random.Random(7)
    query = "FOR d IN items FILTER d.sku == @sku RETURN d"
    for _ in range(1000):
        sku = f"SKU-{rng.randrange(n):07d}"
        t0 = time.perf_counter()
        result = list(db.aql.execute(query, bind_vars={"sku": sku}))
        lookups.append((time.perf_counter() - t0) * 1000)
        assert len(result) == 1
    scans = []
    scan_query = "FOR d IN items FILTER d.temperature > 590 AND d.plant == 'urea' RETURN d._key"
    for _ in range(10):
        t0 = time.perf_counter()
        list(db.aql.execute(scan_query, batch_size=10_000))
        scans.append((time.perf_counter() - t0) * 1000)
    server.close()
    mode = "in memory" if data_dir is None else "on disk (SQLite WAL)"
    return [
        (f"bulk insert {n:,} docs, {mode}", f"{n / insert_s:,.0f} docs/s", "≥ 20,000 docs/s"),
        (
            "indexed equality lookup (AQL, persistent index), p50 / p95",
            f"{median(lookups):.3f} ms / {percentile(lookups, 95):.3f} ms",
            "≤ 1 ms p50",
        ),
        (f"full-scan FILTER over {n:,} docs, p50", f"{median(scans):.1f} ms", "≤ 150 ms"),
        (
            f"memory growth for {n:,} docs (RSS)",
            f"{rss_after - rss_before:,.0f} MiB",
            "reported",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--data-dir", default="data/bench-arangolite")
    args = parser.parse_args()
    rows = run(args.docs, args.data_dir)
    for metric, result, goal in rows:
        print(f"{metric:<60} {result:>24}   (goal {goal})")
    write_section("arangolite core", COMMAND, rows)


if __name__ == "__main__":
    main()
