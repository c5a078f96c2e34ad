"""Every sentence of an answer in Chinese: the phrases of each finding (assistant.findings)
and the few ways the language writes names, years, figures and lists."""

from __future__ import annotations

import re

from ..understanding import MAX_QUESTION_CHARS, Problem

PROBLEMS = {
    Problem.EMPTY: "问题是空的，请输入一个问题。",
    Problem.LONG: f"问题太长了（上限 {MAX_QUESTION_CHARS} 个字符），请缩短后再问。",
    Problem.NONSENSE: "没有看懂这个问题，请用文字提问。",
}

CORPUS = {
    "corpus": "语料中共有{n}份年报：",
    "corpus_item": "- {body}：{years}",
    "count": "符合条件的年报共{n}份：{items}。",
    "no_body": "没有找到{who}的年报，语料中未收录。已收录的机关：{bodies}。",
    "also_unknown": "语料中没有{who}的年报；以下只回答已收录的机关。",
    "also_missing": "语料中没有{who}{years}年的年报（{have}）；以下只回答有该年年报的机关。",
    "have_years": "{who}已收录的年份：{years}",
    "impossible_year": "{years}年不是有效的年报年份，无法回答。已收录的年份：{have}。",
    "no_year": "没有找到{who}{years}年的年报，语料中未收录。{who}已收录的年份：{have}。",
    "no_year_any": "没有找到{years}年的年报，语料中未收录。已收录的年份：{have}。",
    "empty": "索引中还没有任何年报，请先导入报告。",
    "source": "上一个回答的出处：",
    "source_none": "上一个回答没有引用任何出处。",
    "why": "上一个回答依据以下原文：",
    "filter": "（已按{what}筛选）",
    "same": "是，{names}是同一机构在机构改革前后的名称（更名），语料中分别收录了{years}年的年报。",
    "different": "不是，{names}是不同的机构。",
    "one_name": "{names}在语料中没有更名前后的其他名称。",
}

STATISTICS = {
    "absent": "{who}{year}年的年报不包含“{metric}”这一项（该年报的模板不含此统计）。",
    # a Chinese question's words are the report's own: the template's name says what was asked
    "absent_asked": "{who}{year}年的年报不包含“{metric}”这一项（该年报的模板不含此统计）。",
    "not_read": "{who}{year}年的年报中未能读出“{metric}”（该年报的统计表未能识别{why}），无法回答，请查看原文。",
    "available": "该统计见于：{items}。",
    "incomplete": "无法可靠地给出{scope}{metric}的{what}：{items}的该项未能读出。已读出的数值如下（仅供参考，不是完整结果）：",
    "what": {"most": "最大值", "least": "最小值", "ranking": "排名", "total": "合计", "average": "平均值",
             "difference": "差值"},
    "absent_note": "以下年报的模板不含此统计，未计入：{items}。",
    "same_words": "只比较正文说法相同的数字：{line}",
    "all_words": "若计入正文说法不同的数字：{line}",
    "unstated_note": "以下年报的正文没有这样写，未计入：{items}。",
    "prose_same": "以上数字出自各年报正文的同一说法“{said}……{measure}”，不是统计表中的单元格。",
    "prose_otherwise": "以下年报正文的说法不同（计的可能不是同一件事），未参与比较：{items}。",
    "prose_item": "{who}{year}年“{said}”{cite}",
    "same": "一样。", "differ": "不一样。",
    "handled": "{who}{year}年政府信息公开申请的办理结果：{items}。",
    "handled_zero": "其余各项均为0：{items}。",
    "all_zero": "{who}{year}年政府信息公开申请的办理结果各项均为0：{items}。",
    "handled_blank": "未填报或未能读出：{items}。",
    "item_sep": "；",
}

