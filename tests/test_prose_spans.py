"""A number from prose answers only what its own clause is about (issue 19, prose facts): the
counted thing's words in the number's clause ("其中微博29个" for 微博, never "新媒体数量70个"),
the subject's part of the sentence (up to ；), the concept asked (经费 is no 信息处理费), the
measure asked (几个人: 人 or 名), and the approximate counts and decimal amounts as printed.

Fast: the sentence choice and span binding of assistant.passages on real report sentences and on
made-up sentences of other bodies (no index; retrieval is tested in test_prose_answers)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.extracts import best_sentences, content_terms, glossary_terms, typed_span
from assistant.retrieve import ScoredPassage
from assistant.typed import asked_noun, asked_parts, asked_thing, candidates, expected_kind

ROOT = Path(__file__).resolve().parent.parent


def answer(text: str, question: str, body: str = "县卫健局") -> str | None:
    """The span the prose route answers `question` with from `text` (a passage), or None; the
    body's name is a word of the question that says which report, as the question reader drops it."""
    kind = expected_kind(question)
    thing = asked_thing(question)
    hit = ScoredPassage("p", "header\n" + text, {}, 1.0)
    extra = glossary_terms(question) if question.isascii() else ""  # as extract_answer does
    terms = content_terms(question, extra, drop={body})
    spans = [s for overlap, _, sentence in best_sentences(question, [hit], extra, {body}, 8, thing)
             if (s := typed_span(sentence, kind, question, terms, overlap)) is not None]
    return max(spans, key=lambda s: s.tie).text if spans else None


def real_sentence(real_reports, name: str, marker: str, count: int = 1) -> str:
    """`count` sentences of a real report from the one with `marker`, as the report prints them."""
    text = (real_reports / name).read_text(encoding="utf-8")
    at = text.index(marker)
    left = max(text.rfind(stop, 0, at) for stop in "。）") + 1
    right = at
    for _ in range(count):
        right = text.index("。", right) + 1
    return text[left:right]


# --- 1. the number belongs to the clause of the thing asked ---------------------------------------

MADE_UP = "县卫健局开设政务微博3个，共发布信息120条；微信公众号5个，共发布信息860条。"


@pytest.mark.parametrize("question, expected", [
    ("县卫健局的政务微博有多少个？", "3个"),
    ("县卫健局微信公众号有几个？", "5个"),
    ("县卫健局的公众号发布了多少条信息？", "860条"),
    ("How many posts did the county health bureau's Weibo accounts publish?", "120条"),
])
def test_a_number_is_of_the_thing_its_own_clause_names(question, expected):
    assert answer(MADE_UP, question) == expected


def test_a_sentence_without_the_thing_asked_gives_no_number():
    assert answer("各科室共开设新媒体账号8个，运行情况良好。", "各科室开设的政务微博有多少个？") is None
    assert answer("本局全年开展培训4次。", "本局有几个人做政务公开？") is None


def test_a_total_of_all_accounts_is_not_the_count_of_one_kind(real_reports):
    text = real_sentence(real_reports, "pingtan_2018_syq.txt", "共开设新媒体数量", count=2)
    assert "70个" in text and "微博29个" in text
    assert answer(text, "各部门开设的政务微博有多少个？") == "29个"
    assert answer(text, "各部门开了多少个政务微博？") == "29个"
    assert answer(text, "一共有多少个微信公众号？") == "41个"
    assert answer(text, "各部门的新媒体一共有多少个？") == "70个"


# --- 2. the concept asked must be the span's ---------------------------------------------------

def test_a_fee_is_not_a_budget_and_a_budget_is_not_a_fee():
    fee = "全年收取政府信息公开信息处理费 0 元。"
    assert answer(fee, "县政府2024年信息公开工作的预算是多少？") is None
    assert answer(fee, "What was the county's budget for information disclosure work?") is None
    assert answer(fee, "县政府收了多少信息处理费？") == "0 元"
    funds = "安排政府信息公开专项经费3万元，收取信息处理费0元。"
    assert answer(funds, "信息公开的经费有多少？") == "3万元"


