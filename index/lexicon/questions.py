"""The words questions ask with: intent cues, follow-up and scope words, year words, and the
characters that end a name in running text. Patterns are regular-expression sources; the
question reader (assistant.understanding) compiles them."""

from __future__ import annotations

from .numerals import CN_NUMERALS, CN_SMALL_COUNTS, CN_YEAR_DIGITS
from .statwords import SUM_WORDS
from .units import ASKED_MEASURES, MONEY, QUANTITY_AFTER_NUMBER

#: A year: 19xx/20xx not followed by a unit (2020件 is a count), or four Chinese digits.
YEAR = (rf"(?<![\d.])(?P<ar>(?:19|20)\d{{2}})(?!\d|\.\d)(?!\s*(?:{'|'.join(QUANTITY_AFTER_NUMBER)}))(?:\s*年度?)?"
        rf"|(?P<cn>[{CN_YEAR_DIGITS}]{{4}})\s*年度?"
        # "洪泽区23年罚了多少": a year written with two digits on a phone; never a duration
        # ("近10年", "过去20年", "10年来", "满12年")
        r"|(?<![\d.近前第连这去满每几多十百])(?P<yy>0[89]|1\d|2\d)\s*年度?(?!来|间|内|以|前|后|多|半|左右|里|\d)")
#: "海原县9999年…", "0年", "99999999999999999999年", "in 3020": a number written as a year that no
#: report can have (four digits not 19xx/20xx, five or more digits, or zero). One to three digits
#: before 年 may be a duration ("近3年") and are left alone.
IMPOSSIBLE_YEAR = (r"(?<![\d.])((?!19|20)\d{4}|\d{5,}|0+)\s*年(?!\d)"
                   r"|\b(?:in|for|year)\s+((?!19|20)\d{4}|\d{5,})\b")
#: How a name of a bureau ends, for a body the corpus does not know ("银川市卫生健康局").
BUREAU_LIKE_ENDS = "局|委员会"

STOP = "的和与及跟或比在是有吗呢了年哪个些请问那这该各每几么什怎为对从到至把被给让向我你他她它们其最总共啊吧说况"

ZH_ENDS = "委员会|局|委|厅|办公室|办|政府|中心|医院|院"

SCOPE_WORDS = (("全", "本", "各", "省级", "市级", "县级", "区级", "基层", "地方", "两家", "三家", "几家", "这些",
                "这两", "这几", "所有", "每个", "每家", "哪个", "哪家", "哪些", "那个", "那家", "该"))

#: Words about a report, never inside a body's name: a name before a bureau starts after them and
#: after a particle that places something in the report ("2018年年度报告里管委会办公室").
REPORT_WORDS = ("年度报告", "报告", "年报", "报表", "表格", "正文")
IN_REPORT = r"(?:里面|里头|当中|之中|里|中|内|上)?的?"
NOT_BODIES = ("格局", "布局", "结局", "大局", "当局", "全局", "时局", "政局", "开局", "出局", "残局")

#: What "同一" is followed by when it names a time, not a body ("同一年", "同一时期"): a follow-up
#: keeping the last turn's year.
SAME_PERIOD_AFTER = r"个?年|时期|期间|时间|阶段|季度|个?月|天"

#: A follow-up keeping the last turn's year by a word, not a number ("同一年行政许可呢？", "那一年有
#:多少人次咨询…", "in the same year"): it keeps the body and year; naming no body, it asks a
#: new thing (the statistic it names, else its own words), not the last turn's statistic again.
SAME_PERIOD = (r"同一?年|同一(?:年度|时期|期间)|那一?年|当年|这一年|该年"
               r"|\b(?:in )?the same (?:year|period)\b|\bthat year\b")

#: An ask of a Chinese message: two of them with only a space between ("收了多少件 结转几件") are two
#: clauses, the space a comma; a space inside one ask ("平潭 2025年 收到多少件") is dropped.
ASK_OF_CLAUSE = r"多少|几(?!乎)|吗|呢"
#: What ends a clause of a question before normalization.
CLAUSE_ENDS = r"[，,；;。？?！!]"

FOLLOW_UP = (r"^(?:那么?|还有|另外|其中|and\b|what about\b|how about\b|same for\b|what of\b|also\b)"
                        r"|呢[?？.。!！\s]*$|^[^,，?？。!！]{1,12}呢[,，?？!！]|\btoo\W*$|\bof (?:those|these|them)\b"
                        r"|\bthat year\b")

#: A follow-up comparing the last answer with another year or body ("比2021年呢", "跟2023年比呢",
#: "compared with 2023?"): both are asked, as a difference. "和灵武市呢" alone adds no comparison.
#: A year named relative to the last turn's ("那前一年呢", "次年呢", "and the year before?",
#: "the following year?"): in a follow-up naming no year, the year before or after the one kept.
#: Never the carried-over rows ("上一年结转", "转到下一年", "carried over from the year before"),
#: nor last year's item count ("上一年项目数量"), nor a year compared against ("比上一年").
YEAR_BEFORE = (r"(?<![比较和与跟同])(?:前一年|上一年|头一年)(?:度)?(?!的?(?:结转|转|没|未|遗留|剩|带|项目|事项|目录|接着|继续))"
               r"|\b(?:the )?(?:year before|previous year|prior year|preceding year|year earlier)\b")
YEAR_AFTER = (r"(?<![到至入转拖推延放留比较和与跟同])(?:后一年|下一年|次年|第二年)(?:度)?(?!结转|转|接着|继续|办|答复)"
              r"|\b(?:the )?(?:year after|following year|next year|subsequent year)\b")
#: Words before an English relative year that make it a row or a comparison, not the year asked.
YEAR_SHIFT_NOT_AFTER = r"(?:\bthan|\bfrom|\bsince|\bwith|\bto|\binto|\buntil|\btill|\bover|\bvs\.?|\bversus|\bagainst) (?:the )?$"
COMPARED_FOLLOW_UP = (r"^(?:那|那么)?(?:比|较)|^(?:那|那么)?(?:跟|和|与|同)[^，,。？?]{0,16}?(?:比|相比|比较|对比)"
                      r"|^(?:and |so )?(?:compared (?:with|to)|versus|vs\.?|relative to|against)\b"
                      # "how does that compare with 2023?" / "how did it compare to …?"
                      r"|^(?:and |so )?how (?:does|did|do) (?:that|this|it|they|these|those) compare\b")

#: Words that scope a question to the previous answer's subject ("其中还没审完的几件", "这些申请里…",
#: "of those, how many …"): the question is a follow-up whatever else it names.
SCOPED = (r"其中|这里面|那里面|这当中|那当中|这之中|这些|那些|这几[件个起宗项次]|上述|前述|\b(?:of|among|out of) (?:those|these|them)\b"
          r"|\b(?:those|these) (?:requests|applications|cases|reconsiderations|lawsuits)\b")

#: Parts of a body a question may ask a figure of ("各乡镇主动公开了多少条", "区直各部门"): the
#: body's own table figure is their whole, never theirs; the prose may state theirs.
BODY_PARTS = r"乡镇|街道|区直|县直|市直|村居|社区"
#: The same parts named in English, each with the Chinese word the prose names it by.
BODY_PARTS_EN = {"township": "乡镇", "towns": "乡镇", "sub-district": "街道", "subdistrict": "街道",
                 "communit": "社区", "village": "村居"}
