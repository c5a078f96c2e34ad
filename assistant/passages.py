"""Answers from prose: retrieve passages, pick the sentence that answers, quote it verbatim.

No language model runs offline, so the answer is extractive: the best sentence (or two) of the
best passages, the answering number highlighted, cited with the raw quote from the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.bm25 import tokenize
from index.chunks import sentences

from .quotes import find_in_pages
from .retrieve import HybridRetriever, ScoredPassage
from .typed import MIN_TIE, Span, candidates, clause_of, expected_kind, measure_asked, tie

# Words that ask rather than tell; they say nothing about which sentence answers.
QUESTION_WORDS = {
    "多少", "几", "哪些", "哪个", "什么", "是否", "怎么", "如何", "为什么", "请问", "吗", "呢", "有", "是",
    "报告", "年报", "年度", "how", "many", "much", "what", "which", "did", "does", "do", "the", "of",
    "in", "a", "an", "is", "was", "were", "are", "have", "has", "had", "to", "for", "and", "by", "on",
    "report", "reports", "number", "year",
}
QUANTITY_CUES = re.compile(r"多少|几|数量|金额|经费|预算|how many|how much|number of|amount|budget|spent|total", re.I)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?%?")

#: Chinese words for English questions, so BM25 and sentence matching can see them.
GLOSSARY = {
    "follower": "粉丝 关注", "fans": "粉丝", "weibo": "微博", "microblog": "微博", "wechat": "微信 公众号",
    "hotline": "热线 12345", "12345": "12345", "complaint": "投诉", "website": "网站 政府网站",
    "open day": "开放日", "training": "培训", "staff": "工作人员", "post": "发布", "posts": "发布",
    "published": "发布 公开", "articles": "文章 篇", "opinions": "意见建议", "suggestions": "意见建议 建议", "help": "求助", "inquiries": "咨询", "consultations": "咨询",
    "visitors": "群众", "people": "人", "budget": "预算", "work orders": "工单", "tickets": "工单",
    "problem": "问题", "problems": "问题 不足", "improve": "改进", "meetings": "会议", "policy": "政策 解读",
    "lead": "组长 负责 领导", "leader": "组长 领导", "working group": "小组 领导小组", "director": "局长",
    "head of": "局长 负责人", "in charge": "负责", "address": "地址", "phone": "电话", "email": "邮箱",
    "postcode": "邮编", "date": "日", "doctors": "医师 医生", "households": "户", "lectures": "讲座",
    "free clinics": "义诊", "health education": "健康教育", "epidemic": "疫情", "water quality": "水质",
    "interpretation": "解读", "items": "条", "information": "信息", "disclosed": "公开", "regulations": "法规",
    "fax": "传真", "signed": "日期", "visits": "访问量 访问", "press conference": "新闻发布会 发布会",
    "new media": "新媒体", "new-media": "新媒体", "accounts": "账号", "filled in": "填报人", "filled out": "填报人",
    "representatives": "代表", "invite": "邀请", "invited": "邀请", "normative": "规范性文件", "in force": "现行有效",
    "documents": "文件", "requests": "申请", "received": "收到 受理", "handled": "办结 答复", "reconsideration": "复议",
    "lawsuit": "诉讼", "enquiries": "咨询 联系", "contact": "联系", "operated": "运营",
    "column": "专栏 栏目", "tax": "税", "fee": "费用", "fees": "费用", "government": "政府", "produce": "制发 制作",
    "produced": "制发 制作",
}


@dataclass
class Extract:
    passage: ScoredPassage
    sentence: str
    overlap: float
    highlight: str | None  # the typed span that answers, if any
    page: int | None
    quote: str
    kind: str | None = None  # what the question asks for (typed.KINDS), None for a description
    tie: float = 0.0  # how closely the span is tied to the question's terms


def glossary_terms(question: str) -> str:
    lower = question.lower()
    return " ".join(zh for en, zh in GLOSSARY.items() if en in lower)


def content_terms(question: str, extra: str = "", drop: set[str] | None = None) -> set[str]:
    """Terms a answering sentence should contain. An English question is matched through the
    Chinese glossary words only (English words never occur in the reports' sentences)."""
    # CJK words quoted in an English question ("健康西夏") count as they are.
    source = (extra + " " + "".join(re.findall(r"[\u4e00-\u9fff]+", question))) if extra else question
    source = re.sub(r"(?:19|20)\d\d\s*年?度?", " ", source)  # "2024年共制发" is not a word 年共制
    terms = set(tokenize(source)) - QUESTION_WORDS - (drop or set())
    # A year says which report, not which sentence; one-character words say little.
    return {t for t in terms if len(t) > 1 and not (t.isdigit() and len(t) == 4)}


def best_sentences(question: str, hits: list[ScoredPassage], extra: str = "", drop: set[str] | None = None,
                   limit: int = 2) -> list[tuple[float, ScoredPassage, str]]:
    terms = content_terms(question, extra, drop)
    wants_number = bool(QUANTITY_CUES.search(question))
    scored = []
    for rank, hit in enumerate(hits):
        body = hit.text.split("\n", 1)[-1]  # drop the header line
        for sentence in sentences(body):
            words = set(tokenize(sentence))
            overlap = sum(len(t) for t in terms & words) / max(1, sum(len(t) for t in terms))
            if wants_number and not _has_quantity(sentence):
                overlap *= 0.4  # a question of quantity is not answered by a sentence without one
            score = overlap + 0.1 * hit.score - 0.02 * rank
            scored.append((score, overlap, hit, sentence))
    scored.sort(key=lambda x: -x[0])
    return [(overlap, hit, sentence) for _, overlap, hit, sentence in scored[:limit]]


def _has_quantity(sentence: str) -> bool:
    """A number that is not a year or a date ("2020 年", "12 月 31 日")."""
    stripped = re.sub(r"(19|20)\d\d\s*年度?|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月", "", sentence)
    return bool(_NUMBER.search(stripped))


def extract_answer(retriever: HybridRetriever, question: str, pages_of, language: str,
                   drop: set[str] | None = None, context: str = "") -> list[Extract]:
    """The sentences that answer, best first. `context` (the topic of a follow-up) helps find
    the passage; the sentence and its span are chosen by the question itself ("按时回复率是多少？"
    after a question on 12345 cases). A question of a kind (a date, a phone number, a count…)
    is answered by a span of that kind tied to its terms; an Extract without one is context."""
    extra = glossary_terms(question) if language == "en" else ""
    hits = retriever.search(f"{context} {question}".strip(), extra_terms=extra + " " + glossary_terms(context))
    kind = expected_kind(question)
    terms = content_terms(question, extra, drop)
    out = []
    for overlap, hit, sentence in best_sentences(question, hits, extra, drop, limit=SENTENCES):
        span = typed_span(sentence, kind, question, terms, overlap) if kind else None
        found = find_in_pages(pages_of(hit.metadata["report"]), sentence)
        page, quote = found if found else (hit.metadata.get("page"), sentence)
        out.append(Extract(hit, sentence, overlap, span.text if span else None, page, quote, kind,
                           span.tie if span else 0.0))
    # A sentence with the span asked for beats a closer sentence without one.
    return sorted(out, key=lambda x: (x.highlight is None, -x.tie, -x.overlap)) if kind else out


#: Sentences considered for an answer.
SENTENCES = 8


def typed_span(sentence: str, kind: str, question: str, terms: set[str], overlap: float) -> Span | None:
    """The best span of the kind asked, if it is tied to the question: a quantity by its own
    clause (MIN_TIE), a date, phone or address by its sentence (MIN_SENTENCE_TIE)."""
    spans = candidates(sentence, kind, question)
    if kind in CLAUSE_KINDS:  # "多少粉丝": the thing counted must be in the clause counted
        heads = head_terms(question)
        spans = [s for s in spans if not heads or any(h in clause_of(sentence, s.start, s.end) for h in heads)]
    if not spans:
        return None
    measure = measure_asked(question)
    # a quantity's own list item, else its clause, must name what the question asks (the
    # shared words of "市长热线、市民热线等问题6件" come before the item); its sentence helps
    items = any(tie(sentence, span, terms) > 0 for span in spans)
    for span in spans:
        own = tie(sentence, span, terms, items=items)
        span.tie = (0.6 * own + 0.4 * overlap if own > 0 else 0.0) if kind in CLAUSE_KINDS else overlap
    best = max(spans, key=lambda s: (s.tie, bool(measure) and s.text.endswith(measure),
                                     bool(re.search(r"\D$", s.text)), -s.start))
    needed = MIN_TIE if kind in CLAUSE_KINDS else MIN_SENTENCE_TIE
    return best if best.tie >= needed else None


_HEAD_ZH = re.compile(r"(?:多少|几)(?:个|件|条|名|位|人|次|场|篇|份|项|家|户)?([\u4e00-\u9fff]{2,8})")
_HEAD_EN = re.compile(r"\bhow many ([a-z][a-z -]{1,40}?)(?= did| do| does| were| was| are| is| has| have| had| in\b| for\b|\?|$)")


def head_terms(question: str) -> set[str]:
    """What a quantity counts, when the question says it after 多少 / "how many": 粉丝 of
    "有多少粉丝", 发布 of "how many posts". Empty when it does not (12345平台工单一共多少件)."""
    lower = question.lower()
    zh = _HEAD_ZH.search(lower)
    if zh:
        words = {t for t in tokenize(zh.group(1)) if len(t) >= 2} - QUESTION_WORDS
        return words
    en = _HEAD_EN.search(lower)
    if en:
        return {t for t in tokenize(glossary_terms(en.group(1))) if len(t) >= 2}
    return set()


#: Kinds whose span is tied to the question by its own clause; the others by their sentence.
CLAUSE_KINDS = ("count", "amount", "percent")
#: Share of the question's terms the sentence of a date, phone, email… must hold.
MIN_SENTENCE_TIE = 0.3
