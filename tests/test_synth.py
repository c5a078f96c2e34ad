"""The synthetic corpus generator (eval.synth): reproducible, consistent, and parsed by the
product into exactly its gold facts."""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from pypdf import PdfReader

from eval.synth import GOLD_COLUMNS, generate
from eval.synth.__main__ import main as synth_main

N = 20
KINDS = {"lookup", "most", "least", "total", "average", "ranking", "difference", "trend", "list",
         "count_reports", "corpus", "passage", "followup", "refusal_body", "refusal_year", "refusal_nothing"}
APPLICANTS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return generate(tmp_path_factory.mktemp("synth") / "c", N, seed=0)


def _hashes(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _gold(corpus) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = defaultdict(dict)
    with corpus.gold_path.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        assert reader.fieldnames == GOLD_COLUMNS
        for row in reader:
            out[row["report"]][row["metric"]] = row["value"]
    return out


def test_same_seed_gives_identical_files(corpus, tmp_path):
    again = generate(tmp_path / "again", N, seed=0)
    first, second = _hashes(corpus.out_dir), _hashes(again.out_dir)
    assert len(first) == N + 3
    assert first == second


def test_different_seed_differs(corpus, tmp_path):
    other = generate(tmp_path / "other", N, seed=1)
    assert other.gold_path.read_bytes() != corpus.gold_path.read_bytes()
    assert _hashes(other.report_dir) != _hashes(corpus.report_dir)


def test_shape_of_corpus(corpus):
    reports = corpus.reports
    assert len(reports) == N
    assert {r.template for r in reports} == {"old", "2019", "2021"}
    assert all(r.template == ("old" if r.year <= 2018 else "2019" if r.year <= 2020 else "2021") for r in reports)
    assert {p.suffix for p in corpus.paths()} == {".pdf", ".txt"}
    assert all(p.exists() for p in corpus.paths())
    years_per_body = Counter(r.body.name for r in reports)
    assert len(years_per_body) >= 2 and max(years_per_body.values()) >= 3
    for r in reports:
        assert len({o.year for o in reports if o.body == r.body}) == years_per_body[r.body.name]
    pdfs = [p for p in corpus.paths() if p.suffix == ".pdf"]
    assert all(len(PdfReader(p).pages) >= 2 for p in pdfs)
    texts = [p.read_text(encoding="utf-8") for p in corpus.paths() if p.suffix == ".txt"]
    assert any("\t" in t for t in texts) or any("\n\n自\n\n然\n\n人" in t for t in texts)


def test_gold_facts_are_consistent(corpus):
    gold = _gold(corpus)
    assert set(gold) == {r.file for r in corpus.reports}

    def num(values, key):
        v = values[key]
        return None if v == "" else float(v)

    for r in corpus.reports:
        values = gold[r.file]
        if r.template == "old":
            parts = [num(values, f"依申请公开情况.{c}申请数") for c in ("当面", "传真", "网络", "信函")]
            if None not in parts:
                assert sum(parts) == num(values, "依申请公开情况.收到申请数"), r.file
            continue
        assert values["行政处罚.处理决定数量"] != "" and values["行政许可.处理决定数量"] != ""
        m = lambda row, col, values=values: num(values, f"政府信息公开申请.{row}.{col}")  # noqa: E731
        for col in [*APPLICANTS, "总计"]:
            assert m("本年新收", col) + m("上年结转", col) == m("总计", col) + m("结转下年度", col), (r.file, col)
        rows = {".".join(k.split(".")[1:-1]) for k in values if k.startswith("政府信息公开申请.")}
        for row in rows:
            assert sum(m(row, c) for c in APPLICANTS) == m(row, "总计"), (r.file, row)
        for group in ("行政复议", "行政诉讼.未经复议直接起诉", "行政诉讼.复议后起诉"):
            four = [num(values, f"{group}.{k}") for k in ("结果维持", "结果纠正", "其他结果", "尚未审结")]
            assert sum(four) == num(values, f"{group}.总计"), (r.file, group)
    assert any(v == "" for values in gold.values() for v in values.values())  # some blank cells


def test_questions_follow_the_format(corpus):
    lines = corpus.questions_path.read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line) for line in lines]
    assert len(questions) == len(corpus.questions) > 0
    files = {r.file for r in corpus.reports}
    kinds = Counter(q["kind"] for q in questions)
    assert {"lookup", "most", "least", "total", "ranking", "trend", "followup", "refusal_year",
            "refusal_body", "passage"} <= set(kinds)
    assert set(kinds) <= KINDS
    assert len({q["id"] for q in questions}) == len(questions)
    for q in questions:
        assert set(q) == {"id", "kind", "lang", "turns", "expect", "cite", "forbid"}
        assert q["lang"] in {"zh", "en"} and len(q["expect"]) == len(q["turns"])
        assert all(item and all(isinstance(s, str) and s for s in item) for turn in q["expect"] for item in turn)
        assert set(q["cite"]) <= files
        assert (q["cite"] == []) == q["kind"].startswith("refusal")


