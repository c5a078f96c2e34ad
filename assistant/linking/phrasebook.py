"""The phrase table statistic linking reads a question with: every word of the templates (each
row's printed label and cues, each column's label and `words`, each Concept's words) and of the
everyday-words lexicon (index/lexicon/statwords.py), each naming a row, group, appeal group,
Concept, applicant or outcome column or column verb; and where they stand in a question, longest
first, none overlapping a longer one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from index.lexicon import statwords as words
from index.templates import CONCEPTS, templates
from index.templates.modern import REQUEST_ROWS

_CONCEPT_AS_ROW, _CONCEPT_AS_APPEAL = words.CONCEPT_AS_ROW, words.CONCEPT_AS_APPEAL


@dataclass(frozen=True)
class Phrase:
    text: str
    kind: str  # row | group | appeal | concept | applicant | legal | outcome | verb
    target: str
    source: str  # template | lexicon


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    phrase: Phrase


# --- the phrase table -------------------------------------------------------------------------


@cache
def phrases() -> tuple[Phrase, ...]:
    out: list[Phrase] = []
    for row in REQUEST_ROWS:
        if row.key not in words.GENERIC_ROWS:
            out += [Phrase(p, "row", row.key, "template") for p in (*row.patterns, *row.words)]
    for key, family in words.REQUEST_ROWS.items():
        out += [Phrase(p, "row", key, "lexicon") for p in family]
    for key, family in words.REQUEST_GROUPS.items():
        out += [Phrase(p, "group", key, "lexicon") for p in family]
    for key, family in words.APPLICANTS.items():
        out += [Phrase(p, "applicant", key, "lexicon") for p in family]
    out += [Phrase(p, "legal", words.LEGAL_PERSONS_KEY, "lexicon") for p in words.LEGAL_PERSONS]
    for key, family in words.APPEAL_GROUPS.items():
        out += [Phrase(p, "appeal", key, "lexicon") for p in family]
    for key, family in words.OUTCOMES.items():
        out += [Phrase(p, "outcome", key, "lexicon") for p in family]
    for concept in CONCEPTS:
        kind, target = _concept_kind(concept.id)
        out += [Phrase(p, kind, target, "template") for p in (concept.zh, *concept.words)]
    for key, family in words.CONCEPTS.items():
        kind, target = _concept_kind(key)
        out += [Phrase(p, kind, target, "lexicon") for p in family]
    for template in templates():
        for table in template.tables:
            if table.key.startswith(words.SECTION_TWO):
                # a column named by its printed label or header ("本年增/减") too
                out += [Phrase(p, "verb", c.key, "template") for c in table.columns
                        for p in (*c.words, *c.prose, *_printed(c)) if p]
    for key, family in words.COLUMN_VERBS.items():
        out += [Phrase(p, "verb", key, "lexicon") for p in family]
    out += [Phrase(f, p.kind, p.target, p.source) for p in out if p.kind == "verb" for f in _inflections(p.text)]
    # an outcome said with its verb asked ("how many did it fully disclose", "disclose in full")
    out += [Phrase(f, p.kind, p.target, p.source) for p in out if p.kind in ("row", "group", "concept") and " " in p.text
            for f in _participles(p.text)]
    # a statistic's English noun in the plural ("proactive disclosures", "administrative reviews")
    out += [Phrase(f, p.kind, p.target, p.source) for p in out if p.kind in ANCHOR_KINDS for f in _plurals(p.text)]
    unique: dict[tuple[str, str, str], Phrase] = {}
    for p in out:
        unique.setdefault((p.text.lower(), p.kind, p.target), Phrase(p.text.lower(), p.kind, p.target, p.source))
    return tuple(sorted(unique.values(), key=lambda p: -len(p.text)))


def _printed(column) -> tuple[str, ...]:
    """A column's printed label and variants, with and without their slash (本年增/减, 本年增减)."""
    forms = (column.label, column.header, *column.variants)
    return tuple(dict.fromkeys(f for form in forms if len(form) > 2 for f in (form, form.replace("/", ""))))


