"""Question files are validated before anything is scored: a bad line is named, a plain string
where a list is meant is taken as one item (a string `cite` is one file, not its characters)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from eval.questionfile import QuestionFileError, read_question_lines
from eval.scoring import load_questions

from .conftest import ROOT


def _write(tmp_path, *rows) -> str:
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows)
                    + "\n", encoding="utf-8")
    return str(path)


GOOD = {"id": "a", "kind": "lookup", "turns": ["海原县卫健局2020年行政处罚多少件？"], "expect": [[["44"]]]}


def test_a_string_cite_is_one_file_and_a_string_item_is_one_alternative(tmp_path):
    path = _write(tmp_path, {**GOOD, "cite": "002_237241b3bbe4412b.txt", "expect": [["44", ["海原", "Haiyuan"]]],
                             "who": "citizen"})
    [q] = load_questions(path)
    assert q.cite == ["002_237241b3bbe4412b.txt"]
    assert q.expect == [[["44"], ["海原", "Haiyuan"]]]


def test_bad_lines_are_named_with_their_numbers(tmp_path):
    path = _write(tmp_path, GOOD, "", "{not json", {**GOOD, "id": "b", "turns": ["一", "二"]},
                  {"id": "c", "turns": ["x"], "expect": [[["1"]]]}, GOOD)
    with pytest.raises(QuestionFileError) as e:
        read_question_lines(path)
    message = str(e.value)
    assert f"{path}:3: not JSON" in message
    assert f"{path}:4:" in message and "expect has 1 lists for 2 turns" in message
    assert f"{path}:5:" in message and "kind" in message
    assert f"{path}:6: id 'a' repeats" in message
    assert f"{path}:1:" not in message


def test_every_question_set_in_the_repository_is_valid():
    for path in sorted((ROOT / "eval" / "questions").glob("*.jsonl")):
        assert read_question_lines(path), path


@pytest.mark.slow
def test_the_cli_refuses_an_invalid_file_before_indexing(tmp_path):
    path = _write(tmp_path, {**GOOD, "expect": []})
    proc = subprocess.run([sys.executable, "-m", "assistant.cli", "eval", path, "--corpus", str(tmp_path / "none"),
                           "--out", str(tmp_path / "out"), "--quiet"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert f"{path}:1:" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "out" / "index").exists()


def test_a_number_a_period_or_an_ellipsis_ends_is_found():
    """"Answer: 755200." and a quote cut after its figure ("…邮编 **755200**…", NFKC "...") say
    755200; a piece of a longer number ("3.5.1", "12.5") is none."""
    from eval.scoring import contains, numbers_in

    assert contains("Answer: 755200.", "755200")
    assert contains("“…邮编 **755200**…”", "755200") and contains("…2026条", "2026")
    assert numbers_in("12.5 and 3.5.1") == ["12.5"]
    assert not contains("版本3.5.1", "5") and not contains("共12.5万元", "5")
