"""Everyday words for the templates' statistics: per request-table row, row group, applicant
column, appeal group and outcome, statistic (Concept) and column verb. Data only; the logic is
in assistant/linking/statistics.py, which adds each cell's own printed label, cues and `words` from index/templates.

Each entry is a word FAMILY: the template's label and its everyday synonyms, verbs and measure
phrases, Chinese and English, never one question's phrasing. The comment above each family
says where it comes from: the national template's own label (T), the wording reports use in
their prose for that line (R), common usage of citizens and the press (C), and the English of
the State Council's official translations and of the press (E).
"""

from __future__ import annotations

#: Rows of section 三 (政府信息公开申请), by row key.
REQUEST_ROWS: dict[str, tuple[str, ...]] = {
    # T 本年新收; C 收到 / 新提的; E received
    "本年新收": ("本年新收", "新收到", "新收", "新提", "收到的申请", "newly received", "new requests", "received"),
    # T 上年结转; C "from last year, not finished"; E carried over / brought forward
    "上年结转": ("上年结转", "上一年结转", "从上一年带过来", "从上年带过来", "上年带过来", "带过来", "从去年转来",
             "上一年转来", "上年转来", "去年没办完", "上年未办结", "carried over from", "brought forward from",
             "brought forward", "left over from",
             # C: said from the receiving year's side (转过来 / 结转过来 / 遗留下来), E: held over, backlog
             "转过来", "结转过来", "转进来", "带到本年", "遗留下来", "上年遗留", "上一年遗留", "往年遗留", "上年没办完",
             "上一年没办完", "前一年没办完", "上年剩下", "上一年剩下", "carried in from", "held over from",
             "pending from the previous year", "pending from last year", "backlog from", "unfinished from"),
    # T 予以公开; C 全部公开 / 全给公开了; E disclosed in full
    "予以公开": ("予以公开", "全部公开", "全部予以公开", "全都公开", "全都给公开", "全给公开", "都给公开", "完全公开",
             "全部给公开", "fully disclosed", "disclosed in full", "granted in full", "full disclosure",
             "fully granted", "released in full", "disclosed fully", "released fully",
             # T of the old appendix (同意公开答复数, ROW_IN_OLDER); E: agreed to disclose / release
             "同意公开", "agreed to disclose", "agreed to release", "agreed to make public", "agreed to disclosure",
             "agreed to provide", "approved for disclosure", "approved for release", "disclosure agreed"),
    # T 部分公开; C 只公开了一部分; E partially disclosed
    "部分公开": ("部分公开", "部分予以公开", "公开了一部分", "公开一部分", "只给公开了一部分", "只公开了一部分", "一部分公开",
             "partially disclosed", "partly disclosed", "partial disclosure", "disclosed in part", "in part",
             "disclosed partially", "disclosed partly", "released partially", "released partly",
             # C: 给了一部分 / 只公开部分; E: part released, granted in part
             "部分给公开", "只公开部分", "公开部分信息", "公开了部分", "给了一部分", "只给了一部分", "部分提供",
             "only part of", "part of the information", "partially granted", "partly granted", "partially released",
             "partly released", "released in part", "partial release", "partially answered", "partly answered",
             "partially approved", "partly approved", "partially fulfilled", "partially met",
             # T of the old appendix (同意部分公开答复数); E: agreed to disclose in part
             "同意部分公开", "部分同意公开", "部分同意", "agreed to partial disclosure", "agreed to disclose in part",
             "agreed to disclose partially", "agreed to disclose part", "partially agreed", "partly agreed",
             "agreed in part"),
    # T 本机关不掌握相关政府信息; R 答复"信息不存在"; C 手里没有 / 没有这个信息
    "无法提供.本机关不掌握相关政府信息": (
        "本机关不掌握", "不掌握", "没有这个信息", "没有该信息", "没有相关信息", "手里没有", "没有这条信息", "信息不存在",
        "查无此信息", "没有掌握", "没有这个信息所以给不了",
        # C: 没掌握 / 手上没有 / 不存在; E: didn't have / did not possess
        "没掌握", "未掌握", "手上没有", "手头没有", "没这个信息", "没有这些信息", "不存在该信息",
        "didn't have the information", "doesn't have the information", "did not possess", "does not possess",
        "was not held", "were not held", "information not in its possession", "not held", "does not hold", "did not hold", "didn't hold",
        "doesn't hold", "information not held", "no such information", "did not have the information",
        "does not have the information", "information did not exist", "information does not exist"),
    # T 没有现成信息需要另行制作; C 要重新做 / 没有现成的
    "无法提供.没有现成信息需要另行制作": ("没有现成", "另行制作", "需要重新制作", "重新加工", "no ready-made",
                            "would have to be created", "would need to be created", "would have to be produced"),
    # T 补正后申请内容仍不明确; C 说不清楚
    "无法提供.补正后申请内容仍不明确": ("仍不明确", "补正后仍不明确", "还是不明确", "still unclear", "remained unclear"),
    "不予处理.信访举报投诉类申请": ("信访举报投诉", "信访", "举报投诉类", "petitions", "complaints"),
    "不予处理.重复申请": ("重复申请", "重复提", "repeated requests", "repeat requests", "duplicate requests"),
    "不予处理.要求提供公开出版物": ("公开出版物", "出版物", "publications", "published material"),
    "不予处理.无正当理由大量反复申请": ("大量反复", "反复申请", "vexatious", "mass repeated"),
    "不予处理.要求行政机关确认或重新出具已获取信息": ("重新出具", "要求确认", "re-issue", "reissue", "confirm information"),
    # T 申请人无正当理由逾期不补正; C 没补正 / 没补材料
    "其他处理.申请人逾期不补正": ("逾期不补正", "逾期未补正", "没有补正", "没补正", "未补正", "不补正", "没补材料",
                       "did not supplement", "failed to supplement", "failed to correct", "did not correct",
                       "failed to complete", "did not complete"),
    "其他处理.申请人逾期未缴纳费用": ("逾期未缴纳费用", "未缴纳费用", "没交费", "未缴费", "did not pay", "failed to pay"),
    # T 结转下年度继续办理; C 转到下一年接着办 / 没办完留到明年
    "结转下年度": ("结转下年度", "结转下年", "转到下一年", "转入下一年", "转到下年", "留到下一年", "留到明年",
              "下一年接着办", "下一年继续办", "明年接着办", "接着办", "继续办理", "继续办", "结转到", "结转至", "没在当年办完",
              # C: not finished in the year, a negation before the verb of finishing ("还有多少申请没办结")
              *(f"{no}{done}" for no in ("尚未", "没有", "没", "未", "仍未")
                for done in ("办结", "办完", "办理完", "办理完毕", "处理完", "处理完毕", "答复完")),
              # C, R: put off into the next year (拖 / 推 / 延 / 顺延, the reports' "顺延到下年度答复")
              *(f"{verb}{to}{year}" for verb in ("拖", "推", "推迟", "延", "延期", "顺延", "放")
                for to in ("到", "至") for year in ("下一年", "下年", "明年", "第二年", "次年")),
              "carried over to", "carried forward to", "carried into", "carried over into", "carried forward",
              *(f"carry {how}" for how in ("over to", "over into", "forward to", "forward into", "forward", "into")),
              "still pending at year end", "rolled over",
              # E: put off into the next year
              *(f"{verb} {to} the next year" for verb in ("deferred", "postponed", "pushed", "put off", "held over")
                for to in ("to", "into", "until")),
              *(f"{verb} {to} next year" for verb in ("deferred", "postponed", "pushed", "put off", "held over")
                for to in ("to", "into", "until"))),
}