def _inflections(phrase: str) -> list[str]:
    """English verbs in their other forms: "repealed" also as repeal / repeals, "issued" as
    issue / issues (a stray form such as "issu" matches no whole word, so it does no harm)."""
    head, _, last = phrase.rpartition(" ")
    if not phrase.isascii() or not last.endswith("ed"):
        return []
    stems = (last[:-2], last[:-1])
    return [f"{head} {w}".strip() for s in stems for w in (s, s + "s", s + "es")]


def _participles(phrase: str) -> list[str]:
    """A phrase with its past participle in the other forms of the verb ("disclosed in full" also
    as "disclose in full", "partly disclosed" as "partly disclose(s)")."""
    words_ = phrase.split(" ")
    at = next((i for i, w in enumerate(words_) if w.isascii() and w.endswith("ed") and len(w) > 4), None)
    if at is None:
        return []
    last = words_[at]
    return [" ".join((*words_[:at], f, *words_[at + 1:])) for s in (last[:-2], last[:-1]) for f in (s, s + "s")]


#: The kinds of phrase that name a statistic (its noun may be said in the plural).
ANCHOR_KINDS = ("row", "group", "appeal", "concept")
_NOT_A_NOUN = re.compile(r"(?:ed|ly|ing|s|on|in|of|by|to|for)$")


def _plurals(phrase: str) -> list[str]:
    """An English phrase ending in a singular noun, in the plural ("proactive disclosure" also as
    "proactive disclosures", "appeal category" as "appeal categories"); none for a phrase ending in
    a participle, an adverb, a plural or a preposition (a stray form matches no whole word)."""
    if not phrase.isascii() or not phrase[-1:].isalpha() or _NOT_A_NOUN.search(phrase):
        return []
    if phrase.endswith(("x", "ch", "sh")):
        return [phrase + "es"]
    if phrase.endswith("y") and phrase[-2:-1] not in "aeiou":
        return [phrase[:-1] + "ies"]
    return [phrase + "s"]


def _concept_kind(concept_id: str) -> tuple[str, str]:
    if concept_id in _CONCEPT_AS_ROW:
        return "row", _CONCEPT_AS_ROW[concept_id]
    if concept_id in _CONCEPT_AS_APPEAL:
        return "appeal", _CONCEPT_AS_APPEAL[concept_id]
    return "concept", concept_id


def find_phrases(question: str) -> list[Hit]:
    """Longest phrases first, none overlapping a longer one; English ones as whole words;
    modifiers after a negation (不算个人) dropped."""
    text = _yes_no_read(question.lower())
    taken = [False] * len(text)
    hits = []
    for phrase in phrases():
        for a, b in _occurrences(text, phrase.text):
            if phrase.text.isascii() and not _word_bounded(text, a, b):
                continue
            if any(taken[a:b]) and not any(h.start == a and h.end == b and h.phrase.kind == phrase.kind for h in hits):
                continue  # inside a longer phrase; the same words for another cell (制发: 2019 and 2021) are kept
            taken[a:b] = [True] * (b - a)
            hits.append(Hit(a, b, phrase))
    hits = [h for h in hits if not (h.phrase.kind in ("applicant", "legal") and _negated(text, h.start))]
    hits = _across_asking(text, hits)
    return sorted(hits + _elided(text, hits, taken), key=lambda h: h.start)


_ASKING_INSIDE = re.compile(words.ASKING_INSIDE)
_YES_NO = re.compile("|".join(sorted(words.YES_NO_ASKED, key=len, reverse=True)))


def _yes_no_read(text: str) -> str:
    """"有没有行政复议" read as "是否有行政复议" (same length): the 没有 of a yes/no ask negates nothing."""
    return _YES_NO.sub(lambda m: words.YES_NO_ASKED[m.group()], text)




