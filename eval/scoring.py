"""Score answers against a question file (see eval/questions/README.md for the format).

A question passes when every turn's answer contains each required item (any acceptable
string; numbers compared as whole numbers), the last answer cites every report in `cite`, and
no `forbid` string appears. Also checks the citation invariant: every number in an answer's
text is in one of its cited quotes, is a computed number, or is a year the question or the
corpus names.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from typing import Any

#: A number: not a piece of a longer one ("3.5.1"), but one a sentence's period or an ellipsis
#: (NFKC "…" is "...") ends or opens is ("Answer: 755200.", "…邮编：**755200**…").
_NUMBER = re.compile(r"(?<!\d)(?<!\d\.)\d+(?:\.\d+)?(?!\d|\.\d)")
_CITE_MARK = re.compile(r"\[\d+\]")


@dataclass
class Question:
    id: str
    kind: str
    lang: str
    turns: list[str]
    expect: list[list[list[str]]]
    cite: list[str] = field(default_factory=list)
    forbid: list[str] = field(default_factory=list)


@dataclass
class QuestionResult:
    question: Question
    passed: bool
    answers: list[dict[str, Any]]
    missing: list[str] = field(default_factory=list)  # why it failed
    uncited_numbers: list[str] = field(default_factory=list)
    latency_ms: list[float] = field(default_factory=list)
    routes: list[str] = field(default_factory=list)
    verdict: str = ""  # right | wrong | no answer (see `verdict`)
    wrong_because: list[str] = field(default_factory=list)


def load_questions(path: str | Path) -> list[Question]:
    """The questions of a question file, validated (eval.questionfile): a bad line is an error
    that names it, never a question scored on a misread field."""
    from eval.questionfile import read_question_lines

    return [Question(q.id, q.kind, q.lang, q.turns, q.expect, q.cite, q.forbid)
            for q in read_question_lines(path)]


def normalize(text: str) -> str:
    """NFKC, no thousands separators, no Markdown emphasis."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    return text.replace("**", "")


def numbers_in(text: str) -> list[str]:
    return _NUMBER.findall(normalize(text))


def _same_number(a: str, b: str) -> bool:
    return float(a) == float(b)


def contains(answer_text: str, acceptable: str) -> bool:
    """Numbers match as whole numbers (33 is not in 133); other strings as substrings, any case."""
    text = normalize(answer_text)
    wanted = normalize(acceptable)
    if re.fullmatch(r"\d+(?:\.\d+)?", wanted):
        return any(_same_number(n, wanted) for n in numbers_in(text))
    return wanted.lower() in text.lower()


def uncited_numbers(answer: dict[str, Any], allowed_years: Iterable[int] = ()) -> list[str]:
    """Numbers of the answer text that no cited quote, computed value or known year explains."""
    text = _CITE_MARK.sub(" ", answer["text"])
    text = re.sub(r"[\w.-]+\.(?:txt|pdf|html?|md|docx)\b|\bp\.\s*\d+|第\s*\d+\s*页|\bpage \d+", " ", text)  # files, pages
    quotes = " ".join(normalize(c["quote"]) for c in answer["citations"])
    quoted = {float(n) for n in numbers_in(quotes)}
    # A cell glued to its neighbours in a web page's text ("数量1543000"): the cited cell value
    # is in the quote, though not as a number of its own.
    quoted |= {float(n) for c in answer["citations"] if c.get("highlight") and normalize(c["highlight"]) in normalize(c["quote"])
               for n in numbers_in(normalize(c["highlight"]))}
    computed = {float(c["value"]) for c in answer.get("computed", [])}
    years = {float(y) for y in allowed_years} | {float(c["year"]) for c in answer["citations"]
                                                  if c.get("year") is not None}
    bad = []
    for n in numbers_in(text):
        value = float(n)
        if value in quoted or value in computed or value in years:
            continue
        bad.append(n)
    return bad


