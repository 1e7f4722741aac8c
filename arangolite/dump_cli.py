"""The ``arangolite dump`` and ``arangolite restore`` commands.

``arangolite dump DIR --data-dir D [--database NAME ...] [--overwrite]`` writes a
dump in arangodump's format; ``arangolite restore DIR --data-dir D [--database
NAME ...] [--create-database] [--overwrite]`` reads one back. Both print a JSON
summary (collections, documents and views per database) and exit with 1 and an
error message on failure.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from arangolite.dump import dump, restore
from arangolite.errors import ArangoliteError
from arangolite.storage.engine import Engine

COMMANDS = ("dump", "restore")


def add_commands(commands: Any) -> None:
    """Register the two subcommands on an ``argparse`` subparsers object."""
    out = commands.add_parser("dump", help="dump databases in arangodump's directory format")
    out.add_argument("directory", help="output directory")
    out.add_argument("--data-dir", default="data/arangolite", help="where the data lives")
    out.add_argument("--database", nargs="+", help="databases to dump (default: all)")
    out.add_argument("--overwrite", action="store_true", help="write into a non-empty directory")
    back = commands.add_parser("restore", help="restore a dump made by arangodump or arangolite")
    back.add_argument("directory", help="input directory")
    back.add_argument("--data-dir", default="data/arangolite", help="where the data lives")
    back.add_argument("--database", nargs="+", help="target database (or databases to restore)")
    back.add_argument(
        "--create-database", action="store_true", help="create missing target databases"
    )
    back.add_argument(
        "--overwrite", action="store_true", help="replace collections that hold documents"
    )


def run(args: argparse.Namespace) -> int:
    """Run ``dump`` or ``restore`` as parsed; the process exit code."""
    engine = Engine(args.data_dir)
    try:
        if args.command == "dump":
            summary = dump(engine, args.directory, args.database, overwrite=args.overwrite)
        else:
            summary = restore(
                engine,
                args.directory,
                args.database,
                create_database=args.create_database,
                overwrite=args.overwrite,
            )
    except (ArangoliteError, OSError) as exc:
        print(f"arangolite {args.command}: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.close()
    print(json.dumps(summary, indent=2))
    return 0
