"""The prefixes that number sections and items of a report: 一、 （一） 1. 1、 第二十条."""

from __future__ import annotations

import re

#: An item number at the start of a line or clause: "1." "2、" "3．".
ITEM_NUMBER = r"\d{1,2}[.、．]"
#: A section number: "一、" "（三）" "(四)".
SECTION_NUMBER = r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]"
#: An article of the regulation: "第二十条", "第3条".
ARTICLE = r"第[一二三四五六七八九十百\d]+条"
#: Any numbering prefix.
NUMBERING_PREFIX = re.compile(rf"^\s*(?:{SECTION_NUMBER}|{ITEM_NUMBER}|{ARTICLE})")
#: Markers that put a number in an identifier rather than a quantity: 第3条, 〔2018〕, No. 5, 文号.
IDENTIFIER_BEFORE = r"(?:第|〔|\[|No\.?|编号|文号|令)\s*$"
#: Words after a number that make it an identifier: 711号, 25层, 5号楼, 第3条 (not 3条信息).
IDENTIFIER_AFTER = r"\s*(?:号|层|楼|室|路|道|街|条(?!信息|政府|意见|建议)|款|章|节|〕|\])"
