"""The evaluation harness: run a question set against ReportQA (and the baseline) and measure.

    from eval.harness import run_eval
    result = run_eval("eval/questions/samples.jsonl", corpus_dir="data/sample-reports",
                      gold_facts="gold.tsv", baseline=True, out_dir="eval-results")
    result.accuracy, result.figures["reportqa"]["retrieval"]["mrr"]

Writes report.md, results.json and PNG charts into out_dir (see eval/report.py). The CLI is
`reportqa eval`.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant import Assistant

from .scoring import (
    Question,
    QuestionResult,
    accuracy_by_kind,
    fact_scores,
    load_gold_dir,
    load_questions,
    percentile,
    rank_scores,
    ratio,
    refusal_scores,
    score_question,
    source_text_of_file,
    squeeze,
    verdicts_by_kind,
)


@dataclass
class EvalResult:
    out_dir: Path
    figures: dict[str, dict[str, Any]]  # system -> every figure
    results: dict[str, list[QuestionResult]] = field(default_factory=dict)  # system -> per question
    facts: dict[str, Any] | None = None  # fact extraction precision/recall (ReportQA only)
    files: dict[str, Path] = field(default_factory=dict)  # what was written

    @property
    def accuracy(self) -> float:
        """ReportQA's answer accuracy over the question set."""
        return self.figures["reportqa"]["accuracy"]


class QuoteChecker:
    """Is a citation's quote verbatim (ignoring whitespace) in its source? Text and HTML reports
    are read from their files; PDF quotes are compared with the page text kept in the index."""

    def __init__(self, qa: Assistant, search_dirs: list[Path]):
        self.qa = qa
        self.search_dirs = search_dirs
        self._cache: dict[tuple[str, int | None], str] = {}

    def source(self, report: str, page: int | None) -> str:
        record = self.qa.report(report)
        if record is not None and record.kind == "pdf":
            key = (report, page)
            if key not in self._cache:
                text = self.qa.page_text(report, page) if page else None
                if text is None:  # no page given: the whole report
                    text = self.qa.page_text(report, None) or ""
                self._cache[key] = squeeze(text)
            return self._cache[key]
        key = (report, None)
        if key not in self._cache:
            candidates = ([Path(record.path)] if record else []) + [d / report for d in self.search_dirs]
            path = next((p for p in candidates if p.is_file()), None)
            if path is None:
                text = ""
            else:
                raw = path.read_bytes()
                text = source_text_of_file(path)
                if raw.lstrip()[:5] != b"%PDF-":
                    text += "\n" + raw.decode("utf-8", errors="ignore")  # HTML: with its tags too
            self._cache[key] = squeeze(text)
        return self._cache[key]

    def verbatim(self, citation: dict[str, Any]) -> bool:
        quote = squeeze(citation.get("quote") or "")
        return bool(quote) and quote in self.source(citation["report"], citation.get("page"))


def _ask_reportqa(qa: Assistant):
    def ask(turns: list[str]) -> list[dict[str, Any]]:
        conversation = qa.chat()
        return [conversation.ask(t).to_dict() for t in turns]

    return ask