def score_question(q: Question, ask_turns: Callable[[list[str]], list[dict[str, Any]]],
                   corpus_years: Iterable[int] = (), bodies: Iterable[str] = ()) -> QuestionResult:
    answers = ask_turns(q.turns)
    result = QuestionResult(q, True, answers, latency_ms=[a.get("elapsed_ms", 0.0) for a in answers],
                            routes=[a.get("route", "") for a in answers])
    for turn, (items, answer) in enumerate(zip(q.expect, answers, strict=True), start=1):
        for item in items:
            if not any(contains(answer["text"], s) for s in item):
                result.missing.append(f"turn {turn}: none of {item}")
    last = answers[-1]
    cited = {c["report"] for c in last["citations"]}
    result.missing += [f"not cited: {r}" for r in q.cite if r not in cited]
    result.missing += [f"forbidden: {s}" for s in q.forbid if contains(last["text"], s)]
    question_years = {int(y) for t in q.turns for y in re.findall(r"(?:19|20)\d\d", normalize(t))}
    for answer in answers:
        result.uncited_numbers += uncited_numbers(answer, set(corpus_years) | question_years)
    result.passed = not result.missing and not result.uncited_numbers
    result.verdict, result.wrong_because = verdict(q, answers, result.passed, bodies)
    return result


# --- wrong is worse than no answer ------------------------------------------------------------

_YEARISH = re.compile(r"(?<![\d.])(?:19|20)\d\d(?:\s*年|\b)")
_REFUSING = re.compile(r"没有|未找到|不在|无法|不能|未提及|未载明|未填报|空白|不掌握|不确定|不可|"
                       r"\bno\b|\bnot\b|cannot|unreadable|ambiguous|unclear|blank", re.I)


def headline(text: str) -> str:
    """The answering part of an answer: its first line, without citation markers (what follows
    is supporting detail: runners-up, tables, notes, quotes)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return _CITE_MARK.sub(" ", first)


def _headline_numbers(text: str) -> list[str]:
    line = headline(text)
    line = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", line)  # quoted report text is context, not the answer
    line = _YEARISH.sub(" ", line)
    line = re.sub(r"[\w.+-]+@[\w.-]+|\d{3,4}-\d{7,8}|\d{1,2}\s*月\s*\d{1,2}\s*日", " ", line)
    return numbers_in(line)


def verdict(q: Question, answers: list[dict[str, Any]], passed: bool,
            bodies: Iterable[str] = ()) -> tuple[str, list[str]]:
    """right (the question passed), wrong, or no answer. An answer is wrong when a turn states,
    in its headline, a number that is not one the question expects, or says a `forbid` string,
    or names an indexed body that is none of the bodies the turn expects; for a refusal question,
    when it gives a number instead of saying the reports do not hold it. Anything else that
    fails (nothing found, a refusal where an answer was due, a missing citation) is no answer."""
    if passed:
        return "right", []
    reasons = []
    refusal = q.kind.startswith("refusal")
    for turn, (items, answer) in enumerate(zip(q.expect, answers, strict=True), start=1):
        text = answer.get("text", "")
        expected = {float(n) for item in items for s in item for n in numbers_in(normalize(s))}
        stated = _headline_numbers(text)
        if refusal and answer.get("route") != "refusal" and stated and not _REFUSING.search(headline(text)):
            reasons.append(f"turn {turn}: states {stated[0]} where the reports do not hold the answer")
        elif not refusal and expected and answer.get("route") not in ("refusal", "invalid", "source", "corpus"):
            extra = [n for n in stated if float(n) not in expected]
            if extra and not any(float(n) in expected for n in stated):
                reasons.append(f"turn {turn}: states {', '.join(extra[:3])}, expected {', '.join(sorted({str(int(e)) if e.is_integer() else str(e) for e in expected}))}")
        # names: the expected strings that name an indexed body (a body, or a short form of one)
        names = [s for item in items for s in item if _has_cjk(s) and any(s in b for b in bodies)]
        named = [b for b in bodies if b in headline(text) and not any(n in b for n in names)]
        if names and named and stated and answer.get("route") != "refusal" and not any(n in headline(text) for n in names):
            reasons.append(f"turn {turn}: gives a figure of {named[0]}")
    last = answers[-1].get("text", "") if answers else ""
    reasons += [f"says forbidden {s}" for s in q.forbid if contains(headline(last), s)]
    return ("wrong" if reasons else "no answer"), reasons


def _has_cjk(text: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", text))


def verdicts_by_kind(results: list[QuestionResult]) -> dict[str, dict[str, int]]:
    """right / wrong / no answer counts per kind (and "all")."""
    table: dict[str, dict[str, int]] = defaultdict(lambda: {"right": 0, "wrong": 0, "no answer": 0})
    for r in results:
        for kind in (r.question.kind, "all"):
            table[kind][r.verdict or ("right" if r.passed else "no answer")] += 1
    return {k: dict(v) for k, v in sorted(table.items(), key=lambda kv: (kv[0] == "all", kv[0]))}


def accuracy_by_kind(results: list[QuestionResult]) -> dict[str, tuple[int, int]]:
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in results:
        table[r.question.kind][0] += r.passed
        table[r.question.kind][1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(table.items())}


def format_report(results: list[QuestionResult]) -> str:
    rows = accuracy_by_kind(results)
    total = sum(p for p, _ in rows.values()), sum(n for _, n in rows.values())
    lines = [f"{'kind':16}{'passed':>8}{'of':>5}{'accuracy':>10}"]
    for kind, (passed, n) in rows.items():
        lines.append(f"{kind:16}{passed:8}{n:5}{passed / n:10.0%}")
    lines.append(f"{'all':16}{total[0]:8}{total[1]:5}{total[0] / max(1, total[1]):10.0%}")
    for r in results:
        if not r.passed:
            lines.append(f"FAIL {r.question.id} {r.question.kind} {r.question.turns}: "
                         f"{r.missing + [f'uncited number {n}' for n in r.uncited_numbers]}")
    return "\n".join(lines)


# --- further metrics (used by eval.harness) ----------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..1) of a non-empty list."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, 0.0 when there is nothing to divide."""
    return numerator / denominator if denominator else 0.0


