"""Does a figure of the prose measure the statistic asked? Where no table holds the cell, the
prose answers instead only with a figure said of that statistic (routes.facts -> prose_instead):
a clause that says nothing of it ("专栏访问量达24745人次" of requests made in person) answers
another question, and no answer beats a wrong one.

The words that tell are the statistic's own, less those every report says of everything
(政府信息公开, the reports' very subject): "本年新收政府信息公开申请数量" is told by 申请 / 新收,
never by 信息公开. And they must be said where the figure is: in its own clause or before it in its
sentence (the topic a sentence opens with), never only in a later clause about something else.
"""

from __future__ import annotations

import re

from index.lexicon.prose import PROSE_HEADING, SUBJECT_WORDS

from .typed import clause_of

_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
_SUBJECT = re.compile("|".join(sorted(SUBJECT_WORDS, key=len, reverse=True)))
#: Characters in a row of a long name that name it ("参加或举办新闻发布会总次数" as "新闻发布会12场").
PART = 3


def measured_text(sentence: str, highlight: str | None) -> str:
    """What a figure is said of: its sentence up to the end of the figure's own clause."""
    at = sentence.find(highlight) if highlight else -1
    if at < 0:
        return sentence
    clause = clause_of(sentence, at, at + len(highlight))
    end = sentence.find(clause, max(0, at - len(clause))) + len(clause)
    return sentence[:max(end, at + len(highlight))]


def names_of(names: set[str]) -> set[str]:
    """The words of a statistic's names that tell it, the reports' subject words taken out."""
    return {w for name in names for w in _HAN_WORD.findall(_SUBJECT.sub(" ", name))}


def names_any(words: set[str], text: str) -> bool:
    """A short word stands whole; a long one is stated in parts: three characters of it in a row,
    or its first two words with a short word between ("政策解读" as "政策文件解读")."""
    return any(w in text if len(w) <= PART else
               any(w[i:i + PART] in text for i in range(len(w) - PART + 1)) or said_apart(w, text)
               for w in words)


def said_apart(word: str, text: str) -> bool:
    return len(word) >= 4 and re.search(f"{word[:2]}[\u4e00-\u9fff]{{1,2}}{word[2:4]}", text) is not None


#: A numbered heading of the prose ("2.公众查阅点", "（三）政务微博", "四、"), and how far before a
#: sentence its title still says what the sentence's figures are of.
_HEADING = re.compile(PROSE_HEADING)
_TITLE_END = re.compile(r"[，,。；;：:、\s]")
HEADING_REACH = 400


def heading_title(page: str, quote: str) -> str:
    """The first clause after the nearest numbered heading before a sentence on its page
    ("2.公众查阅点指定县档案馆…。目前已汇集了60个单位": 公众查阅点 is what the 60 are of)."""
    at = page.find(quote) if quote else -1
    if at <= 0:
        return ""
    headings = list(_HEADING.finditer(page, max(0, at - HEADING_REACH), at))
    if not headings:
        return ""
    start = headings[-1].end()
    end = _TITLE_END.search(page, start, at)
    return page[start:end.start() if end else at]
