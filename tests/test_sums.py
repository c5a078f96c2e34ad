"""Sums and listings of statistics named in one question (issue 19): every part named is added
(or listed) and cited, or the answer says which part was not understood; a word naming the
section the parts sit in is where they are counted, not a part; a bracket that spells out what a
statistic contains adds nothing of its own; "各几件" / "how many … and how many …" lists each.

A real index of the samples and some real reports (the Pingtan committee's 2025 reports and a
pre-2019 one); none of these questions is a development-set question, and the expected values
are read from the index's own cells, so each assertion is about which cells were added."""

from __future__ import annotations

import re

REAL = ("pingtan_2025_syq.txt", "pingtan_gwhbgs_2025.txt", "pingtan_2012_county.txt")
COMMITTEE, OFFICE = "pingtan_2025_syq.txt", "pingtan_gwhbgs_2025.txt"
ROWS = "政府信息公开申请.{}.总计"


def _cell(qa, report: str, key: str) -> int:
    return int(qa.index.catalog.facts(metric=key, report=report, prefix=False)[0].value)


def _numbers(text: str) -> list[str]:
    """The numbers a text states, years, citation markers and numbered items left out."""
    return re.findall(r"\d+(?:\.\d+)?", re.sub(r"\[\d+\]|(?:19|20)\d\d|^\d+\. ", " ", text, flags=re.M))


# --- the section the parts are counted in is a scope, not a part -----------------------------------

def test_the_section_named_before_its_parts_is_not_added(qa):
    disclosed, partly, handled = (_cell(qa, COMMITTEE, ROWS.format(r)) for r in ("予以公开", "部分公开", "总计"))
    zh = qa.ask("平潭综合实验区管委会2025年的申请办理结果里，予以公开的加上部分公开的一共有几件？")
    assert f"{disclosed + partly}件" in zh.text and str(handled) not in _numbers(zh.text)
    assert len(zh.citations) == 2
    en = qa.ask("Of the requests the Pingtan Comprehensive Experimental Zone Administrative Committee handled in "
                "2025, how many were disclosed in full and partly disclosed, combined?")
    assert str(disclosed + partly) in _numbers(en.text) and str(handled) not in _numbers(en.text)


def test_a_share_keeps_the_section_as_its_whole(qa):
    disclosed, handled = (_cell(qa, COMMITTEE, ROWS.format(r)) for r in ("予以公开", "总计"))
    zh = qa.ask("平潭管委会2025年办结的申请当中，予以公开的占百分之几？")
    assert f"{round(disclosed / handled * 100, 1)}%" in zh.text and len(zh.citations) == 2


# --- every part named is added -------------------------------------------------------------------

def test_new_requests_and_a_row_joined_are_both_added(qa):
    new, carried = (_cell(qa, COMMITTEE, ROWS.format(r)) for r in ("本年新收", "结转下年度"))
    zh = qa.ask("平潭管委会2025年新收申请与结转下年度的申请加起来共多少件？")
    assert f"{new + carried}件" in zh.text and len(zh.citations) == 2


def test_a_joiner_alone_says_the_sum(qa):
    new, carried = (_cell(qa, COMMITTEE, ROWS.format(r)) for r in ("本年新收", "结转下年度"))
    zh = qa.ask("平潭综合实验区管委会2025年本年新收加上结转下年度的是几件")
    assert f"{new + carried}件" in zh.text and len(zh.citations) == 2
    en = qa.ask("Pingtan Comprehensive Experimental Zone Administrative Committee 2025: requests received this "
                "year plus requests carried over to the next year?")
    assert str(new + carried) in _numbers(en.text) and "add up to" in en.text and len(en.citations) == 2


def test_a_bracket_spelling_out_a_statistic_adds_nothing_of_its_own(qa):
    review, direct, after = (_cell(qa, COMMITTEE, k) for k in (
        "行政复议.总计", "行政诉讼.未经复议直接起诉.总计", "行政诉讼.复议后起诉.总计"))
    zh = qa.ask("平潭管委会2025年被申请行政复议与被提起行政诉讼（包括未经复议直接起诉、复议后起诉）总共多少件？")
    assert f"{review + direct + after}件" in zh.text and len(zh.citations) == 3
    en = qa.ask("How many administrative reconsiderations plus lawsuits (including suits without prior "
                "reconsideration and suits after reconsideration) did the Pingtan Comprehensive Experimental Zone "
                "Administrative Committee face in 2025?")
    assert str(review + direct + after) in _numbers(en.text) and len(en.citations) == 3


