"""Several asks in one message, each answered by the route that fits it: "新制作了几件规范性文件？
对外公开的总数是多少？" (two cells), "有几个人在做信息公开工作？办了几次培训班？" (a prose figure and a
cell), "梳理了多少项行政权力事项？责任事项呢？" (two prose figures), "how many disclosure requests,
and what's their phone number?" (a cell and a contact line).

The whole message is answered first, as one question; each ask is then asked on its own, in
order, as the turns of a conversation would ask it (the first ask's body and year carry to the
asks after it, "责任事项呢" reads as a follow-up). When the whole answer says fewer figures than
the message has asks and an ask on its own finds a figure the whole does not say, the whole dropped
it: the answer is then every ask's own answer, in order,
each with its citations (renumbered into one list). An ask with nothing found says so among the
others; when it is the whole that answered it, the whole answer stays, the dropped asks after it.
Pure over answers: the asking is the caller's (the conversation's).

Why it joins rendered Answers, in the conversation floor, and not findings in the engine: each
ask is answered as a conversation turn (the first ask's body and year carried to the next, the
conversation's notes, typo and "taking X as" lines added to each), which only the Conversation
does, and what it decides on is what the answers *say* (a figure of an ask the whole answer does
not say). So it stays here, used by conversation.py only, importing no route, engine or renderer.
What it reads of an Answer is the Answer's own contract: citations numbered "[n]" in its text in
the order of `citations`, a citation's `highlight`, the answering value set in bold; a renderer
changing those changes this module too (tests/test_asks_apart.py checks them end to end).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from index.lexicon.questions import ASK_OF_ITS_OWN, ASKS_BREAK_ZH, PART_BREAKS_EN

from .answer import CITED, Answer, Citation, citations_shifted

_BREAKS = {"zh": re.compile(ASKS_BREAK_ZH), "en": re.compile(PART_BREAKS_EN, re.I)}
_ASKS = re.compile(ASK_OF_ITS_OWN, re.I)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
#: Answers that are no answer to combine: a question asked back, a text that is no question.
_NOT_ANSWERS = ("clarify", "invalid")


def asks(question: str, language: str) -> list[str]:
    """The asks of a message, each with the words before it that ask nothing (its context: the
    body and year said first, "行政诉讼里"); [] when it asks one thing."""
    pieces, start = [], 0
    for m in [*_BREAKS.get(language, _BREAKS["zh"]).finditer(question), None]:
        end = m.start() if m else len(question)
        if question[start:end].strip():
            pieces.append((start, end))
        start = m.end() if m else end
    found, context = [], None
    for a, b in pieces:
        context = a if context is None else context
        if _ASKS.search(question[a:b].strip()):
            found.append(question[context:b].strip())
            context = None
    if context is not None and found:  # words after the last ask ("…, please"): its own
        found[-1] = question[question.find(found[-1]):].strip()
    return found if len(found) > 1 else []


def figures(answer: Answer) -> list[str]:
    """The figures an answer gives: its citations' answering values, and what it marks bold."""
    said = [c.highlight for c in answer.citations if c.highlight]
    said += _BOLD.findall(answer.text)
    return [f for f in said if _NUMBER.search(f)]


def _says(whole: Answer, figure: str) -> bool:
    """The whole answer says the figure: a bare number as a number of its own, a figure with its
    unit ("2 名", "4900人次") as written (spaces aside): "2次" says no "2名"."""
    text = re.sub(r"\s", "", CITED.sub(" ", whole.text).replace("**", "")).replace(",", "")
    figure = re.sub(r"\s", "", figure).replace(",", "")
    if _NUMBER.fullmatch(figure):
        return re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d.])", text) is not None
    return figure in text


def apart(question: str, language: str, whole: Answer, ask: Callable[[list[str]], list[Answer]],
          asked: Callable[[Citation], bool]) -> Answer | None:
    """The answer of every ask of `question` when the `whole` answer dropped a figure one of them
    finds on its own (`ask` answers the asks in turn, as a conversation's turns); None otherwise.
    An ask answered from a report the message does not ask of (`asked`: its bodies and years) read
    the message wrongly on its own: the whole answer stays."""
    if whole.route in _NOT_ANSWERS:
        return None
    texts = asks(question, language)
    if not texts or len(set(figures(whole))) >= len(texts):  # a figure for every ask: none dropped
        return None
    answers = ask(texts)
    if any(a.route in _NOT_ANSWERS or not all(asked(c) for c in a.citations) for a in answers):
        return None
    dropped = [a for a in answers if (said := figures(a)) and not all(_says(whole, f) for f in said)]
    if not dropped:
        return None
    kept = answers if all(figures(a) for a in answers) else [whole, *dropped]
    return joined(question, language, kept)


def joined(question: str, language: str, answers: list[Answer]) -> Answer:
    """One answer saying `answers` in order, their citations numbered in one list."""
    texts, citations, facts, computed, table = [], [], [], [], []
    for a in answers:
        texts.append(citations_shifted(a.text, len(citations), len(a.citations)))
        citations += a.citations
        facts += [f for f in a.facts if f not in facts]
        computed += a.computed
        table += a.table
    routes = [a.route for a in answers]
    route = "facts" if "facts" in routes else routes[0]
    return replace(answers[0], question=question, text="\n\n".join(texts), route=route, language=language,
                   citations=citations, facts=facts, computed=computed, table=table,
                   notes=[n for a in answers for n in a.notes])