def _figures(results: list[QuestionResult], checker: QuoteChecker, ranks: list[int | None]) -> dict[str, Any]:
    passed = sum(r.passed for r in results)
    by_kind = {k: {"passed": p, "total": n, "accuracy": ratio(p, n)} for k, (p, n) in accuracy_by_kind(results).items()}
    quotes = verbatim = cited_ok = cite_questions = 0
    for r in results:
        all_verbatim = True
        for answer in r.answers:
            for c in answer["citations"]:
                quotes += 1
                ok = checker.verbatim(c)
                verbatim += ok
                all_verbatim &= ok
        if r.question.cite:
            cite_questions += 1
            cited = {c["report"] for c in r.answers[-1]["citations"]}
            cited_ok += all(c in cited for c in r.question.cite) and all_verbatim
    latencies: dict[str, list[float]] = defaultdict(list)
    for r in results:
        for route, ms in zip(r.routes, r.latency_ms, strict=False):
            latencies[route].append(ms)
    every = [ms for times in latencies.values() for ms in times]
    latency = {route: {"answers": len(t), "p50_ms": percentile(t, 0.5), "p95_ms": percentile(t, 0.95)}
               for route, t in sorted(latencies.items())}
    if every:
        latency["all"] = {"answers": len(every), "p50_ms": percentile(every, 0.5), "p95_ms": percentile(every, 0.95)}
    return {
        "questions": len(results), "passed": passed, "accuracy": ratio(passed, len(results)),
        "by_kind": by_kind,
        "citation": {"accuracy": ratio(cited_ok, cite_questions) if cite_questions else None,
                     "questions": cite_questions,
                     "quotes": quotes, "quotes_verbatim": verbatim,
                     "quote_accuracy": ratio(verbatim, quotes) if quotes else None},
        "refusal": refusal_scores(results),
        "verdicts": verdicts_by_kind(results),
        "wrong": [{"id": r.question.id, "kind": r.question.kind, "why": r.wrong_because,
                   "answer": (r.answers[-1]["text"] if r.answers else "")[:300]}
                  for r in results if r.verdict == "wrong"],
        "retrieval": rank_scores(ranks),
        "latency": latency,
    }


def _first_rank(reports: list[str], cite: list[str]) -> int | None:
    return next((i for i, report in enumerate(reports, start=1) if report in cite), None)


def _retrieval_questions(questions: list[Question]) -> list[Question]:
    """Passage questions that name their source."""
    return [q for q in questions if q.kind == "passage" and q.cite]


def _per_question(r: QuestionResult) -> dict[str, Any]:
    return {"id": r.question.id, "kind": r.question.kind, "turns": r.question.turns, "passed": r.passed,
            "verdict": r.verdict, "wrong_because": r.wrong_because,
            "missing": r.missing + [f"uncited number {n}" for n in r.uncited_numbers],
            "answers": [a["text"] for a in r.answers], "routes": r.routes,
            "latency_ms": r.latency_ms,
            "cited": sorted({c["report"] for a in r.answers for c in a["citations"]})}


