"""English (body, year) pairs: "how many fewer did A have in 2023 than B in 2024?" compares A's
2023 with B's 2024, whatever an earlier turn compared (a most and its runner-up): the years and
bodies the message names win. English verbs and prepositions may stand between a name and its
year ("did Hongze District have in 2023", "Huai'an City in 2024"). Pure: the question reader."""

from __future__ import annotations

import pytest

from .conftest import REAL_REPORTS, chat, gazetteer_of

HONGZE, HUAIAN = "淮安市洪泽区人民政府", "淮安市人民政府"


@pytest.fixture(scope="module")
def gazetteer(real_reports):
    return gazetteer_of([REAL_REPORTS / n for n in ("hongze_2023.pdf", "hongze_2024.pdf", "huaian_2024.pdf")])


@pytest.mark.parametrize("turns, pairs", [
    (["Which had more information disclosure requests in 2024, Hongze District or Huai'an City, and by how many?",
      "How many fewer requests did Hongze District have in 2023 than Huai'an City in 2024?"],
     [(HONGZE, 2023), (HUAIAN, 2024)]),
    (["How many fewer requests did Huai'an City receive in 2024 than Hongze District in 2023?"],
     [(HUAIAN, 2024), (HONGZE, 2023)]),
    (["淮安市2024年比洪泽区2023年多多少件行政处罚？"], [(HUAIAN, 2024), (HONGZE, 2023)]),  # 比: the other side's year
])
def test_the_pairs_the_message_names_win(gazetteer, turns, pairs):
    query = chat(gazetteer, *turns)
    assert query.pairs == pairs, (query.bodies, query.years, query.pairs)


def test_both_years_beside_one_name_are_no_pairing(gazetteer):
    query = chat(gazetteer, "How many more requests did Hongze District have in 2024 than in 2023, and Huai'an City?")
    assert query.pairs == []


FINANCE, ZONE, OFFICE = "平潭综合实验区财政金融局", "平潭综合实验区管委会", "平潭综合实验区管委会办公室"


@pytest.mark.parametrize("turns, pairs", [
    (["How many fewer penalties did the finance bureau have in 2020 than the Pingtan Comprehensive Experimental Zone "
      "in 2025?"], [(FINANCE, 2020), (ZONE, 2025)]),
    (["How many fewer penalties did the Pingtan office have in 2023 than Pingtan's finance bureau in 2022?",
      "How many more requests did the Pingtan Comprehensive Experimental Zone receive in 2025 than the finance bureau "
      "in 2020?"], [(ZONE, 2025), (FINANCE, 2020)]),
    (["平潭管委会办公室2023年收到的申请比平潭财政金融局2022年多几件", "财政金融局2020年的行政处罚比平潭综合实验区2025年少几件"],
     [(FINANCE, 2020), (ZONE, 2025)]),
])
def test_a_bureau_said_without_its_place_is_one_of_the_pair(pingtan_gazetteer, turns, pairs):
    """"the finance bureau" / 财政金融局 (a bureau, its place left to the other name) stands for the
    one compared body it ends, in one turn and after an earlier turn's pairs."""
    query = chat(pingtan_gazetteer, *turns)
    assert query.pairs == pairs, (query.bodies, query.years, query.pairs)


@pytest.mark.parametrize("turns, pairs", [
    (["How many fewer penalties did Hongze District have in 2023 than Huai'an City in 2024?",
      "How many more did Huai'an have in 2024 than Hongze in 2023?"], [(HUAIAN, 2024), (HONGZE, 2023)]),
    (["洪泽区2023年收到多少件信息公开申请？", "淮安市2024年比洪泽区2023年多多少？"], [(HUAIAN, 2024), (HONGZE, 2023)]),
    (["How many disclosure requests did Hongze District receive in 2024?", "Which had more in 2024, Hongze or Huai'an?"],
     []),
])
def test_a_comparison_naming_no_statistic_keeps_the_last_one(gazetteer, turns, pairs):
    """A comparison that names bodies or years and nothing more compares the last turn's statistic
    over what it names, never "'fewer' is not a statistic"."""
    first, query = chat(gazetteer, turns[0]), chat(gazetteer, *turns)
    assert query.metric_keys == first.metric_keys and query.pairs == pairs, (query.metric_keys, query.pairs)
    assert query.intent.value in ("difference", "most"), query.intent


def test_a_comparison_naming_another_thing_keeps_no_statistic(gazetteer):
    query = chat(gazetteer, "How many fewer penalties did Hongze District have in 2023 than Huai'an City in 2024?",
                 "How many fewer staff did Hongze have in 2023 than Huai'an in 2024?")
    assert not query.metrics, query.metric_keys
