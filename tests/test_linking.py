"""Linking a question's words to indexed bodies and to template cells (assistant/linking).

The body names are those the index reads from ../shared/real-reports and the samples
(test_indexed_names_are_the_real_ones checks that with the real metadata extraction)."""

from __future__ import annotations

import pytest

from assistant.linking.bodies import LINK, Candidate, Mention, link_bodies
from assistant.linking.statistics import link_statistics
from index.lexicon.statwords import ROW_IN_OLDER

INDEXED = [
    "中卫市沙坡头区卫生健康局", "平潭县人民政府", "平潭综合实验区农业农村局", "平潭综合实验区地方税务局",
    "平潭综合实验区旅游与文化体育局", "平潭综合实验区管委会", "平潭综合实验区管委会办公室", "平潭综合实验区经济发展局",
    "平潭综合实验区综合执法与应急管理局", "平潭综合实验区财政金融局", "海原县卫生健康局", "淮安市人民政府",
    "淮安市洪泽区人民政府", "灵武市卫生健康局", "灵武市卫生和计划生育局", "西夏区卫生健康局",
]
ZF = "平潭综合实验区综合执法与应急管理局"
OFFICE = "平潭综合实验区管委会办公室"


def linked(question: str) -> list[str]:
    return [m.body for m in link_bodies(question, INDEXED) if m.status == "linked"]


def only(question: str) -> str:
    found = linked(question)
    assert len(found) == 1, (question, link_bodies(question, INDEXED))
    return found[0]


# --- bodies: the names people use --------------------------------------------------------------


@pytest.mark.parametrize("question, body", [
    # typos: same sound (择/泽, 谭/潭, 建/健, 试/实) and OCR look-alikes (准/淮)
    ("洪择区2023年查封扣押用了几次？", "淮安市洪泽区人民政府"),
    ("平谭综合实验区2025年罚单开了多少张", "平潭综合实验区管委会"),
    ("海原县卫建局2020年批了多少许可", "海原县卫生健康局"),
    ("平潭综合试验区2025年", "平潭综合实验区管委会"),
    # a character dropped or added inside a long name (rapidfuzz)
    ("平潭综合实验区农业农局2024年", "平潭综合实验区农业农村局"), ("平潭综合实验区财政金融融局2022年", "平潭综合实验区财政金融局"),
    ("准安市2024年收到多少申请", "淮安市人民政府"),
    # short bureau names, built from the bureau's word parts
    ("平潭执法局2021年开了多少张罚单？", ZF), ("平潭执法应急局2021年", ZF), ("平潭综合执法局2021年", ZF),
    ("平潭农业局2024年罚了多少次", "平潭综合实验区农业农村局"),
    ("平潭经发局2024年", "平潭综合实验区经济发展局"),
    ("平潭旅文体局2024年", "平潭综合实验区旅游与文化体育局"), ("平潭文旅局2024年", "平潭综合实验区旅游与文化体育局"),
    ("平潭财政局2022年", "平潭综合实验区财政金融局"), ("平潭财金局2022年", "平潭综合实验区财政金融局"),
    ("平潭地税局2016年", "平潭综合实验区地方税务局"),
    ("沙坡头卫健局2021年行政上收的费", "中卫市沙坡头区卫生健康局"),
    ("中卫市沙坡头区卫健委2021年", "中卫市沙坡头区卫生健康局"),
    ("灵武卫健局2020年开了多少罚单", "灵武市卫生健康局"),
    # a parent the report does not print, from the national division codes (西夏区 is in 银川市)
    ("银川市西夏区卫健局2023年", "西夏区卫生健康局"),
    # 管委会 ↔ 政府, 政府办 / 管委办 for the general office, the zone's division words
    ("平潭综合实验区政府2025年", "平潭综合实验区管委会"),
    ("平潭实验区2025年批了多少许可", "平潭综合实验区管委会"),
    ("平潭综合实验区（管委会）全区的年报", "平潭综合实验区管委会"),
    ("平潭管委会办公室2023年", OFFICE), ("平潭管委办2023年", OFFICE), ("平潭综合实验区政府办2023年", OFFICE),
    # a government's office where only the government has reports: its report (compiled by the office)
    ("洪泽区政府办2024年报上写的联系电话", "淮安市洪泽区人民政府"),
    # a region alone is its government; with its parent it is still itself
    ("淮安市2024年", "淮安市人民政府"), ("洪泽区2023年", "淮安市洪泽区人民政府"),
    ("淮安市洪泽区2024年", "淮安市洪泽区人民政府"), ("洪泽区（淮安市）2024年", "淮安市洪泽区人民政府"),
])
def test_chinese_names_link_to_the_body(question, body):
    assert only(question) == body


