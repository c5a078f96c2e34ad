"""A fourth template generation, installed the way an extension is (a package whose entry point
in the group ``reportqa.templates`` names its Template), reads a report of its own and answers a
question from its new table, with no module of the project changed.

The generation is made up: "2024版" keeps the 2021 tables, prints the 规范性文件 row as
"行政规范性文件和政策文件", and adds a section 七 with a table of datasets opened, whose
statistic questions name (a Concept of its own). Its report is
the 2021 sample rewritten to it. The extension lives in a temporary folder with its dist-info,
and a fresh interpreter (so that the entry point is found the way it is for an installed
package) builds a real index and asks.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_2021 = ROOT / "data" / "sample-reports" / "001_1d0da56432dcd010.txt"

EXTENSION = '''"""A made-up 2024 generation: the 2021 tables, one row renamed, one new table."""
from dataclasses import replace

from index.templates import Column, Concept, Row, Section, Table, t2021

OPEN_DATA = Table("七", 7, "公共数据开放情况",
                  (Row("公共数据开放", "公共数据开放", en="public data opened"),),
                  (Column("开放数据集数量", "本年开放数据集数量", ("开放数据集数量",), unit="个",
                          en="datasets opened this year", words=("开放数据集", "datasets opened")),),
                  starts=("本年开放数据集数量",))
_MADE = t2021.TABLES[0]
MADE = replace(_MADE, rows=(_MADE.rows[0], Row("规范性文件", "行政规范性文件和政策文件", ("规范性文件",),
                                               en="normative documents")))
TEMPLATE = replace(
    t2021.TEMPLATE, id="2024版", name="国办公开办函〔2024〕5号", years=(2024, 9999), version_year=2024,
    # it prints the 2021 wording too: those markers and its own
    markers=(*(m for m in t2021.TEMPLATE.markers if "〔" not in m), "〔2024〕5", "本年开放数据集数量"),
    sections=(*t2021.TEMPLATE.sections, Section(7, "七、公共数据开放情况", "公共数据开放")),
    tables=(MADE, *t2021.TABLES[1:], OPEN_DATA),
    # the statistic its new table adds, as questions name it
    concepts=(*t2021.TEMPLATE.concepts, ("七", "公共数据开放", "开放数据集数量", "开放数据集")),
    new_concepts=(Concept("开放数据集", "开放数据集数量", "datasets opened", "个", (
        "开放数据集", "数据集", "公共数据开放", "datasets", "open datasets", "datasets opened")),))
'''

SCRIPT = '''import json, sys
from index import config
from index.embeddings import EMBEDDERS
from tests.fake_embedder import HashEmbedding

EMBEDDERS["hash"] = HashEmbedding.from_spec  # the fast tier's deterministic embedder
config.DEFAULT_EMBEDDER = "hash"
from assistant import Assistant

qa = Assistant.build([sys.argv[1]], sys.argv[2])
out = {"reports": {r.report: r.template for r in qa.reports()},
       "facts": {f.metric: f.value for f in qa.facts() if f.template == "2024版"}, "answers": {}}
for question in sys.argv[3:]:
    a = qa.ask(question)
    out["answers"][question] = {"text": a.text, "route": a.route,
                                "cites": [[c.report, c.quote] for c in a.citations]}
qa.close()
from index.extract import extract_report

out["sections"] = [s.title for s in extract_report(sys.argv[1] + "/spt2024.txt").meta.sections]
print(json.dumps(out, ensure_ascii=False))
'''

DATASETS = "沙坡头区卫生健康局2024年公共数据开放了多少个数据集？"
NORMATIVE = "沙坡头区卫健局2024年规范性文件现行有效多少件？"
ENGLISH = "How many datasets did Shapotou District Health Bureau open in 2024?"


def _report_2024(sample: str) -> str:
    """The 2021 sample as a report on the made-up 2024 form."""
    text = sample.replace("〔2021〕\n\n30 号", "〔2024〕\n\n5 号").replace("2021", "2024")
    text = text.replace("\n行政规范性文件 ", "\n行政规范性文件和政策文件 ")
    # it leaves out section 六 (a report may lack one) and ends with the new section 七
    text = text.replace("六、其他需要报告的事项", "")
    text = text.rstrip() + ("\n\n七、公共数据开放情况\n\n本年度我局持续推进公共数据开放。\n\n"
                            "信息内容 本年开放数据集数量\n\n公共数据开放 56\n")
    assert "公共数据开放 56" in text and "〔2024〕" in text and "行政规范性文件和政策文件 " in text
    assert "六、" not in text and "七、公共数据开放情况" in text
    return text


def _install(folder: Path) -> None:
    """The extension package and the dist-info that declares its entry point."""
    (folder / "reportqa_t2024").mkdir(parents=True)
    (folder / "reportqa_t2024" / "__init__.py").write_text(EXTENSION, encoding="utf-8")
    info = folder / "reportqa_t2024-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: reportqa-t2024\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[reportqa.templates]\nt2024 = reportqa_t2024:TEMPLATE\n",
                                           encoding="utf-8")


@pytest.mark.slow
def test_a_fourth_template_from_an_extension_reads_its_report_and_answers(tmp_path):
    _install(tmp_path / "site")
    reports = tmp_path / "reports"
    reports.mkdir()
    sample = SAMPLE_2021.read_text(encoding="utf-8")
    (reports / "spt2024.txt").write_text(_report_2024(sample), encoding="utf-8")
    # A 2021 report that does not cite its form's 国办 letter: it prints as many of the 2024
    # markers as of its own, and must stay on its own (fewer of the newer form's are printed).
    (reports / "spt2021.txt").write_text(sample.replace("〔2021〕\n\n30 号", ""), encoding="utf-8")
    (tmp_path / "run.py").write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": f"{tmp_path / 'site'}{os.pathsep}{ROOT}", "HF_HUB_OFFLINE": "1",
           "ANONYMIZED_TELEMETRY": "False"}
    done = subprocess.run([sys.executable, str(tmp_path / "run.py"), str(reports), str(tmp_path / "index"),
                           DATASETS, NORMATIVE, ENGLISH], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])

    assert out["reports"] == {"spt2024.txt": "2024版", "spt2021.txt": "2021版"}
    # its sections as it declares them: 六 is left out, 七 is still found
    assert [t[:2] for t in out["sections"]] == ["一、", "二、", "三、", "四、", "五、", "七、"]
    assert out["facts"]["公共数据开放.开放数据集数量"] == 56
    assert out["facts"]["规范性文件.现行有效件数"] == 0  # the renamed row is read
    datasets = out["answers"][DATASETS]
    assert datasets["route"] == "facts" and "56" in datasets["text"], datasets
    assert ["spt2024.txt", "公共数据开放 56"] in datasets["cites"]
    normative = out["answers"][NORMATIVE]
    assert normative["route"] == "facts" and normative["cites"][0][0] == "spt2024.txt", normative
    assert "行政规范性文件和政策文件 0 0 0" in normative["cites"][0][1]
    english = out["answers"][ENGLISH]  # named by the statistic the generation adds (new_concepts)
    assert english["route"] == "facts" and "56" in english["text"], english
    assert ["spt2024.txt", "公共数据开放 56"] in english["cites"]


# --- what every generation declares (the fast checks of the fields the code reads) ---------------


def test_each_generation_declares_what_the_reader_and_the_digest_read():
    import re

    from index.templates import by_version_year, headline_concepts, template_pattern, templates

    for template in templates():
        assert template.headlines and all(template.concept_keys(c) for c in template.headlines), template.id
        assert headline_concepts(template.id) == template.headlines
        if template.free_sections:
            assert template.appendix_markers and template.appendix_title and template.table_closers
            assert template.holds_only_tables(7, template.appendix_title)
        else:
            assert template.table_sections and template.table_openers
            assert all(template.holds_only_tables(n, "") for n in template.table_sections)
            assert not template.holds_only_tables(2, "二、主动公开政府信息情况")
            assert template.table_opening().match("第二十条第（六）项") and not template.table_opening().match("行政处罚")
    pattern = re.compile(template_pattern())
    assert [m.group(1) or m.group(2) for m in pattern.finditer("2021年版的报告 and the template of 2019")] == ["2021", "2019"]
    assert not pattern.search("2020年版")  # no generation is named by 2020
    assert by_version_year(2021).id == "2021版" and by_version_year(2020) is None
