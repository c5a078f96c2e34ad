"""A message asking things of different kinds at once (a table cell and a contact line, a cell
and an address, two columns of one row): each ask is answered by the route that fits it, all in
one answer with their citations, none dropped. A column's count said with 的 before its measure
noun ("对外公开的总数") is the column. Real reports other than the questions the class was found on."""

from __future__ import annotations

from tests.conftest import chat, metric_keys

# hongze 2024: 本年新收 95, its contact line's phone 0517-87290606; hongze 2023: 行政许可 550, office
# at 洪泽湖大道 90号.
REAL = ("hongze_2023.pdf", "hongze_2024.pdf")


def test_the_asks_of_a_message_are_split_with_their_context():
    from assistant.asks_apart import asks

    assert asks("洪泽区2024年收到几件申请 主要是什么内容", "zh") == ["洪泽区2024年收到几件申请", "主要是什么内容"]
    assert asks("洪泽区2024年行政诉讼里，直接起诉的有几件？复议后起诉的呢？", "zh") == [
        "洪泽区2024年行政诉讼里，直接起诉的有几件", "复议后起诉的呢"]
    assert asks("Hongze 2023: how many licences, and where is the office?", "en") == [
        "Hongze 2023: how many licences", "and where is the office"]
    assert asks("洪泽区2024年收到了多少件申请？", "zh") == []


def test_a_column_said_with_of_before_its_measure_noun_is_the_column(samples_gazetteer):
    query = chat(samples_gazetteer, "海原县卫健局2020年新制作了几件规范性文件？", "对外公开的总数是多少？")
    assert metric_keys(query) and all(k.endswith("对外公开总数量") for k in metric_keys(query))
    query = chat(samples_gazetteer, "灵武市卫健局2020年规章对外公开的总数量是多少？", "本年新公开的数量呢？")
    assert metric_keys(query) and all(k.endswith("本年新公开数量") for k in metric_keys(query))


def test_a_cell_and_a_phone_asked_at_once_are_both_answered(qa):
    a = qa.ask("洪泽区2024年收到几件信息公开申请？联系电话是多少？")
    assert "95件" in a.text and "0517-87290606" in a.text
    assert a.text.index("95件") < a.text.index("0517-87290606")
    assert {c.year for c in a.citations} == {2024} and len(a.citations) >= 2


def test_a_cell_and_an_address_asked_at_once_are_both_answered(qa):
    a = qa.ask("洪泽区2023年行政许可多少件？办公地址在哪里？")
    assert "550件" in a.text and "洪泽湖大道" in a.text
    assert "对不上" not in a.text


def test_two_columns_of_one_row_asked_apart_are_both_answered(qa):
    a = qa.ask("海原县卫健局2020年新制作了几件规范性文件？对外公开的总数是多少？")
    assert "本年新制作数量" in a.text and "对外公开总数量" in a.text
    assert "对不上" not in a.text
