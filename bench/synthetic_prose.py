"""Procedurally generated prose about made-up chemical plants, for the synthetic corpus.

The vocabulary, the sentence templates with their quantity fields, and the pages they make
up. Everything is drawn from the ``random.Random`` passed in: the same seed, the same text.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

RICH_SHARE = 0.6  # sentences naming two or more entities
SINGLE_SHARE = 0.1  # sentences naming one entity; the rest name none


@dataclass(frozen=True)
class Theme:
    """One kind of plant: its named processes, chemicals and catalysts.

    Each chemical is (name, formula, role), the role being ``feed``, ``prod`` (product),
    ``inert`` or ``other``; templates ask for a role or for ``C``, any chemical.
    """

    area: str
    processes: tuple[str, ...]
    chemicals: tuple[tuple[str, str, str], ...]
    catalysts: tuple[str, ...]


# fmt: off
THEMES = (
    Theme("Ammonia synthesis", ("Haber-Bosch process", "ammonia synthesis loop"),
          (("hydrogen", "H2", "feed"), ("nitrogen", "N2", "feed"), ("ammonia", "NH3", "prod"),
           ("methane", "CH4", "inert"), ("argon", "Ar", "inert"), ("water", "H2O", "other")),
          ("promoted iron catalyst", "magnetite-based iron catalyst")),
    Theme("Methanol synthesis", ("low-pressure methanol synthesis", "methanol loop"),
          (("carbon monoxide", "CO", "feed"), ("carbon dioxide", "CO2", "feed"),
           ("hydrogen", "H2", "feed"), ("methanol", "CH3OH", "prod"), ("water", "H2O", "other"),
           ("methane", "CH4", "inert")),
          ("Cu/ZnO/Al2O3 catalyst", "copper-based catalyst")),
    Theme("Hydrogen production", ("steam methane reforming", "water-gas shift"),
          (("methane", "CH4", "feed"), ("water", "H2O", "feed"), ("hydrogen", "H2", "prod"),
           ("carbon monoxide", "CO", "other"), ("carbon dioxide", "CO2", "other"),
           ("nitrogen", "N2", "inert")),
          ("nickel catalyst", "iron-chromium shift catalyst")),
    Theme("Sulfuric acid", ("contact process", "double-absorption process"),
          (("sulfur dioxide", "SO2", "feed"), ("oxygen", "O2", "feed"), ("sulfur", "S", "feed"),
           ("sulfur trioxide", "SO3", "prod"), ("sulfuric acid", "H2SO4", "prod"),
           ("water", "H2O", "other"), ("nitrogen", "N2", "inert")),
          ("vanadium pentoxide catalyst", "V2O5 catalyst")),
    Theme("Ethylene", ("steam cracking", "acetylene hydrogenation"),
          (("ethane", "C2H6", "feed"), ("propane", "C3H8", "feed"), ("ethylene", "C2H4", "prod"),
           ("propylene", "C3H6", "prod"), ("methane", "CH4", "inert"),
           ("hydrogen", "H2", "other"), ("acetylene", "C2H2", "other")),
          ("palladium catalyst", "palladium-on-alumina catalyst")),
    Theme("Aromatics", ("hydrodealkylation", "toluene disproportionation"),
          (("toluene", "C7H8", "feed"), ("hydrogen", "H2", "feed"), ("benzene", "C6H6", "prod"),
           ("p-xylene", "C8H10", "prod"), ("methane", "CH4", "inert"),
           ("cyclohexane", "C6H12", "other")),
          ("platinum catalyst", "chromia-alumina catalyst")),
)
STEAM = ("HP steam", "MP steam", "LP steam")
COOLANTS = ("cooling water", "chilled water", "tempered water")
UTILITIES = ("cooling water", "boiler feed water", "instrument air", "HP steam", "fuel gas")
HAZARDS = ("overpressure", "runaway reaction", "loss of containment", "flash fire",
           "toxic release", "catalyst overheating")
DOCUMENT_KINDS = ("Process description", "Operating manual", "Basic design report",
                  "HAZOP follow-up notes", "Performance test report")
SECTION_TITLES = ("Feed preparation", "Feed compression", "Reaction section", "Heat recovery",
                  "Effluent cooling", "Separation", "Distillation", "Product storage",
                  "Utilities", "Operating limits", "Start-up", "Normal shutdown",
                  "Emergency actions", "Safeguarding", "Catalyst handling", "Maintenance notes")
FILLER_SUBJECTS = ("Maintenance technicians", "Shift supervisors", "Reliability engineers",
                   "Panel operators", "Inspectors", "Process engineers", "Field operators")
FILLER_ACTIONS = ("review the alarm log", "check the lubrication records", "walk down the area",
                  "inspect the flange bolting", "update the marked-up drawings",
                  "test the emergency lighting", "verify the calibration of field instruments",
                  "confirm that all permits are closed")
FILLER_TIMES = ("at the start of every shift", "once a week", "before each turnaround",
                "after any field modification", "every quarter", "when a deviation is logged")
# fmt: on
# Template fields: R reactor, E exchanger, T column, K compressor, V drum, F furnace, S stream,
# C any chemical (feed, prod, inert: by role), cat catalyst, steam, cool coolant, util any
# utility, haz hazard, proc named process; the rest are quantities (QUANTITIES). A trailing
# digit asks for a different one of the same kind; chemicals in a sentence all differ.
RICH_TEMPLATES = tuple(
    """
