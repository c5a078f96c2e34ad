"""What the person asks, by class (issue 19, round 8): a yes/no question against a threshold opens
with the verdict in the asker's words, then the cited figure and the threshold (spelled numbers
read: 五百, 一百, 两千); a blank or unreadable cell says unknown, never yes or no. A whole and its
part asked in one message ("…, and how many were filed online?") are both answered, each cited.
A real index of the samples and some real reports; none of these questions is a development-set
question, and none of their reports or wordings is one a development question asks about."""

from __future__ import annotations

import pytest

from index.lexicon.numerals import cn_quantity

# huaian 2024: 行政复议 351; hongze 2024: 行政许可 9487; pingtan county 2013: 7 requests, 4 online;
# pingtan 2014 (syq): 1 request; lywtj 2024: 规范性文件 本年制发 unreadable (7030 run together);
# sample 灵武市卫生和计划生育局 2016: 当面申请数 / 信函申请数 blank.
# pingtan 2014 / 2016 (syq) prose: "主要类别有：机构职能类信息594条 / 612条，…重大建设项目、为民办实事类
# 信息253条 / 272条"; 2016: "…政策、规范性文件类信息223条"; the tables' 主动公开 counts are the whole.
# pingtan 2018 lists no 重大建设项目 category ("政府集中采购项目类信息55条"; "区直各部门主动公开…1592条").
REAL = ("hongze_2024.pdf", "huaian_2024.pdf", "pingtan_2013_county.txt", "pingtan_2014_syq.txt",
        "pingtan_2016_syq.txt", "pingtan_2018_syq.txt", "pingtan_lywtj_2024.txt")


# --- understanding (pure) ------------------------------------------------------------------------

@pytest.mark.parametrize(("spelled", "value"), [
    ("五百", 500), ("一百", 100), ("两千", 2000), ("一百二十", 120), ("十五", 15), ("两千三", 2300),
    ("一万二千", 12000), ("一百零五", 105), ("三千五百", 3500), ("80", 80),
])
def test_spelled_quantities_are_read(spelled, value):
    assert cn_quantity(spelled) == value


def test_digits_of_a_year_are_no_spelled_quantity():
    assert cn_quantity("二〇") is None


@pytest.mark.parametrize(("question", "relation", "value"), [
    ("行政复议是否多于三百件？", "above", 300),
    ("复议有没有超过两千件", "above", 2000),
    ("行政许可不到一万件吧", "below", 10000),
    ("处罚达到了八十件吗", "at_least", 80),
    ("许可没超过一百二十件吧？", "at_most", 120),
])
def test_a_threshold_asked_in_chinese(question, relation, value):
    from assistant.understanding.threshold import asked_threshold

    threshold = asked_threshold(question, "zh")
    assert threshold is not None and (threshold.relation, threshold.value) == (relation, value)


@pytest.mark.parametrize("question", [
    "超过100件的机关有哪些", "有没有2024年的年报", "2024年收到多少申请", "超过五成了吗", "有没有超过百分之五十",
])
def test_no_yes_no_threshold_is_read_where_none_is_asked(question):
    from assistant.understanding.threshold import asked_threshold

    assert asked_threshold(question, "zh") is None


def test_english_comparison_words_of_a_yes_no_question_ask_one_figure(pingtan_gazetteer):
    from tests.conftest import chat

    query = chat(pingtan_gazetteer, "Did the Pingtan County government get fewer than 20 requests in 2013?")
    assert query.intent == "lookup" and query.threshold is not None
    assert (query.threshold.relation, query.threshold.value) == ("below", 20)
    how_many = chat(pingtan_gazetteer, "How many more requests did Pingtan County get in 2013 than in 2012?")
    assert how_many.threshold is None and how_many.intent == "difference"


