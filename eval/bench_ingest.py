"""Ingest benchmark: ReportQA's ingest beside raw pdfplumber text extraction of the same PDFs.

    python -m eval.bench_ingest [--copies 10] [--workers 2]

Writes the sample reports as generated PDFs `copies` times each (every copy differs by one
line, so none is skipped as unchanged), then times, in the same run:
- raw pdfplumber: open each PDF and extract_text() every page;
- ReportQA: the full ingest (load, clean, facts, checks, passages, embeddings, Chroma, SQLite).
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time
from pathlib import Path

import pdfplumber

from assistant import Assistant
from eval.pdfgen import SPECS, Paragraph, spec_for, write_report_pdf


def make_pdfs(folder: Path, copies: int) -> list[Path]:
    paths = []
    for i in range(copies):
        for name in sorted(SPECS):
            spec = spec_for(name)
            spec.blocks.append(Paragraph(f"（本副本编号 {i}。）"))
            paths.append(write_report_pdf(spec, folder / f"{name}_copy{i:03d}.pdf"))
    return paths


def raw_pdfplumber(paths: list[Path]) -> tuple[float, int]:
    start, pages = time.perf_counter(), 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return time.perf_counter() - start, pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10, help="copies of each sample PDF")
    parser.add_argument("--workers", type=int, default=2, help="extraction processes for ReportQA")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = make_pdfs(folder, args.copies)
        raw_seconds, pages = raw_pdfplumber(paths)
        start = time.perf_counter()
        with Assistant.build([], folder / "index") as qa:
            qa.warm_up()  # model load: once per process
            startup = time.perf_counter() - start
            summary = qa.add(paths, workers=args.workers)
        ours = time.perf_counter() - start - startup
        assert summary.ok, [f"{r.path}: {r.reason}" for r in summary.failed]
    reports = len(paths)
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}")
    print(f"{reports} reports, {pages} pages (generated PDFs of the samples, {args.copies} copies each)")
    print(f"{'':24}{'seconds':>9}{'reports/s':>11}{'pages/s':>9}")
    print(f"{'raw pdfplumber text':24}{raw_seconds:9.1f}{reports / raw_seconds:11.2f}{pages / raw_seconds:9.1f}")
    print(f"{'ReportQA ingest':24}{ours:9.1f}{reports / ours:11.2f}{pages / ours:9.1f}"
          f"   (workers={args.workers})")
    print(f"ReportQA / raw pdfplumber time: {ours / raw_seconds:.2f}x "
          f"(plus {startup:.1f} s once per process: imports and model load)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
