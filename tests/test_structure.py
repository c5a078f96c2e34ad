"""The answer floor's structure as contracts: read from the code itself (its imports, its string
literals) and from rendering every finding type, no index needed.

- no import circle inside assistant/;
- question understanding imports no route, store, retriever or renderer;
- no route imports another route, and routes reach the data only through the Scope;
- no Chinese words in assistant/ outside the renderers (and the allow-list below, with reasons);
- every finding type is said in Chinese and in English.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest

from assistant import findings as F
from assistant.aggregate import AGGREGATES
from assistant.answer import Citation
from assistant.render import LANGUAGES, render
from assistant.understanding import Metric
from index.models import CheckResult, Fact, ReportRecord

ROOT = Path(__file__).resolve().parent.parent
ASSISTANT = ROOT / "assistant"


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The project modules a file imports (relative imports resolved; `TYPE_CHECKING` too)."""
    package = _module(path) if path.name == "__init__.py" else _module(path).rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            if node.module:
                out.add(base)
            out |= {f"{base}.{a.name}" for a in node.names}  # "from . import cells": a module
    return {m for m in out if m.split(".")[0] in ("assistant", "index", "ui", "eval")}


def _graph() -> dict[str, set[str]]:
    files = {_module(p): p for p in ASSISTANT.rglob("*.py")}
    return {name: {m for m in _imports(path) if m in files and m != name} for name, path in files.items()}


def test_no_import_circles_in_assistant():
    graph = _graph()
    seen: dict[str, int] = {}  # 1: on the path, 2: done
    circles = []

    def visit(node: str, path: list[str]) -> None:
        seen[node] = 1
        for nxt in sorted(graph[node]):
            if seen.get(nxt) == 1:
                circles.append(path[path.index(nxt):] + [nxt])
            elif nxt not in seen:
                visit(nxt, path + [nxt])
        seen[node] = 2

    for node in sorted(graph):
        if node not in seen:
            visit(node, [node])
    assert not circles, circles


def _reach(start: str) -> set[str]:
    """Every module of assistant/ and index/ a module imports, directly or not."""
    out, todo = set(), [start]
    while todo:
        module = todo.pop()
        path = ROOT / Path(*module.split("."))
        path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        if module in out or not path.exists():
            continue
        out.add(module)
        todo += [m for m in _imports(path) if m.startswith(("assistant", "index"))]
    return out


def test_understanding_is_pure():
    """Text + gazetteer -> Query: no route, store, retriever, engine or renderer below it."""
    reached = {m for p in (ASSISTANT / "understanding").glob("*.py") for m in _reach(_module(p))}
    forbidden = [m for m in reached if m.startswith(("assistant.routes", "assistant.render", "assistant.engine",
                                                     "assistant.retrieve", "assistant.scope", "index.store",
                                                     "index.catalog", "index.vectors"))]
    assert not forbidden, forbidden


def test_lexicon_is_word_data_any_layer_may_use():
    """index/lexicon imports nothing of the project but itself, so the reader, the question
    reader and the renderers can all use it."""
    for path in (ROOT / "index" / "lexicon").glob("*.py"):
        outside = {m for m in _imports(path) if not m.startswith("index.lexicon")}
        assert not outside, (path.name, outside)


def test_routes_import_no_route_and_no_store():
    for path in (ASSISTANT / "routes").glob("*.py"):
        if path.name == "__init__.py":
            continue
        imported = _imports(path)
        other_routes = {m for m in imported if m.startswith("assistant.routes") and m != _module(path)}
        assert not other_routes, (path.name, other_routes)
        assert not {m for m in imported if m.startswith(("index.store", "index.catalog", "index.sql",
                                                         "assistant.render", "assistant.engine"))}, path.name
        assert ".db." not in path.read_text(encoding="utf-8") and "execute(" not in path.read_text(encoding="utf-8")


# --- no Chinese words outside the renderers and the lexicon ---------------------------------------------

_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
# Character ranges of a pattern ("[\u4e00-\u9fff]") name no word.
_RANGES = re.compile("[\u3400-\u9fff\uf900-\ufaff]-[\u3400-\u9fff\uf900-\ufaff]")

#: Modules still holding Chinese literals, and why. Everything else says its words through
#: index/lexicon (word data) or assistant/render (sentences).
ALLOWED = {
    "assistant/cli.py": "the CLI's help examples; cli.py is edited by other helpers (issue 18 item 4)",
}


def _chinese_literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value[:40]) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            and _HAN.search(_RANGES.sub("", node.value))]


