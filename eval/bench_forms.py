"""Reading speed per input form: the samples as Markdown, Word, HTML and crawler text (made
with the converters of eval.forms), each read many times on 2 processes.

    python -m eval.bench_forms [--copies 20] [--workers 2]

Two figures per form, in reports per second of wall time: the loader alone (file -> Document)
and the whole extraction without embedding (loader, metadata, table reader, checks, passages).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

FORMS = ("md", "docx", "html", "page.txt", "pdf")


def _load(path: str) -> int:
    from index.forms import load_document

    return len(load_document(path).pages)


def _extract(path: str) -> int:
    from index.extract import extract_report

    return len(extract_report(path).facts)


def rate(paths: list[Path], fn, workers: int) -> float:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(fn, [str(p) for p in paths[:workers]]))  # imports once per process
        start = time.perf_counter()
        list(pool.map(fn, [str(p) for p in paths], chunksize=4))
        return len(paths) / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    from eval.forms import write_forms

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20, help="times each sample file is read")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        made = write_forms(Path(tmp))
        print(f"{'form':10}{'loader reports/s':>18}{'extraction reports/s':>22}   (workers={args.workers}, "
              f"{len(made['md'])} samples x {args.copies})")
        for form in FORMS:
            paths = list(made[form].values()) * args.copies
            print(f"{form:10}{rate(paths, _load, args.workers):18.1f}{rate(paths, _extract, args.workers):22.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
