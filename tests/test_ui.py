"""The Gradio page, served for real: the `ask` API through gradio_client, 8 concurrent chat
sessions, and a browser session (Playwright driving Debian's Chromium) that asks, opens a source
page, asks a follow-up, uploads a PDF report, asks about it and downloads the facts as CSV.

Screenshots go to test-artifacts/ (git-ignored). Chromium comes from `make test`
(apt-get install chromium fonts-noto-cjk); without it the browser test fails, it is not skipped.
"""

from __future__ import annotations

import csv
import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.api import IngestStatus
from assistant.uploads import sanitize_name
from eval.pdfgen import spec_for, write_report_pdf
from index import config  # noqa: F401  (sets GRADIO_ANALYTICS_ENABLED=False and friends)
from ui.app import make_server, running

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "sample-reports"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PENALTIES_2020 = "2020年哪个卫生健康局的行政处罚最多？"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(assistant: Assistant, upload_dir: Path | None = None, auth: tuple[str, str] | None = None,
           allow_uploads: bool = True) -> Iterator[str]:
    """The page as `reportqa serve` serves it (uvicorn, Host check, throttled login), on loopback."""
    assistant.warm_up()
    port = _free_port()
    server, _ = make_server(assistant, "127.0.0.1", port, auth=auth, allow_uploads=allow_uploads)
    with running(server):
        yield f"http://127.0.0.1:{port}/"


@pytest.fixture(scope="module")
def samples_app(tmp_path_factory) -> Iterator[tuple[str, Assistant]]:
    """The five sample reports, served."""
    with Assistant.build([SAMPLES], tmp_path_factory.mktemp("ui-index")) as qa, served(qa) as url:
        yield url, qa


@pytest.mark.slow
def test_ask_api_returns_answer_and_citations(samples_app):
    from gradio_client import Client

    url, _ = samples_app
    client = Client(url, verbose=False)
    result = client.predict(PENALTIES_2020, api_name="/ask")
    data = result if isinstance(result, dict) else json.loads(result)
    assert "海原县卫生健康局" in data["text"] and "44" in data["text"]
    assert data["route"] == "facts"
    cited = [c for c in data["citations"] if c["report"] == "002_237241b3bbe4412b.txt"]
    assert cited and cited[0]["highlight"] == "44" and "44" in cited[0]["quote"]
    empty = client.predict("   ", api_name="/ask")
    assert empty["citations"] == [] and "question" in empty["text"]


@pytest.mark.slow
def test_concurrent_sessions_keep_their_own_conversations(samples_app):
    """8 clients (sessions) ask about 4 bodies, then two follow-ups that name no body, all at
    once round by round; each answer must be about its own session's body and metric."""
    from gradio_client import Client

    url, qa = samples_app
    subjects = [("中卫市沙坡头区卫生健康局", 2021), ("海原县卫生健康局", 2020),
                ("灵武市卫生健康局", 2020), ("西夏区卫生健康局", 2023)]
    sessions = [(body, year, metric) for metric in ("行政许可", "行政强制") for body, year in subjects]
    bodies = {body for body, _ in subjects}

    def value(body: str, year: int, metric: str) -> int:
        (fact,) = qa.facts(body=body, year=year, metric=f"{metric}.处理决定数量")
        return fact.value

    rounds = 3
    barrier = threading.Barrier(len(sessions))
    answers: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    def run(i: int) -> None:
        body, year, metric = sessions[i]
        try:
            client = Client(url, verbose=False)
            questions = [f"{body}{year}年行政处罚多少件？", f"那{metric}呢？", "那行政处罚呢？"]
            answers[i] = []
            for question in questions[:rounds]:
                barrier.wait(timeout=60)
                text, *_ = client.predict(question, api_name="/chat")
                answers[i].append(text)
        except BaseException as err:  # reported below, with the session
            errors.append(err)
            barrier.abort()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(sessions))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    for i, (body, year, metric) in enumerate(sessions):
        first, follow_up, back = answers[i]
        assert f"{body}{year}年的行政处罚为{value(body, year, '行政处罚')}件" in first, (i, first)
        assert f"{body}{year}年的{metric}为{value(body, year, metric)}件" in follow_up, (i, follow_up)
        assert f"{body}{year}年的行政处罚为" in back, (i, back)
        for text in (first, follow_up, back):
            assert not [b for b in bodies - {body} if b in text], (i, text)


