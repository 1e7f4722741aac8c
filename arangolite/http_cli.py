"""``arangolite serve``: options, the loopback rule and the serve loop.

``arangolite serve --data-dir DIR --host 127.0.0.1 --port 8529
[--root-password-env VAR]`` serves the REST API over HTTP until SIGINT or
SIGTERM, then closes the engine (everything acknowledged is on disk). It
refuses to listen on a non-loopback address unless a root password is set
(exit code 2).
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import signal
import sys
import threading
from types import FrameType

from arangolite.errors import ArangoliteError
from arangolite.http_server import HTTPService
from arangolite.server import EmbeddedArango

EXIT_REFUSED = 2


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``arangolite serve``."""
    parser.add_argument("--data-dir", default="data/arangolite", help="where the data lives")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8529, help="port (0: any free port)")
    parser.add_argument(
        "--root-password-env", metavar="VAR", help="environment variable holding root's password"
    )


def _root_password(args: argparse.Namespace) -> str | None:
    if not args.root_password_env:
        return ""
    return os.environ.get(args.root_password_env)


def _refusal(args: argparse.Namespace, password: str | None) -> str | None:
    """Why ``serve`` must not start (None when it may)."""
    if password is None:
        return f"${args.root_password_env} is not set"
    if not is_loopback(args.host) and not password:
        return (
            f"refusing to listen on non-loopback address {args.host} "
            "without a root password (use --root-password-env VAR)"
        )
    return None


def _wait_for_signal() -> None:
    """Block until SIGINT or SIGTERM (previous handlers are restored afterwards)."""
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        while not stop.wait(0.2):
            pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run(args: argparse.Namespace) -> int:
    """``arangolite serve``: serve until SIGINT/SIGTERM; 2 when refused, 1 when it cannot start."""
    password = _root_password(args)
    refusal = _refusal(args, password)
    if refusal is not None or password is None:
        print(f"arangolite serve: {refusal}", file=sys.stderr)
        return EXIT_REFUSED
    try:
        embedded = EmbeddedArango(args.data_dir, root_password=password)
    except (ArangoliteError, OSError) as exc:
        print(f"arangolite serve: cannot open {args.data_dir}: {exc}", file=sys.stderr)
        return 1
    with embedded:
        try:
            service = HTTPService(embedded, args.host, args.port)
        except OSError as exc:
            print(
                f"arangolite serve: cannot listen on {args.host}:{args.port}: {exc}",
                file=sys.stderr,
            )
            return 1
        with service:
            print(f"arangolite serving {service.url}", file=sys.stderr, flush=True)
            _wait_for_signal()
    print("arangolite serve: stopped", file=sys.stderr, flush=True)
    return 0
