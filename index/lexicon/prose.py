"""How report prose restates a statistic of its tables ("全年共受理政府信息公开申请32件"): the
words index/contradictions.py reads such a sentence with. Data only.

The statistic itself is named by its template Concept's words (index/templates); this module
holds what surrounds them: the verbs a restatement needs, what marks a part or a channel
rather than the whole, and the words that name the report's year (R: the wording reports use
in their prose for these lines).
"""

from __future__ import annotations

#: Concepts whose total prose restates, with the verbs one of which the clause must hold up to
#: the number ("" = none needed: the word names the count itself). Requests are counted as
#: received (收到 / 受理 …), not as answered (答复 / 办结 are other rows).
STATEMENT_VERBS: dict[str, tuple[str, ...]] = {
    "政府信息公开申请": ("收到", "受理", "接收", "接到", "新收"),
    "主动公开政府信息数": (),
    "行政复议": (),
    "行政诉讼": (),
    "行政处罚": ("决定",),  # 处理决定数量: decisions, not the penalty notices a site lists
    "行政许可": ("决定",),
}
#: Concept words that name another statistic in prose (依申请公开: items disclosed on request).
OTHER_STATISTICS = ("依申请",)
#: In the clause: the number is a part (其中, 各乡镇, 占 x%), a kind (…类信息), or not the year's.
PART_MARKERS = ("其中", "各", "占", "类", "含", "包括", "分别", "同比", "较上年", "比上年", "累计", "历年")
#: Before the number in the sentence: a channel of the whole (网站上公开 …), not the whole.
CHANNEL_MARKERS = ("网站", "互联网", "平台", "栏目", "公众号", "微博", "公报", "窗口", "热线")
#: Words that name the year the report covers.
YEAR_WORDS = ("全年", "本年", "今年", "年度", "年内")
#: What may stand between the statistic's words and its number ("申请共34件", "申请件2件").
GAP = r"\s*(?:共计|合计|总计|总数|共|计|达|为|件)?\s*"
#: Measure words of a count in prose (a subset of units.MEASURES: no money, no approximations).
COUNT_MEASURES = ("件", "条", "起", "宗", "份", "个", "项", "例", "笔")
#: Verbs a statistic's words are restated with in another year's prose ("主动公开政府信息1136条",
#: next year "主动发布各类政府信息2428条"): the statistic is its noun phrase and unit, not one wording.
VERB_VARIANTS: dict[str, tuple[str, ...]] = {"公开": ("发布", "公布")}
#: A word of kind that may stand between such a verb and its object ("发布各类政府信息").
OBJECT_FILLER = r"(?:各类|各项|各种|相关|有关)?"
