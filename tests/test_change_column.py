"""The verb picks the cell (issue 19): a change asked of one year over the year before is the
本年增/减 column of the 2019 template's item tables, never its 上一年项目数量 column (which the
words "上一年" / "the year before" also name); the verbs of making and repealing pick the 本年制发
and 本年废止 columns of the normative documents, each asked column answered. A real index of the
samples and some real reports; none of these questions is a development-set question."""

from __future__ import annotations

import pytest

# pingtan_czj_2020: 行政许可 上一年项目数量 0, 本年增/减 1; hongze_2024: 规范性文件 本年制发 3, 本年废止 0
REAL = ("pingtan_czj_2020.txt", "hongze_2024.pdf")


@pytest.mark.parametrize("question", [
    "平潭财政金融局2020年的行政许可事项跟去年相比多了几项？",
    "平潭财政金融局2020年行政许可项目较上年增减了多少",
    "How much did the Pingtan finance bureau's administrative licensing items change over the previous year in 2020?",
])
def test_a_change_over_the_year_before_is_the_change_column(qa, question):
    a = qa.ask(question)
    assert "本年增/减" in a.text or "change this year" in a.text
    assert "上一年项目数量" not in a.text and "items last year" not in a.text
    assert len(a.citations) == 1


def test_a_follow_up_asking_the_change_over_the_year_before(qa):
    chat = qa.chat()
    chat.ask("平潭财政金融局2020年行政许可处理决定多少？")
    a = chat.ask("和上一年比变化了多少？")
    assert "本年增/减" in a.text and "上一年项目数量" not in a.text


def test_a_count_and_its_change_asked_together_are_each_read(qa):
    a = qa.ask("平潭财政金融局2020年行政许可处理决定多少件，跟上年比项目数增加了多少？")
    assert "本年增/减" in a.text and "为0件[1]" in a.text and "为1项[2]" in a.text
    assert "−" not in a.text and "上一年项目数量" not in a.text


def test_last_years_figure_asked_as_such_stays_its_column(qa):
    a = qa.ask("平潭财政金融局2020年行政许可的上一年项目数量是多少？")
    assert "上一年项目数量" in a.text


@pytest.mark.parametrize("question", [
    "洪泽区2024年新出台了多少规范性文件，废掉了多少",
    "How many normative documents did Hongze District put out in 2024 and how many were scrapped?",
])
def test_made_and_repealed_are_each_their_column(qa, question):
    a = qa.ask(question)
    assert ("本年制发件数" in a.text and "本年废止件数" in a.text) or ("issued this year" in a.text
                                                                and "repealed this year" in a.text)
    assert "现行有效" not in a.text and "in force" not in a.text
    assert len(a.citations) == 2


# --- a rate word asks a share: its statistic over the whole it is of --------------------------------

@pytest.mark.parametrize("question", [
    "洪泽区2024年收到的公开申请，办结率是多少？",
    "What was the completion rate of the disclosure requests Hongze District received in 2024?",
])
def test_a_rate_is_its_statistic_over_the_whole_named(qa, question):
    a = qa.ask(question)
    head = a.text.splitlines()[0]
    assert "%" in head and "÷" in head
    # the whole the question names: the requests received this year (本年新收), never with 上年结转
    assert ("办结" in head and "÷ 本年新收" in head) or ("handled" in head and "÷ received this year" in head)
    assert "上年结转" not in head and "carried over" not in head
    assert len(a.citations) >= 2


def test_a_rate_of_no_named_whole_is_over_the_requests_to_handle(qa):
    a = qa.ask("洪泽区2024年信息公开申请的办结率")
    head = a.text.splitlines()[0]
    assert "%" in head and "上年结转" in head and len(a.citations) >= 3