The feed gas (stream {S}) is heated to {temp} in {E} before it enters the reactor {R}.
{R} is filled with the {cat} and runs at {press} with an inlet temperature of {temp}.
{feed} and {feed2} are mixed upstream of {K}, which raises the pressure to {press}.
Stream {S} carries about {flow} of {C} from {V} to the suction of {K}.
The {proc} section turns {feed} into {prod}; the conversion per pass in {R} is near {pct}.
Column {T} has {trays} trays and a reflux ratio of {rr}, and recovers {prod} as stream {S}.
The bottoms of {T} (stream {S}) are cooled against {cool} in {E} to {temp}.
The furnace {F} preheats {feed} to {temp} ahead of the reactor {R}.
The content of {C} in stream {S} is held below {ppm} to protect the {cat}.
A hot spot in {R} can start a {haz}, so a trip closes the feed valve on stream {S}.
{V} is protected against {haz} by a relief valve set at {press}.
The effluent of {R} passes through {E} and {E2} before the separator {V} drops out {C}.
Stream {S} leaves {V} at {temp} and {press} and flows to the column {T}.
Heat from {R} raises {steam} in the waste heat boiler, which saves fuel in {F}.
Selectivity to {prod} over the {cat} stays above {pct} while the bed is kept under {temp}.
Makeup {feed} enters the loop as stream {S} at {flow} and joins the recycle from {K}.
Overhead vapour from {T} is condensed in {E} with {cool} and collected in {V}.
The product stream {S} contains {wt} {prod} and less than {ppm} {C}.
At design rate {K} delivers {flow} of {feed} at a discharge pressure of {press}.
{feed} is converted in {R} at {temp} and {press}, giving {prod}.
To limit the risk of a {haz}, the panel operator keeps {C} in stream {S} below {pct}.
The purge stream {S} removes inert {inert} from the loop and is burned as fuel in {F}.
Exchanger {E} moves heat from stream {S} to stream {S2}, which leaves at {temp}.
Column {T} splits the liquid from {V} into {C} overhead and {C2} at the bottom.
In the {proc} unit, the reactor {R} holds about {vol} of {cat}.
The knock-out drum {V} keeps liquid {C} away from {K}; its level is held near {pct}.
The {steam} supply to {E} is throttled so that stream {S} stays at {temp}.
At full load {R} takes {flow} of {feed}, and the ratio of {feed2} to it is about {ratio}.
{F} heats stream {S} to {temp}, and the flue gas leaves the stack at {temp2}.
The pressure of {T} is held at {press} by venting {inert} from the reflux drum {V}.
Loss of {util} to {E} would lead to {haz} in {V} within minutes.
Before the {cat} in {R} is unloaded, the bed is cooled to {temp} and swept free of {C}.
""".strip().splitlines()
)
SINGLE_TEMPLATES = tuple(
    """