_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.S | re.I)


def squeeze(text: str) -> str:
    """The text without any whitespace: quotes are compared with their sources this way."""
    return _SPACE.sub("", text)


def source_text_of_file(path: str | Path) -> str:
    """The text of a text or HTML report file (UTF-8 or GB18030), HTML tags removed."""
    data = Path(path).read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("utf-8", errors="replace")
    if re.search(r"<(html|body|p|div|table)\b", text[:4096], re.I):
        text = unescape(_TAG.sub("", text))
    return text


def refusal_scores(results: list[QuestionResult]) -> dict[str, Any]:
    """Kinds starting with "refusal" are the positives; a last answer with route "refusal" is a
    predicted refusal. Precision is 0 when nothing was refused but refusals were due; a figure
    with nothing to measure (no refusal questions, no refusals) is None."""
    tp = fp = fn = 0
    for r in results:
        actual = r.question.kind.startswith("refusal")
        predicted = bool(r.routes) and r.routes[-1] == "refusal"
        tp += actual and predicted
        fp += predicted and not actual
        fn += actual and not predicted
    measured = tp + fp + fn > 0
    return {"precision": ratio(tp, tp + fp) if measured else None,
            "recall": ratio(tp, tp + fn) if tp + fn else None,
            "true_positives": tp, "false_positives": fp, "false_negatives": fn}


def rank_scores(ranks: list[int | None], ks: tuple[int, ...] = (1, 5)) -> dict[str, Any]:
    """hit@k and MRR from the 1-based rank of the first relevant item (None: not retrieved);
    None when there are no ranks."""
    out: dict[str, Any] = {"questions": len(ranks)}
    for k in ks:
        out[f"hit@{k}"] = ratio(sum(1 for r in ranks if r is not None and r <= k), len(ranks)) if ranks else None
    out["mrr"] = ratio(sum(1 / r for r in ranks if r), len(ranks)) if ranks else None
    return out


@dataclass
class GoldFact:
    report: str
    body: str
    year: int | None
    metric: str
    value: float | None  # a blank gold value means "blank cell", None
    unit: str
    status: str = "ok"  # ok | blank | ambiguous (the cell cannot be read with certainty)


