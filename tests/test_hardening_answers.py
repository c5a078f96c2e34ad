"""Issue 17's answer cases (../shared/docs/hardening-battery-2.md), on a real index of the samples.

#48 a question of control characters and terminal escapes is no question, and is never echoed;
#51 every body a question names is answered or said to have no report for the year asked;
#52 "0年" and a 20-digit year are refused as impossible years, not read as "any year".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Assistant

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "sample-reports"


@pytest.fixture(scope="module")
def qa(tmp_path_factory):
    directory = tmp_path_factory.mktemp("hardening-answers")
    assistant = Assistant.build([SAMPLES], directory)
    yield assistant
    assistant.close()


@pytest.mark.parametrize("question", ["\x00\x01\x02\x1b[2J\x7f\x08\r\n\t", "\x1b[31m", "\x1b]0;title\x07\x1b[0m"])
def test_control_characters_are_no_question(qa, question):
    a = qa.ask(question)
    assert a.route == "invalid"
    assert "does not look like a question" in a.text or "没有看懂" in a.text
    assert "\x1b" not in a.text and "\x01" not in a.text


def test_escapes_inside_a_question_are_not_echoed(qa):
    a = qa.ask("\x1b[31m海原县卫健局2020年行政处罚多少件？\x1b[0m")
    assert a.route == "facts" and "44" in a.text
    assert "\x1b" not in a.text


def test_every_named_body_is_answered_or_said_missing(qa):
    a = qa.ask("海原县卫健局、灵武市卫健局、沙坡头区卫健局、西夏区卫健局2020年行政处罚分别多少件？")
    assert a.route == "facts"
    assert "44" in a.text and "33" in a.text
    missing = [line for line in a.text.splitlines() if "2020" in line and "没有" in line]
    assert missing, a.text
    assert "中卫市沙坡头区卫生健康局" in missing[0] and "西夏区卫生健康局" in missing[0]
    assert "2021" in a.text and "2023" in a.text  # the years they do have


def test_named_bodies_missing_and_unknown_in_english(qa):
    a = qa.ask("Penalties of Haiyuan County Health Bureau, Xixia District Health Bureau and "
               "Huaian Municipal Government in 2020?")
    assert "44" in a.text
    assert "Xixia" in a.text and "No report of" in a.text


@pytest.mark.parametrize("year", ["0", "00", "99999999999999999999", "12345"])
def test_impossible_years_are_refused(qa, year):
    a = qa.ask(f"海原县卫健局{year}年行政处罚多少件？")
    assert a.route == "refusal", a.text
    assert f"{int(year)}年不是有效的年报年份" in a.text
    assert "44" not in a.text.split("。")[0]


def test_a_duration_is_not_a_year(qa):
    a = qa.ask("海原县卫健局2020年行政处罚多少件？")
    assert a.route == "facts" and "44" in a.text
