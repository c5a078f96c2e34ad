"""Rates over the tables' cells (issue 19, session 8): a rate word (办结率, 公开率, 纠错率, 败诉率,
"the disclosure rate", "share handled") is the rate table's part over its whole in the report's
own template (index/lexicon/rates.py), each input cited and the formula said; a sum of two rows
asked with its share gets both; the highest rate across years ranks each year's computed rate.

A real index of the samples and real reports of the three template generations; none of these
questions is a development-set question (other wordings, other reports), and the expected values
are computed from the index's own cells."""

from __future__ import annotations

import re

import pytest

# hongze 2023 / 2024 (2021 form): 予以公开 0 / 50, 部分公开 4 / 9 of 21 / 95 handled (三（七）总计),
# 本年新收 21 / 95, 上年结转 0; 2024 行政复议 结果纠正 1 of 2, 行政诉讼 直接起诉 0 of 1, 复议后起诉 0 of 3.
# pingtan county 2012 (old appendix): 收到申请数 21, 申请答复数 21 (no 申请办结数 printed),
# 同意公开 17, 同意部分公开 2. The samples' 2021 report (沙坡头区) has 0 requests.
# pingtan 2025 (the zone's committee): 结转下年度 6 of 154 to handle, 148 handled (the only report but
# Huai'an's with requests carried into the next year).
REAL = ("hongze_2023.pdf", "hongze_2024.pdf", "pingtan_2012_county.txt", "pingtan_gwhbgs_2025.txt",
        "pingtan_2025_syq.txt")
HONGZE_2024, COUNTY_2012, OFFICE_2025 = "hongze_2024.pdf", "pingtan_2012_county.txt", "pingtan_gwhbgs_2025.txt"
ROW = "政府信息公开申请.{}.总计"
OLD = "依申请公开情况.{}"


def _cell(qa, report: str, key: str) -> int:
    return int(qa.index.catalog.facts(metric=key, report=report, prefix=False)[0].value)


def _pct(part: float, whole: float) -> str:
    return f"{round(part / whole * 100, 1):g}%"


def _head(answer) -> str:
    """The answer's first line past a note on which body a name was taken as."""
    lines = [line for line in answer.text.splitlines() if line.strip()]
    return next((line for line in lines if not line.startswith(("Taking ", "按“"))), lines[0])


# --- 办结率 / 答复率: the requests handled over those to handle, or over those received when said ---

@pytest.mark.parametrize("question", [
    "平潭管委会办公室2025年受理的依申请公开，当年办完的比例是多少？",
    "What share of its information requests did the Pingtan management committee office handle in 2025?",
])
def test_a_handling_share_is_handled_over_the_requests(qa, question):
    handled, new = (_cell(qa, OFFICE_2025, ROW.format(r)) for r in ("总计", "本年新收"))
    a = qa.ask(question)
    head = _head(a)
    assert f"{_pct(handled, new)}" in head and "÷" in head and len(a.citations) >= 2, a.text
    assert f"{handled}件[1]" in head or f"{handled} requests[1]" in head
    assert "办结率 =" in head or "handling rate =" in head  # the formula is said


def test_a_reply_rate_in_the_old_appendix_is_answered_over_received(qa):
    answered, received = (_cell(qa, COUNTY_2012, OLD.format(r)) for r in ("申请答复数", "收到申请数"))
    a = qa.ask("平潭县2012年政府信息公开申请的答复率")
    assert _pct(answered, received) in _head(a) and "申请答复数" in a.text and "收到申请数" in a.text, a.text


def test_a_rate_over_no_requests_is_not_a_percent(qa):
    a = qa.ask("沙坡头区卫健局2021年依申请公开的办结率有多高？")
    assert "无法计算" in a.text and "分母为0" in a.text and "0%" not in a.text, a.text


# --- 公开率: disclosed in full or in part over the requests handled, in every template --------------

@pytest.mark.parametrize(("question", "report", "rows"), [
    ("What was the disclosure rate of Hongze District's information requests in 2024?", HONGZE_2024,
     (ROW.format("予以公开"), ROW.format("部分公开"), ROW.format("总计"))),
    ("平潭县政府2012年申请公开的公开率是多少", COUNTY_2012,
     (OLD.format("同意公开答复数"), OLD.format("同意部分公开答复数"), OLD.format("申请答复数"))),
])
def test_a_disclosure_rate_is_full_and_partial_over_handled(qa, question, report, rows):
    full, partly, handled = (_cell(qa, report, k) for k in rows)
    a = qa.ask(question)
    assert _pct(full + partly, handled) in _head(a), a.text
    assert f"= {full + partly}" in a.text  # the part's sum is shown with its cited inputs
    assert len(a.citations) == 3


