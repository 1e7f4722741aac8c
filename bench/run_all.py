"""Runs every benchmark in turn; each writes its own section of docs/benchmarks.md.

Run: ``make bench`` (or ``.venv/bin/python -m bench.run_all``). Takes a few minutes.
"""

from __future__ import annotations

import subprocess
import sys

BENCHMARKS = ("bench.arangolite_core", "bench.search", "bench.vector", "bench.ingest")


def main() -> int:
    for module in BENCHMARKS:
        print(f"== {module}", flush=True)
        completed = subprocess.run([sys.executable, "-m", module], check=False)
        if completed.returncode != 0:
            return completed.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
