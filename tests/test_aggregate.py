"""The fact route's arithmetic on real facts of the sample reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.aggregate import AGGREGATES, select
from index.extract import extract_report

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "sample-reports"
PENALTIES = ["行政处罚.处理决定数量"]


@pytest.fixture(scope="module")
def facts():
    return [f for p in sorted(SAMPLES.glob("*.txt")) for f in extract_report(str(p)).facts]


def _penalties(facts, year=None):
    return select([f for f in facts if year is None or f.year == year], PENALTIES)


def test_select_one_fact_per_body_and_year(facts):
    chosen = _penalties(facts)
    assert [(f.body, f.year, f.value) for f in chosen] == [
        ("海原县卫生健康局", 2020, 44), ("灵武市卫生健康局", 2020, 33),
        ("中卫市沙坡头区卫生健康局", 2021, 0), ("西夏区卫生健康局", 2023, 31)]


def test_most_and_runner_up(facts):
    result = AGGREGATES["most"](_penalties(facts, 2020))
    assert [f.body for f in result.winners] == ["海原县卫生健康局"]
    assert result.runner_up.body == "灵武市卫生健康局"


def test_ties_are_ties(facts):
    coercion = select(facts, ["行政强制.处理决定数量"])
    result = AGGREGATES["most"](coercion)
    assert len(result.winners) == 4 and result.runner_up is None


def test_total_average_difference_trend(facts):
    assert AGGREGATES["total"](_penalties(facts, 2020)).total == 77
    assert AGGREGATES["average"](_penalties(facts, 2020)).average == 38.5
    diff = AGGREGATES["difference"](_penalties(facts, 2020))
    assert diff.difference == 11 and diff.pair[0].value == 44
    by_year = AGGREGATES["trend"](_penalties(facts)).by_year
    assert [(y, v) for y, v, _ in by_year] == [(2020, 77), (2021, 0), (2023, 31)]


def test_blank_is_not_zero(facts):
    old = select(facts, ["主动公开情况.政府公报公开政府信息数"])
    result = AGGREGATES["total"](old)
    assert result.total is None and result.blanks == old


def test_money_keeps_decimals(facts):
    fees = select(facts, ["行政事业性收费.收费金额"])
    assert AGGREGATES["total"](fees).total == 600.72


def test_prefix_metric_picks_the_amount_column(facts):
    fees = select(facts, ["行政事业性收费"], prefix=True)
    by_year = {f.year: f for f in fees}
    assert by_year[2021].metric == "行政事业性收费.收费金额" and by_year[2021].value == 600.72
    assert by_year[2020].metric == "行政事业性收费.上一年项目数量"


def test_several_keys_of_one_report_add_up(facts):
    lawsuits = select(facts, ["行政诉讼.未经复议直接起诉.总计", "行政诉讼.复议后起诉.总计", "行政诉讼数量"])
    assert len(lawsuits) == 5 and all(f.value == 0 for f in lawsuits)
    assert "+" in next(f for f in lawsuits if f.year == 2020).metric
