"""Ways to read a row's printed value tokens as exactly n cells.

A token is what the form separates: a grid cell, or a run of characters between whitespace in
text. A token that is a glued digit run ("210000021") may hold several cells; a blank cell (an
empty grid cell, an empty field between tabs) is one cell with no value. `readings` enumerates
every way to cut the tokens into n numbers under the rules of printed numbers: no leading zeros
(a lone 0 is fine, "00" is two zeros), a decimal keeps its point with digits on both sides, a
sign starts a number. Which reading is right is decided by the caller with the template's
checks; this module only says what is possible.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon import units as lexicon_units
from .models import Number

#: Units that may be glued to a value ("2074万元", "2笔", "984361元").
UNITS = tuple(sorted(lexicon_units.UNITS, key=len, reverse=True))  # longest first: 人次 before 人
_TOKEN = re.compile(r"^(?P<num>[+\-]?\d[\d,]*(?:\.\d+)?(?:[+\-]\d[\d,]*(?:\.\d+)?)*)(?P<unit>" +
                    "|".join(map(re.escape, UNITS)) + r")?$")
#: More readings than this for one row means the row cannot be settled (and saves the time).
MAX_READINGS = 20000


@dataclass(frozen=True)
class Token:
    text: str  # as printed, NFKC
    blank: bool = False  # an empty cell: one cell, no value
    splittable: bool = True  # a run that may hold several glued cells (False: exactly one cell)
    unit: str | None = None
    start: int = -1  # offsets in the text the token came from (for quotes); -1 for grid cells
    end: int = -1
    nil: bool = False  # a dash printed for no figure ("-", "—", "/"): a blank cell the form printed

    @property
    def shown(self) -> str:
        """The token with its printed unit, as a quote holds it ("984361元")."""
        return self.text + (self.unit or "")

    @property
    def digits(self) -> str:
        return self.text


#: A grid cell that prints a dash for "no figure" ("-", "—", "——", "/", "－"): a blank cell,
#: and a cell (a converter's empty phantom cell is not).
NIL = re.compile(r"^(?:[-－—–]{1,3}|/|／)$")


def parse_token(text: str, splittable: bool = True, start: int = -1, end: int = -1,
                nil: bool = False) -> Token | None:
    """A value token ("2074万元" -> digits "2074", unit 万元), or None when it is not a number.
    `nil`: a dash is a blank cell the form printed (grid cells; in text a dash is a rule)."""
    text = text.replace(",", "").replace("，", "").strip()
    if not text:
        return Token("", blank=True, splittable=False, start=start, end=end)
    if nil and NIL.match(text):
        return Token(text, blank=True, splittable=False, start=start, end=end, nil=True)
    match = _TOKEN.match(text)
    if not match:
        return None
    return Token(match.group("num"), splittable=splittable, unit=match.group("unit"), start=start, end=end)


def to_number(text: str) -> Number:
    return float(text) if "." in text else int(text)


def _valid(piece: str) -> bool:
    body = piece[1:] if piece[:1] in "+-" else piece
    if not body or not re.fullmatch(r"\d+(?:\.\d+)?", body):
        return False
    if "." in body:
        whole, _, frac = body.partition(".")
        return bool(frac) and (whole == "0" or not whole.startswith("0"))
    return body == "0" or not body.startswith("0")


def cuts(text: str, pieces: int) -> Iterator[list[str]]:
    """Every way to cut one token into exactly `pieces` numbers."""
    if pieces == 1:
        if _valid(text):
            yield [text]
        return
    body_len = len(text)
    for size in range(1, body_len - pieces + 2):
        head, rest = text[:size], text[size:]
        if rest[:1] == "." or head.endswith(".") or not _valid(head):
            continue
        for tail in cuts(rest, pieces - 1):
            yield [head, *tail]


def _max_pieces(tok: Token) -> int:
    return 1 if tok.blank or not tok.splittable else max(1, len(re.sub(r"[^\d]", "", tok.text)))


def readings(tokens: list[Token], n: int, limit: int = MAX_READINGS) -> list[tuple[Number | None, ...]] | None:
    """Every way to read `tokens` as n cells; None when there are more than `limit`."""
    if not tokens:
        return []
    maxima = [_max_pieces(t) for t in tokens]
    suffix_max = [0] * (len(tokens) + 1)
    for i in range(len(tokens) - 1, -1, -1):
        suffix_max[i] = suffix_max[i + 1] + maxima[i]
    out: list[tuple[Number | None, ...]] = []

    def go(i: int, acc: list[str | None]) -> bool:
        if i == len(tokens):
            if len(acc) == n:
                out.append(tuple(None if p is None else to_number(p) for p in acc))
            return len(out) <= limit
        left = n - len(acc)
        rest_min = len(tokens) - i - 1  # every later token is at least one cell
        tok = tokens[i]
        if tok.blank:
            return go(i + 1, acc + [None]) if left - 1 >= rest_min else True
        for k in range(1, maxima[i] + 1):
            if k + rest_min > left or left - k > suffix_max[i + 1]:
                continue
            for pieces in cuts(tok.text, k):
                if not go(i + 1, acc + pieces):
                    return False
        return True

    if not go(0, []):
        return None
    return out
