"""``arangolite serve``: loopback rule, exit codes, graceful shutdown with data on disk."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from arango.client import ArangoClient

from arangolite import EmbeddedArango, cli
from arangolite.http_cli import is_loopback

PROJECT = Path(__file__).parents[3]


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("localhost", True),
        ("::1", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.10", False),
        ("example.com", False),
    ],
)
def test_loopback_addresses(host: str, expected: bool) -> None:
    assert is_loopback(host) is expected


@pytest.mark.parametrize("host", ["0.0.0.0", "10.1.2.3", "::"])
def test_non_loopback_without_password_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], host: str
) -> None:
    code = cli.main(["serve", "--data-dir", str(tmp_path), "--host", host, "--port", "0"])
    assert code == 2
    assert "refusing to listen on non-loopback address" in capsys.readouterr().err


def test_missing_password_variable_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ARANGOLITE_NO_SUCH_VARIABLE", raising=False)
    argv = ["serve", "--data-dir", str(tmp_path), "--root-password-env"]
    assert cli.main([*argv, "ARANGOLITE_NO_SUCH_VARIABLE", "--port", "0"]) == 2
    assert "ARANGOLITE_NO_SUCH_VARIABLE is not set" in capsys.readouterr().err


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_serve_stops_on_signal_and_keeps_data(tmp_path: Path, stop: signal.Signals) -> None:
    env = {**os.environ, "ARANGOLITE_TEST_PW": "pw-serve"}
    args = [sys.executable, "-m", "arangolite.cli", "serve", "--data-dir", str(tmp_path)]
    args += ["--port", "0", "--root-password-env", "ARANGOLITE_TEST_PW"]
    proc = subprocess.Popen(args, cwd=PROJECT, env=env, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        match = re.search(r"http://127\.0\.0\.1:\d+", proc.stderr.readline())
        assert match is not None
        client = ArangoClient(hosts=match.group(0))
        db = client.db("_system", username="root", password="pw-serve", verify=True)
        db.create_collection("kept").insert_many([{"_key": str(i)} for i in range(5)])
        client.close()
        proc.send_signal(stop)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    with EmbeddedArango(str(tmp_path), root_password="pw-serve") as reopened:
        assert len(reopened.engine.database("_system").collections["kept"].docs) == 5
