"""Shares and listings of several statistics (issue 19): a share whose whole names several
statistics ("行政复议占行政复议和行政诉讼的比例") divides by their sum, each input cited, never by
one of them; a part naming several ("予以公开和部分公开占…") is their sum.

A real index of the samples and two real reports; none of these questions is a development-set
question, and the expected values are read from the index's own cells."""

from __future__ import annotations

import re

import pytest

from assistant import Assistant

from .conftest import index_of_samples_and

COMMITTEE, HONGZE, FINANCE = "pingtan_2025_syq.txt", "hongze_2024.pdf", "pingtan_czj_2022.txt"
REVIEW, DIRECT, AFTER = "行政复议.总计", "行政诉讼.未经复议直接起诉.总计", "行政诉讼.复议后起诉.总计"
ROWS = "政府信息公开申请.{}.总计"


@pytest.fixture(scope="module")
def qa(tmp_path_factory, real_reports):
    assistant = Assistant.open(index_of_samples_and(tmp_path_factory, real_reports, (COMMITTEE, HONGZE, FINANCE)))
    yield assistant
    assistant.close()


def _cell(qa, report: str, key: str) -> int:
    return int(qa.index.catalog.facts(metric=key, report=report, prefix=False)[0].value)


def _share(part: int, whole: int) -> str:
    return f"{round(part / whole * 100, 1):g}%"


def _appeals(qa, report: str) -> tuple[int, int]:
    review, direct, after = (_cell(qa, report, k) for k in (REVIEW, DIRECT, AFTER))
    return review, direct + after


# --- the whole names several statistics: their sum is the denominator -----------------------------

@pytest.mark.parametrize("question", [
    "平潭管委会2025年行政复议占行政复议和行政诉讼的比例是多少？",
    "平潭综合实验区管委会2025年行政复议占行政复议与行政诉讼之和的百分之几？",
    "平潭管委会2025年行政复议和行政诉讼中，行政复议占多少比例",
    "What percentage of all reconsiderations and lawsuits at the Pingtan Comprehensive Experimental Zone "
    "Administrative Committee in 2025 were reconsiderations?",
    "Pingtan Comprehensive Experimental Zone Administrative Committee 2025: the share of reconsiderations in "
    "reconsiderations and lawsuits combined?",
    "Pingtan Comprehensive Experimental Zone Administrative Committee 2025: of reconsiderations and lawsuits, "
    "what share were reconsiderations?",
])
def test_a_whole_of_several_statistics_is_their_sum(qa, question):
    review, lawsuits = _appeals(qa, COMMITTEE)
    answer = qa.ask(question)
    assert _share(review, review + lawsuits) in answer.text, answer.text
    assert _share(review, lawsuits) not in answer.text  # never over the lawsuits alone
    assert len(answer.citations) == 2  # the review cell once, the lawsuits (two totals) once


def test_the_other_part_over_the_same_whole(qa):
    review, lawsuits = _appeals(qa, HONGZE)
    answer = qa.ask("洪泽区2024年行政复议和行政诉讼当中行政诉讼占比多少")
    assert _share(lawsuits, review + lawsuits) in answer.text, answer.text
    assert re.search(rf"{review}件\[\d\] \+ 行政诉讼 {lawsuits}件\[\d\]", answer.text)


# --- the part names several statistics: their sum is the numerator --------------------------------

def test_a_part_of_several_statistics_is_their_sum(qa):
    disclosed, partly, handled = (_cell(qa, COMMITTEE, ROWS.format(r)) for r in ("予以公开", "部分公开", "总计"))
    zh = qa.ask("平潭管委会2025年予以公开和部分公开占办理结果总数的比例")
    assert _share(disclosed + partly, handled) in zh.text and len(zh.citations) == 3, zh.text
    said = qa.ask("平潭管委会2025年予以公开和部分公开占多少比例？")  # the whole their table gives them
    assert _share(disclosed + partly, handled) in said.text, said.text


def test_parts_with_no_common_whole_are_refused(qa):
    review, lawsuits = _appeals(qa, COMMITTEE)
    answer = qa.ask("平潭管委会2025年行政复议和行政诉讼占总数的比例")
    assert answer.route == "refusal" and _share(review, lawsuits) not in answer.text, answer.text
    assert "%" not in answer.text


# --- "does section 4 add up?" asks the checks, not a sum ---------------------------------------------

