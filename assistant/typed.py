"""Typed answers from prose: the span of a sentence that answers, of the type the question asks.

"电子邮箱是什么" wants an email, "哪天" a date (9月24日, never "9"), "联系电话" a phone number
(0955-4011806, never "0955"), "多少万元" an amount with its unit (770万元, never "770"), "几次" a
count with its measure word. A candidate only answers when the words of its own clause are
the question's ("共受理12345平台工单409件" answers "12345平台工单多少件" with 409件, and the 12345
of the question is never the answer); otherwise the answer is "not found".

    kind = expected_kind(question)                # email | phone | fax | date | amount | … | None
    spans = candidates(sentence, kind, question)  # typed spans, numbers of the question excluded
    best = tie(sentence, span, terms)             # share of the question's terms in the clause
    thing = asked_thing(question)                 # what is counted (粉丝, 稿件, 人…), if a known family
    answers(thing, sentence, span)                # the span's own clause names it
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.lexicon.asked import (
    ASKED_FAMILIES,
    ASKING,
    BEFORE_ASKING,
    BREAKDOWN_OPENERS,
    CHANNELS,
    COUNTED_REACH,
    GENERIC_HEADS,
    ITEMS_ABOUT,
    ITEMS_LINKING,
    KIND_FILLER,
    KIND_OF_WHOLE,
    LINKING_CHARS,
    MAJOR_BREAKS,
    MIN_NOUN_CHARS,
    MONEY_IN_GENERAL,
    PART_OPENERS,
    PRICED,
    SEARCH_WORDS,
)
from index.lexicon.bodynames import BUREAU_ENDS, GOVERNMENT_WORDS
from index.lexicon.kinds import (
    ASKING_WHO,
    CONTACT_ASKED,
    CONTACT_KINDS,
    KINDS,
    LABELLED,
    OWN_SITE_ASKED,
    PERSON_LABELS,
    PERSON_VERBS,
    PHONE_LABELS,
    PORTAL_ASKED,
    SITE_BREAKS,
    SITE_WORDS,
    SURNAMES,
)
from index.lexicon.numbering import IDENTIFIER_AFTER, IDENTIFIER_BEFORE
from index.lexicon.questions import (
    ASKING_COUNT,
    COUNTED_AFTER_ASKING,
    LIST_OF_ASKS_BREAK,
    PART_ASKING,
    PART_BREAKS,
    PART_BREAKS_EN,
    YEAR_IN_TEXT,
)
from index.lexicon.units import APPROXIMATELY, BARE_NUMBER, LEADING_NUMBER, MEASURES

from .prose_statements import same_family
from .understanding.body_parts import body_parts_named

_NAME = f"[{SURNAMES}][\u4e00-\u9fff]{{1,2}}"
_KINDS = [(kind, re.compile(cue, re.I), re.compile(span.replace("{name}", _NAME))) for kind, cue, span in KINDS]
PATTERNS = {kind: span for kind, _, span in _KINDS}
#: Kinds no table cell holds, asked with a statistic's word ("哪个网站下载" says 网站) or after one
#: ("罚了多少次？" then "他们办公地址在哪？"): answered from the prose, never with the statistic.
#: (Not an email: 电子邮件 is also a channel of requests, "电子邮件申请数" a cell.)
NO_CELL_KINDS = ("url", "address", "postcode", "phone", "fax")

# Labels that tell which phone a number is ("电话:0591-23163551;传真:0591-23100206").
_LABELS = {kind: re.compile(label) for kind, label in PHONE_LABELS.items()}
# Numbers that are identifiers, not quantities: 国令第711号, 〔2018〕41号, 5号楼, 25层, 第3条.
_NOT_QUANTITY_AFTER = re.compile(IDENTIFIER_AFTER)
_NOT_QUANTITY_BEFORE = re.compile(IDENTIFIER_BEFORE)
_MEASURE_ASKED = re.compile(rf"(?:{ASKING_COUNT})\s*({MEASURES})")
_YEAR = re.compile(YEAR_IN_TEXT)
_LETTER = re.compile("[A-Za-z]")
_ORDINAL = re.compile(r"^\s*\d+\s*[.、．]")
#: "000" of "规章000行政规范性文件97253": table cells a text layer ran together, no quantity.
_RUN_TOGETHER = re.compile(r"0\d")
#: A quantity's tie (0.6 × its clause's share of the question's terms + 0.4 × its sentence's)
#: must reach this; a clause with none of the terms never answers.
MIN_TIE = 0.3


@dataclass
class Span:
    text: str
    start: int
    end: int
    tie: float  # share of the question's terms in the span's clause
    also: Span | None = None  # the same thing's figure of the other scope (a running total), given beside it


_CONTACT_ASKED = re.compile(CONTACT_ASKED)


def expected_kind(question: str) -> str | None:
    text = question.lower()
    kind = next((kind for kind, cue, _ in _KINDS if cue.search(text)), None)
    if kind == "amount" and measure_asked(question):
        return "count"  # "多少条三公经费信息": a count of items about the money, never a sum of it
    if kind == "count" and (thing := asked_thing(question)) is not None and thing.key in PRICED:
        return "amount"  # "收了多少信息处理费": a sum of money, counted in 元
    return kind


def expected_kinds(question: str) -> list[str]:
    """Every labelled kind asked, in the question's order ("邮编和电子邮箱": postcode, email);
    [] when the question asks none or one of another kind."""
    text = question.lower()
    found = sorted((m.start(), kind) for kind, cue, _ in _KINDS if kind in (*LABELLED, _URL)
                   for m in [cue.search(text)] if m)
    if not found and _CONTACT_ASKED.search(text):
        return list(CONTACT_KINDS)  # "who should I contact about…": the report's contact line
    kinds = list(dict.fromkeys(kind for _, kind in found))
    # a web address asked beside a labelled kind ("网站是哪个？邮编多少") is one of them; alone it is not
    return kinds if len(kinds) > 1 or kinds != [_URL] else []


_URL = "url"


def measure_asked(question: str) -> str | None:
    """"多少件" / "几次": the measure word the answer should carry."""
    match = _MEASURE_ASKED.search(question)
    return match.group(1) if match else None


def measures_asked(question: str) -> list[str]:
    """Every measure word a count is asked with ("几次…多少条": 次, 条)."""
    return [m.group(1) for m in _MEASURE_ASKED.finditer(question)]


_LEADING = re.compile(LEADING_NUMBER)
_ABOUT = re.compile(APPROXIMATELY)


def in_measure_asked(question: str, span: str | None) -> bool:
    """Whether a count span carries the very measure word asked ("多少篇" and "138篇", "900余篇"):
    when the prose states the thing in the word asked and in a neighbour of its family ("171条"),
    the one in the word asked is the answer."""
    measure = measure_asked(question)
    if not measure or not span:
        return False
    return _ABOUT.sub("", _LEADING.sub("", span).strip()).strip() == measure


def candidates(sentence: str, kind: str, question: str) -> list[Span]:
    """Spans of `kind` in the sentence; numbers the question states and identifiers excluded."""
    pattern = PATTERNS[kind]
    asked = set(re.findall(r"\d+", question))
    taken = _other_kinds(sentence, kind)
    out = []
    for match in pattern.finditer(sentence):
        whole, at = (match.group("v"), match.start("v")) if "v" in pattern.groupindex else (match.group(), match.start())
        text = whole.strip(" :：\n").rstrip(",，")  # "725," of "关注量 725,发布…" is 725
        start = at + (len(whole) - len(whole.lstrip(" :：\n")))
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
            or _RUN_TOGETHER.match(text)
            or text.isdigit() and _table_text(sentence, start, end)
        ):
            continue
        if kind == "url" and (not _LETTER.search(text) or sentence[max(0, start - 1):start] == "@"):
            continue  # 219062.78 is no web address, nor 163.com of an email
        if kind in ("phone", "fax") and not _labelled(sentence, start, kind):
            continue
        if kind == "person" and not _person_labelled(sentence, start, question):
            continue
        out.append(Span(text, start, end, 0.0))
    return out


_OWN_SITE = re.compile(OWN_SITE_ASKED, re.I)
_PORTAL = re.compile(PORTAL_ASKED, re.I)
_SITE_BREAK = re.compile(SITE_BREAKS)
_SITE_WORDS = re.compile(SITE_WORDS)


def site_asked(question: str) -> str | None:
    """"own" when the question asks a body's own site (本局网站, "which bureau website"), "portal"
    when it asks its government's portal (门户网站), None when it asks any."""
    if _OWN_SITE.search(question):
        return "own"
    return "portal" if _PORTAL.search(question) else None


