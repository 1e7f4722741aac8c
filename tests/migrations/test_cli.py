"""``python -m migrations``: up and status against the embedded engine in a temp directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.connection import connect
from graph.store import GraphStore
from migrations.cli import main
from service.settings import Settings
from tests.graph.factories import document

ROOT = Path(__file__).parents[2]


def settings(tmp_path: Path) -> Settings:
    return Settings(arango_url=None, data_dir=tmp_path)  # type: ignore[arg-type]


def test_up_then_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["up", "--tenant", "acme"], settings(tmp_path)) == 0
    assert "tenant acme: 0001_collections" in capsys.readouterr().out
    assert main(["status", "--tenant", "acme", "--json"], settings(tmp_path)) == 0
    states = json.loads(capsys.readouterr().out)["tenants"]["acme"]
    assert {s["state"] for s in states} == {"applied"}


def test_status_of_a_missing_tenant(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--tenant", "nobody"], settings(tmp_path)) == 0
    assert "tenant nobody: not created" in capsys.readouterr().out


def test_up_all_migrates_every_registered_tenant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a", "b"):
        main(["up", "--tenant", name], settings(tmp_path))
    capsys.readouterr()
    assert main(["up", "--all", "--json"], settings(tmp_path)) == 0
    assert sorted(json.loads(capsys.readouterr().out)["tenants"]) == ["a", "b"]


def test_invalid_tenant_fails_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["up", "--tenant", "Bad Name"], settings(tmp_path)) == 1
    assert "invalid tenant name 'Bad Name'" in capsys.readouterr().err


def run_module(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PROCESSKG_")}
    clean |= {"PROCESSKG_DATA_DIR": str(tmp_path), **env}
    command = [sys.executable, "-m", "migrations", *args]
    return subprocess.run(command, cwd=ROOT, env=clean, capture_output=True, text=True, check=False)


def test_python_m_migrations_up_creates_a_working_tenant(tmp_path: Path) -> None:
    result = run_module(tmp_path, "up")
    assert result.returncode == 0, result.stderr
    with connect(settings(tmp_path).arango_config()) as conn:
        doc, created = GraphStore.for_tenant(conn, "default").documents.add(document())
    assert created and doc.status == "pending"


def test_bad_settings_exit_with_code_2(tmp_path: Path) -> None:
    result = run_module(tmp_path, "status", PROCESSKG_ENV="prod")
    assert result.returncode == 2 and "PROCESSKG_JWT_SECRET" in result.stderr
