"""Geo functions: GeoJSON constructors, distances and containment."""

from __future__ import annotations

from typing import Any

import pytest

from tests.arangolite.aql.functions.fake_ctx import call

SQUARE = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("GEO_POINT", (7.1, 50.7), {"type": "Point", "coordinates": [7.1, 50.7]}),
        (
            "GEO_LINESTRING",
            ([[0, 0], [1, 1]],),
            {"type": "LineString", "coordinates": [[0, 0], [1, 1]]},
        ),
        (
            "GEO_MULTILINESTRING",
            ([[[0, 0], [1, 1]]],),
            {"type": "MultiLineString", "coordinates": [[[0, 0], [1, 1]]]},
        ),
        ("GEO_POLYGON", (SQUARE,), {"type": "Polygon", "coordinates": [SQUARE]}),
        ("GEO_MULTIPOLYGON", ([SQUARE],), {"type": "MultiPolygon", "coordinates": [[SQUARE]]}),
    ],
)
def test_constructors(name: str, args: tuple[Any, ...], expected: Any) -> None:
    assert call(name, *args) == (expected, [])


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("GEO_POINT", ("x", 1)),
        ("GEO_LINESTRING", ([[0, 0]],)),
        ("GEO_POLYGON", ([[0, 0], [1, 1], [0, 0]],)),
        ("GEO_MULTIPOLYGON", ([],)),
        ("GEO_DISTANCE", ("a", [1, 2])),
        ("DISTANCE", (1, 2, "3", 4)),
        ("GEO_CONTAINS", ({"type": "Point"}, [1, 1])),
        ("IS_IN_POLYGON", ([[0, 0]], 1, 1)),
    ],
)
def test_invalid_arguments_warn_and_return_null(name: str, args: tuple[Any, ...]) -> None:
    result, codes = call(name, *args)
    assert result is None and codes == [1542]


def test_distance_between_bonn_and_cologne_is_about_24_km() -> None:
    bonn, cologne = [7.0998, 50.734], [6.9603, 50.9375]
    metres, _ = call("GEO_DISTANCE", bonn, cologne)
    assert 24_000 < metres < 25_500
    assert call("DISTANCE", 50.734, 7.0998, 50.9375, 6.9603)[0] == pytest.approx(metres)


def test_distance_to_a_polygon_uses_its_centre() -> None:
    polygon = {"type": "Polygon", "coordinates": [SQUARE]}
    assert call("GEO_DISTANCE", [5, 5], polygon)[0] == pytest.approx(0.0, abs=1e-6)


@pytest.mark.parametrize(("point", "inside"), [([5, 5], True), ([15, 5], False)])
def test_containment(point: list[int], inside: bool) -> None:
    polygon = {"type": "Polygon", "coordinates": [SQUARE]}
    assert call("GEO_CONTAINS", polygon, point)[0] is inside
    assert call("IS_IN_POLYGON", [[y, x] for x, y in SQUARE], point[1], point[0])[0] is inside


def test_geo_in_range() -> None:
    assert call("GEO_IN_RANGE", [0, 0], [0, 1], 100_000, 120_000)[0] is True
    assert call("GEO_IN_RANGE", [0, 0], [0, 1], 0, 100_000)[0] is False
