"""Figures the prose states, answered as asked (issue 19, round 6): one reader of the prose's
statements (assistant/prose_statements.py) behind the count, each, difference, share, sum and
series answers. Other reports, sentences and wordings than the dev failures they came from:

- a remainder ("还有几件没办结") is the whole less the part done, never the part done;
- a gap of two things joined ("受理和办结相差多少") is the larger less the smaller, both cited;
- each of two things joined gets its own figure ("投诉类和咨询类各有多少件");
- a figure whose clause restricts what it counts ("…运维不及时的政府网站1个") answers no other
  question of that thing;
- an office is linked by whose office it is and 办 ("管委会办", "人民政府办").
A real index of the samples and real reports; the reader itself on sentences of them.
"""

from __future__ import annotations

import pytest

from assistant.prose_statements import qualified_otherwise, read, wholes
from index.metadata import bureau_abbreviations

from .conftest import assert_quotes_verbatim, chat

pytestmark = pytest.mark.slow  # the module builds an index of 10 reports

REAL = ("pingtan_2013_dishui.txt", "pingtan_zfyjj_2024.txt", "pingtan_2025_syq.txt", "pingtan_gwhbgs_2023.txt",
        "pingtan_2018_syq.txt")


# --- the reader itself -----------------------------------------------------------------------------

def test_the_reader_types_each_figure_of_a_sentence():
    text = "2024年，我局共制发政府信息349条，其中，主动公开政府信息124条、依申请公开173条、不予公开52条。"
    said = read(text)
    assert [(s.value, s.measure) for s in said] == [(349, "条"), (124, "条"), (173, "条"), (52, "条")]
    assert said[2].item == "依申请公开" and said[0].words == "制发政府信息"
    assert all(text[s.start:s.end] == f"{s.value}{s.measure}" for s in said)
    whole, parts, _ = next(wholes(text))
    assert whole.value == 349 and [p.value for p in parts] == [124, 173, 52]


def test_an_approximate_figure_is_flagged_and_a_noun_after_the_measure_is_read():
    said = read("累计主动公开政府信息7700余条，对全区2个政府网站、29个政务新媒体开展常态化监管。")
    assert said[0].approximate and said[0].measure == "条" and said[0].running
    assert said[1].after.startswith("政府网站") and said[2].after.startswith("政务新媒体")
    assert not said[1].approximate


def test_a_relative_clause_the_question_does_not_say_restricts_the_count():
    before = "关停运营不规范、运维不及时的政府网站"
    assert qualified_otherwise(before, "对全区多少个政府网站开展常态化监管")
    assert not qualified_otherwise(before, "关停了多少个政府网站")
    # a quoted title's 的, or a 的 far from the counted noun, restricts nothing
    assert not qualified_otherwise("“加快建设科技创新高地的若干政策”等新闻发布会", "开了多少场新闻发布会")
    assert not qualified_otherwise("公开的主要内容2013年新增主动公开政府信息", "new items")


def test_an_office_is_said_by_whose_office_it_is_and_ban():
    assert "管理委员会办" in bureau_abbreviations("管理委员会办公室")
    assert "人民政府办" in bureau_abbreviations("人民政府办公厅")
    assert "卫健局" in bureau_abbreviations("卫生健康局")  # the other short forms stay


def test_the_committee_office_is_linked_by_its_short_name(pingtan_gazetteer):
    query = chat(pingtan_gazetteer, "平潭实验区管委会办2023年的年报是哪天发的？")
    assert query.bodies == ["平潭综合实验区管委会办公室"], query.bodies


# --- answers ---------------------------------------------------------------------------------------

def test_a_remainder_is_the_whole_less_the_part_done_each_cited(qa):
    a = qa.ask("平潭执法应急局2024年收到的公开申请里还有几件没办结？")
    first = a.text.splitlines()[0]
    assert "多1件" in first and "4件[" in first and "3件[" in first, a.text
    assert first.count("（正文）") == 2, a.text
    assert_quotes_verbatim(qa, a)