# --- answers ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "opening"), [
    ("淮安市2024年行政复议是否多于三百件？", "是，超过了三百件：351件[1]。"),
    ("洪泽区2024年的行政许可有没有达到一万件？", "否，不到一万件：9487件[1]。"),
    ("淮安市2024年行政复议不到四百件吧", "是，不到四百件：351件[1]。"),
    ("Were at least 300 administrative reconsiderations filed against Huai'an in 2024?",
     "Yes, at least 300: 351 cases[1]."),
    ("Did the Pingtan County government get fewer than 5 requests in 2013?", "No, not fewer than 5: 7 requests[1]."),
    ("Did Hongze District issue over 10000 administrative licences in 2024?",
     "No, not more than 10000: 9487 decisions[1]."),
    # an amount: "五百万元" and the bare power "七百万" against a cell counted in 万元 (600.72)
    ("中卫市沙坡头区卫健局2021年的行政事业性收费是否超过五百万元？", "是，超过了五百万元：600.72万元[1]。"),
    ("沙坡头区卫健局2021年行政事业性收费有没有达到七百万", "否，不到七百万：600.72万元[1]。"),
])
def test_a_threshold_question_opens_with_the_verdict(qa, question, opening):
    a = qa.ask(question)
    assert a.text.startswith(opening), a.text
    assert a.citations
    # no number but the cited figure and the asker's own threshold (declared as theirs when in digits)
    assert not any(ch.isdigit() for ch in opening.split("：")[0]) or a.computed


@pytest.mark.parametrize("question", [
    "灵武市卫计局2016年当面申请有没有超过5件？",
    "Did the Lingwu health and family planning bureau receive more than 3 requests by letter in 2016?",
    "平潭旅游与文化体育局2024年制发的规范性文件超过10件了吗",
])
def test_a_blank_or_unreadable_cell_gives_no_verdict(qa, question):
    a = qa.ask(question)
    first = a.text.split("\n")[0]
    assert first.startswith(("无法回答是或否", "Unknown, neither yes nor no")), a.text
    assert "[1]" in first and not first.startswith(("是", "否", "Yes", "No"))


@pytest.mark.parametrize(("question", "whole", "part"), [
    ("How many requests did the Pingtan County government receive in 2013, and how many were filed online?",
     "7 requests[1]", "4 requests[2]"),
    ("平潭县2013年收到多少申请，其中网上申请有几件？", "7条[1]", "4条[2]"),
    # whether a part exists, asked beside the count: both answered (the total was dropped)
    ("淮安市2024年行政复议多少件？有没有被纠正的？", "行政复议为351件[1]", "（结果纠正）为64件[2]"),
    ("淮安市政府2024年被申请行政复议共几件，是否有结果纠正的？", "行政复议为351件[1]", "（结果纠正）为64件[2]"),
])
def test_a_whole_and_its_part_in_one_message_are_both_answered(qa, question, whole, part):
    a = qa.ask(question)
    assert whole in a.text and part in a.text
    assert a.text.index(whole) < a.text.index(part)  # the whole first, as asked


@pytest.mark.parametrize(("question", "asks", "yes_no"), [
    ("淮安市2024年行政复议多少件？有被纠正的吗", 2, 1),
    ("洪泽区2024年收到过行政诉讼吗？复议有几件", 2, 0),
    ("海原县2020年是否收到信息公开申请，处罚了几件", 2, 0),
    ("淮安市2024年有多少件行政复议", 1, None),
    ("淮安市2024年行政复议超过三百件吗？诉讼几件", 1, None),
    ("How many reconsiderations did Huai'an face in 2024, and were any corrected?", 2, 1),
])
def test_a_yes_no_ask_said_otherwise_is_an_ask_of_its_own(question, asks, yes_no):
    from assistant.linking.statistics import asked_times, yes_no_clause
    from assistant.understanding.threshold import asked_some

    assert (asked_times(question), yes_no_clause(question)) == (asks, yes_no)
    language = "en" if question.isascii() else "zh"
    assert (asked_some(question, language) is not None) == (yes_no is not None)


