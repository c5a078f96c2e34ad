"""The ingest pipeline (index.pipeline): the stores and the embedder injected, the dedup
strategy explicit, one IngestStatus per file with its reason apart, the store only storing.
Real sample reports, a real catalog and a real Chroma store; the embedder is the deterministic
hash embedder of the fast tier, handed to the pipeline."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.api import Assistant, DedupStrategy, IngestStatus
from assistant.cli import format_summary
from index.chunks import VECTOR_KINDS
from index.embeddings import EMBEDDERS
from index.pipeline import FileResult, IngestPipeline, IngestSummary
from index.store import ReportIndex

from .fake_embedder import HashEmbedding

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "sample-reports"
LINGWU = SAMPLES / "000_5fdff1f93ec53c39.txt"
HAIYUAN = SAMPLES / "002_237241b3bbe4412b.txt"


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setitem(EMBEDDERS, "hash", HashEmbedding.from_spec)
    index = ReportIndex.open(tmp_path / "index", embedder="hash", create=True)
    yield index
    index.close()


def _second_copy(tmp_path: Path, sample: Path, name: str) -> Path:
    """The same report with other bytes (a trailing line): another file of the same content."""
    path = tmp_path / name
    path.write_text(sample.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    return path


def test_statuses_are_an_enum_with_stable_values():
    assert [s.value for s in IngestStatus] == ["indexed", "replaced", "kept_apart", "another_form",
                                               "unchanged", "skipped"]
    assert IngestStatus("another_form") is IngestStatus.ANOTHER_FORM
    assert FileResult("x", IngestStatus.SKIPPED, "empty").to_dict()["status"] == "skipped"


def test_the_pipeline_writes_with_the_embedder_it_is_given(store, tmp_path):
    summary = IngestPipeline(store, embedder=HashEmbedding()).run([LINGWU])
    [result] = summary.results
    assert result.status is IngestStatus.INDEXED and result.written and result.facts > 0
    assert store.vectors.count() == len(store.catalog.passage_ids(VECTOR_KINDS)) > 0
    again = IngestPipeline(store, embedder=HashEmbedding()).run([LINGWU]).results[0]
    assert again.status is IngestStatus.UNCHANGED and not again.written and again.reason.startswith("already")


def test_the_same_report_in_another_file_is_another_form_by_default(store, tmp_path):
    pipeline = IngestPipeline(store, embedder=HashEmbedding())
    first = pipeline.run([HAIYUAN]).results[0]
    second = pipeline.run([_second_copy(tmp_path, HAIYUAN, "copy.txt")]).results[0]
    assert second.status is IngestStatus.ANOTHER_FORM and second.report == first.report
    assert "counted once" in second.reason and not second.written
    assert len(store.reports()) == 1


def test_the_files_strategy_keeps_every_file_apart(store, tmp_path):
    pipeline = IngestPipeline(store, dedup=DedupStrategy.FILES, embedder=HashEmbedding())
    pipeline.run([HAIYUAN])
    second = pipeline.run([_second_copy(tmp_path, HAIYUAN, "copy.txt")]).results[0]
    assert second.status is IngestStatus.KEPT_APART and "both kept" in second.reason
    assert len(store.reports()) == 2
    # the same bytes are still indexed once, whatever the strategy
    assert pipeline.run([HAIYUAN]).results[0].status is IngestStatus.UNCHANGED


def test_a_taken_name_is_kept_apart_and_an_unreadable_file_skipped(store, tmp_path):
    for folder, sample in (("a", LINGWU), ("b", HAIYUAN)):
        (tmp_path / folder).mkdir()
        shutil.copy(sample, tmp_path / folder / "report.txt")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    summary = IngestPipeline(store, embedder=HashEmbedding()).run(
        [tmp_path / "a" / "report.txt", tmp_path / "b" / "report.txt", tmp_path / "empty.txt"])
    statuses = [r.status for r in summary.results]
    assert statuses == [IngestStatus.INDEXED, IngestStatus.KEPT_APART, IngestStatus.SKIPPED]
    assert summary.results[1].report.startswith("report~") and "both kept" in summary.results[1].reason
    assert not summary.ok and summary.failed[0].reason and "\n" not in summary.failed[0].reason
    assert summary.total("facts") == sum(r.facts for r in store.reports())


def test_the_cli_words_the_summary(store, tmp_path):
    """The wording lives with the CLI; a kept-apart report counts among the indexed ones."""
    results = [FileResult("a.txt", IngestStatus.INDEXED, report="a.txt", pages=2, facts=3, written=True),
               FileResult("b.txt", IngestStatus.KEPT_APART, "both kept", "b~1.txt", pages=1, facts=4, written=True),
               FileResult("c.txt", IngestStatus.ANOTHER_FORM, "counted once", "a.txt"),
               FileResult("d.txt", IngestStatus.UNCHANGED, "already indexed as d.txt"),
               FileResult("e\n.txt", IngestStatus.SKIPPED, "empty")]
    text = format_summary(IngestSummary(results, seconds=1.0))
    lines = text.splitlines()
    assert lines[0] == ("reports: 2 indexed (0 replaced), 1 another form of an indexed report, 1 unchanged, "
                        "1 skipped")
    assert lines[1].startswith("pages: 3  passages: 0  facts: 7")
    assert "skipped e\\n.txt: empty" in lines and "b.txt: both kept" in lines and "c.txt: counted once" in lines
    assert not any("already indexed" in line for line in lines)


def test_assistant_add_takes_a_strategy(tmp_path, monkeypatch):
    monkeypatch.setitem(EMBEDDERS, "hash", HashEmbedding.from_spec)
    with Assistant.build([HAIYUAN], tmp_path / "index", embedder="hash") as qa:
        result = qa.add([_second_copy(tmp_path, HAIYUAN, "copy.txt")], dedup="files").results[0]
        assert result.status is IngestStatus.KEPT_APART and qa.last_ingest.results == [result]
        assert len(qa.reports()) == 2


def test_uploads_follow_the_pipelines_rules(tmp_path, monkeypatch):
    """One home for the upload rules: a size past the cap is refused in the loaders' words
    (index.forms.size_refusal), another file under a taken name is kept as the pipeline names
    it (index.pipeline.distinct_name), and each result carries an IngestStatus."""
    from index.forms import size_refusal
    from index.pipeline import distinct_name, file_sha256

    monkeypatch.setitem(EMBEDDERS, "hash", HashEmbedding.from_spec)
    for folder, sample in (("a", LINGWU), ("b", HAIYUAN)):
        (tmp_path / folder).mkdir()
        shutil.copy(sample, tmp_path / folder / "report.txt")
    with Assistant.build([], tmp_path / "index", embedder="hash") as qa:
        [first] = qa.add_uploads([tmp_path / "a" / "report.txt"])
        [second] = qa.add_uploads([tmp_path / "b" / "report.txt"])
        [big] = qa.add_uploads([LINGWU], max_bytes=1024)
        assert first.file == "report.txt" and first.status is IngestStatus.INDEXED and first.facts > 0
        kept = distinct_name("report.txt", file_sha256(tmp_path / "b" / "report.txt"))
        assert second.file == kept and second.status is IngestStatus.INDEXED and second.body == "海原县卫生健康局"
        assert sorted(p.name for p in (tmp_path / "index" / "files").iterdir()) == sorted(["report.txt", kept])
        assert {r.report for r in qa.reports()} == {"report.txt", kept}
        assert big.status is IngestStatus.SKIPPED and big.reason == size_refusal(LINGWU.stat().st_size, 1024)