#: An English ask that names no thing but points back to the total asked before it ("how many of
#: them came from the townships"): the total's noun stands in for the pointer.
POINTS_BACK_EN = r"\b(?:of )?(?:them|those|these)\b"
#: An English total's noun ("how many items of government information were …").
TOTAL_NOUN_EN = r"\bhow many ([a-z][a-z -]{1,60}?)(?= were\b| was\b| did\b| do\b| does\b| are\b| is\b| has\b| have\b|,)"

#: Words scoping a follow-up to the last answer's whole ("其中乡镇公开的占多少？"): never part of
#: a name, so "其中乡镇" holds no body "中乡镇".
SCOPE_OPENERS = r"这其中|那其中|其中|这里面|那里面|这当中|那当中|这之中"

#: A body's word right after an "each" word ("各单位", "哪个局", "each bureau"): the question counts
#: bodies; "其中各乡镇…" counts the parts of the last answer's whole instead.
BODY_WORD_AFTER_EACH = (r"\s*(?:个|家|一个|一家)?\s*(?:局|委|厅|办|院|单位|部门|机关|机构|政府|中心|县|区|市"
                        r"|bod(?:y|ies)\b|bureaus?\b|departments?\b|agenc(?:y|ies)\b|offices?\b|governments?\b"
                        r"|units?\b|organi[sz]ations?\b|institutions?\b)")

#: Words that point back at the statistic of the previous turn ("2013年平潭县的这个数是多少",
#: "同样的数字2020年是多少", "what was that figure in 2016?"): the follow-up asks it again for the
#: body and year it names.
THAT_STATISTIC = (r"[这那]个(?:数|指标|统计)|[这那]一?数[字据值]|[这那]一项(?!工作)|[这那]项(?:数|指标|统计)"
                  r"|该(?:项|个)?(?:数|指标|统计)"
                  r"|同样的(?:数|数字|数据|指标|统计|项)|同一(?:项|个?数|个?指标|统计)|同口径|(?:上面|刚才)的?(?:那个|这个)?数"
                  r"|\b(?:that|this|the same) (?:figure|number|statistic|count|item|total|value|metric)\b"
                  r"|\bsame (?:figure|number|statistic|count|measure)\b|\b(?:that|this) one\b")

#: A follow-up pointing at the last answer's report, or its body, by a demonstrative or a pronoun
#: ("这份年报的联系电话", "该报告提到了哪些培训", "它的办公地址", "that report's phone number",
#: "what does this report say about…", "its e-mail"): the body and year of the last turn carry over;
#: what the report is asked about is the question's own (the last statistic does not carry).
REPORT_NAMED = (r"(?:[这那该此]|这一|那一)(?:份|个|篇|一份)?(?:年度报告|年报|报告|报表)|其(?:年报|报告)"
                r"|\b(?:that|this|the same|the said|its|their) (?:annual )?(?:report|document)\b")
#: The same, or the body by a pronoun ("它的办公地址", "its e-mail", "where is it located").
REPORT_POINTED = rf"{REPORT_NAMED}|它(?!们)|\b(?:it|its)\b"

ANY_BODY = r"哪个|哪些|哪一个|哪家|各个?|所有|全部(?!公开)|每个|\b(?:which|each|every|all|any)\b(?! years?\b)"

#: "几个" / "几份" ask across reports only of bodies or reports ("这几个局", "几份年报"): "出台了几个
#: 规范性文件" counts documents of one body.
_BODY_OR_REPORT = r"(?=[^，,。？?！!]{0,3}?(?:局|委|办|单位|部门|机关|机构|政府|区|县|市|报告|年报))"
ACROSS_REPORTS = (rf"报告中|报告里|的报告|几家|哪一家|几份{_BODY_OR_REPORT}|几个{_BODY_OR_REPORT}|这几"
                  rf"|[{CN_SMALL_COUNTS}\d]+(?:个|家)(?:局|单位|部门|机关)|[{CN_SMALL_COUNTS}\d]+份"
                  r"|\breports\b|\bbureaus\b")

ANY_YEAR = r"历年|逐年|每年|各年|\b(?:all|every|each) years?\b|\bover the years\b"

#: A question naming a template generation; {years} is filled with the generations' years by
#: index.templates.template_pattern (a new generation declares its own `version_year`).
TEMPLATE_RE = r"({years})\s*年?\s*(?:版本?|模板|格式|template|format)|(?:template|format) of ({years})"

LIST_AFTER = r"\s*(?:[、和与及,，/]|and\b|or\b|&)"

NOT_SCOPE = r"比|than|\bvs\b|versus|还是|\bor\b|[,，;；。]"

#: A region right before a site's word names the site ("the main Pingtan portal", "平潭门户网站"),
#: not the bodies asked about, when the question names a body besides.
SITE_NAMED = (r"\s*(?:'s\s+)?(?:(?:main|official|government|comprehensive|zone)\s+)*(?:portal|web ?site|site)\b"
              r"|的?(?:政府)?(?:门户网站|门户|官网|网站)")

EARLIER_SUBJECTS = r"两者|二者|这两|两个局|两家|\b(?:the|these|those) two\b|\bboth\b|\bthey\b|\bthem\b"

RANGE_GAP = r"\s*(?:到|至|-|–|—|~|to|through|thru|until|till)\s*"

LATEST_RE = (r"最新|最近(?:一|1)?(?:年|份|期|的)?|\blatest\b|\bmost recent\b|\bnewest\b"
                        r"|\blast available\b")

OPEN_AFTER = (r"\s*(?:年度?)?\s*(?:及|以|之)?(?:以后|之后|以来|后)|\s*(?:and|or) (?:later|after|since)|\s*onwards?"
              r"|\s+on\s*(?:$|[,.;?!])")

#: "since 2021" opens a range; "reports from 2024" are that year's ("from 2020 on" opens it by its "on").
SINCE = r"(?:since|after)\s*$|自\s*$"

#: A share compared with a threshold ("占比超过", "比例是否低于", "占总数不到"), then the percent it is
#: tested against ("5%", "百分之十"): the question asks a share, tested (assistant/tested.py).
SHARE_COMPARED = (r"(?:是否|有没有|是不是|已经|已)?(?:超过了?|超出了?|高于|低于|不到|不足|达到了?|多于|少于|大于|小于"
                  r"|不低于|不高于|不少于|至少|过了?)")
