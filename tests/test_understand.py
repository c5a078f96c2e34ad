"""Question understanding over a Gazetteer built from the five real sample reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.render import problem_text
from assistant.understanding import (
    MAX_QUESTION_CHARS,
    METRICS,
    SYNONYMS,
    Gazetteer,
    Intent,
    Query,
    check_question,
    detect_language,
    find_mentions,
    find_years,
    understand,
    unknown_body_mentions,
)
from index.extract import ExtractedReport, extract_report
from index.lexicon.pinyin import romanize
from index.models import ReportRecord

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "sample-reports"

LINGWU_2016 = "灵武市卫生和计划生育局"
LINGWU = "灵武市卫生健康局"
SHAPOTOU = "中卫市沙坡头区卫生健康局"
HAIYUAN = "海原县卫生健康局"
XIXIA = "西夏区卫生健康局"

PENALTIES = "行政处罚.处理决定数量"
LICENCES = "行政许可.处理决定数量"
ENFORCEMENT = "行政强制.处理决定数量"
FEES = "行政事业性收费.收费金额"
PROCUREMENT = "政府集中采购.采购总金额"
PROCUREMENT_ITEMS = "政府集中采购.采购项目数量"
REQUESTS = "政府信息公开申请.本年新收.总计"
APPEALS = "行政复议.总计"
LAWSUITS = "行政诉讼.未经复议直接起诉.总计"
PROACTIVE = "主动公开情况.主动公开政府信息数"
NORMATIVE = "规范性文件.现行有效件数"
REGULATIONS = "规章.现行有效件数"


def record(r: ExtractedReport) -> ReportRecord:
    """What the catalog would hold for an extracted report (counts and hashes are dummies)."""
    m = r.meta
    return ReportRecord(
        report=r.report, path="", sha256="", kind="text", body=m.body, region=m.region,
        year=m.year, template=m.template, title=m.title, pages=0, passages=0, facts=0,
        checks_failed=0, ingested_at="", short_names=m.short_names,
    )


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer(record(extract_report(str(p))) for p in sorted(SAMPLES.glob("*.txt")))


def ask(gaz: Gazetteer, question: str, previous: Query | None = None) -> Query:
    return understand(question, gaz, previous)


def keys(query: Query) -> list[str]:
    return [m.key for m in query.metrics]


# --- the brief's examples -----------------------------------------------------------------------


def test_most_penalties_2020_zh(gaz):
    q = ask(gaz, "2020年哪个卫生健康局的行政处罚最多？")
    assert (q.intent, q.years, keys(q), q.bodies) == (Intent.MOST, [2020], [PENALTIES], [])
    assert q.language == "zh" and q.unknown_bodies == [] and q.inherited == []
    assert "卫生健康局" in q.bureaus  # a bureau filter, not a body


def test_most_penalties_2020_en(gaz):
    q = ask(gaz, "Which bureau had the most administrative penalties in 2020?")
    assert (q.intent, q.years, keys(q), q.bodies) == (Intent.MOST, [2020], [PENALTIES], [])
    assert q.language == "en" and q.unknown_bodies == []


def test_shapotou_licences_zh(gaz):
    q = ask(gaz, "沙坡头区卫健局2021年行政许可多少件？")
    assert (q.intent, q.bodies, q.years, keys(q)) == (Intent.LOOKUP, [SHAPOTOU], [2021], [LICENCES])


def test_shapotou_licences_en(gaz):
    q = ask(gaz, "How many licences did Shapotou District Health Bureau issue in 2021?")
    assert (q.intent, q.bodies, q.years, keys(q)) == (Intent.LOOKUP, [SHAPOTOU], [2021], [LICENCES])
    assert [m.text for m in q.mentions if m.kind == "body"] == ["Shapotou District Health Bureau"]


def test_lingwu_range_trend(gaz):
    q = ask(gaz, "灵武市卫生健康局2019到2021年的行政处罚变化")
    assert (q.intent, q.bodies, keys(q)) == (Intent.TREND, [LINGWU], [PENALTIES])
    assert q.years == [2019, 2020, 2021] and q.year_range == (2019, 2021)
    assert q.entities[0].bodies == (LINGWU_2016, LINGWU)  # the caller may widen to the rename


def test_year_outside_corpus_is_kept(gaz):
    q = ask(gaz, "海原县2022年的行政处罚是多少？")
    assert (q.bodies, q.years, keys(q), q.intent) == ([HAIYUAN], [2022], [PENALTIES], Intent.LOOKUP)


def test_unknown_body(gaz):
    q = ask(gaz, "银川市卫生健康局2020年行政处罚")
    assert q.unknown_bodies == ["银川市卫生健康局"]
    assert q.bodies == [] and q.bureaus == [] and q.years == [2020] and keys(q) == [PENALTIES]


def test_passage_when_no_metric(gaz):
    q = ask(gaz, "灵武卫生健康官方微博有多少粉丝？")
    assert q.intent == Intent.PASSAGE and q.metrics == [] and q.bodies == [LINGWU]


# --- gazetteer ----------------------------------------------------------------------------------


def test_bodies_and_entities_come_from_the_records(gaz):
    assert sorted(gaz.bodies) == sorted([LINGWU_2016, LINGWU, SHAPOTOU, HAIYUAN, XIXIA])
    assert gaz.entity_of(LINGWU_2016) == gaz.entity_of(LINGWU)
    assert gaz.entity_of(LINGWU).name == LINGWU
    assert gaz.entity_of(HAIYUAN).bodies == (HAIYUAN,)
    assert len(gaz.entities) == 4
    assert gaz.years_of(LINGWU_2016) == [2016]


@pytest.mark.parametrize("mention,bodies", [
    # full names and the records' short names
    (SHAPOTOU, [SHAPOTOU]), ("沙坡头区卫健局", [SHAPOTOU]), ("沙坡头区", [SHAPOTOU]), ("沙坡头", [SHAPOTOU]),
    (HAIYUAN, [HAIYUAN]), ("海原", [HAIYUAN]), ("西夏区", [XIXIA]),
    # abbreviations both ways
    ("灵武卫健局", [LINGWU]), ("灵武卫生健康局", [LINGWU]), ("西夏区卫生健康局", [XIXIA]),
    ("灵武市卫计局", [LINGWU_2016]), ("灵武卫生和计划生育局", [LINGWU_2016]),
    ("中卫市沙坡头区卫健局", [SHAPOTOU]),
    # a mention shared by a renamed body resolves to the whole entity
    ("灵武", [LINGWU, LINGWU_2016]), ("灵武市", [LINGWU, LINGWU_2016]),
    # a renamed name of a body that has no report under that name
    ("沙坡头区卫计局", [SHAPOTOU]), ("海原县卫生和计划生育局", [HAIYUAN]), ("海原县卫生局", [HAIYUAN]),
    # the parent region of a district: printed by 沙坡头's report, and by the national division
    # codes 海原县 is in 中卫市 too
    ("中卫市", [SHAPOTOU, HAIYUAN]),
    # English and pinyin, any case
    ("Shapotou District Health Bureau", [SHAPOTOU]), ("shapotou", [SHAPOTOU]),
    ("Zhongwei Shapotou District", [SHAPOTOU]), ("Haiyuan County", [HAIYUAN]),
    ("HAIYUAN COUNTY HEALTH BUREAU", [HAIYUAN]), ("Lingwu", [LINGWU, LINGWU_2016]),
    ("Xixia district", [XIXIA]), ("Lingwu Health and Family Planning Bureau", [LINGWU_2016]),
    ("Lingwu City Health Bureau", [LINGWU]), ("Health Bureau of Haiyuan County", [HAIYUAN]),
    ("Shapotou Health Commission", [SHAPOTOU]),
])
def test_resolve(gaz, mention, bodies):
    assert gaz.resolve(mention) == sorted(bodies)


@pytest.mark.parametrize("mention", ["银川", "卫生健康局", "Yinchuan", "health bureau", ""])
def test_resolve_nothing(gaz, mention):
    assert gaz.resolve(mention) == []


@pytest.mark.parametrize("question,text", [
    ("沙坡头区卫健局2021年行政许可多少件？", "沙坡头区卫健局"),  # not 沙坡头区 + 卫健局
    ("灵武市卫生和计划生育局2016年主动公开了多少条？", "灵武市卫生和计划生育局"),
    ("What about Shapotou District Health Bureau?", "Shapotou District Health Bureau"),
    ("中卫市沙坡头区卫生健康局", "中卫市沙坡头区卫生健康局"),
])
def test_longest_match_wins(gaz, question, text):
    assert [m.text for m in find_mentions(question, gaz) if m.kind in ("body", "region")] == [text]


def test_english_names(gaz):
    assert gaz.english_name(SHAPOTOU) == "Shapotou District Health Bureau"
    assert gaz.english_name(HAIYUAN) == "Haiyuan County Health Bureau"
    assert gaz.english_name(LINGWU_2016) == "Lingwu City Health and Family Planning Bureau"


@pytest.mark.parametrize("text,pinyin", [
    ("灵武", "lingwu"), ("沙坡头", "shapotou"), ("海原", "haiyuan"), ("西夏", "xixia"),
    ("中卫", "zhongwei"), ("银川", "yinchuan"), ("石嘴山", "shizuishan"), ("青铜峡", "qingtongxia"),
    ("固原", "guyuan"), ("吴忠", "wuzhong"), ("同心", "tongxin"), ("彭阳", "pengyang"),
    ("重庆", "chongqing"), ("长沙", "changsha"), ("鑫城", "xincheng"), ("", None), ("灵武x", None),
])
def test_romanize(text, pinyin):
    assert romanize(text) == pinyin


@pytest.mark.parametrize("question,unknown", [
    ("银川市卫生健康局2020年行政处罚", ["银川市卫生健康局"]),
    ("请问石嘴山市的行政许可有多少？", ["石嘴山市"]),
    ("同心县卫健局和海原县比，谁的处罚多？", ["同心县卫健局"]),
    ("灵武市市场监督管理局2020年行政处罚", ["灵武市市场监督管理局"]),  # known region, other bureau
    ("灵武市卫健委的行政复议", []),  # 局 said as 委: the body linker takes 灵武市卫生健康局 (issue 19)
    ("中卫市卫生健康局的申请", ["中卫市卫生健康局"]),
    ("哪个人社局的行政处罚最多", ["人社局"]),
    ("Yinchuan Health Bureau penalties in 2020", ["Yinchuan Health Bureau"]),
    ("How many fines did Tongxin County issue?", ["Tongxin County"]),
    ("Compare Lingwu and Yinchuan County", ["Yinchuan County"]),
    ("Lingwu Market Regulation Bureau fines", ["Lingwu Market Regulation Bureau"]),
    ("Zhongwei Health Bureau", ["Zhongwei Health Bureau"]),
    ("沙坡头区人民医院的申请", ["沙坡头区人民医院"]),
    ("请问银川卫健局的行政处罚", ["银川卫健局"]),
    ("哪个教育局的行政许可最多", ["教育局"]),
    ("全国卫健局的行政处罚", []),
    ("县级卫生健康局的申请", []),
    ("灵武卫生健康服务中心的申请", ["灵武卫生健康服务中心"]),  # 灵武卫生健康 + another body
    # nothing unknown
    ("2020年哪个卫生健康局的行政处罚最多？", []),
    ("Which bureau had the most administrative penalties in 2020?", []),
    ("Which county had the fewest appeals?", []),
    ("各区县的行政处罚", []),
    ("宁夏回族自治区灵武市卫生健康局的行政处罚", []),
    ("灵武的卫健局2020年行政处罚", []),
    ("全市卫生健康系统工作新格局", []),
    ("Did the health bureaus of each district publish reports?", []),
])
def test_unknown_body_mentions(gaz, question, unknown):
    assert unknown_body_mentions(question, gaz) == unknown


def test_unknown_body_is_no_body(gaz):
    q = ask(gaz, "灵武市市场监督管理局2020年行政处罚")
    assert q.bodies == [] and q.unknown_bodies == ["灵武市市场监督管理局"]


def test_gazetteer_is_built_from_records_only():
    records = [ReportRecord(
        report="x.txt", path="", sha256="", kind="text", body="同心县卫生健康局", region="同心县",
        year=2021, template="2021版", title="", pages=0, passages=0, facts=0, checks_failed=0,
        ingested_at="", short_names=["同心县卫健局", "同心县", "同心"])]
    gaz = Gazetteer(records)
    assert gaz.resolve("Tongxin County Health Bureau") == ["同心县卫生健康局"]
    assert gaz.resolve("同心卫健局") == ["同心县卫生健康局"]
    assert gaz.resolve("灵武") == []
    assert unknown_body_mentions("灵武市卫生健康局的行政处罚", gaz) == ["灵武市卫生健康局"]


# --- years --------------------------------------------------------------------------------------


@pytest.mark.parametrize("question,years,year_range", [
    ("灵武2020年行政处罚", [2020], None),
    ("2020行政处罚", [2020], None),
    ("二〇二〇年海原县行政许可", [2020], None),
    ("二零二一年海原县行政许可", [2021], None),
    ("2020年度报告", [2020], None),
    ("２０２１年的申请", [2021], None),  # full-width digits
    ("How many penalties in 2020?", [2020], None),
    ("2019年和2021年的行政处罚", [2019, 2021], None),
    ("2019到2021年", [2019, 2020, 2021], (2019, 2021)),
    ("2019年至2021年", [2019, 2020, 2021], (2019, 2021)),
    ("2019-2021", [2019, 2020, 2021], (2019, 2021)),
    ("2019～2021年间", [2019, 2020, 2021], (2019, 2021)),
    ("from 2019 to 2021", [2019, 2020, 2021], (2019, 2021)),
    ("between 2019 and 2021", [2019, 2020, 2021], (2019, 2021)),
    ("2021 to 2019", [2019, 2020, 2021], (2019, 2021)),
    ("采购总金额2074万元", [], None),  # an amount, not a year
    ("行政处罚多少件", [], None),
])
def test_years(gaz, question, years, year_range):
    q = ask(gaz, question)
    assert (q.years, q.year_range) == (years, year_range)


@pytest.mark.parametrize("question,latest", [
    ("西夏区最新的行政处罚", True), ("最近一年海原的申请", True), ("Xixia's latest report", True),
    ("the most recent year for Lingwu", True), ("灵武2020年", False),
])
def test_latest(question, latest):
    assert find_years(question.lower()).latest is latest


def test_most_recent_is_not_most(gaz):
    q = ask(gaz, "How many penalties did Lingwu have in the most recent report?")
    assert q.latest and q.intent == Intent.LOOKUP


# --- metrics ------------------------------------------------------------------------------------


@pytest.mark.parametrize("question,expected", [
    ("灵武的行政处罚", [PENALTIES]), ("灵武处罚了多少", [PENALTIES]), ("How many fines?", [PENALTIES]),
    ("penalties in Lingwu", [PENALTIES]), ("administrative penalty count", [PENALTIES]),
    ("海原的行政许可", [LICENCES]), ("许可多少件", [LICENCES]), ("licence decisions", [LICENCES]),
    ("How many licenses", [LICENCES]), ("permits issued", [LICENCES]),
    ("行政强制措施", [ENFORCEMENT]), ("coercive measures", [ENFORCEMENT]), ("enforcement", [ENFORCEMENT]),
    ("行政事业性收费", [FEES]), ("收费金额是多少", [FEES]), ("fees collected", [FEES]),
    ("政府集中采购", [PROCUREMENT]), ("采购了多少钱", [PROCUREMENT]), ("procurement", [PROCUREMENT]),
    ("采购项目有几个", [PROCUREMENT_ITEMS]), ("procurement projects", [PROCUREMENT_ITEMS]),
    ("政府信息公开申请", [REQUESTS]), ("依申请公开", [REQUESTS]), ("收到多少申请", [REQUESTS]),
    ("information requests", [REQUESTS]), ("How many applications", [REQUESTS]),
    ("行政复议", [APPEALS]), ("appeals", [APPEALS]), ("administrative reconsideration", [APPEALS]),
    ("行政诉讼", [LAWSUITS]), ("lawsuits", [LAWSUITS]), ("litigation", [LAWSUITS]),
    ("主动公开", [PROACTIVE]), ("proactively disclosed", [PROACTIVE]),
    ("规范性文件", [NORMATIVE]), ("normative documents", [NORMATIVE]),
    ("规章", [REGULATIONS]), ("regulations", [REGULATIONS]),
    ("行政处罚和行政许可", [PENALTIES, LICENCES]),
    ("penalties and licences", [PENALTIES, LICENCES]),
])
def test_metrics(gaz, question, expected):
    assert keys(ask(gaz, question)) == expected


def test_metric_records():
    assert METRICS[LAWSUITS].keys == (LAWSUITS, "行政诉讼.复议后起诉.总计", "行政诉讼数量")
    assert METRICS[REQUESTS].keys == (REQUESTS, "依申请公开情况.收到申请数")
    assert METRICS[APPEALS].keys == (APPEALS, "行政复议数量")
    assert METRICS[FEES].keys == (FEES,) and METRICS[FEES].unit == "万元"  # the 2021 amount; 2019 counts items
    assert METRICS[PROCUREMENT].unit == "万元" and METRICS[PENALTIES].en == "administrative penalties"
    assert set(SYNONYMS) == set(METRICS)


def test_a_column_named_for_a_statistic_whose_columns_differ_by_template(gaz):
    # 行政事业性收费 is an amount (万元) in 2021 and counted in items in 2019: 本年增/减 and
    # 上一年项目数量 are cells of the 2019 row, not "no template has it".
    assert keys(ask(gaz, "2020年行政事业性收费的本年增/减是多少")) == ["行政事业性收费.本年增减"]
    assert keys(ask(gaz, "2020年行政事业性收费的上一年项目数量")) == ["行政事业性收费.上一年项目数量"]


# --- intent -------------------------------------------------------------------------------------


@pytest.mark.parametrize("question,intent", [
    ("2020年灵武的行政处罚是多少？", Intent.LOOKUP),
    ("How many penalties did Haiyuan have in 2020?", Intent.LOOKUP),
    ("哪个卫生健康局的行政许可最多？", Intent.MOST),
    ("行政处罚最高的是哪个局", Intent.MOST),
    ("Which body had the highest number of requests?", Intent.MOST),
    ("largest procurement amount", Intent.MOST),
    ("In 2020, which district had more lawsuits, Xixia or Shapotou?", Intent.MOST),
    ("灵武和海原哪个的行政处罚更多", Intent.MOST),
    ("Which had fewer appeals, Lingwu or Haiyuan?", Intent.LEAST),
    ("哪个局的行政复议最少", Intent.LEAST),
    ("Which county had the fewest appeals?", Intent.LEAST),
    ("lowest fees", Intent.LEAST),
    ("2020年各局行政处罚总共多少件", Intent.TOTAL),
    ("行政许可一共有多少", Intent.TOTAL),
    ("What is the total number of penalties in 2020?", Intent.TOTAL),
    ("penalties of all bodies altogether", Intent.TOTAL),
    ("平均每个局多少行政处罚", Intent.AVERAGE),
    ("What is the average number of licences?", Intent.AVERAGE),
    ("行政处罚排名", Intent.RANKING),
    ("按行政许可排序", Intent.RANKING),
    ("Rank the bodies by penalties", Intent.RANKING),
    ("top 3 bodies by requests", Intent.RANKING),
    ("灵武和海原的行政处罚相差多少", Intent.DIFFERENCE),
    ("灵武的行政处罚比海原多多少", Intent.DIFFERENCE),
    ("对比灵武和海原的行政许可", Intent.DIFFERENCE),
    ("Compare the penalties of Lingwu and Haiyuan", Intent.DIFFERENCE),
    ("Did Lingwu have more penalties than Haiyuan?", Intent.DIFFERENCE),
    ("Which had more penalties than Haiyuan?", Intent.DIFFERENCE),
    ("2020年灵武的行政处罚比2019年增加了吗", Intent.DIFFERENCE),
    ("Lingwu vs Haiyuan penalties 2020", Intent.DIFFERENCE),
    ("What is the difference in requests?", Intent.DIFFERENCE),
    ("灵武历年的行政处罚", Intent.TREND),
    ("行政许可的变化趋势", Intent.TREND),
    ("行政处罚逐年增长吗", Intent.TREND),
    ("How did penalties change over the years?", Intent.TREND),
    ("What is the trend in requests?", Intent.TREND),
    ("哪些局有行政强制", Intent.LIST),
    ("列出有行政处罚的局", Intent.LIST),
    ("List the bodies with penalties", Intent.LIST),
    ("你这里有多少份年报？", Intent.COUNT_REPORTS),
    ("How many reports do you have?", Intent.COUNT_REPORTS),
    ("你这里有哪些年报？", Intent.CORPUS),
    ("有哪些报告", Intent.CORPUS),
    ("What reports do you have?", Intent.CORPUS),
    ("Which reports are in the corpus?", Intent.CORPUS),
    ("灵武卫生健康官方微博有多少粉丝？", Intent.PASSAGE),
    ("What problems did Xixia report?", Intent.PASSAGE),
    ("哪个局的微博粉丝最多", Intent.PASSAGE),  # a cue, but no table metric
    ("出处是哪里？", Intent.SOURCE),
    ("数据来源是什么", Intent.SOURCE),
    ("Where is that from?", Intent.SOURCE),
    ("Can you cite the source?", Intent.SOURCE),
    ("为什么？", Intent.WHY),
    ("为什么灵武的行政处罚这么多", Intent.WHY),
    ("why?", Intent.WHY),
    ("How come?", Intent.WHY),
])
def test_intent(gaz, question, intent):
    assert ask(gaz, question).intent == intent


@pytest.mark.parametrize("text,language", [
    ("灵武2020年行政处罚", "zh"), ("Shapotou 2021年", "zh"), ("Lingwu 2020", "en"), ("", "en"),
])
def test_language(text, language):
    assert detect_language(text) == language


# --- follow-ups ---------------------------------------------------------------------------------


def test_follow_up_new_metric(gaz):
    first = ask(gaz, "2020年哪个卫生健康局的行政处罚最多？")
    q = ask(gaz, "那行政许可呢？", first)
    assert (q.intent, q.years, keys(q), q.bodies) == (Intent.MOST, [2020], [LICENCES], [])
    assert set(q.inherited) == {"bodies", "years", "intent"}


def test_follow_up_new_body_after_most_asks_for_its_value(gaz):
    first = ask(gaz, "2020年哪个卫生健康局的行政处罚最多？")
    q = ask(gaz, "灵武市呢？", first)
    assert (q.bodies, q.years, keys(q), q.intent) == (
        [LINGWU, LINGWU_2016], [2020], [PENALTIES], Intent.LOOKUP)


def test_follow_up_chain_of_three_zh(gaz):
    q1 = ask(gaz, "沙坡头区卫健局2021年行政许可多少件？")
    q2 = ask(gaz, "那行政处罚呢？", q1)
    q3 = ask(gaz, "2020年呢？", q2)
    assert (q2.bodies, q2.years, keys(q2)) == ([SHAPOTOU], [2021], [PENALTIES])
    assert (q3.bodies, q3.years, keys(q3), q3.intent) == ([SHAPOTOU], [2020], [PENALTIES], Intent.LOOKUP)
    assert set(q3.inherited) == {"bodies", "metrics", "intent"}
    q4 = ask(gaz, "出处是哪里？", q3)
    assert (q4.intent, q4.bodies, q4.years, keys(q4)) == (Intent.SOURCE, [SHAPOTOU], [2020], [PENALTIES])
    assert set(q4.inherited) == {"bodies", "years", "metrics"}


def test_follow_up_chain_of_three_en(gaz):
    q1 = ask(gaz, "How many penalties did Haiyuan County have in 2020?")
    q2 = ask(gaz, "and in 2021?", q1)
    q3 = ask(gaz, "What about Xixia?", q2)
    assert (q2.bodies, q2.years, keys(q2)) == ([HAIYUAN], [2021], [PENALTIES])
    assert (q3.bodies, q3.years, keys(q3), q3.intent) == ([XIXIA], [2021], [PENALTIES], Intent.LOOKUP)
    assert q3.topic == q1.text
    q4 = ask(gaz, "why?", q3)
    assert (q4.intent, q4.bodies, q4.years, keys(q4)) == (Intent.WHY, [XIXIA], [2021], [PENALTIES])


def test_follow_up_of_a_passage_question_keeps_its_topic(gaz):
    q1 = ask(gaz, "灵武卫生健康官方微博有多少粉丝？")
    q2 = ask(gaz, "海原呢？", q1)
    assert (q2.intent, q2.bodies, q2.topic) == (Intent.PASSAGE, [HAIYUAN], q1.text)


def test_passage_search_helpers(gaz):
    q1 = ask(gaz, "灵武卫生健康官方微博有多少粉丝？")
    assert {"灵武", "卫生", "健康", "灵武卫生健康"} <= q1.drop_terms and "微博" not in q1.drop_terms
    q2 = ask(gaz, "海原呢？", q1)
    assert q2.topic == q1.text  # what passage search adds to a follow-up (assistant/passages.py)
    assert {"海原", "灵武"} <= q2.drop_terms
    assert METRICS[PENALTIES].name("zh") == "行政处罚"
    assert METRICS[PENALTIES].name("en") == "administrative penalties"


def test_follow_up_keeps_an_unknown_body(gaz):
    q1 = ask(gaz, "银川市卫生健康局2020年行政处罚")
    q2 = ask(gaz, "那2021年呢？", q1)
    assert q2.unknown_bodies == ["银川市卫生健康局"] and q2.bodies == [] and q2.years == [2021]


def test_follow_up_with_range_and_new_metric(gaz):
    q1 = ask(gaz, "灵武市卫生健康局2019到2021年的行政处罚变化")
    q2 = ask(gaz, "行政许可呢？", q1)
    assert (q2.intent, q2.bodies, q2.years, q2.year_range, keys(q2)) == (
        Intent.TREND, [LINGWU], [2019, 2020, 2021], (2019, 2021), [LICENCES])


@pytest.mark.parametrize("question", [
    "Which bureau had the most administrative penalties in 2020?",
    "2020年哪个卫生健康局的行政处罚最多？",
    "海原县2022年的行政处罚是多少？",
    "What reports do you have?",
    "你这里有多少份年报？",
])
def test_full_question_does_not_inherit(gaz, question):
    previous = ask(gaz, "灵武市卫生健康局2019到2021年的行政许可变化")
    q = ask(gaz, question, previous)
    assert q.inherited == [] and q == ask(gaz, question)


def test_source_question_with_which_still_inherits(gaz):
    q1 = ask(gaz, "沙坡头区卫健局2021年行政许可多少件？")
    q2 = ask(gaz, "Which page is that on?", q1)
    assert (q2.intent, q2.bodies, q2.years, keys(q2)) == (Intent.SOURCE, [SHAPOTOU], [2021], [LICENCES])


def test_all_years_follow_up(gaz):
    q1 = ask(gaz, "沙坡头区卫健局2021年行政许可多少件？")
    q2 = ask(gaz, "What about all years?", q1)
    assert (q2.bodies, q2.years, keys(q2)) == ([SHAPOTOU], [], [LICENCES])
    assert "years" not in q2.inherited


def test_follow_up_with_two_bodies(gaz):
    q1 = ask(gaz, "沙坡头区卫健局2021年行政许可多少件？")
    q2 = ask(gaz, "灵武和海原分别是多少", q1)
    assert (q2.years, keys(q2), q2.intent) == ([2021], [LICENCES], Intent.LOOKUP)
    assert sorted(q2.bodies) == sorted([LINGWU, LINGWU_2016, HAIYUAN]) and len(q2.entities) == 2


def test_a_question_naming_year_and_statistic_but_no_body_keeps_the_body(gaz):
    # issue 19 (dialog round): in a conversation about one body, a turn that names no body keeps
    # it (it was a new question over every body before); a frame across bodies stays across
    q1 = ask(gaz, "沙坡头区卫健局2021年行政许可多少件？")
    q2 = ask(gaz, "2020年行政处罚多少？", q1)
    assert (q2.bodies, q2.years, keys(q2), q2.inherited[:1]) == ([SHAPOTOU], [2020], [PENALTIES], ["bodies"])
    q3 = ask(gaz, "2020年哪个机关行政处罚最多？", q1)
    assert q3.bodies != [SHAPOTOU] and "bodies" not in q3.inherited


def test_why_and_source_without_previous(gaz):
    assert ask(gaz, "why?").intent == Intent.WHY
    q = ask(gaz, "出处是哪里？")
    assert (q.intent, q.bodies, q.metrics, q.inherited) == (Intent.SOURCE, [], [], [])


# --- question hygiene ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "???", "1234 5678", "？！。", "x" * (MAX_QUESTION_CHARS + 1),
                                  "灵" * (MAX_QUESTION_CHARS + 1)])
def test_validate_rejects(text):
    problem = validate_question(text)
    assert isinstance(problem, str) and problem


@pytest.mark.parametrize("text", ["灵武2020年行政处罚？", "why?", "a" * MAX_QUESTION_CHARS, "2020年呢"])
def test_validate_accepts(text):
    assert validate_question(text) is None


def test_validate_speaks_the_question_language():
    assert "太长" in validate_question("灵" * (MAX_QUESTION_CHARS + 1))
    assert "too long" in validate_question("x" * (MAX_QUESTION_CHARS + 1))


# --- one body across years and spellings ---------------------------------------------------------


def _records(*bodies_years: tuple[str, int]) -> list[ReportRecord]:
    from index.metadata import short_names, split_body

    out = []
    for body, year in bodies_years:
        region, bureau = split_body(body)
        out.append(ReportRecord(report=f"{body}{year}", path="", sha256="", kind="text", body=body, region=region,
                                year=year, template="2021版", title="", pages=0, passages=0, facts=0,
                                checks_failed=0, ingested_at="", short_names=short_names(region, bureau)))
    return out


def test_name_with_and_without_its_city_is_one_entity():
    gaz = Gazetteer(_records(("洪泽区人民政府", 2023), ("淮安市洪泽区人民政府", 2024), ("淮安市人民政府", 2024)))
    entity = gaz.entity_of("洪泽区人民政府")
    assert entity is gaz.entity_of("淮安市洪泽区人民政府") and entity.bodies == ("洪泽区人民政府", "淮安市洪泽区人民政府")
    assert "with or without its city" in entity.how
    assert gaz.entity_of("淮安市人民政府") is not entity
    assert set(gaz.resolve("洪泽区政府")) == {"洪泽区人民政府", "淮安市洪泽区人民政府"}


def test_region_and_its_administrative_committee_are_one_government():
    gaz = Gazetteer(_records(("平潭综合实验区", 2012), ("平潭综合实验区管委会", 2014), ("平潭县人民政府", 2012),
                             ("平潭综合实验区综合执法与应急管理局", 2021)))
    assert gaz.entity_of("平潭综合实验区") is gaz.entity_of("平潭综合实验区管委会")
    assert gaz.entity_of("平潭县人民政府") is not gaz.entity_of("平潭综合实验区管委会")
    assert gaz.resolve("区执法应急局") == ["平潭综合实验区综合执法与应急管理局"]
    assert gaz.resolve("平潭执法应急局") == ["平潭综合实验区综合执法与应急管理局"]


def test_a_bureau_of_a_district_in_a_zhou_city_is_found_without_its_city():
    gaz = Gazetteer(_records(("杭州市西湖区教育局", 2022), ("杭州市教育局", 2022)))
    assert ask(gaz, "西湖区教育局2022年行政处罚").bodies == ["杭州市西湖区教育局"]
    assert ask(gaz, "杭州市教育局2022年行政处罚").bodies == ["杭州市教育局"]


def test_division_short_name_is_not_found_inside_another_name():
    gaz = Gazetteer(_records(("灵武市卫生健康局", 2020)))
    q = ask(gaz, "银川市卫生健康局2020年行政处罚")
    assert q.unknown_bodies == ["银川市卫生健康局"] and q.bodies == []


def validate_question(text: str) -> str | None:
    """What the user is told about a text that is no question (None: it is one)."""
    problem = check_question(text)
    return None if problem is None else problem_text(problem, detect_language(text))


def test_a_region_before_a_sites_word_names_the_site_not_bodies_to_answer_for():
    gaz = Gazetteer(_records(("杭州市人民政府", 2022), ("杭州市教育局", 2022), ("杭州市民政局", 2022)))
    q = ask(gaz, "Besides the main Hangzhou portal, which bureau website can Hangzhou's education bureau's 2022 report "
                 "be downloaded from?")
    assert q.bodies == ["杭州市教育局"]
    assert ask(gaz, "除了杭州门户网站，杭州市教育局2022年的年报还能在哪个网站下载？").bodies == ["杭州市教育局"]
    assert ask(gaz, "杭州门户网站2022年发布了多少条信息？").bodies == ["杭州市人民政府"]  # no other body: the region's


@pytest.mark.parametrize("question,key", [
    ("灵武卫计局2016年开了几次新闻发布会", "回应解读情况.参加或举办新闻发布会总次数"),
    ("2016年灵武市卫计局政府网站在线访谈搞了几次", "回应解读情况.政府网站在线访谈次数"),
])
def test_a_row_is_named_by_its_label_without_the_count_ending(gaz, question, key):
    """"…新闻发布会总次数" is asked as "几次新闻发布会": the label's 总次数 / 次数 / 人数, like its
    数 / 数量, is the question's 几次 / 多少."""
    query = understand(question, gaz)
    assert {k for m in query.metrics for k in m.keys} == {key}


