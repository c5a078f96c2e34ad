"""English words of a statistic in any position and number: the noun in the plural ("proactive
disclosures"), the verb before its adverb ("did X disclose proactively", "items published
proactively"), in a colon and "vs" layout; a change between two years of one body is answered
with both figures cited and the difference (fresh16 found "…proactive disclosures: 2016 vs 2018,
what's the change?" not understood). Checked on other bodies and years than the set's.
"""

from __future__ import annotations

import pytest

from assistant.understanding import Intent

from .conftest import chat, metric_keys

REAL = ("pingtan_2011_county.txt", "pingtan_2013_county.txt")

PROACTIVE = "主动公开情况.主动公开政府信息数"
COUNTY = "平潭县人民政府"


@pytest.mark.parametrize("question,years", [
    ("Pingtan county government proactive disclosures: 2011 vs 2013 — what's the change?", [2011, 2013]),
    ("Proactive disclosures of the Pingtan county government in 2012?", [2012]),
    ("How many items did the Pingtan county government disclose proactively in 2012?", [2012]),
    ("Pingtan county government, 2011 vs 2012: items published proactively, what changed?", [2011, 2012]),
    ("How many items were made public proactively by the Pingtan county government in 2013?", [2013]),
])
def test_proactive_disclosure_in_any_position(pingtan_gazetteer, question, years):
    query = chat(pingtan_gazetteer, question)
    assert PROACTIVE in metric_keys(query) and query.bodies == [COUNTY] and query.years == years, \
        (metric_keys(query), query.bodies, query.years)
    if len(years) == 2:
        assert query.intent == Intent.DIFFERENCE, query.intent


@pytest.mark.parametrize("phrase,plurals", [
    ("proactive disclosure", ["proactive disclosures"]),
    ("administrative lawsuit", ["administrative lawsuits"]),
    ("appeal category", ["appeal categories"]),
    ("proactively disclosed", []),  # a participle
    ("fully", []),  # an adverb
    ("requests", []),  # a plural already
])
def test_plurals(phrase, plurals):
    from assistant.linking.phrasebook import _plurals

    assert _plurals(phrase) == plurals


def test_change_between_two_years_cites_both(qa):
    answer = qa.chat().ask("Pingtan county government proactive disclosures: 2011 vs 2013, what's the change?")
    assert answer.route == "facts" and "1428" in answer.text and "1853" in answer.text and "425" in answer.text, \
        answer.text
    assert {c.report for c in answer.citations} == set(REAL), [c.report for c in answer.citations]