def site_of(sentence: str, start: int) -> str:
    """Whose site a web address is, by the name printed before it: "own" for a bureau's
    ("…旅游与文化体育局门户网站（www…）"), "portal" for a government's or a region's ("平潭综合实验区
    门户网站（www…）", "中国平潭" 门户网站) and for an address printed without a name."""
    before = sentence[:start].rstrip(" \n（(“\"”：:")
    name = _SITE_WORDS.sub("", before[max((m.end() for m in _SITE_BREAK.finditer(before)), default=0):]).strip("“”\" ")
    if name.endswith(GOVERNMENT_WORDS) or not name.endswith(BUREAU_ENDS):
        return "portal"
    return "own"


def sites_asked(sentence: str, spans: list[Span], question: str) -> list[Span]:
    """The web addresses of the site asked (the body's own or its government's portal); all
    when the question asks any site; [] when the sentence has none of the one asked."""
    wanted = site_asked(question)
    return spans if wanted is None else [s for s in spans if site_of(sentence, s.start) == wanted]


_BARE = re.compile(BARE_NUMBER)
#: Bare numbers in one unbroken clause that make it a table's row of cells run together as text
#: ("行政规范性文件97253…行政许可0…行政处罚0"): its numbers are the table's, read by the table route.
TABLE_CELLS = 3