@pytest.mark.parametrize("question,intent", [
    ("沙坡头区卫健局的行政许可哪年多", Intent.MOST),
    ("哪个卫健局2020年行政处罚高？", Intent.MOST),
    ("灵武市卫健局哪一年行政强制少呢", Intent.LEAST),
])
def test_a_which_question_ending_on_more_or_fewer_is_a_superlative(gaz, question, intent):
    """"哪年多" needs no 最 / 更: the question ends on what it compares."""
    assert understand(question, gaz).intent == intent


@pytest.mark.parametrize("question", ["沙坡头区卫健局哪年收到的申请多少", "哪个卫健局2020年行政处罚是多少"])
def test_the_duo_of_duoshao_is_no_superlative(gaz, question):
    assert understand(question, gaz).intent not in (Intent.MOST, Intent.LEAST)


def test_taken_to_court_is_a_lawsuit(gaz):
    """法庭 is said for 法院: "被告上法庭" is 行政诉讼."""
    keys = {k for m in understand("海原县卫健局2020年被人告上法庭了几次", gaz).metrics for k in m.keys}
    assert keys and all(k.startswith("行政诉讼") for k in keys)



@pytest.mark.parametrize("question", ["淮安市2024年出台了几个规范性文件", "淮安2024年有几个申请是企业提的"])
def test_jige_of_a_count_is_no_question_across_bodies(question):
    """"几个规范性文件" counts one body's documents: a city names its own government, not also the
    district government of the city (淮安市洪泽区) the corpus holds."""
    from tests.conftest import REAL_REPORTS, gazetteer_of

    gazetteer = gazetteer_of([REAL_REPORTS / "huaian_2024.pdf", REAL_REPORTS / "hongze_2024.pdf"])
    assert understand(question, gazetteer).bodies == ["淮安市人民政府"]
    assert len(understand("淮安这几个单位2024年的行政处罚各是多少", gazetteer).bodies) == 2


