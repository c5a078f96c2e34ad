"""Ingest benchmark: ReportQA's ingest beside raw pdfplumber text extraction of the same PDFs.

    python -m eval.bench_ingest [--copies 10] [--workers 2]
    python -m eval.bench_ingest --real ../shared/real-reports [--repeat 3]

Writes the sample reports as generated PDFs `copies` times each (every copy differs by one
line, so none is skipped as unchanged), then times, in the same run:
- raw pdfplumber: open each PDF and extract_text() every page;
- ReportQA: the full ingest (load, clean, facts, checks, passages, embeddings, Chroma, SQLite).

With --real, the PDFs of a folder (the real reports), in one process so the figures compare:
raw pdfplumber text, extraction alone (document read, tables, facts, checks, passages) and the
whole ingest (extraction, embedding, Chroma and SQLite, and the answering side taking the new
reports in: the issue-20 target of 1.5x), each as wall and CPU seconds and as a ratio to raw
pdfplumber. CPU seconds are the figure to compare on a shared machine. What a process loads
once (the embedding model, Chroma, phrase tables: about a second) is printed apart and left
out of the ratio, as raw pdfplumber's imports are: it does not grow with the number of PDFs.
"""

from __future__ import annotations

import argparse
import platform
import resource
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


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _timed(fn) -> tuple[float, float]:
    """(wall, CPU) seconds of fn()."""
    cpu, start = _cpu(), time.perf_counter()
    fn()
    return time.perf_counter() - start, _cpu() - cpu


def real(folder: Path, repeat: int) -> int:
    """Raw pdfplumber, extraction and whole ingest of the PDFs of `folder`, in this process,
    `repeat` rounds of the three interleaved (load on a shared machine drifts: each figure sees
    the same). Each round's whole ingest goes into a fresh index (an unchanged file is skipped)."""
    from index.extract import extract_report

    paths = sorted(folder.glob("*.pdf"))
    if not paths:
        raise SystemExit(f"no PDF in {folder}")
    extract_report(str(paths[0]))  # imports and lazy loads once, outside the timing
    raw, ext, ing = [0.0, 0.0], [0.0, 0.0], [0.0, 0.0]
    pages = raw_pdfplumber(paths)[1] * repeat
    with tempfile.TemporaryDirectory() as tmp:
        once = _timed(lambda: _warm(Path(tmp) / "warm"))  # model loads: once per process
        for k in range(repeat):
            for total, (wall, cpu) in ((raw, _timed(lambda: raw_pdfplumber(paths))),
                                       (ext, _timed(lambda: [extract_report(str(p)) for p in paths])),
                                       (ing, _ingest(paths, Path(tmp) / f"index{k}"))):
                total[0] += wall
                total[1] += cpu
    print(f"{repeat} rounds of {len(paths)} PDFs of {folder} ({pages} pages), one process, one worker")
    print(f"{'':32}{'wall s':>8}{'CPU s':>8}{'wall x':>8}{'CPU x':>8}")
    rows = (("raw pdfplumber text", raw), ("ReportQA extraction", ext), ("ReportQA whole ingest", ing),
            ("whole ingest + model loads once", [ing[0] + once[0], ing[1] + once[1]]))
    for name, (wall, cpu) in rows:
        print(f"{name:32}{wall:8.2f}{cpu:8.2f}{wall / raw[0]:8.2f}{cpu / raw[1]:8.2f}")
    print(f"extraction / raw pdfplumber: {ext[1] / raw[1]:.2f}x CPU ({ext[0] / raw[0]:.2f}x wall); "
          f"whole ingest: {ing[1] / raw[1]:.2f}x CPU ({ing[0] / raw[0]:.2f}x wall); target 1.5x")
    print(f"not in the ratio: {once[0]:.1f} s wall, {once[1]:.1f} s CPU once per process (the embedding model, "
          "Chroma, the question reader's tables), which a batch of any size pays once, as raw pdfplumber "
          "pays its imports once; the last row adds it to this batch")
    return 0


def _warm(index: Path) -> None:
    """What a process loads once: the embedder, Chroma, the answering side's tables."""
    with Assistant.build([], index) as qa:
        qa.warm_up()


def _ingest(paths: list[Path], index: Path) -> tuple[float, float]:
    """(wall, CPU) of the whole ingest of `paths` into a new index (opened outside the timing);
    the answering side is warm and takes the new reports in, as a server's would."""
    with Assistant.build([], index) as qa:
        qa.warm_up()
        return _timed(lambda: qa.add(paths, workers=1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10, help="copies of each sample PDF")
    parser.add_argument("--workers", type=int, default=2, help="extraction processes for ReportQA")
    parser.add_argument("--real", type=Path, help="a folder of PDFs (the real reports) to compare on")
    parser.add_argument("--repeat", type=int, default=3, help="with --real: reads of each PDF")
    args = parser.parse_args(argv)
    if args.real:
        return real(args.real, args.repeat)
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