def _table_text(sentence: str, start: int, end: int) -> bool:
    return len(_BARE.findall(clause_of(sentence, start, end))) >= TABLE_CELLS


def _other_kinds(sentence: str, kind: str) -> list[tuple[int, int]]:
    """Where dates, phones, emails and web addresses are: a count is never part of one."""
    if kind not in ("count", "amount", "percent"):
        return []
    spans = []
    for other in ("email", "url", "date", "phone"):
        spans += [(m.start(), m.end()) for m in PATTERNS[other].finditer(sentence)
                  if (other != "phone" or _labelled(sentence, m.start(), "phone") or "-" in m.group())
                  and (other != "url" or _LETTER.search(m.group()))]  # 219062.78 is no web address
    spans += [(m.start(), m.end()) for m in _YEAR.finditer(sentence)]
    return spans


def person_label(question: str) -> str | None:
    """The label a question asks a name by ("填报人是谁": 填报人), if any."""
    named = next((label for label in PERSON_LABELS if label in question), None)
    if named is not None or not _WHO.search(question):
        return named
    # "是谁填报的" asks the 填报人 as "填报人是谁" does
    return next((label for label, verbs in PERSON_VERBS.items() if re.search(verbs, question)), None)


_WHO = re.compile(ASKING_WHO)


def _person_labelled(sentence: str, start: int, question: str) -> bool:
    """A name asked by its label is the one printed after that label, not any official's."""
    label = person_label(question)
    return label is None or re.sub(r"[\s:：]", "", sentence[max(0, start - 12):start]).endswith(label)


def _labelled(sentence: str, start: int, kind: str) -> bool:
    """The label nearest before a phone-like number is this kind's (电话 vs 传真)."""
    before = re.sub(r"\s", "", sentence[max(0, start - 24):start])[-12:]  # "电 话 ：" as PDFs space it
    found = [(m.end(), k) for k, label in _LABELS.items() for m in label.finditer(before)]
    return bool(found) and max(found)[1] == kind


