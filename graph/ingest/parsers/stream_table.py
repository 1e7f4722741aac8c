"""Tables of rows and headers: their text rendering, and reading them as stream tables.

A header names a field and may carry its unit: ``Temperature (°C)``, ``P [bar]``,
``Mass flow, kg/h``. Columns the field names do not claim and that hold numbers are read
as composition columns, named by their header (``H2 (mol frac)`` → ``H2``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.ingest.document import StreamRow, StreamTable
from graph.ingest.parsers.builder import DocumentBuilder

_UNIT = re.compile(r"^(.*?)\s*(?:[(\[]\s*([^)\]]*?)\s*[)\]]|,\s*(\S.*))\s*$")
_FIELDS: dict[str, frozenset[str]] = {
    "stream_id": frozenset({"stream", "stream id", "stream no", "stream number", "stream tag"}),
    "source": frozenset({"from", "source", "source unit", "origin", "from unit"}),
    "destination": frozenset({"to", "destination", "destination unit", "dest", "to unit"}),
    "phase": frozenset({"phase", "state", "phase state"}),
    "description": frozenset({"description", "name", "service", "stream name"}),
    "temperature": frozenset({"temperature", "temp", "t"}),
    "pressure": frozenset({"pressure", "press", "p"}),
    "flow": frozenset(
        {"flow", "flow rate", "flowrate", "mass flow", "mass flow rate", "molar flow",
         "molar flow rate", "total flow", "volumetric flow", "volume flow"}
    ),
}  # fmt: skip
_NUMERIC = ("temperature", "pressure", "flow")
# snake_case headers carry their unit as a suffix: ``temperature_C``, ``mass_flow_kg_h``.
_SNAKE_UNITS: dict[str, str] = {
    "c": "°C", "degc": "°C", "k": "K", "f": "°F", "bar": "bar", "bara": "bar", "barg": "barg",
    "pa": "Pa", "kpa": "kPa", "mpa": "MPa", "psi": "psi", "psig": "psig", "atm": "atm",
    "kg_h": "kg/h", "kg_s": "kg/s", "t_h": "t/h", "kmol_h": "kmol/h", "mol_s": "mol/s",
    "m3_h": "m3/h", "nm3_h": "Nm3/h",
}  # fmt: skip
# ``x_H2``: a mole fraction of H2 (``w_`` a mass fraction).
_FRACTION_PREFIXES = {"x": "mol frac", "y": "mol frac", "w": "mass frac"}

Row = Sequence[str]


def split_header(header: str) -> tuple[str, str | None]:
    """``(name, unit)`` of a column header; the unit is ``None`` when none is written."""
    match = _UNIT.match(header.strip())
    if not match:
        return _split_snake(header.strip())
    name, unit = match.group(1), match.group(2) or match.group(3)
    return name.strip(), (unit.strip() or None) if unit else None


def _split_snake(header: str) -> tuple[str, str | None]:
    """``("mass flow", "kg/h")`` from ``mass_flow_kg_h``; ``("H2", "mol frac")`` from ``x_H2``."""
    parts = header.split("_")
    if len(parts) == 2 and parts[0].lower() in _FRACTION_PREFIXES and parts[1]:
        return parts[1], _FRACTION_PREFIXES[parts[0].lower()]
    for cut in range(1, len(parts)):
        unit = _SNAKE_UNITS.get("_".join(parts[cut:]).lower())
        if unit is not None:
            return " ".join(parts[:cut]), unit
    return header, None


def _field(name: str) -> str | None:
    key = re.sub(r"[\s_.#-]+", " ", name.lower()).strip()
    return next((f for f, names in _FIELDS.items() if key in names), None)


def to_number(value: str) -> float | None:
    """The number in a cell (``"1,250.5"`` → 1250.5), or ``None``."""
    try:
        return float(value.replace(",", "").replace("\u2212", "-").strip())
    except ValueError:
        return None


def _columns(headers: Row, rows: Sequence[Row]) -> dict[int, tuple[str, str, str | None]]:
    """Column index → ``(field or "composition", name, unit)`` for the columns we read."""
    columns: dict[int, tuple[str, str, str | None]] = {}
    for index, header in enumerate(headers):
        name, unit = split_header(header)
        found = _field(name)
        if found and found not in {c[0] for c in columns.values()}:
            columns[index] = (found, name, unit)
            continue
        cells = [r[index] for r in rows if index < len(r) and r[index].strip()]
        if name and cells and all(to_number(c) is not None for c in cells):
            columns[index] = ("composition", name, unit)
    return columns


def read_stream_table(headers: Row, rows: Sequence[Row], sheet: str | None) -> StreamTable | None:
    """The stream table in ``rows``, or ``None`` when there is no stream id column."""
    columns = _columns(headers, rows)
    if "stream_id" not in {c[0] for c in columns.values()}:
        return None
    units = {
        (name if kind == "composition" else kind): unit
        for kind, name, unit in columns.values()
        if unit and kind in (*_NUMERIC, "composition")
    }
    streams = [_stream(row, columns) for row in rows]
    found = tuple(s for s in streams if s is not None)
    return StreamTable(rows=found, units=units, sheet=sheet) if found else None


def _stream(row: Row, columns: dict[int, tuple[str, str, str | None]]) -> StreamRow | None:
    values: dict[str, object] = {}
    composition: dict[str, float] = {}
    for index, (kind, name, _) in columns.items():
        cell = row[index].strip() if index < len(row) else ""
        if not cell:
            continue
        if kind == "composition":
            number = to_number(cell)
            if number is not None:
                composition[name] = number
        elif kind in _NUMERIC:
            values[kind] = to_number(cell)
        else:
            values[kind] = cell
    if not values.get("stream_id"):
        return None
    return StreamRow.model_validate({**values, "composition": composition})


def add_table(
    builder: DocumentBuilder, headers: Row, rows: Sequence[Row], section: tuple[str, ...]
) -> None:
    """Render a table as text: the header line, then one ``Header: value; …`` block per row."""
    builder.add(" | ".join(h for h in headers if h), section)
    for row in rows:
        pairs = (
            f"{headers[i] if i < len(headers) and headers[i] else f'Column {i + 1}'}: {cell}"
            for i, cell in enumerate(row)
            if cell.strip()
        )
        builder.add("; ".join(pairs), section)


def clean_rows(raw: Sequence[Sequence[object]]) -> tuple[list[str], list[list[str]]]:
    """``(headers, rows)``: cells as text, blank rows dropped, the first row as headers."""
    rows = [[_cell_text(c) for c in r] for r in raw]
    rows = [r for r in rows if any(c for c in r)]
    if not rows:
        return [], []
    return rows[0], rows[1:]


def _cell_text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()
