"""Load benchmark: chat users answered while a report is uploaded and ingested.

A real server (`reportqa serve` as it runs: uvicorn, the Gradio app, uploads on) on loopback
over the samples; USERS clients ask questions for SECONDS, through the API and the page's chat,
while a PDF of about 20 pages is uploaded as a browser does it (POST to Gradio's upload route,
then the page's ingest event) and ingested in the background (a worker process reads it; the
server embeds and writes it). Reported: answers, errors, latency p50/p95/max, the ingest time.

    python -m eval.bench_load [--users 16] [--seconds 120]
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import tempfile
import threading
import time
from pathlib import Path

from assistant import Assistant
from eval.bench_answer import percentile
from eval.scoring import load_questions

ROOT = Path(__file__).resolve().parent.parent
#: The acceptance of issue 11: with 8 users, answers stay under this p95 while an upload is
#: ingested. Issue 17's: with 16 users, 0 errors (its p95 is reported, not held to the target).
TARGET_P95_SECONDS, TARGET_P95_USERS = 1.0, 8


def twenty_page_pdf(out: Path) -> Path:
    """The sample reports as PDFs, bound into one file of about 20 pages."""
    from pypdf import PdfWriter

    from eval.forms import to_pdf

    writer = PdfWriter()
    for name in ("000", "001", "002", "003", "004"):
        writer.append(str(to_pdf(name, out / f"{name}.pdf")))
    while len(writer.pages) < 20:
        writer.append(str(out / "002.pdf"))
    path = out / "bound-20-pages.pdf"
    with path.open("wb") as f:
        writer.write(f)
    return path


def _users(url: str, count: int, questions: list[str], seconds: float, started, results) -> None:
    """`count` users asking for `seconds`, by turns through the `ask` API and the page's chat
    (one conversation each); puts (latencies in s, errors) on `results`."""
    from gradio_client import Client

    clients = [Client(url, verbose=False) for _ in range(count)]
    for client in clients:  # one warm answer each before the clock starts
        client.predict(questions[0], api_name="/ask")
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    started.set()
    until = time.monotonic() + seconds

    def user(i: int) -> None:
        n = i
        while time.monotonic() < until:
            start = time.perf_counter()
            try:
                if n % 2:
                    clients[i].predict(questions[n % len(questions)], api_name="/ask")
                else:
                    clients[i].predict(questions[n % len(questions)], api_name="/chat")
            except Exception as err:  # counted, and the user goes on
                with lock:
                    errors.append(f"{type(err).__name__}: {err}"[:200])
                continue
            finally:
                n += count
            with lock:
                latencies.append(time.perf_counter() - start)

    threads = [threading.Thread(target=user, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    results.put((latencies, errors))


def upload_through_the_page(url: str, pdf: Path) -> None:
    """What a visitor's browser does: POST the file to the upload route, then run the page's
    ingest event on it (which queues the ingest and returns)."""
    from eval.pageclient import PageSession

    page = PageSession(url)
    done = page.call("upload", page.upload(pdf))
    if not done.get("success"):
        raise RuntimeError(f"the upload was refused: {done.get('output')}")


def main(argv: list[str] | None = None) -> int:
    from ui.app import make_server, running

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=120, help="how long the users ask")
    args = parser.parse_args(argv)
    questions = [q.turns[0] for q in load_questions(ROOT / "eval" / "questions" / "samples.jsonl")]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pdf = twenty_page_pdf(tmp)
        qa = Assistant.build([ROOT / "data" / "sample-reports"], tmp / "index")
        qa.warm_up()
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server, blocks = make_server(qa, "127.0.0.1", port, allow_uploads=True)
        with running(server):
            url = f"http://127.0.0.1:{port}/"
            jobs = blocks.reportqa_jobs
            # The users run in another process, as remote browsers would: their HTTP clients
            # must not share this server's interpreter lock.
            context = multiprocessing.get_context("spawn")
            results = context.Queue()
            started = context.Event()
            users = context.Process(target=_users, args=(url, args.users, questions, args.seconds, started, results))
            users.start()
            started.wait(300)
            start = time.perf_counter()
            upload_through_the_page(url, pdf)
            (job_id,) = jobs.jobs  # the page's job id stays in its session state; it is the only job
            job = jobs.wait(job_id, timeout=max(args.seconds, 300))
            ingest_seconds = time.perf_counter() - start
            latencies, errors = results.get(timeout=args.seconds + 300)
            users.join(60)
        qa.close()
    p50, p95 = statistics.median(latencies), percentile(latencies, 0.95)
    held = args.users <= TARGET_P95_USERS
    ok = job is not None and job.state == "done" and not errors and (p95 < TARGET_P95_SECONDS or not held)
    print(f"## Page users while a file is uploaded ({args.users} users, {args.seconds:.0f} s, a 20-page PDF)\n")
    print("| users | answers | errors | p50 s | p95 s | max s | ingest s | job |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| {args.users} | {len(latencies)} | {len(errors)} | {p50:.3f} | {p95:.3f} | {max(latencies):.3f} "
          f"| {ingest_seconds:.1f} | {job.state if job else 'missing'} |")
    for error in sorted(set(errors))[:5]:
        print(f"error: {error}")
    target = f", p95 < {TARGET_P95_SECONDS} s" if held else ""
    print(f"\ntarget: 0 errors, the upload ingested{target} — {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
