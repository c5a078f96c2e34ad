"""Typed answers from prose: the span of a sentence that answers, of the type the question asks.

"电子邮箱是什么" wants an email, "哪天" a date (9月24日, never "9"), "联系电话" a phone number
(0955-4011806, never "0955"), "多少万元" an amount with its unit (770万元, never "770"), "几次" a
count with its measure word. A candidate only answers when the words of its own clause are
the question's ("共受理12345平台工单409件" answers "12345平台工单多少件" with 409件, and the 12345
of the question is never the answer); otherwise the answer is "not found".

    kind = expected_kind(question)                # email | phone | fax | date | amount | … | None
    spans = candidates(sentence, kind, question)  # typed spans, numbers of the question excluded
    best = tie(sentence, span, terms)             # share of the question's terms in the clause
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MEASURES = ("人次|万人次|场次|项次|余件|余条|余次|余人|件|条|个|次|人|篇|场|期|项|份|户|家|名|批|册|张|封|台|天|小时"
            "|部|所|类|起|宗|例|单|笔|位|支|套|座|栏目|余")
_NUM = r"\d[\d,，]*(?:\.\d+)?"

# (kind, question cue, span pattern). The first kind whose cue the question has is asked for:
# "联系电话是多少" is a phone number before it is a count.
KINDS: tuple[tuple[str, str, str], ...] = (
    ("email", r"邮箱|电子邮件|邮件地址|e-?mail", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"),
    ("fax", r"传真|\bfax", r"(?<![\d-])(?:0\d{2,3}[-－—–]?)?\d{7,8}(?!\d)"),
    ("phone", r"电话|热线号码|联系方式|phone|telephone|contact number|hotline number",
     r"(?<![\d-])(?:0\d{2,3}[-－—–]?\d{7,8}|1[3-9]\d{9}|\d{7,8})(?!\d)"),
    ("postcode", r"邮编|邮政编码|postcode|postal code|zip code", r"(?<!\d)\d{6}(?!\d)"),
    ("url", r"网址|网站地址|web ?address|\burl\b|which website",
     r"(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[\w./?=&%-]*)?"),
    ("date", r"哪天|哪一天|哪两天|哪几天|什么时候|何时|日期|几月几日|几月几号|几号|\bwhen\b|what date|which days?\b"
             r"|on what day|\bdated?\b|\bsigned\b",
     r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}-\d{1,2}-\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月"
     r"|(?<=[每月和及、至到])\s*\d{1,2}\s*日"),
    ("percent", r"百分之|比例|占比|比率|[^效]率是|率为|率达|率多少|percent|percentage|\brate\b|\bshare\b",
     rf"{_NUM}\s*[%％]|百分之[零一二三四五六七八九十百点]+"),
    ("amount", r"金额|经费|费用|多少钱|多少万|多少元|多少亿|预算|资金|\bhow much\b|\bamount\b|\bbudget|\bcosts?\b|\bspent\b|\bfunding\b|\byuan\b",
     rf"{_NUM}\s*(?:亿元|万元|元|亿|万)"),
    ("person", r"谁|哪位|姓名|填报人|负责人|联系人|审核人|签发人|\bwho\b|\bwhom\b",
     r"(?<=填报人|负责人|联系人|审核人|签发人)[:：\s]*{name}|(?<=局长|主任|书记|组长|处长|科长)\s*{name}(?=[任为同担兼负,，、。(（\s]|$)"),
    ("count", r"多少|几|how many|number of|\bcount\b",
     rf"{_NUM}\s*(?:万|亿)?\s*(?:{MEASURES})|{_NUM}"),
)
# A person's name: a common surname and one or two more characters.
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
_NAME = f"[{SURNAMES}][\u4e00-\u9fff]{{1,2}}"
_KINDS = [(kind, re.compile(cue, re.I), re.compile(span.replace("{name}", _NAME))) for kind, cue, span in KINDS]
PATTERNS = {kind: span for kind, _, span in _KINDS}

#: What each kind is called in a "not found" answer.
KIND_NAMES = {
    "zh": {"email": "电子邮箱", "fax": "传真号码", "phone": "联系电话", "postcode": "邮编", "url": "网址",
           "date": "日期", "percent": "比例", "amount": "金额", "person": "人名", "count": "数字"},
    "en": {"email": "email address", "fax": "fax number", "phone": "phone number", "postcode": "postcode",
           "url": "web address", "date": "date", "percent": "percentage", "amount": "amount", "person": "name",
           "count": "figure"},
}

# Labels that tell which phone a number is ("电话:0591-23163551;传真:0591-23100206").
_LABELS = {"phone": re.compile(r"电话|热线|咨询"), "fax": re.compile(r"传真")}

# Numbers that are identifiers, not quantities: 国令第711号, 〔2018〕41号, 5号楼, 25层, 第3条.
_NOT_QUANTITY_AFTER = re.compile(r"\s*(?:号|层|楼|室|路|道|街|条(?!信息|政府|意见|建议)|款|章|节|〕|\])")
_NOT_QUANTITY_BEFORE = re.compile(r"(?:第|〔|\[|No\.?|编号|文号|令)\s*$")
_ORDINAL = re.compile(r"^\s*\d+\s*[.、．]")
#: A quantity's tie (0.6 × its clause's share of the question's terms + 0.4 × its sentence's)
#: must reach this; a clause with none of the terms never answers.
MIN_TIE = 0.3


@dataclass
class Span:
    text: str
    start: int
    end: int
    tie: float  # share of the question's terms in the span's clause


def expected_kind(question: str) -> str | None:
    text = question.lower()
    for kind, cue, _ in _KINDS:
        if cue.search(text):
            return kind
    return None


def measure_asked(question: str) -> str | None:
    """"多少件" / "几次": the measure word the answer should carry."""
    match = re.search(rf"(?:多少|几)\s*({MEASURES})", question)
    return match.group(1) if match else None


def candidates(sentence: str, kind: str, question: str) -> list[Span]:
    """Spans of `kind` in the sentence; numbers the question states and identifiers excluded."""
    pattern = PATTERNS[kind]
    asked = set(re.findall(r"\d+", question))
    taken = _other_kinds(sentence, kind)
    out = []
    for match in pattern.finditer(sentence):
        text = match.group().strip(" :：")
        start = match.start() + (len(match.group()) - len(match.group().lstrip(" :：")))
        end = start + len(text)
        if not text or any(s <= start < e for s, e in taken):
            continue
        digits = re.findall(r"\d+", text)
        if kind in ("count", "amount", "percent") and (
            set(digits) <= asked and digits
            or _NOT_QUANTITY_AFTER.match(sentence, match.end()) and kind == "count"
            or _NOT_QUANTITY_BEFORE.search(sentence[:start])
            or _ORDINAL.match(sentence[max(0, start - 1):end + 1]) and start <= 1
            or re.fullmatch(r"(?:19|20)\d\d", text)
        ):
            continue
        if kind in ("phone", "fax") and not _labelled(sentence, start, kind):
            continue
        out.append(Span(text, start, end, 0.0))
    return out


def _other_kinds(sentence: str, kind: str) -> list[tuple[int, int]]:
    """Where dates, phones, emails and web addresses are: a count is never part of one."""
    if kind not in ("count", "amount", "percent"):
        return []
    spans = []
    for other in ("email", "url", "date", "phone"):
        spans += [(m.start(), m.end()) for m in PATTERNS[other].finditer(sentence)
                  if other != "phone" or _labelled(sentence, m.start(), "phone") or "-" in m.group()]
    spans += [(m.start(), m.end()) for m in re.finditer(r"(?:19|20)\d\d\s*年度?", sentence)]
    return spans


def _labelled(sentence: str, start: int, kind: str) -> bool:
    """The label nearest before a phone-like number is this kind's (电话 vs 传真)."""
    before = re.sub(r"\s", "", sentence[max(0, start - 24):start])[-12:]  # "电 话 ：" as PDFs space it
    found = [(m.end(), k) for k, label in _LABELS.items() for m in label.finditer(before)]
    return bool(found) and max(found)[1] == kind


