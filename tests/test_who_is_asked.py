"""Issue 19: who and what a question is about, when it is not the body's own table statistic.

1. A unit inside a body named as the doer (行政服务中心, 便民服务平台, 12345热线, 政务服务大厅…) is
   not the body's disclosure statistic: the prose that names the unit answers, or "not stated";
   never the table's figure. A unit said as the channel (通过网站申请) or named by the statistic
   itself (政府网站公开政府信息数) is still the table's.
2. "Which <region> bureau/department…" in the singular asks across the region's bodies.
3. "Who should I contact about X's report?" asks for the report's contact line (address, phone,
   e-mail); "X's disclosure office" (open government office, FOI office…) is the government of X,
   whose report gives that office as its contact, and the answer says which body it took.

Real reports and the samples; the answering tests build an index with real PDFs (slow tier)."""

from __future__ import annotations

import pytest

from assistant.linking.bodies import link_bodies
from assistant.routes.clauses import office_asked
from assistant.typed import expected_kinds
from assistant.understanding import understand

from .conftest import assert_quotes_verbatim
from .test_linking import OTHERS

REAL = ("pingtan_2013_county.txt", "pingtan_2016_syq.txt", "pingtan_2018_syq.txt", "huaian_2024.pdf",
        "hongze_2023.pdf")
COMMITTEE, HUAIAN, HONGZE = "平潭综合实验区管委会", "淮安市人民政府", "淮安市洪泽区人民政府"


# --- 1. a unit inside a body (fast: reading the question) -----------------------------------------

@pytest.mark.parametrize("question, unit", [
    ("平潭实验区2018年行政服务中心受理了多少件申请", True),
    ("2018年平潭综合实验区的便民服务中心办结了多少件申请", True),
    ("平潭实验区2018年12345便民服务平台一共收到多少件咨询投诉申请", True),
    ("平潭实验区2015年的政务服务大厅办理了多少件申请？", True),
    ("平潭综合实验区2018年收到多少件政府信息公开申请", False),
    ("平潭县2013年通过窗口收到了多少件申请", False),  # the channel of the requests
    ("平潭实验区2014年在便民服务平台上主动公开了多少条政府信息", False),
    ("2014年平潭实验区政府网站公开了多少条政府信息", False),  # its own website: its own disclosure
    ("平潭实验区2014年门户网站主动公开了多少条信息", False),
])
def test_a_unit_is_the_doer_unless_it_is_the_channel_or_the_statistics_own_name(pingtan_gazetteer, question, unit):
    query = understand(question, pingtan_gazetteer)
    assert query.metrics  # a statistic of the tables is linked: the unit decides whose figure is asked
    assert office_asked(query, None) is unit


@pytest.mark.parametrize("question, unit", [
    ("How many requests did Pingtan's 12345 hotline accept in 2018?", True),
    ("How many applications did the Pingtan zone's service hall handle in 2014?", True),
    ("How many requests reached Pingtan through the 12345 hotline in 2018?", False),
    ("How many disclosure requests did Pingtan receive in 2018?", False),
])
def test_an_english_unit_is_the_doer_unless_it_is_the_channel(pingtan_gazetteer, question, unit):
    query = understand(question, pingtan_gazetteer)
    assert query.metrics and office_asked(query, None) is unit


# --- 2. "which <region> bureau" (fast) -------------------------------------------------------------

@pytest.mark.parametrize("singular, plural", [
    ("Which Pingtan bureau received the most disclosure requests in 2024?",
     "Which of Pingtan's bureaus received the most disclosure requests in 2024?"),
    ("Which Pingtan department got the fewest information disclosure requests in 2024?",
     "Which of Pingtan's departments got the fewest information disclosure requests in 2024?"),
    ("In 2024, what Pingtan Comprehensive Experimental Zone bureau had the most requests?",
     "In 2024, which of the Pingtan Comprehensive Experimental Zone's bureaus had the most requests?"),
])
def test_which_region_bureau_in_the_singular_asks_across_the_regions_bodies(pingtan_gazetteer, singular, plural):
    one, many = understand(singular, pingtan_gazetteer), understand(plural, pingtan_gazetteer)
    assert one.unknown_bodies == [] and len(one.bodies) > 1
    assert sorted(one.bodies) == sorted(many.bodies) and one.intent == many.intent


def test_a_bureau_the_region_does_not_have_is_still_unknown(pingtan_gazetteer):
    assert understand("How many requests did the Pingtan water bureau receive in 2024?",
                      pingtan_gazetteer).unknown_bodies != []


# --- 3. contacts and the disclosure office (fast) ------------------------------------------------

@pytest.mark.parametrize("question", [
    "Who should I contact about Huai'an's 2024 report?",
    "Whom should I get in touch with regarding Pingtan's 2018 report?",
    "Who can I call about the Hongze District 2023 annual report?",
    "有问题该找谁咨询洪泽区2024年的年报？",
])
def test_whom_to_contact_asks_for_the_reports_contact_line(question):
    assert expected_kinds(question) == ["address", "phone", "email"]