@pytest.mark.parametrize("question, body", [
    ("What did Pingtan's Law Enforcement & Emergency Management Bureau report in 2021?", ZF),
    ("How many fees did Pingtan's Tourism, Culture and Sports Bureau collect?", "平潭综合实验区旅游与文化体育局"),
    ("How many requests did the Pingtan management committee's general office receive?", OFFICE),
    ("Pingtan Management Committee Office, 2023", OFFICE),
    ("What did the Lingwu Health Commission report in 2020?", "灵武市卫生健康局"),
    ("How many penalties did Lingwu's health bureau record?", "灵武市卫生健康局"),
    ("Lingwu Health and Family Planning Bureau's report for 2016", "灵武市卫生和计划生育局"),
    ("What number of penalties did Huai'an Municipal Government report?", "淮安市人民政府"),
    ("How many requests did Hongze District (Huai'an City) receive?", "淮安市洪泽区人民政府"),
    ("What did the Pingtan County government receive?", "平潭县人民政府"),
    ("How many requests did the Pingtan Comprehensive Experimental Zone receive in 2025?", "平潭综合实验区管委会"),
    ("How much did the Pingtan Finance and Financial Affairs Bureau spend?", "平潭综合实验区财政金融局"),
    ("How much did the Pingtan local taxation bureau spend on government information disclosure?",
     "平潭综合实验区地方税务局"),
])
def test_english_names_link_to_the_body(question, body):
    assert only(question) == body


def test_a_list_of_bureaus_after_one_region_links_each():
    assert linked("2024年平潭经发局、旅文体局、农业农村局、执法应急局这四家，谁开的罚单最多？") == [
        "平潭综合实验区经济发展局", "平潭综合实验区旅游与文化体育局", "平潭综合实验区农业农村局", ZF]
    assert sorted(linked("Among Pingtan's Economic Development Bureau, Tourism Culture and Sports Bureau, Agriculture "
                         "and Rural Affairs Bureau and Law Enforcement & Emergency Management Bureau, which fined most?"
                         )) == sorted(["平潭综合实验区经济发展局", "平潭综合实验区旅游与文化体育局", "平潭综合实验区农业农村局", ZF])


def test_two_regions_each_with_its_bureau_words_in_english():
    assert linked("Compare Lingwu's health commission and the Haiyuan County Health Bureau in 2020") == [
        "灵武市卫生健康局", "海原县卫生健康局"]
    # the bureau's words said twice are that bureau, not every other health bureau
    assert linked("How many penalties did Lingwu's health bureau (Lingwu Municipal Health Commission) record?") == [
        "灵武市卫生健康局"]
    assert [m.status for m in link_bodies("the health bureau of Lingwu, 2020", INDEXED)] == ["linked"]


def test_a_group_word_with_its_regions_listed_links_each_region_s_bureau():
    assert linked("宁夏这几个卫健局：灵武2020年、海原2020年、西夏区2023年、沙坡头区2021年，按处罚数量排序") == [
        "灵武市卫生健康局", "海原县卫生健康局", "西夏区卫生健康局", "中卫市沙坡头区卫生健康局"]


