"""Issue 19: English questions about figures the Chinese prose states (not the national tables).

The multilingual embedder and the reports' bilingual common nouns (index/lexicon/prose_en.py)
choose the clause; the figure is the one whose measure word counts what is asked; the answer
quotes the sentence verbatim, cited. Below the threshold, or with two clauses as close holding
different figures, the answer is "not stated", never a number. A question naming the report
("according to the X report") asks of that body, whatever office inside it it names.

The answering tests need the real multilingual embedder (the fast tier's hash embedder places
no English near Chinese): they are slow-tier. Real reports and the samples."""

from __future__ import annotations

import re

import pytest

from assistant import prose_clauses
from assistant.findings import NotStated
from assistant.understanding import understand

from .conftest import assert_quotes_verbatim

REAL = ("pingtan_2013_dishui.txt", "pingtan_2014_syq.txt", "pingtan_2015_syq.txt", "pingtan_2016_syq.txt",
        "pingtan_2018_syq.txt")
COMMITTEE = "平潭综合实验区管委会"


# --- reading the question (fast) -------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "How many applications did Pingtan's administrative service centre accept according to the Pingtan "
    "Comprehensive Experimental Zone 2014 report?",
    "In the Pingtan Comprehensive Experimental Zone's 2014 report, how many applications did Pingtan's administrative "
    "service centre accept?",
    "Pingtan's administrative service centre: how many applications did it accept, according to the Pingtan "
    "Comprehensive Experimental Zone 2014 annual report?",
    "据平潭综合实验区2014年年报，平潭行政服务中心受理了多少件申请？",
])
def test_a_question_naming_the_report_asks_of_that_body(pingtan_gazetteer, question):
    query = understand(question, pingtan_gazetteer)
    assert query.bodies == [COMMITTEE] and query.unknown_bodies == [] and query.clarify == []


@pytest.mark.parametrize("question", [
    "How many applications were accepted by Pingtan's administrative service center in 2014?",
    "According to the Pingtan Comprehensive Experimental Zone's 2014 report, how many applications were accepted by "
    "the zone's administrative service centre?",
])
def test_an_office_inside_a_body_asks_no_part_of_a_table_statistic(pingtan_gazetteer, question):
    """Its words are not a narrowing of the requests' total to ask back about."""
    query = understand(question, pingtan_gazetteer)
    assert query.narrowed is None and query.bodies == [COMMITTEE]


@pytest.mark.parametrize("question, measure", [
    ("How many public rental housing units were allocated in Pingtan in 2015?", "套"),
    ("How many key project briefings did the Pingtan zone issue in 2016?", "次"),
    ("How many people's representatives were invited to the open day?", "人"),
])
def test_the_measure_is_that_of_the_head_noun_counted(pingtan_gazetteer, question, measure):
    assert prose_clauses.measure_of(understand(question, pingtan_gazetteer)) == measure


# --- answers (slow: the real embedder) -------------------------------------------------------------

ANSWERED = [
    ("How many applications were accepted by Pingtan's administrative service center in 2014, according to the "
     "Pingtan Comprehensive Experimental Zone report?", "pingtan_2014_syq.txt", "121510件"),
    ("In Pingtan's 2015 report, how many public rental apartments were handed out in the second batch of housing "
     "selection?", "pingtan_2015_syq.txt", "389套"),
    ("What was the total amount of tax reductions the Pingtan local tax bureau gave laid-off and unemployed workers "
     "in 2013?", "pingtan_2013_dishui.txt", "219062.78元"),
    ("How much tax relief did the Pingtan local taxation bureau give individuals selling their own homes in 2013?",
     "pingtan_2013_dishui.txt", "21470.27元"),
    ("How many approval matters did the Pingtan local taxation bureau accept in 2013?", "pingtan_2013_dishui.txt",
     "117件"),
    ("How many safety production bulletins did the Pingtan Comprehensive Experimental Zone publish in 2016?",
     "pingtan_2016_syq.txt", "40期"),
    ("How many online bidding items did the Pingtan zone publish in 2015?", "pingtan_2015_syq.txt", "453条"),
    ("How many health lectures and free clinics did the Shapotou health bureau hold in 2021?",
     "001_1d0da56432dcd010.txt", "180余场次"),
    ("How much money was allocated to each township health centre for disclosure work by the Shapotou health bureau "
     "in 2021?", "001_1d0da56432dcd010.txt", "4万元"),
    ("How many open day activities did the Xixia health bureau hold for practical matters for the people in 2023?",
     "003_c5aa4f9897f63d18.txt", "7次"),
]


@pytest.mark.slow
@pytest.mark.parametrize("question, report, figure", ANSWERED)
def test_an_english_question_gets_the_figure_of_the_prose_clause(qa, question, report, figure):
    answer = qa.ask(question)
    assert answer.route == "passages", answer.text
    cited = answer.citations[0]
    assert (cited.report, cited.highlight) == (report, figure), answer.text
    key = next(line for line in answer.text.splitlines() if line.startswith("Answer:"))
    assert re.match(r"[\d.]+", figure).group() in key
    assert_quotes_verbatim(qa, answer)


REFUSED = [
    # nothing of it in the report: the closest clause (the column's visits) is below the threshold
    ("How many tourists visited Pingtan's beaches in 2018?", "tourists", "THRESHOLD", "108932"),
    # two clauses as close, each with its own figure (key-project and safety briefings): which is not said
    ("How many briefings did the Pingtan zone publish in 2016?", "briefings", "MARGIN", "16"),
]


@pytest.mark.slow
@pytest.mark.parametrize("question, words, guard, number", REFUSED)
def test_a_far_or_ambiguous_clause_is_not_stated_never_a_number(qa, monkeypatch, question, words, guard, number):
    answer = qa.ask(question)
    assert answer.route == "refusal" and not answer.citations, answer.text
    assert words in answer.text and not re.search(r"\d", re.sub(r"20\d\d", "", answer.text))
    # the guard is what refused: without it the clause's number would have been given
    query = understand(question, qa.engine.gazetteer)
    assert isinstance(prose_clauses.english_clause(query, qa.engine.scope), NotStated)
    monkeypatch.setattr(prose_clauses, guard, 0.0 if guard == "MARGIN" else -1.0)
    found = prose_clauses.english_clause(query, qa.engine.scope)
    assert not isinstance(found, NotStated) and number in found.highlight


@pytest.mark.slow
def test_a_figure_of_another_measure_is_never_the_answer(qa):
    """"How many people …" is never answered by a count of items, however close its clause."""
    answer = qa.ask("How many people applied for tax relief on selling their own homes to the Pingtan local "
                    "taxation bureau in 2013?")
    assert "7件" not in answer.text and "21470" not in answer.text
