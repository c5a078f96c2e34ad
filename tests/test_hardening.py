"""Hostile and careless use: each case of issue 11's battery, against the real parts.

Bad files, damaged indexes and impossible questions get a clear message and leave what is
indexed whole; the same report in two forms counts once; two files of one name are both kept.
The server cases (busy port, uploads off, auth, Host check, a server seeing the CLI's changes,
answering during an ingest, report text shown as text in a real browser) are in the slow tier.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import Assistant, IndexOpenError
from assistant.api import IngestStatus
from assistant.cli import format_summary
from eval.forms import to_pdf
from index import config
from index.chunks import VECTOR_KINDS
from index.extract import ExtractError, extract_report

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "sample-reports"
LINGWU = SAMPLES / "000_5fdff1f93ec53c39.txt"  # 灵武市卫生健康局 2020
HAIYUAN = SAMPLES / "002_237241b3bbe4412b.txt"  # 海原县卫生健康局 2020
CLI = [sys.executable, "-m", "assistant.cli"]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)


def _no_traceback(proc: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr


# --- bounded work -------------------------------------------------------------------------------


def test_text_without_sentence_ends_becomes_bounded_passages(tmp_path):
    """A long text with no sentence end is cut, so no passage is huge to embed."""
    endless = "本局持续推进政务公开工作并且不断完善公开制度强化公开监督" * 12_000  # 360k chars, no 。
    path = tmp_path / "endless.txt"
    path.write_text(LINGWU.read_text(encoding="utf-8") + "\n" + endless + "\n", encoding="utf-8")
    x = extract_report(str(path))
    longest = max(len(p.text) for p in x.passages)
    assert longest <= config.CHUNK_TARGET_CHARS + config.MAX_SENTENCE_CHARS + 200
    assert len(x.passages) > 300


def test_text_longer_than_any_report_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(LINGWU.read_text(encoding="utf-8") + "公开" * (config.MAX_TEXT_CHARS // 2 + 10), encoding="utf-8")
    with pytest.raises(ExtractError, match="more than any annual report"):
        extract_report(str(path))


def test_a_file_past_its_time_limit_is_skipped_with_a_message():
    with pytest.raises(ExtractError, match="took longer than"):
        extract_report(str(HAIYUAN), seconds=1e-9)


# --- what a report is -----------------------------------------------------------------------------


@pytest.mark.parametrize("pdf_first", [False, True])
def test_the_same_report_as_pdf_and_text_counts_once(tmp_path, pdf_first):
    pdf = to_pdf("002", tmp_path / "haiyuan.pdf")
    files = [pdf, HAIYUAN] if pdf_first else [HAIYUAN, pdf]
    with Assistant.build([], tmp_path / "index") as qa:
        first, second = (qa.add([f]).results[0] for f in files)
        assert first.status is IngestStatus.INDEXED and second.status is IngestStatus.ANOTHER_FORM, second
        assert "counted once" in second.reason
        (record,) = qa.reports()
        assert record.kind == "pdf"  # the better-read form is the one cited
        assert len(record.sources) == 1
        answer = qa.ask("海原县卫健局2020年行政许可多少件？")
        assert "146件" in answer.text and len(answer.facts) == 1
        total = qa.ask("2020年所有机关的行政许可合计多少？")
        assert "146" in total.text and "292" not in total.text


@pytest.mark.slow
def test_two_different_files_with_one_name_are_both_kept(tmp_path):
    for folder, sample in (("a", LINGWU), ("b", HAIYUAN)):
        (tmp_path / folder).mkdir()
        shutil.copy(sample, tmp_path / folder / "report.txt")
    proc = run_cli("ingest", str(tmp_path / "a"), str(tmp_path / "b"), "--index", str(tmp_path / "index"), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert "both kept" in proc.stdout
    with Assistant.open(tmp_path / "index") as qa:
        assert sorted(r.body for r in qa.reports()) == ["海原县卫生健康局", "灵武市卫生健康局"]
        assert len({r.report for r in qa.reports()}) == 2


def test_a_new_version_of_the_same_file_replaces_it_aloud(tmp_path):
    path = tmp_path / "report.txt"
    shutil.copy(LINGWU, path)
    with Assistant.build([path], tmp_path / "index") as qa:
        path.write_text(LINGWU.read_text(encoding="utf-8").replace("2144", "2145"), encoding="utf-8")
        result = qa.add([path]).results[0]
        assert result.status == "replaced" and "new version" in result.reason
        assert "new version" in format_summary(qa.last_ingest)
        assert len(qa.reports()) == 1


# --- damaged indexes and bad arguments ----------------------------------------------------------


@pytest.fixture
def built(tmp_path) -> Path:
    index = tmp_path / "index"
    Assistant.build([LINGWU, HAIYUAN], index).close()
    return index


@pytest.mark.slow
def test_a_truncated_catalog_gives_a_message(built):
    catalog = built / "catalog.sqlite"
    for extra in ("catalog.sqlite-wal", "catalog.sqlite-shm"):
        (built / extra).unlink(missing_ok=True)
    catalog.write_bytes(catalog.read_bytes()[:1000])
    proc = run_cli("reports", "--index", str(built))
    assert proc.returncode == 2 and "damaged" in proc.stderr
    _no_traceback(proc)


@pytest.mark.slow
def test_an_empty_catalog_gives_a_message(built):
    (built / "catalog.sqlite").write_bytes(b"")
    proc = run_cli("reports", "--index", str(built))
    assert proc.returncode == 2 and "empty" in proc.stderr
    _no_traceback(proc)


@pytest.mark.slow
def test_a_deleted_vector_store_is_rebuilt_from_the_catalog(built):
    shutil.rmtree(built / "chroma")
    with Assistant.open(built) as qa:
        answer = qa.ask("灵武卫生健康官方微博有多少粉丝？")
        assert "2144" in answer.text and answer.route == "passages"
        assert any("rebuilt the vector store" in n for n in qa.index.notices)
    proc = run_cli("ingest", str(LINGWU), "--index", str(built), "--quiet")
    assert proc.returncode == 0 and "1 unchanged" in proc.stdout


def test_a_foreign_vector_store_is_set_aside_and_rebuilt(built):
    shutil.rmtree(built / "chroma")
    (built / "chroma").mkdir()
    (built / "chroma" / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    with Assistant.open(built) as qa:
        assert qa.index.vectors.count() == qa.index.catalog.passage_count(VECTOR_KINDS) > 0
        assert any("cannot be read" in n for n in qa.index.notices)
    assert list(built.glob("chroma.unreadable-*"))


@pytest.mark.slow
def test_a_bad_embedder_creates_nothing(tmp_path):
    proc = run_cli("ingest", str(LINGWU), "--index", str(tmp_path / "new"), "--embedder", "st:no-such-model-here")
    assert proc.returncode == 2 and "cannot be used" in proc.stderr
    _no_traceback(proc)
    assert not (tmp_path / "new").exists()


def test_an_index_path_that_is_a_file(tmp_path):
    path = tmp_path / "file"
    path.write_text("x")
    with pytest.raises(IndexOpenError, match="is a file"):
        Assistant.build([LINGWU], path)


def test_utf16_text_is_read(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(LINGWU.read_text(encoding="utf-8").encode("utf-16"))
    x = extract_report(str(path))
    assert x.meta.body == "灵武市卫生健康局" and any(f.value == 33 for f in x.facts)


def test_a_notice_about_compiling_reports_is_no_report(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(
        "关于做好2021年度政府信息公开工作年度报告编制和发布工作的通知\n各区县人民政府，市政府各部门：\n"
        "为做好2021年度政府信息公开工作年度报告编制和发布工作，现就有关事项通知如下。\n"
        "一、各单位要按照新修订的年度报告格式编制本单位年度报告。\n二、年度报告应于2022年1月31日前公开。\n",
        encoding="utf-8")
    with pytest.raises(ExtractError):
        extract_report(str(path))


def test_an_impossible_year_is_refused(built):
    with Assistant.open(built) as qa:
        answer = qa.ask("海原县9999年行政处罚多少件？")
        assert answer.route == "refusal" and "9999" in answer.text and "44" not in answer.text


@pytest.mark.slow
def test_workers_start_worker_processes(tmp_path):
    proc = run_cli("ingest", str(LINGWU), str(HAIYUAN), "--index", str(tmp_path / "index"), "--workers", "2",
                   "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert "worker processes: 2" in proc.stdout
    with Assistant.open(tmp_path / "index") as qa:
        assert len(qa.reports()) == 2


# --- the served page (slow tier: real servers on loopback, a real browser) ------------------------

import contextlib  # noqa: E402
import http.client  # noqa: E402
import json  # noqa: E402
import socket  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

from ui.app import make_server, running  # noqa: E402

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(index: Path, **options):
    qa = Assistant.open(index)
    qa.warm_up()
    port = _free_port()
    server, _ = make_server(qa, "127.0.0.1", port, **options)
    try:
        with running(server):
            yield f"http://127.0.0.1:{port}/", port, qa
    finally:
        qa.close()


def _get(port: int, path: str = "/", headers: dict | None = None) -> http.client.HTTPResponse:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path, headers=headers or {})
    return conn.getresponse()


@pytest.mark.slow
def test_a_busy_port_gives_a_message(built):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = run_cli("serve", "--index", str(built), "--port", str(port))
    assert proc.returncode == 2 and "in use" in proc.stderr
    _no_traceback(proc)


@pytest.mark.slow
def test_uploads_are_off_for_anonymous_users_unless_allowed(built):
    def writers(config: dict) -> list:
        ids = {c["id"] for c in config["components"] if c.get("props", {}).get("elem_id") in ("ingest", "remove")}
        return [d for d in config["dependencies"] if any(t[0] in ids for t in d.get("targets", []))]

    with serving(built) as (url, port, _):
        config = json.loads(_get(port, "/config").read())
        assert writers(config) == []  # no handler exists that could write, whatever a client sends
    with serving(built, allow_uploads=True) as (url, port, _):
        assert writers(json.loads(_get(port, "/config").read()))


@pytest.mark.slow
def test_auth_guards_everything_and_a_failed_login_is_refused(built):
    from gradio_client import Client

    with serving(built, auth=("reader", "s3cret")) as (url, port, _):
        assert _get(port, "/config").status in (401, 403)
        with pytest.raises(Exception):  # noqa: B017 (the client's error class differs by version)
            Client(url, verbose=False).predict("海原县卫健局2020年行政处罚多少件？", api_name="/ask")
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("POST", "/login", body="username=reader&password=wrong",
                     headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert conn.getresponse().status >= 400  # lockouts: test_hardening_security
        client = Client(url, auth=("reader", "s3cret"), verbose=False)
        assert "44" in client.predict("海原县卫健局2020年行政处罚多少件？", api_name="/ask")["text"]


@pytest.mark.slow
def test_the_host_and_origin_are_checked(built):
    with serving(built) as (url, port, _):
        assert _get(port, "/", {"Host": f"127.0.0.1:{port}"}).status == 200
        assert _get(port, "/", {"Host": f"attacker.example:{port}"}).status == 403  # DNS rebinding
        assert _get(port, "/config", {"Host": f"127.0.0.1:{port}", "Origin": "http://attacker.example"}).status == 403


@pytest.mark.slow
def test_a_server_sees_reports_the_cli_adds(tmp_path):
    from gradio_client import Client

    index = tmp_path / "index"
    Assistant.build([LINGWU], index).close()
    with serving(index) as (url, port, _):
        client = Client(url, verbose=False)
        assert "44" not in client.predict("海原县卫健局2020年行政处罚多少件？", api_name="/ask")["text"]
        proc = run_cli("ingest", str(HAIYUAN), "--index", str(index), "--quiet")
        assert proc.returncode == 0, proc.stderr
        assert "44件" in client.predict("海原县卫健局2020年行政处罚多少件？", api_name="/ask")["text"]
        prose = client.predict("海原县卫健局2020年通过微信公众号发布信息多少条？", api_name="/ask")  # vectors reloaded
        assert "275" in prose["text"]


@pytest.mark.slow
def test_questions_are_answered_while_a_report_is_ingested(tmp_path, built):
    from eval.pdfgen import spec_for, write_report_pdf
    from ui.jobs import IngestJobs

    pdf = write_report_pdf(spec_for("004"), tmp_path / "lingwu_2016.pdf")
    with Assistant.open(built) as qa:
        jobs = IngestJobs(built, built / "files")
        job = jobs.submit([str(pdf)])
        answered_during = 0
        while jobs.status(job.id).state in ("queued", "running"):
            answer = qa.ask("海原县卫健局2020年行政处罚多少件？")
            assert "44件" in answer.text
            answered_during += jobs.status(job.id).state == "running"
        assert answered_during > 0 and jobs.status(job.id).state == "done"
        assert any(r.year == 2016 for r in qa.reports())
        assert "149" in qa.ask("灵武市卫计局2016年主动公开了多少条政府信息？").text  # seen without a restart
        jobs.close()


HOSTILE = ("我局在门户网站发布了政务公开专栏通知<img src=\"http://127.0.0.1:{port}/pixel.png\" "
           "onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>，详见[点击领取补贴](http://attacker.example/phish)。")


@pytest.mark.slow
def test_report_text_is_shown_as_text_in_a_real_browser(tmp_path):
    from playwright.sync_api import expect, sync_playwright

    trap_port = _free_port()
    hits: list[str] = []
    trap = socket.socket()
    trap.bind(("127.0.0.1", trap_port))
    trap.listen()
    trap.settimeout(0.2)
    stop = threading.Event()

    def listen():  # anything the page fetches from the report's <img> would land here
        while not stop.is_set():
            with contextlib.suppress(OSError):
                conn, _ = trap.accept()
                hits.append("fetched")
                conn.close()

    threading.Thread(target=listen, daemon=True).start()
    report = tmp_path / "hostile.txt"
    text = LINGWU.read_text(encoding="utf-8")
    report.write_text(text.replace("一、总体情况", "一、总体情况\n" + HOSTILE.format(port=trap_port), 1), encoding="utf-8")
    index = tmp_path / "index"
    Assistant.build([report, HAIYUAN], index).close()
    ARTIFACTS.mkdir(exist_ok=True)
    with serving(index) as (url, port, _), sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(30_000)
        try:
            page.goto(url)
            question = page.locator("#question textarea")
            question.fill("灵武市卫健局在门户网站发布了什么通知？")
            question.press("Enter")
            chat = page.locator("#chatbot")
            expect(chat).to_contain_text("<img src=")
            expect(chat).to_contain_text("<script>")
            expect(chat).to_contain_text("[点击领取补贴](http")  # the Markdown shown as written, no link
            expect(chat).to_contain_text("attacker.example/phish")
            assert page.locator("#chatbot img[src*='pixel.png']").count() == 0
            assert page.locator("a[href*='attacker.example']").count() == 0
            assert page.locator(".source-card").first.inner_text().count("<img") == 1
            question.fill("<img src=x onerror=window.__pwned=3> 2020年哪个卫生健康局的行政处罚最多？")
            question.press("Enter")
            expect(chat).to_contain_text("<img src=x")
            expect(chat).to_contain_text("海原县卫生健康局")
            plot = page.locator("#comparison-plot")
            expect(plot.locator("canvas, svg").first).to_be_visible()
            time.sleep(1)
            assert page.evaluate("window.__pwned") is None
            assert hits == []
            labels = page.evaluate("Array.from(document.querySelectorAll('#comparison-plot svg text'))"
                                   ".map(t => t.textContent).join(' ')")
            if page.locator("#comparison-plot svg text").count():  # drawn as SVG: the labels are text
                assert "海原县卫生健康局" in labels
            plot.screenshot(path=ARTIFACTS / "hardening-chart.png")
            page.screenshot(path=ARTIFACTS / "hardening-escaped.png", full_page=True)
        except BaseException:
            page.screenshot(path=ARTIFACTS / "hardening-failure.png", full_page=True)
            raise
        finally:
            browser.close()
            stop.set()
            trap.close()


def test_only_the_answering_cell_is_marked_in_a_table_row_quote():
    from ui.sources import mark_html

    marked = mark_html("行政强制 0 0 0", "0", cell=2, cells=3)
    assert marked.count("<mark") == 1 and marked.endswith("0</mark>")
    assert mark_html("行政处罚 66 -22 44", "44", cell=2, cells=3).count("<mark") == 1
