"""generate(): bodies x years -> report files, gold_facts.tsv, questions.jsonl, manifest.json."""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from eval.pdfgen import write_report_pdf

from .model import YEARS, SynthReport, fill_values, fmt_number, make_body, make_regions, template_of
from .questions import make_questions
from .render import TEXT_SHAPES, build_spec, build_text

GOLD_COLUMNS = ["report", "body", "year", "metric", "value", "unit"]
_GENERATIONS = [range(2016, 2019), range(2019, 2021), range(2021, 2025)]


@dataclass
class Corpus:
    """A generated corpus: where it is and what it holds."""

    out_dir: Path
    seed: int
    reports: list[SynthReport]
    questions: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def report_dir(self) -> Path:
        return self.out_dir / "reports"

    @property
    def gold_path(self) -> Path:
        return self.out_dir / "gold_facts.tsv"

    @property
    def questions_path(self) -> Path:
        return self.out_dir / "questions.jsonl"

    @property
    def manifest_path(self) -> Path:
        return self.out_dir / "manifest.json"

    def paths(self) -> list[Path]:
        return [self.report_dir / r.file for r in self.reports]

    def gold_rows(self) -> list[dict[str, str]]:
        return [row for r in self.reports for row in gold_rows(r)]

    def summary(self) -> str:
        n_pdf = sum(r.fmt == "pdf" for r in self.reports)
        tmpl = {t: sum(r.template == t for r in self.reports) for t in ("old", "2019", "2021")}
        kinds: dict[str, int] = {}
        for q in self.questions:
            kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
        bodies = len({r.body.name for r in self.reports})
        return (f"{len(self.reports)} reports ({n_pdf} PDF, {len(self.reports) - n_pdf} text) from {bodies} bodies "
                f"in {self.out_dir}; templates {tmpl}; {len(self.gold_rows())} gold facts; "
                f"{len(self.questions)} questions {kinds}; {self.seconds:.1f} s")


def gold_rows(r: SynthReport) -> list[dict[str, str]]:
    return [{"report": r.file, "body": r.body.name, "year": str(r.year), "metric": m,
             "value": fmt_number(v), "unit": r.units.get(m, "")} for m, v in r.values.items()]


def _plan(rng: random.Random, n_reports: int) -> list[tuple[int, list[int]]]:
    """(body index, years) per body: 3-6 years each, spanning the template generations."""
    plan: list[tuple[int, list[int]]] = []
    left = n_reports
    while left > 0:
        k = min(left, rng.randint(3, 6))
        if 0 < left - k < 3 and left <= len(YEARS):
            k = left  # no body with one or two stray reports at the end
        years: list[int] = []
        if k >= 3:
            years = [rng.choice(list(g)) for g in _GENERATIONS]
        rest = [y for y in YEARS if y not in years]
        years += rng.sample(rest, k - len(years))
        plan.append((len(plan), sorted(years)))
        left -= k
    return plan


def generate(out_dir: str | Path, n_reports: int, seed: int = 0, pdf_share: float = 0.5,
             shapes: tuple[str, ...] = TEXT_SHAPES) -> Corpus:
    """Write a seeded, reproducible corpus of ``n_reports`` reports into ``out_dir``.

    Layout: ``reports/r0001.pdf`` ... (PDF or damaged text), ``gold_facts.tsv``,
    ``questions.jsonl`` and ``manifest.json`` (bodies, years, formats, prose facts).
    """
    start = time.perf_counter()
    out = Path(out_dir)
    (out / "reports").mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"synth:{seed}")
    plan = _plan(rng, n_reports)
    regions = make_regions(rng, len(plan))
    reports: list[SynthReport] = []
    for (_, years), region in zip(plan, regions, strict=True):
        body = make_body(rng, region)
        for year in years:
            reports.append(SynthReport("", body, year, template_of(year), ""))
    order = list(range(len(reports)))
    rng.shuffle(order)  # files are not grouped by body
    reports = [reports[i] for i in order]
    for i, r in enumerate(reports, 1):
        rrng = random.Random(f"synth:{seed}:{i}")
        r.fmt = "pdf" if rrng.random() < pdf_share else rrng.choice(shapes)
        r.file = f"r{i:04d}.{'pdf' if r.fmt == 'pdf' else 'txt'}"
        fill_values(rrng, r, _body_slope(seed, r.body.name))
        path = out / "reports" / r.file
        if r.fmt == "pdf":
            write_report_pdf(build_spec(r, rrng), path)
        else:
            path.write_text(build_text(r, r.fmt, rrng), encoding="utf-8")
    corpus = Corpus(out, seed, reports)
    _write_gold(corpus.gold_path, reports)
    corpus.questions = make_questions(reports, random.Random(f"synth:{seed}:questions"), regions)
    _write_questions(corpus.questions_path, corpus.questions)
    manifest = {"seed": seed, "n_reports": n_reports, "pdf_share": pdf_share, "reports": [
        {"file": r.file, "body": r.body.name, "aliases": r.body.aliases, "year": r.year,
         "template": r.template, "format": r.fmt, "prose": r.prose} for r in reports]}
    corpus.manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    corpus.seconds = time.perf_counter() - start
    return corpus


def write_prefix(corpus: Corpus, n: int, out_dir: str | Path) -> tuple[Path, Path]:
    """Gold facts and questions of the corpus's first ``n`` report files, for an index grown
    file by file (a scale benchmark measures it at each size without reading a corpus again).
    Returns (gold path, questions path)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    reports = corpus.reports[:n]
    regions = sorted({r.body.region for r in corpus.reports})  # never invent a region of a later file
    gold, questions = out / "gold_facts.tsv", out / "questions.jsonl"
    _write_gold(gold, reports)
    _write_questions(questions, make_questions(reports, random.Random(f"synth:{corpus.seed}:questions:{n}"), regions))
    return gold, questions


def _write_gold(path: Path, reports: list[SynthReport]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("\t".join(GOLD_COLUMNS) + "\n")
        for row in (row for r in reports for row in gold_rows(r)):
            fh.write("\t".join(row[c] for c in GOLD_COLUMNS) + "\n")


def _write_questions(path: Path, questions: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for q in questions:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")


def _body_slope(seed: int, name: str) -> float:
    """The yearly growth of a body's caseload, fixed per body so trends exist."""
    return random.Random(f"synth:{seed}:slope:{name}").uniform(-0.15, 0.25)
