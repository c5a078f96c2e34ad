"""Issue 19, class 4 and prose counts of a named kind:
- a statistic the template lacks, stated in the prose in other words than the template's and
  broken across the printed lines ("2021年通过政府网站主动公开各类文件\\n\\n信息共 163条"): answered
  from the prose, cited, marked 正文 (assistant/prose_facts.py);
- a count asked as a kind of a whole ("投诉类工单", "求助类工单") where the report states the whole
  and then its kinds ("12345平台工单共计 409件，其中，投诉类 251件、…求助类 5件"): the kind's own
  figure, never the whole's (assistant/typed.binds_kind).

Sample reports (the samples' index): 中卫市沙坡头区卫生健康局 2021, 西夏区卫生健康局 2023."""

from __future__ import annotations

import re

import pytest

from assistant.prose_facts import _reworded

REAL = ()


@pytest.mark.parametrize("question", [
    "中卫市沙坡头区卫健局2021年主动公开信息多少条",
    "沙坡头区卫生健康局2021年主动公开了多少条政府信息？",
])
def test_a_statistic_the_template_lacks_is_read_from_prose_in_other_words(qa, question):
    answer = qa.ask(question)
    first = answer.text.splitlines()[0]
    assert "163条" in first and "正文" in first, answer.text
    assert [c.report for c in answer.citations] == ["001_1d0da56432dcd010.txt"]
    assert "163" in answer.citations[0].quote


def test_the_statistic_words_may_be_broken_across_lines_with_a_kind_of_document():
    pattern = re.compile(_reworded("主动公开政府信息"))
    assert pattern.search("通过政府网站主动公开各类文件\n\n政府信息共 163条")
    assert pattern.search("主动发布政务政府信息12条")
    assert not pattern.search("主动公开办事指南政府信息")


@pytest.mark.parametrize("question, figure", [
    ("西夏区卫健局2023年投诉类工单多少件", "251件"),
    ("西夏区卫生健康局2023年求助类工单有几件？", "5件"),
    ("西夏区卫健局2023年建议类的工单有多少件", "17件"),
])
def test_a_kind_of_a_whole_is_its_own_figure(qa, question, figure):
    answer = qa.ask(question)
    first = answer.text.splitlines()[0]
    assert figure in first and "409" not in first, answer.text
    assert answer.citations[0].report == "003_c5aa4f9897f63d18.txt"


@pytest.mark.parametrize("turns, figure", [
    (("平潭综合实验区经济发展局2024年主动公开了多少条政府信息？", "其中重大建设项目类的有几条？"), "35条"),
    (("平潭经发局2024年主动公开政府信息多少条？", "其中政策及规范性文件类有几条？"), "11条"),
    (("平潭经发局2024年重大建设项目类信息有几条？",), "35条"),
])
def test_a_kind_asked_without_the_generic_word_the_report_puts_before_its_class(qa_jjfzj, turns, figure):
    chat = qa_jjfzj.chat()
    answer = None
    for turn in turns:
        answer = chat.ask(turn)
    first = answer.text.splitlines()[0]
    assert figure in first and "124" not in first, answer.text
    assert answer.citations[0].report == "pingtan_jjfzj_2024.txt"


@pytest.fixture(scope="module")
def qa_jjfzj(tmp_path_factory, real_reports):
    """The samples and the Pingtan economic development bureau's 2024 report ("涵盖政策及规范性文件类
    11条、重大建设项目信息类35条…")."""
    from assistant import Assistant

    from .conftest import index_of_samples_and

    assistant = Assistant.open(index_of_samples_and(tmp_path_factory, real_reports, ("pingtan_jjfzj_2024.txt",)))
    yield assistant
    assistant.close()
