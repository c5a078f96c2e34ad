"""From an understood question to a cited Answer: pick a route, run it, compose the text.

Routes are tried in order; the first whose `applies` is true answers. Each route is a small
function, so a new kind of question is a new entry in ROUTES, not a new branch elsewhere.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from index.bm25 import tokenize
from index.store import ReportIndex
from index.templates import table_of

from .answer import Answer, Computed
from .consistency import run_checks
from .prose import from_previous, run_passages, run_summary
from .statistics import run_facts
from .understand import Gazetteer, Metric, Query

TEXT = {
    "zh": {
        "corpus": "语料中共有{n}份年报：",
        "corpus_item": "- {body}：{years}",
        "count": "符合条件的年报共{n}份：{items}。",
        "no_body": "语料中没有{who}的年报。已收录的机关：{bodies}。",
        "also_unknown": "语料中没有{who}的年报；以下只回答已收录的机关。",
        "also_missing": "语料中没有{who}{years}年的年报（{have}）；以下只回答有该年年报的机关。",
        "have_years": "{who}已收录的年份：{years}",
        "impossible_year": "{years}年不是有效的年报年份，无法回答。已收录的年份：{have}。",
        "no_year": "语料中没有{who}{years}年的年报。{who}已收录的年份：{have}。",
        "no_year_any": "语料中没有{years}年的年报。已收录的年份：{have}。",
        "empty": "索引中还没有任何年报，请先导入报告。",
        "source": "上一个回答的出处：",
        "source_none": "上一个回答没有引用任何出处。",
        "why": "上一个回答依据以下原文：",
        "filter": "（已按{what}筛选）",
        "same": "是，{names}是同一机构在机构改革前后的名称（更名），语料中分别收录了{years}年的年报。",
        "different": "不是，{names}是不同的机构。",
        "one_name": "{names}在语料中没有更名前后的其他名称。",
    },
    "en": {
        "corpus": "{n} reports are indexed:",
        "corpus_item": "- {body}: {years}",
        "count": "{n} matching reports: {items}.",
        "no_body": "No report of {who} is indexed. Indexed bodies: {bodies}.",
        "also_unknown": "No report of {who} is indexed; the answer covers the indexed bodies only.",
        "also_missing": "No report of {who} for {years} is indexed ({have}); the answer covers the bodies "
                        "with a report for that year only.",
        "have_years": "years indexed for {who}: {years}",
        "impossible_year": "{years} is not a year any annual report can be of; no answer. Years indexed: {have}.",
        "no_year": "No report of {who} for {years} is indexed. Years indexed for {who}: {have}.",
        "no_year_any": "No report for {years} is indexed. Years indexed: {have}.",
        "empty": "Nothing is indexed yet: ingest some reports first.",
        "source": "Sources of the previous answer:",
        "source_none": "The previous answer cited no source.",
        "why": "The previous answer rests on these passages:",
        "filter": " (filtered by {what})",
        "same": "Yes: {names} are the same body, renamed in the institutional reform; the corpus holds its reports for {years}.",
        "different": "No: {names} are different bodies.",
        "one_name": "{names} has no other name in the corpus.",
    },
}


@dataclass
class Route:
    name: str
    applies: Callable[[Query, Engine], bool]
    run: Callable[[Query, Engine, Answer | None], Answer]


class Engine:
    """Answers Queries over one index. Built once; `refresh()` after the corpus changes."""

    def __init__(self, index: ReportIndex):
        self.index = index
        self.refresh()

    def refresh(self) -> None:
        self.reports = self.index.reports()
        self.gazetteer = Gazetteer(self.reports)
        # Every statistic's printed label, for questions that name one the synonym table lacks
        # ("统计表中政府公报公开政府信息数是多少"): label -> (metric key, unit).
        # Declared cells are named through the templates' words (assistant.cells); only rows a
        # publisher added to its table are found by their label.
        self.labels = {label: (metric, unit) for metric, label, unit in self.index.catalog.db.execute(
            "SELECT DISTINCT metric, label, unit FROM facts") if table_of(metric) is None}

    def label_metric(self, q: Query) -> Metric | None:
        """The statistic whose printed label covers what the question asks, when the synonym
        table does not know it ("统计表中政府公报公开政府信息数") or names something more general
        ("当面申请数" rather than "申请"). English questions reach labels only through the
        Chinese words they quote ("in-person (当面) requests")."""
        text = _without_names(q)
        if q.language != "zh":
            text = " ".join(re.findall(r"[\u4e00-\u9fff]{2,}", text))
        if not text:
            return None
        terms = {t for t in tokenize(text) if len(t) > 1 and t not in LABEL_FUNCTION_WORDS and not t.isdigit()}
        # A follow-up ("其他方式呢？") prefers the group of the statistic it follows.
        groups = {key.split(".")[0] for m in q.metrics for key in m.keys}
        scored = [(len(run), metric.split(".")[0] in groups, -len(label), run, label, metric, unit)
                  for label, (metric, unit) in self.labels.items()
                  if _coverage(terms, label) >= LABEL_COVERAGE  # the label covers the question's words
                  for run in [_longest_common_run(text, label)]]
        best = max(scored, default=None)
        needed = 5 if q.language == "zh" else 2
        if best is None or best[0] < needed:
            return None
        *_, label, metric, unit = best
        return Metric((metric,), label, label, unit)

    def t(self, query: Query, phrase: str, **kw) -> str:
        return TEXT[query.language][phrase].format(**kw)

    def name(self, body: str, language: str) -> str:
        if language == "en":
            english = self.gazetteer.english_name(body)
            return f"{body} ({english})" if english else body
        return body

    def sync(self) -> None:
        """Pick up reports added or removed since (by an upload, the CLI or another server)."""
        if self.index.refresh_if_changed():
            self.refresh()

    def answer(self, query: Query, previous: Answer | None = None) -> Answer:
        start = time.perf_counter()
        if not query.metrics and query.intent not in ("corpus", "count_reports", "source", "why", "identity"):
            labelled = self.label_metric(query)
            if labelled is not None:
                query.metrics = [labelled]
                query.intent = "lookup" if query.intent == "passage" else query.intent
        answer = from_previous(query, self, previous)
        for route in ROUTES if answer is None else ():
            if route.applies(query, self):
                answer = route.run(query, self, previous)
                break
        if answer.route != "refusal" and (missing := self.missing_bodies(query)):
            answer.text = self.also_missing(query, missing) + "\n" + answer.text
        if q_unknown := [b for b in query.unknown_bodies if answer.route != "refusal"]:
            answer.text = self.t(query, "also_unknown", who="、".join(q_unknown)) + "\n" + answer.text
        answer.elapsed_ms = (time.perf_counter() - start) * 1000
        answer.intent = answer.intent or query.intent
        return answer

    def missing_bodies(self, q: Query) -> list[str]:
        """Bodies the question names that have no report (under any of their names) for the
        years it asks, when others do: they are said to be missing, not dropped."""
        if not q.years or len(q.bodies) < 2 or q.intent in ("corpus", "count_reports", "source", "why", "identity"):
            return []
        have = {(r.body, r.year) for r in self.reports}
        family = lambda b: (e.bodies if (e := self.gazetteer.entity_of(b)) else (b,))  # noqa: E731
        return [b for b in q.bodies if not any((x, y) in have for x in family(b) for y in q.years)]

    def also_missing(self, q: Query, missing: list[str]) -> str:
        sep = "、" if q.language == "zh" else "; "
        have = sep.join(self.t(q, "have_years", who=self.name(b, q.language),
                               years=show_years(self.years_of(list(self.gazetteer.entity_of(b).bodies
                                                                   if self.gazetteer.entity_of(b) else [b])),
                                                q.language)) for b in missing)
        who = ("、" if q.language == "zh" else ", ").join(self.name(b, q.language) for b in missing)
        return self.t(q, "also_missing", who=who, years=show_years(q.years, q.language), have=have)

    def years_of(self, bodies: list[str]) -> list[int]:
        return sorted({r.year for r in self.reports if not bodies or r.body in bodies})

    def bodies_of(self, q: Query) -> list[str]:
        """The bodies a question is about: named bodies with their renamed predecessors and
        successors, narrowed by a bureau ("哪个卫生健康局"); [] means every body."""
        bodies = [b for entity in q.entities for b in entity.bodies] or list(q.bodies)
        if q.bureaus:
            pool = bodies or sorted({r.body for r in self.reports})
            bodies = [b for b in pool if any(b.endswith(bureau) for bureau in q.bureaus)] or ["∅"]
        return list(dict.fromkeys(bodies))


def show_years(years: list[int], language: str) -> str:
    """2021、2022 / "2021年及以后" for an open range ("since 2021")."""
    if len(years) > 5 and years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}年及以后" if language == "zh" else f"{years[0]} onward"
    return ("、" if language == "zh" else ", ").join(map(str, years))


def _longest_common_run(a: str, b: str) -> str:
    """The longest substring of b that occurs in a."""
    best = ""
    for i in range(len(b)):
        for j in range(i + len(best) + 1, len(b) + 1):
            if b[i:j] in a:
                best = b[i:j]
            else:
                break
    return best


#: Words of a question that ask or connect rather than name a statistic.
LABEL_FUNCTION_WORDS = {
    "多少", "数量", "情况", "请问", "分别", "其中", "通过", "统计", "统计表", "表中", "报告", "年报", "一共",
    "共有", "以及", "还有", "那么", "是否", "哪个", "哪些", "什么", "记录", "填报", "是多", "有多",
}


#: Share of the question's words (by characters) a label must contain to be what it asks for:
#: "政务微博粉丝" is not "政务微博公开政府信息数" (粉丝 is missing, 67%).
LABEL_COVERAGE = 0.75


def _coverage(terms: set[str], label: str) -> float:
    total = sum(map(len, terms))
    return sum(len(t) for t in terms if t in label) / total if total else 1.0


def _without_names(q: Query) -> str:
    """The question without the body names and years it mentions (they are filters, not words
    of a statistic's label). In English, Chinese metric words it quotes ("行政强制") are
    understood already and go too."""
    text = q.normalized
    for m in sorted(q.mentions, key=lambda m: -m.start):
        if m.kind != "metric" or q.language != "zh":
            text = text[: m.start] + " " + text[m.end :]
    text = re.sub(r"(?:19|20)\d\d\s*年?度?", " ", text)
    return _ASKING.sub(" ", text)


# How a question asks ("是多少", "有几个", "分别是什么"): not words of a statistic.
_ASKING = re.compile(r"(?:分别)?(?:是|有|为|共)?(?:多少|几)(?:个|件|条|人|项|次|份)?|(?:分别)?是什么|[?？。!！,，、“”\"]")


def _new(query: Query, route: str, text: str, **kw) -> Answer:
    return Answer(question=query.text, text=text, route=route, language=query.language, **kw)


# --- corpus and refusals -------------------------------------------------------------------


def run_empty(q: Query, e: Engine, prev) -> Answer:
    return _new(q, "refusal", e.t(q, "empty"))


def run_corpus(q: Query, e: Engine, prev) -> Answer:
    by_body: dict[str, list[int]] = {}
    bodies = e.bodies_of(q)
    chosen = [r for r in e.reports if (not bodies or r.body in bodies) and (not q.years or r.year in q.years)]
    for r in chosen:
        by_body.setdefault(r.body, []).append(r.year)
    lines = [e.t(q, "corpus", n=len(chosen))]
    lines += [e.t(q, "corpus_item", body=e.name(b, q.language), years="、".join(map(str, sorted(ys))))
              for b, ys in sorted(by_body.items())]
    return _new(q, "corpus", "\n".join(lines), computed=[Computed("reports", len(chosen), [])])


def run_count(q: Query, e: Engine, prev) -> Answer:
    bodies = e.bodies_of(q)
    chosen = [r for r in e.reports if (not bodies or r.body in bodies) and (not q.years or r.year in q.years)]
    items = "、".join(f"{e.name(r.body, q.language)} {r.year}" for r in chosen)
    return _new(q, "corpus", e.t(q, "count", n=len(chosen), items=items or "—"),
                computed=[Computed("reports", len(chosen), [])])


def unknown_body(q: Query, e: Engine) -> bool:
    """A body the corpus lacks, named with nothing more than its region ("Huaiyin District
    (Huai'an)"): the region does not stand in for it."""
    return bool(q.unknown_bodies) and not any(m.kind == "body" for m in q.mentions)


def run_unknown_body(q: Query, e: Engine, prev) -> Answer:
    bodies = "、".join(sorted({e.name(r.body, q.language) for r in e.reports}))
    who = "、".join(q.unknown_bodies)
    years = "、".join(map(str, q.years))
    return _new(q, "refusal", e.t(q, "no_body", who=who + (years and (f"{years}年" if q.language == "zh" else f" ({years})")),
                                  bodies=bodies))


def run_impossible_year(q: Query, e: Engine, prev) -> Answer:
    years = "、".join(map(str, q.impossible_years))
    return _new(q, "refusal", e.t(q, "impossible_year", years=years, have=show_years(e.years_of([]), q.language)))


def missing_year(q: Query, e: Engine) -> bool:
    return bool(q.years) and not set(q.years) & set(e.years_of(e.bodies_of(q)))


def run_missing_year(q: Query, e: Engine, prev) -> Answer:
    years = show_years(q.years, q.language)
    have = "、".join(map(str, e.years_of(e.bodies_of(q))))
    if q.bodies:
        who = "、".join(e.name(b, q.language) for b in q.bodies)
        return _new(q, "refusal", e.t(q, "no_year", who=who, years=years, have=have))
    return _new(q, "refusal", e.t(q, "no_year_any", years=years, have=have))


# --- follow-ups on sources ------------------------------------------------------------------


def run_source(q: Query, e: Engine, prev: Answer | None) -> Answer:
    if prev is None or not prev.citations:
        return _new(q, "source", e.t(q, "source_none"))
    lines = [e.t(q, "why" if q.intent == "why" else "source")]
    for i, c in enumerate(prev.citations, start=1):
        where = (f"{c.report}，第{c.page}页" if q.language == "zh" else f"{c.report}, page {c.page}") if c.page else c.report
        cell = f" {c.table} / {c.row} / {c.column}" if c.table else ""
        lines.append(f"[{i}] {e.name(c.body, q.language)} {c.year} — {where}, {c.section}{cell}: “{c.quote}”")
    return _new(q, "source", "\n".join(lines), citations=list(prev.citations), facts=list(prev.facts))


# --- renamed bodies ------------------------------------------------------------------------------


def run_identity(q: Query, e: Engine, prev) -> Answer:
    entities = {e.gazetteer.entity_of(b) for b in q.bodies}
    sep = "、" if q.language == "zh" else " and "
    if len(q.bodies) < 2:
        names = sep.join(b for entity in entities if entity for b in entity.bodies) or sep.join(q.bodies)
        key = "same" if any(entity and len(entity.bodies) > 1 for entity in entities) else "one_name"
    else:
        names = sep.join(e.name(b, q.language) for b in q.bodies)
        key = "same" if len(entities) == 1 and None not in entities else "different"
    bodies = [b for entity in entities if entity for b in entity.bodies] or q.bodies
    years = ("、" if q.language == "zh" else ", ").join(map(str, e.years_of(bodies)))
    return _new(q, "corpus", e.t(q, key, names=names, years=years))


# --- passages ---------------------------------------------------------------------------------


ROUTES: list[Route] = [
    Route("empty", lambda q, e: not e.reports, run_empty),
    Route("corpus", lambda q, e: q.intent == "corpus" and not q.metrics, run_corpus),
    Route("count", lambda q, e: q.intent == "count_reports", run_count),
    Route("source", lambda q, e: q.intent in ("source", "why"), run_source),
    Route("identity", lambda q, e: q.intent == "identity" and bool(q.bodies), run_identity),
    Route("unknown_body", unknown_body, run_unknown_body),
    Route("impossible_year", lambda q, e: bool(q.impossible_years), run_impossible_year),
    Route("missing_year", missing_year, run_missing_year),
    Route("summary", lambda q, e: q.intent == "summary", run_summary),
    Route("checks", lambda q, e: q.intent == "checks", run_checks),
    Route("facts", lambda q, e: bool(q.metrics) and q.intent != "passage", run_facts),
    Route("passages", lambda q, e: True, run_passages),
]
