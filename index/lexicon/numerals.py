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


#: The value of each spelled digit ("两" is two) and of each power ("十百千万").
_CN_VALUES: dict[str, int] = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2, "〇": 0}
_CN_POWERS: dict[str, int] = {"十": 10, "百": 100, "千": 1000, "万": 10000}
#: The characters a spelled quantity is made of ("五百", "两千三", "一万二千").
CN_QUANTITY = "零〇一二两三四五六七八九十百千万"


def cn_quantity(text: str) -> int | None:
    """"五百" -> 500, "两千" -> 2000, "一百二十" -> 120, "十五" -> 15, "两千三" -> 2300 (the
    colloquial elision of the last power); digits pass through ("100" -> 100); None when the text
    is no spelled quantity."""
    text = text.strip().replace(",", "")
    if text.isdigit():
        return int(text)
    if not text or any(c not in CN_QUANTITY for c in text):
        return None
    total, section, digit, last_power = 0, 0, None, 1
    for c in text:
        if c in _CN_POWERS:
            power = _CN_POWERS[c]
            if power == 10000:
                total, section = (total + section + (digit or 0)) * power, 0
            else:
                section += (1 if digit is None else digit) * power
            digit, last_power = None, power
        elif c in "零〇" and (section or total) and digit is None:  # "一百零五": the zero holds a place
            last_power = 1
        else:
            if digit is not None:  # two digits in a row ("二〇") are no spelled quantity
                return None
            digit = _CN_VALUES[c]
    if digit is not None:  # "两千三": the digit left over counts in the power below the last one
        section += digit * (last_power // 10 if last_power >= 100 and digit else 1)
    return total + section
