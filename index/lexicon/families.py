"""Families of categories one report breaks a figure into, and the words a question names each
with: "处理结果里哪种情况最多" asks for the largest of the outcome rows of one report, not for a
body or a year. Each family is (id, Chinese words, English words, the cells' canonical keys as a
regular expression over the templates' keys). Patterns are regular-expression sources; the
question reader (assistant.understanding) compiles them. A family's first match wins, so the
narrower families come first.
"""

from __future__ import annotations

#: A question asking which category ("哪种", "哪一类", "什么理由", "which outcome", "what kind").
WHICH_CATEGORY = (r"哪(?:一)?(?:种|类|项|样|个(?:结果|理由|原因|渠道|方式|途径|类型))"
                  r"|什么(?:情况|结果|理由|原因|渠道|方式|途径|类型|形式)"
                  r"|\bwhich (?:kind|type|sort|category|outcome|result|reason|ground|channel|way|means|method"
                  r"|form|group)s?\b|\bwhich of (?:the|its|these|those)\b|\bwhat (?:kind|type|sort|category|outcome|result|reason"
                  r"|ground|channel|way|means|method|form)s?\b|\bwhich (?:was|were) (?:the )?(?:most|least|largest|smallest)\b")

#: Families whose cells of one outcome in several groups are added ("结果维持" of lawsuits filed
#: directly and after reconsideration is one outcome).
SUMMED_BY_OUTCOME = frozenset({"lawsuit"})

FAMILIES: tuple[tuple[str, str, str, str], ...] = (
    # 不予公开 1-8: why a request was refused
    ("refusal_reason", r"不予?公开的?(?:理由|原因|情形)|(?:理由|原因)",
     r"\breasons?\b|\bgrounds?\b",
     r"^政府信息公开申请\.不予公开\.[^.]+\.总计$"),
    # the applicant columns of 本年新收
    ("applicant", r"申请人|申请主体|哪类(?:人|主体|单位|机构)|谁(?:申请|提)|什么人",
     r"\bapplicants?\b|\brequesters?\b|\brequestors?\b|\bwho (?:filed|submitted|made|sent)\b",
     r"^政府信息公开申请\.本年新收\.(?:(?!总计$)[^.]+|法人或其他组织\.[^.]+)$"),
    # how requests arrived (the tables before 2019)
    ("channel", r"渠道|方式|途径|形式|怎么(?:提交|申请|提出)",
     r"\bchannels?\b|\bmeans\b|\bways?\b|\bmethods?\b|\bforms?\b|\bsubmitted\b",
     r"^依申请公开情况\.(?!收到)[^.]+申请数$"),
    # penalties, licences, enforcement: the decisions of section 二
    ("decision", r"(?:处罚|许可|强制)\s*[、和与及,，/]\s*(?:行政)?(?:处罚|许可|强制)|行政(?:决定|行为)|哪类(?:决定|事项)",
     r"\b(?:penalt\w*|licen[cs]\w*|enforcement)\b,?(?: and| or)? (?:administrative )?(?:penalt\w*|licen[cs]\w*"
     r"|enforcement)\b",
     r"^(?:行政许可|行政处罚|行政强制)\.处理决定数量$"),
    # the outcomes of lawsuits (both groups: direct and after reconsideration), then of reconsiderations
    ("lawsuit", r"诉讼|起诉", r"\blawsuits?\b|\blitigation\b|\bsued\b|\bcourt\b",
     r"^行政诉讼\.[^.]+\.(?:结果维持|结果纠正|其他结果|尚未审结)$"),
    ("reconsideration", r"复议", r"\breconsideration",
     r"^行政复议\.(?:结果维持|结果纠正|其他结果|尚未审结)$"),
    # 办理结果: the outcome rows of section 三 (the leaves: 不掌握, not 无法提供 as a whole)
    ("outcome", r"结果|处理情况|办理情况|答复|怎么处理|如何处理|处理方式",
     r"\boutcomes?\b|\bresults?\b|\bhandled\b|\bresponses?\b|\brepl(?:y|ies)\b|\bdecided\b|\bdisposed\b",
     r"^政府信息公开申请\.(?:予以公开|部分公开|(?:不予公开|无法提供|不予处理)\.[^.]+|其他处理)\.总计$"
     r"|^依申请公开情况\.(?:同意公开|同意部分公开|不同意公开)答复数$"),
)

#: Families a question may ask the breakdown of beside the whole's count, with no superlative
#: ("how many requests …, and through what channel?", "收到多少申请，是哪类申请人提的？"): the
#: whole each family breaks down (the requests received), as the canonical keys that name it.
BREAKDOWN_OF: dict[str, tuple[str, ...]] = {
    "channel": ("政府信息公开申请.本年新收.总计", "依申请公开情况.收到申请数"),
    "applicant": ("政府信息公开申请.本年新收.总计", "依申请公开情况.收到申请数"),
    # "被申请行政复议几件，结果怎样？": the reconsiderations' (or lawsuits') outcome columns
    "reconsideration": ("行政复议.总计", "行政复议数量"),
    "lawsuit": ("行政诉讼.未经复议直接起诉.总计", "行政诉讼.复议后起诉.总计", "行政诉讼数量"),
}

#: Asking how cases ended, with no "which" word ("结果怎样", "结果分别怎样", "怎么判的", "输赢如何", "what was the
#: outcome", "how did they end"): of reconsiderations or lawsuits, the breakdown of their outcomes.
OUTCOME_ASKED = (r"结果(?:分别|各自|各|都|又|具体)?(?:如何|怎么样|怎样|是什么|是啥|呢)|(?:什么|啥)结果|怎么判|判得?(?:怎么样|如何)|输赢|赢了|输了|胜诉(?!率)|败诉(?!率)"  # (败诉率 is a rate)
                 r"|(?:怎么|如何)(?:结案|了结|收场)|最后(?:怎么样|怎样|如何)"
                 r"|\bwhat (?:was|were|is|are) the (?:outcomes?|results?|rulings?|decisions?)\b"
                 r"|\bhow did\b[^?？]{0,80}?\b(?:end|turn out|go|conclude)\b|\bhow (?:were|was) (?:it|they) decided\b"
                 r"|\bwho won\b|\boutcomes? of (?:it|them|these|those)\b")
#: The families OUTCOME_ASKED breaks down.
OUTCOME_FAMILIES = ("lawsuit", "reconsideration")

#: Asking how requests were sent in, with no "which" word ("是咋递交的", "怎么提交的", "通过什么方式提
#: 交", "how were they submitted", "how did people send them in"): the breakdown of the requests by
#: channel (当面 / 网络 / 信函 / 传真 of the tables before 2019).
_SENT = r"(?:递交|提交|提出|交来|寄来|送来|寄送|报送|递|交|寄|送|发来|申请)"
CHANNEL_ASKED = (rf"(?:怎么|怎样|咋|如何|怎么样)(?:样)?{_SENT}|(?:通过|用|以|走|经)(?:什么|啥|哪些|哪种|何种)"
                 rf"(?:方式|渠道|途径|形式|办法)?{_SENT}|(?:什么|啥|哪些|哪种|何种)(?:方式|渠道|途径|形式){_SENT}"
                 r"|\bhow (?:were|was|did|do|are|is)\b[^?？]{0,60}?\b(?:submitted|submit|filed|file|sent|send|lodged"
                 r"|lodge|made|make|delivered|deliver|come in|came in|arrived?|received)\b"
                 r"|\b(?:by|through|via) what (?:means|channels?|routes?|methods?)\b")