def _across_asking(text: str, hits: list[Hit]) -> list[Hit]:
    """A Chinese phrase split by the asking words ("收到了多少申请" is 收到申请 asked): read with
    them taken out, a phrase standing across them, longer than the hits it covers, replaces them
    (the verb is the statistic's: 收到 of the requests, in whichever template the report uses)."""
    out = hits
    for gap in _ASKING_INSIDE.finditer(text):
        a, b = gap.span()
        if a == 0 or b == len(text) or not _is_han(text[a - 1]) or not _is_han(text[b]):
            continue
        closed = text[:a] + text[b:]
        for hit in find_phrases_in(closed):
            if not hit.start < a < hit.end or not _is_han(hit.phrase.text[0]):
                continue
            start, end = hit.start, hit.end + (b - a)
            covered = [h for h in out if start <= h.start and h.end <= end]
            if sum(h.end - h.start for h in covered) < len(hit.phrase.text) and not any(
                    h.start < start < h.end or h.start < end < h.end for h in out):
                out = [h for h in out if h not in covered] + [Hit(start, end, hit.phrase)]
    return out


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _is_han(char: str) -> bool:
    return bool(_HAN.match(char))


def find_phrases_in(text: str) -> list[Hit]:
    """The literal phrases of a text, longest first, none overlapping (no further reading)."""
    taken = [False] * len(text)
    hits = []
    for phrase in phrases():
        for a, b in _occurrences(text, phrase.text):
            if any(taken[a:b]) or (phrase.text.isascii() and not _word_bounded(text, a, b)):
                continue
            taken[a:b] = [True] * (b - a)
            hits.append(Hit(a, b, phrase))
    return hits


_JOINER = r"(?:,|\band\b|\bor\b|&|\bplus\b)"
_BEFORE_JOINER = re.compile(rf"\b([a-z]+)\s*{_JOINER}\s*$")
_AFTER_JOINER = re.compile(rf"^\s*{_JOINER}\s*(?:how (?:many|much)\s+)?([a-z]+)\b")


def _elided(text: str, hits: list[Hit], taken: list[bool]) -> list[Hit]:
    """A word joined to the first (or last) word of an English phrase shares the phrase's rest
    ("fully and partly disclosed" is "fully disclosed" and "partly disclosed"; "disclosed fully
    and how many partly"): a hit of the same kind."""
    out = []
    for hit in (h for h in hits if " " in h.phrase.text and h.phrase.text.isascii()):
        head, _, rest = hit.phrase.text.partition(" ")
        stem, _, _ = hit.phrase.text.rpartition(" ")
        before = _BEFORE_JOINER.search(text[:hit.start])
        after = _AFTER_JOINER.match(text[hit.end:])
        found = [(before.start(1), before.end(1), f"{before.group(1)} {rest}")] if before else []
        if after:
            found.append((hit.end + after.start(1), hit.end + after.end(1), f"{stem} {after.group(1)}"))
        for a, b, said in found:
            if not any(taken[a:b]):
                out += [Hit(a, b, p) for p in _by_text().get(said, ()) if p.kind == hit.phrase.kind]
    return out


@cache
def _by_text() -> dict[str, tuple[Phrase, ...]]:
    out: dict[str, tuple[Phrase, ...]] = {}
    for p in phrases():
        out[p.text] = (*out.get(p.text, ()), p)
    return out


def _occurrences(text: str, needle: str):
    """Where a literal phrase stands, left to right, not overlapping (as re.finditer would, but
    without compiling a pattern per phrase: thousands of phrases overflow re's cache)."""
    at = text.find(needle)
    while at >= 0 and needle:
        yield at, at + len(needle)
        at = text.find(needle, at + len(needle))


def _word_bounded(text: str, a: int, b: int) -> bool:
    return (a == 0 or not text[a - 1].isalnum()) and (b == len(text) or not text[b].isalnum())


def _negated(text: str, start: int) -> bool:
    before = text[max(0, start - 14):start]
    return any(before.rstrip().endswith(n) for n in words.NEGATIONS)
