"""Edit distance (Levenshtein, optionally Damerau) and n-gram similarity of strings."""

from __future__ import annotations


def edit_distance(a: str, b: str, transpositions: bool = True, cap: int | None = None) -> int:
    """Edits turning ``a`` into ``b`` (adjacent swaps count once with ``transpositions``).

    With ``cap``, any result above ``cap`` may be reported as ``cap + 1``.
    """
    if a == b:
        return 0
    if cap is not None and abs(len(a) - len(b)) > cap:
        return cap + 1
    before: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            cost = 0 if char == other else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (
                transpositions
                and before is not None
                and i > 1
                and j > 1
                and char == b[j - 2]
                and a[i - 2] == other
            ):
                best = min(best, before[j - 2] + 1)
            current.append(best)
        if cap is not None and min(current) > cap:
            return cap + 1
        before, previous = previous, current
    return previous[-1]


def ngram_similarity(target: list[str], found: list[str]) -> float:
    """Share of ``target`` n-grams found in ``found`` in the same order (0..1)."""
    if not target:
        return 0.0
    previous = [0] * (len(found) + 1)
    for gram in target:
        current = [0]
        for j, other in enumerate(found):
            current.append(previous[j] + 1 if gram == other else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1] / len(target)