def test_why_says_which_typo_was_forgiven():
    (mention,) = link_bodies("洪择区2023年", INDEXED)
    assert mention.text == "洪择区" and mention.span == (0, 3)
    assert "择→泽" in mention.candidates[0].why and mention.candidates[0].score < 100


# Bodies of other places and bureaus (names of the kind the issue lists): the word families are
# not tuned to the corpus above.
OTHERS = INDEXED + ["上海市人民政府", "上海市人民政府办公厅", "上海市科学技术委员会", "中卫市市场监督管理局",
                    "银川市安全生产监督管理局", "平潭综合实验区自然资源与生态环境局", "平潭综合实验区交通与建设局",
                    "平潭综合实验区行政审批局", "平潭综合实验区社会事业局", "沭阳县人民政府"]


@pytest.mark.parametrize("question, body", [
    ("上海市政府办2023年", "上海市人民政府办公厅"), ("上海市府办2023年", "上海市人民政府办公厅"),
    ("上海市政府2023年", "上海市人民政府"), ("中卫市监局2023年", "中卫市市场监督管理局"),
    ("中卫市场监管局2023年", "中卫市市场监督管理局"), ("银川安监局2017年", "银川市安全生产监督管理局"),
    ("平潭资源生态局2023年", "平潭综合实验区自然资源与生态环境局"), ("平潭交建局2023年", "平潭综合实验区交通与建设局"),
    ("平潭审批局2023年", "平潭综合实验区行政审批局"), ("沐阳县2023年", "沭阳县人民政府"),
    ("Shanghai's science commission, 2023", "上海市科学技术委员会"),
    ("the general office of the Shanghai government", "上海市人民政府办公厅"),
    ("the Shanghai government's general office", "上海市人民政府办公厅"),
    ("Pingtan's administrative approval bureau", "平潭综合实验区行政审批局"),
    ("Zhongwei market regulation bureau", "中卫市市场监督管理局"),
    ("Pingtan social affairs bureau", "平潭综合实验区社会事业局"),
])
def test_word_families_reach_bodies_of_other_bureaus(question, body):
    found = [m.body for m in link_bodies(question, OTHERS) if m.status == "linked"]
    assert found == [body], link_bodies(question, OTHERS)


ZONES = OTHERS + ["赣江新区管理委员会", "赣江新区管理委员会办公室", "南昌市卫生健康委员会"]


@pytest.mark.parametrize("question, body", [
    # a zone's 管委会 and its office by the English names people give them
    ("How many requests did the Pingtan zone committee receive in 2016?", "平潭综合实验区管委会"),
    ("What did the Pingtan committee publish in 2016?", "平潭综合实验区管委会"),
    ("Pingtan administrative committee, 2016", "平潭综合实验区管委会"),
    ("Pingtan committee office, 2023", OFFICE), ("the Pingtan zone committee office in 2023", OFFICE),
    ("the general office of the Pingtan committee", OFFICE), ("the Pingtan committee's general office", OFFICE),
    ("the Ganjiang New Area committee, 2023", "赣江新区管理委员会"), ("Ganjiang zone committee", "赣江新区管理委员会"),
    ("Ganjiang New Area committee office", "赣江新区管理委员会办公室"),
    # a commission is no zone committee: "committee" alone names the 管委会 only, never a 委员会
    ("Nanchang health committee, 2023", "南昌市卫生健康委员会"),
])
def test_a_zone_committee_and_its_office_by_their_english_names(question, body):
    found = [m.body for m in link_bodies(question, ZONES) if m.status == "linked"]
    assert found == [body], link_bodies(question, ZONES)


def test_a_government_and_its_office_named_apart_are_two_bodies():
    found = [m.body for m in link_bodies("Did the Shanghai government and its general office receive more?", OTHERS)]
    assert found == ["上海市人民政府", "上海市人民政府办公厅"]


