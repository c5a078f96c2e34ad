"""Rates of the request and appeal tables, ONE table: each rate's words (Chinese and English) and,
per template generation, the cells it divides and how the answer says it. Data only; the logic
is in assistant/understanding/shares.py (which rate a question asks) and assistant/share_sums.py
(each report's inputs, summed, divided, cited).

What a disclosure office means by each rate (T: the templates' rows; R: how reports' prose and
the offices' reviews compute them; C, E: everyday and press words):
- 办结率 / 答复率: the requests handled over the requests there were to handle. The 2019 and 2021
  forms print the handled requests as 三、本年度办理结果（七）总计 and the requests to handle as
  一、本年新收 + 二、上年结转 (the form's own check: 一 + 二 = 三（七）+ 四、结转下年度); asked of the
  requests received ("收到的申请…办结的比例") the whole is 本年新收 alone. The old appendix prints
  收到申请数 and 申请办结数 (some regions only 申请答复数, the requests answered: the handled ones).
- 公开率: the requests disclosed, fully or in part, over the requests handled (予以公开 + 部分公开
  ÷ 办理结果总计; old: 同意公开 + 同意部分公开 ÷ 申请答复数); 予以公开率 / 部分公开率 one outcome.
- 纠错率: the cases whose result corrected the body (结果纠正) over all its cases (总计), of the
  reconsiderations and of the lawsuits (直接起诉 + 复议后起诉) apart; asked of neither, both.
  败诉率: the lawsuits' 纠正 over the lawsuits. The old appendix: 被依法纠错数 ÷ 行政复议数量 /
  行政诉讼数量.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: One input: the first of these cell keys a report prints (alternatives in the order tried).
Input = tuple[str, ...]

NEW, OLD = ("2019版", "2021版"), "2018前"
_ROW = "政府信息公开申请.{}.总计"
_APPLY = "依申请公开情况.{}"
HANDLED_NEW: Input = (_ROW.format("总计"),)
HANDLED_OLD: Input = (_APPLY.format("申请办结数"), _APPLY.format("申请答复数"))
ANSWERED_OLD: Input = (_APPLY.format("申请答复数"), _APPLY.format("申请办结数"))
_HANDLED_OLD_SAID = ("申请办结数（未印此项则申请答复数）÷ 收到申请数", "handled (else answered, where not printed) ÷ received")
_ANSWERED_OLD_SAID = ("申请答复数（未印此项则申请办结数）", "answered (else handled, where not printed)")
RECEIVED_NEW: Input = (_ROW.format("本年新收"),)
#: The old appendix's kinds of reply (同意公开, 同意部分公开, 不同意公开答复数): shares of all the replies
#: (申请答复数, else 申请办结数 where a form prints only that), column by column (历年累计 of 历年累计). T.
REPLY_KINDS_OLD = tuple(_APPLY.format(k) for k in ("同意公开答复数", "同意部分公开答复数", "不同意公开答复数"))
RECEIVED_OLD: Input = (_APPLY.format("收到申请数"),)
CARRIED: Input = (_ROW.format("上年结转"),)
DISCLOSED_NEW: Input = (_ROW.format("予以公开"),)
DISCLOSED_OLD: Input = (_APPLY.format("同意公开答复数"),)
PARTLY_NEW: Input = (_ROW.format("部分公开"),)
PARTLY_OLD: Input = (_APPLY.format("同意部分公开答复数"),)
REVIEW: tuple[Input, Input] = (("行政复议.结果纠正",), ("行政复议.总计",))
REVIEW_OLD: tuple[Input, Input] = (("行政复议数量.被依法纠错数",), ("行政复议数量",))
SUITS = ("行政诉讼.未经复议直接起诉.{}", "行政诉讼.复议后起诉.{}")
SUIT_PARTS: tuple[Input, ...] = tuple((g.format("结果纠正"),) for g in SUITS)
SUIT_WHOLES: tuple[Input, ...] = tuple((g.format("总计"),) for g in SUITS)
SUITS_OLD: tuple[Input, Input] = (("行政诉讼数量.被依法纠错数",), ("行政诉讼数量",))


@dataclass(frozen=True)
class Sides:
    """One template's part and whole: each a sum of inputs; `said` how the answer names the rate
    (zh, en), its formula in the template's words."""

    part: tuple[Input, ...]
    whole: tuple[Input, ...]
    said: tuple[str, str]


