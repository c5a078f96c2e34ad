"""Ingestion end to end: real PDFs through pdfplumber, a real Chroma store on disk, the real CLI
in a subprocess, bad input, idempotence, changed files, removal and a killed ingest."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from assistant import Assistant, IndexOpenError
from assistant.cli import format_summary
from eval import pdfgen
from index.chunks import VECTOR_KINDS
from index.extract import extract_report

from .conftest import kill_when

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "sample-reports"
CLI = [sys.executable, "-m", "assistant.cli"]


def run_cli(*args: str, check: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=ROOT, env=env,
                          check=check, timeout=600)


@pytest.fixture(scope="module")
def pdf_dir(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("pdfs")
    pdfgen.write_sample_pdfs(directory)
    return directory


@pytest.fixture(scope="module")
def sample_index(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("index")
    with Assistant.build([SAMPLES], directory) as qa:
        assert qa.last_ingest.ok, format_summary(qa.last_ingest)
    return directory


def _values(facts) -> dict[str, object]:
    return {f.metric: f.value for f in facts}


# --- PDFs through pdfplumber ------------------------------------------------------------------

@pytest.mark.parametrize("name", ["000", "001", "004"])
def test_pdf_gives_the_same_facts_as_the_text(pdf_dir, name):
    text_facts = extract_report(str(next(SAMPLES.glob(name + "_*.txt")))).facts
    pdf = next(pdf_dir.glob(name + "_*.pdf"))
    pdf_report = extract_report(str(pdf))
    assert pdf_report.doc.kind == "pdf" and len(pdf_report.doc.pages) >= 3
    assert _values(pdf_report.facts) == _values(text_facts)
    assert not pdf_report.problems
    # Each fact's page is the page whose text shows its row.
    with pdfplumber.open(pdf) as doc:
        pages = {i: (p.dedupe_chars().extract_text() or "") for i, p in enumerate(doc.pages, start=1)}
    for fact in pdf_report.facts:
        first_line = fact.source_text.splitlines()[-1]
        assert first_line in pages[fact.page], (fact.metric, fact.page)


def test_fake_bold_heading_is_read_once(pdf_dir):
    report = extract_report(str(next(pdf_dir.glob("000_*.pdf"))))
    titles = [s.title for s in report.meta.sections]
    assert titles[0] == "一、总体情况", titles
    assert "一一" not in report.doc.text and "总总" not in report.doc.text


def test_pdf_ruled_tables_are_kept_per_page(pdf_dir):
    report = extract_report(str(next(pdf_dir.glob("000_*.pdf"))))
    grids = [g.texts() for p in report.doc.pages for g in p.grids]
    assert any(any(row and row[0] == "行政处罚" for row in g) for g in grids)
    assert all(g.origin == "pdf" and all(len(r) == len(g.rows[0]) for r in g.rows) for p in report.doc.pages
               for g in p.grids)


def test_html_report(tmp_path):
    path = pdfgen.write_html_report(pdfgen.spec_for("000"), tmp_path / "report.html")
    report = extract_report(str(path))
    assert report.doc.kind == "html"
    text_facts = extract_report(str(next(SAMPLES.glob("000_*.txt")))).facts
    assert _values(report.facts) == _values(text_facts)


# --- the index --------------------------------------------------------------------------------

def test_index_holds_reports_facts_and_vectors(sample_index):
    with Assistant.open(sample_index) as qa:
        reports = qa.reports()
        assert len(reports) == 5
        assert {r.year for r in reports} == {2016, 2020, 2021, 2023}
        penalties = qa.facts(year=2020, metric="行政处罚.处理决定数量")
        assert {f.body: f.value for f in penalties} == {"灵武市卫生健康局": 33, "海原县卫生健康局": 44}
        assert qa.facts(body="沙坡头区", metric="行政许可.处理决定数量")[0].value == 137
        facts = qa.facts()
        assert all(hasattr(f, "source_text") and f.to_dict()["metric"] for f in facts)
        # Prose passages have vectors; table rows are in the catalog and BM25 only (their
        # numbers are answered from the facts).
        prose_ids = {p.id for p in qa.index.catalog.passages() if p.kind == "passage"}
        assert qa.index.vectors.ids() == prose_ids < qa.index.catalog.passage_ids()
        assert not qa.index.vectors.query(qa.index.embed_model.get_query_embedding("行政处罚"), top_k=3,
                                          where={"kind": "table_row"})
        assert any(n.node.metadata["kind"] == "table_row" for n in qa.index.bm25().search("行政处罚 处理决定数量"))
        hits = qa.index.vectors.query(qa.index.embed_model.get_query_embedding("行政处罚"), top_k=3,
                                      where={"body": "海原县卫生健康局"})
        assert hits and all(h.metadata["body"] == "海原县卫生健康局" for h in hits)
        assert {"report", "body", "region", "year", "template", "section", "page", "kind"} <= set(hits[0].metadata)


def test_bm25_lives_in_the_index_and_finds_prose(sample_index):
    from llama_index.core.schema import QueryBundle

    with Assistant.open(sample_index) as qa:
        retriever = qa.index.bm25()
        nodes = retriever.retrieve(QueryBundle("灵武卫生健康官方微博有多少粉丝"))
        assert "2144" in nodes[0].node.get_content()
    assert (sample_index / "bm25").is_dir()


def test_reingest_unchanged_does_nothing(sample_index):
    with Assistant.open(sample_index) as qa:
        before = (len(qa.facts()), qa.index.vectors.count(), qa.index.catalog.generation)
        summary = qa.add([SAMPLES])
        assert [r.status for r in summary.results] == ["unchanged"] * 5
        assert (len(qa.facts()), qa.index.vectors.count(), qa.index.catalog.generation) == before


def test_changed_file_replaces_its_records(tmp_path):
    path = tmp_path / "haiyuan.txt"
    original = next(SAMPLES.glob("002_*.txt")).read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    with Assistant.build([path], tmp_path / "idx") as qa:
        old_ids = qa.index.catalog.passage_ids()
        path.write_text(original.replace("行政处罚\t66\t-22\t44", "行政处罚\t66\t-21\t45"), encoding="utf-8")
        summary = qa.add([path])
        assert summary.results[0].status == "replaced"
        assert len(qa.reports()) == 1
        assert [f.value for f in qa.facts(metric="行政处罚")] == [66, -21, 45]
        new_ids = qa.index.catalog.passage_ids()
        assert not old_ids & new_ids
        assert qa.index.vectors.ids() == qa.index.catalog.passage_ids(VECTOR_KINDS)


def test_remove_report(tmp_path):
    with Assistant.build([next(SAMPLES.glob("003_*.txt"))], tmp_path / "idx") as qa:
        name = qa.reports()[0].report
        assert qa.remove(name)
        assert qa.reports() == [] and qa.facts() == []
        assert qa.index.vectors.count() == 0
        assert not qa.remove(name)


@pytest.mark.slow
def test_bad_inputs_are_skipped_with_reasons(tmp_path):
    bad = tmp_path / "in"
    bad.mkdir()
    pdfgen.write_empty(bad / "empty.pdf")
    pdfgen.write_fake_pdf(bad / "fake.pdf")
    pdfgen.write_encrypted_pdf(bad / "encrypted.pdf")
    pdfgen.write_scanned_pdf(bad / "scanned.pdf")
    pdfgen.write_binary_junk(bad / "junk.pdf")
    pdfgen.write_unrelated_pdf(bad / "notice.pdf")
    shutil.copy(next(SAMPLES.glob("003_*.txt")), bad / "good.txt")
    with Assistant.build([bad], tmp_path / "idx") as qa:
        reasons = {Path(r.path).name: r.reason for r in qa.last_ingest.results if not r.ok}
        assert [r.report for r in qa.reports()] == ["good.txt"]
    assert set(reasons) == {"empty.pdf", "fake.pdf", "encrypted.pdf", "scanned.pdf", "junk.pdf", "notice.pdf"}
    assert "empty" in reasons["empty.pdf"]
    assert "encrypted" in reasons["encrypted.pdf"]
    assert "scanned" in reasons["scanned.pdf"]
    assert "not a 政府信息公开工作年度报告" in reasons["notice.pdf"]
    assert "binary" in reasons["junk.pdf"] or "not a PDF" in reasons["junk.pdf"]
    assert "not a" in reasons["fake.pdf"]
    assert all("\n" not in r for r in reasons.values())


@pytest.mark.slow  # loads a second real model
def test_embedder_mismatch_is_a_clear_error(sample_index):
    with pytest.raises(IndexOpenError, match="embedder"):
        Assistant.open(sample_index, embedder="st:all-minilm-l6-v2")


def test_missing_index_is_a_clear_error(tmp_path):
    with pytest.raises(IndexOpenError, match="no index"):
        Assistant.open(tmp_path / "nothing")


@pytest.mark.slow
def test_sentence_transformers_embedder(tmp_path):
    with Assistant.build([next(SAMPLES.glob("000_*.txt"))], tmp_path / "idx", embedder="st:all-minilm-l6-v2") as qa:
        assert qa.index.catalog.get_meta("embedder") == "st:all-minilm-l6-v2"
        hits = qa.index.vectors.query(qa.index.embed_model.get_query_embedding("penalties"), top_k=2)
        assert len(hits[0].metadata) > 3 and qa.index.vectors.count() == len(qa.index.catalog.passage_ids(VECTOR_KINDS))
    with Assistant.open(tmp_path / "idx") as qa:  # reopened without naming the embedder
        assert qa.index.embedder_spec == "st:all-minilm-l6-v2"


@pytest.mark.slow  # a fresh process: what warm_up loads must not be loaded already
def test_warm_up_loads_what_the_first_ingest_would(tmp_path):
    """A server warms up on an empty index; the pinyin dictionaries its answering side needs for
    the first reports' names load then, not in the first ingest (they cost 0.15 s CPU)."""
    code = ("import sys\nfrom assistant import Assistant\nqa = Assistant.build([], sys.argv[1])\n"
            "before = 'pypinyin' in sys.modules\nqa.warm_up()\nprint(before, 'pypinyin' in sys.modules)")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "idx")], capture_output=True, text=True,
                         env=env, check=True).stdout.split()
    assert out == ["False", "True"]


