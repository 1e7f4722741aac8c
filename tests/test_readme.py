"""README.md stays truthful: its arangolite example runs and its quick start names real targets."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.graph.ingest.samples import xlsx_bytes

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def _section(title: str) -> str:
    """The text of the README section whose ``## `` heading is ``title``."""
    text = README.read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match is not None, f"README has no section {title!r}"
    return match.group(1)


def _code_block(section: str, language: str) -> str:
    match = re.search(rf"^```{language}\n(.*?)^```", section, re.M | re.S)
    assert match is not None, f"no {language} code block"
    return match.group(1)


def test_arangolite_example_prints_the_stored_key(tmp_path: Path) -> None:
    code = _code_block(_section("arangolite: ArangoDB in-process"), "python")
    assert '"data/arangolite"' in code
    script = code.replace('"data/arangolite"', repr(str(tmp_path / "data")))
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == ["['R-101']"]
    assert any((tmp_path / "data").iterdir())


def test_quick_start_lists_make_demo_and_make_test() -> None:
    commands = [
        line.split("#")[0].strip()
        for line in _code_block(_section("Quick start"), "bash").splitlines()
    ]
    assert "make demo" in commands and "make test" in commands


def test_quick_start_targets_exist_in_the_makefile() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("demo", "test"):
        assert re.search(rf"^{target}:", makefile, re.M), f"Makefile lacks target {target}"


def _commands(section: str, prefix: str) -> list[list[str]]:
    """The README's shell commands starting with ``prefix`` (comments dropped)."""
    found = []
    for block in re.findall(r"^```bash\n(.*?)^```", section, re.M | re.S):
        for line in block.splitlines():
            command = line.split("#")[0].strip()
            if command.startswith(prefix):
                found.append(command.split()[1:])
    return found


def _processkg(args: list[str], cwd: Path, data: Path) -> subprocess.CompletedProcess[str]:
    env = {"PROCESSKG_DATA_DIR": str(data), "PATH": "/usr/bin:/bin", "HOME": str(cwd)}
    return subprocess.run(
        [sys.executable, "-m", "service.cli", *args],
        cwd=cwd,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_ingestion_commands_run(tmp_path: Path) -> None:
    commands = _commands(_section("Ingesting documents"), ".venv/bin/processkg")
    assert [c[0] for c in commands] == ["migrate", "ingest", "stats", "delete", "merges", "unmerge"]
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "loop.md").write_text("# Loop\n\nR-101 makes NH3 at 200 bar.\n")
    (tmp_path / "flowsheet.xlsx").write_bytes(xlsx_bytes(tmp_path))
    data = tmp_path / "data"
    outputs = {}
    for args in commands[:3] + commands[4:5]:
        result = _processkg(args, tmp_path, data)
        assert result.returncode == 0, result.stderr
        outputs[args[0]] = result.stdout
    assert json.loads(outputs["stats"])["counts"]["documents"] == 2
    merge = next(line.split()[0] for line in outputs["merges"].splitlines() if "'NH3'" in line)
    unmerge = [merge if a == "MERGE_KEY" else a for a in commands[5]]
    assert _processkg(unmerge, tmp_path, data).returncode == 0
    deleted = _processkg(["delete", "no-such-document", "--tenant", "acme"], tmp_path, data)
    assert deleted.returncode == 1 and "not found" in deleted.stderr


def test_dump_and_restore_commands_run(tmp_path: Path) -> None:
    commands = _commands(_section("arangolite: ArangoDB in-process"), ".venv/bin/arangolite")
    dump, restore = (c for c in commands if c[0] in ("dump", "restore"))
    setup = "from arangolite import EmbeddedArango as E; s = E('src'); "
    setup += (
        "s.client().db('_system').create_collection('units').insert({'_key': 'R-101'}); s.close()"
    )
    subprocess.run([sys.executable, "-c", setup], cwd=tmp_path, check=True, timeout=120)
    cli = [sys.executable, "-c", "import sys; from arangolite.cli import main; sys.exit(main())"]
    for args in (dump, restore):
        args = [a.replace("data/arangolite", "src").replace("data/other", "dst") for a in args]
        result = subprocess.run([*cli, *args], cwd=tmp_path, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    check = "from arangolite import EmbeddedArango as E; "
    check += "print(E('dst').client().db('_system').collection('units').has('R-101'))"
    out = subprocess.run(
        [sys.executable, "-c", check], cwd=tmp_path, capture_output=True, text=True
    )
    assert out.stdout.strip() == "True", out.stderr
