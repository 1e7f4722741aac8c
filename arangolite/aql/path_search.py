"""Path algorithms behind SHORTEST_PATH, K_SHORTEST_PATHS, K_PATHS, ALL_SHORTEST_PATHS.

Unweighted searches are two-sided, as ArangoDB's are: a forward search from the
source and a backward search from the target expand one level at a time in turn;
after each step the newest forward level is scanned, in order, for a vertex the
backward search has reached. That order decides between equally short paths the
way ArangoDB does. Weighted searches use Dijkstra. A path is a pair of vertex ids
and edges.
"""

from __future__ import annotations

import heapq
from collections.abc import Container, Iterator
from typing import Any

from arangolite.aql.graph_source import Neighbourhood

RawPath = tuple[tuple[str, ...], tuple[dict[str, Any], ...]]
Parents = dict[str, tuple[str, dict[str, Any]] | None]
_NO_BANS: frozenset[str] = frozenset()


def path_weight(hood: Neighbourhood, edges: tuple[dict[str, Any], ...]) -> float:
    return sum(hood.weight(e) for e in edges)


def _expand(
    hood: Neighbourhood,
    frontier: list[str],
    parents: Parents,
    reverse: bool,
    banned_edges: frozenset[str],
    banned_vertices: frozenset[str],
) -> list[str]:
    reached: list[str] = []
    for vertex in frontier:
        for edge, other in _open_steps(
            hood, vertex, reverse, parents, banned_edges, banned_vertices
        ):
            parents[other] = (vertex, edge)
            reached.append(other)
    return reached


def _open_steps(
    hood: Neighbourhood,
    vertex: str,
    reverse: bool,
    done: Container[str],
    banned_edges: frozenset[str],
    banned_vertices: frozenset[str],
) -> Iterator[tuple[dict[str, Any], str]]:
    """Neighbours not yet ``done``, not banned and allowed by ``vertexCollections``."""
    for edge, other in hood.neighbours(vertex, reverse=reverse):
        if other in done or other in banned_vertices or edge["_id"] in banned_edges:
            continue
        if hood.allowed(other):
            yield edge, other


def _chain(parents: Parents, vertex: str) -> tuple[list[str], list[dict[str, Any]]]:
    vertices, edges = [vertex], []
    step = parents[vertex]
    while step is not None:
        previous, edge = step
        vertices.append(previous)
        edges.append(edge)
        step = parents[previous]
    return vertices, edges


def _join(forward: Parents, backward: Parents, meeting: str) -> RawPath:
    left_vertices, left_edges = _chain(forward, meeting)
    right_vertices, right_edges = _chain(backward, meeting)
    vertices = tuple(reversed(left_vertices)) + tuple(right_vertices[1:])
    return vertices, tuple(reversed(left_edges)) + tuple(right_edges)


def two_sided_bfs(
    hood: Neighbourhood,
    source: str,
    target: str,
    banned_edges: frozenset[str] = _NO_BANS,
    banned_vertices: frozenset[str] = _NO_BANS,
) -> RawPath | None:
    """A path with the fewest edges (see the module docstring for the tie order)."""
    if source == target:
        return (source,), ()
    forward: Parents = {source: None}
    backward: Parents = {target: None}
    frontier_f, frontier_b = [source], [target]
    forward_turn = True
    while frontier_f and frontier_b:
        if forward_turn:
            frontier_f = _expand(hood, frontier_f, forward, False, banned_edges, banned_vertices)
        else:
            frontier_b = _expand(hood, frontier_b, backward, True, banned_edges, banned_vertices)
        for vertex in frontier_f:
            if vertex in backward:
                return _join(forward, backward, vertex)
        forward_turn = not forward_turn
    return None


def dijkstra(
    hood: Neighbourhood,
    source: str,
    target: str,
    banned_edges: frozenset[str] = _NO_BANS,
    banned_vertices: frozenset[str] = _NO_BANS,
) -> RawPath | None:
    """The lightest path by ``weightAttribute``, ties broken by edge order."""
    counter = 0
    queue: list[tuple[float, int, str, RawPath]] = [(0.0, 0, source, ((source,), ()))]
    settled: set[str] = set()
    while queue:
        cost, _, vertex, path = heapq.heappop(queue)
        if vertex in settled:
            continue
        settled.add(vertex)
        if vertex == target:
            return path
        for edge, other in _open_steps(hood, vertex, False, settled, banned_edges, banned_vertices):
            counter += 1
            new_path = ((*path[0], other), (*path[1], edge))
            heapq.heappush(queue, (cost + hood.weight(edge), counter, other, new_path))
    return None


