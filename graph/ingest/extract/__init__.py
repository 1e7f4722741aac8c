"""Chemical-process extraction: entities, quantities and relations found in text.

Cheap first: dictionaries and patterns find chemicals (the ``chemicals`` identifier
table), equipment tags, unit operations, processes, catalysts, utilities and hazards;
pint normalises quantities to SI; sentence patterns and a dependency parse (spaCy's
small English model) propose relations from the closed ontology. An LLM may add
relations when one is configured.
"""