@pytest.mark.parametrize("question", ["这张表是谁填报的？", "Who signed the report?", "联系人是谁？",
                                      "Who is the contact person for Lingwu's health bureau 2020 report?",
                                      "How many people who call the hotline got an answer?",
                                      "Who should I contact, and what is the phone number?"])
def test_a_person_or_one_labelled_value_asked_is_not_the_whole_contact_line(question):
    assert expected_kinds(question) in ([], ["phone"])


@pytest.mark.parametrize("question, body", [
    ("What is the phone number of Hongze's disclosure office?", HONGZE),
    ("What is the email of Huai'an's open government office?", HUAIAN),
    ("What's the fax of Shuyang County's government information disclosure office in 2023?", "沭阳县人民政府"),
    ("Where is the Pingtan zone's FOI office?", COMMITTEE),
    ("What is the fax of the Pingtan zone's government affairs openness office?", COMMITTEE),
    ("Give me the address of Shanghai's information disclosure office.", "上海市人民政府"),
])
def test_a_disclosure_office_said_in_english_names_its_governments_report(question, body):
    found = link_bodies(question, OTHERS)
    assert [m.body for m in found if m.status == "linked"] == [body], found
    assert found[0].candidates[0].score < 100 and "disclosure office" in found[0].candidates[0].why


# --- answers (slow: an index with real PDFs) -----------------------------------------------------

@pytest.mark.slow
def test_a_unit_asked_never_gets_the_tables_number(qa):
    table = qa.ask("淮安市2024年收到了多少件政府信息公开申请")
    assert "3119" in table.text and table.route == "facts"  # the body's own statistic: its table
    for question in ("淮安市2024年的12345热线受理了多少件申请", "淮安市2024年政务服务中心受理了多少件申请？",
                     "How many requests did Huai'an's 12345 hotline accept in 2024?"):
        answer = qa.ask(question)
        assert "3119" not in answer.text and ("未提及" in answer.text or "not stated" in answer.text), answer.text


def test_a_unit_named_right_after_its_region_is_inside_the_regions_body(pingtan_gazetteer):
    """"平潭综合实验区行政服务中心" is no body of its own to refuse: the zone's, asked of its unit;
    a region before another 中心 is still a body the corpus may lack."""
    query = understand("平潭综合实验区行政服务中心2014年受理了多少件申请", pingtan_gazetteer)
    assert query.unknown_bodies == [] and query.bodies == [COMMITTEE] and office_asked(query, None)
    assert understand("平潭实验区卫生健康服务中心2014年受理了多少件申请", pingtan_gazetteer).unknown_bodies != []


@pytest.mark.slow
def test_a_unit_asked_is_answered_from_the_prose_that_names_it(qa):
    answer = qa.ask("平潭实验区2018年12345便民服务平台一共收到多少件咨询投诉申请")
    assert "答案：15564件。" in answer.text and [(c.body, c.year) for c in answer.citations] == [(COMMITTEE, 2018)]
    assert_quotes_verbatim(qa, answer)
    stated = qa.ask("平潭实验区2018年行政服务中心受理了多少件申请")
    assert "未提及" in stated.text and not stated.citations  # the table's 0 requests is the zone's, not the centre's


@pytest.mark.slow
@pytest.mark.parametrize("question, values", [
    ("Who should I contact about Huai'an's 2024 report?", ("淮安市翔宇南道1号", "0517-83605210", "hazwgkc@163.com")),
    ("Who do I contact about Hongze's 2023 annual report?", ("0517-87222589", "hzzwgk@126.com")),
    ("Whom should I get in touch with regarding Pingtan's 2018 report?", ("0591-23165255",)),
])
def test_whom_to_contact_is_answered_with_the_contact_line(qa, question, values):
    answer = qa.ask(question)
    assert all(v in answer.text for v in values) and "name is not stated" not in answer.text, answer.text
    assert_quotes_verbatim(qa, answer)


@pytest.mark.slow
def test_a_disclosure_office_in_english_is_answered_from_its_governments_report(qa):
    answer = qa.ask("What is the phone number of Hongze's disclosure office in 2023?")
    assert "0517-87222589" in answer.text and "Taking \"Hongze's disclosure office\" as 淮安市洪泽区人民政府" in answer.text
    assert [(c.body, c.year) for c in answer.citations] == [(HONGZE, 2023)]


@pytest.mark.parametrize("question, kinds", [
    ("灵武市卫健局2016年年报的网站是哪个？电话多少", ["url", "phone"]),
    ("海原县卫健局2020年的官网是什么，邮编多少", ["url", "postcode"]),
    ("沙坡头区卫健局2021年的网址是什么？传真多少？", ["url", "fax"]),
    ("从哪个网站可以下载灵武市卫健局2016年的年报？", []),  # a web address alone: the one-kind path
])
def test_a_web_address_asked_beside_a_labelled_kind_is_one_of_them(question, kinds):
    """"网站是哪个？邮编多少": both are answered (only the postcode was), each from its own line."""
    from assistant.typed import expected_kinds

    assert expected_kinds(question) == kinds
