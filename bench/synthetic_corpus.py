"""A deterministic synthetic corpus of chemical-process PDFs for the ingestion benchmark.

Each page holds 350-450 words of procedurally generated prose about a made-up plant: tagged
equipment, numbered streams, chemicals by name and formula, catalysts, operating conditions
with units, utilities and hazards, mixed with filler sentences that name nothing. The same
seed gives byte-identical PDFs; a manifest next to the files makes a second call a no-op.

Run: ``.venv/bin/python -m bench.synthetic_corpus DIR [--pages N] [--per-document N]
[--seed S]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import random
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench.synthetic_prose import DocumentText
from graph.errors import InvalidInput

if TYPE_CHECKING:
    from fpdf import FPDF

MANIFEST_NAME = "synthetic_corpus.json"
GENERATOR_VERSION = 1
FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


class PageLayout:
    """Sets blocks of text on fpdf pages, left-aligned, with greedy word wrapping.

    fpdf2's ``multi_cell`` measures lines character by character and is about fifty times
    slower; core fonts have no kerning, so a line's width is the sum of its words' widths.
    """

    STYLES = {"title": ("B", 13, 7.0), "heading": ("B", 11, 6.0), "text": ("", 10, 5.0)}

    def __init__(self, pdf: FPDF) -> None:
        self.pdf = pdf
        self.y = 0.0
        self._widths: dict[tuple[str, str], float] = {}

    def new_page(self) -> None:
        """Start a page; text resumes at the top margin."""
        self.pdf.add_page()
        self.y = self.pdf.t_margin

    def block(self, kind: str, text: str) -> None:
        """Write a ``title``, ``heading`` or ``text`` block below the previous one."""
        style, size, height = self.STYLES[kind]
        self.pdf.set_font("Helvetica", style, size)
        for line in self._wrap(kind, text):
            self.pdf.text(self.pdf.l_margin, self.y + 0.75 * height, line)
            self.y += height
        self.y += 1.5

    def _wrap(self, kind: str, text: str) -> list[str]:
        space = self._width(kind, " ")
        lines: list[str] = []
        current: list[str] = []
        width = 0.0
        for word in text.split(" "):
            word_width = self._width(kind, word)
            if current and width + space + word_width > self.pdf.epw:
                lines.append(" ".join(current))
                current, width = [], 0.0
            width += word_width + (space if current else 0.0)
            current.append(word)
        lines.append(" ".join(current))
        return lines

    def _width(self, kind: str, word: str) -> float:
        key = (kind, word)
        if key not in self._widths:
            self._widths[key] = self.pdf.get_string_width(word)
        return self._widths[key]


def document_pdf(rng: random.Random, number: int, total: int, page_count: int) -> bytes:
    """The bytes of one PDF of ``page_count`` pages; fixed metadata keeps them reproducible."""
    from fpdf import FPDF  # a dev dependency, only needed when the corpus is (re)written

    text = DocumentText(rng)
    title = text.title(number, total)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer("ProcessKG synthetic corpus")
    pdf.set_title(title)
    pdf.set_author("ProcessKG synthetic corpus")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(False)
    layout = PageLayout(pdf)
    for index in range(page_count):
        layout.new_page()
        if index == 0:
            layout.block("title", title)
        for kind, block in text.page():
            layout.block(kind, block)
    return bytes(pdf.output())


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_manifest(directory: Path) -> dict[str, object]:
    """The manifest's content, or an empty dict when it is missing or unreadable."""
    try:
        content = json.loads((directory / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return content if isinstance(content, dict) else {}


def _is_current(manifest: dict[str, object], parameters: dict[str, int], paths: list[Path]) -> bool:
    """Whether the manifest describes these parameters and every file still has its hash."""
    files = manifest.get("files")
    if manifest.get("parameters") != parameters or not isinstance(files, dict):
        return False
    if set(files) != {path.name for path in paths}:
        return False
    return all(path.is_file() and _sha256(path) == files[path.name] for path in paths)


def _remove_stale(directory: Path, manifest: dict[str, object], keep: list[Path]) -> None:
    """Delete files an earlier corpus listed in its manifest that this one does not write."""
    files = manifest.get("files")
    names = {path.name for path in keep}
    for name in files if isinstance(files, dict) else ():
        if isinstance(name, str) and Path(name).name == name and name not in names:
            (directory / name).unlink(missing_ok=True)


def write_corpus(
    directory: Path, *, pages: int = 2000, pages_per_document: int = 50, seed: int = 7
) -> list[Path]:
    """Write the synthetic corpus into ``directory``, unless it already holds the same one.

    Writes ``ceil(pages / pages_per_document)`` PDFs named ``synthetic_NNNN.pdf``, each of
    ``pages_per_document`` pages (the last may have fewer), and a manifest with the
    parameters and the SHA-256 of each file. A file missing or changed since is rewritten.

    Args:
        directory: Where the PDFs go; created if missing.
        pages: Pages in the whole corpus.
        pages_per_document: Pages per PDF.
        seed: The same seed gives byte-identical files.

    Returns:
        The paths of the PDFs, in order.

    Raises:
        InvalidInput: ``pages`` or ``pages_per_document`` is below 1.
    """
    if pages < 1 or pages_per_document < 1:
        raise InvalidInput(f"pages ({pages}) and pages_per_document must be at least 1")
    count = math.ceil(pages / pages_per_document)
    paths = [directory / f"synthetic_{index + 1:04d}.pdf" for index in range(count)]
    parameters = {
        "generator": GENERATOR_VERSION,
        "pages": pages,
        "pages_per_document": pages_per_document,
        "seed": seed,
    }
    manifest = _read_manifest(directory)
    if _is_current(manifest, parameters, paths):
        return paths
    directory.mkdir(parents=True, exist_ok=True)
    _remove_stale(directory, manifest, paths)
    digests: dict[str, str] = {}
    for index, path in enumerate(paths):
        page_count = min(pages_per_document, pages - index * pages_per_document)
        data = document_pdf(random.Random(f"{seed}:{index}"), index + 1, count, page_count)
        path.write_bytes(data)
        digests[path.name] = hashlib.sha256(data).hexdigest()
    manifest_text = json.dumps({"parameters": parameters, "files": digests}, indent=2)
    (directory / MANIFEST_NAME).write_text(manifest_text + "\n", encoding="utf-8")
    return paths


def main(argv: list[str] | None = None) -> int:
    """Write the corpus and print how long it took and how large it is."""
    parser = argparse.ArgumentParser(description="Write the synthetic PDF corpus.")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--per-document", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        paths = write_corpus(
            args.directory, pages=args.pages, pages_per_document=args.per_document, seed=args.seed
        )
    except InvalidInput as exc:
        parser.error(str(exc))
    elapsed = time.perf_counter() - started
    size = sum(path.stat().st_size for path in paths) / 2**20
    where = f"{len(paths)} PDFs, {args.pages:,} pages, {size:.1f} MiB in {args.directory}"
    print(f"{where} ({elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
