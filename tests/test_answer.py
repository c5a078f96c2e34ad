"""Each answering route on a real index of the sample reports, the Python API and the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.quotes import find_in_pages, locate
from assistant.understanding import MAX_QUESTION_CHARS

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "sample-reports"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("answer-index")
    Assistant.build([SAMPLES], directory).close()
    return directory


@pytest.fixture(scope="module")
def qa(index_dir):
    assistant = Assistant.open(index_dir)
    yield assistant
    assistant.close()


def _raw(report: str) -> str:
    return (SAMPLES / report).read_text(encoding="utf-8")


def _quotes_are_verbatim(answer) -> None:
    for c in answer.citations:
        assert c.quote and (c.quote in _raw(c.report)), (c.report, c.quote)


# --- facts route ------------------------------------------------------------------------------

def test_most_names_winner_runner_up_and_table(qa):
    a = qa.ask("2020年哪个卫生健康局的行政处罚最多？")
    assert a.route == "facts" and a.intent == "most" and a.language == "zh"
    first = a.text.splitlines()[0]
    assert "海原县卫生健康局" in first and "44" in first and "[1]" in first
    assert "灵武市卫生健康局" in a.text and "33" in a.text
    assert [f.value for f in a.facts] == [44, 33]
    assert a.citations[0].table == "第二十条第（六）项" and a.citations[0].column == "处理决定数量"
    assert len(a.table) == 2 and a.table[0]["highlight"]
    _quotes_are_verbatim(a)


def test_tie_is_reported_as_tie(qa):
    a = qa.ask("2020年哪个卫生健康局的行政强制最多？")
    assert "并列" in a.text


def test_sum_shows_inputs_with_citations(qa):
    a = qa.ask("What was the total number of penalties in 2020?")
    assert a.language == "en" and "77" in a.text
    assert "44 decisions[" in a.text and "33 decisions[" in a.text  # each count says what it counts
    assert a.computed and a.computed[0].value == 77 and len(a.computed[0].inputs) == 2


def test_difference_and_average(qa):
    a = qa.ask("海原县和灵武市2020年的行政处罚相差多少？")
    assert "11" in a.text and a.computed[0].value == 11
    b = qa.ask("2020年卫生健康局的平均行政处罚数量是多少？")
    assert "38.5" in b.text


def test_trend_of_a_renamed_body_spans_both_names(qa):
    a = qa.ask("灵武历年主动公开政府信息数")
    assert "149" in a.text and a.citations[0].year == 2016


def test_blank_cell_is_not_reported_not_zero(qa):
    a = qa.ask("灵武市卫生和计划生育局2016年当面申请数是多少？")
    assert "空白" in a.text and "为0" not in a.text


def test_english_answer_keeps_chinese_name_beside_english(qa):
    a = qa.ask("How many licences did Shapotou District Health Bureau issue in 2021?")
    assert "中卫市沙坡头区卫生健康局 (Shapotou District Health Bureau)" in a.text and "137" in a.text


# --- refusals, corpus, passages, sources --------------------------------------------------------

def test_missing_year_refused_with_what_is_there(qa):
    a = qa.ask("海原县2022年的行政处罚是多少？")
    assert a.route == "refusal" and "2022" in a.text and "2020" in a.text
    # the plain words a reader (and a screen reader) takes for "not found", not only "没有"
    assert a.text.startswith("没有找到") and "44" not in a.text
    b = qa.ask("How many penalties did Haiyuan County issue in 2022?")
    assert b.route == "refusal" and "No report" in b.text and "44" not in b.text


def test_unknown_body_refused(qa):
    a = qa.ask("银川市卫生健康局2020年行政处罚")
    assert a.route == "refusal" and "银川市卫生健康局" in a.text and "33" not in a.text
    assert a.text.startswith("没有找到"), a.text


def test_nothing_found_is_said_plainly(qa):
    a = qa.ask("灵武市卫生健康局局长是谁？")
    assert a.route == "refusal" and "没有找到" in a.text and not a.citations


def test_corpus_and_count(qa):
    a = qa.ask("你这里有哪些年报？")
    assert a.route == "corpus" and all(name in a.text for name in ("海原县卫生健康局", "西夏区卫生健康局"))
    b = qa.ask("How many reports cover 2020?")
    assert "2" in b.text and "Haiyuan" in b.text


def test_passage_answer_is_extractive_and_cited(qa):
    a = qa.ask("灵武卫生健康官方微博有多少粉丝？")
    assert a.route == "passages" and "2144" in a.text.splitlines()[0]
    assert a.citations[0].highlight == "2144 人" and a.citations[0].report.startswith("000_")
    _quotes_are_verbatim(a)


def test_follow_ups_and_source(qa):
    chat = qa.chat()
    chat.ask("沙坡头区卫健局2021年行政许可多少件？")
    second = chat.ask("行政处罚呢？")
    assert second.facts[0].metric == "行政处罚.处理决定数量" and second.facts[0].body == "中卫市沙坡头区卫生健康局"
    third = chat.ask("出处是哪里？")
    assert third.route == "source" and "001_1d0da56432dcd010.txt" in third.text
    year = chat.ask("2023年呢？")
    assert year.route == "refusal"  # 沙坡头 has no 2023 report; never Xixia's number
    assert "31" not in year.text


def test_renamed_body_question(qa):
    a = qa.ask("灵武市卫生健康局和灵武市卫生和计划生育局是同一机构吗？")
    assert a.text.startswith("是")


@pytest.mark.parametrize("question", ["", "   ", "???", "1234 5678", "x" * (MAX_QUESTION_CHARS + 1)])
def test_bad_questions_get_a_message(qa, question):
    a = qa.ask(question)
    assert a.route == "invalid" and a.text and not a.citations


def test_answer_to_dict_is_json_ready(qa):
    data = qa.ask("2020年哪个卫生健康局的行政处罚最多？").to_dict()
    text = json.dumps(data, ensure_ascii=False)
    assert {"text", "citations", "facts", "route", "language", "elapsed_ms"} <= set(data)
    assert "source_text" in text and data["citations"][0]["page"]


def test_locate_ignores_wrapping_and_width():
    raw = "我局有“灵武卫生健康”官方微博，所有上传信息均由\n\n局办公室统一管理。"
    start, end = locate(raw, '我局有"灵武卫生健康"官方微博,所有上传信息均由局办公室统一管理。'.replace('"', "“", 1).replace('"', "”", 1))
    assert raw[start:end].endswith("管理。")
    assert find_in_pages([(1, "第一页 粉丝"), (2, "2144 人")], "粉丝2144人") == (1, "粉丝\n2144 人")


def test_empty_index_says_so(tmp_path):
    with Assistant.build([], tmp_path / "empty") as qa:
        a = qa.ask("2020年行政处罚最多的是哪个局？")
        assert a.route == "refusal" and "没有任何年报" in a.text


# --- CLI ----------------------------------------------------------------------------------------

def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, input=stdin, timeout=300)


@pytest.mark.slow
def test_cli_ask_json_chat_and_errors(index_dir):
    out = _cli("ask", "Which bureau had the most administrative penalties in 2020?", "--index", str(index_dir), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert "44" in data["text"] and data["citations"][0]["report"] == "002_237241b3bbe4412b.txt"
    chat = _cli("chat", "--index", str(index_dir), stdin="灵武市卫健局2020年行政处罚多少件？\n海原县呢？\n\n")
    assert chat.returncode == 0 and "33" in chat.stdout and "44" in chat.stdout
    empty = _cli("ask", "", "--index", str(index_dir))
    assert empty.returncode == 1 and "Traceback" not in empty.stderr
    missing = _cli("ask", "行政处罚", "--index", str(index_dir / "nope"))
    assert missing.returncode == 2 and "no index" in missing.stderr and "Traceback" not in missing.stderr
    facts = _cli("facts", "--index", str(index_dir), "--metric", "行政处罚.处理决定数量", "--format", "csv")
    assert facts.returncode == 0 and facts.stdout.count("\n") == 5  # header + four reports


def test_failed_check_is_mentioned_in_the_answer(tmp_path):
    text = next(SAMPLES.glob("002_*.txt")).read_text(encoding="utf-8").replace(
        "四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0", "四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t5")
    path = tmp_path / "haiyuan-changed.txt"
    path.write_text(text, encoding="utf-8")
    with Assistant.build([path], tmp_path / "idx") as qa:
        a = qa.ask("海原县卫生健康局2020年结转下年度继续办理的申请总计多少？")
        assert "5" in a.text and "勾稽" in a.text, a.text


def test_difference_between_two_statistics_of_one_report(qa):
    a = qa.ask("沙坡头区卫健局2021年行政许可比行政处罚多多少？")
    assert "137" in a.text and a.computed[0].value == 137 and len(a.citations) == 2


def test_filters_narrow_the_answer_and_say_so(qa):
    chat = qa.chat()
    a = chat.ask("哪个卫生健康局的行政处罚最多？", bodies=["灵武市卫生健康局", "西夏区卫生健康局"])
    assert {f.body for f in a.facts} == {"灵武市卫生健康局", "西夏区卫生健康局"}
    assert a.notes and "筛选" in a.notes[0]
    b = qa.chat().ask("Which bureau had the most administrative penalties?", years=[2023])
    assert [f.year for f in b.facts] == [2023] and "Filter applied" in b.notes[0]


def test_a_named_column_is_answered(qa):
    a = qa.ask("海原县卫健局2020年报告里，行政许可的“本年增/减”是多少？")
    assert "28" in a.text and a.facts[0].column == "本年增/减"
    b = qa.ask("How many administrative compulsion decisions did Xixia District Health Bureau make in 2023?")
    assert b.facts and b.facts[0].metric == "行政强制.处理决定数量"


def test_passed_checks_show_the_total_column_first(qa):
    """A table checked column by column shows its total column's checks first: "新收加上年结转" asks
    the totals, and the per-applicant columns (自然人, 商业企业 …) filled the lines shown before."""
    a = qa.ask("核对一下海原县卫健局2020年的申请数：新收加上年结转，和办结加结转下年度，对得上吗？")
    first = next(line for line in a.text.splitlines() if line.startswith("- "))
    assert "[总计]" in first and "上年结转政府信息公开申请数量 总计[2]" in first