def test_the_year_with_the_highest_rate_ranks_each_years_rate(qa):
    rates = {}
    for year, report in ((2023, "hongze_2023.pdf"), (2024, HONGZE_2024)):
        full, partly, handled = (_cell(qa, report, ROW.format(r)) for r in ("予以公开", "部分公开", "总计"))
        rates[year] = _pct(full + partly, handled)
    a = qa.ask("洪泽区哪一年的信息公开申请公开率最高？")
    best = max(rates, key=lambda y: float(rates[y][:-1]))
    assert re.search(rf"最高的是[^，]*{best}年，为{re.escape(rates[best])}", _head(a)), a.text
    assert all(v in a.text for v in rates.values())


# --- a sum of two outcomes and its share, in one message ---------------------------------------------

def test_a_sum_of_two_rows_and_its_share_are_both_answered(qa):
    full, partly, handled = (_cell(qa, HONGZE_2024, ROW.format(r)) for r in ("予以公开", "部分公开", "总计"))
    a = qa.ask("洪泽区2024年全部公开的与部分公开的加在一起有几件？占办结数的比例呢？")
    assert f"合计{full + partly}件" in a.text and _pct(full + partly, handled) in a.text, a.text


# --- 纠错率 / 败诉率: 结果纠正 over the total of the appeal group ---------------------------------------

def test_a_correction_rate_of_no_group_named_is_given_for_both_groups(qa):
    corrected, reviews = (_cell(qa, HONGZE_2024, f"行政复议.{c}") for c in ("结果纠正", "总计"))
    a = qa.ask("淮安市洪泽区2024年的被纠错率是多少")
    assert f"行政复议纠错率为{_pct(corrected, reviews)}" in a.text and "行政诉讼纠错率为" in a.text, a.text


@pytest.mark.parametrize("question", [
    "洪泽区2024年打官司的败诉率是多少？",
    "What was the lawsuit loss rate of the Hongze district government in 2024?",
])
def test_a_loss_rate_is_the_lawsuits_corrected_over_all_lawsuits(qa, question):
    groups = ("行政诉讼.未经复议直接起诉.{}", "行政诉讼.复议后起诉.{}")
    lost = sum(_cell(qa, HONGZE_2024, g.format("结果纠正")) for g in groups)
    suits = sum(_cell(qa, HONGZE_2024, g.format("总计")) for g in groups)
    a = qa.ask(question)
    assert _pct(lost, suits) in _head(a) and f"= {suits}" in _head(a) and len(a.citations) == 4, a.text


def test_two_rates_asked_at_once_are_each_answered(qa):
    full, partly, handled = (_cell(qa, HONGZE_2024, ROW.format(r)) for r in ("予以公开", "部分公开", "总计"))
    a = qa.ask("洪泽区2024年的予以公开率、部分公开率各是多少")
    assert f"予以公开率为{_pct(full, handled)}" in a.text and f"部分公开率为{_pct(partly, handled)}" in a.text, a.text


@pytest.mark.parametrize("question", [
    "洪泽区2024年12345热线工单的办结率是多少？",
    # subjects no word list names: they link to no statistic of the tables, or to another table's
    "洪泽区2024年民生诉求的办结率是多少？",
    "洪泽区2024年网格事件按期办结的比例是多少？",
    "洪泽区2024年行政许可的办结率是多少？",
])
def test_the_rate_of_another_thing_is_no_rate_of_the_request_table(qa, question):
    a = qa.ask(question)
    assert "办结率 =" not in a.text and "本年新收" not in a.text, a.text


@pytest.mark.parametrize(("question", "rates"), [
    ("洪泽区2024年依申请公开的办结率是多少？", ("办结率",)),  # the request table's statistic
    ("洪泽区2024年的办结率是多少？", ("办结率",)),  # no subject named: the request table's
    ("平潭综合实验区管委会2025年收到的申请办结的比例是多少", ("办结率",)),
    ("洪泽区2024年民生诉求的办结率是多少？", None),  # a subject linking to no statistic
    ("洪泽区2024年主动公开的公开率", None),  # another table's statistic
])
def test_the_subject_of_a_request_rate_is_read_from_the_words_before_it(samples_gazetteer, question, rates):
    from assistant.understanding import understand

    query = understand(question, samples_gazetteer)
    assert (tuple(query.rates) or None) == rates, (query.rates, query.intent)