The design pressure of {V} is {press}.
Operators sample stream {S} once per shift.
{C} is handled in closed systems only.
The start-up heater is isolated once {R} reaches {temp}.
The trip setting of {K} is reviewed after every overhaul.
Spent {cat} is sent back to the supplier for metal recovery.
""".strip().splitlines()
)
FILLER_SENTENCES = tuple(
    """
All work on opened equipment needs a signed permit and a fresh gas test.
Any change to the operating envelope goes through the management of change procedure.
Insulation is inspected every year for damage and for corrosion under insulation.
Inspection intervals follow the risk-based plan agreed with the site authority.
Gaskets are always replaced when a flange has been opened.
The control room keeps a written record of every bypassed interlock.
Contractors attend a site induction before they start any job in the unit.
Hoses and temporary connections are pressure tested before they are used.
""".strip().splitlines()
)


def _temperature(rng: random.Random) -> str:
    if rng.random() < 0.8:
        return f"{rng.randrange(35, 900, 5)} °C"
    return f"{rng.randrange(300, 1150, 5)} K"


def _pressure(rng: random.Random) -> str:
    unit = rng.choice(("bar", "bar", "barg", "MPa"))
    if unit == "MPa":
        return f"{rng.uniform(0.2, 25):.1f} MPa"
    return (
        f"{rng.uniform(1.5, 250):.1f} {unit}"
        if rng.random() < 0.5
        else f"{rng.randrange(2, 250)} {unit}"
    )


def _flow(rng: random.Random) -> str:
    unit = rng.choice(("kg/h", "t/h", "m3/h"))
    if unit == "kg/h":
        return f"{rng.randrange(500, 250_000, 10):,} kg/h"
    if unit == "t/h":
        return f"{rng.uniform(1, 300):.1f} t/h"
    return f"{rng.randrange(5, 4000):,} m3/h"


def _percent(rng: random.Random) -> str:
    return f"{rng.uniform(20, 99.5):.1f}{rng.choice((' %', '%'))}"


CHEMICAL_KINDS = ("C", "feed", "prod", "inert")
OTHER_POOLS = {"steam": STEAM, "cool": COOLANTS, "util": UTILITIES, "haz": HAZARDS}
QUANTITIES: dict[str, Callable[[random.Random], str]] = {
    "temp": _temperature,
    "press": _pressure,
    "flow": _flow,
    "pct": _percent,
    "wt": lambda rng: f"{rng.uniform(0.5, 99.9):.1f} wt%",
    "ppm": lambda rng: f"{rng.randrange(1, 500)} ppm",
    "rr": lambda rng: f"{rng.uniform(0.5, 6):.1f}",
    "trays": lambda rng: str(rng.randrange(12, 90)),
    "vol": lambda rng: f"{rng.randrange(5, 150)} m3",
    "ratio": lambda rng: f"{rng.uniform(1.5, 4.5):.1f}",
}


@dataclass(frozen=True)
class Plant:
    """The made-up plant a document describes: its theme, equipment tags and stream numbers."""

    theme: Theme
    tags: dict[str, tuple[str, ...]]
    streams: tuple[str, ...]

    @classmethod
    def draw(cls, rng: random.Random) -> Plant:
        """A plant with a random theme, two to four tags of each kind and twelve streams."""

        def numbers(count: int) -> list[int]:
            return rng.sample(range(1, 100), count)

        tags = {
            "R": tuple(f"R-1{n:02d}" for n in numbers(rng.randint(2, 3))),
            "E": tuple(f"E-2{n:02d}{rng.choice('AB')}" for n in numbers(rng.randint(3, 4))),
            "T": tuple(f"T-3{n:02d}" for n in numbers(rng.randint(2, 3))),
            "K": tuple(f"K-4{n:02d}" for n in numbers(rng.randint(2, 3))),
            "V": tuple(f"V-1{n:02d}" for n in numbers(rng.randint(2, 4))),
            "F": tuple(f"F-1{n:02d}" for n in numbers(rng.randint(1, 2))),
        }
        streams = tuple(f"S-{n:02d}" for n in sorted(numbers(12)))
        return cls(rng.choice(THEMES), tags, streams)

    def pool(self, kind: str) -> tuple[str, ...]:
        """The names a template field of this kind (``R``, ``feed``, ``cat`` …) draws from."""
        if kind in self.tags:
            return self.tags[kind]
        if kind in CHEMICAL_KINDS:
            chemicals = self.theme.chemicals
            return tuple(name for name, _, role in chemicals if kind in ("C", role))
        pools = {"S": self.streams, "cat": self.theme.catalysts, "proc": self.theme.processes}
        return pools.get(kind) or OTHER_POOLS[kind]

    def mention(self, kind: str, name: str, rng: random.Random) -> str:
        """How the text names ``name``: a chemical by name, formula or both, others as is."""
        if kind not in CHEMICAL_KINDS:
            return name
        formula = next(formula for chemical, formula, _ in self.theme.chemicals if chemical == name)
        return rng.choice((name, name, formula, f"{name} ({formula})"))


class Slots(dict[str, str]):
    """Fills a template's fields on first use; ``{C2}`` differs from ``{C}`` and so on."""

    def __init__(self, rng: random.Random, plant: Plant) -> None:
        super().__init__()
        self._rng = rng
        self._plant = plant
        self._used: dict[str, set[str]] = {}

    def __missing__(self, key: str) -> str:
        kind = key.rstrip("0123456789")
        if kind in QUANTITIES:
            value = QUANTITIES[kind](self._rng)
        else:
            used = self._used.setdefault("C" if kind in CHEMICAL_KINDS else kind, set())
            pool = self._plant.pool(kind)
            name = self._rng.choice([n for n in pool if n not in used] or pool)
            used.add(name)
            value = self._plant.mention(kind, name, self._rng)
        self[key] = value
        return value


