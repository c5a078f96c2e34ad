"""`reportqa` command line: a thin skin over assistant.Assistant.

Each subcommand is a function registered with @command; main() builds argparse from them.
Other packages add subcommands as plugins, as simonw/llm's `register_commands` hook and
datasette's DEFAULT_PLUGINS do: a plugin is a module with `register_commands(command)`, which
calls `command(name, help, configure)(run)`. The modules of DEFAULT_COMMAND_PLUGINS (the page's
`serve`, the harness's `eval`) are loaded by name; installed packages add theirs under the entry
point group `reportqa.commands` (in pyproject.toml:
`[project.entry-points."reportqa.commands"] mycommand = "mypackage.cli"`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from index import config
from index.guard import printable

from .csvsafe import write_csv

if TYPE_CHECKING:
    from .api import IngestSummary

# The API (stores, retrievers, llama_index: 2.3 CPU s to import) is imported by the commands, not
# here: an ingest worker process started by "spawn" imports this module again as its main module,
# and reads files with index/ alone (index/workers.py).


@dataclass
class Command:
    name: str
    help: str
    run: Callable[[argparse.Namespace], int]
    configure: Callable[[argparse.ArgumentParser], None]


COMMANDS: dict[str, Command] = {}

#: Modules whose `register_commands(command)` adds subcommands; the CLI imports none of them.
DEFAULT_COMMAND_PLUGINS = ("ui.cli", "eval.cli")
#: The entry point group of installed command plugins (a module, or its register function).
ENTRY_POINT_GROUP = "reportqa.commands"
_loaded: set[str] = set()


def command(name: str, help: str, configure: Callable[[argparse.ArgumentParser], None] = lambda p: None):
    def wrap(fn: Callable[[argparse.Namespace], int]):
        COMMANDS[name] = Command(name, help, fn, configure)
        return fn

    return wrap


def _ingest_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", help="report files (PDF, text, HTML) or folders")
    p.add_argument("--embedder", default=None,
                   help="embedder for a new index: 'use' (default) or 'st:NAME_OR_PATH'")
    p.add_argument("--workers", type=int, default=1, help="processes extracting files in parallel")
    p.add_argument("--ocr", choices=("auto", "always", "never"), default=None,
                   help="read scanned PDF pages by OCR: auto (pages without text, the default), always, never")
    p.add_argument("--catalog", metavar="postgresql://…", default=None,
                   help="a new index keeps its catalog in this PostgreSQL database (default: SQLite in --index)")
    p.add_argument("--chroma-url", metavar="http://HOST:PORT", default=None,
                   help="a new index keeps its vectors on this Chroma server (default: embedded in --index)")
    p.add_argument("--ray", metavar="auto|ADDRESS", default=None,
                   help="read the files on a Ray cluster (auto: a running one, else a local one)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


@command("ingest", "index report files and folders", _ingest_args)
def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .api import Assistant

    files = Assistant.files_in(args.paths)
    bar = tqdm(total=len(files), unit="file", disable=args.quiet, file=sys.stderr)
    pages = 0

    def progress(result) -> None:
        nonlocal pages
        pages += result.pages
        bar.set_postfix(pages=pages, refresh=False)
        if not result.ok:
            bar.write(printable(f"skipped {result.path}: {result.reason}"), file=sys.stderr)
        bar.update(1)

    def ocr_pages(name: str, done: int, total: int) -> None:
        bar.set_postfix(pages=pages, ocr=printable(f"{Path(name).name} {done}/{total}"))

    try:
        with Assistant.build(args.paths, args.index, embedder=args.embedder, progress=progress,
                             workers=args.workers, ocr=args.ocr, pages=ocr_pages, catalog=args.catalog,
                             chroma=args.chroma_url, ray=args.ray) as qa:
            bar.close()
            summary = qa.last_ingest
            for notice in qa.notices:
                print(printable(f"note: {notice}"), file=sys.stderr)
    finally:
        bar.close()  # before a one-line error (a full disk), not under it
    print(format_summary(summary))
    return 0 if summary.ok else 1


def format_summary(summary: IngestSummary) -> str:
    """An ingest said for a person: the counts, each skipped file with its reason, and what
    was decided aloud (a replacement, another form, a name taken), never silently."""
    from .api import IngestStatus as S

    done = summary.count(S.INDEXED, S.REPLACED, S.KEPT_APART)
    lines = [
        f"reports: {done} indexed ({summary.count(S.REPLACED)} replaced), {summary.count(S.ANOTHER_FORM)} another "
        f"form of an indexed report, {summary.count(S.UNCHANGED)} unchanged, {len(summary.failed)} skipped",
        f"pages: {summary.total('pages')}  passages: {summary.total('passages')}  facts: {summary.total('facts')}"
        f"  checks failed: {summary.total('checks_failed')}",
    ]
    # names and reasons are shown escaped: a file name with a newline stays on its line
    lines += [printable(f"skipped {r.path}: {r.reason}") for r in summary.failed]
    lines += [printable(f"{r.path}: {r.reason}") for r in summary.results
              if r.ok and r.reason and r.status is not S.UNCHANGED]
    for r in summary.results:
        if r.status.new_report and r.facts == 0:
            lines.append(printable(f"no statistic read from {r.path}" + (f": {r.problems[0]}" if r.problems else "")))
        elif r.status.new_report and r.unreadable:
            lines.append(printable(f"{r.path}: {r.unreadable} table cells unreadable")
                         + " (see `reportqa facts --unreadable`)")
    lines.append(f"seconds: {summary.seconds:.1f}" + (f"  worker processes: {summary.workers}" if summary.workers else "")
                 + (f"  read on Ray ({summary.ray})" if summary.ray else ""))
    return "\n".join(lines)


@command("remove", "delete one report's records", lambda p: p.add_argument("report", help="report file name"))
def cmd_remove(args: argparse.Namespace) -> int:
    from .api import Assistant

    with Assistant.open(args.index) as qa:
        if qa.remove(args.report):
            print(f"removed {printable(args.report)}")
            return 0
        names = ", ".join(r.report for r in qa.reports()) or "none"
        print(printable(f"no report named {args.report!r} is indexed (indexed: {names})"), file=sys.stderr)
        return 1


def _format_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")


@command("reports", "list the indexed reports", _format_arg)
def cmd_reports(args: argparse.Namespace) -> int:
    from .api import Assistant

    with Assistant.open(args.index) as qa:
        rows = [r.to_dict() for r in qa.reports()]
    columns = ["report", "body", "year", "template", "kind", "pages", "passages", "facts", "unreadable",
               "checks_failed", "ingested_at"]
    _emit(rows, columns, args.format)
    if args.format == "table":
        print(f"{len(rows)} reports")
        for r in rows:
            if not r["facts"]:
                print(printable(f"no statistic read from {r['report']}"
                                + (f": {r['problems'][0]}" if r["problems"] else "")))
    return 0


def _facts_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--body", help="full name or region, e.g. 海原县卫生健康局")
    p.add_argument("--year", type=int)
    p.add_argument("--metric", help="metric key or prefix, e.g. 行政处罚 or 行政处罚.处理决定数量")
    p.add_argument("--unreadable", action="store_true",
                   help="list the table cells that exist but could not be read, with the reason")
    p.add_argument("--contradictions", action="store_true",
                   help="list where a report's text states a table statistic with another number")
    _format_arg(p)


@command("facts", "list extracted facts", _facts_args)
def cmd_facts(args: argparse.Namespace) -> int:
    from .api import Assistant

    with Assistant.open(args.index) as qa:
        if args.contradictions:
            rows = [c.to_dict() for c in qa.contradictions(body=args.body, year=args.year, metric=args.metric)]
            _emit(rows, ["report", "label", "table_value", "prose_value", "page", "metric", "quote"], args.format)
            return 0
        rows = [f.to_dict() for f in qa.facts(body=args.body, year=args.year, metric=args.metric)]
    if args.unreadable:
        rows = [r for r in rows if r["status"] == "unreadable"]
        columns = ["body", "year", "metric", "page", "report", "note"]
    else:
        columns = ["body", "year", "metric", "value", "unit", "printed", "status", "page", "report", "check_failed"]
    _emit(rows, columns, args.format)
    return 0


@command("summary", "print the corpus and the main facts of each report")
def cmd_summary(args: argparse.Namespace) -> int:
    main_metrics = ("行政许可.处理决定数量", "行政处罚.处理决定数量", "行政强制.处理决定数量",
                    "政府信息公开申请.本年新收.总计", "主动公开情况.主动公开政府信息数")
    from .api import Assistant

    with Assistant.open(args.index) as qa:
        reports = qa.reports()
        print(printable(f"{len(reports)} reports indexed in {args.index}"))
        for r in reports:
            print("\n" + printable(f"{r.body} {r.year} ({r.template}, {r.pages} pages, {r.facts} facts, "
                                   f"{r.checks_failed} checks failed) — {r.report}"))
            for f in qa.facts(body=r.body, year=r.year):
                if f.metric in main_metrics:
                    value = "blank" if f.value is None else f"{f.value}{f.unit or ''}"
                    print(printable(f"  {f.label}: {value}  (p.{f.page}: {f.source_text.splitlines()[0][:50]})"))
    return 0


def _ask_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("question", help="a question in Chinese or English")
    p.add_argument("--json", action="store_true", help="print the answer as JSON")


def print_answer(answer, as_json: bool = False) -> None:
    if as_json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return
    # what a question or a file name brings (a newline, an escape sequence) is shown, not obeyed
    print(printable(answer.text, newlines=True))
    for i, c in enumerate(answer.citations, start=1):
        where = f"p.{c.page}" if c.page else "no page"
        cell = f" [{c.table} / {c.row} / {c.column}]" if c.table else ""
        quote = " ".join(c.quote.split())
        print(printable(f"  [{i}] {c.report} ({c.body} {c.year}, {where}, {c.section}){cell}: {quote}"))


@command("ask", "answer one question with citations", _ask_args)
def cmd_ask(args: argparse.Namespace) -> int:
    from .api import Assistant

    with Assistant.open(args.index) as qa:
        answer = qa.ask(args.question)
    print_answer(answer, args.json)
    return 0 if answer.route != "invalid" else 1


@command("chat", "a conversation in the terminal (empty line or Ctrl-D to quit)")
def cmd_chat(args: argparse.Namespace) -> int:
    from .api import Assistant

    with Assistant.open(args.index) as qa:
        conversation = qa.chat()
        print("ReportQA — ask about the indexed reports; an empty line quits.")
        while True:
            try:
                question = input("> ").strip()
            except EOFError:
                break
            if not question:
                break
            print_answer(conversation.ask(question))
            print()
    return 0


def _emit(rows: list[dict], columns: list[str], fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        write_csv(sys.stdout, list(rows[0]) if rows else columns, rows)  # formula-safe cells
    else:
        widths = {c: max([len(c)] + [len(_cell(r.get(c))) for r in rows]) for c in columns}
        print("  ".join(c.ljust(widths[c]) for c in columns))
        for r in rows:
            print("  ".join(_cell(r.get(c)).ljust(widths[c]) for c in columns))


def _cell(value) -> str:
    """A table cell on one line, whatever the file name or text holds."""
    return "" if value is None else printable(value)


def load_plugins() -> list[str]:
    """Register the subcommands of the default plugins and of the installed ones (each once);
    returns one line per plugin that could not be loaded (the other commands still work)."""
    from importlib import import_module
    from importlib.metadata import entry_points

    found: list[tuple[str, Callable]] = [(name, lambda name=name: import_module(name))
                                         for name in DEFAULT_COMMAND_PLUGINS]
    found += [(ep.value, ep.load) for ep in entry_points(group=ENTRY_POINT_GROUP)]
    problems = []
    for name, load in found:
        if name in _loaded:
            continue
        _loaded.add(name)
        try:
            plugin = load()
            (getattr(plugin, "register_commands", None) or plugin)(command)
        except Exception as err:  # a broken or half-installed plugin must not take the CLI down
            problems.append(f"the commands of {name} are not available ({type(err).__name__}: {err})")
    return problems


def build_parser() -> argparse.ArgumentParser:
    for problem in load_plugins():
        print(printable(f"note: {problem}"), file=sys.stderr)
    parser = argparse.ArgumentParser(prog="reportqa", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for cmd in COMMANDS.values():
        p = sub.add_parser(cmd.name, help=cmd.help)
        p.add_argument("--index", default=str(config.DEFAULT_INDEX_DIR), help="index directory")
        cmd.configure(p)
        p.set_defaults(run=cmd.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    from .api import DiskFullError, IndexOpenError

    args = build_parser().parse_args(argv)
    try:
        code = args.run(args)
        sys.stdout.flush()  # a closed pipe (`| head`) is met here, not at exit
        return code
    except IndexOpenError as err:
        print(printable(f"error: {err}"), file=sys.stderr)
        return 2
    except DiskFullError as err:
        print(printable(f"error: {err}"), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`reportqa reports | head`): stop quietly, as Python's docs advise;
        # stdout goes to devnull so the flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