@pytest.mark.parametrize("question,column", [
    ("In 2020, how many of Haiyuan health bureau's lawsuits ended with the court correcting it?", "结果纠正"),
    ("How many reconsiderations of Xixia health bureau in 2023 ended with the review body upholding the decision?",
     "结果维持"),
    ("Haiyuan health bureau 2020: in how many lawsuits did the court rule against the bureau?", "结果纠正"),
])
def test_outcomes_said_with_other_forms_of_their_verbs(gaz, question, column):
    """The outcome verbs as a gerund or present, or said of the court, name the outcome column."""
    keys = {k for m in understand(question, gaz).metrics for k in m.keys}
    assert keys and all(k.endswith(column) for k in keys), keys


@pytest.mark.parametrize("question,row", [
    ("Haiyuan health bureau 2020: requests refused because they would endanger security?", "危及三安全一稳定"),
    ("How many of Xixia health bureau's 2023 requests were withheld to protect third parties?", "保护第三方合法权益"),
    ("Haiyuan health bureau 2020: how many requests were refused as state secrets?", "属于国家秘密"),
])
def test_refusal_grounds_in_english(gaz, question, row):
    keys = {k for m in understand(question, gaz).metrics for k in m.keys}
    assert keys and all(row in k for k in keys), keys


@pytest.mark.parametrize("question", ["Xixia health bureau 2023 requests received?",
                                      "Haiyuan health bureau 2020 - applications received?"])
