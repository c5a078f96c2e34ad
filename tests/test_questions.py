"""The question set over the sample reports: accuracy by kind, and every number cited.

eval/questions/samples.jsonl is the development set; heldout.jsonl was written at the same
time and kept out of sight while the code was written (see eval/questions/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Assistant
from eval.scoring import format_report, load_questions, score_question

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "sample-reports"
QUESTION_FILES = ["samples.jsonl", "heldout.jsonl"]
#: Accuracy the question sets must keep (measured: docs/evaluation.md, "Question sets and their first runs").
MIN_ACCURACY = {"samples.jsonl": 0.95, "heldout.jsonl": 0.85}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    qa = Assistant.build([SAMPLES], tmp_path_factory.mktemp("qa-index"))
    yield qa
    qa.close()


def _ask_turns(qa):
    def ask(turns):
        conversation = qa.chat()
        return [conversation.ask(t).to_dict() for t in turns]

    return ask


@pytest.mark.parametrize("name", QUESTION_FILES)
def test_question_set(assistant, name):
    questions = load_questions(ROOT / "eval" / "questions" / name)
    years = {r.year for r in assistant.reports()}
    results = [score_question(q, _ask_turns(assistant), years) for q in questions]
    report = format_report(results)
    print(f"\n{name}\n{report}")
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    (artifacts / f"accuracy-{name.replace('.jsonl', '')}.txt").write_text(report + "\n", encoding="utf-8")
    accuracy = sum(r.passed for r in results) / len(results)
    assert accuracy >= MIN_ACCURACY[name], report


def test_every_number_in_every_answer_is_cited(assistant):
    from eval.scoring import uncited_numbers

    years = {r.year for r in assistant.reports()}
    problems = []
    for name in QUESTION_FILES:
        for q in load_questions(ROOT / "eval" / "questions" / name):
            question_years = {int(y) for t in q.turns for y in __import__("re").findall(r"(?:19|20)\d\d", t)}
            for answer in _ask_turns(assistant)(q.turns):
                bad = uncited_numbers(answer, years | question_years)
                if bad:
                    problems.append((q.id, answer["text"][:80], bad))
    assert not problems, problems


# --- the outside sets: the samples and the real reports, written by sessions that read no code ---

#: Floors for the question sets over the samples and ../shared/real-reports. outside.jsonl was
#: run once before any change (30.1%, eval/history/) and the code was then improved against
#: it; unseen.jsonl was written later and run once (77.1%) before the fixes it prompted, so
#: both are development sets now. english.jsonl (issue 19, first run 65.0%, 8 wrong) too. Wrong
#: answers must stay at zero on every set held here (people.jsonl and fresh.jsonl still have a
#: few: eval/questions/README.md).
OUTSIDE_FILES = {"outside.jsonl": 0.90, "unseen.jsonl": 0.88, "english.jsonl": 0.88}


@pytest.fixture(scope="module")
def outside_assistant(tmp_path_factory, real_reports):
    qa = Assistant.build([SAMPLES, real_reports], tmp_path_factory.mktemp("outside-index"))
    yield qa
    qa.close()


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(OUTSIDE_FILES))
def test_outside_question_set_has_no_wrong_answer(outside_assistant, name):
    questions = load_questions(ROOT / "eval" / "questions" / name)
    years = {r.year for r in outside_assistant.reports()}
    bodies = [r.body for r in outside_assistant.reports()]
    results = [score_question(q, _ask_turns(outside_assistant), years, bodies) for q in questions]
    report = format_report(results)
    wrong = [(r.question.id, r.wrong_because) for r in results if r.verdict == "wrong"]
    assert not wrong, wrong
    accuracy = sum(r.passed for r in results) / len(results)
    assert accuracy >= OUTSIDE_FILES[name], report