# --- the CLI in a subprocess ------------------------------------------------------------------

@pytest.mark.slow
def test_cli_ingest_reports_facts_remove(tmp_path):
    index = str(tmp_path / "idx")
    bad = pdfgen.write_binary_junk(tmp_path / "junk.bin.pdf")
    result = run_cli("ingest", str(SAMPLES), str(bad), "--index", index)
    assert result.returncode == 1, result.stderr  # one file failed
    assert "reports: 5 indexed" in result.stdout and "skipped" in result.stdout
    assert "junk.bin.pdf" in result.stdout
    listing = run_cli("reports", "--index", index, "--format", "json", check=True)
    assert len(json.loads(listing.stdout)) == 5
    facts = json.loads(run_cli("facts", "--index", index, "--year", "2020", "--metric",
                               "行政处罚.处理决定数量", "--format", "json", check=True).stdout)
    assert sorted(f["value"] for f in facts) == [33, 44]
    assert all(f["source_text"] and f["page"] for f in facts)
    again = run_cli("ingest", str(SAMPLES), "--index", index, "--quiet", check=True)
    assert "5 unchanged" in again.stdout
    name = json.loads(listing.stdout)[0]["report"]
    assert run_cli("remove", name, "--index", index).returncode == 0
    assert run_cli("remove", name, "--index", index).returncode == 1
    assert "no index" in run_cli("reports", "--index", str(tmp_path / "none")).stderr


