"""Answer latency benchmark on the sample reports: first answer after open, then warm p50/p95
per route over the question set.

    python -m eval.bench_answer [--repeat 3] [--index DIR]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from assistant import Assistant
from eval.scoring import load_questions

ROOT = Path(__file__).resolve().parent.parent


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the question set")
    parser.add_argument("--index", help="an existing index (default: the samples, indexed now)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        index = Path(args.index) if args.index else Path(tmp) / "index"
        if not args.index:
            Assistant.build([ROOT / "data" / "sample-reports"], index).close()
        start = time.perf_counter()
        qa = Assistant.open(index)
        first = qa.ask("灵武卫生健康官方微博有多少粉丝？")  # a passage question loads every model
        first_seconds = time.perf_counter() - start
        questions = load_questions(ROOT / "eval" / "questions" / "samples.jsonl")
        by_route: dict[str, list[float]] = defaultdict(list)
        for _ in range(args.repeat):
            for q in questions:
                chat = qa.chat()
                for turn in q.turns:
                    answer = chat.ask(turn)
                    by_route[answer.route].append(answer.elapsed_ms)
        qa.close()
    print(f"first answer {first_seconds:.2f} s after Assistant.open (route {first.route})")
    print(f"{'route':12}{'answers':>9}{'p50 ms':>9}{'p95 ms':>9}")
    for route, times in sorted(by_route.items()):
        print(f"{route:12}{len(times):9}{statistics.median(times):9.1f}{percentile(times, 0.95):9.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