def test_an_amount_is_found_by_what_it_is_of(real_reports):
    text = real_sentence(real_reports, "pingtan_2013_dishui.txt", "政府信息公开费用")
    assert answer(text, "信息公开工作花了多少费用？") == "1万元"
    relief = real_sentence(real_reports, "pingtan_2013_dishui.txt", "下岗失业人员减免税")
    assert answer(relief, "地税局给下岗失业人员减免了多少税款金额？") == "219062.78元"  # a decimal, no web address
    assert answer(relief, "地税局个人出售住房减免金额是多少？") == "21470.27元"


def test_followers_are_not_the_accounts_or_their_posts(real_reports):
    text = real_sentence(real_reports, "pingtan_nyncj_2024.txt", "关注用户")
    assert answer(text, "农业农村局的公众号有多少粉丝？") == "2118人"
    assert answer("我局微信公众号共推送文章56篇。", "我局公众号有多少粉丝？") is None
    thing = asked_thing("某局的微信公众号有多少粉丝？")
    assert (thing.word, thing.subject.word) == ("粉丝", "微信公众号")  # what a refusal names


# --- 3. typed spans: people, approximate counts, visits, a labelled name -----------------------------

def test_people_are_counted_in_people(real_reports):
    text = real_sentence(real_reports, "pingtan_2013_dishui.txt", "兼职人员")
    assert answer(text, "地税局有几个兼职做信息公开的人？") == "1人"
    made_up = "确定3 名工作人员负责政务公开工作，全年举办培训2次。"
    assert answer(made_up, "有几个人在做政务公开？") == "3 名"
    assert answer(made_up, "一共有多少人负责政务公开？") == "3 名"


def test_an_approximate_count_is_kept_as_printed(real_reports):
    text = real_sentence(real_reports, "pingtan_zfyjj_2024.txt", "发布稿件")
    assert answer(text, "执法应急局公众号发了多少篇稿子？") == "900余篇"
    assert answer("全年处置网络舆情70多件。", "处置了多少件网络舆情？") == "70多件"


def test_a_count_said_of_another_channel_is_not_the_one_asked(real_reports):
    text = real_sentence(real_reports, "pingtan_zfyjj_2024.txt", "门户网站发布信息")
    assert "607条" in text
    assert answer(text, "执法应急局公众号发了多少篇稿子？") is None


def test_visits_of_a_column(real_reports):
    text = real_sentence(real_reports, "pingtan_2015_syq.txt", "专栏访问量")
    value = re.search(r"访问量达(\d+人次)", text).group(1)
    assert answer(text, "How many visits did the disclosure column get?") == value
    assert answer(text, "信息公开专栏的点击量是多少？") == value
    made_up = "全年网站访问量达5万余人次，发布信息300条。"
    assert answer(made_up, "网站的访问量是多少？") == "5万余人次"


def test_a_name_asked_by_its_label_is_the_one_after_that_label():
    text = next((ROOT / "data" / "sample-reports").glob("004_*.txt")).read_text(encoding="utf-8")
    assert [s.text for s in candidates(text, "person", "统计表的填报人是谁？")] == ["周嘉蕊"]
    made_up = "领导小组由局长王建国任组长。填报人：李红梅"
    assert [s.text for s in candidates(made_up, "person", "填报人是谁？")] == ["李红梅"]
    assert [s.text for s in candidates(made_up, "person", "组长是谁？")][0] == "王建国"


def test_two_questions_at_once_are_not_bound_to_one_thing():
    # each part asks its own thing: binding both to the last would drop the first (not yet split)
    assert asked_thing("公众号发布了多少篇文章？粉丝有多少？") is None
    assert asked_thing("微博发布了多少条，关注量是多少") is not None  # one question: 关注量 of 微博
    assert asked_thing("发布了多少条？关注量呢") is None or asked_thing("发布了多少条？关注量呢").key != "followers"


