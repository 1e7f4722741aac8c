"""The gazetteer's word lists: canonical name → the surface phrases that name it.

Written for ProcessKG. Conventions the matcher (``gazetteer.py``) applies to every phrase,
so the tables list one spelling only:

* matching ignores case, except for phrases written in capitals of up to five letters
  (acronyms such as ``SMR``), which must match exactly;
* a space or hyphen between words also matches any dash, a space, a line break or
  nothing ("waste-heat boiler", "Haber-Bosch" with an en dash, "blowby" for "blow-by");
* the last word may take a plural "s"/"es" ("electrolysers");
* American and British spellings both match: "-izer/-iser", "-ization/-isation",
  "-yzer/-yser", "sulf/sulph", "vapor/vapour".

Canonical names follow the labelled sample (``tests/golden/extraction_sample.yaml``):
unit operations are named by the operation ("high-pressure separator" → "separation",
"fired heater" → "heating"), catalysts by their material ("iron catalyst" → "promoted
iron"), and a catalyst mention spans "<material> catalyst" without leading descriptions
("magnetite-based" is left out). Generic reactor words (reactor, converter, burner,
furnace alone) are deliberately not unit operations: the tag next to them already makes
the equipment entity, and the labelled sample leaves them unlabelled. Equipment words
that name an operation (compressor, condenser, waste heat boiler) are unit operations.

Hazards include the hazard adjectives of safety text ("toxic" → "toxicity", "flammable"
→ "flammability"), so that "methanol is highly flammable" gives a hazard to link.
``REACTIONS`` holds the few named reactions (EntityType.REACTION); a named process that
is also a reaction family ("ammonia synthesis") is a process.
"""

from __future__ import annotations

UNIT_OPERATIONS: dict[str, tuple[str, ...]] = {
    "separation": (
        "separator", "high-pressure separator", "low-pressure separator", "separation",
        "gas-liquid separator", "knock-out drum", "knockout pot", "settler", "decanter",
    ),
    "flash separation": ("flash drum", "flash vessel", "let-down vessel", "flash separator"),
    "absorption": (
        "absorber", "absorption tower", "absorption column", "intermediate absorption tower",
        "final absorption tower", "absorption",
    ),
    "distillation": (
        "distillation column", "distillation tower", "distillation", "fractionator",
        "fractionation column", "fractionation", "splitter", "C2 splitter", "C3 splitter",
        "topping column", "refining column", "rectification column", "rectifier",
        "demethanizer", "deethanizer", "depropanizer", "debutanizer", "stabilizer column",
    ),
    "atmospheric distillation": ("atmospheric column", "atmospheric distillation"),
    "vacuum distillation": ("vacuum column", "vacuum distillation"),
    "stripping": (
        "stripper", "stripping column", "side stripper", "high-pressure stripper",
        "condensate stripper", "sour water stripper", "amine regenerator",
    ),
    "heat exchange": (
        "heat exchanger", "feed/effluent exchanger", "feed-effluent exchanger",
        "interchanger", "transfer line exchanger", "interbed heat exchanger", "cold box",
    ),
    "condensation": (
        "condenser", "overhead condenser", "sulfur condenser", "carbamate condenser",
        "cooler-condenser", "partial condenser",
    ),
    "reboiling": ("reboiler", "thermosiphon reboiler", "kettle reboiler"),
    "compression": ("compressor", "blower", "recycle compressor", "booster compressor"),
    "pumping": ("pump",),
    "expansion": ("expander", "turboexpander"),
    "cooling": (
        "cooler", "air cooler", "water cooler", "final cooler", "product cooler", "aftercooler",
        "intercooler", "chiller",
    ),
    "quenching": ("quench tower", "quench water tower", "quench column", "quench exchanger"),
    "scrubbing": ("scrubber", "wash tower", "caustic wash tower", "wash column"),
    "evaporation": ("evaporator", "evaporation", "vaporizer"),
    "crystallization": ("crystallizer", "crystallization"),
    "drying": ("dryer", "drier", "drying tower", "molecular sieve dryer"),
    "heat recovery": (
        "waste heat boiler", "process gas boiler", "waste heat recovery", "heat recovery",
        "economizer", "steam superheater", "superheater",
    ),
    "heating": (
        "fired heater", "heater", "vacuum heater", "reheater", "preheater", "preheat train",
        "process heater", "charge heater",
    ),
    "electrolysis": (
        "electrolyzer", "membrane electrolyzer", "electrolysis", "membrane electrolysis",
        "membrane cell", "electrolysis cell", "diaphragm cell", "mercury cell",
    ),
    "steam reforming": (
        "reformer", "reformer furnace", "steam reformer", "steam methane reformer",
        "primary reformer", "reforming furnace",
    ),
    "secondary reforming": ("secondary reformer", "autothermal reformer"),
    "steam cracking": ("cracking furnace", "cracking heater", "ethane cracker", "steam cracker"),
    "thermal Claus stage": ("reaction furnace", "thermal stage", "Claus furnace"),
    "catalytic Claus stage": ("catalytic stage", "Claus converter", "catalytic converter"),
    "desulfurization": ("desulfurizer", "desulfurization"),
    "desalting": ("desalter", "desalting"),
    "ion exchange": ("ion exchange column", "ion exchanger", "ion exchange"),
    "granulation": ("granulator", "granulation", "fluid bed granulator"),
    "prilling": ("prilling tower", "prilling"),
    "mixing": ("mixer", "static mixer"),
    "filtration": ("filter", "filtration", "candle filter"),
    "mist elimination": ("mist eliminator", "demister"),
    "clarification": ("clarifier",),
    "saturation": ("saturator", "brine saturator"),
    "extraction": ("extractor", "extraction column", "liquid-liquid extraction"),
    "adsorption": ("adsorber", "adsorption", "pressure swing adsorption", "PSA unit"),
    "methanation": ("methanator", "methanation"),
}  # fmt: skip