#: Row groups the template prints without a total of their own: asked as a whole, the answer
#: is the sum of their numbered sub-rows (T: the group's label; C, E: how refusals are said).
REQUEST_GROUPS: dict[str, tuple[str, ...]] = {
    "不予公开": ("不予公开", "拒绝公开", "被拒绝", "不给公开", "不公开", "refused", "refusals", "withheld", "denied",
             "rejected", "not disclosed",
             # E: the verb's base form after did/does ("how many requests did … refuse")
             "refuse", "reject", "deny", "withhold",
             # T of the old appendix (不同意公开答复数, 否决公开答复数); E: did not agree to disclose
             "不同意公开", "否决公开", "did not agree to disclose", "didn't agree to disclose", "not agreed to disclose",
             "refused to disclose", "declined to disclose", "disagreed"),
    "无法提供": ("无法提供", "给不了", "提供不了", "没法提供", "could not be provided", "cannot be provided",
             "unable to provide", "could not provide"),
    "不予处理": ("不予处理", "不处理", "不予受理", "not processed", "declined to process", "declined to handle",
             "not handled"),
}

#: Applicant columns of section 三 (T: column header; C: everyday; E).
APPLICANTS: dict[str, tuple[str, ...]] = {
    "自然人": ("自然人", "个人", "老百姓", "群众", "公民", "市民", "居民", "个体", "individuals", "individual",
            "private individuals", "citizens", "natural persons", "members of the public", "the public"),
    "商业企业": ("商业企业", "企业", "公司", "businesses", "companies", "enterprises", "commercial"),
    "科研机构": ("科研机构", "科研单位", "研究机构", "research institutions", "research institutes"),
    "社会公益组织": ("社会公益组织", "公益组织", "ngo", "ngos", "non-profit", "public-interest"),
    "法律服务机构": ("法律服务机构", "律师事务所", "律所", "律师", "law firms", "lawyers", "legal service"),
}
#: The template's 法人或其他组织 header spans five columns: asked as a whole, their sum.
LEGAL_PERSONS = ("法人或其他组织", "法人和其他组织", "企业和各类组织", "企业和组织", "企业与组织", "各类组织", "单位和组织",
                 "法人", "legal persons", "legal entities", "organisations", "organizations",
                 "companies and organisations", "companies and organizations",
                 # the printed group label 法人或其他组织 in English
                 "legal persons and other organisations", "legal persons and other organizations",
                 "legal persons or other organisations", "legal persons or other organizations")
