"""Operations under an index that go wrong, from issue 17's second battery: a full disk mid-ingest
(#34), vectors left by a killed ingest or remove (#40, #41), a read-only index (#35), two ingests
of the same files at once (#38), a schema version edited by hand (#43), a closed pipe (#70) and
names or questions holding control characters (#29).

Each runs against a real index; the CLI cases run the real CLI in a subprocess. The full disk is
a real tmpfs and the read-only index a real read-only bind mount, so those need root (they are
skipped, saying so, without it): as root, permission bits do not stop a write.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant import Assistant, IndexOpenError
from index.chunks import VECTOR_KINDS
from index.models import Passage
from index.store import ReadOnlyIndexError
from index.vectors import VectorStore

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "sample-reports"
LINGWU = SAMPLES / "000_5fdff1f93ec53c39.txt"  # 灵武市卫生健康局 2020
HAIYUAN = SAMPLES / "002_237241b3bbe4412b.txt"  # 海原县卫生健康局 2020
OTHERS = [SAMPLES / "001_1d0da56432dcd010.txt", SAMPLES / "003_c5aa4f9897f63d18.txt",
          SAMPLES / "004_4d59d41fb80560b1.txt"]
CLI = [sys.executable, "-m", "assistant.cli"]
FACT_QUESTION = "2020年灵武市卫生健康局行政处罚多少件？"  # 33, from a fact
PROSE_QUESTION = "灵武卫生健康官方微博有多少粉丝？"  # 2144, from a passage (vectors and BM25)
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")  # any control character but the newline


def run_cli(*args: str | Path, env: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)


def no_traceback(proc: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr


def one_line_error(proc: subprocess.CompletedProcess, rc: int, says: str) -> str:
    no_traceback(proc)
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert proc.returncode == rc and len(errors) == 1 and says in errors[0], proc.stderr
    return errors[0]


@pytest.fixture
def built(tmp_path) -> Path:
    index = tmp_path / "index"
    Assistant.build([LINGWU, HAIYUAN], index).close()
    return index


def facts_of(index: Path) -> dict[str, list]:
    with Assistant.open(index) as qa:
        return {r.report: [f.to_dict() for f in qa.index.catalog.facts(report=r.report)] for r in qa.reports()}


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# --- mounts (root) ------------------------------------------------------------------------------

needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="a real tmpfs or read-only bind mount needs root "
                                "(and as root, chmod does not stop writes)")


@contextlib.contextmanager
def mounted(point: Path, *args: str):
    proc = subprocess.run(["mount", *args, str(point)], capture_output=True, text=True)
    if proc.returncode:
        pytest.skip(f"cannot mount here: {proc.stderr.strip()}")
    try:
        yield point
    finally:
        if subprocess.run(["umount", str(point)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(point)], capture_output=True)


@contextlib.contextmanager
def read_only_view(folder: Path, point: Path):
    """`folder` seen through a read-only bind mount at `point`: even root cannot write there."""
    point.mkdir()
    with mounted(point, "--bind", str(folder)):
        subprocess.run(["mount", "-o", "remount,bind,ro", str(point)], check=True)
        yield point


# --- #34 a full disk -----------------------------------------------------------------------------


@pytest.mark.slow
@needs_root
def test_a_full_disk_stops_the_ingest_in_one_line_and_loses_nothing(built, tmp_path):
    """A small tmpfs that fills during the ingest: one line, rc 1; the reports indexed before
    are whole and unchanged; after space is freed, the same command completes."""
    before = facts_of(built)
    used_kb = sum(p.stat().st_size for p in built.rglob("*") if p.is_file()) // 1024
    small = tmp_path / "small"
    small.mkdir()
    with mounted(small, "-t", "tmpfs", "-o", f"size={used_kb + 256}k", "tmpfs"):
        index = small / "index"
        shutil.copytree(built, index)
        proc = run_cli("ingest", *OTHERS, "--index", index, "--quiet")
        line = one_line_error(proc, 1, "the disk is full: ")
        done = int(re.search(r"(\d+) reports? (?:was|were) indexed, (\d+) not", line).group(1))
        assert "free space and run the command again" in line
        after = facts_of(index)
        assert len(after) == 2 + done < 5
        assert {r: after[r] for r in before} == before  # nothing indexed is lost
        assert all(after.values())  # whole reports only
        subprocess.run(["mount", "-o", "remount,size=64m", str(small)], check=True)
        again = run_cli("ingest", *OTHERS, "--index", index, "--quiet")
        assert again.returncode == 0, again.stderr
        with Assistant.open(index) as qa:
            assert len(qa.reports()) == 5
            assert qa.index.vectors.ids() == qa.index.catalog.passage_ids(VECTOR_KINDS)
        assert {r: f for r, f in facts_of(index).items() if r in before} == before


def test_a_failed_commit_is_rolled_back(built):
    """A COMMIT that fails (as on a full disk) leaves no transaction open behind it."""
    with Assistant.open(built) as qa:
        catalog = qa.index.catalog
        catalog.db.execute("CREATE TEMP TRIGGER refuse BEFORE INSERT ON meta BEGIN "
                           "SELECT RAISE(ABORT, 'database or disk is full'); END")
        with pytest.raises(sqlite3.Error, match="disk is full"), catalog.transaction() as db:
            db.execute("DELETE FROM facts")
        catalog.db.execute("DROP TRIGGER refuse")
        assert not catalog.db.conn.in_transaction
        assert len(catalog.facts()) == sum(r.facts for r in qa.reports()) > 0


# --- #40, #41 orphan vectors ------------------------------------------------------------------------


def _orphans(index: Path, n: int = 7) -> set[str]:
    """Vectors as a killed ingest leaves them: in Chroma, not in the catalog."""
    store = VectorStore(index / "chroma")
    dim = len(store.collection.get(limit=1, include=["embeddings"])["embeddings"][0])
    rng = np.random.default_rng(0)
    passages = [Passage(f"orphan-{i}", "gone.txt", f"half-written passage {i}", "某局", "某地", 2020, "2021版",
                        "一、总体情况", 1) for i in range(n)]
    store.add(passages, rng.normal(size=(n, dim)).tolist())
    store.close()
    return {p.id for p in passages}


def test_vectors_no_report_references_are_dropped_when_the_index_opens(built):
    """A killed remove (catalog committed, vectors not deleted) and a killed ingest (vectors
    written, catalog not) leave vectors the catalog does not reference: the next open drops them."""
    with Assistant.open(built) as qa:
        qa.index.catalog.remove_report(HAIYUAN.name)  # the remove, killed before its vector delete
        kept = qa.index.catalog.passage_ids(VECTOR_KINDS)
    orphans = _orphans(built)
    with Assistant.open(built) as qa:
        ids = qa.index.vectors.ids()
        assert ids == kept and not ids & orphans
        assert any("dropped" in n and "no report references" in n for n in qa.index.notices)
        assert "2144" in qa.ask(PROSE_QUESTION).text
    with Assistant.open(built) as qa:  # nothing left to drop
        assert qa.index.vectors.ids() == kept and not qa.index.notices


def test_a_writers_vectors_are_not_taken_for_orphans(built):
    """Vectors written by a writer that has not committed yet are not dropped by an open in the
    meantime (it holds the write lock); once it is gone, they are."""
    with Assistant.open(built) as writer:
        with writer.index.lock.hold():
            fresh = _orphans(built)  # written inside the writer's window
            with Assistant.open(built) as reader:
                assert fresh <= reader.index.vectors.ids()
                assert not reader.index.notices
        writer.index.reconcile()  # the writer died without committing: now they are orphans
        assert writer.index.vectors.ids() == writer.index.catalog.passage_ids(VECTOR_KINDS)


# --- #35 a read-only index -------------------------------------------------------------------------


@pytest.mark.slow
@needs_root
def test_a_read_only_index_is_read_and_refuses_changes(built, tmp_path):
    """Through a read-only mount: reports and both kinds of answer work; remove and ingest say
    the index is read-only (never damaged, never "remove it"); nothing changes; the private copy
    of the vectors is gone after each command."""
    Assistant.open(built).close()
    before = digest(built)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {"TMPDIR": str(scratch)}
    with read_only_view(built, tmp_path / "ro") as ro:
        listed = run_cli("reports", "--index", ro, env=env)
        assert listed.returncode == 0 and LINGWU.name in listed.stdout and "2 reports" in listed.stdout, listed.stderr
        fact = run_cli("ask", FACT_QUESTION, "--index", ro, env=env)
        assert fact.returncode == 0 and "33" in fact.stdout, fact.stderr
        prose = run_cli("ask", PROSE_QUESTION, "--index", ro, env=env)
        assert prose.returncode == 0 and "2144" in prose.stdout, prose.stderr
        for change in (("remove", LINGWU.name), ("ingest", OTHERS[0], "--quiet")):
            proc = run_cli(*change, "--index", ro, env=env)
            line = one_line_error(proc, 2, f"the index at {ro} is read-only")
            assert "damaged" not in line and "remove " not in line
        with Assistant.open(ro) as qa:
            assert len(qa.reports()) == 2
            with pytest.raises(ReadOnlyIndexError, match="read-only"):
                qa.remove(LINGWU.name)
            assert "2144" in qa.ask(PROSE_QUESTION).text
    assert digest(built) == before
    assert not list(scratch.glob("reportqa-*"))


# --- #38 two ingests of the same files at once ---------------------------------------------------


@pytest.mark.slow
def test_two_ingests_of_the_same_files_at_once_call_none_a_new_version(tmp_path):
    index = tmp_path / "index"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([*CLI, "ingest", str(SAMPLES), "--index", str(index), "--quiet"], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=600) for p in procs]
    indexed = unchanged = 0
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0 and "Traceback" not in err, err
        counts = re.search(r"reports: (\d+) indexed \((\d+) replaced\), .* (\d+) unchanged", out)
        assert "new version" not in out and counts.group(2) == "0", out
        indexed, unchanged = indexed + int(counts.group(1)), unchanged + int(counts.group(3))
    assert indexed == 5 and unchanged == 5  # each file written once, by one of them
    with Assistant.open(index) as qa:
        assert len(qa.reports()) == 5
        assert qa.index.vectors.ids() == qa.index.catalog.passage_ids(VECTOR_KINDS)


# --- #43 a schema version edited by hand ---------------------------------------------------------


def _set_version(index: Path, value: str | None) -> None:
    with contextlib.closing(sqlite3.connect(index / "catalog.sqlite")) as db, db:
        if value is None:
            db.execute("DELETE FROM meta WHERE key='schema_version'")
        else:
            db.execute("UPDATE meta SET value=? WHERE key='schema_version'", (value,))


@pytest.mark.parametrize("value", ["abc", "", "2.0"])
def test_a_schema_version_that_is_not_a_number_is_one_message(built, value):
    _set_version(built, value)
    with pytest.raises(IndexOpenError, match="not a version number"):
        Assistant.open(built)


def test_a_missing_schema_version_is_not_rewritten(built):
    _set_version(built, None)
    with pytest.raises(IndexOpenError, match="no schema version"):
        Assistant.open(built)
    with contextlib.closing(sqlite3.connect(built / "catalog.sqlite")) as db:
        assert db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() is None


@pytest.mark.slow
def test_the_cli_says_a_bad_schema_version_in_one_line(built):
    _set_version(built, "abc")
    for args in (("reports",), ("ask", FACT_QUESTION), ("ingest", OTHERS[0], "--quiet")):
        one_line_error(run_cli(*args, "--index", built), 2, "schema version 'abc'")


# --- #70 a closed pipe -----------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("args", [("reports",), ("facts",), ("ask", FACT_QUESTION)])
def test_a_reader_that_goes_away_ends_the_output_quietly(built, args):
    """`reportqa reports | head`: the reader closes the pipe; no traceback, no "Exception ignored"."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([*CLI, *args, "--index", str(built)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    proc.stdout.close()  # before the first line is written: every write meets a closed pipe
    err = proc.stderr.read()
    proc.wait(600)
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err, err
    assert proc.returncode in (0, 1)


