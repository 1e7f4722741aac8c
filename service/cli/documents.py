"""``processkg ingest PATH…`` and ``processkg delete DOC``."""

from __future__ import annotations

import fnmatch
import json
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from graph.errors import ProcessKGError
from graph.ingest.parsers.sniff import EXTENSIONS
from graph.ingest.pipeline import IngestPipeline
from service.cli.runtime import (
    JsonOption,
    TenantOption,
    VerboseOption,
    fail,
    open_tenant,
)
from service.cli.summary import IngestSummary
from service.ingestion import build_pipeline

PathsArgument = Annotated[
    list[Path],
    typer.Argument(help="Files or directories (searched recursively for supported files)."),
]
ExcludeOption = Annotated[
    list[str] | None,
    typer.Option("--exclude", "-x", help="Skip files whose name matches this glob (repeatable)."),
]


def ingest(
    paths: PathsArgument,
    tenant: TenantOption = "default",
    exclude: ExcludeOption = None,
    as_json: JsonOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Ingest files into the tenant's graph: unchanged files are skipped, changed ones replaced."""
    summary = IngestSummary()
    started = time.perf_counter()
    with open_tenant(tenant, verbose=verbose) as session:
        files = list(expand(paths, exclude or []))
        pipeline = build_pipeline(session.store, session.settings)
        _ingest_all(pipeline, files, summary, show_progress=not as_json)
    summary.seconds = time.perf_counter() - started
    print(json.dumps(summary.as_dict(), indent=2) if as_json else summary.render())
    if summary.failed:
        raise typer.Exit(1)


def delete(
    document: Annotated[str, typer.Argument(help="The document key (see `processkg stats`).")],
    tenant: TenantOption = "default",
    as_json: JsonOption = False,
) -> None:
    """Delete a document and exactly its contributions to the graph."""
    with open_tenant(tenant) as session:
        report = session.store.delete_document(document)
    if as_json:
        print(report.model_dump_json(indent=2))
        return
    print(
        f"deleted {report.document}: {report.chunks} chunks, {report.mentions} mentions; "
        f"entities {report.entities_removed} removed, {report.entities_updated} updated; "
        f"relations {report.relations_removed} removed, {report.relations_updated} updated"
    )


def expand(paths: Iterable[Path], exclude: list[str]) -> Iterator[Path]:
    """The files to ingest: given files as they are, directories' supported files, sorted.

    Raises:
        typer.Exit: a path that does not exist (code 2).
    """
    for path in paths:
        if not path.exists():
            fail(f"{path}: no such file or directory", 2)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in EXTENSIONS
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found = [path]
        yield from (p for p in found if not any(fnmatch.fnmatch(p.name, x) for x in exclude))


def _ingest_all(
    pipeline: IngestPipeline, files: list[Path], summary: IngestSummary, *, show_progress: bool
) -> None:
    console = Console(file=sys.stderr)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, disable=not show_progress) as progress:
        overall = progress.add_task("files", total=len(files))
        for path in files:
            current = progress.add_task(f"  {path.name}", total=None)

            def advance(
                stage: str, done: int, total: int, task: TaskID = current, name: str = path.name
            ) -> None:
                progress.update(task, description=f"  {name}: {stage}", completed=done, total=total)

            try:
                summary.add(path, pipeline.ingest_path(path, progress=advance))
            except (ProcessKGError, OSError) as exc:
                summary.fail(path, str(exc))
                console.print(f"[red]error[/red]: {path}: {exc}", highlight=False)
            progress.remove_task(current)
            progress.advance(overall)