PERCENT_SAID = r"(?:\d+(?:\.\d+)?\s*[%％]|百分之)"
#: What ends one ask of a question of several ("一共多少条？其中乡镇多少条？").
QUESTION_CLAUSE_ENDS = r"[？?。；;！!]"
#: (intent, Chinese cue, English cue), in priority order: the first intent with a cue wins, so
#: "哪个最多" is most although 哪 also lists, and "how many reports" is not a lookup.
INTENT_CUES: tuple[tuple[str, str, str], ...] = (
    ("source", r"出处|来源|从哪(?:里|儿)?(?:来|看|得|找)|依据是|哪一?页|原文|哪份(?:报告|文件)|哪个文件",
     r"\bsources?\b|\bwhere (?:is|was|does|did|do) (?:that|this|it|you)\b.*\b(?:from|find)\b"
     r"|\bcit(?:e|ation)\b|\bwhich page\b|\bwhich (?:report|file|document)\b.{0,40}\bfrom\b|\breport file\b"),
    ("why", r"为什么|为何|原因|怎么会", r"\bwhy\b|\bhow come\b|\breasons?\b"),
    ("summary", r"总结|概括|概述|摘要|主要内容|简要介绍|介绍一下",
     r"\bsummar(?:y|ise|ize|ising|izing)\b|\boverview\b|\bmain points\b|\bkey points\b|\bhighlights\b"
     r"|\boutline of\b"),
    # "这个数等于办理总计加结转下年吗", "是否等于办结加结转下年": one side of an equation said equal to the other
    ("checks", r"勾稽|校验|对得上|对不上|加起来对|相符吗|平衡吗|满足.{0,40}[=＝]|(?:是否|是不是)等于|等不等于|相不相等|相不相符|等于[^？?。，,]{1,40}吗|核对.{0,6}(?:数据|数字)|(?:表|列|行|数据)\S{0,4}(?:有问题|有没有问题|有误)",
     # "does <a section or table, however long its name> add up / tally?" ends on the verb: a yes or no
     r"\bconsisten(?:t|cy)\b|\b(?:do|does|did)\b.{0,40}\badd up\b(?! to)|\badds up\b(?! to)|\bchecks? (?:pass|fail)"
     r"|^(?:do|does|did)\b.{0,200}\b(?:add up|tally|balance|sum up|match up|check out)(?: correctly| properly)?\W*$"
     r"|\breconcile|\bbalance\b|\b(?:is|are|does|do)\b.{0,80}\bequals?(?: to)?\b.{0,80}\?"),
    # "正文里说…多少" asks what the prose says, even of a statistic the tables also hold
    ("passage", r"正文|文字部分|(?:报告|年报)(?:里|中)?(?:说|提到|写)|文中|总体情况(?:里|中)|关于什么|涉及(?:哪些|什么)"
                     r"|主要(?:是|涉及)|哪些方面|什么内容",
     r"\bin (?:its|the) text\b|\btext of\b|\bnarrative\b|\bwhat does .{0,100}\bsay\b|\bsay in its\b"
     r"|\bwhat (?:was|were|is|are) (?:the |that |this |those |these |its |their )?[\w\s'-]{0,60}?\babout\b"
     r"|\bwhat (?:subjects?|topics?|matters?|issues?)\b"),
    # "同一年行政许可呢？" is the last turn's year (SAME_PERIOD_AFTER), never whether two names are one body
    ("identity", rf"同一(?!{SAME_PERIOD_AFTER})|是不是一个|更名|改名|前身|原名",
     r"\bsame (?:body|bureau|institution|organi[sz]ation|agency|office)\b|\brenamed\b|\bpredecessor\b"
     r"|\bformerly\b"),
    # "几份2024年度的政府信息公开年报": the words between the count and 年报 name which reports
    ("count_reports", r"(?:多少|几)(?:份|篇|个|种)?(?:年度)?(?:年报|报告)|(?:年报|报告)\S{0,4}?(?:多少|几)份"
                      r"|(?:多少|几)(?:份|篇)[^，,。？?；;]{0,30}?(?:年报|报告)",
     r"\bhow many (?:[\w'-]+ ){0,5}?(?:annual )?reports\b|\bnumber of (?:annual )?reports\b"),
    # "…的年报有哪几年的？": the years of a body's reports (a statistic named makes it a question on it)
    ("corpus", r"(?:哪些|什么|哪几)(?:年报|报告|单位|机构|年份)|(?:年报|报告)(?:列表|清单|目录)|语料|收录"
               r"|(?:年报|报告)(?:都|一共|总共)?有哪(?:几|些)(?:个)?(?:年|年份|年度)|哪(?:几|些)(?:个)?(?:年|年份|年度)的(?:年报|报告)",
     r"\b(?:what|which) (?:\w+ )?(?:reports|documents|bodies|years|agencies|bureaus)\b(?! (?:had|has|have|did|issued|collected|recorded|received|handled))"
     r"|\breports (?:do|did) you have\b|\byour reports\b"
     r"|\breports you have\b|\bhave you (?:got|indexed)\b|\bindexed reports\b"
     r"|\blist (?:all |the )*(?:annual )?reports\b|\bcorpus\b"),
    # "占多大比例" / "是…的多少倍" / "what share" / "…中X占多少？" (no measure word after: a share, not a
    # count): a number divided by another, each cited
    ("ratio", r"占.{0,16}?(?:比例|比重|百分之|百分比|多少%|几成)|(?:比例|比重|百分比|占比)(?:是|为|有)?多少|百分之几|百分之多少"
              r"|纠错率|多少倍|几倍|(?:里|中|当中).{1,24}?占了?多少(?=[？?。，,！!]|$)|(?:各|分别)占.{0,16}?(?:多少|几)"
              # "占办结总数多少": 占 and the whole, then 多少 ending the clause
              r"|占[^，,。？?]{1,12}?(?:总数|总量|总计|合计|全部|的)多少(?=[？?。，,！!]|$)"
              # "…中网络申请的比例？", "结转下年度的占比": the share word ending the question
              r"|(?:的|所占)(?:比例|比重|占比|百分比)[？?。！!]?\s*$|多大(?:的)?(?:比例|比重)"
              # "不予公开的占比超过5%了吗", "占办结总数不到百分之十吧": a share tested against a percent
              rf"|(?:比例|比重|占比|百分比|占[^，,。？?]{{0,12}}?){SHARE_COMPARED}\s*{PERCENT_SAID}",
     r"\bwhat (?:share|proportion|percentage|fraction)\b|\bratio\b|\bper ?cent(?:age)? of\b"
     # "how many times more / as many as / that of": a multiple; "how many times were they sued?" is a count
     r"|\bhow many times\b(?=.{0,80}?\b(?:than|as (?:many|much|large|big|high)|more|bigger|larger|higher|greater"
     r"|that of|those of)\b)"
     r"|\bas a (?:share|percentage)\b|\bshare of\b"),
    ("ranking", r"排名|排序|排行|前[0-9一二三四五六七八九十]+(?:名|个|位)|从高到低|从多到少|从低到高",
     r"\brank(?:ing|ed|s)?\b|\bsort(?:ed)?\b|\border(?:ed)? by\b|\btop (?:\d+|three|five|ten)\b"),
    # "哪个高，高多少" / "which is higher, and by how much": the gap is the answer
    ("difference", r"相差|差多少|[多少高低]多少|差距|差额|一样吗|相同吗|一致吗",
     r"\bby how much\b|\bhow much (?:more|higher|less|lower|bigger|smaller)\b|\bgap\b|\bdifference\b"
     r"|\b(?:is|are|was|were) (?:it|they|these|those|the \w+) the same\b"),
    # "哪个更多" / "which had more, X or Y": the most among the bodies named
    # "哪年多" / "哪个局高": a which-question that ends on 多 / 高 / 大 (never the 多 of 多少); "X和Y谁罚得多"
    # asks which of the bodies named, as 哪个 does
    ("most", r"最多|最高|最大|哪个?.{0,20}?更(?:多|高|大)|[哪谁][^，,。？?！!]{0,20}?(?:多|高|大)(?!少)(?:一些|一点|些)?(?=[？?。！!呢啊吧]|$)",
     r"\b(?:most|highest|largest|biggest|greatest|maximum)\b|\bwhich\b.{0,40}?\b(?:more|higher|larger)\b(?!.*\bthan\b)"),
    ("least", r"最少|最低|最小|哪个?.{0,20}?更(?:少|低|小)|[哪谁][^，,。？?！!]{0,20}?(?<!多)(?:少|低|小)(?:一些|一点|些)?(?=[？?。！!呢啊吧]|$)",
     r"\b(?:least|fewest|lowest|smallest|minimum)\b|\bwhich\b.{0,40}?\b(?:fewer|less|lower|smaller)\b(?!.*\bthan\b)"),
    ("difference", r"相差|差多少|差距|差异|差别|对比|比较|相比|比(?!例|重|率).{0,20}?(?:多|少|高|低|增|减|涨|降)",
     r"\bdifference\b|\bcompar(?:e|ed|ing|ison)\b|\bversus\b|\bvs\b"
     r"|\b(?:more|fewer|less|higher|lower|greater|bigger|smaller)\b.{0,120}?\bthan\b"),
    ("trend", r"变化|怎么变|如何变|趋势|逐年|历年|增长|增加|减少|下降|上升|走势|每年|各年|演变|涨|降了|升了|增了|减了|多了还是少了",
     r"\btrends?\b|\bover the years\b|\bchang(?:e|ed|es|ing)\b|\bgr(?:ow|ew|own|owth)\b|\bincreas|\bdevelop(?:ed|ment)?\b"
     r"|\bevolv|\byearly\b|\bper year\b|\bby year\b|\bacross (?:the )?years\b"
     r"|\bdecreas|\bdeclin|\byear by year\b|\beach year\b|\bevery year\b|\bover time\b"),
    ("average", r"平均|均值", r"\baverage\b|\bthe mean\b|\bmean (?:number|value)\b"),
    # the sum words of statwords (one home: "加在一起" asked a list, not a total) and the whole's nouns
    ("total", "|".join(["总数", "累计", "汇总", *(w for w in SUM_WORDS if not w.isascii())]),
     r"\btotal\b|\bsum\b|\baltogether\b|\bcombined\b|\bin all\b|\badd(?:ed)? up\b|\b(?:taken|put|added) together\b"),
    ("list", r"哪些|列出|列举|有哪几",
     r"\blist\b|\bwhich (?:ones|bodies|bureaus|counties|districts|cities)\b|\bname (?:all|the)\b"),
)