@pytest.mark.parametrize("question, body", [
    ("沭阳县信息公开办2023年的电子邮箱", "沭阳县人民政府"),
    ("上海市政务公开办2023年的电话", "上海市人民政府"),
    ("平潭综合实验区政府信息公开工作办公室2016年的传真", "平潭综合实验区管委会"),
    ("洪泽区公开办2024年", "淮安市洪泽区人民政府"),
])
def test_a_disclosure_office_of_a_region_names_its_governments_report(question, body):
    """The office a report gives as its contact (信息公开办, 政务公开办) compiles its government's
    report: the government is taken, and the answer says so (the name is not the body's own)."""
    found = link_bodies(question, OTHERS)
    assert [m.body for m in found if m.status == "linked"] == [body], found
    assert found[0].candidates[0].score < 100 and "disclosure office" in found[0].candidates[0].why
    assert only("平潭财政金融局办公室2022年的电话") == "平潭综合实验区财政金融局"  # a bureau's own office is the bureau


def test_a_bureau_named_without_any_region_is_asked_back_even_with_one_candidate():
    (mention,) = link_bodies("What did the social affairs bureau report?", OTHERS)
    assert mention.status == "unknown" and mention.candidates[0].body == "平潭综合实验区社会事业局"


# --- bodies: what must not link -------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "淮安市公安局2024年收到多少申请", "上海市财政局2022年", "平潭公安局2024年收到几件信息公开申请？",
    "西夏区市监局2023年开了多少罚单？", "银川市卫健委2020年开了多少罚单",
    "How many disclosure requests did the Pingtan Education Bureau receive?",
    "How many penalties did the Huai'an Market Regulation Bureau issue?",
    "What did the Yinchuan Municipal Health Commission report for 2020?",
])
def test_a_body_the_corpus_lacks_is_not_linked_to_a_neighbour(question):
    assert linked(question) == []


def test_a_city_is_not_its_district():
    assert only("淮安市2024年开了多少罚单") == "淮安市人民政府"
    mentions = link_bodies("淮安市和洪泽区2024年各开了多少罚单", INDEXED)
    assert [m.body for m in mentions] == ["淮安市人民政府", "淮安市洪泽区人民政府"]


def test_a_common_word_that_sounds_like_a_place_is_no_mention():
    assert link_bodies("这条路很平坦，2024年修的", INDEXED) == []  # 平坦 sounds like 平潭


@pytest.mark.parametrize("question, candidates", [
    ("平潭2025年收到多少申请", {"平潭县人民政府", "平潭综合实验区管委会"}),
    ("灵武卫生局2018年", {"灵武市卫生健康局", "灵武市卫生和计划生育局"}),
])
def test_two_close_candidates_are_ambiguous_to_ask_back(question, candidates):
    (mention,) = link_bodies(question, INDEXED)
    assert mention.status == "ambiguous" and mention.body is None
    assert {c.body for c in mention.candidates[:2]} == candidates


def test_a_bureau_named_alone_without_its_region_is_a_question_back_when_two_have_it():
    (mention,) = link_bodies("卫健局2020年罚了多少次", INDEXED)
    assert mention.status == "ambiguous"
    assert len([c for c in mention.candidates if c.score >= LINK]) >= 3


def test_status_follows_the_threshold_and_margin():
    def status(*scores):
        return Mention((0, 1), "x", tuple(Candidate(f"b{i}", s, "") for i, s in enumerate(scores))).status

    assert status(95, 60) == "linked"
    assert status(95, 90) == "ambiguous"
    assert status(LINK - 1) == "unknown"
    assert status() == "unknown"


@pytest.mark.slow
def test_indexed_names_are_the_real_ones(real_reports):
    """The names above are what the index's own metadata reads from the real reports and samples."""
    from index.clean import clean_document
    from index.forms import load_document
    from index.metadata import extract_metadata

    from .conftest import SAMPLES

    files = [p for p in [*real_reports.iterdir(), *SAMPLES.iterdir()] if p.suffix in (".txt", ".pdf")]
    bodies = set()
    for path in files:
        doc = load_document(path)
        bodies.add(extract_metadata(doc, clean_document(doc)).body)
    assert bodies == set(INDEXED)


