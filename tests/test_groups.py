"""Groups asked as a whole, two asks in one question, a trend asked with a gap (issue 19).

- A group the template prints only as parts (不予公开 1-8, 法人或其他组织 = five columns, 其他处理
  printed in three numbered rows) asked as a whole is the sum of its parts, each part cited.
- A question that asks two things answers each: a sum word in one ask totals that ask only.
- "How did it change? By how much?" over a range gives every year, then the gap.

A real index of the samples and some real reports; none of these questions is a development-set
question."""

from __future__ import annotations

import re

REAL = ("hongze_2023.pdf", "hongze_2024.pdf", "huaian_2024.pdf",
        "pingtan_2011_syq.txt", "pingtan_2012_syq.txt", "pingtan_2013_syq.txt")


def _cells(qa, report: str, keys: list[str]) -> list[float]:
    return [qa.index.catalog.facts(metric=k, report=report, prefix=False)[0].value for k in keys]


def _numbers(text: str) -> list[str]:
    return re.findall(r"\d+(?:\.\d+)?", re.sub(r"\[\d+\]|(?:19|20)\d\d", " ", text))


# --- a group asked as a whole is the sum of its parts ---------------------------------------------

WITHHELD = ("属于国家秘密", "其他法律行政法规禁止公开", "危及三安全一稳定", "保护第三方合法权益", "属于三类内部事务信息",
            "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项")


def test_a_group_without_a_total_row_is_the_sum_of_its_rows_each_cited(qa):
    a = qa.ask("洪泽区2023年的信息公开申请中，答复不予公开的总共有多少件？")
    parts = _cells(qa, "hongze_2023.pdf", [f"政府信息公开申请.不予公开.{r}.总计" for r in WITHHELD])
    head = a.text.splitlines()[0]
    assert f"合计{int(sum(parts))}件" in head
    assert len(a.citations) == len(WITHHELD) and all(c.report == "hongze_2023.pdf" for c in a.citations)
    assert "国家秘密" in head and "行政查询" in head  # every part named with its value
    assert "模板不含" not in a.text


def test_the_groups_words_with_the_old_appendix_row_read_both_generations(qa):
    # "不予公开答复" is also the old appendix's row: a 2019+ report answers with its eight rows
    modern = qa.ask("洪泽区2024年以不予公开答复结束的申请有几件？")
    parts = _cells(qa, "hongze_2024.pdf", [f"政府信息公开申请.不予公开.{r}.总计" for r in WITHHELD])
    assert f"合计{int(sum(parts))}件" in modern.text and "模板不含" not in modern.text
    a = qa.ask("平潭综合实验区管委会2012年不予公开答复的申请有多少？")
    assert "模板不含" not in a.text and "0条[1]" in a.text
    assert a.citations[0].report == "pingtan_2012_syq.txt" and "公开答复数" in (a.citations[0].row or "")


def test_a_group_of_columns_asked_in_a_follow_up_is_all_five_not_the_other_column(qa):
    chat = qa.chat()
    chat.ask("How many new disclosure requests did Hongze District receive in 2024?")
    a = chat.ask("And how many came from legal persons or other organisations?")
    assert len(a.citations) == 5
    for column in ("commercial enterprises", "research institutions", "legal service agencies"):
        assert column in a.text
    zh = qa.chat()
    zh.ask("洪泽区2023年收到了多少件信息公开申请？")
    b = zh.ask("其中法人或其他组织提出的多少件？")
    assert len(b.citations) == 5 and "商业企业" in b.text and "科研机构" in b.text


def test_a_row_the_template_prints_in_parts_is_the_sum_of_the_parts(qa):
    a = qa.ask("How many requests did Huai'an close through other handling in 2024 altogether, for example fees "
               "not paid?")
    keys = [f"政府信息公开申请.其他处理.{r}.总计" for r in ("申请人逾期不补正", "申请人逾期未缴纳费用", "其他")]
    parts = _cells(qa, "huaian_2024.pdf", keys)
    assert f"{int(sum(parts))} requests" in a.text and len(a.citations) == 3
    assert "could not be read" not in a.text and "fee" not in a.text.split("add up")[0]


# --- two asks are two answers ----------------------------------------------------------------------

def test_a_sum_word_in_the_second_ask_totals_that_ask_only(qa):
    a = qa.ask("洪泽区2023年新收了多少件申请？其中自然人提出的一共多少件？")
    total, people = _cells(qa, "hongze_2023.pdf", ["政府信息公开申请.本年新收.总计", "政府信息公开申请.本年新收.自然人"])
    numbers = _numbers(a.text.split("\n  [1]")[0])
    assert str(int(total)) in numbers and str(int(people)) in numbers
    assert str(int(total + people)) not in numbers  # never the two asks added
    assert {c.report for c in a.citations} == {"hongze_2023.pdf"} and len(a.citations) >= 2


def test_two_columns_asked_apart_in_english_are_not_added(qa):
    a = qa.ask("How many new requests did Hongze District get in 2024, and how many in total came from natural "
               "persons?")
    total, people = _cells(qa, "hongze_2024.pdf", ["政府信息公开申请.本年新收.总计", "政府信息公开申请.本年新收.自然人"])
    assert str(int(total + people)) not in _numbers(a.text)
    assert len(a.citations) >= 2


# --- how it changed, and by how much ---------------------------------------------------------------

def test_a_trend_asked_with_a_gap_gives_every_year_and_the_gap(qa):
    a = qa.ask("平潭综合实验区管委会2011至2013年主动公开的政府信息数是怎么变的？2013年比2011年多出多少条？")
    values = [int(_cells(qa, f"pingtan_{y}_syq.txt", ["主动公开情况.主动公开政府信息数"])[0]) for y in (2011, 2012, 2013)]
    for value in values:
        assert f"{value}条" in a.text
    assert f"多{values[2] - values[0]}条" in a.text
    assert {c.report for c in a.citations} == {f"pingtan_{y}_syq.txt" for y in (2011, 2012, 2013)}
    en = qa.ask("How did the Pingtan pilot zone's proactively disclosed information change from 2011 to 2013, and "
                "how much higher was 2013 than 2011?")
    for value in values:
        assert f"{value} items" in en.text
    gap = values[2] - values[0]  # "change … how much higher": asked with a verb of change, said with one
    assert f"{gap} more" in en.text or f"increased by {gap}" in en.text