# --- shares of a row of 三 over the whole it belongs to ------------------------------------------------

def test_fully_or_partly_disclosed_is_their_sum_over_the_requests_handled(qa):
    full, partly, handled = (_cell(qa, HONGZE_2024, ROW.format(r)) for r in ("予以公开", "部分公开", "总计"))
    a = qa.ask("What percentage of the requests Hongze District handled in 2024 were fully or partly disclosed?")
    assert _pct(full + partly, handled) in a.text and _pct(partly, full) not in a.text, a.text


def test_requests_carried_into_next_year_are_a_share_of_those_to_handle(qa):
    zone = "pingtan_2025_syq.txt"
    carried, new, before, handled = (_cell(qa, zone, ROW.format(r)) for r in ("结转下年度", "本年新收", "上年结转", "总计"))
    a = qa.ask("平潭综合实验区管委会2025年转到下一年接着办的申请占比多少？")
    assert _pct(carried, new + before) in a.text and f"{new + before}件" in a.text, a.text
    assert _pct(carried, handled) not in a.text  # never of the outcomes' total, which does not count them


def test_a_group_of_columns_is_a_share_of_its_rows_total(qa):
    new = _cell(qa, HONGZE_2024, ROW.format("本年新收"))
    a = qa.ask("洪泽区2024年新收的申请里，法人或其他组织提出的占百分之几？")
    assert "÷" in a.text and f"{new}件" in a.text and "%" in a.text, a.text


def test_a_narrower_rate_no_cell_holds_is_refused_not_answered_with_the_plain_rate(qa):
    a = qa.ask("洪泽区2024年信息公开申请的按时办结率是多少？")
    assert "按时办结率" in a.text and "无法计算" in a.text and "%" not in a.text, a.text


def test_each_group_named_before_its_correction_rate(qa):
    corrected, reviews = (_cell(qa, HONGZE_2024, f"行政复议.{c}") for c in ("结果纠正", "总计"))
    a = qa.ask("洪泽区2024年行政复议的纠错率和行政诉讼的纠错率各是多少？")
    assert f"行政复议纠错率为{_pct(corrected, reviews)}" in a.text and "行政诉讼纠错率为0%" in a.text, a.text


def test_a_lawsuit_group_is_a_share_of_all_lawsuits(qa):
    direct, after = (_cell(qa, HONGZE_2024, f"行政诉讼.{g}.总计") for g in ("未经复议直接起诉", "复议后起诉"))
    a = qa.ask("What proportion of Hongze District's 2024 lawsuits were filed directly, without reconsideration?")
    assert _pct(direct, direct + after) in a.text and f"{direct + after} cases" in a.text, a.text


def test_an_outcome_named_in_english_is_no_handling_rate(qa):
    partly, handled = (_cell(qa, HONGZE_2024, ROW.format(r)) for r in ("部分公开", "总计"))
    a = qa.ask("What was the share of partly disclosed requests in all requests handled by Hongze District in 2024?")
    assert _pct(partly, handled) in a.text and "handling rate" not in a.text, a.text


def test_how_large_a_share_asks_a_share(qa):
    new = _cell(qa, HONGZE_2024, ROW.format("本年新收"))
    a = qa.ask("洪泽区2024年收到的申请中，有多大比例是自然人提出的？")
    assert "%" in a.text and f"÷ {new}件" in a.text, a.text


# --- two rates compared: their gap in percentage points, each rate's inputs cited ------------------

def _points(a: str, b: str) -> str:
    return f"{round(float(a.rstrip('%')) - float(b.rstrip('%')), 2):g}"


def test_how_much_lower_one_rate_is_than_another_is_their_gap_in_points(qa):
    full, handled, new, carried = (_cell(qa, HONGZE_2024, ROW.format(r)) for r in ("予以公开", "总计", "本年新收", "上年结转"))
    disclosed, done = _pct(full, handled), _pct(handled, new + carried)
    a = qa.ask("洪泽区2024年的予以公开率比办结率低多少？")
    assert f"予以公开率为{disclosed}" in a.text and f"办结率为{done}" in a.text, a.text
    assert f"低{_points(done, disclosed)}个百分点" in a.text and len(a.citations) >= 4, a.text
    asked_wrong_way = qa.ask("洪泽区2024年的予以公开率比办结率高多少？")  # it is lower: said so, not "higher"
    assert f"并不更高，而是低{_points(done, disclosed)}个百分点" in asked_wrong_way.text, asked_wrong_way.text