LEGAL_PERSON_COLUMNS = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")

#: C: a suit filed without a review is said with a negation and a way ("没复议", "不经过复议", "没有走
#: 复议") or as going straight to court ("直接告到法院"): the whole family, so that the 复议 or the
#: 告到法院 inside never reads as 行政复议 or as every lawsuit on its own.
_SUITS_SAID = ("诉讼", "起诉", "告", "告到法院", "告上法院", "告上法庭", "去法院", "上法院", "去法院告", "打官司")
_WITHOUT_REVIEW = tuple(f"{no}{way}{review}" for no in ("没有", "没", "未", "不") for way in ("经过", "经", "走", "通过", "")
                        for review in ("行政复议", "复议"))
_SUITS_SAID_EN = ("suit", "suits", "lawsuit", "lawsuits", "court case", "court cases", "legal action",
                  "legal actions", "court challenge", "court challenges")
#: Section 四: the three groups (T; C 直接去法院告 / 先复议再起诉; E).
APPEAL_GROUPS: dict[str, tuple[str, ...]] = {
    "行政诉讼.未经复议直接起诉": ("未经复议直接起诉", *_WITHOUT_REVIEW, *(f"直接{s}" for s in _SUITS_SAID),
                       "without reconsideration", "without prior reconsideration",
                       "without administrative reconsideration", "without an administrative reconsideration",
                       "without first", "directly to court", "straight to court", "filed directly",
                       # E: "direct suits" / "suits filed directly" (the English of 直接起诉)
                       *(f"direct {s}" for s in _SUITS_SAID_EN), *(f"{s} filed directly" for s in _SUITS_SAID_EN),
                       "sued directly"),
    "行政诉讼.复议后起诉": ("复议后起诉", "复议后再起诉", "先复议再起诉", "先复议后起诉", "先复议", "复议后", "经复议后",
                   "after reconsideration", "following reconsideration", "after an administrative reconsideration",
                   # the statistic's full name inside the group's words ("after administrative reconsideration")
                   # must not be read as 行政复议 itself
                   "after administrative reconsideration", "following administrative reconsideration",
                   "after a reconsideration"),
    # E: the press's and people's words for 复议 (review, appeal to the higher authority)
    "行政复议": ("行政复议", "复议", "reconsideration", "reconsiderations", "administrative review", "appeals",
             "administrative reviews", "reviews", "review requests", "requests for review", "applications for review",
             "review applications", "review cases", "administrative appeals", "challenged through review",
             "challenged by review", "challenges through review"),
    # E: …and for 诉讼 (suing, a court challenge)
    "行政诉讼": ("行政诉讼", "诉讼", "起诉", "官司", "打官司", "告到法院", "告上法院", "法院", "法庭", "告上法庭",
             "lawsuit", "lawsuits", "litigation", "sued", "court cases", "court", "legal actions", "court challenges",
             "challenged in court", "taken to court", "went to court", "legal challenges"),
}
#: Section 四's outcome columns (T: 结果维持 …; C 被纠正 / 还没审完; E).
OUTCOMES: dict[str, tuple[str, ...]] = {
    # T 结果维持; C 维持原决定 / 被维持; E upheld / affirmed / the decision stood
    "结果维持": ("结果维持", "维持", "upheld", "maintained", "sustained", "affirmed", "decision stood",
             "decisions stood", "left unchanged", "left in place",
             # the same verbs as a gerund or present ("ended with the court upholding it"), and said of the court
             "upholding", "upholds", "affirming", "sustaining", "ruled in favour of", "ruled in favor of",
             "rule in favour of", "rule in favor of", "sided with",
             # T of the old appendix ("维持具体行政行为或者驳回原告诉讼请求数": a claim dismissed is upheld);
             # C the body won (胜诉 / 打赢); E
             "驳回", "胜诉", "打赢", "赢了", "dismissed", "rejected the claim", "won the case", "won in court"),
    # T 结果纠正; C 被纠正 / 被撤销 / 推翻 / 确认违法; E corrected / overturned / set aside
    "结果纠正": ("结果纠正", "纠正", "纠错", "被撤销", "撤销", "推翻", "改判", "确认违法", "corrected", "overturned",
             "reversed", "revoked", "overruled", "set aside", "quashed", "annulled",
             "correcting", "overturning", "reversing", "revoking", "overruling", "quashing", "annulling",
             "ruled against", "rule against", "rules against", "ruling against",
             # C the body lost (败诉 / 打输: the court or the reviewing organ corrected it); E
             "败诉", "打输", "输了", "lost the case", "lost in court", "lose", "lost"),
    # T 其他结果; C 以其他方式结案 / 别的结果; E ended otherwise
    "其他结果": ("其他结果", "其它结果", "别的结果", "其他方式结案", "以其他方式", "other result", "other results",
             "other outcome", "other outcomes", "other ways", "ended otherwise", "concluded otherwise"),
    # T 尚未审结; C 还没审完 / 还在审 / 审理中 / 没结案; E pending / still under review / not yet decided
    "尚未审结": ("尚未审结", "未审结", "还没审完", "没审完", "未审完", "还在审", "没审结", "没结案", "未结案", "审理中",
             "正在审理", "尚在审理", "还没结果", "还没有结果", "还没判", "pending", "not yet concluded",
             "unresolved", "not concluded", "under review", "still being reviewed", "still being heard",
             "not yet decided", "undecided", "not yet resolved", "not yet closed", "still open", "ongoing"),
    # T 总计 (合计 / 共计 are SUM_WORDS: "直接起诉与复议后起诉合计" sums groups, it names no column)
    "总计": ("总计", "总数", "in total", "total"),
}