def test_a_sum_over_a_template_lacking_a_part_is_not_the_other_part(qa):
    """The pre-2019 tables count requests received but no carry-over: no sum is answered."""
    received = _cell(qa, "pingtan_2012_county.txt", "依申请公开情况.收到申请数")
    zh = qa.ask("平潭县人民政府2012年本年新收和上年结转一共多少件？")
    assert received and str(received) not in _numbers(zh.text) and not zh.citations


# --- a part not understood: no sum of the others ----------------------------------------------------

def test_a_part_not_understood_is_said_never_summed_without_it(qa):
    new = _cell(qa, OFFICE, ROWS.format("本年新收"))
    zh = qa.ask("平潭管委会办公室2025年新收申请加上被申请人撤回的，一共多少件？")
    assert zh.route == "clarify" and "撤回" in zh.text and str(new) not in _numbers(zh.text) and not zh.citations
    en = qa.ask("How many requests did the Pingtan Comprehensive Experimental Zone Administrative Committee Office "
                "get in 2025 plus the withdrawn ones, in total?")
    assert en.route == "clarify" and "withdrawn" in en.text and str(new) not in _numbers(en.text)


def test_the_part_picked_in_reply_joins_the_sum(qa):
    new, carried = (_cell(qa, COMMITTEE, ROWS.format(r)) for r in ("本年新收", "结转下年度"))
    chat = qa.chat()
    asked = chat.ask("In 2025, how many new requests plus carried-over requests did the Pingtan Comprehensive "
                     "Experimental Zone Administrative Committee have?")
    assert asked.route == "clarify" and not asked.citations
    offered = [line for line in asked.text.splitlines() if re.match(r"\d\. ", line)]
    pick = next(line[0] for line in offered if "next year" in line)
    answer = chat.ask(pick)
    assert str(new + carried) in _numbers(answer.text) and len(answer.citations) == 2


# --- each part asked on its own is listed ---------------------------------------------------------

def test_each_asked_is_a_listing_even_beside_a_sum_word(qa):
    disclosed, partly = (_cell(qa, OFFICE, ROWS.format(r)) for r in ("予以公开", "部分公开"))
    zh = qa.ask("平潭管委会办公室2025年总共予以公开、部分公开的申请各有几件？")
    said = _numbers(zh.text)
    assert str(disclosed) in said and str(partly) in said and str(disclosed + partly) not in said
    assert len(zh.citations) == 2
    en = qa.ask("How many requests did the Pingtan Comprehensive Experimental Zone Administrative Committee Office "
                "fully disclose in 2025, and how many did it disclose partly?")
    said = _numbers(en.text)
    assert str(disclosed) in said and str(partly) in said and str(disclosed + partly) not in said
    en = qa.ask("Pingtan Comprehensive Experimental Zone Administrative Committee Office 2025: fully disclosed and "
                "partly disclosed requests in total, respectively?")
    said = _numbers(en.text)
    assert str(disclosed) in said and str(partly) in said and str(disclosed + partly) not in said


def test_each_then_their_sum_gives_both(qa):
    disclosed, partly = (_cell(qa, COMMITTEE, ROWS.format(r)) for r in ("予以公开", "部分公开"))
    zh = qa.ask("平潭管委会2025年予以公开和部分公开分别是几件？两项合计多少件？")
    said = _numbers(zh.text)
    assert {str(disclosed), str(partly), str(disclosed + partly)} <= set(said) and len(zh.citations) == 2
    en = qa.ask("How many requests did the Pingtan Comprehensive Experimental Zone Administrative Committee fully "
                "disclose and partly disclose in 2025, respectively, and what is their total?")
    said = _numbers(en.text)
    assert {str(disclosed), str(partly), str(disclosed + partly)} <= set(said)
    assert str(_cell(qa, COMMITTEE, ROWS.format("本年新收"))) not in said


# --- sums said in other ways -----------------------------------------------------------------------

def test_a_sum_noun_without_a_question_word_is_a_sum(qa):
    review, direct, after = (_cell(qa, OFFICE, k) for k in (
        "行政复议.总计", "行政诉讼.未经复议直接起诉.总计", "行政诉讼.复议后起诉.总计"))
    zh = qa.ask("平潭管委会办公室2025年行政复议与行政诉讼的案件数之和")
    assert f"{review + direct + after}件" in zh.text and "行政复议 + 行政诉讼" in zh.text