@pytest.mark.slow
def test_upload_names_are_sanitized_and_failures_leave_nothing(tmp_path):
    assert sanitize_name("../../etc/passwd") == "passwd"
    assert sanitize_name("..\\..\\win.ini") == "win.ini"
    assert sanitize_name("年报 2020 (final).pdf") == "年报_2020__final_.pdf"
    assert sanitize_name(".hidden.txt") == "hidden.txt"
    assert sanitize_name("") == "upload"
    bad = tmp_path / "bad.pdf"
    bad.write_text("not a pdf at all")
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2048)
    with Assistant.build([], tmp_path / "index") as qa:
        rows = qa.add_uploads([bad, big], max_bytes=1024)
        assert [(r.file, r.status) for r in rows] == [("bad.pdf", IngestStatus.SKIPPED), ("big.txt", IngestStatus.SKIPPED)]
        assert "too large" in rows[1].reason
        assert qa.reports() == []
    assert list((tmp_path / "index" / "files").iterdir()) == []


def _browser(playwright):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test` (it installs Debian's chromium and "
                    "fonts-noto-cjk) or `apt-get install -y chromium fonts-noto-cjk`")
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


@pytest.mark.slow
def test_browser_chat_sources_upload_and_facts(tmp_path):
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    reports = [SAMPLES / "002_237241b3bbe4412b.txt", SAMPLES / "003_c5aa4f9897f63d18.txt"]
    pdf = write_report_pdf(spec_for("000"), tmp_path / "灵武市卫生健康局2020年报.pdf")
    with Assistant.build(reports, tmp_path / "index") as qa, served(qa) as url, \
            sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        page.set_default_timeout(30_000)
        try:
            page.goto(url)
            chat = page.locator("#chatbot")
            question = page.locator("#question textarea")
            expect(question).to_be_visible()

            # The example question, answered with its source card.
            page.get_by_role("button", name=PENALTIES_2020).click()
            expect(chat).to_contain_text("海原县卫生健康局")
            expect(chat).to_contain_text("44件")
            card = page.locator(".source-card").first
            expect(card).to_contain_text("002_237241b3bbe4412b.txt")
            expect(card.locator("mark")).to_have_text("44")
            expect(page.locator("#comparison-plot canvas, #comparison-plot svg").first).to_be_visible()
            page.screenshot(path=ARTIFACTS / "ui-1-answer.png", full_page=True)

            # Clicking the card shows the cited page (a text source: the text, quote marked).
            card.click()
            page_text = page.locator("#page-text .page-text")
            expect(page_text).to_be_visible()
            expect(page_text.locator("mark mark")).to_have_text("44")
            page.screenshot(path=ARTIFACTS / "ui-2-source-page.png", full_page=True)

            # A follow-up that names neither body nor year.
            question.fill("那行政许可呢？")
            question.press("Enter")
            expect(chat).to_contain_text("146件")

            # A filter narrows the answer, and the answer says so.
            page.get_by_text("筛选（可选）/ Filters (optional)").click()
            page.locator("#chat-years input").click()
            page.get_by_role("option", name="2023").click()
            page.keyboard.press("Escape")
            question.fill("Which bureau had the most administrative penalties?")
            question.press("Enter")
            expect(chat).to_contain_text("Filter applied: 2023")
            expect(chat).to_contain_text("Xixia District Health Bureau")
            page.locator("#new-chat").click()  # a new conversation also clears the filters
            expect(chat).not_to_contain_text("Filter applied")

            # An empty question gets a friendly message, not an error.
            question.fill("")
            page.locator("#send").click()
            expect(page.get_by_text("Please type a question").first).to_be_visible()

            # Upload a generated PDF report and ingest it.
            page.get_by_role("tab", name="报告 / Reports").click()
            page.locator("#upload-files input[type=file]").set_input_files(str(pdf))
            expect(page.locator("#upload-files")).to_contain_text(".pdf")
            page.locator("#ingest").click()
            results = page.locator("#upload-results")
            expect(results).to_contain_text("indexed", timeout=60_000)
            expect(results).to_contain_text("灵武市卫生健康局")
            expect(page.locator("#reports-table")).to_contain_text("灵武市卫生健康局")
            page.screenshot(path=ARTIFACTS / "ui-3-upload.png", full_page=True)
            uploaded = tmp_path / "index" / "files" / "灵武市卫生健康局2020年报.pdf"
            assert uploaded.is_file()

            # Ask about it; its source card opens the rendered PDF page with the cell boxed.
            page.get_by_role("tab", name="问答 / Chat").click()
            question.fill("灵武市卫生健康局2020年行政处罚多少件？")
            question.press("Enter")
            expect(chat).to_contain_text("灵武市卫生健康局2020年的行政处罚为33件")
            pdf_card = page.locator(".source-card", has_text="灵武市卫生健康局2020年报.pdf").first
            pdf_card.click()
            expect(page.locator("#page-image img")).to_be_visible()
            expect(page.locator("#page-caption")).to_contain_text("p.3")
            page.screenshot(path=ARTIFACTS / "ui-4-pdf-page.png", full_page=True)

            # The facts tab: the table, then the CSV download.
            page.get_by_role("tab", name="统计 / Facts").click()
            facts = page.locator("#facts-table")
            expect(facts).to_contain_text("海原县卫生健康局")
            facts.get_by_placeholder("Filter...").fill("灵武市")
            expect(facts).to_contain_text("灵武市卫生健康局")
            expect(page.locator("#facts-plot canvas, #facts-plot svg").first).to_be_visible()
            with page.expect_download() as info:
                page.locator("#facts-csv").click()
            saved = tmp_path / "facts.csv"
            info.value.save_as(saved)
            with saved.open(encoding="utf-8-sig") as f:
                rows = list(csv.DictReader(f))
            assert len(rows) > 100
            assert {"海原县卫生健康局", "西夏区卫生健康局", "灵武市卫生健康局"} <= {r["body"] for r in rows}
            assert any(r["metric"] == "行政处罚.处理决定数量" and r["value"] == "33" for r in rows)
            page.screenshot(path=ARTIFACTS / "ui-5-facts.png", full_page=True)

            # Remove the uploaded report again: gone from the table, its copy deleted.
            page.get_by_role("tab", name="报告 / Reports").click()
            page.locator("#remove-pick input").click()
            page.get_by_role("option", name="灵武市卫生健康局2020年报.pdf").click()
            page.locator("#remove").click()
            expect(page.locator("#reports-table")).not_to_contain_text("灵武市卫生健康局")
            expect(page.locator("#reports-table")).to_contain_text("海原县卫生健康局")
            assert not uploaded.exists()
            assert {r.report for r in qa.reports()} == {path.name for path in reports}
        except BaseException:
            page.screenshot(path=ARTIFACTS / "ui-failure.png", full_page=True)
            raise
        finally:
            browser.close()


@pytest.mark.slow
def test_empty_index_answers_with_a_friendly_message(tmp_path):
    from gradio_client import Client

    with Assistant.build([], tmp_path / "empty") as qa, served(qa) as url:
        client = Client(url, verbose=False)
        assert "还没有任何年报" in client.predict(PENALTIES_2020, api_name="/ask")["text"]
        text, messages, *_ = client.predict(PENALTIES_2020, api_name="/chat")
        assert "还没有任何年报" in text and len(messages) == 2


@pytest.mark.slow
def test_page_view_of_a_pdf_whose_file_is_gone(tmp_path):
    from assistant.answer import Citation
    from assistant.api import CitedPage
    from ui.sources import page_view

    citation = Citation("gone.pdf", "灵武市卫生健康局", 2020, 3, "二、主动公开政府信息情况",
                        "行政处罚 33 0 33", highlight="33")
    view = page_view(citation, CitedPage("pdf", str(tmp_path / "gone.pdf"), None,
                                         "第二十条第（六）项\n行政处罚 33 0 33\n行政强制 0 0 0"))
    assert view.image is None and "原文件已不存在" in view.html
    assert '<mark style="background:#ffd33d' in view.html and "行政强制" in view.html
