"""``arangolite dump`` and ``arangolite restore`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from arangolite.cli import main
from arangolite.server import EmbeddedArango

from .conftest import FIXTURES, client_db


def test_restore_then_dump_with_data_dirs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, out = str(tmp_path / "data"), str(tmp_path / "out")
    args = ["restore", str(FIXTURES / "arangodump_3_12"), "--data-dir", data]
    assert main([*args, "--create-database"]) == 0
    assert json.loads(capsys.readouterr().out)["travel"]["documents"] == 7
    assert main(["dump", out, "--data-dir", data, "--database", "travel"]) == 0
    assert json.loads((tmp_path / "out" / "dump.json").read_text())["database"] == "travel"
    with EmbeddedArango(data) as server:
        assert client_db(server, "travel").collection("places").count() == 3


@pytest.mark.parametrize(
    "args",
    [
        ["restore", "missing-dir"],
        ["restore", str(FIXTURES / "arangodump_3_12")],
        ["dump", "out", "--database", "nope"],
    ],
)
def test_failures_exit_with_1_and_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    assert main([*args, "--data-dir", str(tmp_path / "data")]) == 1
    assert capsys.readouterr().err.startswith(f"arangolite {args[0]}: ")


def test_restore_overwrite_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["restore", str(FIXTURES / "arangodump_3_12"), "--data-dir", str(tmp_path / "d")]
    assert main([*args, "--create-database"]) == 0
    assert main(args) == 1
    assert main([*args, "--overwrite"]) == 0