PROSE = {
    "passage": "根据{who}{year}年的年报{cite}：{sentence}",
    "key": "答案：{key}。",
    "nothing": "{scope}已收录的年报中没有找到{what}，报告未提及。",
    "about": "关于“{topic}”的内容",
    "summary": "{who}{year}年政府信息公开工作年度报告摘要：",
    "summary_sections": "主要内容：",
    "summary_facts": "主要数据：",
    "no_summary": "{scope}没有可供总结的年报。",
    "across": "“{topic}”不是统计表中的数据，无法跨报告比较或汇总：报告正文中的数字只描述各自的报告，没有找到可以可靠比较的数据。",
    "twice": "答案：{first}（报告正文另一处写作{second}，两处数字不同，原文如下）。",
}

CATEGORIES = {
    "most": "{who}{year}年的年报中，{family}最多的是“{label}”，为{value}{cite}。",
    "least": "{who}{year}年的年报中，{family}最少的是“{label}”，为{value}{cite}。",
    "tie_most": "{who}{year}年的年报中，{family}并列最多的是{items}，各为{value}。",
    "tie_least": "{who}{year}年的年报中，{family}并列最少的是{items}，各为{value}。",
    "all_zero": "{who}{year}年的年报中，{family}各项均为{value}{cites}，没有哪一项最多。",
    "breakdown": "{who}{year}年的年报中，{family}如下：",
    "breakdown_zero": "{who}{year}年的年报中，{family}各项均为{value}{cites}。",
    "none": "{who}{year}年的年报不包含{family}的分项统计（该年报的模板不含此类分项）。",
    "unsure": "无法确定{who}{year}年的年报中{family}哪一项{what}：{items}未能可靠读出。已读出的各项如下（仅供参考）：",
    "what": {True: "最多", False: "最少"},
    "item": "- {label}：{value}{cite}",
    "rest_zero": "其余各项为0{cites}。",
    "names": {"outcome": "办理结果", "refusal_reason": "不予公开的理由", "channel": "申请渠道",
              "applicant": "申请人类型", "decision": "各类行政决定（许可、处罚、强制）",
              "lawsuit": "行政诉讼的结果", "reconsideration": "行政复议的结果"},
    "whole": "（总计）",
}

COMPUTED = {
    "running_gap_yes": "一致：两年累计数之差{gap}，等于{year}年度本身的数{own}。",
    "running_gap_no": "不一致：两年累计数之差为{gap}，{year}年度本身的数却是{own}。",
    "given_total_yes": "等于：各项合计{summed}，与所问的{given}相等。",
    "given_total_no": "不等于：各项合计{summed}，与所问的{given}相差{gap}。",
    "parts_total_yes": "一致：{who}{year}年报告正文所列{parts}，合计{summed}，等于报告所说的总数{total}。",
    "parts_total_no": "不一致：{who}{year}年报告正文所列{parts}，合计{summed}，报告所说的总数却是{total}，相差{gap}。",
    "rows_total_yes": "{yes}：{who}{year}年表中{parts}，合计{summed}，等于{whole}{total}。",
    "rows_total_no": "{no}：{who}{year}年表中{parts}，合计{summed}，{whole}却是{total}，相差{gap}。",
    "rows_prose_whole": "报告正文所说的总数",
    "share_one": "{who}{year}年的{num}占{den}的{value}%（{n}{ncite} ÷ {d}{dcite}）。",
    "share_sum": "{who}{year}年的{num}占{den}的{value}%（{n} ÷ {d}）。",
    "share_sum_none": "无法计算{who}{year}年{num}占{den}的比例：{why}（{n}，{d}）。",
    "summed": "{names}之和",
    "times_one": "{who}{year}年的{num}是{den}的{value}倍（{n}{ncite} ÷ {d}{dcite}）。",
    "share_two": "{a}的{num}是{b}的{den}的{value}%（{n}{ncite} ÷ {d}{dcite}）。",
    "times_two": "{a}的{num}是{b}的{den}的{value}倍（{n}{ncite} ÷ {d}{dcite}）。",
    "no_value": "无法计算{a}的{num}与{b}的{den}之比：{why}（{n}{ncite}，{d}{dcite}）。",
    "zero": "分母为0", "blank": "有单元格为空白（未填报）",
    "no_change": "无法计算{who}{a}年到{b}年{metric}的变化：缺少{items}。",
    "missing_input": "{year}年的数据（{why}）",
    "no_pair": "无法计算{first}{a}年与{second}{b}年{metric}的差：缺少{items}。",
    "missing_pair": "{who}{year}年的数据（{why}）",
    "have_input": "已有的输入（不是所问的变化）：{who}{year}年为{value}{cite}。",
    "why": {"absent": "该年报的模板不含此统计，正文也未写明", "not_read": "该年报的统计表中未能读出此项",
            "blank": "该栏空白，未填报", "unreadable": "该栏数字无法可靠读出", "no_report": "未收录该年的年报"},
    "no_whole": "{scope}的统计表中没有可以作为{metric}分母的总数，无法计算该比例。",
    "sum": "{who}{year}年的{names}合计{total}（{inputs}）。",
    "not_money": "{scope}的统计表只统计{metric}的件数，没有金额；年报中没有找到这一数据。",
    "not_time": "{scope}的统计表只统计{metric}的数量，没有天数或用时；年报中没有找到这一数据。",
    "not_rating": "{scope}的统计表只统计{metric}的数量，没有满意度或评分；年报中没有找到这一数据。",
}

