"""Answers from the reports' prose: a typed span, a describing sentence, or a digest.

- A question of a kind (a date, a phone number, an amount, a count…) is answered with a span
  of that kind tied to its terms (assistant.typed), or "not found, looked in …".
- Any other question gets the sentence that answers it, quoted, never a number as "答案".
- "总结/概括/summarize" gets an extractive digest: each section's opening sentence and the
  report's main statistics, every line cited.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.models import Fact, ReportRecord, show_number
from index.templates import concept, concept_keys

from .aggregate import select
from .answer import Answer, Citation, Computed
from .passages import MIN_SENTENCE_TIE, content_terms, extract_answer, glossary_terms, typed_span
from .quotes import find_in_pages
from .retrieve import HybridRetriever
from .statistics import in_scope
from .typed import KIND_NAMES, expected_kind
from .understand import Query

if TYPE_CHECKING:
    from .engine import Engine

#: A describing sentence needs at least this share of the question's content terms.
MIN_PASSAGE_OVERLAP = 0.5

TEXT = {
    "zh": {
        "passage": "根据{who}{year}年的年报{cite}：{sentence}",
        "key": "答案：{key}。",
        "nothing": "{scope}已收录的年报中没有找到{what}，报告未提及。",
        "about": "关于“{topic}”的内容",
        "summary": "{who}{year}年政府信息公开工作年度报告摘要：",
        "summary_sections": "主要内容：",
        "summary_facts": "主要数据：",
        "no_summary": "{scope}没有可供总结的年报。",
        "across": "“{topic}”不是统计表中的数据，无法跨报告比较或汇总：报告正文中的数字只描述各自的报告，没有找到可以可靠比较的数据。",
    },
    "en": {
        "passage": "According to the {year} report of {who}{cite}: “{sentence}”",
        "key": "Answer: {key}.",
        "nothing": "The {what} is not stated in the indexed reports{scope}.",
        "about": "information on “{topic}”",
        "summary": "Summary of the {year} annual report of {who}:",
        "summary_sections": "What it says:",
        "summary_facts": "Main statistics:",
        "no_summary": "No report{scope} to summarize.",
        "across": "“{topic}” is not a statistic of the tables, so it cannot be compared or added up across reports: "
                  "figures in the prose describe each report alone, and no comparable data was found.",
    },
}


def _scope(q: Query, e: Engine) -> str:
    names = "、".join(e.name(b, q.language) for b in e.bodies_of(q) if b != "∅")
    years = "、".join(map(str, q.years))
    if q.language == "zh":
        return f"{names}{years and years + '年'}"
    return (f" of {names}" if names else "") + (f" for {years}" if years else "")


#: What a sentence cannot answer across reports: one report's prose holds one report's number.
ACROSS_REPORTS = ("most", "least", "ranking", "total", "average", "trend", "difference")


def run_passages(q: Query, e: Engine, prev) -> Answer:
    if q.asked in ACROSS_REPORTS and len(in_scope(q, e)) > 1:
        return Answer(q.text, TEXT[q.language]["across"].format(topic=topic(q)), "refusal", q.language)
    filters = {"body": e.bodies_of(q) or None, "year": q.years or None, "kind": "passage"}
    retriever = HybridRetriever(e.index.bm25(), e.index.vectors, e.index.embed_model, language=q.language,
                                filters=filters, top_k=5)
    pages = lambda report: [(p.number, p.text) for p in e.index.catalog.pages(report)]  # noqa: E731
    context = q.topic if q.topic not in ("", q.text) else ""
    kind = expected_kind(q.text)
    if kind == "date" and SIGNED.search(q.text.lower()):
        signed = _signing_date(q, e)
        if signed is not None:
            return signed
    extracts = extract_answer(retriever, q.text, pages, q.language, drop=q.drop_terms, context=context)
    if kind:
        extracts = [x for x in extracts if x.highlight]
    else:
        extracts = [x for x in extracts if x.overlap >= MIN_PASSAGE_OVERLAP]
    t = TEXT[q.language]
    if not extracts:
        what = KIND_NAMES[q.language][kind] if kind and kind != "count" else t["about"].format(topic=topic(q))
        return Answer(q.text, t["nothing"].format(scope=_scope(q, e), what=what), "refusal", q.language)
    best = extracts[0]
    meta = best.passage.metadata
    citation = with_ocr(e, Citation(meta["report"], meta["body"], meta["year"], best.page, meta.get("section", ""),
                                    best.quote, highlight=best.highlight))
    sentence = best.sentence
    if best.highlight:
        sentence = sentence.replace(best.highlight, f"**{best.highlight}**", 1)
    text = t["passage"].format(who=e.name(meta["body"], q.language), year=meta["year"], cite="[1]", sentence=sentence)
    if best.highlight:
        text = t["key"].format(key=best.highlight) + "\n" + text
    return Answer(q.text, text, "passages", q.language, citations=[citation])


def from_previous(q: Query, e: Engine, prev: Answer | None) -> Answer | None:
    """"其中建议类几件？" / "and requests for help?" after a prose answer: the sentence just
    quoted usually holds the answer; a span there tied to the question answers it."""
    if prev is None or prev.route != "passages" or not prev.citations or not q.inherited:
        return None
    kind = expected_kind(q.text) or prev_kind(prev)
    if kind is None:
        return None
    cited = prev.citations[0]
    sentence = re.sub(r"\s*\n\s*", "", cited.quote)  # the quote as the page wraps it
    extra = glossary_terms(q.text) if q.language == "en" else ""
    terms = content_terms(q.text, extra, q.drop_terms)
    span = typed_span(sentence, kind, q.text, terms, overlap=0.0)
    if span is None or span.text == cited.highlight:
        return None
    t = TEXT[q.language]
    citation = Citation(cited.report, cited.body, cited.year, cited.page, cited.section, cited.quote, highlight=span.text)
    shown = sentence.replace(span.text, f"**{span.text}**", 1)
    text = t["key"].format(key=span.text) + "\n" + t["passage"].format(
        who=e.name(cited.body, q.language), year=cited.year, cite="[1]", sentence=shown)
    return Answer(q.text, text, "passages", q.language, citations=[citation])


def prev_kind(prev: Answer) -> str | None:
    """The kind the previous answer gave ("409件" is a count): a follow-up asks for the same."""
    highlight = prev.citations[0].highlight or ""
    return "count" if re.search(r"\d", highlight) else None


#: "落款日期" / "when was the report signed": the date a report ends with.
SIGNED = re.compile(r"落款|签发|成文|印发日期|发布日期|\bsigned\b|\bdated\b|\bdate of (?:the|this|its) report\b")
_FULL_DATE = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _signing_date(q: Query, e: Engine) -> Answer | None:
    """The last full date of the report's text, as it is signed at its end."""
    reports = in_scope(q, e)
    if len(reports) != 1:
        return None
    report = reports[0]
    pages = e.index.catalog.pages(report.report)
    for page in reversed(pages):
        tail = page.text[-400:]
        dates = list(_FULL_DATE.finditer(tail))
        if dates:
            date = dates[-1].group()
            line = next((ln for ln in tail.splitlines() if date in ln), date)
            citation = Citation(report.report, report.body, report.year, page.number, "", line.strip(), highlight=date)
            t = TEXT[q.language]
            text = t["key"].format(key=date) + "\n" + t["passage"].format(
                who=e.name(report.body, q.language), year=report.year, cite="[1]", sentence=line.strip())
            return Answer(q.text, text, "passages", q.language, citations=[citation])
        break  # only the end of the report is where it is signed
    return None