def test_the_gap_between_two_rates_in_english_is_in_percentage_points(qa):
    full, partly, handled = (_cell(qa, HONGZE_2024, ROW.format(r)) for r in ("予以公开", "部分公开", "总计"))
    new, carried = (_cell(qa, HONGZE_2024, ROW.format(r)) for r in ("本年新收", "上年结转"))
    disclosure, done = _pct(full + partly, handled), _pct(handled, new + carried)
    a = qa.ask("In 2024, by how much did Hongze's disclosure rate differ from its handling rate?")
    assert f"{_points(done, disclosure)} percentage points lower than the handling rate" in a.text, a.text


def test_a_share_said_without_zhan_takes_the_part_after_zhong_over_the_whole_before_it(qa):
    """"X和Y中Y的比例": the whole is what 中 closes (X + Y), the part what stands before 的比例."""
    reviews, suits = _cell(qa, HONGZE_2024, "行政复议.总计"), sum(
        _cell(qa, HONGZE_2024, f"行政诉讼.{g}.总计") for g in ("未经复议直接起诉", "复议后起诉"))
    a = qa.ask("洪泽区2024年行政复议和行政诉讼中行政诉讼的比例")
    assert _pct(suits, reviews + suits) in a.text and _pct(reviews, suits) not in a.text, a.text
    b = qa.ask("洪泽区2024年行政复议和行政诉讼当中行政复议的比重是多少")
    assert _pct(reviews, reviews + suits) in b.text, b.text


# --- one outcome's share of the outcomes' whole: the outcome over the outcomes' total or all replies ---

@pytest.mark.parametrize("question, report, part, whole", [
    ("洪泽区2024年办理结果中，部分公开占总计的比重是多少？", HONGZE_2024, ROW.format("部分公开"), ROW.format("总计")),
    ("洪泽区政府2024年予以公开的申请占办理结果总计的比例", HONGZE_2024, ROW.format("予以公开"), ROW.format("总计")),
    ("平潭县2012年同意部分公开的答复数占全部答复数的比例？", COUNTY_2012, OLD.format("同意部分公开答复数"),
     OLD.format("申请答复数")),
    ("平潭县人民政府2012年，同意公开的答复占所有答复的百分比是多少", COUNTY_2012, OLD.format("同意公开答复数"),
     OLD.format("申请答复数")),
])
def test_an_outcomes_share_of_all_outcomes_is_never_the_reply_rate_or_the_list(qa, question, report, part, whole):
    p, w = _cell(qa, report, part), _cell(qa, report, whole)
    a = qa.ask(question)
    head = _head(a)
    assert _pct(p, w) in head and "÷" in head and len(a.citations) == 2, a.text
    assert "答复率" not in head and "不予公开" not in head, a.text


# --- the same in English: an outcome's share of all the replies (or the requests handled) -------------

@pytest.mark.parametrize("question, report, part, whole", [
    ("What share of all replies did Pingtan County government grant in 2012?", COUNTY_2012,
     OLD.format("同意公开答复数"), OLD.format("申请答复数")),
    ("What percentage of the replies Pingtan County gave in 2012 were granted in part?", COUNTY_2012,
     OLD.format("同意部分公开答复数"), OLD.format("申请答复数")),
    ("What proportion of Hongze District's 2024 responses were fully disclosed?", HONGZE_2024,
     ROW.format("予以公开"), ROW.format("总计")),
    ("Hongze 2024: partially disclosed replies as a share of all replies?", HONGZE_2024,
     ROW.format("部分公开"), ROW.format("总计")),
    ("洪泽区2024年予以公开占答复的比例是多少？", HONGZE_2024, ROW.format("予以公开"), ROW.format("总计")),
])
def test_an_outcomes_share_of_all_replies_in_english_is_that_outcome_over_the_replies(qa, question, report, part,
                                                                                      whole):
    p, w = _cell(qa, report, part), _cell(qa, report, whole)
    a = qa.ask(question)
    head = _head(a)
    assert _pct(p, w) in head and "÷" in head and len(a.citations) == 2, a.text
    assert "reply rate" not in head and "答复率" not in head, a.text


def test_an_old_appendix_outcome_asked_of_the_requests_is_a_share_of_the_replies(qa):
    """No whole named: a kind of reply of the old appendix is a share of all the replies (申请答复数)."""
    p, w = _cell(qa, COUNTY_2012, OLD.format("同意公开答复数")), _cell(qa, COUNTY_2012, OLD.format("申请答复数"))
    a = qa.ask("What share of Pingtan County's 2012 requests were disclosed in full?")
    assert _pct(p, w) in _head(a) and "requests answered" in _head(a), a.text