CHECKS = {
    "failed_reports": "{n}份年报有未通过的勾稽关系校验：",
    "none_failed": "{scope}已收录的{n}份年报的勾稽关系校验全部通过（或无法校验）。",
    "report_failed": "{who}{year}年的年报有{n}项勾稽关系校验未通过（对不上）：",
    "report_passed": "{who}{year}年的年报{what}的勾稽关系校验通过，数据满足（一致）：",
    "not_checked": "{who}{year}年的年报{what}没有可校验的勾稽关系（相关单元格空白或无法读出）。",
    "item": "- {name}：{detail}",
    "no_report": "{scope}没有可校验的年报。",
}

KIND_NAMES = {"address": "地址", "email": "电子邮箱", "fax": "传真号码", "phone": "联系电话", "postcode": "邮编", "url": "网址",
       "date": "日期", "percent": "比例", "amount": "金额", "person": "人名", "count": "数字"}

FACTS = {
    "prose_quote": "年报正文原文：“{quote}”",
    "blank": "未填报（空白）",
    "unreadable": "无法可靠读出",
    "lookup_unreadable": "{who}{year}年的{metric}无法从报告中可靠读出（{note}）{cite}，请查看原文。",
    "unreadable_note": "以下报告的该项无法可靠读出，未计入：{items}。",
    "not_reported": "以下报告的该项为空白，未计入：{items}。",
    "check_failed": "注意：{item}所在表格未通过勾稽关系校验（{check}），请核对原文。",
    "lookup": "{who}{year}年的{metric}为{value}{cite}。",
    "lookup_blank": "{who}{year}年的{metric}在报告中为空白（未填报）{cite}。",
    "most": "{scope}{metric}最多的是{who}，为{value}{cite}。",
    "least": "{scope}{metric}最少的是{who}，为{value}{cite}。",
    "tie_most": "{scope}{metric}最多的是{who}（并列），均为{value}。",
    "tie_least": "{scope}{metric}最少的是{who}（并列），均为{value}。",
    "runner_up": "其次是{who}，为{value}{cite}。",
    "total": "{scope}{metric}合计{value}（{inputs}）。",
    "average": "{scope}{metric}平均为{value}（{n}份报告：{inputs}）。",
    "difference": "{a}的{metric}比{b}{more_less}{value}（{av}{acite} − {bv}{bcite}）。",
    "worded": "两份报告的说法不同：{a}为“{aw}”，{b}为“{bw}”。",
    "worded_years": "两份报告的说法不同：{a}年为“{aw}”，{b}年为“{bw}”。",
    "more": "多",
    "less": "少",
    "change_rise": "{who}的{metric}{by}年到{ay}年增加了{value}（{av}{acite} − {bv}{bcite}）。",
    "change_fall": "{who}的{metric}{by}年到{ay}年减少了{value}（{av}{acite} − {bv}{bcite}）。",
    "percent_fall": "降幅为{value}%（{delta} ÷ {base}{bcite}）。",
    "percent_rise": "增幅为{value}%（{delta} ÷ {base}{bcite}）。",
    "percent_not_fall": "并未下降，而是增长了{value}%（{delta} ÷ {base}{bcite}）。",
    "percent_not_rise": "并未增长，而是下降了{value}%（{delta} ÷ {base}{bcite}）。",
    "percent_more": "即多{value}%（{delta} ÷ {base}{bcite}）。",
    "percent_less": "即少{value}%（{delta} ÷ {base}{bcite}）。",
    "percent_none": "基数为{base}{bcite}，无法计算变化的百分比。",
    "same": "{a}与{b}的{metric}相同，均为{value}{acite}{bcite}。",
    "ranking": "{scope}{metric}排名如下：",
    "trend": "{scope}{metric}逐年情况：",
    "list": "{scope}{metric}如下：",
    "none": "找到了相关报告，但其中{metric}均为空白（未填报）。",
    "comparison": "完整比较：",
    "col_body": "机关", "col_year": "年份", "col_value": "数值",
    "scope_year": "{year}年", "scope_all": "",
    "change_up": "较前一报告年度增加{value}", "change_down": "较前一报告年度减少{value}",
    "change_same": "与前一报告年度持平",
}