def test_no_chinese_literal_outside_renderers_and_lexicon():
    found = {}
    for path in sorted(ASSISTANT.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("assistant/render/") or relative in ALLOWED:
            continue
        literals = _chinese_literals(path)
        if literals:
            found[relative] = literals
    assert not found, found


def test_the_allow_list_is_still_needed():
    """An entry whose module has no Chinese literal left is dropped from ALLOWED."""
    stale = [p for p in ALLOWED if not _chinese_literals(ROOT / p)]
    assert not stale, stale


# --- every finding type renders in every language --------------------------------------------------------

_REPORT = ReportRecord(report="r.txt", path="", sha256="", kind="text", body="海原县卫生健康局", region="海原县",
                       year=2020, template="2021版", title="", pages=1, passages=1, facts=2, checks_failed=0,
                       ingested_at="", problems=["表格未能识别"])
_METRIC = Metric(("行政处罚.处理决定数量",), "行政处罚", "administrative penalties", "件")


def _fact(value, metric="行政处罚.处理决定数量", year=2020) -> Fact:
    return Fact("r.txt", "海原县卫生健康局", year, "2021版", "五", "第二十条第（六）项", "行政处罚", "处理决定数量",
                metric, "行政处罚", value, "件", 1, f"行政处罚 {value}")


_CITATION = Citation("r.txt", "海原县卫生健康局", 2020, 1, "一、总体情况", "共收到申请12件。", highlight="12件")
_CHECK = CheckResult("总计=小计", False, "行政处罚(44) = 小计(40) = 40", ["行政处罚.处理决定数量"])
_PASSAGE = F.PassageFound(_CITATION, "共收到申请12件。", "12件")
_ABSENT = F.NotInTemplate(_METRIC, ["海原县卫生健康局"], [2016], [("海原县卫生健康局", [2020])])


def _examples() -> dict[type, object]:
    a, b = _fact(44), _fact(33, year=2021)
    return {
        F.NothingIndexed: F.NothingIndexed(),
        F.CorpusListing: F.CorpusListing([("海原县卫生健康局", [2020])], 1),
        F.ReportCount: F.ReportCount([("海原县卫生健康局", 2020)]),
        F.UnknownBody: F.UnknownBody(["银川市卫生健康局"], [2020], ["海原县卫生健康局"]),
        F.ImpossibleYear: F.ImpossibleYear([9999], [2020]),
        F.MissingYear: F.MissingYear(["海原县卫生健康局"], [2019], [2020]),
        F.Sources: F.Sources(False, [_CITATION], []),
        F.Identity: F.Identity("same", ["灵武市卫生和计划生育局", "灵武市卫生健康局"], True, [2016, 2020]),
        F.Aggregate: F.Aggregate(_METRIC, AGGREGATES["most"]([a, b]), [2020, 2021], True, [_REPORT], [_REPORT], False),
        F.Unreadable: F.Unreadable(_METRIC, [_REPORT]),
        F.Incomplete: F.Incomplete(_METRIC, "total", [_REPORT], [2020], AGGREGATES["list"]([a])),
        F.NotInTemplate: _ABSENT,
        F.MetricDifference: F.MetricDifference(a, _fact(40), (_METRIC, _METRIC), 4),
        F.Ratio: F.Ratio(_fact(11), a, (_METRIC, _METRIC), 25.0, True),
        F.SumShare: F.SumShare([_fact(11)], [_METRIC], [_fact(11), a], [_METRIC, _METRIC], 20.0),
        F.NoRatio: F.NoRatio(_METRIC, ["海原县卫生健康局"], [2020]),
        F.MetricSum: F.MetricSum([a, _fact(40)], [_METRIC, _METRIC], 84),
        F.NotMoney: F.NotMoney(_METRIC, ["海原县卫生健康局"], [2020]),
        F.Outcomes: F.Outcomes([(_METRIC, a)], [(_METRIC, _fact(0))], [_METRIC]),
        F.Several: F.Several([F.Aggregate(_METRIC, AGGREGATES["lookup"]([a]), [2020], False), F.Unreadable(_METRIC, [_REPORT])]),
        F.PassageFound: _PASSAGE,
        F.PassageInstead: F.PassageInstead(_ABSENT, _PASSAGE),
        F.AcrossReports: F.AcrossReports("政务微博"),
        F.NotStated: F.NotStated(["海原县卫生健康局"], [2020], "phone", "联系电话"),
        F.Summary: F.Summary([F.Digest(_REPORT, [("一、总体情况", 1, "共收到申请12件。", "共收到申请12件。")],
                                       [("行政处罚", a)])]),
        F.NoSummary: F.NoSummary([], [2030]),
        F.NoReportToCheck: F.NoReportToCheck(),
        F.FailedReports: F.FailedReports([(_REPORT, [_CHECK], a)], 5),
        F.ChecksOf: F.ChecksOf([F.ReportChecks(_REPORT, ["行政处罚"], [(_CHECK, {a.metric: a})], 1)]),
        F.Noted: F.Noted(F.Aggregate(_METRIC, AGGREGATES["lookup"]([a]), [2020], False), ["银川市卫生健康局"],
                         [("西夏区卫生健康局", [2023])], [2020]),
        F.Clarification: F.Clarification([("平谭政府", ["平潭县人民政府", "平潭综合实验区管委会"])]),
        F.PartUnmatched: F.PartUnmatched("自己撤回", _METRIC, [_METRIC, _METRIC]),
        F.ItemChange: F.ItemChange(_METRIC, _fact(118), _fact(28), 23.7, "rise"),
        F.PointsChange: F.PointsChange("主动公开", F.YearShare(26, [_fact(26)], ""),
                                       F.YearShare(34.8, [_fact(148), _fact(425)], "总数"), -8.8, "fall"),
        F.NotCombined: F.NotCombined("total", "units", [a, _fact(40)], [_METRIC, _METRIC], ["件", "万元"]),
        F.RateExtreme: F.RateExtreme("公开率", [F.SumShare([_fact(11)], [_METRIC], [a], [_METRIC], 25.0, rate="公开率",
                                                           said=("予以公开 ÷ 办结", "disclosed ÷ handled"))], 1, True,
                                     [F.SumShare([_fact(None)], [_METRIC], [a], [_METRIC], None, rate="公开率",
                                                 said=("予以公开 ÷ 办结", "disclosed ÷ handled"))]),
        F.ProseTwice: F.ProseTwice(_PASSAGE, F.PassageFound(dataclasses.replace(_CITATION, quote="全年受理申请约15件。", highlight="约15件"),
                                                           "全年受理申请约15件。", "约15件")),
        F.PartsTotal: F.PartsTotal(_fact(84), [a, _fact(40)], ["依申请公开", "不予公开"], 84),
        F.RowsTotal: F.RowsTotal(_fact(84), [a, _fact(40)], ["网站公开", "政府公报公开"], 84, False, "等于"),
        F.RunningGap: F.RunningGap(F.Aggregate(_METRIC, AGGREGATES["lookup"]([a]), [2020], False), _fact(44), 44),
        F.NoRate: F.NoRate("办结率", ["海原县卫生健康局"], [2016], ("申请办结数 ÷ 收到申请数", "handled ÷ received")),
        F.RateGap: F.RateGap(F.SumShare([_fact(11)], [_METRIC], [a], [_METRIC], 25.0, rate="公开率",
                                        said=("予以公开 ÷ 办结", "disclosed ÷ handled")),
                             F.SumShare([_fact(40)], [_METRIC], [a], [_METRIC], 90.9, rate="办结率",
                                        said=("办结 ÷ 收到", "handled ÷ received")), -65.9, "lower"),
    }


def test_every_finding_type_has_an_example():
    assert set(_examples()) == set(F.FINDINGS)
    assert all(dataclasses.is_dataclass(t) for t in F.FINDINGS)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
@pytest.mark.parametrize("kind", F.FINDINGS, ids=lambda t: t.__name__)
def test_every_finding_renders(kind, language):
    answer = render(_examples()[kind], "q", language, lambda body: "Haiyuan County Health Bureau")
    assert answer.text.strip() and answer.language == language and answer.route
    assert "{" not in answer.text  # every placeholder filled
    markers = [int(n) for n in re.findall(r"\[(\d+)\]", answer.text)]
    assert all(1 <= n <= len(answer.citations) for n in markers), (answer.text, len(answer.citations))
    assert all(i in markers for i in range(1, len(answer.citations) + 1)), answer.text  # each citation is cited
    if language == "en" and kind not in (F.Sources,):
        # English sentences: the Chinese left is names, quotes and labels the reports print
        words = re.sub(r"[\u3400-\u9fff（）：、，。“”]+", "", answer.text)
        assert re.search(r"[A-Za-z]{3}", words), answer.text


def test_the_languages_have_the_same_phrases():
    zh, en = LANGUAGES["zh"], LANGUAGES["en"]
    for table in ("CORPUS", "STATISTICS", "PROSE", "CHECKS", "FACTS", "REASONS", "KIND_NAMES", "PROBLEMS"):
        assert set(getattr(zh, table)) == set(getattr(en, table)), table
    public = lambda m: {n for n in vars(m) if not n.startswith("_") and n.isupper() or callable(getattr(m, n))}  # noqa: E731
    assert public(zh) ^ public(en) <= {"UNIT_EN"}
