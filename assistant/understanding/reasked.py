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

import re

from index.lexicon import asked
from index.lexicon.questions import ASKING_COUNT
from index.lexicon.units import ASKED_MEASURES

from .followups import own_words, restating_spans
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
    if own_words(text.lower(), mentions, year_spans + restating_spans(text.lower())):
        return None  # words of its own: not only a year or a body (and the value asked, restated)
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


_FAMILIES = [(key, re.compile(cue, re.I)) for key, cue, _, _ in asked.ASKED_FAMILIES]
_MEASURE = re.compile(f"(?:{ASKING_COUNT})([{ASKED_MEASURES}])")
_ASKING = re.compile(rf"{ASKING_COUNT}|\bhow (?:many|much)\b")


def rechanneled(follow_up: tuple[str, list[Mention]], topic: str) -> str | None:
    """"微博呢，发了多少条" after "…2021年微信发了多少条信息" (answered from the prose): the follow-up
    names another channel (`asked.CHANNELS`) and asks nothing the topic does not (no other thing,
    no other measure word), so it is the topic question asked of that channel ("…2021年微博发了
    多少条信息"); None when the follow-up names a body or year, another thing or measure, or the
    topic names no one channel. A bare "微博呢" asks nothing of its own: the topic is its context
    already; one that asks again in words of its own ("发了多少条") would lose the topic's."""
    text, mentions = follow_up
    lowered, said = text.lower(), topic.lower()
    if mentions or not _ASKING.search(lowered):
        return None
    own = {key for key, rx in _FAMILIES if rx.search(lowered)}
    theirs = {key for key, rx in _FAMILIES if rx.search(said)}
    channels = [key for key in own if key in asked.CHANNELS]
    replaced = [key for key in theirs if key in asked.CHANNELS]
    if len(channels) != 1 or len(replaced) != 1 or channels == replaced or own - set(channels) - theirs:
        return None
    measure, before = _MEASURE.search(lowered), _MEASURE.search(said)
    if measure and (before is None or measure.group(1) != before.group(1)):
        return None  # "微博呢，粉丝几个": another measure, no same question
    word = next(rx for key, rx in _FAMILIES if key == channels[0]).search(text.lower())
    name = text[word.start():word.end()]
    old = next(rx for key, rx in _FAMILIES if key == replaced[0])
    return old.sub(lambda m: name, topic)
