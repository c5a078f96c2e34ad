"""Extraction over the five sample reports: metadata, facts and checks, against values read
by hand from the files, plus the text shapes of report-format.md in small synthetic snippets."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.clean import clean_document, collapse_repeats, is_artifact
from index.document import DocPage, Document
from index.extract import ExtractError, extract_report
from index.forms import load_document
from index.metadata import region_parts, short_names, split_body
from index.models import TEMPLATE_2019, TEMPLATE_2021, TEMPLATE_PRE2019

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "sample-reports"


def sample(prefix: str) -> Path:
    return next(SAMPLES.glob(prefix + "_*.txt"))


@pytest.fixture(scope="module")
def extracted():
    return {p: extract_report(str(sample(p))) for p in ("000", "001", "002", "003", "004")}


def values(report, metric_prefix: str) -> list:
    return [f.value for f in report.facts if f.metric.startswith(metric_prefix + ".") or f.metric == metric_prefix]


# --- metadata -----------------------------------------------------------------------------

@pytest.mark.parametrize("prefix,body,region,year,template", [
    ("000", "灵武市卫生健康局", "灵武市", 2020, TEMPLATE_2019),
    ("001", "中卫市沙坡头区卫生健康局", "中卫市沙坡头区", 2021, TEMPLATE_2021),
    ("002", "海原县卫生健康局", "海原县", 2020, TEMPLATE_2019),
    ("003", "西夏区卫生健康局", "西夏区", 2023, TEMPLATE_2021),
    ("004", "灵武市卫生和计划生育局", "灵武市", 2016, TEMPLATE_PRE2019),
])
def test_metadata(extracted, prefix, body, region, year, template):
    meta = extracted[prefix].meta
    assert (meta.body, meta.region, meta.year, meta.template) == (body, region, year, template)


def test_sections_of_modern_reports_are_the_six(extracted):
    for prefix in ("000", "001", "002", "003"):
        titles = [s.title for s in extracted[prefix].meta.sections]
        assert [t[:2] for t in titles] == ["一、", "二、", "三、", "四、", "五、", "六、"], titles
        assert "收到和处理" in titles[2]
        starts = [s.start for s in extracted[prefix].meta.sections]
        assert starts == sorted(starts)


def test_old_report_sections_are_deduplicated_and_include_the_appendix(extracted):
    titles = [s.title for s in extracted["004"].meta.sections]
    assert titles[0] == "一、加强组织领导,推进政务公开工作"
    assert titles[7] == "八、2017年政务公开工作打算"  # printed as 八、八、八、八、2012012012017777...
    assert "统计表" in titles[-1]


def test_short_names():
    region, bureau = split_body("中卫市沙坡头区卫生健康局")
    assert (region, bureau) == ("中卫市沙坡头区", "卫生健康局")
    names = short_names(region, bureau)
    assert {"沙坡头区卫健局", "沙坡头区", "沙坡头"} <= set(names)
    assert split_body("中卫市市场监督管理局") == ("中卫市", "市场监督管理局")


def test_a_city_whose_name_ends_in_zhou_is_one_part():
    # 州 is a division word (甘孜州), but 杭州市 is 杭州 + 市, not 杭 + 州 + 市西湖区.
    region, bureau = split_body("杭州市西湖区教育局")
    assert region_parts(region) == ["杭州市", "西湖区"]
    assert {"西湖区教育局", "西湖区"} <= set(short_names(region, bureau))
    assert region_parts("北京市通州区") == ["北京市", "通州区"]
    assert region_parts("甘孜州康定市") == ["甘孜州", "康定市"]
    assert region_parts("江苏省镇江市") == ["江苏省", "镇江市"]


# --- facts: section 二 ----------------------------------------------------------------------

def test_2020_lingwu_section2(extracted):
    r = extracted["000"]
    assert values(r, "行政许可") == [0, 0, 0]
    assert values(r, "行政处罚") == [33, 0, 33]
    assert values(r, "行政强制") == [0, 0, 0]
    assert values(r, "行政事业性收费") == [0, 0]
    fees = [f for f in r.facts if f.metric == "政府集中采购.采购总金额"][0]
    assert (fees.value, fees.unit) == (2074, "万元")
    assert values(r, "政府集中采购") == [9, 2074]


def test_2020_haiyuan_tab_separated_with_signs(extracted):
    r = extracted["002"]
    assert values(r, "行政许可") == [118, 28, 146]
    assert values(r, "行政处罚") == [66, -22, 44]
    assert values(r, "行政强制") == [0, 0, 0]
    assert values(r, "行政事业性收费") == [0, 0]
    assert values(r, "政府集中采购") == [0, 0]


def test_2021_shapotou(extracted):
    r = extracted["001"]
    assert values(r, "行政许可") == [137]
    assert values(r, "行政处罚") == [0]
    assert values(r, "行政强制") == [0]
    fee = [f for f in r.facts if f.metric == "行政事业性收费.收费金额"][0]
    assert (fee.value, fee.unit, fee.column) == (600.72, "万元", "本年收费金额")
    assert values(r, "规范性文件") == [0, 0, 0]
    assert not [f for f in r.facts if f.metric.startswith("政府集中采购")]


def test_2023_xixia(extracted):
    r = extracted["003"]
    assert values(r, "行政许可") == [0]
    assert values(r, "行政处罚") == [31]
    assert values(r, "行政强制") == [0]
    assert values(r, "行政事业性收费") == [0]


def test_penalties_share_one_metric_across_templates(extracted):
    keys = {f.metric for p in ("000", "001", "002", "003") for f in extracted[p].facts if f.row == "行政处罚"}
    assert "行政处罚.处理决定数量" in keys


# --- facts: sections 三 and 四 ----------------------------------------------------------------

@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_requests_matrix(extracted, prefix):
    r = extracted[prefix]
    new = [f for f in r.facts if f.metric.startswith("政府信息公开申请.本年新收.")]
    assert [f.column for f in new] == ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    assert [f.value for f in new] == [0] * 7
    rows = {f.metric.rsplit(".", 1)[0] for f in r.facts if f.metric.startswith("政府信息公开申请.")}
    expected_rows = 25 if r.meta.template == TEMPLATE_2021 else 23
    assert len(rows) == expected_rows, sorted(rows)
    appeals = [f for f in r.facts if f.metric.startswith(("行政复议.", "行政诉讼."))]
    assert len(appeals) == 15 and all(f.value == 0 for f in appeals)


def test_split_label_rows_are_matched_by_meaning(extracted):
    # "5.要求行政机关 0 0 0 0 0 0 0" with the rest of its label printed after the numbers
    r = extracted["000"]
    row = [f for f in r.facts if "要求行政机关确认" in f.metric]
    assert len(row) == 7
    assert "5.要求行政机关" in row[0].source_text
    other = [f for f in r.facts if f.metric == "政府信息公开申请.其他处理.总计"]
    assert len(other) == 1


# --- facts: the old appendix ---------------------------------------------------------------

def test_old_appendix(extracted):
    r = extracted["004"]
    by_label = {f.label: f for f in r.facts}
    assert by_label["主动公开政府信息数"].value == 149
    assert by_label["主动公开政府信息数"].unit == "条"
    assert by_label["政府网站公开政府信息数"].value == 113
    assert by_label["其他方式公开政府信息数"].value == 36
    assert by_label["政府公报公开政府信息数"].value is None  # blank cell, not 0
    assert by_label["收到申请数"].value == 0
    for channel in ("当面申请数", "传真申请数", "网络申请数", "信函申请数"):
        assert by_label[channel].value is None
    assert by_label["微博微信回应事件数"].value == 6
    assert by_label["从事政府信息公开工作人员数"].value == 2
    assert by_label["接受培训人员数"].unit == "人次"
    assert by_label["依申请公开信息收取的费用"].unit == "万元"
    blank_appeal = [f for f in r.facts if f.metric == "行政复议数量.其他情形数"][0]
    assert blank_appeal.value is None


# --- provenance and checks -------------------------------------------------------------------

def test_every_fact_has_provenance(extracted):
    for r in extracted.values():
        assert r.facts
        for f in r.facts:
            assert f.report == r.report and f.body == r.meta.body and f.year == r.meta.year
            assert f.page is not None and f.source_text
            if f.value is not None:
                shown = f"{f.value:g}" if isinstance(f.value, float) else str(abs(f.value))
                assert shown in f.source_text, (f.metric, f.source_text)


def test_source_text_is_verbatim_from_the_file(extracted):
    for prefix, r in extracted.items():
        raw = sample(prefix).read_text(encoding="utf-8")
        for f in r.facts:
            for line in f.source_text.splitlines():
                assert line in raw, (f.metric, line)


def test_checks_are_run_and_pass_on_consistent_samples(extracted):
    for prefix in ("000", "001", "002", "003"):
        checks = extracted[prefix].checks
        assert len(checks) >= 7 + 23 + 3
        assert all(c.passed for c in checks), [c.detail for c in checks if not c.passed]


def test_failed_check_is_recorded_on_the_fact(tmp_path):
    text = sample("002").read_text(encoding="utf-8").replace(
        "四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0", "四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t5")
    path = tmp_path / "changed.txt"
    path.write_text(text, encoding="utf-8")
    r = extract_report(str(path))
    failed = [c for c in r.checks if not c.passed]
    assert any("总计" in c.name for c in failed)
    carried = [f for f in r.facts if f.metric == "政府信息公开申请.结转下年度.总计"][0]
    assert carried.value == 5 and carried.check_failed


# --- cleaning ----------------------------------------------------------------------------------

def test_collapse_fake_bold_repeats():
    assert collapse_repeats("八、八、八、八、2012012012017777 年政务公开工作打算年政务公开工作打算年政务公开工作打算年政务公开工作打算") \
        == "八、2017年政务公开工作打算"
    assert collapse_repeats("一、加强组织领导，推进政务公开工作。" * 4) == "一、加强组织领导，推进政务公开工作。"
    assert collapse_repeats("行政处罚 33 0 33") == "行政处罚 33 0 33"
    assert collapse_repeats("我局积极公开信息，信息公开") == "我局积极公开信息，信息公开"


def test_artifacts_dropped():
    assert is_artifact("mailto:lwws_bgs@163.com）。")
    assert is_artifact("- 3 -") and is_artifact("12") and is_artifact("第 2 页")
    assert not is_artifact("2020 年，我局没有行政事业性收费发生。")


def test_hard_wrapped_lines_are_joined_and_fullwidth_digits_normalized():
    doc = Document("x", "x", "0", "text", [DocPage(1, "我局有官方微博，所有上传信息均由\n\n局办公室统一管理。拥有粉丝２１４４人。\n")])
    clean = clean_document(doc)
    assert "均由局办公室统一管理。拥有粉丝2144人。" in clean.text


# --- text shapes of extraction ---------------------------------------------------------------

HEADER_2019 = "XX县卫生健康局2020年政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n"
TAIL = "\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n"


def _facts_of(tmp_path: Path, section2: str):
    path = tmp_path / "r.txt"
    path.write_text(HEADER_2019 + section2 + TAIL, encoding="utf-8")
    return extract_report(str(path))


def test_blank_tab_cell_is_none(tmp_path):
    r = _facts_of(tmp_path, "第二十条第（六）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政处罚\t12\t\t7\n")
    assert values(r, "行政处罚") == [12, None, 7]


def test_dropped_blank_cell_is_not_guessed(tmp_path):
    # Two numbers for three cells: which one is blank is lost, and "12" is not cut into 1|2.
    r = _facts_of(tmp_path, "行政处罚 12 7\n")
    facts = [f for f in r.facts if f.metric.startswith("行政处罚.")]
    assert [f.value for f in facts] == [None, None, None]
    assert {f.status for f in facts} == {"unreadable"} and "blank" in facts[0].note


def test_one_cell_per_line_and_glued_unit(tmp_path):
    r = _facts_of(tmp_path, "行政处罚\n\n5\n\n0\n\n5\n\n政府集中采购\n3\n120.5万元\n")
    assert values(r, "行政处罚") == [5, 0, 5]
    amount = [f for f in r.facts if f.metric == "政府集中采购.采购总金额"][0]
    assert (amount.value, amount.unit) == (120.5, "万元")


def test_row_with_too_few_values_is_not_guessed(tmp_path):
    r = _facts_of(tmp_path, "行政许可 9\n")
    assert values(r, "行政许可") == [None, None, None]
    assert any("行政许可" in p for p in r.problems)


def test_full_width_digits_in_table(tmp_path):
    r = _facts_of(tmp_path, "行政处罚　３３　０　３３\n")
    assert values(r, "行政处罚") == [33, 0, 33]


# --- not a report -----------------------------------------------------------------------------

def test_unrelated_text_is_rejected(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("关于召开2020年度工作会议的通知\n各科室：定于下周一召开会议。\n", encoding="utf-8")
    with pytest.raises(ExtractError, match="not a"):
        extract_report(str(path))


def test_report_without_body_or_year_is_reported(tmp_path):
    path = tmp_path / "anon.txt"
    path.write_text("政府信息公开工作年度报告\n一、总体情况\n本年度我局认真落实。\n", encoding="utf-8")
    with pytest.raises(ExtractError, match="body and year"):
        extract_report(str(path))


def test_loaded_pages_of_text_sample():
    doc = load_document(sample("000"))
    assert doc.kind == "text" and len(doc.pages) > 3


def test_blank_last_cell_of_a_tab_row(tmp_path):
    r = _facts_of(tmp_path, "第二十条第（八）项\t\t\n信息内容\t上一年项目数量\t本年增/减\n行政事业性收费\t2\t\n")
    assert values(r, "行政事业性收费") == [2, None]


# --- metadata from real documents ---------------------------------------------------------------

MINIMAL = "一、总体情况\n正文。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n"


def _meta_of(tmp_path: Path, text: str):
    path = tmp_path / "m.txt"
    path.write_text(text, encoding="utf-8")
    return extract_report(str(path)).meta


def test_lookalike_character_in_the_title_is_corrected(tmp_path):
    text = ("沐阳县人民政府2022年政府信息公开工作年度报告\n本报告由沭阳县人民政府办公室编制。\n" + MINIMAL
            + "如对本报告有疑问，请与沭阳县人民政府办公室联系。沭阳县人民政府\n")
    assert _meta_of(tmp_path, text).body == "沭阳县人民政府"


def test_city_left_out_of_the_title_is_completed(tmp_path):
    text = "洪泽区人民政府\n2023年政府信息公开工作年度报告\n本报告由淮安市洪泽区人民政府办公室编制。\n" + MINIMAL
    assert _meta_of(tmp_path, text).body == "淮安市洪泽区人民政府"


def test_region_only_title_names_its_government(tmp_path):
    text = "平潭综合实验区2013年政府信息公开工作年度报告\n平潭综合实验区管委会办公室\n" + MINIMAL + \
        "平潭综合实验区管委会推进政务公开。\n"
    assert _meta_of(tmp_path, text).body == "平潭综合实验区管委会"


def test_abbreviated_title_gets_its_place(tmp_path):
    text = "区公安局2020年政府信息公开工作年度报告\n" + MINIMAL + "联系单位：平潭综合实验区公安局办公室。\n"
    assert _meta_of(tmp_path, text).body == "平潭综合实验区公安局"


def test_capture_header_breadcrumbs_and_timestamps_are_not_data(tmp_path):
    text = ("标题: 平潭综合实验区财政金融局2022年度 政府信息公开工作年度报告\n发布时间: 2023-01-05 10:14\n"
            "发布机构: \n栏目: 政府信息公开年报\n==================== 正文 ====================\n"
            "当前位置： 首页政务公开政府信息公开 来源： 时间：2023-01-05 10:14 --> 微信 微博 QQ空间 全真版 文字版 "
            "根据《条例》要求编制本报告。" + MINIMAL.replace("\n", ""))
    meta = _meta_of(tmp_path, text)
    assert (meta.body, meta.year, meta.title_source) == ("平潭综合实验区财政金融局", 2022, "header")


def test_title_missing_body_from_opening_sentence(tmp_path):
    text = "2021年政府信息公开工作年度报告\n本报告由海原县卫生健康局根据《条例》编制。\n" + MINIMAL
    meta = _meta_of(tmp_path, text)
    assert (meta.body, meta.year) == ("海原县卫生健康局", 2021)


def test_notice_about_reports_is_not_a_report(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("关于做好2020年政府信息公开工作年度报告编制发布工作的通知\n各乡镇人民政府：请于1月31日前报送。\n",
                    encoding="utf-8")
    with pytest.raises(ExtractError, match="notice|not a"):
        extract_report(str(path))


def test_lookalike_that_makes_no_real_division_is_corrected_by_the_division_codes(tmp_path):
    """A report OCR'd with 沐 for 沭 throughout: no spelling of its own outvotes the other, but
    沐阳县 is no division and 沭阳县 is the one real division a look-alike makes of it."""
    text = sample("001").read_text(encoding="utf-8")
    text = text.replace("中卫市沙坡头区", "宿迁市沐阳县").replace("沙坡头区", "沐阳县").replace("中卫市", "宿迁市")
    assert "沭" not in text
    meta = _meta_of(tmp_path, text)
    assert (meta.body, meta.region, meta.year) == ("宿迁市沭阳县卫生健康局", "宿迁市沭阳县", 2021)
    assert {"宿迁市沐阳县卫生健康局", "沐阳县卫生健康局", "沐阳县"} <= set(meta.short_names)  # as printed


def test_real_divisions_and_unknown_zones_are_not_corrected():
    from index.divisions import lookalike_division
    from index.lexicon.lookalikes import LOOKALIKES
    from index.metadata import correct_region

    assert lookalike_division("沐阳县", LOOKALIKES) == "沭阳县"
    assert lookalike_division("洪择区", LOOKALIKES, "淮安市") == "洪泽区"
    for real in ("沭阳县", "沙坡头区", "淮安市", "平潭综合实验区", "灵武市"):
        assert lookalike_division(real, LOOKALIKES) is None
    assert correct_region("中卫市沙坡头区卫生健康局") == "中卫市沙坡头区卫生健康局"
    assert correct_region("沐阳县人民政府") == "沭阳县人民政府"


_COVER_LETTER = ("中卫市沙坡头区卫生健康局\n关于报送政府信息公开工作年度报告的函\n\n区政务公开办：\n"
                 "    按照2022年1月10日印发的通知要求，现将我局年度报告报送给你们，2022年1月31日前在政府网站公开，"
                 "请审阅。\n\n附件：中卫市沙坡头区卫生健康局2021年政府信息公开工作年度报告\n\n"
                 "中卫市沙坡头区卫生健康局\n2022年1月20日\n\n")
_NOTICE = ("关于公布2022年度政务公开工作要点的通知\n\n各科室：\n    2022年3月1日起，按照2022年政务公开工作要点，"
           "现将2022年度工作安排和年度报告一并公布，2022年底前完成。\n\n                    2022年2月28日\n\n")


@pytest.mark.parametrize("letter", [_COVER_LETTER, _NOTICE], ids=["cover-letter", "notice"])
def test_a_cover_letter_before_the_report_is_skipped(tmp_path, letter):
    """The title, body and year are the report's, not the letter's (whose dates are of 2022)."""
    text = sample("001").read_text(encoding="utf-8")
    alone = extract_report(str(sample("001")))
    path = tmp_path / "with-letter.txt"
    path.write_text(letter + text, encoding="utf-8")
    report = extract_report(str(path))
    assert (report.meta.body, report.meta.year, report.meta.title) == (alone.meta.body, 2021, alone.meta.title)
    assert report.meta.template == alone.meta.template
    assert [(f.metric, f.value) for f in report.facts] == [(f.metric, f.value) for f in alone.facts]