def shortest(
    hood: Neighbourhood,
    source: str,
    target: str,
    banned_edges: frozenset[str] = _NO_BANS,
    banned_vertices: frozenset[str] = _NO_BANS,
) -> RawPath | None:
    if hood.weight_attribute is None:
        return two_sided_bfs(hood, source, target, banned_edges, banned_vertices)
    return dijkstra(hood, source, target, banned_edges, banned_vertices)


def k_shortest(hood: Neighbourhood, source: str, target: str) -> Iterator[RawPath]:
    """Yen's algorithm: loop-free paths by increasing weight; among equals the newest first."""
    first = shortest(hood, source, target)
    if first is None:
        return
    found: list[RawPath] = [first]
    yield first
    candidates: list[tuple[float, int, RawPath]] = []
    seen = {_signature(first)}
    counter = 0
    while True:
        for candidate in _spur_paths(hood, found, target):
            signature = _signature(candidate)
            if signature in seen:
                continue
            seen.add(signature)
            counter += 1
            heapq.heappush(candidates, (path_weight(hood, candidate[1]), -counter, candidate))
        if not candidates:
            return
        best = heapq.heappop(candidates)[2]
        found.append(best)
        yield best


def _spur_paths(hood: Neighbourhood, found: list[RawPath], target: str) -> Iterator[RawPath]:
    last = found[-1]
    for i in range(len(last[0]) - 1):
        root_vertices, root_edges = last[0][: i + 1], last[1][:i]
        banned_edges = frozenset(
            p[1][i]["_id"] for p in found if len(p[1]) > i and p[0][: i + 1] == root_vertices
        )
        spur = shortest(
            hood, root_vertices[-1], target, banned_edges, frozenset(root_vertices[:-1])
        )
        if spur is not None:
            yield root_vertices[:-1] + spur[0], root_edges + spur[1]


def _signature(path: RawPath) -> tuple[str, ...]:
    return tuple(e["_id"] for e in path[1])


def _walks(
    hood: Neighbourhood, start: str, length: int, avoid: str, reverse: bool
) -> list[RawPath]:
    """Loop-free walks of exactly ``length`` edges from ``start`` not touching ``avoid``
    before their end, in edge order."""
    level: list[RawPath] = [((start,), ())]
    for _ in range(length):
        following: list[RawPath] = []
        for vertices, edges in level:
            if vertices[-1] == avoid and len(vertices) > 1:
                continue
            for edge, other in hood.neighbours(vertices[-1], reverse=reverse):
                if other in vertices or not hood.allowed(other):
                    continue
                following.append(((*vertices, other), (*edges, edge)))
        level = following
    return level


def k_paths(
    hood: Neighbourhood, source: str, target: str, low: int, high: int
) -> Iterator[RawPath]:
    """Every loop-free path with ``low``..``high`` edges, shorter first.

    Paths of one length join a forward half from the source (the longer half) and
    a backward half from the target, forward halves in edge order first.
    """
    for length in range(max(low, 0), high + 1):
        if length == 0:
            if source == target:
                yield (source,), ()
            continue
        left = (length + 1) // 2
        rights: dict[str, list[RawPath]] = {}
        for walk in _walks(hood, target, length - left, source, reverse=True):
            rights.setdefault(walk[0][-1], []).append(walk)
        for vertices, edges in _walks(hood, source, left, target, reverse=False):
            for back_vertices, back_edges in rights.get(vertices[-1], ()):
                joined = vertices + tuple(reversed(back_vertices[:-1]))
                if len(set(joined)) == len(joined):
                    yield joined, edges + tuple(reversed(back_edges))


def all_shortest(hood: Neighbourhood, source: str, target: str) -> Iterator[RawPath]:
    """Every path with the minimal number of edges."""
    first = two_sided_bfs(hood, source, target)
    if first is None:
        return
    length = len(first[1])
    yield from k_paths(hood, source, target, length, length)