# --- #29 control characters in names and questions ---------------------------------------------------


@pytest.mark.slow
def test_control_characters_in_names_and_questions_are_printed_escaped(tmp_path):
    folder = tmp_path / "dir\nwith newline"
    folder.mkdir()
    shutil.copy(LINGWU, folder / "line1\nline2\rcr\ttab.txt")
    shutil.copy(HAIYUAN, folder / "\x1b[31mred\x1b[0m.txt")
    (folder / "\x1b[2Jempty\u202e.txt").write_text("")  # skipped, so its name is printed
    index = tmp_path / "index"
    ingest = run_cli("ingest", folder, "--index", index, "--quiet")
    assert ingest.returncode == 1 and "\\x1b[2Jempty\\u202e.txt" in ingest.stdout, ingest.stdout
    listed = run_cli("reports", "--index", index)
    lines = listed.stdout.splitlines()
    assert len(lines) == 1 + 2 + 1 and lines[-1] == "2 reports"  # header, one row per report, count
    assert "line1\\nline2\\rcr\\ttab.txt" in listed.stdout and "\\x1b[31mred\\x1b[0m.txt" in listed.stdout
    cited = run_cli("ask", FACT_QUESTION, "--index", index)
    assert "33" in cited.stdout and "line1\\nline2\\rcr\\ttab.txt" in cited.stdout
    odd = run_cli("ask", "\x1b[31m\x01\r\t\u202e海原县卫生健康局2020年行政处罚多少件？", "--index", index)
    for proc in (ingest, listed, cited, odd):
        no_traceback(proc)
        assert not CONTROL.search(proc.stdout) and "\u202e" not in proc.stdout, proc.stdout
        assert "\x1b" not in proc.stderr and "\r" not in proc.stderr
