"""The summary ``processkg ingest`` prints: per outcome, totals and time."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.ingest.pipeline import IngestResult


@dataclass
class IngestSummary:
    """Totals over the files of one ``ingest`` run."""

    outcomes: Counter[str] = field(default_factory=Counter)
    pages: int = 0
    chunks: int = 0
    entities: int = 0
    relations: int = 0
    seconds: float = 0.0
    timings: Counter[str] = field(default_factory=Counter)
    documents: list[dict[str, Any]] = field(default_factory=list)
    failures: list[dict[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        """How many files could not be ingested."""
        return len(self.failures)

    def add(self, path: Path, result: IngestResult) -> None:
        """Count one ingested file."""
        self.outcomes[result.outcome] += 1
        self.pages += result.pages
        self.chunks += result.chunks
        self.entities += result.entities
        self.relations += result.relations
        self.timings.update(result.timings)
        self.documents.append(
            {
                "path": str(path),
                "document": result.document.key,
                "outcome": result.outcome,
                "replaced": list(result.replaced),
                "chunks": result.chunks,
                "entities": result.entities,
                "relations": result.relations,
                "seconds": round(result.seconds, 3),
            }
        )

    def fail(self, path: Path, error: str) -> None:
        """Count one file that could not be ingested."""
        self.failures.append({"path": str(path), "error": error})

    def as_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready data."""
        return {
            "documents": {
                "created": self.outcomes["created"],
                "replaced": self.outcomes["replaced"],
                "unchanged": self.outcomes["unchanged"],
                "failed": self.failed,
            },
            "pages": self.pages,
            "chunks": self.chunks,
            "entities": self.entities,
            "relations": self.relations,
            "seconds": round(self.seconds, 2),
            "stage_seconds": {k: round(v, 2) for k, v in sorted(self.timings.items())},
            "files": self.documents,
            "failures": self.failures,
        }

    def render(self) -> str:
        """The summary as a few lines of text."""
        docs = self.as_dict()["documents"]
        lines = [
            "documents: " + ", ".join(f"{n} {k}" for k, n in docs.items() if n or k == "created"),
            f"chunks: {self.chunks}  entities: {self.entities}  relations: {self.relations}"
            f"  pages: {self.pages}  (each file's own, summed; `processkg stats` counts the graph)",
            f"seconds: {self.seconds:.1f}",
        ]
        lines += [f"failed: {f['path']}: {f['error']}" for f in self.failures]
        return "\n".join(lines)
