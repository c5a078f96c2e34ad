"""A yes/no question against a threshold: "罚款处罚超过五百次了吗", "有没有超过一百件", "是否多于200
件", "不到一百件吧", "Did it exceed 100?", "at least 50?". The answer opens with the verdict in
the asker's language, then the cited figure and the threshold it was compared with; a blank or
unreadable cell gives no verdict. Pure: text in, Threshold out; the words are index.lexicon's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.lexicon import questions as words
from index.lexicon.numerals import CN_QUANTITY, cn_quantity

Number = int | float


@dataclass(frozen=True)
class Threshold:
    """The figure asked is tested against `value` by `relation` (above | at_least | below | at_most)."""

    relation: str
    value: Number  # in yuan when `money`
    said: str  # the threshold as the question writes it ("五百次", "六百万元", "100")
    # written as an amount ("六百万元"): compared in yuan with an amount only; None: a bare power
    # ("七千多万") is an amount beside an amount's cell, a count beside a count's
    money: bool | None = False
    percent: bool = False  # "纠错率超过20%了吗": a rate's threshold, tested against a share in percent
    some: bool = False  # "Did X get any requests?" / "有没有收到申请": whether there was any at all
    # the keys of the statistic the yes/no clause asks, when the message asks others too ("复议了几件？
    # 有被纠正的吗": the verdict is the part's only); () : every statistic asked
    only: tuple[str, ...] = ()

    def holds(self, figure: Number | None, unit: str | None = None) -> bool | None:
        """Does the figure (in `unit`) pass the test? None: no figure (a blank or unreadable
        cell), or an amount tested against a count (or a count against an amount)."""
        amount = unit in _YUAN
        if figure is None or (self.money is not None and self.money != amount):
            return None
        figure = figure * _YUAN[unit] if amount else figure
        return {"above": figure > self.value, "at_least": figure >= self.value,
                "below": figure < self.value, "at_most": figure <= self.value}[self.relation]


_YUAN = words.YUAN


def _alternation(relations: dict[str, tuple[str, ...]]) -> str:
    named = sorted(((w, r) for r, ws in relations.items() for w in ws), key=lambda x: -len(x[0]))
    return "|".join(re.escape(w) for w, _ in named)


_ZH_RELATION = {w: r for r, ws in words.THRESHOLD_RELATIONS_ZH.items() for w in ws}
_EN_RELATION = {w: r for r, ws in words.THRESHOLD_RELATIONS_EN.items() for w in ws}
_NUMBER_ZH = rf"\d[\d,]*(?:\.\d+)?|[{CN_QUANTITY}]+"
# the threshold's measure: a counting word or money; never a year, a date or a percent ("有没有2024年的")
_MEASURE_ZH = words.THRESHOLD_MEASURE.replace("{digits}", CN_QUANTITY)
_ZH = re.compile(rf"(?P<before>{words.THRESHOLD_ASKING_BEFORE})?\s*(?P<rel>{_alternation(words.THRESHOLD_RELATIONS_ZH)})"
                 rf"\s*(?P<num>{_NUMBER_ZH})\s*{_MEASURE_ZH}(?P<after>{words.THRESHOLD_ASKING_AFTER})?")
_EN = re.compile(rf"\b(?P<rel>{_alternation(words.THRESHOLD_RELATIONS_EN)})\s+(?:a total of\s+)?"
                 r"(?P<num>\d[\d,]*(?:\.\d+)?)(?!\s*(?:%|percent|per cent))\b")
_YES_NO_EN = re.compile(words.YES_NO_EN, re.IGNORECASE)
_WH_EN = re.compile(words.WH_EN, re.IGNORECASE)


def asked_threshold(text: str, language: str) -> Threshold | None:
    """The threshold a yes/no question tests its figure against; None when it asks none."""
    if language == "en":
        lowered = text.lower()
        if not (_YES_NO_EN.search(lowered) or not _WH_EN.search(lowered)):
            return None
        m = _EN.search(lowered)
        return Threshold(_EN_RELATION[m["rel"]], _number(m["num"]), m["num"]) if m else None
    for m in _ZH.finditer(text):
        if not (m["before"] or m["after"]):
            continue  # "超过100件的有哪些": a filter, no yes/no ask
        value = cn_quantity(m["num"].replace(",", "")) if not m["num"][0].isdigit() else _number(m["num"])
        if value is None:
            continue
        measure = m["measure"] or ""
        bare = measure in words.THRESHOLD_POWERS or (not measure and m["num"][-1] in words.THRESHOLD_POWERS)
        money = True if words.YUAN_SIGN in measure else None if bare else False
        value *= words.THRESHOLD_POWERS.get(measure, 1)
        said = text[m.start("num"):m.end("measure") if m["measure"] else m.end("num")]
        return Threshold(_ZH_RELATION[m["rel"]], value, said, money)
    return None


_PERCENT_ZH = re.compile(rf"(?P<before>{words.THRESHOLD_ASKING_BEFORE})?\s*(?P<rel>{_alternation(words.THRESHOLD_RELATIONS_ZH)})"
                         rf"\s*(?:(?P<num>\d+(?:\.\d+)?)\s*{words.THRESHOLD_PERCENT_ZH}"
                         rf"|{words.THRESHOLD_PERCENT_BEFORE_ZH}(?P<cn>[{CN_QUANTITY}]+))"
                         rf"(?P<after>{words.THRESHOLD_ASKING_AFTER})?")
_PERCENT_EN = re.compile(rf"\b(?P<rel>{_alternation(words.THRESHOLD_RELATIONS_EN)})\s+(?P<num>\d+(?:\.\d+)?)"
                         rf"{words.THRESHOLD_PERCENT_EN}")


_SOME_EN = re.compile(words.SOME_ASKED_EN, re.IGNORECASE)
_SOME_ZH = re.compile(words.SOME_ASKED_ZH)
_SOME_CLAUSE_EN = re.compile(words.SOME_CLAUSE_EN, re.IGNORECASE)
#: Whether there was any: at least one.
SOME = 1


def asked_some(text: str, language: str) -> Threshold | None:
    """"Did Haiyuan get any disclosure requests in 2020?" / "有没有收到申请": a yes/no ask whether
    there was any at all, no number named (asked_threshold finds none): at least one."""
    if language == "en":
        lowered = text.lower()
        found = (_YES_NO_EN.search(lowered) and _SOME_EN.search(lowered)) or _SOME_CLAUSE_EN.search(lowered)
    else:
        found = _SOME_ZH.search(text)
    return Threshold("at_least", SOME, "0", some=True) if found else None


def asked_rate_threshold(text: str, language: str) -> Threshold | None:
    """The percent a yes/no question tests a rate against ("纠错率超过20%了吗", "是否低于百分之十",
    "was the correction rate above 20%?"); None when it asks none."""
    if language == "en":
        lowered = text.lower()
        m = _PERCENT_EN.search(lowered) if _YES_NO_EN.search(lowered) else None
        return Threshold(_EN_RELATION[m["rel"]], _number(m["num"]), m.group()[len(m["rel"]):].strip(),
                         percent=True) if m else None
    for m in _PERCENT_ZH.finditer(text):
        value = _number(m["num"]) if m["num"] else cn_quantity(m["cn"])
        if (m["before"] or m["after"]) and value is not None:
            return Threshold(_ZH_RELATION[m["rel"]], value, text[m.end("rel"):m.end("num") + 1 if m["num"] else m.end("cn")].strip(),
                             percent=True)
    return None


def _number(text: str) -> Number:
    value = float(text.replace(",", ""))
    return int(value) if value.is_integer() else value
