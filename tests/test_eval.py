"""The evaluation harness end to end on the samples, with the baseline beside ReportQA."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eval.harness import run_eval

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "sample-reports"
QUESTIONS = ROOT / "eval" / "questions" / "samples.jsonl"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

#: Three right rows and one wrong (灵武 2020 made 0 licence decisions, not 5).
GOLD = """report\tbody\tyear\tmetric\tvalue\tunit
000_5fdff1f93ec53c39.txt\t灵武市卫生健康局\t2020\t行政处罚.处理决定数量\t33\t件
002_237241b3bbe4412b.txt\t海原县卫生健康局\t2020\t行政处罚.处理决定数量\t44\t件
002_237241b3bbe4412b.txt\t海原县卫生健康局\t2020\t行政许可.处理决定数量\t146\t件
000_5fdff1f93ec53c39.txt\t灵武市卫生健康局\t2020\t行政许可.处理决定数量\t5\t件
"""


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("eval")
    gold = tmp / "gold.tsv"
    gold.write_text(GOLD, encoding="utf-8")
    out = tmp / "out"
    result = run_eval(QUESTIONS, corpus_dir=SAMPLES, gold_facts=gold, baseline=True, out_dir=out, progress=False)
    return result, out


@pytest.mark.slow
def test_results_json_has_every_figure(run):
    result, out = run
    data = json.loads((out / "results.json").read_text(encoding="utf-8"))
    for system in ("reportqa", "baseline"):
        figures = data["figures"][system]
        for key in ("accuracy", "by_kind", "citation", "refusal", "retrieval", "latency", "index_build_seconds",
                    "warm_up_seconds"):
            assert key in figures, (system, key)
        assert {"hit@1", "hit@5", "mrr"} <= set(figures["retrieval"])
        assert figures["retrieval"]["questions"] > 0
        assert {"p50_ms", "p95_ms"} <= set(figures["latency"]["all"])
        assert figures["index_build_seconds"] > 0
        for key in ("precision", "recall"):
            assert 0.0 <= figures["refusal"][key] <= 1.0
        per_question = data["questions"][system]
        assert len(per_question) == figures["questions"] == 91
        assert {"id", "kind", "passed", "missing", "answers", "routes", "latency_ms"} <= set(per_question[0])
    assert set(data["figures"]["reportqa"]["latency"]) >= {"facts", "passages", "refusal", "all"}


def test_reportqa_beats_the_baseline(run):
    result, _ = run
    reportqa, baseline = result.figures["reportqa"], result.figures["baseline"]
    assert result.accuracy >= 0.95
    assert 0.0 <= baseline["accuracy"] < reportqa["accuracy"]
    assert reportqa["citation"]["accuracy"] >= 0.95
    assert reportqa["citation"]["quote_accuracy"] == 1.0
    assert reportqa["refusal"]["recall"] >= 0.9
    assert baseline["refusal"]["recall"] == 0.0  # it never refuses
    assert reportqa["retrieval"]["mrr"] >= baseline["retrieval"]["mrr"]


def test_report_and_charts(run):
    result, out = run
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "| figure | ReportQA | baseline |" in report
    assert "answer accuracy" in report and "refusal recall" in report and "retrieval MRR" in report
    assert "## Accuracy by kind" in report and "fact precision" in report
    for name in ("accuracy_by_kind.png", "latency.png", "comparison.png"):
        data = (out / name).read_bytes()
        assert data.startswith(PNG_MAGIC) and len(data) > 5000, name


def test_fact_precision_and_recall(run):
    facts = run[0].facts
    assert facts["gold"] == 4 and facts["extracted"] == 4 and facts["matched"] == 3
    assert facts["precision"] == pytest.approx(0.75)
    assert facts["recall"] == pytest.approx(0.75)
    assert facts["missed"] == ["000_5fdff1f93ec53c39.txt 行政许可.处理决定数量=5.0"]


@pytest.mark.slow
@pytest.mark.parametrize(("minimum", "code"), [("1.01", 1), ("0.5", 0)])
def test_cli_min_accuracy(run, tmp_path, minimum, code):
    _, out = run
    few = tmp_path / "few.jsonl"
    few.write_text("\n".join(QUESTIONS.read_text(encoding="utf-8").splitlines()[:6]) + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "assistant.cli", "eval", str(few), "--index", str(out / "index"),
                           "--out", str(tmp_path / "cli"), "--min-accuracy", minimum, "--quiet"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == code, proc.stdout + proc.stderr
    assert "| answer accuracy | 100.0% |" in proc.stdout
    assert (tmp_path / "cli" / "results.json").exists()


@pytest.mark.slow
def test_harness_on_a_20_report_synthetic_corpus(tmp_path):
    """The generated corpus (PDFs and damaged text, all three templates) end to end: every gold
    fact extracted, and the generated questions answered."""
    from eval.synth import generate

    corpus = generate(tmp_path / "synth", 20, seed=0)
    result = run_eval(corpus.questions_path, corpus_dir=corpus.report_dir, gold_facts=corpus.gold_path,
                      out_dir=tmp_path / "out", progress=False)
    assert result.facts["precision"] == 1.0 and result.facts["recall"] == 1.0, result.facts
    assert result.accuracy >= 0.95, (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
