"""How report prose restates a statistic of its tables ("全年共受理政府信息公开申请32件"): the
words index/contradictions.py reads such a sentence with. Data only.

The statistic itself is named by its template Concept's words (index/templates); this module
holds what surrounds them: the verbs a restatement needs, what marks a part or a channel
rather than the whole, and the words that name the report's year (R: the wording reports use
in their prose for these lines).
"""

from __future__ import annotations

from .numerals import SECTION_NUMERALS

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
#: A numbered heading of the prose ("2.公众查阅点", "（三）政务微博", "四、"): what the figures under it are of.
PROSE_HEADING = (rf"(?:^|(?<=[。；;\s]))(?:\d{{1,2}}[.、．](?!\d)|[（(][{SECTION_NUMERALS}\d]{{1,3}}[)）]"
                 rf"|[{SECTION_NUMERALS}]{{1,3}}、)")
#: The reports' very subject: said of every statistic, it tells none apart (assistant.prose_measured).
SUBJECT_WORDS = ("政府信息公开", "政务信息公开", "政府信息", "信息公开", "政务公开")
#: In the clause: the number is a part (其中, 各乡镇, 占 x%), a kind (…类信息), or not the year's.
PART_MARKERS = ("其中", "各", "占", "类", "含", "包括", "分别", "同比", "较上年", "比上年", "累计", "历年")
#: Before the number in the sentence: a channel of the whole (网站上公开 …), not the whole.
CHANNEL_MARKERS = ("网站", "互联网", "平台", "栏目", "公众号", "微博", "公报", "窗口", "热线")
#: Words that name the year the report covers.
YEAR_WORDS = ("全年", "本年", "今年", "年度", "年内")
#: What may stand between the statistic's words and its number ("申请共34件", "申请件2件").
GAP = r"\s*(?:共计|合计|总计|总数|共|计|达|为|件)?\s*"
#: A count said before the statistic it counts ("收到1份有关政府信息公开行政复议申请"): the verb of
#: receiving right before the number, and what may stand between the measure word and the
#: statistic's words (what the thing is about, no figure, no other clause).
COUNT_FIRST_VERBS = ("收到", "受理", "接到", "接收", "新收", "发生")
COUNT_FIRST_GAP = r"(?:有关|关于|涉及)?[^\d]{0,10}?"
#: Measure words of a count in prose (a subset of units.MEASURES: no money, no approximations).
COUNT_MEASURES = ("件", "条", "起", "宗", "份", "个", "项", "例", "笔")
#: Verbs a statistic's words are restated with in another year's prose ("主动公开政府信息1136条",
#: next year "主动发布各类政府信息2428条"): the statistic is its noun phrase and unit, not one wording.
VERB_VARIANTS: dict[str, tuple[str, ...]] = {"公开": ("发布", "公布")}
#: A word of kind that may stand between such a verb and its object ("发布各类政府信息").
OBJECT_FILLER = r"(?:各类|各项|各种|相关|有关)?"
#: A kind of document that may stand before the object ("主动公开各类文件信息", "主动公开政务信息").
OBJECT_KIND = r"(?:文件|政务|政策)?"
#: Before a statistic's words in its clause: the number is the rest of a whole (其他应主动公开政府
#: 信息6条 is a kind of item, not the year's items).
REMAINDER_MARKERS = ("其他", "其余", "剩余")
#: What opens a prose statement's clause without qualifying what it counts: a year, a word of
#: the year, a part opener, a link ("2024年，其中，共…"). Whatever else stands there (a channel,
#: "新增") is part of what the number measures: statements compared across bodies must agree on it.
STATEMENT_OPENERS = (r"(?:(?:19|20)\d\d\s*年度?|全年|本年|今年|年度|年内|其中|共计|合计|总计|共|另|此外|同时|"
                     r"[我本](?:局|区|委|办|市|县|单位|机关|部门)|[\s，,：:、])*")