_CLAUSE_END = re.compile(r"[,，;；。!！?？]")
_DIGIT = re.compile(r"\d")
_ITEM_END = re.compile(r"[,，;；。!！?？、]")  # a list item ("建议类 17件、求助类 5件") is a clause of its own


_HAN_RUN = re.compile("[\u4e00-\u9fff]")


def clause_of(sentence: str, start: int, end: int, items: bool = False) -> str:
    """The clause a span is in: from the last clause break before it to the first after it;
    with `items`, the list item ("市长热线、市民热线等问题6件" is one clause, three items)."""
    breaks = _ITEM_END if items else _CLAUSE_END
    lefts = [m for m in breaks.finditer(sentence, 0, start)]
    while items and lefts and lefts[-1].group() == "、" and not _DIGIT.search(
            sentence, lefts[-2].end() if len(lefts) >= 2 else 0, lefts[-1].start()):
        # "重大建设项目、为民办实事类信息253条": a piece with no figure before 、 is part of the
        # item's own name (one category named by two), never an item of its own
        lefts.pop()
    left = lefts[-1].end() if lefts else 0
    right = next((m.start() for m in breaks.finditer(sentence, end)), len(sentence))
    if sentence[start:end].rstrip().endswith(("%", "％")) and len(lefts) >= 1 \
            and len(_HAN_RUN.findall(sentence[left:start] + sentence[end:right])) < 2:
        # "现场咨询1600人次，占32.65%": a bare share is of what the clause before it names
        left = lefts[-2].end() if len(lefts) >= 2 else 0
    return sentence[left:right]


def tie(sentence: str, span: Span, terms: set[str], items: bool = True, thing: Asked | None = None) -> float:
    """Share (by characters) of the question's terms found in the span's clause. A term the
    sentence repeats (微博 four times) tells its clauses apart less than one it says once (粉丝);
    the word of the thing asked counts twice (its clause is where the number is)."""
    if not terms:
        return 0.0
    clause = clause_of(sentence, span.start, span.end, items=items)
    # jieba gives a compound and its parts (意见建议, 意见, 建议): weigh the parts only
    atoms = {t for t in terms if not any(o != t and o in t for o in terms)}
    weight = {t: len(t) * (THING_WEIGHT if is_thing(thing, t) else 1) for t in atoms}
    total = sum(weight.values())
    return sum(weight[t] / max(1, sentence.count(t)) for t in atoms if t in clause) / total


#: How much more the word of the thing asked weighs than another word of the question.
THING_WEIGHT = 2


def is_thing(thing: Asked | None, term: str) -> bool:
    """Whether a term of the question names the thing asked ("微博" of 政务微博, "粉丝")."""
    return thing is not None and thing.clause is not None and bool(thing.clause.fullmatch(term))


# --- what a count or an amount is of -----------------------------------------------------------

_FAMILIES = [(key, re.compile(cue, re.I), re.compile(words) if words else None, measure)
             for key, cue, words, measure in ASKED_FAMILIES]
_ASKING = re.compile(ASKING, re.I)
_MAJOR = re.compile(MAJOR_BREAKS)
_ZH_ASKING = re.compile(ASKING_COUNT)
_COUNTED_AFTER = re.compile(COUNTED_AFTER_ASKING)
_PARTS = re.compile(r"[?？;；]")  # breaks between questions asked at once
_ITEMS_LINKING = re.compile(ITEMS_LINKING)
#: Characters between a subject and the asking word after it ("微博有多少个", "费用是多少").
SUBJECT_REACH = 3


@dataclass(frozen=True)
class Asked:
    """What a count or amount is asked of: a family of lexicon.asked, the question's own word
    for it, and the subject it is asked of ("微信公众号" of "微信公众号有多少粉丝"), if any."""

    key: str
    word: str
    clause: re.Pattern | None  # words the answering number's own clause says it with
    measure: str  # a measure word of the family the number must be counted in, or ""
    subject: Asked | None = None


