"""Which bodies a question asks about: the bodies named, what a region named means (the bureaus
that follow it, every body of it when asked across bodies, the government itself), an office
asked of in its government's report, and the words of the names a passage search leaves out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from index.lexicon import questions as words
from index.lexicon.bodynames import GROUP_NOUNS_EN, OFFICE_WORDS, OPENING_BRACKETS, WHICH_BEFORE_EN

from ..linking.names import names_of
from .gazetteer import Entity, Gazetteer, Mention
from .hygiene import _CJK_RE
from .names import _unique


class Query(Protocol):
    """The slots of a Query these readers fill (understanding.query.Query; no import circle)."""

    bodies: list[str]
    entities: list[Entity]
    bureaus: list[str]
    unknown_bodies: list[str]
    years: list[int]
    took: list[tuple[str, str, str]]


_ANY_BODY = re.compile(words.ANY_BODY)
_ACROSS_REPORTS = re.compile(words.ACROSS_REPORTS)

# A region followed by one of these is an item of a list of bodies ("平潭实验区、管委会办公室和…").
_LIST_AFTER = re.compile(words.LIST_AFTER)


# A region scopes the bureaus that follow it closely ("平潭2024年经发局"), not those of another
# clause ("the Pingtan zone as a whole … than the committee office").
_SCOPE_GAP = 24
_NOT_SCOPE = re.compile(words.NOT_SCOPE)
_SITE_NAMED = re.compile(words.SITE_NAMED)


def fill_bodies(query: Query, mentions: list[Mention], gazetteer: Gazetteer, lowered: str) -> None:
    """Bodies named, with what a region means: the bureaus it is followed by ("平潭2024年经发局、
    农业农村局"), every body of it when the question asks across bodies ("淮安市各单位"), else
    its government ("淮安市2024年行政许可")."""
    regions = [m for m in mentions if m.kind == "region"]
    across = bool(_ANY_BODY.search(lowered) or _ACROSS_REPORTS.search(lowered)) \
        or any(_which_of(m, lowered) for m in regions)
    bodies, bureaus, placed = [], [], []
    for m in mentions:
        if _narrowed_in_brackets(m, mentions, gazetteer, lowered):
            continue  # "平潭管委会（财政局）": the bureau in brackets is the body, the name before its parent
        if m.kind == "unknown" and (found := _placed(m, regions, gazetteer)):
            bodies += found  # "平潭的（实验区、管委会办公室…）": 实验区 of the region named before
            placed.append(m.text)
        elif m.kind == "body":
            bodies += m.values
        elif m.kind == "region" and _says_where(m, mentions, lowered):
            continue
        elif m.kind == "region":
            scopes = any(n.kind == "bureau" and 0 <= n.start - m.end <= _SCOPE_GAP
                         and not _NOT_SCOPE.search(lowered[m.end:n.start]) for n in mentions)
            if scopes and not _LIST_AFTER.match(lowered, m.end):
                continue
            if _SITE_NAMED.match(lowered, m.end) and any(n.kind == "body" for n in mentions):
                continue  # "besides the main Pingtan portal, which site of X's bureau": a site's name
            if across and _lists_its_bodies(m, mentions, gazetteer):
                continue  # "Pingtan's four bureaus (A; B; C; D)": the bodies listed, not all of Pingtan's
            # an item of a list of bodies ("平潭实验区、管委会办公室和…") is one body even across reports
            item = bool(_LIST_AFTER.match(lowered, m.end))
            bodies += m.values if across and not item else gazetteer.region_bodies(m.text, m.values)
        elif m.kind == "bureau":  # "平潭经发局、旅文体局": the bureaus of the region named before
            scope = {b for r in regions for b in r.values} | gazetteer.same_region(bodies)
            found = sorted(b for b in scope if any(b.endswith(x) for x in m.values))
            if found:
                bodies += found
            else:
                bureaus += m.values
    query.bodies = _unique(bodies)
    entities = (gazetteer.entity_of(b) for b in query.bodies)
    query.entities = list(dict.fromkeys(e for e in entities if e is not None))
    query.bureaus = _unique(bureaus)
    query.unknown_bodies = _unique(m.text for m in mentions if m.kind == "unknown" and m.text not in placed)


_WHICH_BEFORE = re.compile(WHICH_BEFORE_EN)
_GROUP_AFTER = re.compile(rf"\s*(?:'s\s+)?(?:{'|'.join(GROUP_NOUNS_EN)})\b")


def _which_of(region: Mention, lowered: str) -> bool:
    """"what Pingtan bureau…", "which Hongze department…": one of the region's bodies, asked across them."""
    return bool(_WHICH_BEFORE.search(lowered, 0, region.start) and _GROUP_AFTER.match(lowered, region.end))


_IN_A_REPORT = re.compile(rf"(?:{'|'.join(words.REPORT_WORDS)}){words.IN_REPORT}\s*$")


def office_in_its_government_report(query: Query, mentions: list[Mention], gazetteer: Gazetteer,
                                      lowered: str) -> None:
    """"平潭实验区2018年年度报告里管委会办公室的地址": an office named inside its government's
    report, of a year the office has no report of, is answered from the government's report of
    that year (its contact line); the answer says which report it used."""
    if len(query.bodies) != 1 or not query.years:
        return
    office = query.bodies[0]
    names = names_of(office)
    if names.government or names.bureau not in OFFICE_WORDS or set(query.years) <= set(gazetteer.years_of(office)):
        return
    named = next((m for m in mentions if (m.kind == "body" and office in m.values)
                  or (m.kind == "bureau" and any(office.endswith(v) for v in m.values))), None)
    if named is None or not _IN_A_REPORT.search(lowered[:named.start]):
        return
    own = [b for b in gazetteer.same_region([office]) if names_of(b).government
           and set(query.years) <= set(gazetteer.years_of(b))]
    if len(own) == 1:
        query.bodies = own
        query.entities = [e for e in (gazetteer.entity_of(own[0]),) if e is not None]
        query.took = [*query.took, (named.text, own[0], "report")]


def _narrowed_in_brackets(m: Mention, mentions: list[Mention], gazetteer: Gazetteer, lowered: str) -> bool:
    """A body or region right before brackets holding another body of its region ("平潭管委会（财政局）"):
    the bracketed body is the one meant."""
    if m.kind not in ("body", "region") or not m.values:
        return False
    after = lowered[m.end:].lstrip()
    if after[:1] not in OPENING_BRACKETS:
        return False
    start = len(lowered) - len(after) + 1
    inside = next((n for n in mentions if n.start >= start and not lowered[start:n.start].strip()), None)
    return (inside is not None and inside.kind in ("body", "bureau") and not set(inside.values) & set(m.values)
            and set(inside.values) <= gazetteer.same_region(m.values))


def _says_where(region: Mention, mentions: list[Mention], lowered: str) -> bool:
    """"洪泽区（淮安市）", "Hongze District (Huai'an City)": a region in brackets right after a
    name that holds that name's bodies says where the body is; it names no second body."""
    before = lowered[:region.start].rstrip()
    if before[-1:] not in OPENING_BRACKETS:
        return False
    gap = len(before) - 1
    return any(n is not region and n.kind in ("body", "region") and n.end <= gap
               and not lowered[n.end:gap].strip() and set(n.values) <= set(region.values) for n in mentions)


def _lists_its_bodies(region: Mention, mentions: list[Mention], gazetteer: Gazetteer) -> bool:
    """Two or more bodies of the region named after it: the region only says where they are."""
    own = gazetteer.same_region(region.values)
    after = [n for n in mentions if n.kind == "body" and n.start >= region.end and set(n.values) <= own]
    return len(after) >= 2


def _placed(mention: Mention, regions: list[Mention], gazetteer: Gazetteer) -> list[str]:
    """An unknown name that, after the region named before it, is a region of the corpus
    ("平潭" … "实验区" is 平潭实验区): that region's own body."""
    for region in (r for r in reversed(regions) if r.end <= mention.start):
        whole = region.text + mention.text
        found = gazetteer.resolve(whole)
        if found:
            return gazetteer.region_bodies(whole, found)
    return []


def name_terms(names: Iterable[str]) -> set[str]:
    """Every substring of two or more characters of each CJK name, and each name itself."""
    terms = set()
    for name in names:
        terms.add(name.lower())
        if _CJK_RE.search(name):
            terms |= {name[i:j] for i in range(len(name)) for j in range(i + 2, len(name) + 1)}
    return terms
