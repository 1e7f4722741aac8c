"""The ``processkg`` command line on the embedded engine: migrate, ingest, stats, delete, merges."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from service.cli import main

LOOP = "# Loop\n\nThe converter R-101 produces ammonia at 200 bar. NH3 is sent to V-110.\n"
SEPARATOR = "# Separator\n\nThe separator V-110 receives ammonia from R-101.\n"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROCESSKG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("PROCESSKG_ARANGO_URL", raising=False)
    return tmp_path / "data"


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    capsys.readouterr()
    code = main([*argv, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "loop.md").write_text(LOOP)
    (folder / "separator.md").write_text(SEPARATOR)
    (folder / "notes.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    (folder / "script.py").write_text("print('not ingested: unsupported extension')\n")
    return folder


def test_ingest_reports_each_outcome_and_fails_on_bad_files(
    data_dir: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["migrate"]) == 0
    code, summary = run_json(capsys, "ingest", str(corpus))
    assert code == 1  # notes.txt is binary
    assert summary["documents"] == {"created": 2, "replaced": 0, "unchanged": 0, "failed": 1}
    assert summary["failures"][0]["path"].endswith("notes.txt")
    code, again = run_json(capsys, "ingest", str(corpus), "--exclude", "notes.txt")
    assert code == 0 and again["documents"]["unchanged"] == 2 and again["chunks"] == 0
    code, stats = run_json(capsys, "stats")
    assert stats["counts"]["documents"] == 2 and stats["entities_by_type"]["equipment"] == 2

    key = summary["files"][1]["document"]  # separator.md
    code, deleted = run_json(capsys, "delete", key)
    assert code == 0 and deleted["document"] == key
    code, stats = run_json(capsys, "stats")
    assert stats["counts"]["documents"] == 1

    code, merges = run_json(capsys, "merges")
    nh3 = [m for m in merges if m["alias"] == "NH3"]
    assert code == 0 and nh3 and nh3[0]["name"] == "ammonia"
    code, reverted = run_json(capsys, "unmerge", nh3[0]["key"])
    assert code == 0 and reverted["mentions_moved"] == 1


def test_ingest_into_a_tenant_that_was_never_migrated_fails_clearly(
    data_dir: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", str(corpus), "--tenant", "nobody"]) == 1
    assert "processkg migrate --tenant nobody" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ingest", "/no/such/path"], "no such file"),
        (["ingest", ".", "--tenant", "Bad Name"], "invalid tenant name"),
        (["delete", "missing-doc"], "not found"),
    ],
)
def test_bad_arguments_give_an_error_and_nonzero_exit(
    data_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    main(["migrate"])
    capsys.readouterr()
    assert main(argv) in (1, 2)
    assert message in capsys.readouterr().err


def test_text_output_of_ingest_stats_and_merges(
    data_dir: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["migrate"])
    capsys.readouterr()
    assert main(["ingest", str(corpus / "loop.md")]) == 0
    assert "documents: 1 created" in capsys.readouterr().out
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    assert "documents" in out and "entities by type:" in out and "equipment" in out
    assert main(["merges"]) == 0
    assert "'NH3' → chemical 'ammonia'" in capsys.readouterr().out