def with_ocr(e: Engine, citation: Citation) -> Citation:
    """A quote from a recognised page says so, with the box and confidence of its line."""
    if not citation.page:
        return citation
    layout = e.index.catalog.page_ocr(citation.report, citation.page)
    if layout:
        from index.forms.ocr import locate

        first = citation.quote.strip().splitlines()[0] if citation.quote.strip() else ""
        citation.box, citation.confidence = locate(layout, first, None)
        citation.origin = "ocr"
    return citation


# Words that ask rather than name the subject ("开展了几次…活动" -> 政府开放日活动).
_ASKING = re.compile(r"多少|几[次件条个项人篇场期份户家名]?|是什么|是哪|哪些|哪个|哪天|什么|怎么|如何|是否|有没有|请问"
                     r"|开展了|开展|举办了|举办|收到了|收到|报告|年报|里|中|的|了|吗|呢|共|一共|总共")
_EN_TOPIC = re.compile(r"\b(?:how many|how much|number of|what (?:is|was|were|are) the|which)\s+(.+?)"
                       r"(?=\s+(?:did|do|does|was|were|is|are|has|have|had|in|for|at|of the|by)\b|[?.]|$)")


def topic(q: Query) -> str:
    """What a question asks about, for a "not found" answer: its words without the body names,
    years and asking words."""
    text = q.normalized
    for m in sorted(q.mentions, key=lambda m: -m.start):
        if m.kind not in ("metric", "cell"):
            text = text[: m.start] + " " + text[m.end:]
    text = re.sub(r"(?:19|20)\d\d\s*年?度?", " ", text)
    if q.language == "en":
        match = _EN_TOPIC.search(text.lower())
        return match.group(1).strip() if match else text.strip(" ?")
    runs = [r for r in re.split(r"[^\u4e00-\u9fff]+", _ASKING.sub(" ", text)) if len(r) >= 2]
    return max(runs, key=len) if runs else text.strip(" ？?")


