"""The harness's outputs: report.md (Markdown tables), results.json and PNG charts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

NAMES = {"reportqa": "ReportQA", "baseline": "baseline"}
CHARTS = {"accuracy_by_kind": "accuracy_by_kind.png", "latency": "latency.png", "comparison": "comparison.png"}


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.1%}"


def _num(x: float | None, digits: int = 1) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def headline_table(figures: dict[str, dict[str, Any]], facts: dict[str, Any] | None = None) -> str:
    """One row per figure, one column per system."""
    systems = [s for s in NAMES if s in figures]

    def row(label: str, get, fmt=_pct) -> list[str]:
        cells = []
        for s in systems:
            try:
                cells.append(fmt(get(figures[s])))
            except (KeyError, TypeError):
                cells.append("—")
        return [label] + cells

    rows = [
        row("answer accuracy", lambda f: f["accuracy"]),
        row("questions passed", lambda f: f"{f['passed']} / {f['questions']}", str),
        row("answers wrong (a wrong number or body)", lambda f: str(f["verdicts"]["all"]["wrong"]), str),
        row("no answer (refused or not found)", lambda f: str(f["verdicts"]["all"]["no answer"]), str),
        row("citation accuracy", lambda f: f["citation"]["accuracy"]),
        row("quotes verbatim in source", lambda f: f["citation"]["quote_accuracy"]),
        row("refusal precision", lambda f: f["refusal"]["precision"]),
        row("refusal recall", lambda f: f["refusal"]["recall"]),
        row("retrieval hit@1", lambda f: f["retrieval"]["hit@1"]),
        row("retrieval hit@5", lambda f: f["retrieval"]["hit@5"]),
        row("retrieval MRR", lambda f: f["retrieval"]["mrr"], lambda x: _num(x, 3)),
        row("latency p50 (ms, all answers)", lambda f: f["latency"]["all"]["p50_ms"], _num),
        row("latency p95 (ms, all answers)", lambda f: f["latency"]["all"]["p95_ms"], _num),
        row("index build (s)", lambda f: f["index_build_seconds"], _num),
        row("model warm-up (s)", lambda f: f.get("warm_up_seconds"), _num),
    ]
    if facts is not None:
        rows.append(["fact precision", _pct(facts["precision"])] + ["—"] * (len(systems) - 1))
        rows.append(["fact recall", _pct(facts["recall"])] + ["—"] * (len(systems) - 1))
        rows.append(["fact values wrong", str(len(facts.get("wrong", [])))] + ["—"] * (len(systems) - 1))
    return _table(["figure"] + [NAMES[s] for s in systems], rows)


def _fact_row(f: dict[str, Any]) -> list[str]:
    return [str(f["gold"]), str(f["extracted"]), str(f["matched"]), _pct(f["precision"]), _pct(f["recall"]),
            str(f.get("ambiguous", 0)), str(f.get("unreadable_listed", 0))]


def markdown(figures: dict[str, dict[str, Any]], facts: dict[str, Any] | None, meta: dict[str, Any],
             per_question: dict[str, list[dict[str, Any]]]) -> str:
    systems = [s for s in NAMES if s in figures]
    main = figures["reportqa"]
    parts = [f"# ReportQA evaluation: {Path(meta['questions_file']).name if meta['questions_file'] else 'facts'}", "",
             f"{main['questions']} questions; index `{meta['index_dir']}`"
             + (f" built from `{meta['corpus_dir']}`" if meta.get("corpus_dir") else "") + ".", "",
             headline_table(figures, facts), "", "## Accuracy by kind", ""]
    kinds = sorted({k for s in systems for k in figures[s]["by_kind"]})
    rows = []
    for kind in [*kinds, "all"]:
        n = main["verdicts"].get(kind, {})
        cells = [kind, str(sum(n.values()))]
        for s in systems:
            v = figures[s]["verdicts"].get(kind, {"right": 0, "wrong": 0, "no answer": 0})
            total = sum(v.values())
            cells.append(f"{_pct(v['right'] / total if total else None)} ({v['right']} / {v['wrong']} / {v['no answer']})")
        rows.append(cells)
    parts += [_table(["kind", "questions"] + [f"{NAMES[s]}: accuracy (right / wrong / no answer)" for s in systems], rows),
              "", "Wrong: an answer states a number the question does not expect, a forbidden figure, or another "
              "body; no answer: it says the reports do not hold it, or fails otherwise (a missing citation).", ""]
    for s in systems:
        if figures[s].get("wrong"):
            parts += [f"Wrong answers of {NAMES[s]}:", ""] + [f"- {w['id']} ({w['kind']}): {'; '.join(w['why'])}"
                                                              for w in figures[s]["wrong"]] + [""]
    parts += ["## Latency per route", ""]
    rows = [[NAMES[s], route, str(v["answers"]), _num(v["p50_ms"]), _num(v["p95_ms"])]
            for s in systems for route, v in figures[s]["latency"].items()]
    parts += [_table(["system", "route", "answers", "p50 ms", "p95 ms"], rows), ""]
    parts += ["## Citations, refusals and retrieval", ""]
    rows = []
    for s in systems:
        c, r, t = figures[s]["citation"], figures[s]["refusal"], figures[s]["retrieval"]
        rows.append([NAMES[s], f"{_pct(c['accuracy'])} of {c['questions']}", f"{c['quotes_verbatim']} / {c['quotes']}",
                     f"{r['true_positives']} / {r['false_positives']} / {r['false_negatives']}",
                     f"{int(t['questions'])}", _pct(t["hit@1"]), _pct(t["hit@5"]), _num(t["mrr"], 3)])
    parts += [_table(["system", "citation accuracy", "quotes verbatim", "refusals TP / FP / FN",
                      "retrieval questions", "hit@1", "hit@5", "MRR"], rows), "",
              "Citation accuracy: of the questions with `cite`, the share whose last answer cites every "
              "listed report and whose quotes are all verbatim in their sources (whitespace ignored). "
              "Retrieval: passage questions that name their source; rank of the cited report's first "
              "passage in the top 5 (ReportQA: its hybrid BM25 + vector retriever; baseline: its vector "
              "retriever). Refusals: questions of a kind starting with `refusal` are the positives, a "
              "last answer on the `refusal` route is a predicted refusal (so a follow-up whose last turn "
              "rightly refuses counts as a false positive).", ""]
    if facts is not None:
        head = ["form", "gold cells", "extracted (on gold pairs)", "matched", "precision", "recall",
                "ambiguous gold cells", "reported unreadable"]
        rows = [["all", *_fact_row(facts)]]
        rows += [[form, *_fact_row(f)] for form, f in facts.get("by_form", {}).items()]
        parts += ["## Fact extraction", "", _table(head, rows), ""]
        if facts.get("wrong"):
            parts += ["Wrong values (worse than missing): " + "; ".join(facts["wrong"]), ""]
        if facts["missed"]:
            parts += ["Missed gold facts: " + "; ".join(facts["missed"]), ""]
    parts += ["## Charts", ""] + [f"![{name}]({file})" for name, file in CHARTS.items()
                                   if name != "comparison" or "baseline" in figures] + [""]
    failures = [q for q in per_question["reportqa"] if not q["passed"]]
    parts += [f"## ReportQA failures ({len(failures)})", ""]
    parts += [f"- {q['id']} ({q['kind']}) {' / '.join(q['turns'])}: {'; '.join(q['missing'])}" for q in failures]
    return "\n".join(parts).rstrip() + "\n"


def charts(figures: dict[str, dict[str, Any]], per_question: dict[str, list[dict[str, Any]]],
           out: Path) -> dict[str, Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    systems = [s for s in NAMES if s in figures]
    written = {}
    kinds = sorted(figures["reportqa"]["by_kind"])
    width = 0.8 / len(systems)
    fig, ax = plt.subplots(figsize=(max(6, len(kinds) * 0.7), 4))
    for i, s in enumerate(systems):
        values = [figures[s]["by_kind"].get(k, {}).get("accuracy", 0) * 100 for k in kinds]
        ax.bar([x + i * width for x in range(len(kinds))], values, width, label=NAMES[s])
    ax.set_xticks([x + width * (len(systems) - 1) / 2 for x in range(len(kinds))], kinds, rotation=45, ha="right")
    ax.set_ylabel("accuracy (%)")
    ax.set_ylim(0, 118)
    ax.set_title("Answer accuracy by question kind")
    ax.legend(loc="upper center", ncol=len(systems))
    fig.tight_layout()
    written["accuracy_by_kind"] = _save(fig, out / CHARTS["accuracy_by_kind"], plt)

    groups, labels = [], []
    for s in systems:
        by_route: dict[str, list[float]] = {}
        for q in per_question[s]:
            for route, ms in zip(q["routes"], q["latency_ms"], strict=False):
                by_route.setdefault(route, []).append(max(ms, 0.01))
        for route, times in sorted(by_route.items()):
            groups.append(times)
            labels.append(f"{NAMES[s]}\n{route}")
    fig, ax = plt.subplots(figsize=(max(6, len(groups) * 1.1), 4))
    if groups:
        ax.boxplot(groups, tick_labels=labels)
    ax.set_yscale("log")
    ax.set_ylabel("latency per answer (ms, log scale)")
    ax.set_title("Answer latency by route")
    fig.tight_layout()
    written["latency"] = _save(fig, out / CHARTS["latency"], plt)

    if "baseline" in figures:
        measures = [("answer\naccuracy", lambda f: f["accuracy"]), ("citation\naccuracy", lambda f: f["citation"]["accuracy"]),
                    ("refusal\nrecall", lambda f: f["refusal"]["recall"]), ("retrieval\nhit@1", lambda f: f["retrieval"]["hit@1"]),
                    ("retrieval\nhit@5", lambda f: f["retrieval"]["hit@5"])]
        fig, ax = plt.subplots(figsize=(7, 4))
        for i, s in enumerate(systems):
            ax.bar([x + i * width for x in range(len(measures))], [(get(figures[s]) or 0) * 100 for _, get in measures],
                   width, label=NAMES[s])
        ax.set_xticks([x + width / 2 for x in range(len(measures))], [m for m, _ in measures])
        ax.set_ylim(0, 118)
        ax.set_ylabel("%")
        ax.set_title("ReportQA beside the baseline")
        ax.legend(loc="upper center", ncol=len(systems))
        fig.tight_layout()
        written["comparison"] = _save(fig, out / CHARTS["comparison"], plt)
    return written


def _save(fig, path: Path, plt) -> Path:
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def write_outputs(result, meta: dict[str, Any], per_question: dict[str, list[dict[str, Any]]]) -> dict[str, Path]:
    out = result.out_dir
    files = charts(result.figures, per_question, out)
    files["report"] = out / "report.md"
    files["report"].write_text(markdown(result.figures, result.facts, meta, per_question), encoding="utf-8")
    files["results"] = out / "results.json"
    data = {**meta, "figures": result.figures, "facts": result.facts, "questions": per_question}
    files["results"].write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return files
