"""A bare follow-up after an answer read from the prose: "2015年呢" / "洪泽区2024年呢" / "And in
2016?" names only a year or a body, so it asks the question that set the topic again, of that
year or body. Pure: the two questions' texts and spans in, the question to read out.

The topic question's year is replaced by the year named, and its body's name by the body's name
as the follow-up words it ("淮安市政府2024年收取的信息处理费是多少" + "洪泽区2024年呢" ->
"洪泽区2024年收取的信息处理费是多少"); read so, the prose of the new body's or year's report
answers, never the figure of the body or year answered before. None when the follow-up says
words of its own (a statistic, a part, a change), or when the topic cannot take the new names
(it names several years or bodies, or the year named is not printed in it).
"""

from __future__ import annotations

from .followups import own_words
from .gazetteer import Mention

#: The kinds of mention that name a body.
BODY_KINDS = ("body", "region", "bureau")


def reasked(follow_up: tuple[str, list[Mention], list[tuple[int, int]], list[int]],
            topic: tuple[str, list[Mention], list[int]], language: str) -> str | None:
    """The topic question asked again of the follow-up's year and body. `follow_up` is the
    follow-up's normalized text, its mentions, its years' spans and the years it names ([] when
    none); `topic` the topic question's normalized text, mentions and years."""
    text, mentions, year_spans, years = follow_up
    topic_text, topic_mentions, topic_years = topic
    if own_words(text.lower(), mentions, year_spans):
        return None  # words of its own: not only a year or a body
    bodies = [m for m in mentions if m.kind in BODY_KINDS]
    if not bodies and not years or any(m.kind not in BODY_KINDS for m in mentions):
        return None
    out = topic_text
    if years:
        if len(years) != 1 or len(topic_years) != 1 or str(topic_years[0]) not in out:
            return None
        out = out.replace(str(topic_years[0]), str(years[0]))
    if bodies:
        named = [m for m in topic_mentions if m.kind in BODY_KINDS]
        if len(bodies) != 1 or len(named) > 1:
            return None
        name = bodies[0].text
        if not named:
            return f"{name}{out}" if language == "zh" else f"{out} ({name})"
        start = named[0].start  # a year replaced by a year moves no span
        out = out[:start] + name + out[start + len(named[0].text):]
    return out