@dataclass(frozen=True)
class Rate:
    """A rate: its name, its words (regexes over the lowered question), its sides per template
    (`received`: the sides when the question says the requests received, "收到的申请"), and the
    words of its scope within a family ("复议" of 纠错率): a family's rates whose scope the question
    names are asked, else all of them."""

    name: str
    en: str
    zh_words: str
    en_words: str
    sides: dict[str, Sides]
    received: dict[str, Sides] = field(default_factory=dict)
    family: str = ""
    scope: str = ""
    # a rate of the request table: asked of another subject ("12345热线的办结率") it is not this rate
    # (assistant/understanding/shares.py: the subject's words link to no request statistic)
    of_requests: bool = False

#: What cuts the words naming the group a family's rate is of ("行政复议纠错率" in "…败诉率比行政复议纠错率"):
#: the scope is looked for in the words right before the rate word, up to one of these. C.
SCOPE_CUT = r"[，,。？?；;比和与及、跟]"
#: How many characters before the rate word may name its group.
SCOPE_BEFORE = 12


def _new(part: tuple[Input, ...], whole: tuple[Input, ...], zh: str, en: str) -> dict[str, Sides]:
    return {t: Sides(part, whole, (zh, en)) for t in NEW}


_TO_HANDLE = ("（本年新收 + 上年结转）", "(received this year + carried over from the year before)")
_HANDLING_NEW = _new((HANDLED_NEW,), (RECEIVED_NEW, CARRIED),
                     "办结（办理结果总计）÷ 应办理的申请" + _TO_HANDLE[0],
                     "handled (outcomes in total) ÷ requests to handle " + _TO_HANDLE[1])
_HANDLING_RECEIVED = _new((HANDLED_NEW,), (RECEIVED_NEW,), "办结（办理结果总计）÷ 本年新收的申请",
                          "handled (outcomes in total) ÷ requests received this year")
_DISCLOSING_NEW = _new((DISCLOSED_NEW, PARTLY_NEW), (HANDLED_NEW,), "（予以公开 + 部分公开）÷ 办结（办理结果总计）",
                       "(disclosed in full + in part) ÷ handled (outcomes in total)")
_REVIEW_SAID = ("行政复议结果纠正 ÷ 行政复议总计", "reconsiderations corrected ÷ reconsiderations in total")
_SUIT_SAID = ("行政诉讼结果纠正 ÷ 行政诉讼总计（直接起诉 + 复议后起诉）",
              "lawsuits corrected ÷ lawsuits in total (direct + after reconsideration)")
_OLD_SUIT_SAID = ("被依法纠错数 ÷ 行政诉讼数量", "corrected by law ÷ lawsuits")
_OLD_REVIEW_SAID = ("被依法纠错数 ÷ 行政复议数量", "corrected by law ÷ reconsiderations")
#: only the rate words: "结果被纠正的比例" names its statistic, the share of it is read as any share
_CORRECTED = r"纠错率|纠正率"
_CORRECTED_EN = (r"\b(?:reversal|correction|overturn(?:ing)?|overturned) rates?\b"
                 r"|\brate of (?:reversal|correction|being (?:overturned|corrected|reversed))\b")
_SUIT_SIDES = {**{t: Sides(SUIT_PARTS, SUIT_WHOLES, _SUIT_SAID) for t in NEW},
               OLD: Sides((SUITS_OLD[0],), (SUITS_OLD[1],), _OLD_SUIT_SAID)}

#: The tables a request rate's subject links to ("依申请公开的办结率"): a subject linking to another
#: table's statistic (主动公开, 行政许可's 审批) or to none (热线工单, 信访事项) is another thing. T.
REQUEST_TABLES = ("政府信息公开申请", "依申请公开情况")
#: Subjects of a rate other than disclosure requests that the words before the rate cannot tell:
#: a hotline's number, and English (whose subject the structure does not read). C, E.
OTHER_SUBJECTS = r"12345|hotline|ticket|complaint|enquir|inquir|petition|proposal|suggestion|proactive"