#: Words that link a prose statement's words to its number ("访问量达69598人次", "工单共计409件"):
#: never part of what the number measures.
LINK_AT_END = r"(?:共计|合计|总计|总数|共|达到|达|约|为|了|是)+$"
#: The word that opens the parts of a whole in prose ("共制发…349条，其中，主动公开…124条").
PARTS_OPENER = "其中"

#: Statistics that share their words, one named group each: a clause counting one never gives the
#: figure of a question asking only the other (行政复议 vs 行政诉讼; 复议后起诉 is a lawsuit).
CONTRARY_MEASURES = (r"(?P<reconsideration>(?<!未经)(?<!不经)复议(?!后|前置))|(?P<lawsuit>诉讼|起诉)",
                     r"(?P<request>申请(?!公开|人))|(?P<reply>答复)")

#: Punctuation that ends a clause of the prose: a figure's clause starts after the last one.
CLAUSE_PUNCTUATION = r"[，,；;。！？!?：:]"

#: What ends a relative clause before a counted noun ("关停运营不规范、运维不及时的政府网站1个"):
#: the words before it restrict what the figure counts.
RELATIVE_MARKER = "的"
#: What opens a running total's clause ("截至目前共收到…", "累计收件…"): no part of what it counts.
RUNNING_OPENER = r"^(?:(?:截至|截止)(?:目前|当前|年底|\d+月\d+日)?|累计)"

# --- a figure's scope: the year's own, or a running total since the start -------------------------
#: Before a figure in its clause: the figure is the year's own ("2020年度截至12月31日共发布微博1968条",
#: "全年新增…", "当年受理…"), even with a date it runs up to.
YEAR_SCOPE_SAID = r"(?:19|20)\d\d\s*年度|全年|本年|当年|今年|年内|本年度"
#: Before a figure in its clause: a running total since the start ("截至2020年12月31日共计发布…",
#: "累计…", "历年…", "开通以来…").
RUNNING_SAID = r"累计|历年|截至|截止|迄今|至今|以来|总计至"
#: A question asking the stock up to now: the running total ("累计发了多少", "截至年底一共有多少",
#: "how many in total since…", "as of…").
STOCK_ASKED = (r"累计|截至|截止|迄今|至今|以来|历年|总共到|一共有|共有|拥有|总量"
               r"|\bcumulative|\bas of\b|\bso far\b|\bto date\b|\bsince\b|\bin total since\b|\baltogether since\b")
#: A question asking the year's own figure ("全年发了多少", "那年新增", "during 2020").
YEAR_ASKED = (r"全年|年度|那年|那一年|当年|本年|今年|这一年|一年里|一年中|年内"
              r"|\bduring\b|\bin the year\b|\bthat year\b|\bthis year\b|\bfor the year\b|\bover the year\b|\bthroughout\b")
#: A year named with a verb of what the year did ("2020年发了多少", "2020年新增", "published in 2020"):
#: the year's own figure.
YEAR_FLOW = (r"(?:19|20)\d\d\s*年.{0,12}?(?:发了|发布了?|发出|新增|增加|收到|受理|办理|办结|制作|制发|公开了|开展|举办|推送|更新)"
             r"|\b(?:published|posted|sent|released|received|added|handled|issued|made)\b.{0,40}\b(?:in|during) (?:19|20)\d\d\b")

# --- a rate over two figures the prose states, one nested in the other --------------------------
#: A rate named by its part ("办结率": the 办结 of those received; "回复率", "采纳率"): group 1 is the part.
RATE_OF_PART = r"([\u4e00-\u9fff]{2})率"
#: Words ending in 率 that name no part of a whole.
NOT_A_PART_RATE = ("比率", "频率", "效率", "概率", "利率", "汇率", "税率", "比例")
#: A share asked as "the whole 里/中 the part 占…" ("发的微博里原创的占多少比例"): group "part".
PART_OF_WHOLE = (r"(?:里|中|当中|之中|里面)(?:的|，|,)?(?P<part>[\u4e00-\u9fff]{2,8}?)(?:的|类|类的)?"
                 r"(?:所占|占了?|比例|比重|占比)")
