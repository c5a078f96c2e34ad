"""The candidates of a question asked back, typed (issue 19, item 8): `Answer.choices` and
`Conversation.choices()` hold what the page shows as buttons and the terminal numbers; a
button's label, a candidate's name (Chinese or English), its number or "是" picks it. Then the
page for real (a browser clicks the second candidate) and the terminal's `chat` ("2").

A real index of the samples and three real reports: 平潭县人民政府 and 平潭综合实验区管委会
both have a 2013 report, so "平谭政府2013年…" is asked back."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace

import pytest

from assistant import Assistant, Choice
from assistant.choices import as_offered, offered
from assistant.understanding import understand

from .conftest import ROOT, index_of_samples_and

REAL = ("pingtan_2013_county.txt", "pingtan_2013_syq.txt", "pingtan_2025_syq.txt")
AMBIGUOUS = "平谭政府2013年收到多少申请？"
COUNTY, COMMITTEE = "平潭县人民政府", "平潭综合实验区管委会"
WITHDRAWN = "海原县卫生健康局2020年有多少件申请是申请人后来自己撤回的？"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory, real_reports):
    return index_of_samples_and(tmp_path_factory, real_reports, REAL)


@pytest.fixture(scope="module")
def qa(index_dir):
    assistant = Assistant.open(index_dir)
    yield assistant
    assistant.close()


def _numbered(text: str) -> list[str]:
    """The candidates as the asking-back text numbers them ("1. 平潭县人民政府")."""
    return [line.split(". ", 1)[1] for line in text.splitlines() if line[:1].isdigit() and ". " in line]


def test_an_answer_that_asks_back_carries_its_candidates_in_the_order_numbered(qa):
    chat = qa.chat()
    asked = chat.ask(AMBIGUOUS)
    assert asked.route == "clarify"
    assert [(c.label, c.value, c.kind) for c in asked.choices] == [(COUNTY, COUNTY, "body"),
                                                                    (COMMITTEE, COMMITTEE, "body")]
    assert [c.label for c in asked.choices] == _numbered(asked.text)
    assert asked.choices[1].english == "Pingtan Comprehensive Experimental Zone Administrative Committee"
    assert chat.choices() == asked.choices
    assert [c["label"] for c in asked.to_dict()["choices"]] == [COUNTY, COMMITTEE]


@pytest.mark.parametrize("reply, body", [
    (COMMITTEE, COMMITTEE),  # the second button's label
    ("Pingtan Comprehensive Experimental Zone Administrative Committee", COMMITTEE),  # its English name typed
    ("pingtan county government.", COUNTY),
    ("第二个", COMMITTEE), ("2", COMMITTEE), ("是", COUNTY),
])
def test_a_reply_naming_or_numbering_a_candidate_answers_for_it(qa, reply, body):
    chat = qa.chat()
    chat.ask(AMBIGUOUS)
    answer = chat.ask(reply)
    assert answer.route == "facts" and answer.choices == [] and chat.choices() == []
    assert {c.body for c in answer.citations} == {body} and {c.year for c in answer.citations} == {2013}
    assert answer.text.startswith(f"按“平谭政府”理解为{body}")


def test_a_new_question_leaves_nothing_to_pick(qa):
    chat = qa.chat()
    chat.ask(AMBIGUOUS)
    answer = chat.ask("海原县卫生健康局2020年行政处罚多少件？")
    assert answer.route == "facts" and answer.choices == [] and chat.choices() == []
    assert qa.ask("海原县卫生健康局2020年行政处罚多少件？").choices == []


def test_the_cells_offered_for_a_narrowed_statistic_are_choices_too(qa):
    chat = qa.chat()
    asked = chat.ask(WITHDRAWN)
    assert asked.route == "clarify" and len(asked.choices) >= 2
    assert {c.kind for c in asked.choices} == {"statistic"}
    assert [c.label for c in asked.choices] == _numbered(asked.text)
    second = asked.choices[1]
    picked = chat.ask(second.label)
    assert picked.route == "facts" and picked.citations and second.label in picked.text


def test_an_english_label_carries_the_english_name_and_picks_its_body(qa):
    query = understand(AMBIGUOUS, qa.engine.gazetteer)
    choices = offered(replace(query, language="en"), qa.engine.gazetteer.english_name)
    assert [c.label for c in choices] == [f"{COUNTY} (Pingtan County Government)",
                                          f"{COMMITTEE} (Pingtan Comprehensive Experimental Zone Administrative Committee)"]
    assert as_offered(choices[1].label, choices) == "2"
    assert as_offered(" Pingtan County Government! ", choices) == "1"
    # not a candidate's whole name: left to the reply reader ("第二个", a name that links)
    assert as_offered("the Pingtan one", choices) == "the Pingtan one"  # words of both names
    assert as_offered("the county one", choices) == "1"  # words of one name only (the rest are fillers)
    assert as_offered("", choices) == "" and as_offered(COUNTY, []) == COUNTY
    assert isinstance(choices[0], Choice)


# --- the terminal: the candidates numbered, "2" picks the second ------------------------------------

@pytest.mark.slow
def test_the_terminal_chat_numbers_the_candidates_and_2_picks_the_second(index_dir):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-m", "assistant.cli", "chat", "--index", str(index_dir)],
                         input=f"{AMBIGUOUS}\n2\n\n", capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    assert f"1. {COUNTY}" in out.stdout and f"2. {COMMITTEE}" in out.stdout
    assert f"按“平谭政府”理解为{COMMITTEE}。" in out.stdout and "pingtan_2013_syq.txt" in out.stdout


# --- the page: the candidates as buttons, in a real browser -------------------------------------------

@pytest.mark.slow
def test_the_page_offers_the_candidates_as_buttons_and_a_click_answers_for_it(qa):
    from playwright.sync_api import expect, sync_playwright

    from .test_ui import ARTIFACTS, _browser, served

    ARTIFACTS.mkdir(exist_ok=True)
    with served(qa) as url, sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(30_000)
        try:
            page.goto(url)
            chat, question, row = page.locator("#chatbot"), page.locator("#question textarea"), page.locator("#choices")
            first, second = page.locator("#choice-1"), page.locator("#choice-2")
            expect(question).to_be_visible()
            expect(first).to_be_hidden()

            question.fill(AMBIGUOUS)
            question.press("Enter")
            expect(chat).to_contain_text("您说的“平谭政府”是指哪一个？")
            expect(first).to_have_text(COUNTY)
            expect(second).to_have_text(COMMITTEE)
            expect(page.locator("#choice-3")).to_be_hidden()
            page.screenshot(path=ARTIFACTS / "ui-choices-1-asked.png", full_page=True)

            second.click()  # the second candidate: the committee's own 2013 figure, cited
            expect(chat).to_contain_text(f"按“平谭政府”理解为{COMMITTEE}。")
            expect(chat).to_contain_text(f"{COMMITTEE}2013年的政府信息公开申请为0条")
            expect(page.locator(".source-card").first).to_contain_text("pingtan_2013_syq.txt")
            expect(row).to_be_hidden()
            expect(first).to_be_hidden()
            # the pick reads in the chat as the name itself, sent by the asker
            expect(chat.get_by_text(COMMITTEE, exact=True)).to_have_count(1)
            page.screenshot(path=ARTIFACTS / "ui-choices-2-picked.png", full_page=True)

            # by keyboard: from the question box, Shift+Tab reaches the last candidate; Enter picks it
            question.fill(AMBIGUOUS)
            question.press("Enter")
            expect(second).to_have_text(COMMITTEE)
            question.focus()
            page.keyboard.press("Shift+Tab")
            expect(second).to_be_focused()
            page.keyboard.press("Enter")
            expect(row).to_be_hidden()
            expect(chat).to_contain_text(f"{COMMITTEE}2013年的政府信息公开申请为0条", timeout=30_000)

            # a new question instead of a pick: the buttons go
            question.fill(AMBIGUOUS)
            question.press("Enter")
            expect(first).to_have_text(COUNTY)
            question.fill("海原县卫生健康局2020年行政处罚多少件？")
            question.press("Enter")
            expect(chat).to_contain_text("海原县卫生健康局2020年的行政处罚为44件")
            expect(row).to_be_hidden()
        except BaseException:
            page.screenshot(path=ARTIFACTS / "ui-choices-failure.png", full_page=True)
            raise
        finally:
            browser.close()


HOSTILE = '平潭<img src=x onerror="window.__pwned=1">县人民政府\n<b>[点我](http://attacker.example/)</b>'


@pytest.mark.slow
def test_a_candidate_name_from_a_report_is_shown_and_sent_as_text(qa, tmp_path):
    """Candidate names come from the reports: the chat tab's buttons show one as text (Gradio sets
    a button's label as text) and a click sends it as a question the chat shows as text. The tab
    is laid out and wired as on the page; the answer asking back carries a hostile name."""
    import socket

    import gradio as gr
    from playwright.sync_api import expect, sync_playwright

    from assistant.answer import Answer
    from ui.page import Page, Session
    from ui.tabs.chat import ChatTab

    from .test_ui import _browser

    tab = ChatTab(Page(qa, tmp_path / "files", tmp_path, None))
    hostile = Session(qa.chat(), last=Answer("?", "?", "clarify", "zh", choices=[Choice(HOSTILE, HOSTILE, "body")]))
    with gr.Blocks(analytics_enabled=False) as app:
        session = gr.State(None)
        tab.layout()
        tab.wire(session)
        asked = gr.Button("asked back", elem_id="asked")
        asked.click(lambda: hostile, None, session).then(tab.show_choices, session,
                                                          [tab.choice_row, *tab.choice_buttons])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        with sync_playwright() as p:
            browser = _browser(p)
            page = browser.new_page()
            page.set_default_timeout(30_000)
            try:
                page.goto(f"http://127.0.0.1:{port}/")
                page.locator("#asked").click()
                button = page.locator("#choice-1")
                expect(button).to_have_text(HOSTILE.replace("\n", " "))  # one line on the button
                assert button.locator("img, b, a").count() == 0
                button.click()
                chat = page.locator("#chatbot")
                expect(chat).to_contain_text('<img src=x onerror="window.__pwned=1">')
                assert chat.locator("img[src=x], a[href^='http://attacker']").count() == 0
                assert page.evaluate("window.__pwned") is None
            finally:
                browser.close()
    finally:
        app.close()