#: Everyday verbs of the requests handled (C 答复了 / 办完 / 处理完; E closed, dealt with) that other
#: things are handled by too (a hotline's complaints are "closed", "办完"): they name 办结 only in a
#: question that speaks of requests (REQUEST_WORDS).
REQUEST_VERBS = ("答复了", "已答复", "回复了", "办完", "处理完", "办理完毕", "closed", "dealt with", "completed",
                 "did it close", "did they close", "did it complete", "did they complete")

#: Section 二's statistics in everyday words, by Concept id (C: 开罚单 / 批许可 / 查封扣押; E). The verb
#: with its complement compares ("谁罚得多", "哪个局罚的最多", "批得最多").
CONCEPTS: dict[str, tuple[str, ...]] = {
    "行政处罚": ("罚单", "罚了", "罚款", "处罚过", "开罚", "被罚", "罚得", "罚的", "fined", "fines", "tickets", "penalty decisions"),
    "行政许可": ("许可", "批了", "批得", "批准", "审批", "发证", "办证", "licences", "licenses", "permits", "approvals",
             "approved", "granted"),
    "行政强制": ("查封", "扣押", "冻结", "强制措施", "seizures", "seized", "impounded", "sealed up", "coercive"),
    "政府信息公开申请办结": REQUEST_VERBS,
    # 信息处理费 is the 2021 form's name of the fees charged for requests (Source: 国办函〔2020〕109号
    # 政府信息公开信息处理费管理办法); "information processing fee" is its official English.
    "依申请公开信息收取的费用": ("信息处理费", "information processing fee", "information processing fees",
                       "processing fees", "processing fee"),
    "行政事业性收费": ("收费", "收的费", "行政事业性", "事业性的费", "收了多少钱", "收取费用", "fees", "charges"),
    "政府信息公开申请": ("信息公开申请", "收到申请", "受理申请", "申请", "requests", "applications"),
    "行政复议": ("复议",),
    "行政诉讼": ("诉讼", "官司"),
}

#: Column verbs of section 二's tables (T: the column header; R: the verbs report prose uses;
#: C; E). Keyed by column key; a template lacking the column ignores the word.
COLUMN_VERBS: dict[str, tuple[str, ...]] = {
    "本年制发件数": ("制发", "印发", "出台", "发布了", "新发", "发了", "制定", "新出", "新订", "新立", "出了几", "出了多少",
               "issued", "newly issued", "adopted", "new ones", "put out", "brought out", "enacted"),
    "本年新制作数量": ("新制作", "制作", "制发", "印发", "出台", "起草", "新出", "drafted", "newly made", "issued", "produced",
                "newly produced"),
    "本年新公开数量": ("新公开", "newly published", "newly disclosed"),
    "对外公开总数量": ("对外公开总", "累计公开", "总共公开", "total published", "publicly available"),
    "本年废止件数": ("废止", "废除", "作废", "取消", "废了", "废掉", "撤销了", "停止执行", "失效了", "repealed", "abolished",
               "revoked", "annulled", "scrapped", "rescinded"),  # not "withdrawn": applicants withdraw requests
    "现行有效件数": ("现行有效", "还有效", "仍然有效", "有效的", "在用", "in force", "in effect", "currently valid",
               "still valid", "valid"),
    "本年增减": ("比上一年增加", "比上年增加", "比上一年减少", "比上年减少", "增减", "增加了", "减少了", "变化了",
             "比上一年多", "比上年多", "比去年多", "比上一年少", "比上年少", "比去年少", "较上一年", "较上年", "较去年",
             "increase", "decrease", "change from", "than the year before", "than the previous year", "than last year"),
    "上一年项目数量": ("上一年项目", "上年项目", "last year's items", "previous year's items"),
    "处理决定数量": ("处理决定", "决定数", "decisions"),
    "采购项目数量": ("笔数", "项目数", "projects", "number of procurements", "transactions", "purchases",
               # a count's measure word asked ("多少笔", "几个项目"): the count, as a money unit asks the amount
               *(f"{how}{unit}" for how in ("多少", "几") for unit in ("笔", "项", "个项目", "宗"))),
    # C: 花了多少 / 花费 / 开支; E: cost, spent, expenditure
    "采购总金额": ("总金额", "金额", "多少钱", "花了", "花费", "花掉", "开支", "amount", "total amount", "spent", "spend",
              "cost", "costs", "expenditure", "worth",
              # a money unit asked ("共多少万元"): the amount, whatever the clause names
              *(f"{how}{unit}" for how in ("多少", "几") for unit in ("亿元", "万元", "元"))),
}

