"""The word data in index/lexicon: what it holds, and the copies the reader still keeps in step."""

from __future__ import annotations

import re

import pytest

from index import metadata
from index.lexicon import bureaus, divisions, numbering, numerals, questions, units
from index.lexicon.pinyin import romanize


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


def test_the_readers_copies_agree_until_it_is_moved_onto_the_lexicon():
    """index/metadata.py still has its own tables (it moves onto the lexicon later): they must
    not drift apart meanwhile."""
    assert bureaus.ABBREVIATIONS == metadata.ABBREVIATIONS
    assert set(divisions.DIVISIONS) == set(metadata._DIVISIONS)
    assert numerals.CN_DIGITS == metadata._CN_DIGITS