NAMED_PROCESSES: dict[str, tuple[str, ...]] = {
    "Haber-Bosch process": ("Haber-Bosch process", "Haber-Bosch"),
    "contact process": (
        "contact process", "double contact double absorption", "double contact",
        "DCDA process", "DCDA",
    ),
    "Ostwald process": ("Ostwald process",),
    "steam methane reforming": ("steam methane reforming", "SMR"),
    "steam reforming": ("steam reforming",),
    "Claus process": ("Claus process", "modified Claus process"),
    "chlor-alkali process": ("chlor-alkali process", "chlor-alkali", "chloralkali"),
    "urea synthesis": (
        "urea synthesis", "Bosch-Meiser process", "Bosch-Meiser", "CO2 stripping process",
    ),
    "methanol synthesis": ("methanol synthesis",),
    "ammonia synthesis": ("ammonia synthesis",),
    "ammonia oxidation": ("ammonia oxidation",),
    "steam cracking": ("steam cracking", "ethane cracking"),
    "crude distillation": ("crude distillation", "crude oil distillation"),
    "water-gas shift": (
        "water-gas shift", "shift conversion", "CO shift",
        "high-temperature shift", "low-temperature shift",
    ),
    "hydrodesulfurization": ("hydrodesulfurization", "HDS"),
    "Fischer-Tropsch synthesis": ("Fischer-Tropsch", "Fischer-Tropsch synthesis"),
    "fluid catalytic cracking": ("fluid catalytic cracking", "fluid catalytic cracker", "FCC"),
    "delayed coking": ("delayed coking", "delayed coker"),
    "hydrocracking": ("hydrocracking", "hydrocracker"),
    "hydrotreating": ("hydrotreating", "hydrotreater"),
    "catalytic reforming": ("catalytic reforming", "catalytic reformer"),
    "amine treating": ("amine treating", "amine treatment", "gas sweetening", "amine unit"),
    "tail gas treating": ("tail gas treating", "tail gas treatment", "tail gas treating unit"),
    "selective catalytic reduction": ("selective catalytic reduction", "SCR"),
    "partial oxidation": ("partial oxidation", "POX"),
    "autothermal reforming": ("autothermal reforming", "ATR"),
    "gasification": ("gasification", "coal gasification"),
    "CO2 removal": ("CO2 removal", "carbon dioxide removal"),
    "sulfur recovery": ("sulfur recovery", "sulfur recovery unit", "SRU"),
    "Deacon process": ("Deacon process",),
    "Solvay process": ("Solvay process",),
    "Andrussow process": ("Andrussow process",),
}  # fmt: skip