def test_a_remainder_of_a_table_statistic_is_never_the_part_done(county):
    """"还有几条没同意公开": 21 answers less the 17 agreed, never 17."""
    a = county.ask("平潭县2012年依申请公开的答复里，还有几条没同意公开？")
    first = a.text.splitlines()[0]
    assert "4条" in first and "21条[" in first and "17条[" in first, a.text


@pytest.fixture(scope="module")
def county(tmp_path_factory, real_reports):
    from assistant import Assistant

    from .conftest import index_of_samples_and

    assistant = Assistant.open(index_of_samples_and(tmp_path_factory, real_reports, ("pingtan_2012_county.txt",)))
    yield assistant
    assistant.close()


@pytest.mark.parametrize("question", [
    "平潭地税局2013年审批事项受理和办结相差多少件？",
    "平潭地税局2013年受理的审批事项和办结的差几件？",
])
def test_a_gap_of_two_things_joined_is_computed_from_the_prose(qa, question):
    a = qa.ask(question)
    first = a.text.splitlines()[0]
    assert "54件" in first and "171件[" in first and "117件[" in first, a.text
    assert first.count("（正文）") == 2, a.text


def test_each_of_two_things_joined_gets_its_own_figure(qa):
    a = qa.ask("西夏区卫健局2023年12345工单里投诉类和咨询类各有多少件？")
    assert "251件" in a.text and "107件" in a.text and "**251件**" in a.text and "**107件**" in a.text, a.text


def test_a_figure_of_a_restricted_thing_answers_no_other_question_of_it(qa):
    """"关停…的政府网站1个" counts the websites closed: asked how many are kept under watch, the
    report that only states the closed ones does not answer with 1."""
    a = qa.ask("平潭实验区2025年一共对多少个政府网站开展日常巡查监管？")
    assert "1个" not in a.text and "1条" not in a.text, a.text
    closed = qa.ask("平潭实验区2025年关停了多少个政府网站？")
    # never the 条 of information published on the portal ("门户网站…7700余条"): websites are counted in 个
    assert "7700" not in closed.text and "条" not in closed.text.splitlines()[0], closed.text


def test_a_sum_whose_things_no_sentence_answers_at_once_is_found_by_each_alone(qa):
    """"健康西夏微信和西夏卫生健康微博加起来发了几条": no sentence answers both at once; the one
    stating each thing's figure gives the sum, each input cited."""
    a = qa.ask("西夏区卫健局2023年健康西夏微信和西夏卫生健康微博加起来发了几条？")
    first = a.text.splitlines()[0]
    assert "合计508条" in first and "171条[" in first and "337条[" in first, a.text
    assert first.count("（正文）") == 2, a.text


def test_a_second_ask_with_its_verb_before_le_is_answered(qa):
    """"原创的发了几条": 发 is the verb; the thing is 原创, the figure its own item names."""
    a = qa.ask("灵武市卫健局2020年发了多少条微博？原创的发了几条？")
    assert "**121 条**" in a.text, a.text


def test_a_part_asked_after_a_statistic_is_the_prose_statement_naming_it(qa):
    """"其中区直各部门公开的有几条" after the year's 主动公开: the prose statement whose own qualifier
    names the part (区管委会及区直各部门…1592条), never the whole again; its share next is the one its
    sentence states."""
    conversation = qa.chat()
    conversation.ask("平潭实验区2018年一共主动公开了多少条政府信息？")
    a = conversation.ask("其中区直各部门公开的有几条？")
    first = a.text.splitlines()[0]
    assert "1592条" in first and "2069" not in a.text and a.citations[0].report == "pingtan_2018_syq.txt", a.text
    share = conversation.ask("占了百分之几？")  # the share its sentence states ("1592条，占76.9%")
    assert "76.9%" in share.text.splitlines()[0] and share.citations[0].report == "pingtan_2018_syq.txt", share.text
