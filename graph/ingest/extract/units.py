"""How engineers write quantities (numbers, units) and their conversion to SI with pint.

``NUMBER`` is the regex of a written number and ``parse_number`` its value.

``UNIT_FORMS`` maps every surface form, spaces removed (``"wt %"`` is looked up as
``"wt%"``), to a ``UnitDef``: a pint expression and the dimension it measures.
``SIConverter`` turns a ``UnitDef`` into ``(factor, offset, unit_si)`` once, with a pint
``UnitRegistry`` it builds on first use, and keeps the answer, so a value converts as
``value * factor + offset`` without calling pint again.

Gas volumes at reference conditions are converted to molar flows (mol/s) with the ideal
gas law: ``Nm3`` (normal cubic metres) at 0 °C and 1 atm (22.414 L/mol), ``Sm3`` at 15 °C
and 1 atm, and standard cubic feet (``MMSCFD``, ``SCFM``) at 60 °F and 1 atm. Gauge
pressures (``barg``, ``bar(g)``, ``psig`` …) add one standard atmosphere (1.01325 bar).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from graph.ingest.extract.spans import QuantityKind

if TYPE_CHECKING:
    import pint


SPACE = r"[^\S\r\n]"
"""One space of any kind (thin, no-break …) but not a line break."""
_EXPONENT = rf"{SPACE}*[\u00d7x\u00b7]{SPACE}*10(?:\^[-\u2212]?\d+|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|e[-+\u2212]?\d+"
NUMBER = rf"[-\u2212]?(?:\d{{1,3}}(?:[,\u2009\u202f ]\d{{3}}(?!\d))+|\d+)(?:\.\d+)?(?:{_EXPONENT})?"
"""A number as engineers write it: ``12,500``, ``-5``, ``1.2 x 10^3``, ``1e-3``."""
NOT_AFTER = r"(?<![\w.,/\-\u2212\u2013^:#])"
"""Not glued to a tag, formula, CAS number, decimal or ratio (``R-101``, ``H2``, ``3:1``)."""

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻\u2212", "0123456789--")
_EXPONENT_SPLIT = re.compile(r"[\u00d7x\u00b7]10\^?|e", re.IGNORECASE)


def parse_number(written: str) -> float:
    """The value of a ``NUMBER`` match (``"12,500"`` → 12500.0, ``"1.2x10^3"`` → 1200.0)."""
    try:
        return float(written)  # the common case: "200", "1.5"
    except ValueError:
        pass
    plain = "".join(ch for ch in written.translate(_SUPERSCRIPT) if not ch.isspace())
    parts = _EXPONENT_SPLIT.split(plain.replace(",", ""), maxsplit=1)
    value = float(parts[0])
    return value * 10 ** int(parts[1]) if len(parts) == 2 else value


def words(text: str) -> frozenset[str]:
    """The words of a vocabulary written as one string."""
    return frozenset(text.split())


_NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve thirteen"
_NUMBER_WORDS += " fourteen fifteen sixteen seventeen eighteen nineteen twenty"
WORD_NUMBERS: dict[str, int] = {word: n for n, word in enumerate(_NUMBER_WORDS.split(), 1)}
"""Numbers written as words (``four beds``, ``one millisecond``)."""


class Dim(StrEnum):
    """What a unit measures; the value is the pint unit its SI values are given in."""

    TEMPERATURE = "kelvin"
    PRESSURE = "pascal"
    MASS_FLOW = "kilogram / second"
    VOLUME_FLOW = "meter ** 3 / second"
    MOLAR_FLOW = "mole / second"
    TIME = "second"
    VOLTAGE = "volt"
    CURRENT_DENSITY = "ampere / meter ** 2"
    POWER = "watt"
    MASS_CONCENTRATION = "kilogram / meter ** 3"
    SPACE_VELOCITY = "1 / second"
    PERCENT = "percent"  # what it measures comes from the words nearby
    COMPOSITION = "composition"  # wt%, vol%, mol%: a concentration unless a yield word is near
    TRACE = "trace"  # ppm, ppb: always a concentration
    RATIO = "ratio"  # kg/kg, mol/mol


DIMENSIONLESS = frozenset({Dim.PERCENT, Dim.COMPOSITION, Dim.TRACE, Dim.RATIO})
KIND_OF: dict[Dim, QuantityKind] = {
    Dim.TEMPERATURE: QuantityKind.TEMPERATURE,
    Dim.PRESSURE: QuantityKind.PRESSURE,
    Dim.MASS_FLOW: QuantityKind.FLOW,
    Dim.VOLUME_FLOW: QuantityKind.FLOW,
    Dim.MOLAR_FLOW: QuantityKind.FLOW,
    Dim.VOLTAGE: QuantityKind.VOLTAGE,
    Dim.CURRENT_DENSITY: QuantityKind.CURRENT_DENSITY,
    Dim.POWER: QuantityKind.POWER,
    Dim.MASS_CONCENTRATION: QuantityKind.CONCENTRATION,
    Dim.TRACE: QuantityKind.CONCENTRATION,
    Dim.RATIO: QuantityKind.RATIO,
    Dim.SPACE_VELOCITY: QuantityKind.OTHER,
}
"""What a quantity in a unit of each dimension measures, where the unit alone says it
(not for times, percentages and wt%/vol%/mol%, which depend on the words nearby)."""


@dataclass(frozen=True, slots=True)
class UnitDef:
    """A unit: its pint expression, its dimension, and how it must be read.

    Attributes:
        pint: an expression pint parses (``"degC"``, ``"tonne / day"``).
        dim: what it measures.
        gauge: a gauge pressure (one standard atmosphere is added for SI).
        needs_cue: only a unit when words nearby say so (a bare ``C`` after a number).
    """

    pint: str
    dim: Dim
    gauge: bool = False
    needs_cue: bool = False


_NORMAL = "atmosphere / molar_gas_constant / (273.15 * kelvin)"
_STANDARD = "atmosphere / molar_gas_constant / (288.15 * kelvin)"
_SCF = "foot ** 3 * atmosphere / molar_gas_constant / (288.7055556 * kelvin)"
_KGF = "kilogram_force / centimeter ** 2"

# forms separated by "|"; a space in a form matches any one space (or none)
_TABLE: tuple[tuple[str, UnitDef], ...] = (
    ("°C|ºC|˚C|℃|° C|degC|deg C|deg. C|degrees C|degree C|degrees Celsius|degree Celsius",
     UnitDef("degC", Dim.TEMPERATURE)),
    ("C", UnitDef("degC", Dim.TEMPERATURE, needs_cue=True)),
    ("°F|ºF|℉|° F|degF|degrees F|degrees Fahrenheit", UnitDef("degF", Dim.TEMPERATURE)),
    ("K|kelvin|kelvins", UnitDef("kelvin", Dim.TEMPERATURE)),
    ("Pa|pascal", UnitDef("pascal", Dim.PRESSURE)),
    ("kPa|kPa(a)|kPaa|kPa(abs)", UnitDef("kilopascal", Dim.PRESSURE)),
    ("kPa(g)|kPag", UnitDef("kilopascal", Dim.PRESSURE, gauge=True)),
    ("MPa|MPa(a)|MPaa|MPa(abs)", UnitDef("megapascal", Dim.PRESSURE)),
    ("MPa(g)|MPag", UnitDef("megapascal", Dim.PRESSURE, gauge=True)),
    ("bar|bara|bar(a)|bar abs|bar(abs)", UnitDef("bar", Dim.PRESSURE)),
    ("barg|bar(g)|bar gauge|bar(gauge)", UnitDef("bar", Dim.PRESSURE, gauge=True)),
    ("mbar|mbara|mbar(a)", UnitDef("millibar", Dim.PRESSURE)),
    ("mbarg|mbar(g)", UnitDef("millibar", Dim.PRESSURE, gauge=True)),
    ("psi|psia|psi(a)", UnitDef("psi", Dim.PRESSURE)),
    ("psig|psi(g)", UnitDef("psi", Dim.PRESSURE, gauge=True)),
    ("atm|atmosphere|atmospheres", UnitDef("atmosphere", Dim.PRESSURE)),
    ("mmHg|mm Hg|torr|Torr", UnitDef("mmHg", Dim.PRESSURE)),
    ("kg/cm2|kg/cm²|kgf/cm2|kgf/cm²|kg/cm2a|kg/cm²a", UnitDef(_KGF, Dim.PRESSURE)),
    ("kg/cm2g|kg/cm²g|kg/cm2(g)|kg/cm²(g)", UnitDef(_KGF, Dim.PRESSURE, gauge=True)),
    ("kg/s|kg s-1|kg·s-1", UnitDef("kilogram / second", Dim.MASS_FLOW)),
    ("kg/min", UnitDef("kilogram / minute", Dim.MASS_FLOW)),
    ("kg/h|kg/hr|kg h-1|kg·h-1|kg per hour", UnitDef("kilogram / hour", Dim.MASS_FLOW)),
    ("kg/d|kg/day", UnitDef("kilogram / day", Dim.MASS_FLOW)),
    ("t/h|te/h|t/hr|tonne/h|tonnes/h|tonnes/hr|t h-1|tph|tonnes per hour",
     UnitDef("tonne / hour", Dim.MASS_FLOW)),
    ("t/d|te/d|tonne/d|tonnes/d|tonne/day|tonnes/day|tpd|MTPD|t per day|tonnes per day",
     UnitDef("tonne / day", Dim.MASS_FLOW)),
    ("t/a|t/y|te/a|tonnes/year|tonnes/yr|tpa|tonnes per year",
     UnitDef("tonne / year", Dim.MASS_FLOW)),
    ("kt/a|kt/y|kta|ktpa", UnitDef("kilotonne / year", Dim.MASS_FLOW)),
    ("Mt/a|Mt/y|Mtpa|MTPA", UnitDef("megatonne / year", Dim.MASS_FLOW)),
    ("lb/h|lb/hr|lbs/h|lbs/hr", UnitDef("pound / hour", Dim.MASS_FLOW)),
    ("m3/s|m³/s", UnitDef("meter ** 3 / second", Dim.VOLUME_FLOW)),
    ("m3/min|m³/min", UnitDef("meter ** 3 / minute", Dim.VOLUME_FLOW)),
    ("m3/h|m³/h|m3/hr|m³/hr|m3 h-1|m³ h-1|m³·h-1", UnitDef("meter ** 3 / hour", Dim.VOLUME_FLOW)),
    ("m3/d|m³/d|m3/day|m³/day", UnitDef("meter ** 3 / day", Dim.VOLUME_FLOW)),
    ("L/s|l/s", UnitDef("liter / second", Dim.VOLUME_FLOW)),
    ("L/min|l/min", UnitDef("liter / minute", Dim.VOLUME_FLOW)),
    ("L/h|l/h", UnitDef("liter / hour", Dim.VOLUME_FLOW)),
    ("gpm|GPM|USgpm", UnitDef("gallon / minute", Dim.VOLUME_FLOW)),
    ("bbl/d|bbl/day|BPD|bpd|barrels per day", UnitDef("oil_barrel / day", Dim.VOLUME_FLOW)),
    ("Nm3/h|Nm³/h|Nm3/hr|Nm³/hr", UnitDef(f"meter ** 3 / hour * {_NORMAL}", Dim.MOLAR_FLOW)),
    ("Nm3/d|Nm³/d|Nm3/day|Nm³/day", UnitDef(f"meter ** 3 / day * {_NORMAL}", Dim.MOLAR_FLOW)),
    ("Nm3/s|Nm³/s", UnitDef(f"meter ** 3 / second * {_NORMAL}", Dim.MOLAR_FLOW)),
    ("Sm3/h|Sm³/h|Sm3/hr", UnitDef(f"meter ** 3 / hour * {_STANDARD}", Dim.MOLAR_FLOW)),
    ("Sm3/d|Sm³/d|Sm3/day", UnitDef(f"meter ** 3 / day * {_STANDARD}", Dim.MOLAR_FLOW)),
    ("MMSCFD|MMscfd|mmscfd|MMSCF/D", UnitDef(f"1e6 / day * {_SCF}", Dim.MOLAR_FLOW)),
    ("SCFM|scfm", UnitDef(f"1 / minute * {_SCF}", Dim.MOLAR_FLOW)),
    ("SCFH|scfh", UnitDef(f"1 / hour * {_SCF}", Dim.MOLAR_FLOW)),
    ("mol/s", UnitDef("mole / second", Dim.MOLAR_FLOW)),
    ("kmol/s", UnitDef("kilomole / second", Dim.MOLAR_FLOW)),
    ("mol/h|mol/hr", UnitDef("mole / hour", Dim.MOLAR_FLOW)),
    ("kmol/h|kmol/hr|kmol h-1|kmol·h-1", UnitDef("kilomole / hour", Dim.MOLAR_FLOW)),
    ("kmol/d|kmol/day", UnitDef("kilomole / day", Dim.MOLAR_FLOW)),
    ("lbmol/h|lbmol/hr|lb-mol/h", UnitDef("pound * mole / gram / hour", Dim.MOLAR_FLOW)),
    ("ms|msec|millisecond|milliseconds", UnitDef("millisecond", Dim.TIME)),
    ("s|sec|secs|second|seconds", UnitDef("second", Dim.TIME)),
    ("min|mins|minute|minutes", UnitDef("minute", Dim.TIME)),
    ("h|hr|hrs|hour|hours", UnitDef("hour", Dim.TIME)),
    ("day|days", UnitDef("day", Dim.TIME)),
    ("V|volt|volts", UnitDef("volt", Dim.VOLTAGE)),
    ("mV", UnitDef("millivolt", Dim.VOLTAGE)),
    ("kV|kilovolt|kilovolts", UnitDef("kilovolt", Dim.VOLTAGE)),
    ("kA/m2|kA/m²|kA m-2|kA m⁻²|kA·m-2", UnitDef("kiloampere / meter ** 2", Dim.CURRENT_DENSITY)),
    ("A/m2|A/m²|A m-2", UnitDef("ampere / meter ** 2", Dim.CURRENT_DENSITY)),
    ("A/cm2|A/cm²|A cm-2", UnitDef("ampere / centimeter ** 2", Dim.CURRENT_DENSITY)),
    ("mA/cm2|mA/cm²|mA cm-2", UnitDef("milliampere / centimeter ** 2", Dim.CURRENT_DENSITY)),
    ("W|watt|watts", UnitDef("watt", Dim.POWER)),
    ("kW|kWe|kWth|kilowatt|kilowatts|kJ/s", UnitDef("kilowatt", Dim.POWER)),
    ("MW|MWe|MWth|MWt|megawatt|megawatts|MJ/s", UnitDef("megawatt", Dim.POWER)),
    ("GW|GWe|GWth", UnitDef("gigawatt", Dim.POWER)),
    ("hp", UnitDef("horsepower", Dim.POWER)),
    ("Gcal/h|Gcal/hr", UnitDef("1e9 * international_calorie / hour", Dim.POWER)),
    ("MMBtu/h|MMBtu/hr|MMBTU/h|MMBTU/hr", UnitDef("1e6 * Btu / hour", Dim.POWER)),
    ("GJ/h|GJ/hr", UnitDef("gigajoule / hour", Dim.POWER)),
    ("g/L|g/l", UnitDef("gram / liter", Dim.MASS_CONCENTRATION)),
    ("mg/L|mg/l", UnitDef("milligram / liter", Dim.MASS_CONCENTRATION)),
    ("h-1|h⁻¹|hr-1|1/h", UnitDef("1 / hour", Dim.SPACE_VELOCITY)),
    ("s-1|s⁻¹|1/s", UnitDef("1 / second", Dim.SPACE_VELOCITY)),
    ("%|percent|per cent", UnitDef("percent", Dim.PERCENT)),
    ("wt%|wt %|wt.%|wt. %|wt-%|w/w%|% w/w|%(w/w)|mass%|mass %|vol%|vol %|vol.%|vol. %|vol-%"
     "|v/v%|% v/v|%(v/v)|mol%|mol %|mol.%|mol. %|mol-%|mole%|mole %",
     UnitDef("percent", Dim.COMPOSITION)),
    ("ppm|ppmv|ppmw|ppmwt|ppm(v)|ppm(w)|ppm vol|ppm mol|vppm|wppm", UnitDef("ppm", Dim.TRACE)),
    ("ppb|ppbv|ppbw|ppb(v)|ppb(w)", UnitDef("ppm / 1000", Dim.TRACE)),
    ("kg/kg|mol/mol|t/t", UnitDef("dimensionless", Dim.RATIO)),
)  # fmt: skip

WRITTEN_FORMS: tuple[str, ...] = tuple(f for forms, _ in _TABLE for f in forms.split("|"))
"""Every unit as it may be written, spaces included."""


def unit_key(written: str) -> str:
    """The ``UNIT_FORMS`` key of a unit as matched in the text (its spaces removed)."""
    return "".join(written.split())


UNIT_FORMS: dict[str, UnitDef] = {
    unit_key(form): unit for forms, unit in _TABLE for form in forms.split("|")
}
"""Every surface form, spaces removed, to its unit."""


def unit_alternation() -> str:
    """A regex matching every written unit form, as a trie (the longest form is tried first).

    A space inside a form matches one space of any kind, or none. The trie keeps the
    regex fast: after a number only the forms starting with the next character are tried.
    """
    trie: dict[str, Any] = {}
    for form in WRITTEN_FORMS:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    branches = [
        (SPACE + "?" if char == " " else re.escape(char)) + _trie_regex(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    if "" in node:
        branches.append("")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class SIConverter:
    """Converts values in table units to SI, calling pint once per unit."""

    def __init__(self) -> None:
        self._registry: pint.UnitRegistry[float] | None = None
        self._cache: dict[UnitDef, tuple[float, float, str]] = {}

    def conversion(self, unit: UnitDef) -> tuple[float, float, str]:
        """``(factor, offset, unit_si)`` with ``value_si = value * factor + offset``.

        ``unit_si`` is pint's name for the SI unit (``"kelvin"``, ``"pascal"``,
        ``"kilogram / second"``), ``""`` for dimensionless units (percent, ppm, kg/kg).
        The pint registry is built on the first call; each unit is converted once.
        """
        found = self._cache.get(unit)
        if found is None:
            found = self._cache[unit] = self._convert(unit)
        return found

    def _convert(self, unit: UnitDef) -> tuple[float, float, str]:
        registry = self._pint()
        target = "dimensionless" if unit.dim in DIMENSIONLESS else unit.dim.value
        unit_si = "" if unit.dim in DIMENSIONLESS else str(registry.Unit(target))
        if unit.dim is Dim.TEMPERATURE:  # offset units: convert two points
            zero = float(registry.Quantity(0.0, unit.pint).to(target).magnitude)
            one = float(registry.Quantity(1.0, unit.pint).to(target).magnitude)
            return one - zero, zero, unit_si
        factor = float(registry.parse_expression(unit.pint).to(target).magnitude)
        offset = 0.0
        if unit.gauge:
            offset = float(registry.Quantity(1.0, "atmosphere").to(target).magnitude)
        return factor, offset, unit_si

    def _pint(self) -> pint.UnitRegistry[float]:
        if self._registry is None:
            import pint

            self._registry = pint.UnitRegistry()
        return self._registry
