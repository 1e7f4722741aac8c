"""A stand-in for the running query, for calling built-in functions directly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from arangolite.aql.functions.catalog import BUILTINS

CONFORMANCE = Path(__file__).resolve().parents[4].parent / "shared" / "conformance"


class FakeContext:
    """Collects warnings; CALL/APPLY dispatch to the function library."""

    def __init__(self) -> None:
        self.warnings: list[tuple[int, str]] = []

    def warn(self, code: int, message: str) -> None:
        self.warnings.append((code, message))

    def call(self, name: str, args: list[Any]) -> Any:
        return BUILTINS[name].fn(self, *args)

    def check_killed(self) -> None:
        """A fake query is never killed."""

    @property
    def codes(self) -> list[int]:
        return [code for code, _ in self.warnings]


def call(name: str, *args: Any) -> tuple[Any, list[int]]:
    """Call built-in ``name``; returns its result and the warning codes it registered."""
    ctx = FakeContext()
    result = BUILTINS[name].fn(ctx, *args)
    return result, ctx.codes


def recorded_cases(page: str) -> dict[str, Any]:
    """Expected results of the recorded ArangoDB cases from one docs page, by case name."""
    path = CONFORMANCE / "aql_cases.json"
    if not path.exists():
        return {}
    cases = json.loads(path.read_text(encoding="utf-8"))
    return {c["name"]: c["expected"] for c in cases if c["source"].endswith(f"/{page}")}