def test_requests_received_in_english_is_the_concept_in_every_template(gaz, question):
    """"requests received" is also the old appendix's row label in English: it names the
    concept, so a report of a later template reads its own row (本年新收), not "not in its template"."""
    keys = {k for m in understand(question, gaz).metrics for k in m.keys}
    assert any("本年新收" in k for k in keys), keys


@pytest.mark.parametrize("question,intent", [
    ("把灵武市卫健局2016年和2020年的行政处罚加总是多少", Intent.TOTAL),
    # every sum word of the lexicon asks a total (加在一起 / 合在一起 were sums in one home only)
    ("海原县卫健局和西夏区卫健局2020年的行政处罚加在一起是多少", Intent.TOTAL),
    ("灵武市卫健局2016年和2020年的行政许可合在一起有几件", Intent.TOTAL),
    ("西夏区卫健局2019、2020两年的行政强制之和", Intent.TOTAL),
    ("海原县卫健局2020年办结的申请中，以“本机关不掌握相关政府信息”为由无法提供的占多少", Intent.RATIO),
    ("海原县卫健局2020年予以公开的申请占办结总数多少？", Intent.RATIO),
])
def test_a_total_said_as_jiazong_and_a_share_of_a_long_named_part(gaz, question, intent):
    assert understand(question, gaz).intent == intent


@pytest.mark.parametrize("question", ["海原县卫健局2020年依申请公开中全部同意公开的有几件？",
                                      "西夏区卫健局2023年对依申请公开的，全部同意公开的有几件"])
def test_an_old_appendix_row_asked_of_a_newer_report_is_its_row_of_the_same_meaning(gaz, question):
    """同意公开答复数 (the 2008-2018 appendix) is 予以公开 of the 2019+ tables: the report of a
    newer template answers it (it said the template lacks it)."""
    keys = {k for m in understand(question, gaz).metrics for k in m.keys}
    assert "政府信息公开申请.予以公开.总计" in keys and "依申请公开情况.同意公开答复数" in keys, keys
