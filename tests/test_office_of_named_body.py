"""A government's full name said, then its office ("平潭县人民政府办公室"): the office compiles that
government's report, so the government is meant; another indexed office (the zone committee's
平潭综合实验区管委会办公室), whose name is not said, is no candidate. And whatever asks back: a
candidate with no report of the year asked is no candidate when another has one.

Real reports (the Pingtan county government 2011-2013, the zone committee's office 2023, 2025)."""

from __future__ import annotations

import importlib

import pytest

from assistant.understanding import understand

scan = importlib.import_module("assistant.understanding.scan")

COUNTY = "平潭县人民政府"
OFFICE = "平潭综合实验区管委会办公室"


@pytest.mark.parametrize("question", [
    "平潭县人民政府办公室2011年报上的联系电话是多少",
    "平潭县人民政府办公室2012年主动公开了多少条信息",
    "平潭县人民政府办2013年收到多少件政府信息公开申请",
    "平潭县人民政府办公室的联系电话是多少",
])
def test_a_government_s_full_name_then_its_office_is_that_government(pingtan_gazetteer, question):
    query = understand(question, pingtan_gazetteer)
    assert query.bodies == [COUNTY] and query.clarify == [], (query.bodies, query.clarify)


def test_an_indexed_office_named_in_full_is_itself(pingtan_gazetteer):
    query = understand("平潭综合实验区管委会办公室2023年报上的联系电话是多少", pingtan_gazetteer)
    assert query.bodies == [OFFICE] and query.clarify == []


def test_of_two_candidates_the_one_with_a_report_of_the_year_asked(pingtan_gazetteer, monkeypatch):
    """With the name's structure not read, the year alone decides: only the county has 2011."""
    monkeypatch.setattr(scan, "_office_of_named", lambda *args: None)
    query = understand("平潭县人民政府办公室2011年报上的联系电话是多少", pingtan_gazetteer)
    assert query.bodies == [COUNTY] and query.clarify == []
    # no year: both are candidates, and without the structure that is a question back
    query = understand("平潭县人民政府办公室的联系电话是多少", pingtan_gazetteer)
    assert query.clarify and set(query.clarify[0][1]) == {COUNTY, OFFICE}