# --- summaries ----------------------------------------------------------------------------------

#: The statistics a digest shows, in this order, when the report's tables have them.
HEADLINES = ("行政许可", "行政处罚", "行政强制", "行政事业性收费", "主动公开政府信息数", "政府信息公开申请",
             "政府信息公开申请办结", "行政复议", "行政诉讼")
#: Sections a digest quotes, and how long a quoted sentence may be.
SUMMARY_SECTIONS, SUMMARY_SENTENCE_CHARS = 6, 160


def run_summary(q: Query, e: Engine, prev) -> Answer:
    reports = in_scope(q, e)
    if not q.years and reports:  # "总结一下X的年报": its newest report
        newest = max(r.year for r in reports)
        reports = [r for r in reports if r.year == newest]
    t = TEXT[q.language]
    if not reports or not (q.bodies or q.years or len(reports) == 1):
        return Answer(q.text, t["no_summary"].format(scope=_scope(q, e)), "refusal", q.language)
    answer = Answer(q.text, "", "summary", q.language, intent="summary")
    parts = [_digest(q, e, r, answer) for r in reports[:3]]
    answer.text = "\n\n".join(parts)
    return answer


def _digest(q: Query, e: Engine, report: ReportRecord, answer: Answer) -> str:
    t = TEXT[q.language]
    lines = [t["summary"].format(who=e.name(report.body, q.language), year=report.year)]
    sections = _openings(e, report)
    if sections:
        lines.append(t["summary_sections"])
        for section, page, sentence, quote in sections:
            answer.citations.append(Citation(report.report, report.body, report.year, page, section, quote))
            lines.append(f"- {section}：{sentence}[{len(answer.citations)}]" if q.language == "zh"
                         else f"- {section}: “{sentence}”[{len(answer.citations)}]")
    facts = _headline_facts(e, report)
    if facts:
        lines.append(t["summary_facts"])
        for concept_id, fact in facts:
            if "+" in fact.metric and fact.value is not None:  # 行政诉讼 is two cells added
                answer.computed.append(Computed(fact.metric, fact.value, [len(answer.citations) + 1]))
            name = concept(concept_id).zh if q.language == "zh" else concept(concept_id).en
            answer.citations.append(Citation.of_fact(fact))
            answer.facts.append(fact)
            value = show_number(fact.value) if fact.readable and fact.value is not None else "—"
            unit = fact.unit or "" if q.language == "zh" else ""
            lines.append(f"- {name}：{value}{unit}[{len(answer.citations)}]" if q.language == "zh"
                         else f"- {name}: {value}[{len(answer.citations)}]")
    return "\n".join(lines)


def _openings(e: Engine, report: ReportRecord) -> list[tuple[str, int | None, str, str]]:
    """(section, page, sentence, verbatim quote): the first sentence of each section's prose."""
    from index.chunks import sentences

    pages = [(p.number, p.text) for p in e.index.catalog.pages(report.report)]
    seen, out = set(), []
    for passage in e.index.catalog.passages(report.report):
        if passage.kind != "passage" or passage.section in seen or not passage.section:
            continue
        body = passage.text.split("\n", 1)[-1]
        first = next((s for s in sentences(body) if len(s) >= 12 and re.search(r"[\u4e00-\u9fff]", s)), None)
        if first is None:
            continue
        first = first[:SUMMARY_SENTENCE_CHARS]
        found = find_in_pages(pages, first)
        if not found:
            continue
        seen.add(passage.section)
        out.append((passage.section, found[0], first, found[1]))
        if len(out) >= SUMMARY_SECTIONS:
            break
    return out


def _headline_facts(e: Engine, report: ReportRecord) -> list[tuple[str, Fact]]:
    facts = e.index.catalog.facts(report=report.report)
    out = []
    for concept_id in HEADLINES:
        keys = concept_keys(concept_id)
        chosen = select([f for f in facts if f.metric in keys], keys)
        if chosen:
            out.append((concept_id, chosen[0]))
    return out


__all__ = ["run_passages", "run_summary", "from_previous", "topic", "MIN_SENTENCE_TIE"]