#: "一样吗" / "the same?": the answer says yes or no before the numbers.
ASKS_SAME = r"一样|相同|一致|\bthe same\b|\bsame as\b|\bidentical\b|\bequal\b"
#: "落款日期" / "when was the report signed": the date a report ends with; "报告是哪天写的 / 发布的"
#: asks it in everyday words.
SIGNED = (r"落款|签发|成文|印发日期|发布日期"
          r"|(?:报告|年报)(?:是|在)?(?:哪天|哪一天|什么时候|何时|几月几[日号])(?:写|发布|发|出|公布|印发|编制|完成)"
          r"|\bsigned\b|\bdated\b|\bdate of (?:the|this|its) report\b"
          r"|\bwhen was\b[^?]{0,120}?\breport\b[^?]{0,120}?\b(?:written|published|issued|released)\b")
#: A full date as reports print it ("2021年1月20日").
FULL_DATE = r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
#: A year as a question writes it, to take out of its words ("2020年度").
YEAR_WORDS = r"(?:19|20)\d\d\s*年?度?"
#: Words that ask rather than name the subject ("开展了几次…活动" -> 政府开放日活动).
#: A count asked as a threshold ("有三千多件吗", "超过五百件了吗", "有没有一百件"): the question asks
#: the count (its answer says whether it reaches the threshold by stating it).
THRESHOLD_ASKED = (rf"(?:有没有|超过了?|超出了?|多于|少于|不到|不足|达到了?|是不是|有)\s*(?:\d+|[{CN_NUMERALS}千万两]+)"
                   rf"\s*(?:多|余)?\s*[{ASKED_MEASURES}](?=[^，,。？?]{{0,3}}?(?:吗|吧|没有|没|[？?]|$))")
#: A yes/no question against a threshold ("罚款超过五百次了吗", "有没有超过一百件", "是否多于200件",
#: "不到一百件吧", "Did it exceed 100?", "more than 100?", "at least 50?"): each comparison word -> the
#: relation the figure is tested by (above: >, at_least: >=, below: <, at_most: <=). Longer words
#: first: 不超过 is no 超过.
THRESHOLD_RELATIONS_ZH: dict[str, tuple[str, ...]] = {
    "at_most": ("不超过", "没超过", "没有超过", "未超过", "不多于", "不高于", "不大于", "至多", "最多"),
    "below": ("不到", "不足", "少于", "低于", "小于", "未满", "不满", "没到", "没有到", "未达到", "没达到",
              "没有达到"),
    "above": ("超过了", "超过", "超出了", "超出", "多于", "高于", "大于", "过了"),
    "at_least": ("至少", "不少于", "不低于", "不小于", "达到了", "达到", "够", "满", "有没有", "有"),
}
THRESHOLD_RELATIONS_EN: dict[str, tuple[str, ...]] = {
    "at_most": ("at most", "no more than", "not more than", "not exceed", "no higher than"),
    "below": ("fewer than", "less than", "under", "below", "lower than", "short of"),
    "above": ("more than", "over", "above", "exceeded", "exceeds", "exceed", "greater than", "higher than",
              "in excess of"),
    "at_least": ("at least", "no fewer than", "no less than", "as many as", "reached", "reach"),
}
#: Words before the comparison that make it a yes/no ask ("是否超过", "有没有超过", "是不是不到").
THRESHOLD_ASKING_BEFORE = r"(?:是否|有没有|有没|是不是)"
#: What closes a yes/no ask after the threshold and its measure ("…五百次了吗", "…一百件吧", "…没有?").
THRESHOLD_ASKING_AFTER = r"[^，,。；;？?]{0,4}?(?:吗|吧|么|没有|没|呢|[？?]|$)"
#: A threshold's measure after its number: money or a counting word ("六百万元", "五百次"); never a
#: year, a date, a share or a percent ("有没有2024年的", "超过五成"), which the lookahead refuses.
THRESHOLD_MEASURE = (rf"(?:多|余)?\s*(?P<measure>亿元|万元|元|亿|万|[{ASKED_MEASURES}])?"
                     rf"(?![年月日号%％成倍分\d{{digits}}])")
