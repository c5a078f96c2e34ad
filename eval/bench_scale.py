"""Scale benchmark on generated corpora: ingest speed beside raw pdfplumber, index size, peak
memory, answer latency per route and accuracy on the generated questions; the baseline too at
one size. `--stack server` runs the same on the server stores (a Chroma server, PostgreSQL and
ingestion on a local Ray, all started here on loopback).

One corpus of the largest size is generated; the index grows through the sizes (its first
1000 files, then the next 2000, ...), and at each size the questions and gold facts are those
of the files indexed so far. The ingest rate of a row is that of the files it added, into an
index already holding the earlier ones.

    python -m eval.bench_scale [--sizes 10 100 1000] [--baseline-at 100] [--workers 2]
    python -m eval.bench_scale --stack server --sizes 1000 3000 10000 --pdf-share 0.1
"""

from __future__ import annotations

import argparse
import platform
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from eval import servers
from eval.bench_ingest import raw_pdfplumber
from eval.harness import run_eval
from eval.synth import generate, write_prefix


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def peak_mb() -> float:
    """Peak resident memory of this process and of finished worker processes, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def grow(sizes: list[int], workdir: Path, workers: int, baseline_at: int | None, pdf_share: float = 0.5,
         stores: dict | None = None) -> Iterator[dict]:
    """One row per size, the index grown to it."""
    from assistant import Assistant

    sizes = sorted(set(sizes))
    corpus = generate(workdir / "synth", sizes[-1], seed=sizes[-1], pdf_share=pdf_share)
    print(f"generated: {corpus.summary()}", flush=True)
    paths = corpus.paths()
    index = workdir / "index"
    server = stores is not None
    catalog = servers.database(stores["postgres"], "bench") if server else None
    Assistant.build([], index, catalog=catalog, chroma=stores["chroma"] if server else None).close()
    done, pages = 0, 0
    for size in sizes:
        batch = paths[done:size]
        pdfs = [p for p in batch if p.suffix == ".pdf"]
        raw_seconds, raw_pages = raw_pdfplumber(pdfs) if pdfs else (0.0, 0)
        start = time.perf_counter()
        with Assistant.open(index) as qa:
            summary = qa.add(batch, workers=workers, ray="auto" if server else None)
        ingest_seconds = time.perf_counter() - start
        added = sum(r.pages for r in summary.results)
        pages += added
        gold, questions = write_prefix(corpus, size, workdir / f"answers-{size}")
        result = run_eval(questions, index_dir=index, gold_facts=gold, out_dir=workdir / f"eval-{size}",
                          progress=False)
        base = None
        if size == baseline_at:  # the baseline builds its own index from the same files
            base = run_eval(questions, corpus_dir=paths[:size], baseline=True,
                            out_dir=workdir / f"eval-baseline-{size}", progress=False).figures.get("baseline")
        if server:
            catalog_mb, vectors_mb = servers.database_mb(catalog), folder_size(Path(stores["chroma_dir"])) / 2**20
        else:
            vectors_mb = folder_size(index / "chroma") / 2**20
            catalog_mb = folder_size(index) / 2**20 - vectors_mb  # catalog.sqlite, bm25/, files/
        yield {
            "reports": size, "pages": pages, "ingest_s": ingest_seconds,
            "reports_per_s": len(batch) / ingest_seconds, "pages_per_s": added / ingest_seconds,
            "raw_pdf_pages_per_s": raw_pages / raw_seconds if raw_seconds else 0.0,
            "index_mb": catalog_mb + vectors_mb, "catalog_mb": catalog_mb, "vectors_mb": vectors_mb,
            "peak_mb": peak_mb(),
            "accuracy": result.accuracy, "latency": result.figures["reportqa"]["latency"],
            "facts": result.facts, "baseline": base,
        }
        done = size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--baseline-at", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stack", choices=("embedded", "server"), default="embedded")
    parser.add_argument("--pdf-share", type=float, default=0.5, help="share of the generated reports that are PDFs")
    args = parser.parse_args(argv)
    if args.stack == "server":
        return _on_servers(args)
    print(f"machine: {platform.machine()}, {platform.python_version()}, workers={args.workers}, "
          f"stack=embedded, pdf share={args.pdf_share}")
    _header()
    with tempfile.TemporaryDirectory() as tmp:
        for row in grow(args.sizes, Path(tmp), args.workers, args.baseline_at, args.pdf_share):
            _print_row(row)
            if row["baseline"]:
                base = row["baseline"]
                lat = base.get("latency", {}).get("all", {})
                print(f"baseline at {row['reports']} reports: accuracy {base.get('accuracy', 0):.1%}, latency "
                      f"p50/p95 {lat.get('p50_ms', 0):.0f}/{lat.get('p95_ms', 0):.0f} ms", flush=True)
    return 0


def _header() -> None:
    print("| reports | pages | ingest reports/s (the files added) | ingest pages/s | raw pdfplumber pages/s (PDFs only) "
          "| stores MB (catalog + vectors) | peak MB | accuracy | latency p50/p95 ms by route |")
    print("|---|---|---|---|---|---|---|---|---|")


def _print_row(row: dict) -> None:
    latency = "; ".join(f"{route} {v['p50_ms']:.0f}/{v['p95_ms']:.0f}"
                        for route, v in sorted(row["latency"].items()) if route != "all")
    print(f"| {row['reports']} | {row['pages']} | {row['reports_per_s']:.2f} | {row['pages_per_s']:.1f} | "
          f"{row['raw_pdf_pages_per_s']:.1f} | {row['index_mb']:.0f} ({row['catalog_mb']:.0f} + "
          f"{row['vectors_mb']:.0f}) | {row['peak_mb']:.0f} | "
          f"{row['accuracy']:.1%} | {latency} |", flush=True)


def _on_servers(args) -> int:
    """The server stack: a Chroma server and PostgreSQL started here, files read on Ray."""
    print(f"machine: {platform.machine()}, {platform.python_version()}, stack=server (Chroma server, PostgreSQL, "
          f"local Ray), pdf share={args.pdf_share}")
    _header()
    with tempfile.TemporaryDirectory() as tmp:
        chroma_dir = Path(tmp) / "chroma-server"
        chroma_dir.mkdir()
        with servers.chroma_server(chroma_dir) as chroma, servers.postgres_server() as postgres:
            stores = {"chroma": chroma, "postgres": postgres, "chroma_dir": str(chroma_dir)}
            for row in grow(args.sizes, Path(tmp), args.workers, None, args.pdf_share, stores):
                _print_row(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