REASONS = {"glued": "报告中这一行的数字连在一起印作“{}”，可以有多种拆分方式，无法确定本单元格的值",
    "none": "报告中这一行没有印出数值", "fewer": "这一行印出的数值比单元格少，无法判断哪些单元格为空",
    "other": "单元格内容无法识别"}

#: Joiners of lists and clauses.
LIST_SEP = "、"
TIE_SEP = "、"
NAME_SEP = "、"  # names in a sentence
AND_SEP = "、"  # "A and B"
YEARS_SEP = "、"
ITEMS_SEP = "、"
ELSEWHERE_SEP = "、"
CLAUSE_SEP = "，"
COLON = "："
FIRST_SENTENCE_END = ""  # its sentences end with 。 already
FROM_PROSE = "（正文）"  # a figure read from the report's prose, not its tables
#: After a value converted to its statistic's unit, the cell as the report printed it (98.4361万元（表中印作984361元）).
AS_PRINTED = "（表中印作{printed}）"
#: A computed answer whose inputs the text states otherwise: the two readings, labelled.
READINGS = {"table": "按统计表：", "text": "按报告正文中的数字：", "sep": ""}
INVALID = "无法回答：{problem}"
NOT_EQUAL = "（不相等）"
FILTER_NOTE = "已应用筛选：{what}"
OPEN_RANGE = "{first}年及以后"


def number(shown: str, unit: str | None, key: str = "") -> str:
    """A figure with its unit as the report counts it: 33件, 4166.24万元 (the statistic `key`
    names English nouns only: the report's unit already says what is counted)."""
    return shown + (unit or "")


def in_measure(shown: str, unit: str | None, asked: str) -> str:
    """A count in the measure word the question asks in, the table's unit beside it: 9笔（表中计作9项）."""
    return f"{shown}{asked}（表中计作{number(shown, unit)}）"


def answer_key(span: str, sentence: str = "") -> str:
    """The span of the prose that answers, as the report writes it."""
    return span


def outcome_of(label: str) -> str:
    """"行政诉讼复议后起诉（结果维持）" -> "结果维持": the column of a cell summed over its groups."""
    match = re.search(r"（([^（）]+)）$", label)
    return match.group(1) if match else label


def with_year(name: str, year: int) -> str:
    return f"{name}（{year}）"


def who_in_years(who: str, years: str) -> str:
    """"灵武市卫生健康局2020年" (a name and the years asked)."""
    return who + (years and f"{years}年")


def scope(names: str, years: str) -> str:
    """Which bodies and years a "not found" answer looked in."""
    return f"{names}{years and years + '年'}"


def year_scope(year: int) -> str:
    return f"{year}年"


def where(report: str, page: int | None) -> str:
    return f"{report}，第{page}页" if page else report


def what_tables(names: str) -> str:
    return names


