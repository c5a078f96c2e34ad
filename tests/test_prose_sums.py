"""A sum asked of things the prose states apart (issue 19, "from table to prose"): "微信和微博一共
发了多少条" over "微信…发布信息504条,微博…发布信息500条" adds both, each input cited and marked 正文;
one of them is never answered as the total; a thing the sentence does not name is said not found.
A real index of the samples and two real reports."""

from __future__ import annotations

import pytest

from assistant import Assistant

from .conftest import assert_quotes_verbatim, index_of_samples_and

pytestmark = pytest.mark.slow  # the module builds an index of 7 reports

REAL = ("pingtan_2013_dishui.txt", "pingtan_gwhbgs_2023.txt")


_verbatim = assert_quotes_verbatim


@pytest.mark.parametrize("question, total, inputs", [
    # the things in the other order than the sentence's, "加起来"
    ("中卫市沙坡头区卫生健康局2021年微博和微信加起来发布了多少条信息？", "合计1004条", ("504条[", "500条[")),
    # a parenthesis joining with 加
    ("平潭综合实验区管委会办公室2023年总共开展了多少次通报（月通报加季度通报）？", "合计10次", ("3次[", "7次[")),
    # the measure asked (件), not the money the same clauses state
    ("平潭地税局2013年下岗失业人员减免和个人出售自有住房减免税合计多少件？", "合计98件", ("91件[", "7件[")),
    ("平潭地税局2013年下岗失业人员减免与个人出售自有住房减免税一共减免了多少元？", "合计240533.05元",
     ("219062.78元[", "21470.27元[")),
])
def test_a_sum_of_prose_figures_adds_each_input_cited(qa, question, total, inputs):
    a = qa.ask(question)
    first = a.text.splitlines()[0]
    assert total in first and all(i in first for i in inputs), a.text
    assert first.count("（正文）") == 2, a.text
    _verbatim(qa, a)


def test_a_part_is_never_the_total_a_thing_not_named_is_not_found(qa):
    a = qa.ask("平潭综合实验区管委会办公室2023年季度通报和年度通报一共几次？")
    assert "3次" not in a.text and "年度通报" in a.text and "没有找到" in a.text, a.text


# --- a share whose whole only the prose names ----------------------------------------------------

@pytest.fixture(scope="module")
def czj(tmp_path_factory, real_reports):
    assistant = Assistant.open(index_of_samples_and(tmp_path_factory, real_reports, ("pingtan_czj_2022.txt",)))
    yield assistant
    assistant.close()


@pytest.mark.parametrize("question, share", [
    ("平潭财政局2022年制作、获取的政府信息当中，依申请公开的占百分之多少？", "51.8%"),
    ("平潭财政局2022年制作获取的政府信息中，不予公开的信息占多大比例？", "22.2%"),
])
def test_a_share_of_a_whole_only_the_prose_names_is_read_from_the_prose(czj, question, share):
    """"制作、获取的政府信息" names no table cell: the share is the prose's part over the prose's
    whole, never a request-table cell over another."""
    a = czj.ask(question)
    first = a.text.splitlines()[0]
    assert share in first and "473条[2]（正文）" in first, a.text
    _verbatim(czj, a)


@pytest.mark.parametrize("question, share", [
    ("平潭地税局2013年现场咨询占比多少？", "32.65%"),
    ("平潭地税局2013年网上咨询占比多少？", "2.04%"),
])
def test_a_share_stated_in_a_bare_clause_is_of_the_clause_before_it(qa, question, share):
    """"其中现场咨询1600人次，占32.65%": the share's own clause names nothing; it is the share of
    what the clause before it names."""
    a = qa.ask(question)
    assert a.text.startswith(f"答案：{share}"), a.text
    _verbatim(qa, a)
