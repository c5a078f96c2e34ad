"""China's administrative divisions: which province and city a county or district is in.

A report names its body by its own region (海原县卫生健康局); people ask by the province or
city above it ("宁夏的卫健局", "Ningxia health bureau reports"). The national division codes
(GB/T 2260, as shipped in the `cpca` package's adcodes.csv; read without importing cpca, which
pulls pandas) give each county its city and province: code 640522 海原县 is in 6405 中卫市,
in 64 宁夏回族自治区.

    parents("海原县")               -> Parents(province="宁夏回族自治区", city="中卫市")
    province_short("宁夏回族自治区")  -> "宁夏"
"""

from __future__ import annotations

import csv
import importlib.metadata
import logging
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .lexicon.divisions import PROVINCE_EN, PROVINCE_SUFFIX

__all__ = ["PROVINCE_EN", "Parents", "parents", "province_short"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Parents:
    province: str
    city: str  # "" for a province-level city's districts and for cities themselves


@cache
def _table() -> tuple[dict[str, str], dict[str, list[str]]]:
    """(code -> name, name -> codes) of every division, or empty when the data is missing."""
    path = _data_file()
    names: dict[str, str] = {}
    codes: dict[str, list[str]] = {}
    if path is None:
        log.warning("division codes not found (package cpca): provinces and cities are not known")
        return names, codes
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code = row["adcode"][:6]
            names[code] = row["name"]
            codes.setdefault(row["name"], []).append(code)
    return names, codes


def _data_file() -> Path | None:
    try:
        found = importlib.metadata.distribution("cpca").locate_file("cpca/resources/adcodes.csv")
    except importlib.metadata.PackageNotFoundError:
        return None
    path = Path(str(found))
    return path if path.exists() else None


def parents(region_part: str, within: str = "") -> Parents | None:
    """The province and city of a county, district or city, when its name is unambiguous (or
    made so by `within`, a parent the report prints: 中卫市 for 沙坡头区)."""
    names, codes = _table()
    found = codes.get(region_part, [])
    if within:
        inside = [c for c in found if any(names.get(p) == within for p in (c[:2] + "0000", c[:4] + "00"))]
        found = inside or found
    if len({c[:2] for c in found}) != 1:
        return None
    code = found[0]
    province = names.get(code[:2] + "0000", "")
    city = names.get(code[:4] + "00", "") if code[2:4] != "00" and not code.endswith("0000") else ""
    if city == region_part or city in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
        city = ""
    return Parents(province, city) if province else None


_PROVINCE_SUFFIX = re.compile(PROVINCE_SUFFIX)


def province_short(province: str) -> str:
    """宁夏回族自治区 -> 宁夏, 福建省 -> 福建, 北京市 -> 北京, 内蒙古自治区 -> 内蒙古."""
    return _PROVINCE_SUFFIX.sub("", province)



def is_division(name: str) -> bool:
    """Is this the name of a division in the national codes (沭阳县 is, 沐阳县 is not)?"""
    return name in _table()[1]


def lookalike_division(part: str, pairs: tuple[str, ...], within: str = "") -> str | None:
    """The one real division a look-alike character makes of a name that is none (沐阳县 ->
    沭阳县), or None: the name is real, the codes are missing, or no or several real names
    are one character away. `within`: a parent the report prints, to choose among several."""
    names, codes = _table()
    if not codes or part in codes:
        return None
    found = []
    for i, char in enumerate(part):
        for pair in pairs:
            if char in pair:
                other = part[:i] + pair[1 - pair.index(char)] + part[i + 1:]
                if other in codes and other not in found:
                    found.append(other)
    if len(found) > 1 and within:
        found = [n for n in found if parents(n, within) and within in (parents(n, within).province,
                                                                        parents(n, within).city)]
    return found[0] if len(found) == 1 else None
