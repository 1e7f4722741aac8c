"""Vectors of one index in a contiguous float32 matrix, with exact nearest-neighbour ranking.

Row ``i`` of the matrix holds the vector of document ``keys[i]``. Adding appends
a row (the matrix doubles when full); removing moves the last row into the hole
(swap-remove), so the used rows always stay contiguous and a search is one
matrix-vector product over them. For the ``cosine`` metric rows are stored
normalized (a zero vector stays zero, as Faiss leaves it), so the product is the
cosine similarity; ``innerProduct`` uses the raw product; ``l2`` ranks by
``|x|² - 2x·q + |q|²`` and reports the square root.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float32]
_INITIAL_ROWS = 64
_FIRST_CHUNK = 64  # candidates ranked first when a filter may reject some


def normalized(row: Vector) -> Vector:
    """``row`` scaled to unit length (unchanged when it is all zeros)."""
    norm = float(np.linalg.norm(row))
    return row / np.float32(norm) if norm > 0.0 else row


class VectorStore:
    """The vectors of one index (see module docstring).

    Args:
        dimension: the number of components of every vector.
        metric: ``cosine``, ``l2`` or ``innerProduct``.
    """

    def __init__(self, dimension: int, metric: str) -> None:
        self.dimension = dimension
        self.metric = metric
        self.matrix: Vector = np.zeros((_INITIAL_ROWS, dimension), dtype=np.float32)
        self.squares: Vector = np.zeros(_INITIAL_ROWS, dtype=np.float32)
        self.keys: list[str] = []
        self.rows: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.keys)

    def __contains__(self, key: object) -> bool:
        return key in self.rows

    def put(self, key: str, row: Vector) -> None:
        """Store (or replace) the vector of document ``key``."""
        if self.metric == "cosine":
            row = normalized(row)
        position = self.rows.get(key)
        if position is None:
            position = len(self.keys)
            if position == len(self.matrix):
                self._grow()
            self.keys.append(key)
            self.rows[key] = position
        self.matrix[position] = row
        if self.metric == "l2":
            self.squares[position] = float(np.dot(row, row))

    def drop(self, key: str) -> None:
        """Forget the vector of ``key`` (no-op when it has none)."""
        position = self.rows.pop(key, None)
        if position is None:
            return
        last = len(self.keys) - 1
        moved = self.keys.pop()
        if position != last:
            self.matrix[position] = self.matrix[last]
            self.squares[position] = self.squares[last]
            self.keys[position] = moved
            self.rows[moved] = position

    def clear(self) -> None:
        self.matrix = np.zeros((_INITIAL_ROWS, self.dimension), dtype=np.float32)
        self.squares = np.zeros(_INITIAL_ROWS, dtype=np.float32)
        self.keys = []
        self.rows = {}

    def _grow(self) -> None:
        size = len(self.matrix) * 2
        matrix = np.zeros((size, self.dimension), dtype=np.float32)
        matrix[: len(self.keys)] = self.matrix[: len(self.keys)]
        squares = np.zeros(size, dtype=np.float32)
        squares[: len(self.keys)] = self.squares[: len(self.keys)]
        self.matrix, self.squares = matrix, squares

    # ------------------------------------------------------------------ search

    def scores(self, query: Vector) -> Vector:
        """One value per row, larger is better (similarity, or minus squared distance)."""
        used = self.matrix[: len(self.keys)]
        if self.metric == "cosine":
            return used @ normalized(query)
        products = used @ query
        if self.metric == "innerProduct":
            return products
        return 2 * products - self.squares[: len(self.keys)] - np.float32(np.dot(query, query))

    def _value(self, position: int, score: float, query: Vector) -> float:
        """What APPROX_NEAR_* reports for a row: the similarity, or the L2 distance."""
        if self.metric == "l2":
            return float(np.linalg.norm(self.matrix[position] - query))
        return score

    def ranked(self, query: Vector, first: int) -> Iterator[tuple[str, float]]:
        """``(key, value)`` best first: the best ``first`` ranked at once, the rest lazily."""
        scores = self.scores(query)
        total = len(scores)
        if total == 0:
            return
        wanted = min(total, max(first, 1))
        if wanted < total:
            head = np.argpartition(-scores, wanted - 1)[:wanted]
        else:
            head = np.arange(total)
        head = head[np.argsort(-scores[head], kind="stable")]
        yield from self._rows(head, scores, query)
        if wanted < total:
            remaining = np.ones(total, dtype=bool)
            remaining[head] = False
            order = np.argsort(-scores, kind="stable")
            yield from self._rows(order[remaining[order]], scores, query)

    def _rows(
        self, positions: npt.NDArray[np.intp], scores: Vector, query: Vector
    ) -> Iterator[tuple[str, float]]:
        keys = self.keys
        values = scores[positions].tolist()
        for position, score in zip(positions.tolist(), values, strict=True):
            yield keys[position], self._value(position, score, query)

    @staticmethod
    def first_chunk(needed: int, filtered: bool) -> int:
        """How many candidates to rank up front: all needed ones, more when filtering."""
        return max(needed * 4, _FIRST_CHUNK) if filtered else needed
