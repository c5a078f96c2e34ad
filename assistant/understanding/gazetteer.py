"""The gazetteer: the ways people name the corpus's bodies, mapped to their canonical names."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from index.lexicon.bureaus import BUREAU_EN, GOVERNMENT_WORD, PLAIN_GOVERNMENT, RENAMES
from index.lexicon.divisions import DIVISION_CHARS as _DIVISION_CHARS
from index.metadata import region_parts
from index.models import ReportRecord

from .english import bureau_english
from .names import (
    _ABBREVIATIONS,
    _GOVERNMENT,
    _bureau_cores,
    _bureau_forms,
    _combine,
    _division_parents,
    _english_display,
    _family,
    _how_linked,
    _office,
    _other_names,
    _plural,
    _region_aliases_en,
    _region_forms,
    _region_forms_en,
    _split_division,
    _title,
    _unique,
    bureau_pinyin,
)
from .phrases import PhraseIndex, _phrase_key

# --- the gazetteer --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entity:
    """One institution across renames: 灵武市卫生和计划生育局 (2016) and 灵武市卫生健康局 (2020)."""

    name: str  # the newest body name
    region: str
    bodies: tuple[str, ...]  # oldest first
    how: str = ""  # how the names were linked ("renamed", "with or without its city")


@dataclass(frozen=True)
class Mention:
    """A span of the question that names something: a body, a bureau, a metric, an unknown body."""

    text: str
    start: int
    end: int
    kind: str  # body | region | bureau | metric | unknown
    values: tuple[str, ...] = ()


class Gazetteer:
    """Maps the ways people name bodies (Chinese, abbreviated, renamed, English, pinyin) to the
    canonical `ReportRecord.body` names of the corpus."""

    def __init__(self, records: Iterable[ReportRecord]) -> None:
        self.records = sorted(records, key=lambda r: (r.body, r.year))
        self.bodies = _unique(r.body for r in self.records)
        self._region = {r.body: r.region for r in self.records}
        self._short: dict[str, set[str]] = defaultdict(set)
        self._years: dict[str, list[int]] = defaultdict(list)
        for r in self.records:  # sorted by year, so _years is too
            self._short[r.body].update(r.short_names)
            self._years[r.body].append(r.year)
        self._bureau = {b: b[len(r):] if r and b.startswith(r) else b for b, r in self._region.items()}
        self.bureaus = sorted(set(self._bureau.values()))
        self.entities = self._group_entities()
        self._entity = {b: e for e in self.entities for b in e.bodies}
        self._english: dict[str, str] = {}
        self._own_forms: dict[str, set[str]] = {}  # the names of a body's own region (not its parents)
        self._above: set[str] = set()  # province and city names no report prints (宁夏 for 海原县)
        self._printed: set[str] = set()  # parent regions reports print (中卫市 of 中卫市沙坡头区)
        self.index = PhraseIndex()
        self._build()

    # building

    def _group_entities(self) -> list[Entity]:
        """Bodies that are one institution: the same place (its own division, 洪泽区, with the
        same city or none printed) and the same office across renames (卫生和计划生育局 ->
        卫生健康局; a region's 人民政府 and 管委会 and the region named alone are its government)."""
        groups: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for body in sorted(self.bodies, key=lambda b: self._years[b][0]):
            parts = region_parts(self._region[body]) or [self._region[body]]
            parent = "".join(parts[:-1])
            groups[(parts[-1], _office(self._bureau[body]), parent)].append(body)
        merged: dict[tuple[str, str, str], list[str]] = {}
        for (place, office, parent), bodies in groups.items():
            if not parent:
                others = [k for k in groups if k[:2] == (place, office) and k[2]]
                if len(others) == 1:  # "洪泽区人民政府" and "淮安市洪泽区人民政府": the city is left out
                    merged.setdefault(others[0], list(groups[others[0]]))
                    merged[others[0]] = sorted(set(merged[others[0]]) | set(bodies), key=lambda b: self._years[b][0])
                    continue
            merged.setdefault((place, office, parent), list(bodies))
        out = []
        for bodies in merged.values():
            names = list(dict.fromkeys(bodies))
            how = _how_linked(names, [self._bureau[b] for b in names])
            out.append(Entity(names[-1], self._region[names[-1]], tuple(names), how))
        return out

    def _build(self) -> None:
        exact: dict[str, set[str]] = defaultdict(set)
        loose: dict[str, set[str]] = defaultdict(set)
        partial: dict[str, str] = {}  # names that a bureau word may continue -> region | partial
        for body in self.bodies:
            self._names_of(body, exact, loose, partial)
        for name, bodies in loose.items():
            if name not in exact:  # a renamed or loose name never shadows a real one
                exact[name] = bodies
        for name, bodies in exact.items():
            # "区执法应急局": a division word and a bureau, as the body's own region calls it
            bounded = name[:1] in _DIVISION_CHARS and any(name[1:] in _bureau_forms(self._bureau[b]) for b in bodies)
            self.index.add(name, partial.get(name, "body"), frozenset(bodies), bounded=bounded)
        self._add_bureaus()

    def _names_of(self, body: str, exact: dict, loose: dict, partial: dict[str, str]) -> None:
        """Collect a body's names: its own (exact) and its renamed or loosely translated (loose)."""
        parts = region_parts(self._region[body])
        bureau = self._bureau[body]
        zh, shown_en = _region_forms(parts), _region_forms_en(parts)
        en = _unique([*shown_en, *_region_aliases_en(parts)])
        parents = [f for k in range(1, len(parts)) for f in _region_forms(parts[:k]) + _region_forms_en(parts[:k])]
        above = _division_parents(parts)
        self._above.update(_phrase_key(n)[1] for n in above)
        self._printed.update(_phrase_key(n)[1] for n in parents)
        parents += above
        cores = _combine(zh, _bureau_cores(bureau))
        division = _split_division(parts[-1])[1] if parts else ""
        english, loose_english = bureau_english(bureau, division)
        english = list(BUREAU_EN.get(bureau, ())) or english
        own = [body, *self._short[body], *zh, *en, *parents, *_combine(zh, _bureau_forms(bureau)),
               *cores, *_combine(en, english, english=True)]
        self._own_forms[body] = {_phrase_key(n)[1] for n in [*zh, *en]}
        partial.update((_phrase_key(n)[1], "partial") for n in cores)
        partial.update((_phrase_key(n)[1], "region") for n in [*zh, *en, *parents])
        for name in own:
            exact[_phrase_key(name)[1]].add(body)
        for name in [*_other_names(zh, en, bureau), *_combine(en, loose_english, english=True),
                     *_combine(en, bureau_pinyin(bureau), english=True)]:
            loose[_phrase_key(name)[1]].add(body)
        if shown_en and english:
            self._english[body] = _title(_english_display(shown_en, english[0]))

    def _add_bureaus(self) -> None:
        """Bureau words without a region ("哪个卫生健康局", "health bureaus"). Bureau names the
        corpus does not have are indexed as `lexicon`, so that they can be reported as unknown."""
        for bureau in self.bureaus:
            if bureau in PLAIN_GOVERNMENT:
                continue  # "政府" is a word of 政府信息公开, not a kind of body to filter by
            value = frozenset(_family(bureau) & set(self.bureaus))
            english = BUREAU_EN.get(bureau, ()) or bureau_english(bureau)[0]
            for name in [*_bureau_forms(bureau), *english, *map(_plural, english)]:
                self.index.add(name, "bureau", value)
        lexicon = {*_ABBREVIATIONS, *RENAMES, *RENAMES.values()}
        for name in lexicon:
            if name not in self.index and not name.endswith(GOVERNMENT_WORD):  # 政府 is a word of 政府信息
                self.index.add(name, "lexicon", frozenset())

    # queries

    def above(self, mention: str) -> bool:
        """Is this a province or city above the bodies' own regions ("宁夏", "Ningxia")?"""
        key = _phrase_key(mention)[1]
        return key in self._above and key not in self._printed and not any(key in f for f in self._own_forms.values())

    def same_region(self, bodies: Iterable[str]) -> set[str]:
        """Every body whose region is that of one of these bodies."""
        regions = {self._region.get(b) for b in bodies}
        return {b for b, r in self._region.items() if r in regions}

    def region_bodies(self, mention: str, bodies: Iterable[str]) -> list[str]:
        """What a region named alone means ("淮安市2024年行政许可多少"): its government when the
        corpus has one (not the districts' governments inside it), else the bodies of that
        region itself, else every body under it (中卫 -> 沙坡头区卫健局)."""
        bodies = list(bodies)
        key = _phrase_key(mention)[1]
        own = [b for b in bodies if key in self._own_forms.get(b, ())]
        government = [b for b in own if self._bureau[b] in _GOVERNMENT]
        return government or own or bodies

    def entity_of(self, body: str) -> Entity | None:
        return self._entity.get(body)

    def years_of(self, body: str) -> list[int]:
        return sorted(set(self._years.get(body, [])))

    def english_name(self, body: str) -> str | None:
        """"Shapotou District Health Bureau", when the name can be romanized."""
        return self._english.get(body)

    def resolve(self, mention: str) -> list[str]:
        """Bodies an exact mention names ("灵武" -> both Lingwu bodies); [] if none."""
        found = self.index.get(mention)
        if not found or found[0] not in ("body", "region", "partial") or self.above(mention):
            return []
        return sorted(found[1])