#: Loose words: taken only when nothing more specific of the same table is asked in the same
#: clause ("从上年带过来还没办完的" is 上年结转, not 结转下年度).
WEAK = ("没办完", "未办结", "接着办", "继续办理", "没在当年办完", "申请", "requests", "applications", "法院", "court")

#: A statistic's word inside a phrase that makes it another thing: who does the work ("monitored by a
#: third party", "third-party assessment", "委托第三方监测", "第三方评估"), never the row withheld to
#: protect third parties. Source: how report prose and questions name outside evaluators.
AGENT_NOT_STATISTIC = (
    r"(?:\bby|\bfrom|\bvia|\bthrough|\bwith|\bhired|\bcommissioned|\bengaged|\bengaging|\busing)\s+"
    r"(?:an?\s+|the\s+)?(?:independent\s+|external\s+|outside\s+|professional\s+)?third[- ]part(?:y|ies)\b"
    r"|\bthird[- ]party\s+(?:assessments?|evaluations?|monitoring|inspections?|testing|reviews?|audits?|agenc(?:y|ies)"
    r"|firms?|organi[sz]ations?|institutions?|evaluators?|assessors?|platforms?|services?|checks?)\b"
    r"|第三方(?:机构|公司|单位|评估|测评|监测|检测|检查|评价|审计|平台|服务|专业|抽查|巡查)"
)

#: Words that make the requests named right after them what another statistic of the same clause
#: is about, not a second statistic asked: "fees for disclosure requests", "fees charged on
#: information requests" ask the fees only. Source: English prepositions of purpose and topic.
QUALIFYING_LINKS = ("for", "on", "of", "from", "about", "regarding", "concerning", "related to", "relating to",
                    "in connection with", "for handling", "for processing", "in handling", "in processing")

#: Words that may stand between such a preposition and the requests ("fees for all requests").
ARTICLES = ("the", "a", "an", "all", "its", "their", "these", "those", "such")

#: Words asking for a sum of what they join (C, E).
SUM_WORDS = ("加起来", "加在一起", "合在一起", "合计", "合起来", "一共", "总共", "总计", "共计", "之和", "总和", "相加", "加总",
             "combined", "altogether", "in total", "added up", "add up", "sum", "together", "total of",
             "their total")
#: Words inside a statistic's own name that say which of its measures it is ("采购项目数量",
#: "采购总金额"): said in a sum beside another column of another unit, both are asked.
OWN_MEASURE_WORDS = ("数量", "个数", "项目数", "金额", "number of", "amount")
#: Words joining two statistics named side by side ("予以公开和部分公开", "A、B", "X plus Y"): the
#: gap between two statistics is one of these (after GAP_FILLERS are dropped) when they are two
#: parts listed or added, not one qualifying the other. C (和/与/及/跟/同/、 …), E.
PART_JOINERS = ("再加上", "加上", "还有", "以及", "连同", "外加", "和", "与", "及", "跟", "同", "加", "、", "+", "＋", "&",
                "as well as", "along with", "together with", "plus", "and")
#: Joiners that say a sum by themselves ("新收加上年结转是多少", "new requests plus carried-over"):
#: a regex; 加 inside a verb of change or effort (增加, 追加, 参加, 附加, 更加, 加强, 加快) joins nothing.
SUM_JOINERS = r"(?<![增追参附添更施叠])加(?:上)?(?![强快大速紧班工])|\bplus\b|\btogether with\b|[+＋]"
#: Words that may stand in the gap between two joined statistics ("予以公开的和部分公开的").
GAP_FILLERS = ("的数量", "的件数", "的", "数量", "件数", "the number of", "the", "those", "ones")
#: Words asking each part's own number ("A和B各几件", "分别是多少", "how many each"): a listing, never a
#: sum, whatever sum word the question also holds ("一共收到A和B各多少"). C, E.
EACH_WORDS = r"各(?:有|为|是|自|占)?(?:多少|几)|各占|分别|各自|\beach\b|\brespectively\b|\bseparately\b|\bindividually\b"
#: Words after a statistic that open what it contains ("行政诉讼（含直接起诉和复议后起诉）",
#: "lawsuits (including direct suits …)"): the statistics named inside spell the first one out,
#: they are no parts of their own. Not after 不/仅/只 (不含 excludes, 仅含 narrows). C, E.
INCLUSION_MARKERS = ("包括", "包含", "含", "即", "including", "incl.", "i.e.", "namely")
#: Words excluding what follows (不算个人 = not the 自然人 column).
#: Words that open examples of what was just named ("其他处理, e.g. fees not paid"): the statistic
#: words after them illustrate the one named before, they are no second statistic.
EXAMPLE_MARKERS = ("e.g.", "eg.", "for example", "for instance", "such as", "例如", "比如", "诸如", "譬如")
NEGATIONS = ("不算", "不含", "不包括", "除了", "除去", "扣除", "excluding", "not counting", "other than", "except")
#: Words asking "how many / how much": two of them in different clauses ask two statistics.
QUESTION_WORDS = ("多少", "几", "how many", "how much", "what number", "what was the number", "what total",
                  "what amount", "what was the total",
                  # "…, and what was their total amount?": a clause of its own asking a figure
                  "what was", "what were", "what is", "what are")
