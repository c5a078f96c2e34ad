"""A quote holds the number asked, not a neighbour the asker did not ask (issue 19, session 9).

A quote that also prints a number nobody asked reads, to a person skimming, like a second answer:
- a contact line (地址；邮编；电话；传真；邮箱 on one line) is quoted by the asked value's own
  segment, its label with it ("…电话：**23158668**…"), never the fax beside the phone;
- a part (其中…) is quoted from its 其中 to its figure, its whole left out unless another ask
  of the question names it; a list item from its own name, not the item before it.
Other reports than the dev failures these came from (fresh10 q064 q072 q081 q099 q103): the
contact lines and 其中 sentences of pingtan_2012_county / pingtan_2013_syq / pingtan_czj_2022, read by the real
quote rule (assistant/quotes.py) and answered end to end on a real index.
"""

from __future__ import annotations

import re

import pytest

from assistant.prose_facts import _asked_words
from assistant.prose_statements import prose_fact
from assistant.quotes import clause_quote, cut_quote, cut_to_figure, shown
from index.lexicon.kinds import CONTACT_NAMED
from index.models import ReportRecord

from .conftest import REAL_REPORTS, assert_quotes_verbatim

REAL = ("pingtan_2012_county.txt", "pingtan_2013_syq.txt", "pingtan_czj_2022.txt")


def _sentence(report: str, marker: str) -> str:
    text = (REAL_REPORTS / report).read_text(encoding="utf-8")
    at = text.index(marker)
    start = max(text.rfind(c, 0, at) for c in "。\n") + 1
    return text[start:text.index("。", at) + 1]


# --- a contact line: the asked value's own segment --------------------------------------------------

def test_a_contact_value_is_quoted_with_its_own_label_not_its_neighbours(real_reports):
    line = _sentence("pingtan_2013_syq.txt", "传真")
    assert shown(line, "23158668", "**") == "…电话：**23158668**…"  # not the fax 23158568 beside it
    assert shown(line, "350400") == "…邮编：350400…"
    assert shown(line, "24336243@163.com", "**") == "…电子邮箱：**24336243@163.com**"  # only ）。 after it
    assert cut_quote(line, "23158568") == "传真：23158568"
    assert "23158668" not in cut_quote(line, "24336243@163.com")


def test_a_contact_value_without_a_break_before_its_label_and_alone_on_its_line():
    assert cut_quote("联系方式：邮编350400 电话0951-7654321 传真0951-7654322", "0951-7654321") == "电话0951-7654321"
    assert cut_quote("联系电话，0951-7654321；传真，0951-7654322。", "0951-7654321") == "联系电话，0951-7654321"
    alone = "如有疑问，请拨打联系电话：0951-7654321。"  # no other value: the line as given
    assert shown(alone, "0951-7654321") == alone
    dated = "2023年3月起，联系电话改为0951-7654321。"  # a year or date beside it is no second value
    assert shown(dated, "0951-7654321") == dated


def test_a_contact_line_is_shown_whole_when_the_question_names_another_value(real_reports):
    """"网站和邮箱是什么" answered with the e-mail alone: the line whole shows the other value asked;
    a question naming one value ("e-mail address", "邮件地址") gets its segment."""
    line = _sentence("pingtan_2013_syq.txt", "传真")
    assert shown(line, "23158668", "**", cut=False) == line.replace("23158668", "**23158668**", 1)
    named = lambda q: set(re.findall(CONTACT_NAMED, q.lower()))  # noqa: E731
    assert len(named("平潭旅文体局2024年报告里的网站和邮箱是什么")) == 2
    assert len(named("某局2021年报里办公室在哪、电话多少？")) == 2  # where it is: its address
    assert len(named("What e-mail address does the bureau give?")) == 1 and len(named("电子邮件地址是什么")) == 1


# --- a part: from its 其中 to its figure ---------------------------------------------------------------

def test_a_part_is_quoted_from_its_qizhong_without_its_whole(real_reports):
    sentence = _sentence("pingtan_2012_county.txt", "其中主动公开政府信息2026条")
    part = shown(sentence, "2026条", "**")
    assert part.startswith("…其中主动公开政府信息**2026条**") and "3978" not in part
    at = sentence.index("2026条")
    assert clause_quote(sentence, at, at + 5) == "其中主动公开政府信息2026条"
    # the whole asked too ("制作了多少，其中主动公开多少"): its clause goes with the part's
    both = clause_quote(sentence, at, at + 5, also=("制作",))
    assert "3978条" in both and both.endswith("其中主动公开政府信息2026条")
    assert "3978" in shown(sentence, "3978条")  # the whole itself keeps its own clause


def test_a_parts_fact_keeps_its_whole_when_the_question_asks_it_in_chinese_or_english(real_reports):
    """"制作了多少，其中主动公开多少" / "how many did it produce, and how many were disclosed": a
    prose fact's quote, cut again to its figure when the fact is made, keeps the whole's clause;
    an English question's words reach the report's through the glossary (produce: 制发 制作)."""
    sentence = _sentence("pingtan_czj_2025.txt", "其中主动公开政府信息53条")
    assert "467" not in cut_to_figure(sentence, 53, "条")
    assert "总数467条，其中主动公开政府信息53条" in cut_to_figure(sentence, 53, "条", also=("制作",))
    report = ReportRecord("pingtan_czj_2025.txt", "", "", "txt", "平潭综合实验区财政金融局", "", 2025, "2019", "", 1, 1, 1, 0, "")
    fact = prose_fact(report, "主动公开政府信息", 53, "条", 1, sentence, "", also=("制作",))
    assert "467" in fact.source_text and "53" in fact.source_text
    words = _asked_words("How many items did the bureau produce in 2024, and how many were proactively disclosed?")
    assert "制发" in words and "制作" in words


def test_a_part_saying_nothing_of_what_it_counts_keeps_its_whole_and_a_list_item_its_own_name():
    text = "共受理申请32件，其中20件已办结。"  # "其中20件": only the whole says what is counted
    assert shown(text, "20件") == text
    text = "2023年，本局共发放各类补贴资金1250万元，惠及群众5600人，其中低保户320人、特困人员45人、残疾人88人。"
    assert shown(text, "45人", "**") == "…特困人员**45人**…"
    assert shown(text, "320人", "**") == "…其中低保户**320人**…"


# --- end to end: the answer and its citation ---------------------------------------------------------

@pytest.mark.slow
def test_a_phone_asked_is_answered_without_the_fax_beside_it(qa):
    a = qa.ask("平潭县政府2012年年报上留的联系电话是多少？")
    assert "24336243" in a.text.splitlines()[0]
    assert "23131679" not in a.text and all("23131679" not in c.quote for c in a.citations)
    assert_quotes_verbatim(qa, a)


@pytest.mark.slow
def test_a_part_asked_is_answered_from_its_qizhong_without_its_whole(qa):
    """The part's sentence opens with the whole (在主动公开的123条政府信息中…共123条) after a glued
    table: the answer shows the part's own clause, none of the whole's or the table's figures."""
    a = qa.ask("平潭财政局2022年公开的财税金融等政策及解读有几条？")
    assert "8条" in a.text.splitlines()[0]
    assert "123" not in a.text and "9116" not in a.text and "…其中" in a.text
    assert all("123" not in c.quote for c in a.citations)
    assert_quotes_verbatim(qa, a)
