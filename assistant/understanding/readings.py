"""The second reading of a statistic a question may mean (index.lexicon.readings): its words
link to a table cell, and they may also mean a figure the prose states. Pure: text in, ids out."""

from __future__ import annotations

import re

from index.lexicon.readings import PROSE_READINGS

_READINGS = [(rid, re.compile(asked, re.I), re.compile(counted, re.I)) for rid, asked, counted, *_ in PROSE_READINGS]


def prose_readings(lowered: str) -> list[str]:
    """The ids of the prose readings the question's words allow ("items disclosed on request")."""
    return [rid for rid, asked, counted in _READINGS if asked.search(lowered) and counted.search(lowered)]
