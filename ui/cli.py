"""`reportqa serve`: the page's subcommand, registered with the CLI through its plugin hook
(assistant.cli loads this module and calls `register_commands`); the CLI knows nothing of ui.
Gradio is imported only when the page is served, so other commands start fast."""

from __future__ import annotations

import argparse
import sys


def _serve_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--auth", metavar="USER:PASSWORD", help="require this login (advised off loopback); "
                   "logged-in users may upload and remove reports")
    p.add_argument("--allow-uploads", action="store_true",
                   help="let anonymous users upload and remove reports (off by default)")
    p.add_argument("--ocr", choices=("auto", "always", "never"), default=None,
                   help="OCR of scanned pages in uploads: auto (default), always, never")


def cmd_serve(args: argparse.Namespace) -> int:
    auth = None
    if args.auth is not None:
        user, sep, password = args.auth.partition(":")
        if not (sep and user and password):
            print("error: --auth takes USER:PASSWORD", file=sys.stderr)
            return 2
        auth = (user, password)
    from .app import ServeError, serve

    try:
        serve(args.index, host=args.host, port=args.port, auth=auth, allow_uploads=args.allow_uploads,
              ocr=args.ocr)
    except ServeError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 0


def register_commands(command) -> None:
    """The plugin hook: `command(name, help, configure)` registers a subcommand's function."""
    command("serve", "serve the chat web page (Gradio)", _serve_args)(cmd_serve)