def test_a_number_belongs_to_the_channel_named_last_before_it():
    made_up = "微信关注量 1200，发布信息 300条，微博关注量 45，发布信息 80条。"
    assert answer(made_up, "县卫健局微博发布了多少条信息？") == "80条"
    assert answer(made_up, "县卫健局微信发布了多少条信息？") == "300条"
    assert answer(made_up, "县卫健局微信关注量是多少？") == "1200"  # not "1200，"
    assert answer(made_up, "县卫健局微博关注量是多少？") == "45"


# --- 4. the thing asked before its asking word binds the number ---------------------------------------

TICKETS = "热线工单共计 86件，其中，表扬类 9件、投诉类 40件、咨询类 30件、市长信箱投诉 7件，均已办结。"
POSTS = "全年发布各类信息 120篇，其中工作动态、通知公告各发布信息 5篇、12篇，其他栏目发布信息 103篇。"


@pytest.mark.parametrize("question, expected", [
    ("其中投诉类的有多少件？", "40件"),        # not 市长信箱投诉's 7件: the item names 投诉类 whole
    ("其中市长信箱投诉几件？", "7件"),
    ("热线工单一共多少件？", "86件"),
    ("其中举报类的多少件？", None),            # no item names 举报类: not found, never another item
])
def test_a_part_is_the_number_whose_own_item_names_it(question, expected):
    assert answer(TICKETS, question, body="县信访局") == expected


def test_a_part_is_never_read_from_a_sentence_that_does_not_name_it():
    assert answer(POSTS, "其中投诉类的多少件？") is None
    assert answer(POSTS + TICKETS, "其中投诉类的多少件？") == "40件"


@pytest.mark.parametrize("question, noun", [
    ("2022年其中建议类的多少件", "建议类"),
    ("市民热线工单一共多少件", "市民热线工单"),
    ("收到的申请数量是多少", "收到的申请"),        # 数量 names a count, not the thing
    ("网站专栏的访问量是多少人次？", "网站专栏的访问量"),
    ("有多少件", None),
])
def test_the_noun_asked_is_said_before_the_asking_word(question, noun):
    assert asked_noun(question) == noun


# --- 5. other verbs of money and of people ----------------------------------------------------------

def test_money_asked_as_spent_is_an_amount_of_what_was_spent(real_reports):
    text = real_sentence(real_reports, "pingtan_2013_dishui.txt", "政府信息公开费用")
    assert answer(text, "地税局做信息公开花了多少钱？") == "1万元"
    made_up = "全年用于网站维护的政府信息公开支出2.5万元，收到申请12件。"
    assert expected_kind("县档案局信息公开开支是多少？") == "amount"
    assert answer(made_up, "县档案局信息公开开支是多少？", body="县档案局") == "2.5万元"
    assert answer("全年收到申请12件。", "县档案局信息公开花了多少钱？", body="县档案局") is None


def test_a_name_asked_by_the_labels_verb_is_the_one_after_that_label():
    made_up = "领导小组由局长王建国任组长。填报人：李红梅 审核人：赵志强"
    assert [s.text for s in candidates(made_up, "person", "这张统计表是谁填报的？")] == ["李红梅"]
    assert [s.text for s in candidates(made_up, "person", "由谁审核的？")] == ["赵志强"]


def test_two_counts_asked_at_once_are_two_questions():
    question = "县文旅局一共开了多少个账号？其中抖音号几个？"
    assert [question[a:b] for a, b in asked_parts(question)] == ["县文旅局一共开了多少个账号", "其中抖音号几个"]
    assert asked_parts("县文旅局一共开了多少个账号？") == []
    assert asked_parts("县文旅局开了多少个账号？都叫什么名字？") == []  # the second asks no count
    accounts = "各部门共开设账号12个。其中抖音号4个，共发布视频300条；快手号8个。"
    assert answer(accounts, "其中抖音号几个？") == "4个"


# --- 6. a phone as a channel is no phone number asked ---------------------------------------------