#: An outcome's share of the outcomes' whole ("同意公开的答复占全部答复的比例", "予以公开占总计的比例",
#: "部分公开占办理结果总计的比重"): the words after the outcome, up to the share word. The whole is
#: the outcomes' total or all the replies, never the requests received (that share is another); an
#: outcome joined to another before it ("予以公开和部分公开占…") is a sum's part, not this rate. T, C.
_OF_OUTCOMES = (r"(?:的)?(?:答复|申请|件)?(?:数|数量)?占(?:本年度?)?(?:(?:办理结果|办结|答复|申请答复)(?:的)?(?:总计|合计|总数|总量)"
                r"|总计|合计|(?:全部|所有|总的?)(?:的)?(?:办理结果|答复|办结|申请答复)(?:数|件数|数量|总数)?"
                r"|(?:答复|回复|申请答复)(?:数|件数|数量)?)"
                r"(?:的)?(?:比例|比率|比重|占比|百分比|百分之几|多少%)")
#: The same in English ("what share of all replies were granted", "what percentage of its 2012
#: responses were fully disclosed", "what proportion of the requests handled did it grant in part",
#: "fully disclosed replies as a share of all replies"): the whole is the replies or the requests
#: handled (answered, closed), never the requests received. E.
_SHARE_EN = r"\b(?:share|percentage|proportion|per ?cent|fraction)\b"
_OUTCOMES_EN = (r"(?:replies|responses|answers|outcomes|(?:requests|applications) (?:handled|answered|replied to|responded to"
                r"|closed|completed|processed|concluded|decided|dealt with)|(?:handled|answered|completed|closed|processed"
                r"|concluded) (?:requests|applications))\b")
_PARTLY_EN = (r"(?:partially|partly|partial)[- ](?:disclos|grant|releas|agree|approv)\w*|partial (?:disclosure|release)"
              r"|(?:disclos|grant|releas|agree|approv)\w*(?: to (?:disclose|release|provide|make public))? (?:in part|partially|partly)"
              r"|agreed to partial disclosure")
_FULLY_EN = (r"(?<!partially )(?<!partly )(?<!partial )(?:fully (?:disclos|grant|releas)\w*|(?:disclos|releas)\w* (?:in full|fully)"
             r"|full disclosure|grant(?:ed|s)?\b|agreed to (?:disclose|release|provide|make public)|approved for (?:disclosure|release))"
             r"(?! in part| partially| partly)")


#: Another outcome joined on, or each asked ("disclosed in full and partly disclosed, each"): a share
#: per part (`assistant/understanding/shares.py`), not one rate.
_ONE_OUTCOME_EN = (r"(?!.*\b(?:and|or)\s+(?:partly|partially|partial|fully|full|in full|in part|granted|refused"
                   r"|withheld|denied)\b)(?!.*\b(?:each|respectively)\b)")


def _of_outcomes_en(outcome: str) -> str:
    """An outcome's share of all the replies, the whole said first or last."""
    whole = _SHARE_EN + r" (?:of|out of|among|in) (?:[\w'’-]+ ){0,6}?" + _OUTCOMES_EN
    return rf"{_ONE_OUTCOME_EN}(?:{whole}[^?;.]*?\b(?:{outcome})|(?:{outcome})[^?;.]*?{whole})"