#: A rate's threshold after its number ("纠错率超过20%了吗", "百分之二十", "above 20 percent"): a percent.
THRESHOLD_PERCENT_ZH = r"[%％]"
THRESHOLD_PERCENT_BEFORE_ZH = "百分之"
THRESHOLD_PERCENT_EN = r"\s*(?:%|percent\b|per cent\b)"
#: Money units in yuan: a threshold written "六百万元" is tested against a cell counted in 万元.
YUAN: dict[str | None, int] = {"元": 1, "万元": 10_000, "亿元": 100_000_000}
#: A power written after a threshold's number ("600万元", "1万件"): its value.
THRESHOLD_POWERS: dict[str, int] = {"万": 10_000, "亿": 100_000_000, "万元": 10_000, "亿元": 100_000_000}
#: The yuan sign a money threshold ends with.
YUAN_SIGN = "元"
#: A category of the proactively disclosed information named by its own name ("机构职能类信息",
#: "政策、规范性文件类", "重大建设项目类的"): the reports state such a category's count in their prose
#: listing only; the table's 主动公开 count is the whole of every category, never the category's.
#: Asking words before 类 ("哪一类", "各类", "几类") name no category.
INFO_CATEGORY = r"(?<![哪各这那此几每同一两])(?:[\u4e00-\u9fff]{2,10}、)?[\u4e00-\u9fff]{2,10}(?<![哪各这那此几每同一两])类(?!别|型)"
#: The word that ends a category's name ("机构职能类").
CATEGORY_MARK = "类"
#: Characters no category's name holds: what stands before the last of them is the question's
#: own words ("主动公开的重大建设项目类", "工单里投诉类").
BEFORE_CATEGORY = "的里中之在"
#: The statistic key such a category is a part of.
INFO_CATEGORY_WHOLE = "主动公开"
#: An English yes/no question: it opens with an auxiliary ("Did …", "Was …", "Has …") or asks
#: no wh-question at all ("Pingtan's penalties in 2024 more than 500?").
YES_NO_EN = r"^\s*(?:did|does|do|was|were|is|are|has|have|had|could|can)\b"
WH_EN = r"\b(?:how|what|which|who|whom|whose|when|where|why)\b"
#: A yes/no question whether there was any at all ("Did X get any requests?", "有没有收到申请",
#: "是否有行政复议"), no number named: the figure is tested against zero and the answer opens with
#: yes or no. English needs a yes/no opening (YES_NO_EN) and "any" (never "any bureau": a body
#: word after it asks across bodies, and the verdict is only given of one body).
SOME_ASKED_EN = r"\bany\b"
#: …or in a later clause of its own ("how many …, and were any overturned?").
SOME_CLAUSE_EN = r"(?:[?;,]\s*(?:and\s+|but\s+)?|\band\s+)(?:did|does|do|was|were|is|are|has|have|had)\b[^?;,]*\bany\b"
#: Chinese also asks it with a clause opening with 有 and closing with 吗 ("有被纠正的吗", never
#: "有多少…吗"), with 过…吗 ("收到过申请吗", never 超过/通过/经过) or 是否 before a verb of receiving.
SOME_ASKED_ZH = (r"有没有|有无|是否有|有没|是否(?:收到|受理|发生|出现|遇到)"
                 r"|(?<![\u4e00-\u9fff])有(?!多少|几)[^，,。？?；;！!\s]{1,20}?吗"
                 r"|(?<![超通经])过[^，,。？?；;！!\s多几]{1,20}?吗")
TOPIC_ASKING = (rf"{THRESHOLD_ASKED}|多少|几[{ASKED_MEASURES}]?|是什么|是哪|哪些|哪个|哪天|什么|怎么|如何|是否|有没有|请问"
                r"|开展了|开展|举办了|举办|收到了|收到|报告|年报|里|中|的|了|吗|呢|共|一共|总共")
#: A comparison word glued to the thing compared ("简报比2015年", "访问量较上年"): no part of the topic.
TOPIC_COMPARING = r"(?:相比|对比|比较|比|较)(?=\s|$|上一?年|去年|前一?年|同期)"
#: What an English question asks about: the words after "how many" up to its verb.
EN_TOPIC = (r"\b(?:how many|how much|number of|what (?:is|was|were|are) the|which)\s+(.+?)"
            r"(?=\s+(?:did|do|does|was|were|is|are|has|have|had|in|for|at|of the|by)\b|[?.]|$)")
#: Words of a question that ask or connect rather than name a statistic's label.
LABEL_FUNCTION_WORDS = frozenset({
    "多少", "数量", "情况", "请问", "分别", "其中", "通过", "统计", "统计表", "表中", "报告", "年报", "一共",
    "共有", "以及", "还有", "那么", "是否", "哪个", "哪些", "什么", "记录", "填报", "是多", "有多",
})
#: How a question asks ("是多少", "有几个", "分别是什么"): not words of a statistic's label.
LABEL_ASKING = r"(?:分别)?(?:是|有|为|共)?(?:多少|几)(?:个|件|条|人|项|次|份)?|(?:分别)?是什么|[?？。!！,，、“”\"]"
#: "两年相差多少？": the years of the earlier turns.
EARLIER_YEARS = r"两年|这两年|两个年份|几年|\b(?:the|these|those|both) (?:two )?years\b"
#: Words that ask rather than tell; they say nothing about which sentence answers.
QUESTION_WORDS = frozenset({
    "多少", "几", "哪些", "哪个", "什么", "是否", "怎么", "如何", "为什么", "请问", "吗", "呢", "有", "是",
    "报告", "年报", "年度", "how", "many", "much", "what", "which", "did", "does", "do", "the", "of",
    "in", "a", "an", "is", "was", "were", "are", "have", "has", "had", "to", "for", "and", "by", "on",
    "report", "reports", "number", "year",
    # words pointing back at what the question names ("那件申请"): never words of a sentence
    "那件", "这件", "那个", "这个", "那次", "这次", "那些", "这些",
    # words scoping a follow-up to the last answer ("其中乡镇公开的…"): the part's words say which clause
    "其中", "这里面", "那里面", "这当中", "那当中",
})
#: A question asking what something is about ("那件申请主要是关于什么的", "涉及哪些方面",
#: "what was the request about"): answered by a sentence that says a topic (涉及/关于/内容…).
ABOUT_ASKED = (r"(?:关于|涉及|有关|围绕)(?:的是)?(?:什么|哪些|哪方面|哪个方面|啥)|(?:什么|哪些|哪方面|啥)(?:内容|方面|事项?)"
               r"|内容是(?:什么|啥)|\babout what\b|\bwhat (?:was|were|is|are|did)\b[^?]*\babout\b"
               r"|\bwhat (?:topics?|subjects?|matters?)\b|\bconcern(?:ed|ing)? what\b")