#: What a figure received counts (受理, 收到…): the whole a figure done (办结, 答复…) of it nests in.
RECEIVED_VERBS = ("收到", "受理", "接收", "接到", "收件", "登记", "接听", "收集")
#: A part done of what was received: counted among the received ("已办结15042件" of "共收到15564件").
DONE_VERBS = ("办结", "答复", "回复", "办理完毕", "处理完毕", "反馈", "采纳", "处置", "化解")

# --- a prose figure's quote (assistant.quotes.figure_clauses) ------------------------------------
#: A year or a date in a clause: names no count ("2020年度，", "12月31日").
YEAR_OR_DATE_IN_CLAUSE = r"(?:19|20)\d\d\s*年度?|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
#: Words of a clause that say nothing of what its figure counts (openers, links, share words):
#: a clause of only these ("共计32件", "占47%") is quoted with the clause before it.
NAMELESS_WORDS = r"其中|共计|合计|总计|累计|共|达到|达|约|为|是|了|占|比例|比重|同比|增长|下降|分别"
#: The publisher speaking of itself ("今年我局共受理…", "本机关收到…"): names nothing a figure counts.
OWN_BODY_WORDS = r"[我本](?:局|委|办|院|厅|部|处|署|站|所|中心|单位|机关|部门|区|县|市|镇|乡|街道)"
#: Words a follow-up asks a share with and names nothing by ("占比多少？"): after a part quoted,
#: its share beside it; a follow-up naming anything else ("那乡镇呢，占比多少") asks of that.
SHARE_ASKING_WORDS = r"(?:占了?|所占|占比|比例|比重|百分之?|百分比|几成|比率|多少|多大|几|是|的|呢)+"

# --- one thing stated twice with different figures (assistant/prose_twice.py) ---------------------
#: Before a figure: the report gives it as rough ("约4900人次", "近500条"); after it: "500条左右".
ROUGH_BEFORE = r"(?:约|大约|大概|近|将近|接近)$"
ROUGH_AFTER = r"^(?:左右|上下)"
#: Before a figure: the report gives it as a floor ("超过500条", "逾500条"; "500余条" is units.ABOUT_WORDS).
FLOOR_BEFORE = r"(?:超过|逾|达到?|突破)$"
#: The question asks a rough figure, or a floor ("more than"), in its own words.
ROUGH_ASKED = r"约|大约|大概|左右|上下|估计|roughly|approximately|\babout\b|around|estimated?"
FLOOR_ASKED = r"超过|以上|不止|more than|\bover\b|at least|upwards of"
#: In a figure's clause: a change or a comparison, not the figure itself ("比上年增长300人次").
CHANGE_IN_CLAUSE = r"比|较|同比|环比|增长|增加|减少|下降|上升|提高|降低"
#: A year a figure's clause names ("2012年…"): a figure of another year than its report's is no restatement.
YEAR_NAMED = r"((?:19|20)\d\d)\s*年"
#: After a statistic's word in a question: a category of the items a report's prose counts
#: ("行政许可类信息有几条": the disclosed items of that kind), not the table's statistic. Its
#: share asked ("行政许可类信息所占比例") stays the statistic's: the share route reads each year's
#: share of it from the prose ("占1.9%") and compares them.
CATEGORY_OF_ITEMS = r"\s*类(?:的)?(?:政府)?(?:信息|文件|事项)(?!\s*(?:所占|占|的?比例|的?比重|的?百分比))"

#: A category of the information a body published, and its count ("行政许可类7条", "政策、规范性文件类
#: 信息403条", "疫情防控类信息72条"): the name before 类 (its leading words trimmed by the question's
#: own words), the count after it. A question naming "<name>类" asks this count, never the total.
CATEGORY_ITEM = (r"(?P<name>[\u4e00-\u9fff、]{1,24}?)类(?:的)?(?:政府)?(?:信息)?(?:共|为|有|达)?\s*"
                 r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<m>条|件|个|篇|项)")
#: How a question names a category: its name, then 类.
CATEGORY_MARK = "类"
