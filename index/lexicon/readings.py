"""Statistics a question may mean in two ways: the table's cell its words link to, or a figure
the report's prose states under another name. "How many items were disclosed on request?" may
mean the requests answered with disclosure (件, the request table) or the pieces of information
disclosed on request that the prose counts ("依申请公开信息1504条"): when both exist, the answer
gives both, each cited. Patterns are regular-expression sources. Data only.
"""

from __future__ import annotations

#: (id, how the question asks it, what it counts, the prose's words for it, name zh, name en, unit).
#: A reading applies when both patterns match the question: it names the way of disclosure and
#: counts information (条, items), not requests (件, requests).
PROSE_READINGS: tuple[tuple[str, str, str, tuple[str, ...], str, str, str], ...] = (
    ("on_request_items",
     r"依申请|\b(?:on|upon|by|in response to|in reply to) (?:a |the )?(?:requests?|applications?)\b",
     r"多少条|几条|条信息|信息条|\bitems?\b|\bpieces? of information\b",
     ("依申请公开政府信息数", "依申请公开政府信息", "依申请公开信息数", "依申请公开信息"),
     "依申请公开信息数", "items of information disclosed on request", "条"),
)