#: A clause asking whether a part exists ("有没有被纠正的", "是否有撤销的"): an ask of its own beside
#: a count asked in another clause ("复议了几件？有没有被纠正的？" asks the whole and the part).
PART_EXISTS_ASKED = ("有没有", "有没", "是否有", "有无")
#: The same ask said otherwise: a clause opening with 有 and closing with 吗 ("有被纠正的吗"), 过…吗
#: ("收到过复议申请吗"), 是否 before a verb of receiving, English "were any overturned?".
PART_EXISTS_SAID = (r"^[\s，,。？?；;！!]*有(?!多少|几)[^，,。？?；;！!]{1,20}吗|(?<![超通经])过[^，,。？?；;！!多几]{1,20}吗"
                    r"|是否(?:收到|受理|发生|出现|遇到)|\b(?:were|was|did|had|has|have|are|is)\s+any\b")
#: A yes/no ask said with a negation inside ("有没有行政复议", "有没复议"): the 没有 of it negates
#: nothing, so the phrases read it as "是否有" (same length); "没有经过复议" stays the suit group.
YES_NO_ASKED = {"有没有": "是否有", "有没": "是否"}

# --- the template vocabulary statistic linking names (keys declared in index/templates) -------------

REQUEST_TABLE, APPEAL_TABLE, SECTION_TWO = "三", "四", "二"  # table keys (二.（一） … start with 二)
TOTAL = "总计"
#: Section 四's outcome column of cases not yet decided, and section 三's row of requests carried over:
#: both are "pending" in English.
PENDING = "尚未审结"
CARRIED_OVER = "结转下年度"
#: Rows whose labels (总计, 3.其他) name nothing in a question.
GENERIC_ROWS = ("总计", "其他处理.其他")
REQUESTS = "政府信息公开申请"  # the Concept of requests received
RECONSIDERATION, LAWSUIT = "行政复议", "行政诉讼"
#: The fees of one kind (信息处理费, the fees charged for requests) and the general fee words
#: ("收费", "收了多少钱", "fees"): beside the kind named, the general words ask its amount, not the
#: 行政事业性收费 (which only its own name, 行政事业性, asks then).
FEES_OF_REQUESTS, FEES_GENERAL, FEES_GENERAL_NAME = "依申请公开信息收取的费用", "行政事业性收费", "行政事业性"
LAWSUIT_AFTER_RECONSIDERATION = "行政诉讼.复议后起诉"
LEGAL_PERSONS_KEY = "法人或其他组织"
#: Concepts that are a row of section 三 or a group of section 四.
CONCEPT_AS_ROW = {"上年结转": "上年结转", "结转下年度": "结转下年度", "政府信息公开申请办结": "总计"}
CONCEPT_AS_APPEAL = {"行政复议": "行政复议", "行政诉讼": "行政诉讼"}
#: Rows of section 三 that are a Concept: in a template without that table, the concept's cell.
ROW_CONCEPT = {"本年新收": "政府信息公开申请", **{row: concept for concept, row in CONCEPT_AS_ROW.items()}}
#: Rows (and row groups) of section 三 that the older appendix (2008-2018) prints as a row of its own
#: with the same meaning (T: 同意公开答复数 is a request disclosed in full, 不同意公开答复数 one refused):
#: asked of an older report in the newer template's words ("拒绝公开", "予以公开"), that row answers.
ROW_IN_OLDER = {"予以公开": "依申请公开情况.同意公开答复数", "部分公开": "依申请公开情况.同意部分公开答复数",
                "不予公开": "依申请公开情况.不同意公开答复数"}
#: How a channel of requests is said in everyday words (C "当面去申请", "亲自跑去申请", "写信申请",
#: "发邮件申请"): a channel's manner, an optional going (去 / 来 / 跑去…), then the act of requesting.
_CHANNEL_MANNER = {"当面": ("当面", "亲自", "上门", "现场", "到现场", "登门"),
                   "传真": ("发传真", "通过传真", "用传真", "传真"),
                   "信函": ("写信", "寄信", "邮寄", "通过信函", "用信函", "信函"),
                   "电子邮件": ("发邮件", "发电子邮件", "通过邮件", "通过电子邮件", "用邮件", "邮件"),
                   "网络": ("网上", "在线", "通过网络", "通过网站", "在网上", "上网")}
_CHANNEL_GOING = ("", "去", "来", "跑去", "跑来", "过来", "前来", "跑到")
_CHANNEL_ACT = ("申请", "提出申请", "提交申请", "递交申请", "提申请", "交申请")
_CHANNEL_SAID = {channel: tuple(dict.fromkeys(m + g + a for m in manners for g in _CHANNEL_GOING for a in _CHANNEL_ACT
                                              if len(m + g + a) >= 4))
                 for channel, manners in _CHANNEL_MANNER.items()}