#: The rates, most specific words first (予以公开率 before 公开率).
RATES: tuple[Rate, ...] = (
    Rate("予以公开率", "full disclosure rate", r"(?:予以|全部|完全)公开(?:率|的?(?:比例|比率))|(?<![和与及、跟加上])(?:予以|全部|完全|同意)公开" + _OF_OUTCOMES,
         r"\bfull[- ]disclosure rates?\b|\brate of full disclosure\b|" + _of_outcomes_en(_FULLY_EN),
         {**_new((DISCLOSED_NEW,), (HANDLED_NEW,), "予以公开 ÷ 办结（办理结果总计）", "disclosed in full ÷ handled (outcomes in total)"),
          OLD: Sides((DISCLOSED_OLD,), (ANSWERED_OLD,), ("同意公开答复数 ÷ " + _ANSWERED_OLD_SAID[0], "granted ÷ " + _ANSWERED_OLD_SAID[1]))},
         of_requests=True),
    Rate("部分公开率", "partial disclosure rate", r"部分公开(?:率|的?(?:比例|比率))|(?<![和与及、跟加上])(?:同意)?部分公开" + _OF_OUTCOMES,
         r"\bpartial[- ]disclosure rates?\b|\brate of partial disclosure\b|" + _of_outcomes_en(_PARTLY_EN),
         {**_new((PARTLY_NEW,), (HANDLED_NEW,), "部分公开 ÷ 办结（办理结果总计）", "disclosed in part ÷ handled (outcomes in total)"),
          OLD: Sides((PARTLY_OLD,), (ANSWERED_OLD,), ("同意部分公开答复数 ÷ " + _ANSWERED_OLD_SAID[0], "granted in part ÷ " + _ANSWERED_OLD_SAID[1]))},
         of_requests=True),
    Rate("公开率", "disclosure rate", r"(?<!主动)(?<!予以)(?<!全部)(?<!部分)(?<!完全)公开率|(?:申请|依申请)(?:的)?公开(?:比例|比率)",
         r"\bdisclosure rates?\b|\brate of disclosure\b|\brelease rates?\b|\bgrant rates?\b",
         {**_DISCLOSING_NEW, OLD: Sides((DISCLOSED_OLD, PARTLY_OLD), (ANSWERED_OLD,),
                                        ("（同意公开 + 同意部分公开）÷ " + _ANSWERED_OLD_SAID[0], "(granted + granted in part) ÷ " + _ANSWERED_OLD_SAID[1]))},
         of_requests=True),
    # the old Ningxia appendix prints 按时办结数 beside 申请办结数; the 2019 and 2021 forms count no such thing
    Rate("按时办结率", "on-time handling rate", r"(?:按时|及时|按期)办结(?:率|的?(?:比例|比率|占比))",
         r"\bon[- ]time (?:handling|completion|closure|processing) rates?\b|\bhandled on time\b",
         {OLD: Sides(((_APPLY.format("按时办结数"),),), ((_APPLY.format("申请办结数"),),),
                     ("按时办结数 ÷ 申请办结数", "handled on time ÷ handled"))}, of_requests=True),
    Rate("办结率", "handling rate", r"(?<!按时)(?<!及时)(?<!延期)(?<!逾期)(?<!超期)(?:办结率|结案率)"
         r"|(?<!占)(?<!按时)(?<!及时)(?<!延期)(?<!逾期)(?:办结|办完|处理完)了?的?(?:比例|比率|占比|百分比|百分之几)",
         r"\b(?:handling|completion|closure|processing|resolution) rates?\b|\bshare handled\b"
         # "what share of requests did it handle": no outcome, applicant or appeal named anywhere in the question
         r"|^(?!.*\b(?:disclos|grant|releas|refus|withh|denied|deni|reject|provid|pending|carried|individual|compan"
         r"|business|person|organi[sz]ation|upheld|correct|overturn|reconsideration|lawsuit|court|fee))"
         r".*\b(?:share|percentage|proportion|per ?cent|fraction) of (?:the |all |its |their )?(?:[\w'-]+ ){0,3}"
         r"(?:requests|applications)\b[^?]*?\b(?:handled?|completed?|closed|processed|concluded|dealt with)\b",
         {**_HANDLING_NEW, OLD: Sides((HANDLED_OLD,), (RECEIVED_OLD,), _HANDLED_OLD_SAID)},
         received={**_HANDLING_RECEIVED,
                   OLD: Sides((HANDLED_OLD,), (RECEIVED_OLD,), _HANDLED_OLD_SAID)},
         of_requests=True),
    Rate("答复率", "reply rate", r"答复率|回复率|答复(?:的)?(?:比例|比率)",
         r"\b(?:reply|response|answer) rates?\b",
         {**_HANDLING_NEW, OLD: Sides((ANSWERED_OLD,), (RECEIVED_OLD,), (_ANSWERED_OLD_SAID[0] + " ÷ 收到申请数", _ANSWERED_OLD_SAID[1] + " ÷ received"))},
         received={**_HANDLING_RECEIVED,
                   OLD: Sides((ANSWERED_OLD,), (RECEIVED_OLD,), (_ANSWERED_OLD_SAID[0] + " ÷ 收到申请数", _ANSWERED_OLD_SAID[1] + " ÷ received"))},
         of_requests=True),
    Rate("败诉率", "lawsuit loss rate", r"败诉率|败诉(?:的)?(?:比例|比率|占比)",
         r"\b(?:loss|losing) rates?\b|\brate of (?:losing|lost)\b", _SUIT_SIDES),
    Rate("行政复议纠错率", "reconsideration correction rate", _CORRECTED, _CORRECTED_EN,
         {**{t: Sides((REVIEW[0],), (REVIEW[1],), _REVIEW_SAID) for t in NEW},
          OLD: Sides((REVIEW_OLD[0],), (REVIEW_OLD[1],), _OLD_REVIEW_SAID)},
         family="纠错率", scope=r"(?<![经未])复议(?!后)|(?<!after )(?<!following )(?<!without )reconsideration|review|appeal"),
    Rate("行政诉讼纠错率", "lawsuit correction rate", _CORRECTED, _CORRECTED_EN, _SUIT_SIDES,
         family="纠错率", scope=r"(?<!复议后)诉讼|起诉|官司|lawsuit|litigation|court"),
)