# --- statistics ---------------------------------------------------------------------------------

T21, T19 = "2021版", "2019版"
REQ = "政府信息公开申请"


def keys(question: str, template: str = T21, **kw) -> list[tuple[str, ...]]:
    return [r.keys.get(template, ()) for r in link_statistics(question, **kw)]


@pytest.mark.parametrize("question, row", [
    ("有多少个申请，政府答复说“我们手里没有这个信息”？", "无法提供.本机关不掌握相关政府信息"),
    ("有多少件申请是以“本机关不掌握”答复的", "无法提供.本机关不掌握相关政府信息"),
    ("How many requests did it say it did not hold the information for?", "无法提供.本机关不掌握相关政府信息"),
    ("没办完、转到下一年接着办的申请有多少", "结转下年度"),
    ("有几件申请没在当年办完？", "结转下年度"),
    ("How many requests were carried over to next year?", "结转下年度"),
    ("从上一年带过来还没办完的申请有多少件？", "上年结转"),
    ("申请的信息全都给公开了的有多少个", "予以公开"), ("全部公开的有几件", "予以公开"),
    ("How many requests were disclosed in full?", "予以公开"),
    ("只给公开了一部分的申请有几个？", "部分公开"), ("How many were partially disclosed?", "部分公开"),
    ("因为逾期未补正不再处理的有几件", "其他处理.申请人逾期不补正"),
    ("How many were dropped because the applicant failed to supplement the request?", "其他处理.申请人逾期不补正"),
])
def test_request_outcomes_in_everyday_words_are_their_row(question, row):
    assert keys(question) == [(f"{REQ}.{row}.总计",)]


@pytest.mark.parametrize("question, group, size", [
    ("被拒绝公开（各种不予公开理由加起来）的申请一共多少件？", "不予公开", 8),
    ("属于“无法提供”的申请三项合计多少件", "无法提供", 3),
    ("“不予处理”的申请合计多少件？", "不予处理", 5),
    ("How many requests were refused?", "不予公开", 8),
])
def test_a_group_without_a_printed_total_is_the_sum_of_its_rows(question, group, size):
    (request,) = link_statistics(question)
    assert request.sum and len(request.keys[T21]) == size and request.unit == "件"
    # the 2019 and 2021 tables share these keys; the older appendix adds its row of the same meaning
    older = tuple(k for t, ks in request.keys.items() if t not in (T21, T19) for k in ks)
    assert request.metric_keys == request.keys[T21] + older
    assert older == ((ROW_IN_OLDER[group],) if group in ROW_IN_OLDER else ())
    assert all(k.startswith(f"{REQ}.{group}.") and k.endswith(".总计") for k in request.keys[T21])


def test_a_specific_row_beats_its_group():
    assert keys("因为属于国家秘密被拒绝公开的有几件") == [(f"{REQ}.不予公开.属于国家秘密.总计",)]


@pytest.mark.parametrize("question, column", [
    ("老百姓个人提的信息公开申请多少件", "自然人"), ("个人（自然人）申请有多少", "自然人"),
    ("How many requests came from private individuals?", "自然人"),
    ("企业提的申请有几件", "商业企业"), ("律师事务所提了几件申请", "法律服务机构"),
])
def test_applicants_in_everyday_words_are_their_column(question, column):
    assert keys(question) == [(f"{REQ}.本年新收.{column}",)]


def test_companies_and_organisations_but_not_individuals_are_the_five_legal_person_columns():
    (request,) = link_statistics("企业和各类组织（不算个人）一共新提了多少个信息公开申请？")
    assert request.keys[T21] == tuple(f"{REQ}.本年新收.{c}" for c in ("商业企业", "科研机构", "社会公益组织",
                                                                  "法律服务机构", "其他"))