#: How a question names a row of the older appendix (2008-2018, index/templates/pre2019.py) beyond
#: its printed label and English name: a channel of requests apart from "requests" ("how many were
#: made in person", "sent by fax"), and the replies to requests (T 对申请的答复数; C 回复 / 答复了几件;
#: E replies issued, responses, answers given). The outcomes of the replies are REQUEST_ROWS' words
#: (同意公开 is 予以公开: ROW_IN_OLDER).
OLDER_ROWS_ASKED: dict[str, tuple[str, ...]] = {
    "当面申请数": ("in person", "face to face", "face-to-face", *_CHANNEL_SAID["当面"]),
    "传真申请数": ("by fax", "via fax", *_CHANNEL_SAID["传真"]),
    "信函申请数": ("by letter", "by post", "by mail", *_CHANNEL_SAID["信函"]),
    "电子邮件申请数": ("by email", "by e-mail", "via email", *_CHANNEL_SAID["电子邮件"]),
    "网络申请数": ("online requests", "made online", "submitted online", "filed online", "sent online",
              *_CHANNEL_SAID["网络"]),
    "申请答复数": ("答复总数", "答复数", "答复件数", "回复数", "replies", "replies issued", "replies given",
              "replies made", "replies sent", "responses issued", "responses given", "responses", "answers given",
              "answers issued", "requests replied to", "requests responded to", "answered requests",
              "requests answered", "replied to", "responded to"),
    # the replies by what they said (E): "replies agreed to disclose", "how many agreed to release"
    "同意公开答复数": ("agreed to disclose", "agreeing to disclose", "agreed to disclosure", "agreed to release",
                 "agreed to make public", "agreed to publish"),
    "同意部分公开答复数": ("agreed to disclose in part", "agreed to partly disclose", "agreed to partially disclose",
                   "agreed to partial disclosure", "agreeing to disclose in part", "agreed to release in part"),
    "不同意公开答复数": ("did not agree to disclose", "not agreeing to disclose", "disagreed to disclose",
                  "refused to disclose", "declined to disclose", "did not agree to release"),
}
#: A follow-up scoped to an earlier count of requests received ("那其中公开了几件" after "收了几件公开申请")
#: asks one outcome row of section 三 by its verb alone (C): a bare 公开了 is 予以公开, a refusal or a
#: negated 公开 is 不予公开 (部分公开 has its own row words above). 主动公开 is never an outcome of requests.
SCOPED_OUTCOME_VERBS = (
    ("部分公开", r"部分公开|公开了?一部分|只公开了?部分|\b(?:partly|partially|in part)\b"),
    ("不予公开", r"拒绝|不予公开|不给公开|没给公开|(?:没有?|未|不)(?:予以)?公开|被拒"
             r"|\b(?:refused|denied|rejected|withheld|turned down|not (?:granted|disclosed|released|approved))\b"),
    ("予以公开", r"(?<![主动分予没未不有])(?:予以|给予?|同意)?公开(?:了|的|过)|\b(?:granted|disclosed|released|approved)\b"),
)
#: The rows counting the requests received (2019+ row, older appendix row): what such a follow-up is scoped to.
RECEIVED_ROWS = ("本年新收", "收到申请数")
#: What ends a clause: two question words in two clauses ask two statistics.
CLAUSE = r"[，,；;。？?！!]|其中|以及|另外|\band\b|\bas well as\b"
#: Asking words that may split a Chinese phrase of the statistics ("收到了多少申请" is 收到申请 asked,
#: "受理了几件申请" 受理申请): the phrase read across them names the statistic the verb says. C.
ASKING_INSIDE = r"了?(?:多少|几)(?:件|份|个|条|项|宗|次|起)?"
#: Joiners of a listing of asks ("几个项目、总金额多少", "收到多少和办结几件"): a clause break when the
#: words on each side of it, within their clause, hold a question word of their own. C.
LISTING_JOINERS = r"、|还有|和|与|及|跟|并且|同时"

#: Groups whose rows are kinds of request named by words that also name a subject of their own
#: (信访 / petitions, 公开出版物, 重复申请): such a row is meant only when the question also says
#: it is about requests (a word below) or names the group (REQUEST_GROUPS). "How many petitions
#: did the bureau handle" asks about petitions, not about requests refused as petitions.
#: Source: the 2021 template's 不予处理 rows; everyday words for a disclosure request.
ROWS_NEED_REQUEST_WORD = ("不予处理",)
REQUEST_WORDS = ("申请", "依申请", "request", "requests", "application", "applications")

#: Words before a year that make it part of a statistic's name, not the year asked: requests
#: "结转到2024年继续办理" are the 结转下年度 cell of the year before. Source: the template's row
#: 结转下年度继续办理 and the way people say it.
CARRIED_INTO_YEAR = (r"(?:结转到|结转至|转到|转入|转至|留到|延续到|拖到"
                     r"|(?:carr(?:ied|y|ies)|rolled|roll|held|pushed) (?:over |forward )?(?:in)?to)\s*$")