CATALYSTS: dict[str, tuple[str, ...]] = {
    "promoted iron": (
        "iron catalyst", "promoted iron catalyst", "magnetite catalyst", "ammonia catalyst",
        "ammonia synthesis catalyst",
    ),
    "V2O5": (
        "vanadium pentoxide catalyst", "V2O5 catalyst", "vanadium catalyst",
        "vanadia catalyst", "vanadium oxide catalyst",
    ),
    "Ni/Al2O3": (
        "nickel catalyst", "nickel reforming catalyst", "Ni catalyst", "reforming catalyst",
        "Ni/Al2O3 catalyst", "nickel on alumina catalyst",
    ),
    "Cu/ZnO/Al2O3": (
        "Cu/ZnO/Al2O3 catalyst", "Cu/ZnO/Al2O3", "Cu/ZnO catalyst", "copper catalyst",
        "copper-zinc catalyst", "methanol catalyst", "methanol synthesis catalyst",
        "low-temperature shift catalyst",
    ),
    "Pt/Rh": (
        "platinum-rhodium gauze", "Pt-Rh gauze", "Pt/Rh gauze", "platinum gauze",
        "platinum-rhodium catalyst", "Pt-Rh catalyst",
    ),
    "platinum": ("platinum catalyst", "Pt catalyst"),
    "Pd/Al2O3": (
        "palladium catalyst", "palladium on alumina catalyst", "Pd/Al2O3 catalyst",
        "Pd catalyst",
    ),
    "activated alumina": ("activated alumina catalyst", "alumina catalyst", "activated alumina"),
    "TiO2": ("titania catalyst", "TiO2 catalyst", "titanium dioxide catalyst"),
    "Fe2O3/Cr2O3": (
        "iron-chromium catalyst", "Fe-Cr catalyst", "iron-chrome catalyst",
        "high-temperature shift catalyst",
    ),
    "CoMo/Al2O3": (
        "cobalt-molybdenum catalyst", "CoMo catalyst", "Co-Mo catalyst",
        "hydrodesulfurization catalyst", "HDS catalyst",
    ),
    "NiMo/Al2O3": ("nickel-molybdenum catalyst", "NiMo catalyst", "Ni-Mo catalyst"),
    "zeolite": ("zeolite catalyst", "FCC catalyst", "ZSM-5", "ZSM-5 catalyst"),
    "silver": ("silver catalyst",),
    "V2O5/TiO2": ("SCR catalyst", "V2O5/TiO2 catalyst"),
    "Ziegler-Natta": ("Ziegler-Natta catalyst",),
    "cobalt": ("cobalt catalyst",),
    "ruthenium": ("ruthenium catalyst",),
}  # fmt: skip

REACTIONS: dict[str, tuple[str, ...]] = {
    "Claus reaction": ("Claus reaction",),
    "water-gas shift reaction": ("water-gas shift reaction", "shift reaction"),
    "Boudouard reaction": ("Boudouard reaction",),
    "methanation reaction": ("methanation reaction",),
    "reverse water-gas shift reaction": ("reverse water-gas shift reaction",),
}  # fmt: skip