@pytest.mark.parametrize(("question", "count", "verdict"), [
    # the count first, then whether a part exists: the verdict is the part's only
    ("淮安市2024年行政复议多少件？有被纠正的吗", "行政复议为351件[1]", "有：64件[2]"),
    # the yes/no first: the answer opens with its verdict, then the count
    ("洪泽区政府2024年收到过行政复议吗？行政许可有几件", "行政许可为9487件[2]", "有：2件[1]"),
    ("How many administrative reconsiderations did Huai'an city government face in 2024? Were any corrected?",
     "2024: 351 cases[1]", "Yes: 64 cases[2]"),
])
def test_a_count_and_a_yes_no_in_one_message_are_each_answered(qa, question, count, verdict):
    a = qa.ask(question)
    assert count in a.text and verdict in a.text, a.text
    lines = [line for line in a.text.split("\n") if line.strip()]
    assert sum(line.startswith(("有：", "没有：", "Yes:", "No, none:")) for line in lines) == 1, a.text


def test_whether_a_part_exists_asked_alone_stays_the_part(qa):
    a = qa.ask("淮安市2024年行政复议有没有被纠正的？")
    assert "（结果纠正）为64件[1]" in a.text and "351" not in a.text, a.text


def test_a_part_asked_alone_stays_the_part(qa):
    a = qa.ask("How many requests were filed online with the Pingtan County government in 2013?")
    assert "4 requests[1]" in a.text and "7 requests" not in a.text


# --- a category of a prose listing ("主要类别有：A类N条，B、C类M条") ------------------------------------

def test_a_compound_category_name_is_one_item_of_a_listing():
    from assistant.typed import clause_of

    sentence = "主要类别有:机构职能类信息594条,重大建设项目、为民办实事类信息253条,规划计划类信息29条"
    at = sentence.index("253")
    assert clause_of(sentence, at, at + 4, items=True) == "重大建设项目、为民办实事类信息253条"
    listing = "建议类 17件、求助类 5件"  # items with their own figures stay apart
    at = listing.index("5件")
    assert clause_of(listing, at, at + 2, items=True) == "求助类 5件"


@pytest.mark.parametrize(("question", "figure", "neighbour"), [
    ("平潭综合实验区2016年重大建设项目类信息公开了多少条", "272条", "612条"),
    ("平潭综合实验区2014年为民办实事类信息主动公开了几条？", "253条", "594条"),
])
def test_a_category_is_answered_by_the_figure_after_its_own_name(qa, question, figure, neighbour):
    a = qa.ask(question)
    assert f"**{figure}**" in a.text and neighbour not in a.text, a.text


def test_a_category_beside_the_disclosed_count_is_no_table_whole(qa):
    a = qa.ask("平潭综合实验区2016年主动公开的政策、规范性文件类信息有几条？")
    assert "**223条**" in a.text, a.text
    assert "主动公开政府信息数为" not in a.text  # the table's whole of every category


def test_a_category_named_by_its_ending_only_is_not_found(qa):
    a = qa.ask("平潭综合实验区2018年主动公开的重大建设项目类信息有几条？")
    assert "55条" not in a.text and "1592条" not in a.text, a.text


# --- a unit no report is of, named in a report's text ----------------------------------------------

def test_a_unit_named_in_a_reports_text_is_answered_from_that_report(qa):
    """The sample 灵武市卫生健康局 2020 names two of its hospitals' WeChat posts (121, 143 篇; the
    name broken over a line): the unit asked is answered from that report, which the answer names."""
    a = qa.ask("灵武市人民医院2020年的公众号发了多少篇文章？")
    assert "**121 篇**" in a.text and "**143" not in a.text, a.text
    assert a.text.startswith("“灵武市人民医院”没有该年的年报，以下按灵武市卫生健康局该年年报中的内容回答。")


def test_a_unit_no_report_names_is_still_said_missing(qa):
    a = qa.ask("灵武市妇幼保健院2020年公众号发了多少篇文章？")
    assert "没有找到灵武市妇幼保健院" in a.text and "篇**" not in a.text, a.text