#: How a rate's inputs are named in its answer (zh, en): the template's row in the words of the
#: formula; an input not listed is named by its cell's labels.
INPUT_NAMES: dict[str, tuple[str, str]] = {
    HANDLED_NEW[0]: ("办结（办理结果总计）", "handled (outcomes in total)"),
    RECEIVED_NEW[0]: ("本年新收", "received this year"),
    CARRIED[0]: ("上年结转", "carried over from the year before"),
    DISCLOSED_NEW[0]: ("予以公开", "disclosed in full"),
    PARTLY_NEW[0]: ("部分公开", "disclosed in part"),
    REVIEW[0][0]: ("行政复议结果纠正", "reconsiderations corrected"),
    REVIEW[1][0]: ("行政复议总计", "reconsiderations in total"),
    **{p[0]: (f"{w}结果纠正", f"lawsuits {e} corrected") for p, w, e in zip(SUIT_PARTS, ("直接起诉", "复议后起诉"),
                                                                        ("filed directly", "after reconsideration"), strict=True)},
    **{p[0]: (f"{w}总计", f"lawsuits {e} in total") for p, w, e in zip(SUIT_WHOLES, ("直接起诉", "复议后起诉"),
                                                                     ("filed directly", "after reconsideration"), strict=True)},
}

#: Rows of section 三 that 三（七）总计 does not count (it totals the outcomes): their share is of
#: the requests to handle (本年新收 + 上年结转, the form's check), never of the outcomes' total. T.
OUTSIDE_OUTCOMES = ("本年新收", "上年结转", "结转下年度")
#: The rows whose sum is the requests to handle, in any column.
TO_HANDLE_ROWS = ("本年新收", "上年结转")

#: The lawsuits' groups' totals: a group's share is of their sum (the lawsuits), not of a cell.
LAWSUIT_TOTALS = tuple(w[0] for w in SUIT_WHOLES)
#: Two rates of one report compared by how far apart they are ("败诉率比纠错率低多少", "how much
#: lower is the lawsuit loss rate than the correction rate"): their difference in percentage points.
RATE_GAP_ASKED = (r"[低高多少]多少|相差|差多少|差距|差了|高出|低出|高了|低了|\bdifference\b|\bgap\b|"
                  r"\b(?:higher|lower|greater|less) than\b|\bhow much (?:higher|lower|greater|less)\b|\bby how much\b")
#: Which way a gap is asked ("低多少": the first is said to be lower); both or neither: either way.
RATE_GAP_FRAMES = (("lower", r"低|(?<!多)少|\blower\b|\bless\b"), ("higher", r"高|多(?!少)|\bhigher\b|\bgreater\b|\bmore\b"))
