"""Hostile and careless use, second round (issue 17): what ingest got wrong or lost.

Report identity follows the file (an edited file is a new version of itself), a page listing
reports is no report, years are checked against the report's own period and the present,
garbage text layers and giant pages go to OCR within bounds, and source paths are absolute.
Files are made in each test from the samples and the real reports by changing only what the
case is about.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from assistant import Assistant
from index.extract import ExtractError, extract_report

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "sample-reports"
LINGWU = SAMPLES / "000_5fdff1f93ec53c39.txt"  # 灵武市卫生健康局 2020
HAIYUAN = SAMPLES / "002_237241b3bbe4412b.txt"  # 海原县卫生健康局 2020
CLI = [sys.executable, "-m", "assistant.cli"]


def run_cli(*args: str, cwd: Path = ROOT, timeout: float = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=timeout)


def _value(qa: Assistant, report: str, metric: str) -> float:
    """The value of one metric of one report."""
    found = {f.value for f in qa.facts(metric=metric) if f.report == report and f.readable}
    assert len(found) == 1, found
    return found.pop()


# --- #32 identity follows the file ------------------------------------------------------------------


def test_an_edited_file_kept_under_a_distinct_name_replaces_itself(tmp_path):
    """Two files named report.txt are both kept (report.txt, report~hash.txt); when the second
    is edited and ingested again from its path, its new figures replace its old ones: it is not
    "another form" of itself."""
    for folder, sample in (("a", LINGWU), ("b", HAIYUAN)):
        (tmp_path / folder).mkdir()
        shutil.copy(sample, tmp_path / folder / "report.txt")
    second = tmp_path / "b" / "report.txt"
    with Assistant.build([tmp_path / "a" / "report.txt", second], tmp_path / "index") as qa:
        kept = next(r.report for r in qa.reports() if r.body == "海原县卫生健康局")
        assert kept.startswith("report~")
        assert _value(qa, kept, "行政处罚.处理决定数量") == 44
        text = second.read_text(encoding="utf-8")
        second.write_text(text.replace("行政处罚\t66\t-22\t44", "行政处罚\t66\t-21\t45")
                          .replace("行政许可\t118\t+28\t146", "行政许可\t118\t+30\t148"), encoding="utf-8")
        result = qa.add([second]).results[0]
        assert result.status == "replaced", result
        assert result.report == kept and "new version" in result.reason
        assert len(qa.reports()) == 2
        assert _value(qa, kept, "行政处罚.处理决定数量") == 45
        assert _value(qa, kept, "行政许可.处理决定数量") == 148
        assert "45" in qa.ask("海原县卫健局2020年行政处罚多少件？").text


# --- #33 absolute source paths ----------------------------------------------------------------------


@pytest.mark.slow
def test_a_report_ingested_by_a_relative_path_is_stored_absolute(tmp_path):
    """The CLI run in the file's folder with a bare file name stores the resolved path; the same
    file given by its absolute path is then unchanged."""
    folder = tmp_path / "files"
    folder.mkdir()
    shutil.copy(HAIYUAN, folder / "haiyuan.txt")
    index = tmp_path / "index"
    proc = run_cli("ingest", "haiyuan.txt", "--index", str(index), "--quiet", cwd=folder)
    assert proc.returncode == 0, proc.stderr
    with Assistant.open(index) as qa:
        assert [r.path for r in qa.reports()] == [str((folder / "haiyuan.txt").resolve())]
    proc = run_cli("ingest", str(folder / "haiyuan.txt"), "--index", str(index), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "1 unchanged" in proc.stdout, proc.stdout


def test_a_relative_path_of_an_older_index_is_made_absolute_when_seen_again(tmp_path, monkeypatch):
    """An index written before paths were resolved keeps "haiyuan.txt"; ingesting the same file
    again (unchanged) records where it is."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(HAIYUAN, tmp_path / "haiyuan.txt")
    with Assistant.build([Path("haiyuan.txt")], tmp_path / "index") as qa:
        record = qa.reports()[0]
        qa.index.catalog.db.execute("UPDATE reports SET path='haiyuan.txt'")  # as an older version stored it
        qa.index.catalog.db.execute("UPDATE sources SET path='haiyuan.txt'")
        result = qa.add([tmp_path / "haiyuan.txt"]).results[0]
        assert result.status == "unchanged"
        assert [r.path for r in qa.reports()] == [str((tmp_path / "haiyuan.txt").resolve())]
        assert qa.reports()[0].sha256 == record.sha256