def sentence(rng: random.Random, plant: Plant) -> str:
    """One sentence: with two or more entities, with one, or an engineering filler."""
    roll = rng.random()
    if roll < RICH_SHARE + SINGLE_SHARE:
        templates = RICH_TEMPLATES if roll < RICH_SHARE else SINGLE_TEMPLATES
        text = rng.choice(templates).format_map(Slots(rng, plant))
        return text[0].upper() + text[1:]
    if rng.random() < 0.3:
        return rng.choice(FILLER_SENTENCES)
    subject, action = rng.choice(FILLER_SUBJECTS), rng.choice(FILLER_ACTIONS)
    return f"{subject} {action} {rng.choice(FILLER_TIMES)}."


@dataclass
class DocumentText:
    """Writes one document's pages as blocks of ``("title" | "heading" | "text", text)``."""

    rng: random.Random
    plant: Plant = field(init=False)
    headings: int = 0

    def __post_init__(self) -> None:
        self.plant = Plant.draw(self.rng)

    def title(self, number: int, total: int) -> str:
        """The document's title, naming its plant area and its place in the corpus."""
        kind = self.rng.choice(DOCUMENT_KINDS)
        unit = self.rng.randrange(1, 10) * 100
        return f"{self.plant.theme.area} unit {unit} - {kind} (synthetic {number} of {total})"

    def page(self) -> list[tuple[str, str]]:
        """One page of 350-450 words: paragraphs of three to six sentences with headings."""
        target = self.rng.randint(350, 420)
        blocks: list[tuple[str, str]] = []
        words = 0
        while words < target:
            if self.rng.random() < (0.25 if blocks else 0.5):
                blocks.append(("heading", self._heading()))
            paragraph: list[str] = []
            for _ in range(self.rng.randint(3, 6)):
                paragraph.append(sentence(self.rng, self.plant))
                words += len(paragraph[-1].split())
                if words >= target:
                    break
            blocks.append(("text", " ".join(paragraph)))
        return blocks

    def _heading(self) -> str:
        self.headings += 1
        major, minor = divmod(self.headings - 1, 3)
        return f"{major + 1}.{minor + 1} {self.rng.choice(SECTION_TITLES)}"
