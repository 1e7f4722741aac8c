"""Build the binary documents of the sample corpus (PDF and DOCX).

The text of both documents lives in this script, so the files can be rebuilt at any
time and give the same bytes on every run: no creation dates, no random ids, and the
DOCX archive uses fixed zip timestamps.

Run from the repository root::

    .venv/bin/python demo/corpus/build_binary_docs.py

Needs ``fpdf2`` (PDF) and ``python-docx`` (DOCX). The generated files are committed, so
ingestion does not depend on either package.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PDF_NAME = "methanol_design_report.pdf"
DOCX_NAME = "methanol_operating_manual.docx"
FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
ZIP_DATE = (2026, 1, 1, 0, 0, 0)

# A section is (heading, [paragraphs]). Text is kept to Latin-1 for the PDF core fonts.
Section = tuple[str, list[str]]

DESIGN_REPORT_TITLE = "Methanol Synthesis Unit (Area 200) - Basic Design Report"
DESIGN_REPORT: list[Section] = [
    (
        "1. Design basis",
        [
            "This report gives the basic design of the methanol synthesis unit of Area 200. "
            "The unit converts synthesis gas from the steam methane reformer H-301 of Area 300 "
            "into AA-grade methanol. The design capacity is 1,000 t/d of methanol, which "
            "corresponds to the product stream S-21 of 41,600 kg/h sent to the storage tank "
            "TK-201. Stream numbers refer to the stream table streams.csv.",
            "The makeup gas (stream S-08) contains about 73 mol% hydrogen, 14.6 mol% carbon "
            "monoxide and 7.3 mol% carbon dioxide. The design is based on a catalyst life of "
            "four years and an on-stream factor of 8,400 hours per year.",
        ],
    ),
    (
        "2. Synthesis gas compression",
        [
            "The makeup gas compressor K-201 raises the pressure of the dry synthesis gas from "
            "23.5 bar to 78 bar in two stages with an intercooler. The compressed makeup gas "
            "(stream S-09) joins the recycle gas (stream S-10) at the suction of the recycle "
            "compressor K-202. The recycle compressor K-202 delivers the loop feed gas "
            "(stream S-11) at 82 bar. The recycle ratio, defined as recycle gas to makeup gas "
            "on a molar basis, is about 4.",
        ],
    ),
    (
        "3. Methanol converter R-201",
        [
            "Stream S-12 from the feed/effluent exchanger E-201 feeds the methanol converter "
            "R-201, which is packed with a Cu/ZnO/Al2O3 catalyst. The feed/effluent exchanger "
            "E-201 heats the loop feed gas from 60 °C to 225 °C against the converter "
            "effluent (stream S-13).",
            "R-201 is a boiling-water reactor with 7,000 tubes of 44 mm inside diameter and "
            "7.5 m length, holding 80 m3 of catalyst. The catalyst is loaded inside the tubes, "
            "and boiling water on the shell side removes the heat of reaction. The methanol "
            "converter R-201 operates at 81 bar and a catalyst temperature between 240 and "
            "265 °C. The steam drum V-203 is connected to the shell side of R-201 and produces "
            "saturated steam at 40 bar, which corresponds to a boiling temperature of about "
            "250 °C. The steam is exported to the medium-pressure steam header.",
            "The design carbon conversion per pass is about 40 %, and the overall carbon "
            "conversion of the loop is about 89 %. The selectivity to methanol is above "
            "99.5 % on a carbon basis. The gas hourly space velocity is about 9,500 per hour. "
            "The converter effluent (stream S-13) leaves R-201 at 255 °C and contains about "
            "4 mol% methanol.",
        ],
    ),
    (
        "4. Effluent cooling and separation",
        [
            "The converter effluent is cooled in E-201 to 120 °C (stream S-14) and then in "
            "the air cooler E-202 to 40 °C (stream S-15). The high-pressure separator V-201 "
            "separates crude methanol from the unreacted gas. Most of the gas returns to the "
            "loop as recycle gas (stream S-10). A purge stream (stream S-16) of 15,440 kg/h is "
            "let down to 6 bar and burned as fuel in the reformer H-301. The purge removes the "
            "excess hydrogen of the makeup gas and keeps the methane and nitrogen content of the "
            "loop in check.",
            "Crude methanol (stream S-17) flows from V-201 to the let-down vessel V-202, which "
            "operates at 5 bar and releases the dissolved gases as flash gas (stream S-19).",
        ],
    ),
    (
        "5. Distillation",
        [
            "The topping column T-201 has 40 trays and removes dissolved gases and light ends "
            "overhead (stream S-22). The refining column T-202 has 80 trays and operates with "
            "a reflux ratio of 1.8. AA-grade methanol is drawn near the top of T-202 (stream "
            "S-21), water leaves as the bottom product (stream S-23), and a side draw removes "
            "ethanol and higher alcohols, which are burned as fuel.",
        ],
    ),
    (
        "6. Materials and safety",
        [
            "The loop piping is made of carbon steel, and the hot sections of E-201 and R-201 "
            "are designed for hydrogen service. The let-down vessel V-202 has a design pressure "
            "of 10 bar and is protected by the safety valve PSV-202. The HAZOP note for the "
            "loop lists the recommendations that were added to this design.",
        ],
    ),
]

MANUAL_TITLE = "Methanol Synthesis Unit (Area 200) - Operating Manual, Loop Start-up and Shutdown"
OPERATING_MANUAL: list[Section] = [
    (
        "1. Purpose",
        [
            "This manual gives the operating steps for the methanol synthesis loop of Area 200: "
            "first reduction of the catalyst, normal start-up, normal operation and shutdown. "
            "Tags and stream numbers follow the design report and streams.csv.",
        ],
    ),
    (
        "2. Catalyst reduction",
        [
            "The fresh catalyst in R-201 is supplied as copper oxide and must be reduced to "
            "metallic copper before the first start-up. The reduction of copper oxide is strongly "
            "exothermic, so it is carried out with nitrogen containing a small amount of hydrogen.",
            "Circulate nitrogen through the loop with the recycle compressor K-202 and heat the "
            "catalyst with steam on the shell side of R-201 at a rate of no more than 25 °C per "
            "hour. Start adding hydrogen when the catalyst reaches 150 °C. During reduction the "
            "hydrogen concentration at the R-201 inlet must not exceed 2 vol%, and the catalyst "
            "temperature must not exceed 230 °C. Watch the water collected in V-201, which "
            "measures the progress of the reduction. The reduction is complete when no more "
            "water is formed and the hydrogen content at the inlet and outlet of R-201 is the "
            "same.",
        ],
    ),
    (
        "3. Start-up",
        [
            "Before start-up, confirm that the boiler feed water supply to the steam drum V-203 "
            "is in service and that the V-203 level is normal. Pressurise the loop with makeup "
            "gas from K-201 to 40 bar while circulating with K-202. Keep the steam drum pressure "
            "at about 30 bar so that the catalyst stays at about 235 °C. Raise the loop pressure "
            "in steps of 10 bar up to 81 bar, then raise the steam drum pressure slowly to 40 bar. "
            "Put the level control of V-201 in automatic before the first crude methanol appears.",
            "Start the distillation section when the level in the let-down vessel V-202 rises: "
            "first the topping column T-201 on total reflux, then the refining column T-202.",
        ],
    ),
    (
        "4. Normal operation",
        [
            "During normal operation the converter inlet temperature (stream S-12) is kept at "
            "225 °C with the bypass of E-201, and the steam drum V-203 is kept at 40 bar. The "
            "catalyst temperature of R-201 follows the steam drum pressure. When the catalyst "
            "ages and the conversion drops, raise the steam drum pressure in small steps; the "
            "highest allowed pressure is 48 bar, which corresponds to a boiling temperature of "
            "about 262 °C.",
            "Control the purge flow (stream S-16) so that the methane content of the recycle gas "
            "stays between 11 and 13 mol%. Sample the crude methanol in stream S-17 once per "
            "shift for water, ethanol and dimethyl ether.",
        ],
    ),
    (
        "5. Normal shutdown",
        [
            "Reduce the makeup gas flow and stop K-201. Keep K-202 running to remove heat from "
            "the catalyst while the steam drum pressure is lowered. Depressurise the loop slowly "
            "through the purge line to the reformer fuel system; the depressurisation rate must "
            "not exceed 5 bar per minute to protect the catalyst. Keep the loop under nitrogen "
            "at a small positive pressure. The reduced catalyst is pyrophoric and must never be "
            "exposed to air while it is hot.",
        ],
    ),
    (
        "6. Emergency actions",
        [
            "On loss of boiler feed water to V-203, the low-low level trip isolates the makeup "
            "gas and depressurises the loop. Do not reset the trip until the cause is known and "
            "the V-203 level is restored. On a trip of K-202, check that the blowdown valve has "
            "opened and watch the R-201 outlet temperature. Methanol is highly flammable and "
            "toxic: wear the specified gloves and face shield when taking samples from S-17.",
        ],
    ),
]


def build_pdf(path: Path) -> None:
    """Write the design report as a PDF with fixed metadata."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(DESIGN_REPORT_TITLE)
    pdf.set_author("ProcessKG sample corpus")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, DESIGN_REPORT_TITLE, new_x="LMARGIN", new_y="NEXT")
    for heading, paragraphs in DESIGN_REPORT:
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(path))


def build_docx(path: Path) -> None:
    """Write the operating manual as a DOCX with fixed metadata and zip timestamps."""
    import docx

    document = docx.Document()
    props = document.core_properties
    props.title = MANUAL_TITLE
    props.author = "ProcessKG sample corpus"
    props.last_modified_by = "ProcessKG sample corpus"
    props.created = FIXED_DATE.replace(tzinfo=None)
    props.modified = FIXED_DATE.replace(tzinfo=None)
    props.revision = 1
    document.add_heading(MANUAL_TITLE, level=0)
    for heading, paragraphs in OPERATING_MANUAL:
        document.add_heading(heading, level=1)
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(_normalise_zip(buffer.getvalue()))


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip archive with sorted-as-written entries and a fixed timestamp."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def section_text(sections: list[Section]) -> str:
    """Plain text of a document's sections, one paragraph per line (used by the tests)."""
    lines: list[str] = []
    for heading, paragraphs in sections:
        lines.append(heading)
        lines.extend(paragraphs)
    return "\n".join(lines)


def main() -> None:
    """Build both binary documents next to this script."""
    build_pdf(HERE / PDF_NAME)
    build_docx(HERE / DOCX_NAME)


if __name__ == "__main__":
    main()
