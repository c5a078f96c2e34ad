"""Prose and computed answers (issue 19): labelled contact details, signing dates, the
question's frame, computed ratios and sums with cited inputs, prose statistics a template lacks,
and refusals of what the corpus does not hold. A real index of the samples and some real reports."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant import Assistant

pytestmark = pytest.mark.slow  # the module builds an index of 13 reports

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "sample-reports"
#: Real reports of one body over years, and of bodies whose opening gives contact details.
REAL = ("pingtan_czj_2020.txt", "pingtan_czj_2022.txt", "pingtan_czj_2025.txt", "pingtan_zfyjj_2024.txt",
        "pingtan_nyncj_2024.txt", "pingtan_gwhbgs_2025.txt", "hongze_2023.pdf", "hongze_2024.pdf")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, real_reports):
    folder = tmp_path_factory.mktemp("prose-reports")
    for name in REAL:
        shutil.copy(real_reports / name, folder / name)
    directory = tmp_path_factory.mktemp("prose-index")
    Assistant.build([SAMPLES, folder], directory).close()
    assistant = Assistant.open(directory)
    yield assistant
    assistant.close()


def _raw(qa, citation) -> str:
    return "\n".join(p.text for p in qa.index.catalog.pages(citation.report))


# --- contact details and signing dates ------------------------------------------------------------

def test_two_labelled_values_asked_get_both(qa):
    a = qa.ask("沙坡头区卫健局2021年报的邮编和电子邮箱是什么")
    assert "答案：755000。" in a.text and "答案：zwsswj@126.com。" in a.text
    assert [c.highlight for c in a.citations] == ["755000", "zwsswj@126.com"]
    assert all(c.quote in _raw(qa, c) for c in a.citations)
    en = qa.ask("What postcode and email address does the Shapotou District Health Bureau give in its 2021 report?")
    assert "755000" in en.text and "zwsswj@126.com" in en.text


def test_address_is_the_whole_value_up_to_the_next_label(qa):
    a = qa.ask("要给平潭综合执法与应急管理局寄材料，它2024年报上写的办公地址是哪里？")
    assert a.citations[0].highlight == "平潭县岚城乡中湖村岚湖庄1号"
    b = qa.ask("平潭农业农村局2024年的联系地址")
    assert b.citations[0].highlight == "平潭综合实验区北厝镇商务营运中心3号楼20层2035室"
    fax = qa.ask("平潭财政金融局2022年报的传真号码是多少")
    assert fax.citations[0].highlight == "0591-23100206"


def test_a_report_without_the_label_says_not_found(qa):
    a = qa.ask("平潭综合实验区财政金融局2022年报的邮政编码是多少")  # its postcode has no label colon
    assert a.citations and a.citations[0].highlight == "350400"
    none = qa.ask("灵武市卫生和计划生育局2016年报上的办公地址是哪里")
    assert not none.citations and "没有找到" in none.text


def test_signing_date_before_an_appended_table_and_without_inner_spaces(qa):
    a = qa.ask("灵武市卫生和计划生育局2016年年报落款日期是哪天？")
    assert "答案：2017年3月12日。" in a.text
    day = qa.ask("On which day in 2021 did the Shapotou District Health Bureau hold its government open day?")
    assert "Answer: 9月24日." in day.text


def test_an_address_wrapped_over_lines_is_whole(qa):
    a = qa.ask("西夏区卫生健康局的办公地址在哪里？")
    assert a.citations[0].highlight == "西夏区金波南街与济民东路交叉口东50米"
    b = qa.ask("西夏区卫健局的邮政编码和联系电话")
    assert [c.highlight for c in b.citations] == ["750000", "0951—2078791"]