#: The words that ask a topic: a sentence naming a topic says them its own way.
ABOUT_ASKING = ("关于", "涉及", "有关", "围绕", "内容", "方面", "事项")
#: How a sentence says what something is about (outside a document's title in 《》).
ABOUT_SAID = r"涉及|关于|有关|内容(?:为|是|包括|主要)|主要是|集中在|围绕|等方面"
#: An aspect particle a question's verb ends with ("发了", "开过"): not a word of the sentence.
ASPECT_END = r"(?<=\w)[了过]$"
#: A word of a question that only asks ("几个", "多少件"), as the word splitter gives it.
ASKING_TERM = rf"^(?:多少|几)[{ASKED_MEASURES}]?$"
#: A question asking for a quantity (case-insensitive).
QUANTITY_CUES = r"多少|几|数量|金额|经费|预算|how many|how much|number of|amount|budget|spent|total"
#: A year or a date in a sentence ("2020 年", "12 月 31 日"): a number that is no quantity.
YEAR_OR_DATE = r"(19|20)\d\d\s*年度?|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月"
#: What a quantity counts when the question says it after 多少 / 几 ("有多少粉丝").
COUNTED_AFTER_ASKING = r"(?:多少|几)(?:个|件|条|名|位|人|次|场|篇|份|项|家|户)?([\u4e00-\u9fff]{2,8})"
#: The words that ask for a count ("多少件", "几次").
ASKING_COUNT = r"多少|几"
#: A count or an amount asked, in either language ("几个项目", "how many projects").
COUNT_ASKED = r"多少|几|\bhow (?:many|much)\b"
#: Breaks between questions asked at once ("…多少条，粉丝多少？", "哪天落款的？填报人是谁？"):
#: a break splits only when every part has its own asking word (PART_ASKING).
PART_BREAKS = r"[?？;；，,]"
#: Inside one part: a list of asks ("其中微博几个、微信公众号几个"), split only when each item asks.
LIST_OF_ASKS_BREAK = "、"
#: The same breaks in English, where a comma is no break by itself ("Pingtan's Tourism, Culture and
#: Sports Bureau"): a question mark or semicolon, a comma before "and"/"but", or "and" before an
#: asking word ("…in 2018, and how many of them …", "… and when was it signed?").
PART_BREAKS_EN = r"[?;]|,\s*(?=(?:and|but)\b)|\band\s+(?=(?:how (?:many|much)|who|when)\b)"
#: A part asking the same of two things at once ("微博和微信各几个", "微博、微信分别多少个"): each thing
#: is asked apart, with the asking words after them.
EACH_OF_TWO = (r"(?P<a>[\u4e00-\u9fffA-Za-z]{1,8}?)(?:和|与|及|跟|、)(?P<b>[\u4e00-\u9fffA-Za-z]{1,8}?)"
               r"(?:各自|各|分别)(?P<ask>[^，,。？?；;]*)")
#: The words that ask a part of its own: a count, a person, a date.
PART_ASKING = r"多少|几|谁|哪天|哪一天|何时|什么时候|\bhow (?:many|much)\b|\bwho\b|\bwhen\b"
#: A message asking things of different kinds at once, each answered by its own route ("收到几件申请
#: 主要问的啥", "复议后起诉的有几件？结果分别怎样？", "梳理了多少项行政权力事项？责任事项呢？", "how many
#: requests, and what's their phone number?"): the words that make a piece an ask of its own. A piece
#: without one (a body and year said first, "行政诉讼里") is the context of the ask after it.
ASK_OF_ITS_OWN = (PART_ASKING + r"|啥|什么|怎样|怎么样|如何|哪些|哪个|哪里|[^，,。？?；;\s]{2,}呢\s*[？?]?\s*$"
                  r"|\bwhat\b|\bwhich\b|\bwhere\b")
#: Where such a message breaks between asks: PART_BREAKS, and in Chinese a space between two words
#: ("收到几件信息公开申请 主要问的啥").
ASKS_BREAK_ZH = PART_BREAKS[:-1] + r"]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])"
#: A year in running text ("2020年度"): never part of a quantity.
YEAR_IN_TEXT = r"(?:19|20)\d\d\s*年度?"
#: The year a comparison is made against ("2024年比2023年", "from 2023 to 2024", "than in 2023",
#: "与2023年相比", "2023年的…是2024年的多少倍"): the other year is the subject the answer speaks of.
BASE_YEAR = (r"(?:比|较|相比于?|相较于?|\bthan\b(?: in)?|\bcompared? (?:with|to)\b(?: in)?|\brelative to\b"
             r"|\bfrom\b|\bsince\b|是)\s*(?P<y>(?:19|20)\d\d)|(?:与|和|同)\s*(?P<y2>(?:19|20)\d\d)\s*年?(?:相比|比较|对比)")
#: A rate asked ("办结率是多少", "公开率", "what was the handling rate"): a share whose part is the
#: statistic named right before the rate word (办结 of 办结率: the requests handled) and whose whole is
#: what the question says it is of ("收到的申请"). C …率; E … rate.
RATE_ASKED = r"(?P<zh>[\u4e00-\u9fff]{1,6}?)率(?!先)|\b(?P<en>[a-z]+(?: [a-z]+)?) rates?\b"
#: A rate of change asked ("增长率", "下降率", "降幅", "增幅", "growth rate", "rate of decline"): the change
#: between two figures as a percent of the earlier one, never a share of a statistic (RATE_ASKED's
#: words naming a change, not a statistic). C, E.
CHANGE_RATE = (r"(?:增长|下降|减少|增加|上升|降低|提高|回落|下滑|变化|变动)(?:率|幅度|的幅度|比例|百分比)|[增降涨跌减]幅|增速"
               # "下降了百分之几", "多百分之几", "增加了多少%" (not 百分点: points of a rate are its difference)
               r"|(?:增长|下降|减少|增加|上升|降低|提高|回落|下滑|变化|变动|多|少|减|增|涨|降|跌)了?"
               r"(?:百分之几|百分之多少|多少[%％]|几成)"
               r"|\b(?:growth|decline|change|increase|decrease|reduction|drop) rates?\b"
               r"|\brate of (?:growth|decline|change|increase|decrease|reduction)\b"
               r"|\bpercent(?:age)?[ -](?:change|increase|decrease|drop|fall|rise|decline|growth|reduction|gain)s?\b")
#: Percent asked beside a change ("by what percentage did it fall", "by how much …, in percent"): with
#: a change asked (CHANGE_ASKED, a change noun or verb), the change as a percent of the base. E.
CHANGE_IN_PERCENT = (r"\bby what (?:percent(?:age)?|per ?cent|%)|\bin (?:percent(?:age)?|per ?cent|%)(?: terms)?\b"
                     r"|\bhow many (?:percent|per ?cent)\b|\bas a percent(?:age)?\b(?! of)|\bwhat percent(?:age)? (?:change|"
                     r"increase|decrease|drop|fall|rise|decline)\b|\bby how (?:much|many) percent\b")
#: The direction a change question asks ("下降了百分之几", "how much did they fall"): the answer says the
#: change in that frame, and says so when the figures went the other way. (frame, pattern)
CHANGE_FRAMES = (("fall", r"下降|减少|降低|回落|下滑|降幅|跌|减幅|\b(?:fall|fell|fallen|drop\w*|declin\w*|decreas\w*|"
                          r"reduc\w*|shr[iu]nk\w*|(?:go|went|gone) down|lower)\b"),
                 ("rise", r"增长|增加|上升|提高|增幅|涨|增速|\b(?:rise|rose|risen|grow\w*|grew|increas\w*|jump\w*|"
                          r"climb\w*|(?:go|went|gone) up|higher)\b"))