def section_line(section: str, sentence: str, cite: str) -> str:
    return f"- {section}：{sentence}{cite}"


def headline_line(name: str, value: str, unit: str | None, cite: str, key: str = "") -> str:
    return f"- {name}：{value}{unit or ''}{cite}"


def metric_difference(who: str, year: int, first: str, second: str, delta: str, more: bool, a: str, b: str,
                      units: tuple[str | None, str | None], cites: tuple[str, str]) -> str:
    """E.g. 海原县卫生健康局2020年的行政许可比行政处罚多10件（54件[1] − 44件[2]）。"""
    word = "多" if more else "少"
    ua, ub = (u or "" for u in units)
    return f"{who}{year}年的{first}比{second}{word}{delta}{ua}（{a}{ua}{cites[0]} − {b}{ub}{cites[1]}）。"


def concept_name(concept) -> str:
    """A statistic's name (index.templates Concept)."""
    return concept.zh


def body_name(body: str, english_name) -> str:
    """A body as the reports name it."""
    return body


def contradiction(who: str, year: int, prose: str, table: str, unit: str | None, prose_cite: str,
                  table_cite: str, key: str = "", said: str | None = None, text_unit: str | None = None) -> str:
    """The report's text states a cited cell with another number (`said`: the cell as the answer
    says it, in the measure word asked; `text_unit`: the measure word the text says)."""
    return (f"注意：{who}{year}年报告正文写作{number(prose, text_unit or unit)}{prose_cite}，"
            f"与表格{said or number(table, unit)}{table_cite}不一致。")


# --- asking back and the body taken (issue 19) --------------------------------------------------

CLARIFY = {
    "one": "您是指{body}吗？",
    "many": "您说的“{text}”是指哪一个？",
    "item": "{n}. {body}",
    "reply": "请回复“是”、序号或机关名称。",
    "not_in_corpus": "没有找到“{text}”的年报，语料中未收录。",
    "took_report": "“{text}”没有该年的年报，以下按{body}该年年报中的内容回答。",
    "took": "按“{text}”理解为{body}。",
}

PART = {
    "unmatched": "问题中的“{words}”对不上统计表中的任何一项，所以不能用{whole}的总数作答。",
    "sum": "问题要把几项加起来，但其中“{words}”对不上统计表中的任何一项，所以不能只把{whole}相加作答。",
    "listed": "问题中的“{words}”对不上统计表中的任何一项，没有作答；上面只回答了能对上的项目。",
    "near": "表中相近的项目有：{cells}。",
    "one": "您是指“{cell}”吗？",
    "many": "您是指以下哪一项？",
    "reply": "请回复“是”、序号，或换个说法（例如表中的项目名称）。",
}


# --- a yes/no question against a threshold ("超过五百次了吗") ------------------------------------

THRESHOLD = {
    "above_yes": "是，超过了{threshold}：{figure}{cite}。",
    "above_no": "否，没有超过{threshold}：{figure}{cite}。",
    "at_least_yes": "是，达到了{threshold}：{figure}{cite}。",
    "at_least_no": "否，不到{threshold}：{figure}{cite}。",
    "below_yes": "是，不到{threshold}：{figure}{cite}。",
    "below_no": "否，不少于{threshold}：{figure}{cite}。",
    "at_most_yes": "是，没有超过{threshold}：{figure}{cite}。",
    "at_most_no": "否，超过了{threshold}：{figure}{cite}。",
    "some_yes": "有：{figure}{cite}。",
    "some_no": "没有：{figure}{cite}。",
    "unknown_blank": "无法回答是或否：该项在表中为空{cite}，数值不详（空白不等于0），不能与{threshold}比较。",
    "unknown_unreadable": "无法回答是或否：该项无法读取{cite}，数值不详，不能与{threshold}比较。",
    "unknown_kind": "无法与{threshold}比较：报告中的数字是{figure}{cite}，计量不同。",
}


def threshold_said(said: str, value, money: bool) -> str:
    """The threshold as the question writes it ("五百次"): a number no report states is never
    written out anew."""
    return said