@pytest.mark.parametrize("question, kind", [
    ("How many inquiries did the county archives handle in 2019, and how many of those came by phone?", "count"),
    ("How many consultations reached the water bureau via telephone?", "count"),
    ("县水务局通过电话咨询的有多少人次？", "count"),
    ("县水务局电话咨询多少人次？", "count"),
    ("What is the telephone number of the county water bureau?", "phone"),
    ("What contact phone number does the water bureau give?", "phone"),
    ("县水务局的咨询电话是多少？", "phone"),
    ("县水务局年报里办公室在哪、电话多少？", "phone"),
])
def test_by_phone_is_a_channel_and_a_phone_number_is_a_contact(question, kind):
    assert expected_kind(question) == kind


def test_a_count_by_phone_is_the_phone_channels_count(real_reports):
    text = real_sentence(real_reports, "pingtan_2013_dishui.txt", "电话咨询3200")
    assert answer(text, "地税局2013年有多少人次是电话咨询的？", body="地税局") == "3200人次"
    made_up = "全年接待群众咨询860人次，其中现场咨询200人次，电话咨询610人次，网上咨询50人次。"
    assert answer(made_up, "县水务局通过电话咨询的有多少人次？", body="县水务局") == "610人次"


# --- 7. every ask of a question asking several things, whatever it asks ---------------------------

@pytest.mark.parametrize("question, parts", [
    ("县档案局2019年的抖音号发了多少条，粉丝多少？", ["县档案局2019年的抖音号发了多少条", "粉丝多少"]),
    ("县档案局2019年的年报是哪天签发的？填报人是谁？", ["县档案局2019年的年报是哪天签发的", "填报人是谁"]),
    ("2019年，县档案局收到多少件申请？", []),  # a part asking nothing is no ask of its own
])
def test_each_ask_is_a_part_of_its_own(question, parts):
    assert [question[a:b] for a, b in asked_parts(question)] == parts


def test_two_counts_split_by_a_comma_are_each_from_their_own_clause(real_reports):
    text = real_sentence(real_reports, "pingtan_2012_syq.txt", "拥有粉丝")
    question = "官方微博发了多少条，粉丝多少？"
    found = [answer(text, question[a:b], body="管委会") for a, b in asked_parts(question)]
    assert found == ["1288条", "10659名"]
    made_up = "县档案局政务微博共发布信息56条，粉丝2300人。"
    question = "县档案局政务微博发了多少条，粉丝多少？"
    assert [answer(made_up, question[a:b], body="县档案局") for a, b in asked_parts(question)] == ["56条", "2300人"]


# --- 8. where a body sits, which site a report is on, table cells run together ----------------------

@pytest.mark.parametrize("question, kind", [
    ("县水务局在哪栋楼办公？", "address"),
    ("县档案局2019年的办公室在几楼", "address"),
    ("县档案局在哪一层？", "address"),
    ("县水务局在哪？", "address"),
    ("县档案局的办公室设在哪里？", "address"),
    ("县档案局信息公开办2019年在什么地方？", "address"),
    ("Where should I mail a letter to the county archives bureau?", "address"),
    ("县档案局的年报在哪里？", None),  # where a report is, not where a body sits
    ("Which floor is the county archives bureau on?", "address"),
    ("Where is the water bureau located, according to its 2019 report?", "address"),
    ("县水务局的年报可以在哪个网站下载？", "url"),
    ("Which bureau website can the water bureau's 2019 report be downloaded from?", "url"),
    ("Where can I download the archives bureau's report?", "url"),
    ("县水务局的官网是什么？", "url"),
    ("县水务局的电邮是什么？", "email"),
    ("县水务局办公室的座机是多少？", "phone"),
    ("县水务局政府网站发布了多少条信息？", "count"),  # the website's count, not its address
    ("县水务局官网是哪年发布了多少条信息？", "count"),
    ("通过哪些平台公开了多少条信息？", "count"),
])
def test_where_a_body_sits_is_its_address_and_where_a_report_is_found_its_site(question, kind):
    assert expected_kind(question) == kind


SITES = "本报告电子版可在某县人民政府门户网站（www.mx.gov.cn）及某县水务局网站（sw.mx.gov.cn）查阅下载。"