@pytest.mark.parametrize("question, cells", [
    ("没经过复议、直接去法院告的信息公开案子有多少？", ("行政诉讼.未经复议直接起诉.总计",)),
    ("先复议再起诉的信息公开官司，法院判纠正的有几件", ("行政诉讼.复议后起诉.结果纠正",)),
    ("没经复议直接起诉的案件里，法院纠正的有几件？", ("行政诉讼.未经复议直接起诉.结果纠正",)),
    ("How many lawsuits filed without prior reconsideration were still pending?", ("行政诉讼.未经复议直接起诉.尚未审结",)),
    ("行政复议结果维持的有几件", ("行政复议.结果维持",)),
    # a negation and a way before 复议, or straight to court: never 行政复议 or every lawsuit on its own
    ("信息公开行政诉讼里，没复议直接起诉的有几件？", ("行政诉讼.未经复议直接起诉.总计",)),
    ("不经过行政复议直接告到法院的有多少件", ("行政诉讼.未经复议直接起诉.总计",)),
    ("没有走复议就打官司的案件，结果维持的几件", ("行政诉讼.未经复议直接起诉.结果维持",)),
    ("因信息公开打的行政诉讼有多少起？", ("行政诉讼.未经复议直接起诉.总计", "行政诉讼.复议后起诉.总计")),
])
def test_lawsuit_groups_and_outcomes(question, cells):
    assert keys(question) == [cells]


@pytest.mark.parametrize("question, cells", [
    ("How many reconsideration cases did the bureau have in 2020, and how many were still pending at year end?",
     [("行政复议.总计",), ("行政复议.尚未审结",)]),
    ("How many requests were still pending at year end?", None),  # requests: carried over, not an appeal's
])
def test_pending_at_year_end_is_the_appeals_own_column_when_no_request_is_named(question, cells):
    linked = keys(question)
    if cells is None:
        assert linked and all("结转下年度" in k for ks in linked for k in ks), linked
    else:
        assert linked == cells


@pytest.mark.parametrize("question, cell", [
    ("一共开了多少张罚单？", "行政处罚.处理决定数量"), ("罚了多少次？", "行政处罚.处理决定数量"),
    ("批了多少个许可", "行政许可.处理决定数量"), ("查封扣押这类强制措施用了几次？", "行政强制.处理决定数量"),
    ("收的行政事业性的费一共多少万元", "行政事业性收费.收费金额"), ("行政上收的费是多少万元？", "行政事业性收费.收费金额"),
    ("制发了多少规范性文件", "规范性文件.本年制发件数"), ("规范性文件废止了几件", "规范性文件.本年废止件数"),
    ("现行有效的规范性文件有多少", "规范性文件.现行有效件数"), ("规范性文件有多少件", "规范性文件.现行有效件数"),
    ("How many normative documents did it abolish?", "规范性文件.本年废止件数"),
])
def test_section_two_in_everyday_words_and_verbs(question, cell):
    assert keys(question) == [(cell,)]


@pytest.mark.parametrize("question, cell", [
    ("2019年规范性文件新制作多少", "规范性文件.本年新制作数量"), ("规范性文件新公开了多少", "规范性文件.本年新公开数量"),
    ("how many normative documents did it newly produce?", "规范性文件.本年新制作数量"),
    ("行政处罚比上一年增加了多少", "行政处罚.本年增减"),
])
def test_the_2019_columns_are_picked_by_their_verbs(question, cell):
    assert keys(question, T19) == [(cell,)]


def test_one_request_s_keys_across_templates():
    (request,) = link_statistics("制发了多少规范性文件")
    assert request.keys == {T21: ("规范性文件.本年制发件数",), T19: ("规范性文件.本年新制作数量",)}
    assert request.metric_keys == ("规范性文件.本年制发件数", "规范性文件.本年新制作数量")
    (fees,) = link_statistics("收的行政事业性的费一共多少万元")
    assert fees.unit == "万元"