def asked_thing(question: str) -> Asked | None:
    """The counted thing: the family named right after the asking word ("多少粉丝", "几个人",
    "how many posts"); else the one right before it ("政务微博有多少个", "费用是多少"); else the
    only family the question names ("2024 budget for…"). None when the question names none."""
    text = question.lower()
    found = _family_mentions(text)
    if not found:
        return None
    asking = list(_ASKING.finditer(text))
    if len(_PARTS.findall(text.strip(" ?？.。"))) > 0 and len(asking) > 1:
        return None  # "微博发布了多少条？关注量是多少？": two questions, each its own thing (not yet)
    counted = next((f for a in asking for f in found if a.start() <= f[0] <= a.end() + COUNTED_REACH
                    and not _CLAUSE_END.search(text, a.end(), f[0])), None)
    if counted is None:
        before = [f for a in asking for f in found if 0 <= a.start() - f[1] <= SUBJECT_REACH]
        # else the only family of the question part asked in ("发布了多少条？关注量呢" asks no 关注)
        asked_in = [f for f in found if not asking or any(
            not _PARTS.search(text, min(f[0], a.start()), max(f[1], a.end())) for a in asking)]
        counted = before[-1] if before else (asked_in[0] if len({f[2] for f in asked_in}) == 1 else None)
        head = _COUNTED_AFTER.search(text)
        if counted is not None and head:  # "公众号发布了多少条信息": 信息 counted, of the 公众号
            return Asked("", head.group(1), None, "", _asked(counted))
    if counted is None:
        return None
    named = [f for f in found if f[2] in PRICED and f[1] <= counted[0] and not _CLAUSE_END.search(text, f[1], counted[0])]
    if counted[3] in MONEY_IN_GENERAL and named:
        counted = named[-1]  # "信息处理费收了多少钱": the money asked is the sum named
    if counted[2] in PRICED and (items := _items_about(text, counted)) is not None:
        return items
    # the subject comes before the counted thing in Chinese, anywhere in English
    english = not _ZH_ASKING.search(text)
    others = [f for f in found if f[2] != counted[2] and (english or f[1] <= counted[0])]
    subject = _asked(others[-1]) if others else None
    return _asked(counted, subject)


def _items_about(text: str, counted: tuple[int, int, str, str]) -> Asked | None:
    """"多少条三公经费信息": items counted (a count measure word asked right before the money word),
    whose answering clause must say the money word as the question qualifies it (三公经费)."""
    measure = next((m for m in _MEASURE_ASKED.finditer(text) if m.end() <= counted[0] <= m.end() + COUNTED_REACH), None)
    if measure is None:
        return None
    said = _ITEMS_LINKING.sub("", text[measure.end():counted[1]]) or counted[3]
    return Asked(ITEMS_ABOUT, said, re.compile(re.escape(said)), "")


def family_named(question: str) -> Asked | None:
    """The thing a count is asked of when `asked_thing` gives no family of its own ("访问量最高？
    是多少", "访问量…多了多少人次"): the family it was asked of, else the only family the
    question names; None when it names none or several."""
    thing = asked_thing(question)
    if thing is not None and thing.clause is None and thing.subject is not None:
        return thing.subject
    if thing is not None:
        return thing
    found = list({f[2]: f for f in _family_mentions(question.lower())}.values())
    if len(found) == 2 and found[0][1] <= found[1][0] and (
            _ZH_ASKING.search(question) or found[1][0] - found[0][1] <= 1):
        # "公众号关注用户…", "WeChat followers": the subject is named first
        return _asked(found[1], _asked(found[0]))
    return _asked(found[0]) if len(found) == 1 else None


