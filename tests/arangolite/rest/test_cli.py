from __future__ import annotations

import json
from pathlib import Path

import pytest

from arangolite import cli
from arangolite.server import EmbeddedArango


def test_quickstart_prints_query_result_and_is_repeatable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for _ in range(2):
        assert cli.main(["quickstart", "--data-dir", str(tmp_path)]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert [r["temperature_c"] for r in rows] == [40, 78, 850]
    with EmbeddedArango(str(tmp_path)) as server:
        db = server.engine.database("quickstart")
        assert len(db.collections["processes"].docs) == 4
        assert [d.name for d in db.collections["processes"].descriptions()] == [
            "primary",
            "by_temperature",
        ]


def test_quickstart_requires_a_command() -> None:
    with pytest.raises(SystemExit):
        cli.main([])
