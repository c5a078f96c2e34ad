"""A residue the keyword linker left (words narrowing a whole that no phrase read): the request
table's part rows closest to it, by fuzzy score (rapidfuzz), to take or to offer back."""

from __future__ import annotations

from functools import cache

from index.lexicon import statwords as words
from index.templates import templates
from index.templates.modern import REQUEST_ROWS

from .statistics import CellRequest

_REQUEST_TABLE, _TOTAL = words.REQUEST_TABLE, words.TOTAL

#: A cell whose words score at least this against the residue is taken without asking back;
#: below it the closest cells are only offered ("您是指…吗？"). rapidfuzz partial ratio, 0-100.
FUZZY_TAKE = 90
#: The taken cell must lead the next one by this much (two close readings are asked back).
FUZZY_LEAD = 15
#: Cells offered in a question back.
NEAR_CELLS = 3


def parent_request(requests: list[CellRequest]) -> bool:
    """One request for a whole of the request table (the requests received, handled or carried)
    in its default column: a question that narrows it in other words asks one of its parts."""
    if len(requests) != 1:
        return False
    keys = requests[0].metric_keys
    wholes = {f"{_REQUEST_PREFIX}.{r}.{_TOTAL}" for r in words.PARENT_ROWS}
    return bool(keys) and (set(keys) <= wholes | set(_concept_keys(words.REQUESTS)))


_REQUEST_PREFIX = words.REQUESTS


@cache
def _concept_keys(concept_id: str) -> tuple[str, ...]:
    return tuple(k for t in templates() for k in t.concept_keys(concept_id))


@cache
def _cell_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each part row of the request table with every word it is named by: its printed label,
    cues, English name and words, and the lexicon's family."""
    out = []
    for row in REQUEST_ROWS:
        if row.key in words.GENERIC_ROWS or row.key in words.PARENT_ROWS:
            continue
        said = (row.bare, row.en, *row.cues, *row.words, *words.REQUEST_ROWS.get(row.key, ()))
        out.append((row.key, tuple(dict.fromkeys(w.lower() for w in said if len(w) >= 2))))
    return tuple(out)


def closest_cells(residue: str) -> list[tuple[CellRequest, float]]:
    """The request table's part rows best matching the residue's words, best first, with their
    score (0-100): a row's best-matching word, fuzzily (partial ratio; a short word weighs less,
    so two shared characters are no match)."""
    from rapidfuzz import fuzz

    text = residue.lower()
    scored = []
    for key, said in _cell_words():
        best = max((fuzz.partial_ratio(w, text) * min(1.0, len(w) / 4) for w in said
                    if w.isascii() == text.isascii()), default=0.0)
        keys = {t.id: (f"{_REQUEST_PREFIX}.{key}.{_TOTAL}",) for t in templates()
                if _REQUEST_TABLE in {x.key for x in t.tables}}
        scored.append((CellRequest((0, 0), residue, f"{key} · default column", keys, best / 100, "fuzzy"), best))
    return sorted(scored, key=lambda s: -s[1])


def fuzzy_cell(residue: str) -> tuple[CellRequest | None, list[CellRequest]]:
    """The one cell the residue names closely enough to answer (else None), and the closest
    cells to offer."""
    scored = closest_cells(residue)
    near = [r for r, s in scored[:NEAR_CELLS] if s > 0]
    if len(scored) > 1 and scored[0][1] >= FUZZY_TAKE and scored[0][1] - scored[1][1] >= FUZZY_LEAD:
        return scored[0][0], near
    return None, near
