"""Small documents of every format, built in the tests (no binary fixtures on disk)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import openpyxl
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

MARKDOWN = b"""# Plant manual

Introduction to the plant.

## Reactor R-101

The reactor converts ethylene to ethylene oxide over a silver catalyst.

### Cooling

Boiling water removes the heat of reaction.

## Column C-201

The column separates the product from water.
"""

HTML = b"""<!DOCTYPE html><html><head><title>HAZOP notes</title>
<style>body { color: red }</style><script>var hidden = 1;</script></head>
<body><nav>Home | Contact</nav>
<h1>Node 1</h1><p>High pressure in V-101 &amp; overfilling.</p>
<h2>Causes</h2><ul><li>Blocked outlet</li><li>Control valve fails open</li></ul>
<table><tr><th>Deviation</th><th>Safeguard</th></tr>
<tr><td>More flow</td><td>PSV-1</td></tr></table>
</body></html>"""

STREAMS_CSV = (
    b"Stream,From,To,Phase,Temperature (\xc2\xb0C),Pressure [bar],Mass flow (kg/h),"
    b"H2 (mol frac),CH4 (mol frac)\n"
    b"""S1,F-100,R-101,Vapour,350,20,"1,250.5",0.75,0.25
S2,R-101,E-101,Vapour,420,19.5,1250.5,0.6,0.4
"""
)

STREAM_ROWS = [
    ["Stream", "From", "To", "Phase", "Temperature (°C)", "Pressure [bar]", "Mass flow (kg/h)"],
    ["S1", "F-100", "R-101", "Liquid", 25, 1.5, 1000],
    ["S2", "R-101", "E-101", "Liquid", 80.5, 1.2, 1000],
]


def pdf_bytes(pages: list[str], password: str | None = None, title: str | None = None) -> bytes:
    """A PDF with one line of Helvetica text per page (empty strings give blank pages)."""
    writer = PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    for text in pages:
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        stream = DecodedStreamObject()
        if text:
            stream.set_data(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    if title:
        writer.add_metadata({"/Title": title})
    if password:
        writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes(tmp_path: Path) -> bytes:
    """A DOCX with a title, two heading levels, paragraphs and a table."""
    document = docx.Document()
    document.add_heading("Operating manual", level=0)
    document.add_heading("Start-up", level=1)
    document.add_paragraph("Purge the reactor with nitrogen.")
    document.add_heading("Feed pumps", level=2)
    document.add_paragraph("Start P-101 before P-102.")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("Pump", "Flow"), ("P-101", "12 m3/h")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_heading("Shutdown", level=1)
    document.add_paragraph("Close XV-200.")
    path = tmp_path / "manual.docx"
    document.save(str(path))
    return path.read_bytes()


def xlsx_bytes(tmp_path: Path, rows: list[list[object]] | None = None) -> bytes:
    """A workbook whose first sheet, ``Streams``, holds ``rows`` (a stream table)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Streams"
    for row in rows if rows is not None else STREAM_ROWS:
        sheet.append(row)
    path = tmp_path / "streams.xlsx"
    workbook.save(str(path))
    return path.read_bytes()


def zip_bomb(member: str, size: int) -> bytes:
    """A zip whose ``member`` inflates ``size`` zero bytes from a few kilobytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(member, b"\0" * size)
    return out.getvalue()
