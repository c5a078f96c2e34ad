"""The prefixes that number sections and items of a report: 一、 （一） 1. 1、 第二十条."""

from __future__ import annotations

import re

from .numerals import SECTION_NUMERALS as _N

#: An item number at the start of a line or clause: "1." "2、" "3．".
ITEM_NUMBER = r"\d{1,2}[.、．]"
#: A section number: "一、" "（三）" "(四)".
SECTION_NUMBER = rf"[{_N}]+、|[（(][{_N}]+[)）]"
#: A top-level section head: "三、".
TOP_SECTION = rf"[{_N}]+、"
#: A sub-section number in parentheses: "（三）" "(四)".
SUB_SECTION = rf"[（(][{_N}]+[)）]"
#: An article of the regulation: "第二十条", "第3条".
ARTICLE = rf"第[{_N}百\d]+条"
#: Any numbering prefix.
NUMBERING_PREFIX = re.compile(rf"^\s*(?:{SECTION_NUMBER}|{ITEM_NUMBER}|{ARTICLE})")
#: The numbering a printed row label starts with ("三、" "（一）" "1." "其中："), to be dropped.
LABEL_NUMBERING = re.compile(rf"^(?:{SECTION_NUMBER}|\d{{1,2}}[.、．]|其中[:：]?)+")
#: Markers that put a number in an identifier rather than a quantity: 第3条, 〔2018〕, No. 5, 文号.
IDENTIFIER_BEFORE = r"(?:第|〔|\[|No\.?|编号|文号|令)\s*$"
#: Words after a number that make it an identifier: 711号, 25层, 5号楼, 第3条 (not 3条信息).
IDENTIFIER_AFTER = r"\s*(?:号|层|楼|室|路|道|街|条(?!信息|政府|意见|建议)|款|章|节|〕|\])"
#: What opens a block of its own when a line starts with it (clean.py rejoins wrapped lines, never
#: these): a section or item number, an ordinal (第一), an attachment (附件, 附表).
BLOCK_START = rf"{SECTION_NUMBER}|\d+[.、．](?!\d)|第[{_N}]+|附件|附表"