# --- a killed ingest ----------------------------------------------------------------------------

@pytest.mark.slow
def test_killed_ingest_leaves_whole_reports_only(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for i in range(30):  # distinct files (none unchanged); copies of one sample are one report, several sources
        (folder / f"r{i:02d}.txt").write_text(texts[i % 5] + f"\n附注：副本 {i}\n", encoding="utf-8")
    index = tmp_path / "idx"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([*CLI, "ingest", str(folder), "--index", str(index), "--quiet"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kill_when(proc, lambda: _count_reports(index / "catalog.sqlite") >= 2)
    with Assistant.open(index) as qa:
        reports = qa.reports()
        assert 2 <= len(reports) < 30
        for record in reports:  # every report is whole
            assert len(qa.index.catalog.facts(report=record.report)) == record.facts > 0
            assert len(qa.index.catalog.passages(record.report)) == record.passages > 0
        qa.index.reconcile()
        assert qa.index.vectors.ids() == qa.index.catalog.passage_ids(VECTOR_KINDS)
        summary = qa.add([folder])  # finishing the job later works
        files = sum(1 + len(r.sources) for r in qa.reports())
        assert len(qa.reports()) == 5 and files == 30 and summary.ok


def _count_reports(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1) as db:
            return db.execute("SELECT count(*) FROM reports").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_blank_cell_dropped_from_pdf_text_is_read_from_the_ruled_table(tmp_path):
    spec = pdfgen.spec_for("000")
    for block in spec.blocks:
        for row in getattr(block, "rows", []):
            if row and row[0] == "行政处罚":
                row[1] = ""  # 上一年项目数量 left blank: the text line reads "行政处罚 0 33"
    path = pdfgen.write_report_pdf(spec, tmp_path / "blank.pdf")
    report = extract_report(str(path))
    assert [f.value for f in report.facts if f.row == "行政处罚"] == [None, 0, 33]
