"""Prints the conformance pass count at the end of the run."""

from __future__ import annotations

from typing import Any

import pytest


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    stats = terminalreporter.stats
    ids = ("tests/conformance/test_aql_cases.py",)

    def count(kind: str) -> int:
        return sum(1 for r in stats.get(kind, []) if getattr(r, "nodeid", "").startswith(ids))

    passed, failed, gaps = count("passed"), count("failed"), count("xfailed")
    total = passed + failed + gaps
    if total:
        terminalreporter.write_line(
            f"arangolite AQL conformance: {passed}/{total} recorded ArangoDB cases pass "
            f"({gaps} known gaps, {failed} failures)"
        )