def load_gold_facts(path: str | Path) -> list[GoldFact]:
    """A TSV with a header row: report, body, year, metric, value, unit and optionally status
    (ok | blank | ambiguous) and note; a blank value without a status means a blank cell."""
    import csv

    out = []
    with Path(path).open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if not (row.get("report") or "").strip():
                continue
            value = normalize(row.get("value") or "").strip()
            year = (row.get("year") or "").strip()
            status = (row.get("status") or "").strip() or ("ok" if value else "blank")
            out.append(GoldFact(row["report"].strip(), (row.get("body") or "").strip(),
                                int(year) if year else None, row["metric"].strip(),
                                float(value) if value and status != "ambiguous" else None,
                                (row.get("unit") or "").strip(), status))
    return out


def load_gold_dir(path: str | Path) -> list[GoldFact]:
    """Every *.tsv of a folder (eval/gold/real-reports holds one per report), or one file."""
    path = Path(path)
    files = sorted(path.glob("*.tsv")) if path.is_dir() else [path]
    return [g for f in files for g in load_gold_facts(f)]


def _same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-9


def _same(g: GoldFact, f: Any) -> bool:
    """A gold cell and an extracted fact hold the same value, in yuan where both are money: a
    gold read by hand as printed (984361 元) matches the fact stored in its column's unit
    (98.4361 万元); a count is compared as it is, whatever its measure word."""
    from index.lexicon.units import YUAN

    unit = getattr(f, "unit", None)
    if g.unit in YUAN and unit in YUAN and g.unit != unit and g.value is not None and f.value is not None:
        return abs(g.value * YUAN[g.unit] - float(f.value) * YUAN[unit]) < 1e-6
    return _same_value(g.value, f.value)


def fact_scores(gold: list[GoldFact], extracted: Iterable[Any]) -> dict[str, Any]:
    """Precision and recall of extracted facts (objects with report, metric, value, status)
    against gold.

    Only the (report, metric) pairs the gold file lists are scored, so a partial gold file
    measures what it covers. A gold cell that is `ambiguous` must come out unreadable; a value
    given for it is a guess and counts as wrong. precision = readable extracted facts on gold
    pairs whose value matches / readable extracted facts on gold pairs; recall = gold ok/blank
    cells matched / gold ok/blank cells; unreadable_listed = ambiguous gold cells the reader
    reported unreadable (with a reason) / ambiguous gold cells."""
    gold_values: dict[tuple[str, str], list[GoldFact]] = defaultdict(list)
    for g in gold:
        gold_values[(g.report, g.metric)].append(g)
    extracted = [f for f in extracted if (f.report, f.metric) in gold_values]
    readable = [f for f in extracted if getattr(f, "status", "ok") != "unreadable"]
    by_pair: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for f in readable:
        by_pair[(f.report, f.metric)].append(f)
    unread = {(f.report, f.metric): f for f in extracted if getattr(f, "status", "ok") == "unreadable"}
    wrong, matched = [], 0
    for f in readable:
        golds = gold_values[(f.report, f.metric)]
        if any(g.status != "ambiguous" and _same(g, f) for g in golds):
            matched += 1
        else:
            wrong.append(f"{f.report} {f.metric}: gold "
                         + ("ambiguous" if all(g.status == "ambiguous" for g in golds) else str(golds[0].value))
                         + f", read {f.value}")
    readable_gold = [g for g in gold if g.status != "ambiguous"]
    ambiguous = [g for g in gold if g.status == "ambiguous"]
    missed = [g for g in readable_gold if not any(_same(g, f) for f in by_pair[(g.report, g.metric)])]
    listed = [g for g in ambiguous if (g.report, g.metric) in unread and unread[(g.report, g.metric)].note]
    return {"precision": ratio(matched, len(readable)),
            "recall": ratio(len(readable_gold) - len(missed), len(readable_gold)),
            "gold": len(readable_gold), "extracted": len(readable), "matched": matched,
            "wrong": wrong, "ambiguous": len(ambiguous), "unreadable_listed": len(listed),
            "missed": [f"{g.report} {g.metric}={g.value}" for g in missed]}
