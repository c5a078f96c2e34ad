"""Issue 17's security cases (hardening battery 2): what a hostile page visitor or a strange file
still did, each against the real parts: servers on loopback (in this process or `reportqa serve`
in a subprocess), real HTTP requests and gradio_client, real PDFs and Word files.

#59 password guessing stalls nobody · #56/#57 no writes to a read-only server, none from an
opaque origin · #65 the upload handler takes only Gradio's own uploads · #66 over-long questions
bound the session · #64 captions escaped · #63 formula-safe CSV, one file per download ·
#62 half-open connections are closed and capped · #14 a giant page renders within a pixel budget
· #15 a .docx zip bomb is refused before it inflates.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import httpx
import pytest

from assistant import Assistant
from eval.pageclient import PageSession, file_data
from tests.test_hardening import CLI, HAIYUAN, LINGWU, ROOT, _free_port, run_cli, serving

QUESTION = "海原县卫健局2020年行政处罚多少件？"


@pytest.fixture(scope="module")
def base_index(tmp_path_factory) -> Path:
    index = tmp_path_factory.mktemp("security") / "index"
    Assistant.build([LINGWU, HAIYUAN], index).close()
    return index


@pytest.fixture
def index(base_index, tmp_path) -> Path:
    """A copy of the base index that a test may change."""
    return Path(shutil.copytree(base_index, tmp_path / "index"))


def _gradio_uploads(name: str) -> list[Path]:
    from gradio.utils import get_upload_folder

    return list(Path(get_upload_folder()).rglob(name))


# --- #59 logins ---------------------------------------------------------------------------------


def _login(port: int, password: str) -> tuple[int, float, int]:
    """(status, seconds taken, Retry-After) of one login attempt."""
    import http.client

    start = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("POST", "/login", body=f"username=reader&password={password}",
                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    response = conn.getresponse()
    conn.close()
    return response.status, time.monotonic() - start, int(response.getheader("Retry-After") or 0)


@pytest.mark.slow
def test_password_guessing_stalls_nobody_and_locks_out(base_index, monkeypatch):
    from gradio_client import Client

    monkeypatch.setattr("ui.server.LOGIN_LOCKOUT", 3.0)
    with serving(base_index, auth=("reader", "s3cret")) as (url, port, _):
        client = Client(url, auth=("reader", "s3cret"), verbose=False)  # logged in before the attack
        client.predict(QUESTION, api_name="/ask")  # warm
        latencies: list[float] = []
        stop = threading.Event()

        def user() -> None:
            while not stop.is_set():
                start = time.monotonic()
                assert "44" in client.predict(QUESTION, api_name="/ask")["text"]
                latencies.append(time.monotonic() - start)

        asking = threading.Thread(target=user)
        asking.start()
        time.sleep(0.5)
        guesses: list[tuple[int, float]] = []
        for _ in range(3):  # three waves of 30 guesses at once
            threads = [threading.Thread(target=lambda i=i: guesses.append(_login(port, f"wrong{i}")))
                       for i in range(30)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        time.sleep(0.5)
        stop.set()
        asking.join()
        assert len(guesses) == 90
        assert max(seconds for _, seconds, _ in guesses) < 2.0, guesses  # refused at once, no waiting
        assert {status for status, _, _ in guesses} <= {400, 429} and any(s == 429 for s, _, _ in guesses)
        assert latencies and max(latencies) < 2.0, latencies  # the logged-in user was never stalled
        status, _, retry = _login(port, "s3cret")
        assert status == 429 and 1 <= retry <= 12  # locked out: even the right password waits
        time.sleep(retry + 0.5)
        assert _login(port, "s3cret")[0] == 200  # after the window it works


# --- #56 #57 writes ----------------------------------------------------------------------------


def _post_upload(port: int, name: str, size: int, headers: dict | None = None) -> httpx.Response:
    files = {"files": (name, os.urandom(size), "application/pdf")}
    return httpx.post(f"http://127.0.0.1:{port}/gradio_api/upload", files=files, headers=headers or {}, timeout=60)


@pytest.mark.slow
def test_a_read_only_server_stores_no_upload(base_index):
    name = f"disk-fill-{os.getpid()}-{time.time_ns()}.pdf"
    with serving(base_index) as (url, port, _):
        response = _post_upload(port, name, 5 * 2**20)
        assert response.status_code == 403, response.text
        assert httpx.post(f"http://127.0.0.1:{port}/gradio_api/process_recording", timeout=30).status_code == 403
    assert _gradio_uploads(name) == []


@pytest.mark.slow
def test_uploads_need_a_login_and_a_same_origin_page(base_index):
    name = f"cross-site-{os.getpid()}-{time.time_ns()}.pdf"
    with serving(base_index, auth=("reader", "s3cret")) as (url, port, _):
        assert _post_upload(port, name, 2**20).status_code == 401  # not logged in
    with serving(base_index, allow_uploads=True) as (url, port, _):
        for origin in ("null", "http://evil.example"):  # a sandboxed iframe, another site
            assert _post_upload(port, name, 2**20, {"Origin": origin}).status_code == 403
        assert _gradio_uploads(name) == []
        # the page itself (its own origin) and scripts (no Origin) still upload
        same = _post_upload(port, name, 2**20, {"Origin": f"http://127.0.0.1:{port}"})
        assert same.status_code == 200
        assert [p.name for p in map(Path, same.json()) if p.is_file()] == [name]
        assert httpx.get(url, headers={"Origin": "null"}, timeout=30).status_code == 200  # reading is no write
    assert _gradio_uploads(name) == []  # an upload never ingested is gone with the server


# --- #65 the upload handler ---------------------------------------------------------------------


@pytest.mark.slow
def test_the_upload_handler_takes_only_files_uploaded_to_it(index, tmp_path):
    from eval.pdfgen import spec_for, write_report_pdf

    secret = tmp_path / "server-side" / "lingwu_2016.txt"  # a report-like file the server can read
    secret.parent.mkdir()
    shutil.copy(write_report_pdf(spec_for("004"), tmp_path / "lingwu_2016.pdf"), secret.with_suffix(".pdf"))
    with serving(index, allow_uploads=True) as (url, port, qa):
        page = PageSession(url)
        before = {r.report for r in qa.reports()}
        answers = [page.call("upload", [file_data(path)]) for path in
                   (secret.with_suffix(".pdf"), tmp_path / "no-such-file.pdf", HAIYUAN)]
        errors = {json.dumps(a["output"].get("error")) for a in answers}
        assert all(not a["success"] for a in answers) and len(errors) == 1, answers  # one message, no oracle
        assert {r.report for r in qa.reports()} == before
        assert not (index / "files").exists() or not any((index / "files").iterdir())

        uploaded = page.upload(tmp_path / "lingwu_2016.pdf")  # a real upload through the route
        stored = Path(uploaded[0]["path"])
        assert stored.is_file()
        done = page.call("upload", uploaded)
        assert done["success"], done
        until = time.monotonic() + 300
        while not any(r.year == 2016 for r in qa.reports()) and time.monotonic() < until:
            time.sleep(0.5)
        assert any(r.year == 2016 for r in qa.reports())
        until = time.monotonic() + 60  # the job removes it after its commit (seconds on a loaded machine)
        while stored.exists() and time.monotonic() < until:
            time.sleep(0.5)
        assert not stored.exists()  # Gradio's stored copy removed once ingested (ours is under files/)


# --- #66 questions ------------------------------------------------------------------------------


@pytest.mark.slow
def test_over_long_questions_do_not_grow_the_session(base_index):
    from gradio_client import Client

    from assistant import Assistant

    MAX_QUESTION_CHARS = Assistant.MAX_QUESTION_CHARS

    with serving(base_index) as (url, port, _):
        client = Client(url, verbose=False)
        big = "灵武" * 50_000  # 100,000 characters, 300 KB
        sizes = []
        for _ in range(12):
            start = time.monotonic()
            result = client.predict(big, api_name="/chat")
            assert time.monotonic() - start < 3
            assert str(MAX_QUESTION_CHARS) in result[0]
            sizes.append(len(json.dumps(result, ensure_ascii=False)))
        assert sizes[-1] < 20_000, sizes  # a placeholder is kept, not the question
        assert "44" in client.predict(QUESTION, api_name="/chat")[0]  # the session still answers
        assert "500" in Client(url, verbose=False).predict(big, api_name="/ask")["text"]
        huge = httpx.post(url + "gradio_api/call/ask", json={"data": ["灵" * 2_000_000]}, timeout=60)
        assert huge.status_code == 413  # the request body is bounded before any parsing
        streamed = httpx.post(url + "gradio_api/call/ask", timeout=60,  # chunked, no length declared
                              content=(b'{"data": ["' if i == 0 else "灵".encode() * 100_000 for i in range(30)))
        assert streamed.status_code == 413


def test_the_shown_chat_keeps_its_last_turns():
    from ui.app import SHOWN_TURNS, shown

    messages: list[dict] = []
    for i in range(SHOWN_TURNS + 30):
        messages = shown(messages, f"q{i}", f"a{i}")
    assert len(messages) == 2 * SHOWN_TURNS and messages[-1]["content"] == f"a{SHOWN_TURNS + 29}"
    assert messages[0] == {"role": "user", "content": "q30"}


# --- #64 captions -------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_cited_page_caption_shows_a_hostile_file_name_as_text(tmp_path):
    trap = _free_port()
    name = f"<img src=https:127.0.0.1:{trap}>[点我](https:127.0.0.1:{trap}) *x*.txt"
    hostile = tmp_path / "reports" / name
    hostile.parent.mkdir()
    shutil.copy(HAIYUAN, hostile)
    index = tmp_path / "index"
    Assistant.build([hostile], index).close()
    with serving(index) as (url, port, _):
        page = PageSession(url)
        assert page.call("chat", QUESTION, None)["success"]
        page.call("show_sources", None)
        caption = page.call("pick_source", 0, None)["output"]["data"][0]
    assert "<img" not in caption and "](" not in caption and "&lt;img" in caption
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").render(caption)  # what a Markdown renderer makes of it
    assert "<img" not in rendered and "<a " not in rendered and "<em>" not in rendered
    assert f"&lt;img src=https:127.0.0.1:{trap}&gt;[点我](https:127.0.0.1:{trap}) *x*.txt" in rendered


# --- #63 CSV ------------------------------------------------------------------------------------


FORMULA_NAME = '=HYPERLINK("evil.example","x").txt'


@pytest.fixture
def formula_index(tmp_path) -> Path:
    source = tmp_path / "reports" / FORMULA_NAME
    source.parent.mkdir()
    shutil.copy(HAIYUAN, source)
    index = tmp_path / "index"
    Assistant.build([source], index).close()
    return index


def _csv_rows(text: str) -> list[list[str]]:
    import csv
    import io

    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


@pytest.mark.slow
def test_the_cli_facts_csv_is_formula_safe(formula_index):
    proc = run_cli("facts", "--index", str(formula_index), "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = _csv_rows(proc.stdout)
    report = rows[0].index("report")
    assert {r[report] for r in rows[1:]} == {"'" + FORMULA_NAME} and len(rows) > 10
    assert not any(cell.startswith(("=", "+", "@")) for r in rows for cell in r)
    values = [r[rows[0].index("value")] for r in rows[1:]]
    assert "-22" in values  # a negative number stays a number


@pytest.mark.slow
def test_the_page_csv_is_formula_safe_and_one_file_per_download(formula_index, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(tmp_path / "tmp"), GRADIO_TEMP_DIR=str(tmp_path / "gr"))
    (tmp_path / "tmp").mkdir()
    port = _free_port()
    with _served(["serve", "--index", str(formula_index), "--port", str(port)], env) as url:
        page = PageSession(url)
        every, some = (page.call("show_facts", [], [], metric, None) for metric in (None, "行政处罚"))
        files = [m["output"]["data"][1]["value"] for m in (every, some)]
        assert files[0]["path"] != files[1]["path"]  # each download its own file
        rows, few = (_csv_rows(httpx.get(f["url"], timeout=30).text) for f in files)
        assert len(few) < len(rows)  # the second download did not overwrite the first
        assert rows[1][rows[0].index("report")] == "'" + FORMULA_NAME
        assert "-22" in [r[rows[0].index("value")] for r in rows[1:]]
    assert list((tmp_path / "tmp").glob("reportqa-csv-*")) == []  # nothing left once the server stops


@contextlib.contextmanager
def _served(args: list[str], env: dict, limits: dict | None = None):
    """`reportqa serve` in a subprocess (with resource limits), stopped by SIGINT like Ctrl-C."""
    def preexec() -> None:
        for which, value in (limits or {}).items():
            resource.setrlimit(which, (value, value))

    proc = subprocess.Popen([*CLI, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, preexec_fn=preexec)
    try:
        for line in proc.stdout:
            if "is serving" in line:
                break
        else:
            raise AssertionError("the server did not start")
        port = int(args[args.index("--port") + 1])
        until = time.monotonic() + 30
        while True:  # it says so just before it listens
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > until:
                    raise
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# --- #62 half-open connections ------------------------------------------------------------------


def _half_open(port: int, count: int) -> list[socket.socket]:
    sockets = []
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-a: b\r\n".encode())  # never ends the head
        sockets.append(s)
    return sockets


def _closed_by_server(s: socket.socket) -> bool:
    s.settimeout(0.05)
    try:
        while s.recv(65536):  # what is left of an answer, then the end
            pass
        return True
    except TimeoutError:
        return False
    except OSError:
        return True


@pytest.mark.slow
@pytest.mark.parametrize("parser", ["auto", "h11"])
def test_half_open_requests_are_timed_out_and_capped(base_index, parser):
    from ui.connections import ConnectionLimits

    limits = ConnectionLimits(header_timeout=2.0, max_connections=100, parser=parser)
    with serving(base_index, limits=limits) as (url, port, _):
        kept = socket.create_connection(("127.0.0.1", port), timeout=5)  # one whole request, then half of one
        kept.sendall(f"GET /robots.txt HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        assert kept.recv(65536).startswith(b"HTTP/1.1 200")
        kept.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n".encode())
        attackers = _half_open(port, 300) + [kept]
        try:
            start = time.monotonic()
            assert httpx.get(url + "config", timeout=5).status_code == 200
            assert time.monotonic() - start < 3
            assert sum(map(_closed_by_server, attackers)) >= 200  # the cap made room
            time.sleep(limits.header_timeout + 1)
            assert all(map(_closed_by_server, attackers))  # and none outlives the header timeout
        finally:
            for s in attackers:
                s.close()


@pytest.mark.slow
def test_half_open_requests_cannot_exhaust_a_served_process(base_index):
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with _served(["serve", "--index", str(base_index), "--port", str(port)], env,
                 {resource.RLIMIT_NOFILE: 512}) as url:
        attackers = _half_open(port, 700)  # more than the server's file descriptors
        try:
            start = time.monotonic()
            assert httpx.get(url + "config", timeout=10).status_code == 200
            assert time.monotonic() - start < 5
        finally:
            for s in attackers:
                s.close()


# --- #14 giant pages ----------------------------------------------------------------------------


@pytest.mark.slow
def test_a_giant_page_renders_within_the_pixel_budget(tmp_path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import RectangleObject

    from eval.forms import to_pdf
    from ui.sources import MAX_PAGE_PIXELS, page_view

    reader = PdfReader(to_pdf("002", tmp_path / "haiyuan.pdf"))
    writer = PdfWriter()
    for page in reader.pages:
        page.mediabox = RectangleObject((0, 0, 14400, 14400))  # a 200-inch page
        writer.add_page(page)
    giant = tmp_path / "giant.pdf"
    with giant.open("wb") as out:
        writer.write(out)
    with Assistant.build([giant], tmp_path / "index") as qa:
        answer = qa.ask(QUESTION)
        citation = answer.citations[0]
        start = time.monotonic()
        view = page_view(citation, qa.cited_page(citation))
        seconds = time.monotonic() - start
    assert view.image is not None and view.image.width * view.image.height <= MAX_PAGE_PIXELS
    assert seconds < 5


# --- #15 zip bombs ------------------------------------------------------------------------------


def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    for line in LINGWU.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(path)
    return path


def _bomb(docx_path: Path, out: Path, inflated: int) -> Path:
    """The .docx with a comment of `inflated` spaces in word/document.xml (compresses ~1000:1)."""
    with zipfile.ZipFile(docx_path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename != "word/document.xml":
                dst.writestr(item, data)
                continue
            head, tail = data.split(b"?>", 1)
            info = zipfile.ZipInfo(item.filename)
            info.compress_type = zipfile.ZIP_DEFLATED
            with dst.open(info, "w", force_zip64=True) as member:
                member.write(head + b"?><!--")
                chunk = b" " * 2**20
                for _ in range(inflated // len(chunk)):
                    member.write(chunk)
                member.write(b"-->" + tail)
    return out


PEAK = ("import resource,sys\nfrom index.extract import ExtractError, extract_report\n"
        "try:\n    x = extract_report(sys.argv[1]); print('read', len(x.facts))\n"
        "except ExtractError as e:\n    print('refused', e)\n"
        "print('peak', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n")


def _peak(path: Path) -> tuple[str, int]:
    proc = subprocess.run([sys.executable, "-c", PEAK, str(path)], capture_output=True, text=True, cwd=ROOT,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    return lines[-2], int(lines[-1].split()[1])  # KB


@pytest.mark.slow
def test_a_docx_zip_bomb_is_refused_before_it_inflates(tmp_path):
    plain = _docx(tmp_path / "lingwu.docx")
    bomb = _bomb(plain, tmp_path / "bomb.docx", 300 * 2**20)
    assert bomb.stat().st_size < 2 * 2**20
    outcome, base_peak = _peak(plain)
    assert outcome.startswith("read")
    outcome, bomb_peak = _peak(bomb)
    assert bomb_peak - base_peak < 100 * 1024, (base_peak, bomb_peak)  # KB: nothing inflated whole
    assert outcome.startswith("refused") and "zip bomb" in outcome and "\n" not in outcome


def test_a_docx_whose_directory_understates_a_member_is_refused_unread(tmp_path):
    """A zip can declare a small size for a member that inflates to much more: reading stops at
    the declared size and the file is refused as broken, in one line, before python-docx."""
    import struct

    from index.extract import ExtractError, extract_report

    bomb = _bomb(_docx(tmp_path / "lingwu.docx"), tmp_path / "bomb.docx", 16 * 2**20)
    data = bytearray(bomb.read_bytes())
    with zipfile.ZipFile(bomb) as archive:
        info, entry = archive.getinfo("word/document.xml"), archive.start_dir
    struct.pack_into("<I", data, info.header_offset + 22, 4096)  # the local header's size
    while data[entry + 46: entry + 46 + struct.unpack_from("<H", data, entry + 28)[0]] != b"word/document.xml":
        entry += 46 + sum(struct.unpack_from("<HHH", data, entry + 28))  # the next central entry
    struct.pack_into("<I", data, entry + 24, 4096)  # and the central directory's
    bomb.write_bytes(bytes(data))
    with pytest.raises(ExtractError, match="broken Word file|zip bomb") as err:
        extract_report(str(bomb))
    assert "\n" not in str(err.value)