@pytest.mark.parametrize("question", [
    "Does the Pingtan Comprehensive Experimental Zone Administrative Committee 2025 report's section 4 "
    "(administrative reconsideration and litigation) add up?",
    "Do the figures in the reconsideration and lawsuit table of the Pingtan Comprehensive Experimental Zone "
    "Administrative Committee's 2025 report tally?",
    "Does the table of reconsiderations and lawsuits in the 2025 report of the Pingtan Comprehensive "
    "Experimental Zone Administrative Committee balance?",
])
def test_a_yes_or_no_add_up_question_about_a_section_runs_the_checks(qa, question):
    review, lawsuits = _appeals(qa, COMMITTEE)
    answer = qa.ask(question)
    assert answer.route == "checks", answer.text
    assert f"add up to {review + lawsuits}" not in answer.text


# --- "各占多少" / "respectively": a share per part, never their sum's ------------------------------

@pytest.mark.parametrize("question", [
    "平潭管委会2025年予以公开和部分公开各占办结申请的多少？",
    "平潭管委会2025年予以公开和部分公开分别占比多少？",
    "平潭管委会2025年办结的申请中，予以公开和部分公开各占百分之几？",
    "What share of the requests handled by the Pingtan Comprehensive Experimental Zone Administrative Committee "
    "in 2025 were disclosed in full and partly disclosed, respectively?",
    # "the requests <body> handled": no statistic of its own, the parts' table gives the whole
    "What share of the requests the Pingtan Comprehensive Experimental Zone Administrative Committee handled in "
    "2025 were disclosed in full and partly disclosed, each?",
])
def test_each_part_gets_its_own_share(qa, question):
    disclosed, partly, handled = (_cell(qa, COMMITTEE, ROWS.format(r)) for r in ("予以公开", "部分公开", "总计"))
    answer = qa.ask(question)
    assert _share(disclosed, handled) in answer.text and _share(partly, handled) in answer.text, answer.text
    assert _share(disclosed + partly, handled) not in answer.text
    assert len(answer.citations) == 3


def test_each_part_with_no_common_whole_is_a_share_of_them_all(qa):
    review, lawsuits = _appeals(qa, COMMITTEE)
    answer = qa.ask("平潭管委会2025年行政复议和行政诉讼各占多少比例？")
    assert _share(review, review + lawsuits) in answer.text and _share(lawsuits, review + lawsuits) in answer.text
    assert len(answer.citations) == 2


# --- a listing one of whose parts is not understood: the part is said, the others answered ----------

@pytest.mark.parametrize("question, words", [
    ("平潭管委会2025年新收申请和被退回的申请各几件？", "被退回"),
    ("平潭管委会2025年新收了多少申请，被退回的有多少？", "被退回"),
    ("How many requests did the Pingtan Comprehensive Experimental Zone Administrative Committee receive in 2025, "
     "and how many were bounced back?", "bounced back"),
])
def test_a_listed_part_not_understood_is_said_not_dropped(qa, question, words):
    received = _cell(qa, COMMITTEE, ROWS.format("本年新收"))
    answer = qa.ask(question)
    assert str(received) in answer.text and len(answer.citations) == 1, answer.text  # the part understood
    assert f"“{words}”" in answer.text or f'"{words}"' in answer.text  # the part not understood, said
    assert answer.route == "facts"


def test_a_listing_of_parts_all_understood_has_no_note(qa):
    answer = qa.ask("平潭管委会2025年予以公开和部分公开各几件？")
    assert len(answer.citations) == 2 and "对不上" not in answer.text


@pytest.mark.parametrize("question", [
    "平潭财政金融局2022年制作获取的政府信息总数中，主动公开和依申请公开的各占百分之几？",
    "平潭财政金融局2022年制作获取的政府信息总数中，主动公开和依申请公开的信息分别占多大比例？",
])
def test_each_share_from_one_sentence_of_the_prose(qa, question):
    """The finance bureau's prose: "制作、获取政府信息总数473条，其中主动公开政府信息123条，依申请公开
    信息数245条，不予公开信息数105条" (its template holds no such whole)."""
    sentence = next(p.text for p in qa.index.catalog.pages(FINANCE) if "其中主动公开政府信息" in p.text)
    whole, disclosed, requested = (int(re.search(rf"{w}(\d+)条", sentence).group(1))
                                   for w in ("政府信息总数", "主动公开政府信息", "依申请公开信息数"))
    answer = qa.ask(question)
    assert _share(disclosed, whole) in answer.text and _share(requested, whole) in answer.text, answer.text
    assert _share(disclosed + requested, whole) not in answer.text and "正文" in answer.text