#: A ratio asked as a multiple ("多少倍", "how many times"), not a share.
RATIO_TIMES = r"倍|\btimes\b"
#: The word a share's whole follows ("占淮安市的", "what share of Huai'an's requests"): the body
#: named right after it is the denominator, whichever is named first.
SHARE_OF = r"占|\b(?:share|proportion|percentage|fraction|per ?cent) of\b"
#: Money asked for ("罚没了多少钱", "amount of fines"): a count of decisions never answers it.
MONEY_ASKED = (r"多少钱|金额|罚没|罚款(?:额|数额|总额)|多少万元|多少元|\bhow much money\b|\bamount of (?:money|fines)\b"
               r"|\bin fines\b|\bfines? (?:collected|imposed)\b")
#: Time asked for ("平均多少天", "几个工作日", "average number of days", "how long"): a count of
#: requests or decisions never answers it.
TIME_ASKED = (r"多少天|几天|多少个?工作日|几个工作日|多少个?小时|几个小时|多少分钟|几分钟|平均用时|平均耗时"
              r"|\b(?:number of|how many|average|mean|median)\s+(?:\w+\s+)?(?:days|hours|minutes)\b|\bhow long\b")
#: A rating asked ("满意度", "好评率", "satisfaction", "score"): no table counts one; a count of
#: requests or decisions never answers it.
RATING_ASKED = (r"满意度|满意率|满意程度|好评率|差评率|评分|打分|得分|星级"
                r"|\bsatisf(?:action|ied)\b|\bratings?\b|\bscores?\b|\bapproval rate\b")
#: A unit a question asks for, by family, and the units of the statistics that can answer it: a
#: statistic counted in another unit does not hold it, and the answer says so (name, pattern, units).
UNIT_ASKED: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("money", MONEY_ASKED, MONEY),
    ("time", TIME_ASKED, ("天", "工作日", "小时", "分钟")),
    ("rating", RATING_ASKED, ()),
)
#: The column or row of a table that holds the whole of its parts ("本年新收 总计").
WHOLE = "总计"
#: What may stand between a statistic's words and its number in prose ("主动公开政府信息共123条").
PROSE_LINK = r"\s*(?:共计|合计|总计|共|达|约|为|了)?\s*"
#: Words before a statistic's words that make its prose number another one (a running total).
PROSE_NOT_THE_YEAR = r"累计|历年|截至|截止"
#: The gap asked beside "which had more" ("多多少", "多几件", "差几件", "by how many").
#: A gap asked against the year before the one a most / least finds ("哪年最多？比上一年增加了多少",
#: "which year was highest, and by how much did it grow over the year before"): the top year's figure
#: less the one of the year before it, never the runner-up's. C, E.
PRIOR_YEAR_GAP = (r"(?:比|较|跟|和|与|同)(?:其|它|那一?年|该年|这一?年)?(?:的)?(?:上一?年度?|前一年度?|去年|头一年)"
                  r"|同比|\b(?:over|than|from|compared (?:with|to)|on|versus|vs\.?) (?:the |its |that of the )?"
                  r"(?:year before|previous year|prior year|preceding year|year earlier|last year)\b|\byear[- ]on[- ]year\b")
#: A whole asked ("一共梳理了多少项", "共多少件", "in total"), and the word a report's clause opens its
#: whole with ("共梳理出A 2917项、B 240项"): when that clause states only the parts, no part answers. C, R.
#: (共 is never the 共 of 公共; "各多少" / "分别" asks each part, never the whole.)
WHOLE_ASKED = r"(?<!公)共(?![同享建])|合计|总计|总数|总量|\bin total\b|\baltogether\b|\btotal\b"
WHOLE_SAID = r"(?<!公)共(?![同享建])|合计|总计"
EACH_PART_ASKED = r"各|分别|\beach\b|\brespectively\b"
GAP_ASKED = r"[多少高低]多少|(?<![减增至最])[多少高低](?:了多少|了?几)|相差|差了?(?:多少|几)|差距|\bby how (?:many|much)\b|\bhow many more\b|\bhow much more\b"
#: A change between two years asked as an amount ("下降了多少", "2023年到2024年变化多少", "多还是少",
#: "how much did it fall", "by how much", "what was the change"): with two years or a range named, the
#: answer is the difference of the two years' values, not the values alone.
CHANGE_ASKED = (r"(?:下降|减少|增加|增长|上升|降低|提高|回落|下滑|减|增|涨|降|跌|变化|变动|多|少)了?(?:多少|几)"
                r"|(?:多(?!少)|(?<!多)少)[\u4e00-\u9fff]{1,2}了(?:多少|几)"  # "多发了几期", "少收到了多少件"
                r"|多了?还是少了?|增加还是减少|增长还是下降|上升还是下降|是增是减|变化(?:量|幅度)?(?:是|有)?多大"
                r"|\bby how (?:much|many)\b|\bwhat (?:was|is|were) the (?:net )?(?:change|increase|decrease|drop|fall|rise"
                r"|growth|decline|reduction)\b|\bhow (?:much|many)\b.{0,160}?\b(?:fall|fell|fallen|drop|dropped|declin\w*"
                r"|decreas\w*|rise|risen|rose|grow|grew|grown|increas\w*|chang\w*|(?:go|gone|went) (?:up|down)"
                r"|jump\w*|climb\w*|shr[iu]nk\w*|reduc\w*)\b"
                r"|\bhow (?:much|many) (?:more|fewer|less)\b.{0,160}?\bthan\b")  # "多了多少": "how many more … than in 2015"
#: A change asked with a verb of change ("变化了多少", "增减", "how much did it grow"): the answer
#: says the direction with a verb too ("减少了173条", "decreased by 173"), not "少173条".
CHANGE_VERBS = (r"变化|变动|增减|增加|减少|增长|下降|上升|降低|提高|回落|下滑|增幅|降幅"
                r"|\b(?:chang\w*|grow\w*|grew|increas\w*|decreas\w*|declin\w*|fall|fell|fallen|drop\w*"
                r"|rise|risen|rose|go(?:ne)? (?:up|down)|went (?:up|down))\b")
#: A change asked of each year or body one by one ("分别增加了多少"): not one difference.
CHANGE_EACH = r"分别|各自|\brespectively\b|\beach\b"
#: A change named as a noun ("so what was the increase from 2014 to 2015?"): in a follow-up naming
#: no body and no statistic, it is the change of the statistic talked about.
CHANGE_NOUN = (r"\b(?:increase|decrease|change|growth|drop|rise|difference|decline|fall|reduction|gain)s?\b"
               r"|增加|减少|增长|下降|上升|降低|变化|变动|差额|相差")
