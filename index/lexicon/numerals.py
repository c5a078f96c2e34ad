"""Chinese digits and numerals ("二〇二〇" is 2020; "第二十条" is article 20)."""

from __future__ import annotations

#: Each Chinese digit (and the two circles printed for zero) -> its ASCII digit.
CN_DIGITS: dict[str, str] = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0", "○": "0"}
#: The characters a year written in Chinese digits is made of ("二〇二〇年").
CN_YEAR_DIGITS = "〇○零一二三四五六七八九"
#: Numerals of counting words and ordinals (十 百 included): "前三名", "第二十条".
CN_NUMERALS = "零一二三四五六七八九十百"
#: The numerals sections and items are numbered with ("三、", "（六）", "第二十条").
SECTION_NUMERALS = "一二三四五六七八九十"
#: Spelled quantities ("两年", "三家"): the numerals people use for small counts.
CN_SMALL_COUNTS = "两三四五六七八九十"


def cn_digits_to_int(text: str) -> int:
    """"二〇二〇" -> 2020: digit by digit (a year), not as a spelled number."""
    return int("".join(CN_DIGITS[c] for c in text))