def test_groups_added_are_named_each(qa):
    zh = qa.ask("平潭管委会2025年不予公开的和无法提供的申请加在一起有几件？")
    assert "不予公开 + 无法提供" in zh.text
    en = qa.ask("Pingtan Comprehensive Experimental Zone Administrative Committee 2025: requests withheld plus "
                "requests it could not provide, in total?")
    assert en.text.lower().startswith("withheld + cannot provide")


def test_a_word_shared_by_two_parts_names_both(qa):
    disclosed, partly = (_cell(qa, COMMITTEE, ROWS.format(r)) for r in ("予以公开", "部分公开"))
    en = qa.ask("What was the combined number of fully and partly disclosed requests at the Pingtan Comprehensive "
                "Experimental Zone Administrative Committee in 2025?")
    assert str(disclosed + partly) in _numbers(en.text) and len(en.citations) == 2
    en = qa.ask("How many requests did the Pingtan Comprehensive Experimental Zone Administrative Committee disclose "
                "fully and how many partly in 2025?")
    said = _numbers(en.text)
    assert str(disclosed) in said and str(partly) in said


# --- statistics of different units are never added --------------------------------------------------

LINGWU_2020 = "000_5fdff1f93ec53c39.txt"


def test_a_count_and_an_amount_asked_as_one_sum_are_each_given_and_never_added(qa):
    """"项目数量和总金额加起来": 项 and 万元 cannot be added; each figure cited, the reason said, the
    amount never answered alone as the sum, and no number that adds the two."""
    count, amount = (_cell(qa, LINGWU_2020, f"政府集中采购.{c}") for c in ("采购项目数量", "采购总金额"))
    for question in ("灵武卫健局2020年集中采购的项目数加上采购总金额，一共是多少？",
                     "灵武市卫生健康局2020年政府集中采购的采购项目数量与采购总金额之和",
                     "灵武市卫生健康局2020年政府集中采购项目数量和总金额合起来有多少"):
        zh = qa.ask(question)
        assert "不能相加" in zh.text and f"{count}项" in zh.text and f"{amount}万元" in zh.text, zh.text
        assert str(count + amount) not in zh.text and len(zh.citations) == 2
    en = qa.ask("Lingwu health bureau 2020: the number of centralized government procurement projects and the "
                "procurement amount, added up?")
    assert "cannot be added" in en.text and f"{amount} 万元" in en.text and f"{count} projects" in en.text
    assert str(count + amount) not in en.text


def test_columns_of_different_units_stay_apart_in_a_sum_and_of_one_unit_are_merged():
    from assistant.linking.statistics import link_statistics

    apart = link_statistics("政府集中采购项目数量和总金额加起来是多少？")
    assert sorted(r.unit for r in apart) == ["万元", "项"]
    (merged,) = link_statistics("本年新收加上年结转一共多少件")
    assert merged.unit == "件" and len(merged.summed) == 2
    # a statistic named by its row only, with one measure asked, is that measure (not a sum)
    (one,) = link_statistics("政府集中采购一共多少个项目")
    assert one.unit == "项"


def test_a_sum_whose_parts_no_template_has_together_is_no_crash(qa):
    answer = qa.ask("灵武市卫生健康局2020年政府集中采购项目数量和行政事业性收费金额加起来是多少？")
    assert answer.text and str(2074 + 9) not in answer.text


# --- a count measure word asked never reads a money column ----------------------------------------

def test_a_count_measure_asked_of_an_amount_reads_the_rows_count_column(qa):
    """"做了多少单", "搞了几宗", "有几笔": a count of procurement is its 采购项目数量, never its 万元."""
    count, amount = (_cell(qa, LINGWU_2020, f"政府集中采购.{c}") for c in ("采购项目数量", "采购总金额"))
    for question in ("灵武卫健局2020年政府集中采购做了多少单", "灵武市卫生健康局2020年集中采购搞了几宗"):
        answer = qa.ask(question)
        assert f"{count}" in _numbers(answer.text) and str(amount) not in answer.text, answer.text
        assert [c.column for c in answer.citations] == ["采购项目数量"]


def test_a_count_asked_of_a_row_counted_in_money_only_is_never_the_amount(qa):
    """The 2021 table counts fees in 万元 only: "收了多少笔" has no figure there, never the amount."""
    amount = _cell(qa, COMMITTEE, "行政事业性收费.收费金额")
    answer = qa.ask("平潭综合实验区管委会2025年行政事业性收费收了多少笔")
    assert str(amount) not in answer.text and str(int(amount)) not in _numbers(answer.text), answer.text
    money = qa.ask("平潭综合实验区管委会2025年行政事业性收费收了多少钱")  # money asked: the amount
    assert str(int(amount)) in money.text
