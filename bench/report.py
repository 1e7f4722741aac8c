"""Writes a benchmark's result table into docs/benchmarks.md between named markers."""

from __future__ import annotations

import os
import platform
import statistics
from datetime import UTC, datetime
from pathlib import Path

DOC = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"


def percentile(samples: list[float], q: float) -> float:
    """The q-th percentile (0..100) of samples, by nearest rank."""
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def machine() -> str:
    return f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.machine()}"


def write_section(name: str, command: str, rows: list[tuple[str, str, str]]) -> None:
    """Replace (or append) the section ``name`` with a table of (metric, result, goal)."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"<!-- bench:{name}:start -->",
        f"Measured {stamp} on {machine()} with `{command}`.",
        "",
        "| metric | result | goal |",
        "| --- | --- | --- |",
        *[f"| {metric} | {result} | {goal} |" for metric, result, goal in rows],
        f"<!-- bench:{name}:end -->",
    ]
    block = "\n".join(lines)
    text = DOC.read_text() if DOC.exists() else "# Benchmarks\n"
    start, end = f"<!-- bench:{name}:start -->", f"<!-- bench:{name}:end -->"
    if start in text and end in text:
        head, _, rest = text.partition(start)
        _, _, tail = rest.partition(end)
        text = head + block + tail
    else:
        text = text.rstrip("\n") + f"\n\n## {name}\n\n" + block + "\n"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text)