def test_two_statistics_asked_in_one_question():
    assert keys("收到多少申请，其中不掌握的几件") == [(f"{REQ}.本年新收.总计",),
                                                     (f"{REQ}.无法提供.本机关不掌握相关政府信息.总计",)]
    assert keys("How many normative documents did it repeal in 2024, and how many are currently in force?") == [
        ("规范性文件.本年废止件数",), ("规范性文件.现行有效件数",)]


def test_a_total_and_one_of_its_columns_asked_apart_are_two_requests():
    assert keys("How many reconsideration cases did it have, and in how many was the decision corrected?") == [
        ("行政复议.总计",), ("行政复议.结果纠正",)]
    assert keys("复议案件有多少件，其中被纠正的几件") == [("行政复议.总计",), ("行政复议.结果纠正",)]


def test_a_column_that_is_another_statistic_s_own_stays_with_it():
    assert keys("How many procurement projects, and what total amount?", T19) == [
        ("政府集中采购.采购项目数量",), ("政府集中采购.采购总金额",)]


def test_a_request_row_in_a_template_without_the_request_table_is_its_concept_s_cell():
    (request,) = link_statistics("How many disclosure requests were received in 2012?")
    assert request.keys["2018前"] == ("依申请公开情况.收到申请数",)


def test_two_statistics_added_up_are_one_sum():
    (request,) = link_statistics("因信息公开引发的行政复议和行政诉讼加起来一共多少起？")
    assert request.keys[T21] == ("行政复议.总计", "行政诉讼.未经复议直接起诉.总计", "行政诉讼.复议后起诉.总计")


def test_a_body_s_name_is_not_read_as_a_statistic():
    question = "How many penalties did Pingtan's Law Enforcement and Emergency Management Bureau issue?"
    spans = [m.span for m in link_bodies(question, INDEXED)]
    assert keys(question, exclude=spans) == [("行政处罚.处理决定数量",)]
    assert ("行政强制.处理决定数量",) in keys(question)  # what happens without the body's span


def test_a_question_without_a_statistic_links_none():
    assert link_statistics("平潭综合实验区管委会的年报有哪几年的？") == []


def test_the_linking_code_holds_no_chinese_words():
    """Words live in index/lexicon (bodynames, statwords); the code under assistant/linking
    holds none (docstrings and character ranges aside), as the answer floor's structure asks."""
    import ast
    import re
    from pathlib import Path

    han = re.compile("[\u3400-\u9fff]")
    ranges = re.compile("[\u3400-\u9fff]-[\u3400-\u9fff]")
    found = []
    for path in (Path(__file__).resolve().parent.parent / "assistant" / "linking").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(n.body[0].value) for n in ast.walk(tree) if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef))
                and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        found += [(path.name, n.lineno) for n in ast.walk(tree) if isinstance(n, ast.Constant)
                  and isinstance(n.value, str) and id(n) not in docs and han.search(ranges.sub("", n.value))]
    assert not found


@pytest.mark.parametrize("question", ["平潭文旅体局2024年罚了多少次", "2024年文旅体局收到多少申请", "平潭体文旅局2024年",
                                      "平潭综合实验区文体旅局2024年"])
def test_a_bureau_named_by_its_words_first_characters_in_another_order(question):
    """旅游与文化体育局 -> 文旅体局, 体文旅局: each two-character word's first character, reordered."""
    assert only(question) == "平潭综合实验区旅游与文化体育局"


@pytest.mark.parametrize("question, cells", [
    # the money unit asked in its own clause is the amount column, not "no amount in the table"
    ("政府集中采购了几笔，共多少万元？", [["政府集中采购.采购项目数量"], ["政府集中采购.采购总金额"]]),
    ("政府集中采购搞了几个项目，几万元？", [["政府集中采购.采购项目数量"], ["政府集中采购.采购总金额"]]),
    ("行政事业性收费多少万元", [["行政事业性收费.收费金额"]]),
])
def test_a_money_unit_asked_is_the_amount_column(question, cells):
    assert [sorted({k for ks in r.keys.values() for k in ks}) for r in link_statistics(question)] == cells