def run_eval(questions_path: str | Path | None, index_dir: str | Path | None = None,
             corpus_dir: str | Path | list | None = None, gold_facts: str | Path | None = None,
             baseline: bool = False, out_dir: str | Path = "eval-results", progress: bool = True,
             embedder: str | None = None) -> EvalResult:
    """Score ReportQA on a question file. With `corpus_dir` a fresh index is built (and timed)
    in out_dir/index; otherwise `index_dir` is opened. `baseline` also builds and scores the
    plain llama-index + Chroma pipeline on the same reports. `corpus_dir` may be several folders;
    without a question file only the facts are scored (`gold_facts`)."""
    from tqdm import tqdm

    from .report import write_outputs

    if (index_dir is None) == (corpus_dir is None):
        raise ValueError("give exactly one of index_dir (an existing index) or corpus_dir (reports to index)")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    questions = load_questions(questions_path) if questions_path else []
    corpus = [Path(c) for c in (corpus_dir if isinstance(corpus_dir, list | tuple) else [corpus_dir])] \
        if corpus_dir is not None else []
    build_seconds = None
    if corpus_dir is not None:
        index_path = out / "index"
        if (index_path / "catalog.sqlite").exists():
            import shutil

            shutil.rmtree(index_path)  # a fresh build, so that its time means something
        start = time.perf_counter()
        qa = Assistant.build(corpus, index_path, embedder=embedder)
        build_seconds = time.perf_counter() - start
    else:
        index_path = Path(index_dir)
        qa = Assistant.open(index_path)
    search_dirs = list(corpus)
    search_dirs.append(index_path / "files")
    figures: dict[str, dict[str, Any]] = {}
    all_results: dict[str, list[QuestionResult]] = {}
    try:
        start = time.perf_counter()
        qa.warm_up()  # latency is per question, warm; loading the models is timed apart
        warm_up_seconds = time.perf_counter() - start
        years = {r.year for r in qa.reports()}
        bodies = sorted({r.body for r in qa.reports()})
        checker = QuoteChecker(qa, search_dirs)
        bar = tqdm(total=len(questions) * (2 if baseline else 1), unit="q", disable=not progress, desc="reportqa")
        ask = _ask_reportqa(qa)
        results = []
        for q in questions:
            results.append(score_question(q, ask, years, bodies))
            bar.update(1)
        ranks = []
        for q in _retrieval_questions(questions):
            found = qa.search(q.turns[-1], language=q.lang, top_k=5)
            ranks.append(_first_rank([p.metadata.get("report", "") for p in found], q.cite))
        figures["reportqa"] = _figures(results, checker, ranks)
        figures["reportqa"]["index_build_seconds"] = build_seconds
        figures["reportqa"]["warm_up_seconds"] = warm_up_seconds
        all_results["reportqa"] = results

        if baseline:
            from .baseline import Baseline

            files = _report_files(qa, corpus, index_path)
            bar.set_description("baseline build")
            base = Baseline.build(files, out / "baseline-chroma", qa.embedder)
            bar.set_description("baseline")
            base_results = []
            for q in questions:
                base_results.append(score_question(q, base.ask_turns, years, bodies))
                bar.update(1)
            base_ranks = [_first_rank([p["report"] for p in base.retrieve(q.turns[-1])], q.cite)
                          for q in _retrieval_questions(questions)]
            figures["baseline"] = _figures(base_results, checker, base_ranks)
            figures["baseline"]["index_build_seconds"] = base.build_seconds
            figures["baseline"]["warm_up_seconds"] = None  # its models load while it builds
            figures["baseline"]["passages"] = base.passages
            all_results["baseline"] = base_results
        bar.close()
        facts = None
        if gold_facts is not None:
            facts = score_facts(qa, load_gold_dir(gold_facts))
    finally:
        qa.close()
    result = EvalResult(out, figures, all_results, facts)
    meta = {"questions_file": str(questions_path) if questions_path else None, "index_dir": str(index_path),
            "corpus_dir": [str(c) for c in corpus] or None, "gold_facts": str(gold_facts) if gold_facts else None}
    result.files = write_outputs(result, meta, {s: [_per_question(r) for r in rs] for s, rs in all_results.items()})
    return result


def score_facts(qa: Assistant, gold: list) -> dict[str, Any]:
    """Fact precision and recall against gold, overall and per form of the indexed files (pdf,
    docx, html, markdown, text): the same report in several forms must score the same."""
    kinds = {r.report: r.kind for r in qa.reports()}
    extracted = [f for report in {g.report for g in gold} for f in qa.facts(report=report)]
    scores = fact_scores(gold, extracted)
    scores["by_form"] = {
        kind: {k: v for k, v in fact_scores([g for g in gold if kinds.get(g.report) == kind],
                                              [f for f in extracted if kinds.get(f.report) == kind]).items()
               if k not in ("missed", "wrong")}
        for kind in sorted(set(kinds.values()))}
    scores["not_indexed"] = sorted({g.report for g in gold} - set(kinds))
    return scores


def _report_files(qa: Assistant, corpus: list[Path], index_path: Path) -> list[Path]:
    """The report files the baseline indexes: the corpus folders, or the files of the index."""
    if corpus:
        return Assistant.files_in(corpus)
    files = []
    for record in qa.reports():
        for candidate in (Path(record.path), index_path / "files" / record.report):
            if candidate.is_file():
                files.append(candidate)
                break
    return files


def headline(result: EvalResult) -> str:
    """The first table of report.md: the main figures of each system."""
    from .report import headline_table

    return headline_table(result.figures, result.facts)