#: Precision asked for a computed number ("保留一位小数", "精确到小数点后两位", "取整", "to one
#: decimal place", "rounded to the nearest whole number"): (pattern, decimals); a pattern with a
#: group "n" takes the count of decimals from it (a digit, a Chinese numeral or an English word).
DECIMALS_ASKED: tuple[tuple[str, int | None], ...] = (
    (r"保留(?:到)?(?:小数点后)?\s*(?P<n>\d|[一二两三四])\s*位(?:小数|有效小数)?", None),
    (r"精确到(?:小数点后)?\s*(?P<n>\d|[一二两三四])\s*位(?:小数)?", None),
    (r"(?P<n>\d|[一二两三四])\s*位小数", None),
    (r"精确到十分位|精确到0\.1(?!\d)", 1),
    (r"精确到百分位|精确到0\.01(?!\d)", 2),
    (r"取整|保留整数|精确到(?:个位|整数)|(?:四舍五入)?(?:到|为|成)整数", 0),
    (r"\b(?P<n>\d|one|two|three|four)[ -]?decimals?(?: (?:places?|points?|digits?))?\b", None),
    (r"\b(?P<n>\d)\s?d\.?p\.?(?!\w)", None),
    (r"\bnearest (?:tenth|0\.1)\b", 1),
    (r"\bnearest (?:hundredth|0\.01)\b", 2),
    (r"\bnearest (?:whole (?:number|percent(?:age point)?)|integer|unit|percent(?:age point)?)\b"
     r"|\b(?:as|to) an? (?:whole number|integer)\b|\bround(?:ed)? (?:off |up |down )?to (?:a |an )?(?:whole number|integer)\b"
     r"|\bno decimals?\b|\bwithout decimals?\b", 0),
)
#: How many decimals a number word says ("一位", "two decimal places").
DECIMAL_COUNT_WORDS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "one": 1, "two": 2, "three": 3, "four": 4}
#: English words after "share of X" that start the share's whole ("the share of reviews *in*
#: reviews and lawsuits combined") or its part ("what share of reviews and lawsuits *were* reviews").
SHARE_WHOLE_AFTER = r"\b(?:in|among|within|out of)\b"
SHARE_PART_AFTER = r"\b(?:were|was|are|is|came from|went to|ended as|ended in)\b"
#: "fully or partly disclosed", "予以公开或部分公开的占多少": on one side of a share, "or" joins the
#: parts it counts together (a request is one or the other), as "and" does. C, E.
SHARE_EITHER = r"\s*(?:or|或|或者|或是)\s*"
#: Words that may stand before the first statistic of a share's side ("in *all the* reviews and lawsuits").
SHARE_LEAD_FILLERS = r"\b(?:the|all|total|those|these|their|its|of|number|numbers|administrative)\b|(?:19|20)\d\d\s*年?度?|'s\b|[\s,:的]"
#: "of reviews and lawsuits, what share were reviews": the whole named first, in a clause of its own.
SHARE_AMONG = r"\b(?:of|among|out of)\s+(?P<whole>[^,?;]+),\s*(?=(?:what|which|how)\b)"
#: "行政复议和行政诉讼中，行政复议占多少": the whole named first, then 中 / 当中 / 里, then the part and 占;
#: without 占 ("行政复议和行政诉讼中行政诉讼的比例") the part is what stands before its share word.
SHARE_AMONG_ZH = (r"(?P<whole>[^，,？?；;。]+?)(?:当中|之中|里面|中|里)[，,]?\s*(?P<part>[^，,？?；;。]+?)"
                  r"(?:所?占|的(?=比例|比重|占比|百分比|份额))")
#: The words joining the parts a question asks each share of ("主动公开和依申请公开各占多少").
PARTS_JOINED = r"和|与|及|以及|、|跟|\band\b"
#: A remainder asked by a negated verb ("还有多少件没办结", "尚未答复的有几件"; never "有没有"): the
#: verb is the part done, counted in the same sentence as the whole. Only verbs of handling a
#: matter: "没有相关信息" / "没法提供" negate no part done, and "没公开" is 不予公开 (a row), not a remainder.
REMAINDER_VERBS = "办结|办完|办理|答复|回复|处理|审结|审完|结案|完成|受理|同意|反馈|解决|整改|回应"
REMAINDER_ASKED = rf"(?<!有)(?:还没有|还没|尚未|没有|没|未)(?P<verb>{REMAINDER_VERBS})"
#: A character that negates the verb after it in a statistic's name (不予公开, 未办结, 无法提供).
NEGATION = r"[不未无没非]"
#: The plain count asked, put for a gap's words when the figures of a gap are looked for
#: ("收件和办结相差多少件" looks for "收件和办结多少件").
PLAIN_COUNT_ASKED = "多少"
#: Two things a sum question joins ("微信和微博一共…", "季度通报加月通报"): "加" only where it joins,
#: never in "加起来", "增加", "参加".
SUM_JOINED = r"以及|加上|(?<![增追参附添更])加(?![起在总强大])|和|与|及|跟|\band\b|\bplus\b"

#: The joiner before a listed sum's last thing ("A、B和C", "A、B以及C"): that thing counts like the 、 ones.
LIST_LAST_JOINER = r"以及|和|及|与"
#: Words before a list's first thing that name no thing ("2020年通过政府网站、…").
LIST_LEADING_WORDS = r"^(?:年度?|通过|在|的|对)+"

#: The English words that may stand between a body's name and its own year when a question pairs
#: each body with a year ("did Hongze District have in 2023 than Huai'an City in 2024", "publish in 2022"):
#: a few words, none that joins or compares (than, and, or…: the year is another name's then).
YEAR_BESIDE_NAME_EN = (r"^[\s']*(?:(?!(?:than|and|or|with|versus|vs|compared|against|to|from|but)\b)[a-z]+\s+){1,3}$")

#: The words of an equality asked ("等于", "一致", "对得上"…).
_EQUAL_WORDS = ("等于", "一致", "相等", "吻合", "对得上", "相符", "符合", "一样", "相同")
EQUAL_SAID = "|".join(_EQUAL_WORDS)
#: The A-not-A asks of those words ("等不等于", "一不一致", "对不对得上", "相不相符"): a yes or no
#: question like "等于吗".
EQUAL_A_NOT_A = "|".join(f"{w[0]}不{w}" for w in _EQUAL_WORDS)
#: A figure asked equal to another ("和2015年度数一致吗", "does it match the year's own figure?").
EQUAL_ASKED = (rf"(?:{EQUAL_SAID})(?:吗|么|不|？|\?)|(?:是否|是不是)(?:{EQUAL_SAID})|{EQUAL_A_NOT_A}"
               r"|\b(?:match(?:es)?|equals?|(?:the )?same as|consistent with)\b")
#: The year's own figure named beside a running total's ("2015年度数", "本年数", "the year's own figure").
OWN_YEAR_ASKED = (r"年度(?:的)?(?:数|数字|数据|数值)|本年度?(?:的)?数|当年(?:度)?(?:的)?数"
                  r"|\b(?:own|annual|that year's|the year's|the year's own) (?:figure|count|number|total|value)\b")
#: The Chinese characters that join or compare two sides: a year with one of them between it and a
#: name is the other side's ("淮安市2024年比洪泽区2023年": 2024 is 淮安市's, never 洪泽区's).
NOT_BESIDE_ZH = "比较和与跟同及或"