@pytest.mark.parametrize("question, expected", [
    ("除了县政府门户网站，水务局自己的网站网址是什么？", "sw.mx.gov.cn"),
    ("Besides the county portal, which bureau website can the water bureau's report be downloaded from?",
     "sw.mx.gov.cn"),
    ("县水务局年报所在的政府门户网站网址是什么？", "www.mx.gov.cn"),
])
def test_the_site_asked_is_the_bodys_own_or_its_governments_portal(question, expected):
    assert answer(SITES, question, body="县水务局") == expected


def test_an_emails_domain_is_no_web_address():
    contact = "请与县水务局办公室联系（电话：0951-1234567，电子邮箱：swj@163.com）。"
    assert candidates(contact, "url", "县水务局的年报在哪个网站下载？") == []


def test_the_bureaus_own_site_is_not_found_where_only_the_portal_is_named(real_reports):
    text = real_sentence(real_reports, "pingtan_nyncj_2024.txt", "本报告电子版可在")
    assert answer(text, "农业农村局2024年的年报在哪个网站可以下载？", body="农业农村局") == "www.pingtan.gov.cn"
    assert answer(text, "农业农村局自己的网站网址是什么？", body="农业农村局") is None


def test_table_cells_run_together_are_no_prose_count(real_reports):
    """"规章000行政规范性文件97253": a table's row as text; the prose sentence says 253件."""
    text = real_sentence(real_reports, "pingtan_gwhbgs_2025.txt", "第二十条第（一）项")
    question = "How many administrative normative documents were currently in force?"
    assert answer(text, question, body="办公室") is None
    prose = real_sentence(real_reports, "pingtan_gwhbgs_2025.txt", "2025年，实验区管委会（办公室）制发")
    assert answer(text + prose, question, body="办公室") == "253件"
    made_up = "四、收费情况 行政事业性收费0行政许可12第二十条第（五）项信息内容本年处理决定数量行政处罚3行政强制0"
    assert answer(made_up, "县水务局本年行政处罚决定数量是多少？", body="县水务局") is None
    dated = "2020年1月1日至12月31日第3季度起共受理群众来电 45"  # a date's and an ordinal's numbers are no cells
    assert answer(dated, "县水务局2020年受理群众来电多少？", body="县水务局") == "45"


PREAMBLE = ("根据《国务院办公厅关于做好政府信息公开工作年度报告的通知》要求，本报告包括主动公开政府信息情况、"
            "收到和处理政府信息公开申请情况等六个部分。")


@pytest.mark.parametrize("question, text, expected", [
    ("县水务局收到的那些申请主要是关于什么的？", PREAMBLE + "全年共收到政府信息公开申请3件，内容主要集中在征地补偿方面。",
     "征地补偿"),
    ("县水务局那件信息公开申请涉及哪些方面？", PREAMBLE + "2019年收到政府信息公开申请1件，涉及河道采砂许可。", "河道采砂"),
    ("主要涉及哪些方面？", "存在的问题主要有以下几个方面：一是信息发布流程不够规范。"
     "全年收到申请5件，主要涉及征地补偿、统计信息等方面。", "征地补偿"),
])
def test_what_a_request_was_about_is_the_sentence_that_names_a_topic(question, text, expected):
    """A document title's 关于 names no topic; 关于 / 那件 of the question are no words to match."""
    hit = ScoredPassage("p", "header\n" + text, {}, 1.0)
    (overlap, _, sentence), *_ = best_sentences(question, [hit], "", {"县水务局", "水务局", "水务"}, 8, None)
    assert expected in sentence and overlap >= 0.5


def test_what_the_2022_request_was_about_in_a_real_report(real_reports):
    text = (real_sentence(real_reports, "pingtan_czj_2022.txt", "根据《中华人民共和国政府信息公开条例》")
            + real_sentence(real_reports, "pingtan_czj_2022.txt", "2022年共收到政府信息公开申请"))
    hit = ScoredPassage("p", "header\n" + text, {}, 1.0)
    (_, _, sentence), *_ = best_sentences("财政金融局2022年收到的那件申请主要是关于什么的？", [hit], "", {"财政金融局"}, 8)
    assert "政府债务" in sentence