#: Words after (or before) a year that make it the year requests came from, not the year asked:
#: "2024年有多少申请是2023年没办完转过来的" asks 2024's 上年结转. Dropped only when another year is
#: asked. Source: the template's row 上年结转 and how people say it (C, E).
CARRIED_FROM_YEAR_AFTER = (r"\s*年?(?:度)?(?:没办完|没有办完|未办结|没处理完|没结案)?的?(?:转过来|转来|结转过来|带过来|遗留|剩下)")
CARRIED_FROM_YEAR_BEFORE = r"(?:carried over from|brought forward from|carried in from|held over from|left over from)\s*$"
#: The column of a change over the year before (本年增减): with two years asked, the change is
#: the difference of the two years' figures, which every template has.
CHANGE_COLUMN = "本年增减"
#: The column of last year's figure beside it (上一年项目数量): a change asked of one year ("比上一年减了
#: 多少", "跟上一年的项目数比增加了多少", "how much did it change from the year before") is the change
#: column, never last year's figure. The year before named as what a figure is compared with: T
#: 上一年 / C 比 (跟 / 和 / 与 / 较 / 同) 上一年 (上年 / 去年 / 前一年) / E than (from, over, compared with)
#: the year before (the previous year, last year, the prior year).
PRIOR_COLUMN = "上一年项目数量"
#: Last year's figure named (the 上一年项目数量 column asked as a figure of its own: "上一年的项目数量是多少",
#: "what was the previous year's number").
PRIOR_SAID = (r"上一年|上年|去年|前一年|头一年|\b(?:the )?(?:previous|prior|preceding|last) year'?s?\b"
              r"|\bthe year before\b")
PRIOR_REFERENCE = (r"(?:比|跟|和|与|同|较|相比|对比|相较于?|相对于?)\s*(?:上一年|上年|去年|前一年|头一年)|同比|\byear[- ](?:on|over)[- ]year\b"
                   r"|\b(?:than|from|over|compared (?:with|to)|relative to|in relation to|versus|vs\.?|against)\s+(?:the\s+)?"
                   r"(?:year before|previous year|prior year|preceding year|last year)\b")

#: "How was it handled?": the question asks for the outcomes of the requests (section 三's 办理结果
#: rows), not one of them. T 办理结果; C 最后怎么处理 / 怎么答复的 / 结果如何; E how was it handled,
#: what was the outcome.
HANDLING = (r"办理结果|处理结果|答复结果|(?:怎么|如何|怎样)(?:处理|办理|答复|回复|办)的?|结果(?:如何|怎么样|怎样|是什么)|什么结果"
            r"|\bhow (?:was|were|did|has|have)\b[^?？]*?\b(?:handled|dealt with|answered|processed|resolved|"
            r"respond(?:ed)?|decided)\b|\bwhat (?:was|were|is|are) the (?:outcomes?|results?)\b|\bwhat happened to\b")
#: Asking whether every request had one outcome ("全部公开了吗", "都公开了吗", "were they all
#: disclosed?"): a yes/no the whole breakdown answers, not that one row.
ALL_ONE_OUTCOME = (r"(?:全部|全都|是否都|是不是都|都)[^，,。？?！!]{0,8}?(?:吗|么|没有)|(?:是否|是不是)(?:全部|全都|都)"
                   r"|\b(?:were|was) (?:they |these |those |the requests )?all\b")
#: In an ALL_ONE_OUTCOME question, the words that make it ask about disclosure ("都公开了吗") even
#: without HANDLING's words: "都办结了吗" asks about completion, not the outcomes.
ALL_DISCLOSED = r"公开|\bdisclos|\breleas|\bgranted\b"
#: The 办理结果 rows an outcome answer reads, in the template's order (their words are in REQUEST_ROWS
#: and REQUEST_GROUPS above).
HANDLING_ROWS = ("予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "逾期不补正", "逾期未缴纳费用")

#: The whole a rate of the requests is of when the question names none (办结率 of the requests to
#: handle): the year's new requests and those carried over, as the template's check adds them.
RATE_WHOLE = ("本年新收", "上年结转")
#: Words that make the requests a rate is of those received in the year only ("收到的申请的办结率");
#: the bare 申请 / requests is the requests to handle (RATE_WHOLE). C, E.
RATE_RECEIVED = ("收到", "新收", "本年收", "接到", "受理", "received", "new requests", "newly filed")
#: English nouns of a rate that name no statistic by themselves ("handling rate", "completion
#: rate"): the statistic's own word. E → T.
RATE_NOUNS = {"handling": "办结", "completion": "办结", "closure": "办结", "processing": "办结", "resolution": "办结"}

#: Rows of section 三 that are wholes of the others (what was received, handled in all): asked with
#: words that narrow them and that no cell was linked by, they are not the answer.
PARENT_ROWS = ("本年新收", "总计")