_CLAUSE_END = re.compile(r"[,，;；。!！?？]")
_ITEM_END = re.compile(r"[,，;；。!！?？、]")  # a list item ("建议类 17件、求助类 5件") is a clause of its own


def clause_of(sentence: str, start: int, end: int, items: bool = False) -> str:
    """The clause a span is in: from the last clause break before it to the first after it;
    with `items`, the list item ("市长热线、市民热线等问题6件" is one clause, three items)."""
    breaks = _ITEM_END if items else _CLAUSE_END
    left = max((m.end() for m in breaks.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in breaks.finditer(sentence, end)), len(sentence))
    return sentence[left:right]


def tie(sentence: str, span: Span, terms: set[str], items: bool = True) -> float:
    """Share (by characters) of the question's terms found in the span's clause. A term the
    sentence repeats (微博 four times) tells its clauses apart less than one it says once (粉丝)."""
    if not terms:
        return 0.0
    clause = clause_of(sentence, span.start, span.end, items=items)
    # jieba gives a compound and its parts (意见建议, 意见, 建议): weigh the parts only
    atoms = {t for t in terms if not any(o != t and o in t for o in terms)}
    total = sum(len(t) for t in atoms)
    return sum(len(t) / max(1, sentence.count(t)) for t in atoms if t in clause) / total