UTILITIES: dict[str, tuple[str, ...]] = {
    "high-pressure steam": ("high-pressure steam", "HP steam", "high pressure steam"),
    "medium-pressure steam": ("medium-pressure steam", "MP steam"),
    "low-pressure steam": ("low-pressure steam", "LP steam"),
    "saturated steam": ("saturated steam",),
    "superheated steam": ("superheated steam",),
    "process steam": ("process steam",),
    "dilution steam": ("dilution steam",),
    "stripping steam": ("stripping steam",),
    "steam": ("steam",),
    "cooling water": ("cooling water", "CW", "cooling tower water"),
    "chilled water": ("chilled water",),
    "boiler feed water": ("boiler feed water", "BFW", "boiler feedwater"),
    "demineralised water": ("demineralized water", "demin water"),
    "process water": ("process water",),
    "fuel gas": ("fuel gas",),
    "fuel oil": ("fuel oil",),
    "instrument air": ("instrument air",),
    "plant air": ("plant air", "utility air"),
    "refrigeration": ("refrigerant", "refrigeration"),
    "electricity": ("electricity", "electric power", "electrical power"),
    "hot oil": ("hot oil", "thermal oil", "heat transfer oil"),
}  # fmt: skip

HAZARDS: dict[str, tuple[str, ...]] = {
    "overpressure": ("overpressure", "over-pressure", "overpressurization"),
    "gas blowby": ("gas blow-by", "blow-by", "gas breakthrough"),
    "runaway reaction": (
        "runaway reaction", "temperature runaway", "thermal runaway", "runaway",
    ),
    "catalyst sintering": (
        "thermal sintering", "catalyst sintering", "copper sintering", "sintering",
    ),
    "catalyst poisoning": ("catalyst poisoning",),
    "toxic release": ("toxic release", "toxic gas release", "toxic cloud"),
    "fire": ("fire", "jet fire", "pool fire", "flash fire", "titanium fire", "sulfur fire"),
    "explosion": ("explosion", "vapour cloud explosion", "deflagration", "detonation"),
    "flammable atmosphere": (
        "flammable atmosphere", "explosive atmosphere", "flammable mixture",
        "explosive mixture", "explosive concentration", "explosive",
    ),
    "hydrogen embrittlement": ("hydrogen embrittlement",),
    "hydrogen attack": ("hydrogen attack", "high-temperature hydrogen attack"),
    "embrittlement": ("embrittlement", "brittle fracture"),
    "corrosion": ("corrosion", "carbamate corrosion", "acid corrosion"),
    "stress corrosion cracking": ("stress corrosion cracking",),
    "naphthenic acid corrosion": ("naphthenic acid corrosion",),
    "leak": ("leak", "leakage"),
    "loss of containment": ("loss of containment",),
    "loss of cooling": ("loss of cooling",),
    "rupture": ("rupture", "tube rupture", "vessel rupture"),
    "creep": ("creep", "creep failure"),
    "hot spot": ("hot spot",),
    "carbon formation": ("carbon formation", "carbon deposition"),
    "coking": ("coking", "coke deposition", "coke formation"),
    "pyrophoric material": ("pyrophoric",),
    "chemical burns": ("severe burns", "chemical burns", "acid burns"),
    "electrical hazard": ("electrical hazard", "electrocution"),
    "asphyxiation": ("asphyxiation",),
    "overheating": ("overheating", "overtemperature"),
    "toxicity": ("toxic", "highly toxic", "acutely toxic", "toxic gas"),
    "flammability": ("flammable", "highly flammable", "extremely flammable"),
    "corrosivity": ("corrosive", "highly corrosive", "strongly corrosive"),
    "irritant": ("irritant", "respiratory irritant"),
}  # fmt: skip

# Phrases that look like an entity but are not one ("steam drum" is equipment, "skin
# absorption" an exposure route, "burners fire natural gas" a verb). The matcher claims
# their span so that no shorter phrase inside them is reported.
STOP_PHRASES: tuple[str, ...] = (
    "steam drum", "steam turbine", "steam trap", "steam generator", "steam boiler",
    "steam ejector", "steam to carbon", "steam to hydrocarbon", "steam tracing",
    "skin absorption", "heat of absorption", "ion exchange membrane", "ion exchange resin",
    "fire natural gas", "fire fuel", "fire the", "leak test", "leak detection", "creep up",
    "pump around", "splitter valve", "filter cake", "filter press", "explosive limit",
    "flammable limit", "flammability limit",
)  # fmt: skip
