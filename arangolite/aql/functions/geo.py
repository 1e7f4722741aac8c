"""AQL geo functions: GeoJSON constructors, distances and point-in-polygon tests.

Distances use a spherical earth of radius 6,371,000 m, as ArangoDB does.
"""

from __future__ import annotations

import math
from typing import Any

from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument
from arangolite.aql.values import is_number

registry = Registry()
EARTH_RADIUS_M = 6_371_000.0


def _is_position(value: Any) -> bool:
    return isinstance(value, list) and len(value) >= 2 and all(is_number(v) for v in value[:2])


def _positions(value: Any, minimum: int) -> bool:
    return isinstance(value, list) and len(value) >= minimum and all(_is_position(p) for p in value)


def _closed_ring(ring: Any) -> bool:
    return _positions(ring, 4) and ring[0][:2] == ring[-1][:2]


@registry.function("GEO_POINT", 2, 2)
def geo_point(ctx: FunctionContext, lon: Any, lat: Any) -> Any:
    if not (is_number(lon) and is_number(lat)):
        invalid_argument(ctx, "GEO_POINT")
        return None
    return {"type": "Point", "coordinates": [lon, lat]}


@registry.function("GEO_MULTIPOINT", 1, 1)
def geo_multipoint(ctx: FunctionContext, points: Any) -> Any:
    if not _positions(points, 2):
        invalid_argument(ctx, "GEO_MULTIPOINT")
        return None
    return {"type": "MultiPoint", "coordinates": points}


@registry.function("GEO_LINESTRING", 1, 1)
def geo_linestring(ctx: FunctionContext, points: Any) -> Any:
    if not _positions(points, 2):
        invalid_argument(ctx, "GEO_LINESTRING")
        return None
    return {"type": "LineString", "coordinates": points}


@registry.function("GEO_MULTILINESTRING", 1, 1)
def geo_multilinestring(ctx: FunctionContext, lines: Any) -> Any:
    if not (isinstance(lines, list) and lines and all(_positions(x, 2) for x in lines)):
        invalid_argument(ctx, "GEO_MULTILINESTRING")
        return None
    return {"type": "MultiLineString", "coordinates": lines}


def _rings(value: Any) -> list[Any] | None:
    if _closed_ring(value):
        return [value]
    if isinstance(value, list) and value and all(_closed_ring(r) for r in value):
        return list(value)
    return None


@registry.function("GEO_POLYGON", 1, 1)
def geo_polygon(ctx: FunctionContext, value: Any) -> Any:
    rings = _rings(value)
    if rings is None:
        invalid_argument(ctx, "GEO_POLYGON")
        return None
    return {"type": "Polygon", "coordinates": rings}


@registry.function("GEO_MULTIPOLYGON", 1, 1)
def geo_multipolygon(ctx: FunctionContext, value: Any) -> Any:
    polygons = [_rings(p) for p in value] if isinstance(value, list) and value else [None]
    if any(p is None for p in polygons):
        invalid_argument(ctx, "GEO_MULTIPOLYGON")
        return None
    return {"type": "MultiPolygon", "coordinates": polygons}


def _all_positions(geometry: Any) -> list[list[float]]:
    if _is_position(geometry):
        return [geometry]
    if isinstance(geometry, dict):
        return _all_positions(geometry.get("coordinates"))
    if isinstance(geometry, list):
        out: list[list[float]] = []
        for part in geometry:
            out.extend(_all_positions(part))
        return out
    return []


def _centroid(geometry: Any) -> tuple[float, float] | None:
    points = _all_positions(geometry)
    if isinstance(geometry, dict) and geometry.get("type") in ("Polygon", "MultiPolygon"):
        points = points[:-1] if len(points) > 1 else points
    if not points:
        return None
    return (
        sum(p[0] for p in points) / len(points),
        sum(p[1] for p in points) / len(points),
    )


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


@registry.function("GEO_DISTANCE", 2, 3)
def geo_distance(ctx: FunctionContext, a: Any, b: Any, ellipsoid: Any = "sphere") -> Any:
    ca, cb = _centroid(a), _centroid(b)
    if ca is None or cb is None:
        invalid_argument(ctx, "GEO_DISTANCE")
        return None
    return haversine(ca[1], ca[0], cb[1], cb[0])


@registry.function("DISTANCE", 4, 4)
def distance(ctx: FunctionContext, lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> Any:
    if not all(is_number(v) for v in (lat1, lon1, lat2, lon2)):
        invalid_argument(ctx, "DISTANCE")
        return None
    return haversine(lat1, lon1, lat2, lon2)


def _inside(point: tuple[float, float], ring: list[list[float]]) -> bool:
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(
        ([p[0], p[1]] for p in ring), ([p[0], p[1]] for p in ring[1:] + ring[:1]), strict=True
    ):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


@registry.function("GEO_CONTAINS", 2, 2)
def geo_contains(ctx: FunctionContext, area: Any, geometry: Any) -> Any:
    rings = area.get("coordinates") if isinstance(area, dict) else None
    if not (isinstance(area, dict) and area.get("type") == "Polygon" and rings):
        invalid_argument(ctx, "GEO_CONTAINS")
        return None
    points = _all_positions(geometry)
    if not points:
        invalid_argument(ctx, "GEO_CONTAINS")
        return None
    outer, holes = rings[0], rings[1:]
    return all(
        _inside((p[0], p[1]), outer) and not any(_inside((p[0], p[1]), h) for h in holes)
        for p in points
    )


@registry.function("IS_IN_POLYGON", 2, 4)
def is_in_polygon(
    ctx: FunctionContext, polygon: Any, a: Any, b: Any = None, geo: Any = False
) -> Any:
    if not _positions(polygon, 3):
        invalid_argument(ctx, "IS_IN_POLYGON")
        return None
    if _is_position(a):
        lon, lat = (a[0], a[1]) if b else (a[1], a[0])
    elif is_number(a) and is_number(b):
        lat, lon = a, b
    else:
        invalid_argument(ctx, "IS_IN_POLYGON")
        return None
    ring = [[p[1], p[0]] for p in polygon] if not geo else polygon
    return _inside((lon, lat), ring)


@registry.function("GEO_IN_RANGE", 4, 6)
def geo_in_range(
    ctx: FunctionContext,
    a: Any,
    b: Any,
    low: Any,
    high: Any,
    inc_low: Any = True,
    inc_high: Any = True,
) -> Any:
    d = geo_distance(ctx, a, b)
    if d is None or not (is_number(low) and is_number(high)):
        return None
    above = d >= low if inc_low else d > low
    below = d <= high if inc_high else d < high
    return above and below