def test_product_extracts_every_gold_fact(corpus):
    """Ingest the corpus with the product's extractor: every gold fact comes back unchanged."""
    from index.extract import extract_report

    gold = _gold(corpus)
    by_file = {r.file: r for r in corpus.reports}
    mismatches: dict[str, list[str]] = defaultdict(list)
    meta_errors, check_failures = [], []
    total = agree = 0
    for name, facts in sorted(gold.items()):
        extracted = extract_report(str(corpus.report_dir / name))
        r = by_file[name]
        if (extracted.meta.body, extracted.meta.year) != (r.body.name, r.year):
            meta_errors.append(f"{name}: {extracted.meta.body} {extracted.meta.year} != {r.body.name} {r.year}")
        check_failures += [f"{name}: {c.name}" for c in extracted.checks if not c.passed]
        got = {f.metric: f.value for f in extracted.facts}
        for metric, want in facts.items():
            total += 1
            have = got.get(metric, "MISSING")
            text = "" if have is None else have if have == "MISSING" else f"{float(have):.2f}".rstrip("0").rstrip(".")
            if text == want:
                agree += 1
            else:
                mismatches[metric].append(f"{name}({r.fmt}) want {want!r} got {text!r}")
    report = "\n".join(f"{m}: {len(v)} x, e.g. {v[:3]}" for m, v in sorted(mismatches.items()))
    assert not meta_errors, meta_errors
    assert agree == total, f"{agree}/{total} gold facts agree\n{report}"
    assert not check_failures, check_failures


def test_cli_prints_a_summary(tmp_path, capsys):
    assert synth_main([str(tmp_path / "cli"), "--reports", "4", "--seed", "3", "--pdf-share", "0"]) == 0
    out = capsys.readouterr().out
    assert "4 reports (0 PDF, 4 text)" in out
    assert len(list((tmp_path / "cli" / "reports").glob("r*.txt"))) == 4


def test_glued_crawler_text_never_gives_a_wrong_value(tmp_path):
    """Generated reports saved as web pages' text (whole report on one line, cells glued at
    random): a glued run is cut only where one reading holds, so no value is ever wrong; what
    cannot be settled (mostly section 二 rows of several columns) is reported unreadable."""
    from eval.synth.render import CRAWLER
    from index.extract import extract_report

    corpus = generate(tmp_path / "crawl", 40, seed=5, pdf_share=0.0, shapes=CRAWLER)
    wrong, read, total, unreadable_without_reason = [], 0, 0, []
    rows: dict[str, dict[str, str]] = {}
    for row in corpus.gold_rows():
        rows.setdefault(row["report"], {})[row["metric"]] = row["value"]
    for name, facts in rows.items():
        got = {f.metric: f for f in extract_report(str(corpus.report_dir / name)).facts}
        for metric, want in facts.items():
            total += 1
            fact = got.get(metric)
            if fact is None:
                continue
            if fact.status == "unreadable":
                unreadable_without_reason += [metric] if not fact.note else []
                continue
            read += 1
            value = None if want == "" else float(want)
            if (fact.value is None) != (value is None) or value is not None and abs(fact.value - value) > 1e-9:
                wrong.append((name, metric, want, fact.value))
    assert not wrong, wrong[:10]
    assert not unreadable_without_reason
    assert read / total >= 0.95, read / total
