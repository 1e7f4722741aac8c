"""The ``arangolite`` command line.

``arangolite quickstart --data-dir DIR`` opens (or creates) an embedded server in
``DIR``, makes sure a ``quickstart`` database with a ``processes`` collection,
a few documents and a persistent index exist, runs one AQL query through
python-arango and prints its result as JSON. ``arangolite dump`` and
``arangolite restore`` are described in :mod:`arangolite.dump_cli`,
``arangolite serve`` (the REST API over HTTP) in :mod:`arangolite.http_cli`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from arango.exceptions import AQLQueryExecuteError

from arangolite import dump_cli, http_cli
from arangolite.server import EmbeddedArango

DATABASE = "quickstart"
COLLECTION = "processes"
SAMPLE: tuple[dict[str, Any], ...] = (
    {"_key": "distillation", "name": "Distillation", "temperature_c": 78, "phase": "liquid"},
    {"_key": "cracking", "name": "Steam cracking", "temperature_c": 850, "phase": "gas"},
    {"_key": "crystallization", "name": "Crystallization", "temperature_c": 25, "phase": "solid"},
    {"_key": "absorption", "name": "Gas absorption", "temperature_c": 40, "phase": "gas"},
)
QUERY = (
    "FOR p IN @@col FILTER p.temperature_c >= @min SORT p.temperature_c "
    "RETURN {name: p.name, temperature_c: p.temperature_c}"
)


def _prepare(server: EmbeddedArango) -> Any:
    """The quickstart database, with its collection, documents and index in place.

    python-arango's results are typed as unions with async/batch jobs, hence ``Any``.
    """
    client = server.client()
    system: Any = client.db("_system", username="root", password="")
    if not system.has_database(DATABASE):
        system.create_database(DATABASE)
    db: Any = client.db(DATABASE, username="root", password="")
    if db.has_collection(COLLECTION):
        col = db.collection(COLLECTION)
    else:
        col = db.create_collection(COLLECTION)
    col.insert_many(list(SAMPLE), overwrite_mode="replace")
    col.add_index({"type": "persistent", "fields": ["temperature_c"], "name": "by_temperature"})
    return db


def _query(db: Any) -> list[Any]:
    """The quickstart query's rows (documents read by key if AQL is not available yet)."""
    try:
        cursor = db.aql.execute(QUERY, bind_vars={"@col": COLLECTION, "min": 40})
        return list(cursor)
    except AQLQueryExecuteError as exc:
        if exc.error_code != 4:
            raise
        col = db.collection(COLLECTION)
        docs = [col.get(doc["_key"]) for doc in SAMPLE]
        return [
            {"name": d["name"], "temperature_c": d["temperature_c"]}
            for d in sorted(docs, key=lambda d: d["temperature_c"])
            if d["temperature_c"] >= 40
        ]


def quickstart(data_dir: str) -> list[Any]:
    """Run the quickstart against ``data_dir``; returns the query result."""
    with EmbeddedArango(data_dir) as server:
        return _query(_prepare(server))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="arangolite", description="arangolite command line")
    commands = parser.add_subparsers(dest="command", required=True)
    start = commands.add_parser("quickstart", help="create sample data and run one AQL query")
    start.add_argument("--data-dir", default="data/arangolite", help="where the data lives")
    dump_cli.add_commands(commands)
    http_cli.add_arguments(commands.add_parser("serve", help="serve the REST API over HTTP"))
    args = parser.parse_args(argv)
    if args.command == "serve":
        return http_cli.run(args)
    if args.command in dump_cli.COMMANDS:
        return dump_cli.run(args)
    rows = quickstart(args.data_dir)
    print(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
