"""`reportqa eval`: the harness's subcommand, registered with the CLI through its plugin hook
(assistant.cli loads this module and calls `register_commands`); the CLI knows nothing of eval."""

from __future__ import annotations

import argparse
import sys


def _eval_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("questions", nargs="?", help="question file (JSON Lines, see eval/questions/README.md); "
                   "omit it to score only the facts (--facts)")
    p.add_argument("--corpus", nargs="+", help="report folders or files to index afresh (in OUT/index) "
                   "instead of --index")
    p.add_argument("--facts", help="gold facts: a TSV (report, body, year, metric, value, unit[, status]) "
                   "or a folder of them; scored overall and per form")
    p.add_argument("--baseline", action="store_true", help="also run the plain llama-index + Chroma baseline")
    p.add_argument("--out", default="eval-results", help="folder for report.md, results.json and charts")
    p.add_argument("--min-accuracy", type=float, default=None,
                   help="exit 1 when ReportQA's answer accuracy (0..1) is below this")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def cmd_eval(args: argparse.Namespace) -> int:
    from index import config

    from .harness import headline, run_eval
    from .questionfile import QuestionFileError

    if args.corpus and args.index != str(config.DEFAULT_INDEX_DIR):
        print("error: give --index DIR or --corpus DIR, not both", file=sys.stderr)
        return 2
    if not args.questions and not args.facts:
        print("error: give a question file, --facts GOLD, or both", file=sys.stderr)
        return 2
    try:
        result = run_eval(args.questions, index_dir=None if args.corpus else args.index, corpus_dir=args.corpus,
                          gold_facts=args.facts, baseline=args.baseline, out_dir=args.out,
                          progress=not args.quiet)
    except QuestionFileError as e:
        print(f"error: the question file cannot be scored:\n{e}", file=sys.stderr)
        return 2
    print(headline(result))
    print(f"\nreport: {result.files['report']}  results: {result.files['results']}")
    if args.min_accuracy is not None and result.accuracy < args.min_accuracy:
        print(f"accuracy {result.accuracy:.1%} is below --min-accuracy {args.min_accuracy:.1%}", file=sys.stderr)
        return 1
    return 0


def register_commands(command) -> None:
    """The plugin hook: `command(name, help, configure)` registers a subcommand's function."""
    command("eval", "score a question set (accuracy, citations, retrieval, latency), optionally beside a "
            "baseline", _eval_args)(cmd_eval)
