"""The word data in index/lexicon: what it holds, and that the modules moved onto it keep no copies."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from index import metadata
from index.lexicon import bureaus, divisions, lookalikes, numbering, numerals, questions, units
from index.lexicon.pinyin import romanize
from index.templates import templates


@pytest.mark.parametrize("text,pinyin", [
    ("重庆", "chongqing"), ("长沙", "changsha"), ("厦门", "xiamen"), ("蚌埠", "bengbu"), ("乐山", "leshan"),
    ("盱眙", "xuyi"), ("淮安", "huaian"), ("吕梁", "lvliang"), ("鑫城", "xincheng"),
])
def test_place_names_romanize_with_their_place_name_readings(text, pinyin):
    assert romanize(text) == pinyin


@pytest.mark.parametrize("text", ["", "Pingtan", "平潭2", "平 潭"])
def test_only_chinese_names_romanize(text):
    assert romanize(text) is None


def test_units_hold_what_the_older_lists_missed():
    for unit in ("亿元", "笔", "份", "户", "%"):
        assert unit in units.UNITS


def test_chinese_digits():
    assert numerals.cn_digits_to_int("二〇二〇") == 2020 and numerals.cn_digits_to_int("二○一九") == 2019


@pytest.mark.parametrize("line", ["一、总体情况", "（三）依申请公开", "2.主动公开", "第二十条第（六）项"])
def test_numbering_prefixes(line):
    assert numbering.NUMBERING_PREFIX.match(line)


def test_year_patterns():
    year = re.compile(questions.YEAR)
    assert [m.group() for m in year.finditer("2020年共收到2021件")] == ["2020年"]
    impossible = re.compile(questions.IMPOSSIBLE_YEAR)
    assert [m.group(1) for m in impossible.finditer("0年、9999年、123456年、近3年、2020年")] == ["0", "9999", "123456"]


_ROOT = Path(__file__).resolve().parent.parent
# Modules that still hold copies of the word data, until they are moved onto the lexicon (the
# forms and table reader). Every other module of index/, assistant/ and ui/ holds none; the word
# data itself lives in index/lexicon and the templates' own words in their generation modules.
PENDING = ("index/reader.py", "index/recover.py", "index/forms/html.py")
_WORD_HOMES = ("index/lexicon/", "index/templates/t2021.py", "index/templates/t2019.py",
               "index/templates/modern.py", "index/templates/pre2019.py")


def _scanned() -> list[str]:
    files = [p.relative_to(_ROOT).as_posix() for folder in ("index", "assistant", "ui")
             for p in sorted((_ROOT / folder).rglob("*.py"))]
    return [f for f in files if not f.startswith(_WORD_HOMES) and f not in PENDING]


def _word_lists(path: Path) -> list[tuple[int, list[str]]]:
    """Every list of words a module spells out: a tuple, list, set or dict of strings, a string
    of characters, and a regex alternation ("条|件|次"), with its line."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            out.append((node.lineno, [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]))
        elif isinstance(node, ast.Dict):
            out.append((node.lineno, [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.append((node.lineno, re.split(r"[|()?:\[\]]+", node.value)))
    return out


def _copies(name: str) -> list[str]:
    kinds = {"units": set(units.UNITS), "division words": set(divisions.DIVISIONS),
             "bureau words": set(bureaus.ABBREVIATIONS) | set(bureaus.BUREAU_HEADS) | set(bureaus.BODY_ENDS),
             "headline statistics": {c for t in templates() for c in t.headlines},
             "look-alikes": set(lookalikes.LOOKALIKES)}
    copies = []
    for line, words in _word_lists(_ROOT / name):
        for kind, known in kinds.items():
            if len(set(words) & known) >= 3:
                copies.append(f"{name}:{line} spells {kind} {sorted(set(words) & known)}")
        if any(numerals.SECTION_NUMERALS[:5] in w or "〇○零" in w for w in words):
            copies.append(f"{name}:{line} spells the Chinese numerals")
    return copies


def test_no_module_keeps_a_copy_of_the_word_data():
    """Units, division words, bureau words, numerals, numbering and headline statistics live in
    index/lexicon (and the templates) only: a module that spells three or more of a kind again
    has a copy that will drift."""
    scanned = _scanned()
    assert "index/metadata.py" in scanned and "index/chunks.py" in scanned and "assistant/api.py" in scanned
    assert [c for name in scanned for c in _copies(name)] == []


def test_the_pending_list_only_names_modules_that_still_have_copies():
    """A module moved onto the lexicon leaves PENDING (and is scanned from then on)."""
    assert [name for name in PENDING if not _copies(name)] == []


def test_the_copy_scan_finds_a_copy(tmp_path):
    """The scan above is not blind: the old copies it replaced are found."""
    old = tmp_path / "old.py"
    old.write_text('_ROW_END = r"(条|件|次|篇|个|人|人次|万元|——)"\n_N = "一二三四五六七八九十"\n'
                   '_D = ("省", "市", "县", "区")\n', encoding="utf-8")
    found = _word_lists(old)
    assert any(len(set(w) & set(units.UNITS)) >= 3 for _, w in found)
    assert any(numerals.SECTION_NUMERALS[:5] in x for _, w in found for x in w)
    assert any(len(set(w) & set(divisions.DIVISIONS)) >= 3 for _, w in found)


def test_metadata_reads_the_lexicon_tables():
    assert metadata.ABBREVIATIONS is bureaus.ABBREVIATIONS and metadata.LOOKALIKES is lookalikes.LOOKALIKES
