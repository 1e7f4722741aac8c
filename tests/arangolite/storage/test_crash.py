"""A writer killed with SIGKILL loses nothing it acknowledged and leaves no half transaction."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

from arangolite import EmbeddedArango

WRITER = textwrap.dedent(
    """
    import sys
    from arangolite import EmbeddedArango

    server = EmbeddedArango(sys.argv[1])
    db = server.client().db("_system")
    col = db.create_collection("acked")
    i = 0
    while True:
        i += 1
        doc = col.insert({"n": i})
        print("D", doc["_key"], flush=True)
        if i % 5 == 0:
            trx = db.begin_transaction(write="acked")
            for part in range(3):
                trx.collection("acked").insert({"group": i, "part": part})
            trx.commit_transaction()
            print("T", i, flush=True)
    """
)


def _run_writer_until(data_dir: Path, acknowledgements: int) -> list[list[str]]:
    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    lines: list[list[str]] = []
    try:
        while len(lines) < acknowledgements:
            line = proc.stdout.readline()
            assert line, "writer stopped early"
            lines.append(line.split())
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    return lines


def test_kill_9_loses_no_acknowledged_write(tmp_path: Path) -> None:
    acked = _run_writer_until(tmp_path, 400)
    with EmbeddedArango(str(tmp_path)) as server:
        docs = server.engine.database("_system").collections["acked"].docs
        missing = [key for kind, key in acked if kind == "D" and key not in docs]
        assert missing == []
        groups = Counter(d["group"] for d in docs.values() if "group" in d)
        assert all(count == 3 for count in groups.values())
        committed = {int(value) for kind, value in acked if kind == "T"}
        assert committed <= set(groups)


def test_reopened_engine_accepts_new_writes(tmp_path: Path) -> None:
    _run_writer_until(tmp_path, 50)
    with EmbeddedArango(str(tmp_path)) as server:
        col = server.client().db("_system").collection("acked")
        before = col.count()
        col.insert({"after": True})
        assert col.count() == before + 1
