"""CSV and XLSX stream tables: rows with units from the headers, plus a text rendering."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.ingest.parsers import parse_document
from graph.ingest.parsers.stream_table import split_header
from tests.graph.ingest.samples import STREAMS_CSV, xlsx_bytes


def test_csv_stream_table_rows() -> None:
    table = parse_document(STREAMS_CSV, "streams.csv").stream_table
    assert table is not None
    first = table.rows[0]
    assert (first.stream_id, first.source, first.destination, first.phase) == (
        "S1",
        "F-100",
        "R-101",
        "Vapour",
    )
    assert (first.temperature, first.pressure, first.flow) == (350.0, 20.0, 1250.5)
    assert first.composition == {"H2": 0.75, "CH4": 0.25}


def test_csv_stream_table_units_from_headers() -> None:
    table = parse_document(STREAMS_CSV, "streams.csv").stream_table
    assert table is not None
    assert table.units == {
        "temperature": "°C",
        "pressure": "bar",
        "flow": "kg/h",
        "H2": "mol frac",
        "CH4": "mol frac",
    }


def test_table_text_rendering_names_every_value() -> None:
    doc = parse_document(STREAMS_CSV, "streams.csv")
    assert "Stream: S2; From: R-101; To: E-101" in doc.text
    assert "Temperature (°C): 420" in doc.text


def test_xlsx_stream_table(tmp_path: Path) -> None:
    doc = parse_document(xlsx_bytes(tmp_path), "streams.xlsx")
    assert doc.stream_table is not None and doc.stream_table.sheet == "Streams"
    assert [r.temperature for r in doc.stream_table.rows] == [25.0, 80.5]
    assert doc.stream_table.units["pressure"] == "bar"
    assert all(b.section_path == ("Streams",) for b in doc.blocks)


@pytest.mark.parametrize(
    "data",
    [b"Name,Value\nalpha,1\nbeta,2\n", b"Equipment;Service\nP-101;Feed pump\n"],
)
def test_table_without_stream_column_is_text_only(data: bytes) -> None:
    doc = parse_document(data, "table.csv")
    assert doc.stream_table is None and len(doc.blocks) >= 2


def test_semicolon_csv_is_sniffed() -> None:
    table = parse_document(b"Stream;T [K];P [kPa]\nS1;300;101.3\n", "s.csv").stream_table
    assert table is not None
    assert (table.rows[0].temperature, table.units) == (
        300.0,
        {"temperature": "K", "pressure": "kPa"},
    )


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Temperature (°C)", ("Temperature", "°C")),
        ("Pressure [bar g]", ("Pressure", "bar g")),
        ("Mass flow, kg/h", ("Mass flow", "kg/h")),
        ("Phase", ("Phase", None)),
    ],
)
def test_split_header(header: str, expected: tuple[str, str | None]) -> None:
    assert split_header(header) == expected