def _family_mentions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, family, word) of every family cue, in the question's order; a cue inside a
    longer cue found at the same place ("公众号" inside "微信公众号") is dropped."""
    found = sorted((m.start(), m.end(), key, m.group()) for key, cue, _, _ in _FAMILIES for m in cue.finditer(text))
    return [f for f in found if not any(o is not f and o[0] <= f[0] and f[1] <= o[1] and o[1] - o[0] > f[1] - f[0]
                                        for o in found)]


def _asked(mention: tuple[int, int, str, str], subject: Asked | None = None) -> Asked:
    _, _, key, word = mention
    clause, measure = next((c, m) for k, _, c, m in _FAMILIES if k == key)
    return Asked(key, word, clause, measure, subject)


def search_words(thing: Asked) -> str:
    """Words that find the passage of the thing asked ("粉丝 关注" for "followers")."""
    if thing.key in SEARCH_WORDS:
        return SEARCH_WORDS[thing.key]
    return thing.clause.pattern.replace("|", " ") if thing.clause is not None else ""


def names(thing: Asked, sentence: str) -> bool:
    """Whether a sentence could answer: it names the thing (a count of people: says 人 or 名)."""
    if thing.clause is not None:
        return bool(thing.clause.search(sentence))
    return any(same_family(thing.measure, m.group()) for m in PATTERNS["count"].finditer(sentence))


def said_as(thing: Asked | None, terms: set[str], text: str) -> set[str]:
    """The question's terms with its own word for the thing replaced by the word `text` says it
    with ("稿子" of the question is "稿件" of "发布稿件900余篇"): a family's word ties as well."""
    found = thing.clause.search(text) if thing is not None and thing.clause is not None else None
    if found is None or thing.word in text:
        return terms
    return {t for t in terms if not (t in thing.word or thing.word in t)} | {found.group()}


def answers(thing: Asked, sentence: str, span: Span) -> bool:
    """Whether a number is of the thing asked: counted in its measure family, its own clause
    naming it ("其中微博29个" for 微博, never "新媒体数量70个"), and, when the sentence names the
    subject asked of, the number in the subject's part of the sentence (up to ；/。: "微博29个，
    共发布信息1992条；微信公众号41个…" gives 微博's posts 1992, never 3404)."""
    if thing.measure and not same_family(thing.measure, span.text):
        return False
    if thing.clause is not None and not thing.clause.search(clause_of(sentence, span.start, span.end)):
        return False
    subject = thing.subject
    if subject is None or subject.clause is None:
        return True
    part = major_clause(sentence, span.start, span.end)
    if subject.key in CHANNELS and any(k in CHANNELS and k != subject.key and c.search(part) and
                                       not subject.clause.search(part) for k, _, c, _ in _FAMILIES):
        return False  # another channel's number
    if subject.key in CHANNELS and _last_channel(sentence, span.start) not in (None, subject.key):
        return False  # "微信关注量 725，发布信息 504条，微博关注量 90…": 504 is 微信's
    return not subject.clause.search(sentence) or bool(subject.clause.search(part))


def _last_channel(sentence: str, start: int) -> str | None:
    """The channel named last before a number in its part of the sentence (up to ；/。)."""
    left = max((m.end() for m in _MAJOR.finditer(sentence, 0, start)), default=0)
    said = [(m.end(), k) for k, _, c, _ in _FAMILIES if k in CHANNELS and c is not None
            for m in c.finditer(sentence, left, start)]
    return max(said)[1] if said else None


def major_clause(sentence: str, start: int, end: int) -> str:
    """The part of a sentence a span is in, up to ；/。 (a subject carries over commas)."""
    left = max((m.end() for m in _MAJOR.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in _MAJOR.finditer(sentence, end)), len(sentence))
    return sentence[left:right]


# --- the noun a count is asked of -------------------------------------------------------------

_NOUN_BEFORE = re.compile(rf"([\u4e00-\u9fff]+)(?:{ASKING_COUNT})")
_BETWEEN = re.compile(rf"{BEFORE_ASKING}$")
_OPENERS = re.compile(PART_OPENERS)


def asked_noun(question: str) -> str | None:
    """The thing a count is asked of, said right before the asking word ("其中投诉类的多少件":
    投诉类; "12345平台工单一共多少件": 平台工单), the words between (的, 一共…) and a generic head
    (数量) left out; None when the question says none of at least two characters."""
    found = _NOUN_BEFORE.search(question)
    if found is None:
        return None
    noun = _OPENERS.sub("", _BETWEEN.sub("", found.group(1)))
    for generic in GENERIC_HEADS:
        noun = noun.removesuffix(generic)
    return noun if len(noun) >= MIN_NOUN_CHARS else None


