"""Words of a follow-up that computes over the conversation's earlier answers ("两者加起来是多少？"
after "行政许可有多少？" and "行政处罚呢？", "add them up", "which of the two is larger?"). Patterns
are regular-expression sources over the lowered question; assistant.understanding.followups reads them.
"""

from __future__ import annotations

from .questions import BODY_PARTS

#: Words pointing at several earlier answers: (how many answers, pattern), the first match wins;
#: 0: every answer of the last few turns about one subject ("以上这些都加起来").
EARLIER_ANSWERS: tuple[tuple[int, str], ...] = (
    (3, r"三者|这三[个项样者]|那三[个项样者]|三项|三个数|\b(?:all three|the three|these three|those three)\b"),
    (2, r"两者|二者|这两[个项样者]|那两[个项样者]|两项|两个数|两数|前者|后者"
        r"|\b(?:both|the two|these two|those two|the pair|the former|the latter)\b"),
    (0, r"以上(?:这些|几[个项]|各项|的数|数字|数据)?(?=[都全一合加相总共比哪差]|$)|上面(?:这些|几[个项]|的数)|前面(?:这些|几[个项]|的数)"
        r"|这几[个项]数|这些数|都加起来|全部加起来|全加起来|合计一下|加一下|加总一下|总共多少"
        r"|\ball of (?:these|those|them)\b|\b(?:these|those) (?:numbers|figures)\b|\badd (?:them|these|those|it all) up\b"
        r"|\b(?:them|these|those) combined\b|\bput together\b"),
)

#: What such a follow-up computes: (operation, Chinese pattern, English pattern), the first match
#: wins. "compare" asks which is larger: the difference answers it with the amount.
EARLIER_OPERATIONS: tuple[tuple[str, str, str], ...] = (
    ("ratio", r"几倍|多少倍|倍数|比例|比值|之比|占比|占.{0,6}(?:多少|几成|百分之)",
     r"\bratio\b|\bhow many times\b|\btimes (?:as|more|larger|bigger)\b|\bpercent(?:age)?\b|\bshare\b"),
    ("compare", r"哪(?:个|一个|项|一项|样|年|一年|个年份|家|一家|个单位)?(?:更)?(?:多|少|大|小|高|低)|谁(?:更)?(?:多|少|大|小|高|低)|孰多|孰少",
     r"\bwhich\b.{0,30}?\b(?:larger|bigger|higher|greater|more|smaller|lower|less|fewer)\b"
     r"|\bwhich (?:is|was|one is|one was) (?:the )?(?:largest|biggest|highest|smallest|lowest)\b"),
    ("difference", r"相差|差多少|差了多少|差距|差值|差额|多多少|少多少|多出多少|多出|少了多少",
     r"\bdifference\b|\bhow many more\b|\bhow much more\b|\bgap\b|\bdiffer\b|\bsubtract"),
    ("total", r"加起来|加在一起|合起来|合计|一共|总共|总计|共计|之和|总和|相加|加总|汇总|加一下",
     r"\badd(?:ed)? (?:\w+ )?up\b|\bcombined\b|\bin total\b|\btogether\b|\bsum\b|\btotal\b|\baltogether\b"),
)

#: The most earlier answers an "all of these" follow-up reaches back over.
MAX_EARLIER = 4

#: The scoping word a sibling part's follow-up carries over ("那乡镇呢，占比多少？" after "其中区直部门
#: 公开了多少？" is read as "其中那乡镇呢…" of the whole asked before), by the question's language.
SCOPE_CARRIED = {"zh": "其中", "en": "of those, "}
#: A follow-up's 呢 before a clause of its own ("乡镇的呢，占比是多少？"): a follow-up as "…呢？" is.
FOLLOW_UP_CLAUSE = r"呢\s*[，,、]"
#: The words around the thing a bare follow-up names ("那信访举报投诉类的呢？", "and the repeated
#: ones?"): what is left once they are taken off is the thing, to stand where the last
#: question named its statistic.
FOLLOW_UP_HEAD = r"^(?:那么?|还有|另外|(?:and|what about|how about|what of)\b)\s*(?:the\s+)?"
FOLLOW_UP_TAIL = r"\s*(?:的)?\s*呢?\s*[?？.。!！\s]*$"
#: A part of a body named with its "each" and units' words ("县直各单位", "各乡镇", "区直部门"): the
#: words go with the part, which is the same part with or without its "each".
EACH_WORD = "各"
BODY_PART_PHRASE = rf"{EACH_WORD}?(?:{BODY_PARTS}){EACH_WORD}?(?:单位|部门|机关)?"
