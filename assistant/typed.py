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

from index.lexicon.kinds import KINDS, PHONE_LABELS, SURNAMES
from index.lexicon.numbering import IDENTIFIER_AFTER, IDENTIFIER_BEFORE
from index.lexicon.questions import ASKING_COUNT, YEAR_IN_TEXT
from index.lexicon.units import MEASURES

_NAME = f"[{SURNAMES}][\u4e00-\u9fff]{{1,2}}"
_KINDS = [(kind, re.compile(cue, re.I), re.compile(span.replace("{name}", _NAME))) for kind, cue, span in KINDS]
PATTERNS = {kind: span for kind, _, span in _KINDS}

# Labels that tell which phone a number is ("电话:0591-23163551;传真:0591-23100206").
_LABELS = {kind: re.compile(label) for kind, label in PHONE_LABELS.items()}
# Numbers that are identifiers, not quantities: 国令第711号, 〔2018〕41号, 5号楼, 25层, 第3条.
_NOT_QUANTITY_AFTER = re.compile(IDENTIFIER_AFTER)
_NOT_QUANTITY_BEFORE = re.compile(IDENTIFIER_BEFORE)
_MEASURE_ASKED = re.compile(rf"(?:{ASKING_COUNT})\s*({MEASURES})")
_YEAR = re.compile(YEAR_IN_TEXT)
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
    match = _MEASURE_ASKED.search(question)
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
    spans += [(m.start(), m.end()) for m in _YEAR.finditer(sentence)]
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