def binds(noun: str, clause: str) -> int:
    """How much of the thing asked a clause names: 0 unless it holds an ending of the noun (its
    head, as Chinese puts the head last) of at least two characters; else how many of the noun's
    characters it holds, the modifiers too ("同意公开的答复" is "其中同意公开答复数17条", not "依申请
    公开的答复总数21条", which holds a longer ending but not 同意)."""
    noun, clause = _KIND_FILLER.sub("", noun), _KIND_FILLER.sub("", clause)  # 重大建设项目(信息)类
    if not any(noun[i:] in clause for i in range(len(noun) - MIN_NOUN_CHARS + 1)):
        return 0
    return len({ch for ch in noun if ch in clause and ch not in _LINKING})


_LINKING = set(LINKING_CHARS)
_KIND_OF_WHOLE = re.compile(KIND_OF_WHOLE)
_KIND_FILLER = re.compile(KIND_FILLER)


def binds_kind(noun: str, item: str, before: str) -> int:
    """How much of a kind of a whole asked ("投诉类工单") a figure names: its own item the kind
    (投诉类 251件; "重大建设项目信息类" says 重大建设项目类) and the words of its sentence before its
    whole's breakdown opens (其中, 涵盖…) the whole ("12345平台工单共计409件，其中，投诉类251件");
    0 when not both."""
    asked = _KIND_OF_WHOLE.fullmatch(_KIND_FILLER.sub("", noun))
    if asked is None or asked.group("kind") not in _KIND_FILLER.sub("", item):
        return 0
    opened = max(before.rfind(o) for o in BREAKDOWN_OPENERS)
    if opened < 0 or asked.group("whole") not in re.sub(r"\s", "", before[:opened]):
        return 0
    return len({ch for ch in noun if ch not in _LINKING})


_PART_END = {"zh": re.compile(PART_BREAKS, re.I), "en": re.compile(PART_BREAKS_EN, re.I)}
_PART_ASKING = re.compile(PART_ASKING, re.I)


def asked_parts(question: str, language: str = "zh") -> list[tuple[int, int]]:
    """(start, end) of each question asked at once when each has its own asking word ("一共开设了
    多少个新媒体？其中微信公众号几个？", "微博发了多少条，粉丝多少？", "哪天落款的？填报人是谁？",
    "how many …, and how many of them …?"): every part is answered from its own clause; [] for
    one question."""
    bounds, start = [], 0
    for m in [*_PART_END.get(language, _PART_END["zh"]).finditer(question), None]:
        end = m.start() if m else len(question)
        if question[start:end].strip():
            bounds.append((start, end))
        start = m.end() if m else end
    bounds = [piece for b in bounds for piece in _list_of_asks(question, b)]
    asking = [b for b in bounds if _PART_ASKING.search(question, b[0], b[1])]
    return asking if len(asking) > 1 and len(asking) == len(bounds) else []


def _list_of_asks(question: str, bound: tuple[int, int]) -> list[tuple[int, int]]:
    """A part split at its list breaks when every item asks ("其中微博几个、微信公众号几个"); else
    the part whole ("其中微博、微信公众号分别多少个" is one ask of two things)."""
    start, end = bound
    cuts = [start] + [start + i for i, ch in enumerate(question[start:end]) if ch == LIST_OF_ASKS_BREAK]
    pieces = [(a if n == 0 else a + 1, b) for n, (a, b) in enumerate(zip(cuts, [*cuts[1:], end], strict=True))]
    if len(pieces) < 2 or not all(_PART_ASKING.search(question, a, b) for a, b in pieces):
        return [bound]
    return pieces


def names_part_asked(question: str, item: str) -> bool:
    """A count asked of a part of a body ("乡镇主动公开了多少条") is one whose own item names that
    part ("各乡镇…477条"), never the rest's ("区直各部门…1592条"); a count asked of the whole body
    (no part named) never one whose item names a part of it."""
    parts = body_parts_named(question)  # "townships": the part the prose names 乡镇
    return any(p in item for p in parts) if parts else not body_parts_named(item)
