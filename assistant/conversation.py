"""A conversation: questions answered in the context of the earlier turns."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace
from functools import partial

from index.lexicon import questions as words

from .answer import Answer, Choice
from .asks_apart import apart
from .choices import as_offered, offered
from .earlier import compared_subjects, over_earlier, sibling_part
from .earlier_prose import over_earlier_prose
from .engine import Engine
from .findings import Clarification, PartUnmatched
from .named_in_prose import named_in_prose
from .part_prose import part_from_prose, said_after
from .render import filter_note, problem_text, render, took_note
from .render.typos import typo_note
from .sibling_row import sibling_row
from .understanding import (
    Intent,
    Metric,
    Query,
    amount_change,
    check_question,
    chosen,
    detect_language,
    percent_change,
    resolve,
    understand,
)
from .understanding.reasked import reasked, rechanneled
from .understanding.typos import corrected, statistic_typos
from .understanding.years import find_years

COMPARISONS = {"difference", "most", "least", "ranking", "total", "average", "list", "trend"}
_EARLIER_YEARS = re.compile(words.EARLIER_YEARS)


def apply_filters(query: Query, bodies: list[str] | None, years: list[int] | None) -> str:
    """Narrow the query to the chosen bodies and years; returns the note for the answer."""
    chosen_bodies: list[str] = []
    chosen_years: list[int] = []
    if bodies:
        chosen_bodies = [b for b in query.bodies if b in bodies] or list(bodies)
        query.bodies, query.entities, query.bureaus = chosen_bodies, [], []
    if years:
        chosen_years = [y for y in query.years if y in years] or sorted(int(y) for y in years)
        query.years = chosen_years
    return filter_note(chosen_bodies, chosen_years, query.language)


def _asked_of(query: Query, citation) -> bool:
    """A citation of a report of the bodies and years the question asks (any, when it names none)."""
    return (not query.bodies or citation.body in query.bodies) and (not query.years or citation.year in query.years)


@dataclass
class Turn:
    question: str
    query: Query | None
    answer: Answer
    combined: bool = False  # it computed over earlier answers ("两者加起来"): not itself one of them


@dataclass
class Conversation:
    engine: Engine
    turns: list[Turn] = field(default_factory=list)
    apart: bool = True  # a message asking several things may be answered ask by ask (asks_apart)

    def ask(self, question: str, bodies: list[str] | None = None, years: list[int] | None = None) -> Answer:
        """Answer `question`; what it leaves out (body, year, metric) comes from earlier turns.
        `bodies` / `years` are optional filters that narrow the answer; it says so."""
        start = time.perf_counter()
        question = question if isinstance(question, str) else ""
        previous = next((t for t in reversed(self.turns) if t.query is not None), None)
        pending = self._reply(question, previous)  # "2" answers a question asked back
        problem = None if pending else check_question(question)
        if problem:
            language = detect_language(question)
            answer = Answer(question, problem_text(problem, language), "invalid", language)
            answer.elapsed_ms = (time.perf_counter() - start) * 1000
            self.turns.append(Turn(question, None, answer))
            return answer
        self.engine.sync()
        query, combined = pending, None
        if query is None:
            query = understand(question, self.engine.gazetteer, previous.query if previous else None, self.engine.labels)
            query = self._typo_read(query, previous)
            query = self._asked_again(query, previous) or query
            if sibling := sibling_part(question, query, self.turns):  # "那乡镇呢" after "其中区直部门…"
                text, previous = sibling
                query = understand(text, self.engine.gazetteer, previous.query, self.engine.labels)
            elif row := sibling_row(question, query, self.turns, self._read):  # "信访举报投诉类的呢" after 重复申请
                query = row
            combined, refused = over_earlier(query, self.turns)
            if refused is not None:  # "两者加起来" over 件 and 万元: said why, each input cited
                return self._answered(question, query, start, render(refused, query.text, query.language,
                                                                      self.engine.gazetteer.english_name))
            if combined is None and (prose := over_earlier_prose(query, self.turns, self.engine.scope.catalog)):
                return self._answered(question, query, start, render(prose, query.text, query.language,
                                                                     self.engine.gazetteer.english_name))
            if combined is None and not compared_subjects(query, self.turns):
                self._compare_earlier_subjects(query)
        note = apply_filters(query, bodies, years)
        query = self._decided_by_year(query)
        query = named_in_prose(query, self.engine.scope) or query  # a unit its body's report names
        answer = self._ask_back(query) or self.engine.answer(query, previous.answer if previous else None)
        if query.narrowed is not None and query.narrowed.listed and answer.route != "clarify":
            if (part := part_from_prose(query, self.engine)) is not None:
                said_after(answer, part)  # "其中乡镇…": the part of the body, from the prose
            else:
                answer.text += "\n\n" + self._part_not_answered(query)
        if query.typos and answer.route != "clarify":
            answer.text = f"{typo_note(query.typos, query.language)}\n{answer.text}"
        if query.took and answer.route != "clarify":
            taken = took_note(query.took, query.language, self.engine.gazetteer.english_name)
            answer.text = f"{taken}\n{answer.text}"
        if note:
            answer.notes.append(note)
        if answer.route == "clarify":  # typed, so that skins offer them without reading the text
            answer.choices = offered(query, self.engine.gazetteer.english_name)
        elif self.apart and not note and combined is None:  # an ask the whole answer dropped, each ask apart
            answer = apart(question, query.language, answer, self._asks_in_turn, partial(_asked_of, query)) or answer
        return self._answered(question, query, start, answer, combined is not None)

    def _asks_in_turn(self, asks: list[str]) -> list[Answer]:
        """Each ask answered as the next turn of this conversation would answer it, in order."""
        turns = Conversation(self.engine, list(self.turns), apart=False)
        return [turns.ask(text) for text in asks]

    def _answered(self, question: str, query: Query, start: float, answer: Answer, combined: bool = True) -> Answer:
        answer.elapsed_ms = (time.perf_counter() - start) * 1000
        self.turns.append(Turn(question, query, answer, combined))
        return answer

    def _read(self, text: str, previous: Query | None) -> Query:
        return understand(text, self.engine.gazetteer, previous, self.engine.labels)

    def _typo_read(self, query: Query, previous: Turn | None) -> Query:
        """"处法了多少次？": a question naming no statistic, one of whose words is a statistic's word
        typed wrongly (understanding.typos), is read with that word, when the reading then names
        a statistic and the same bodies and years; the answer says which word it took."""
        if query.metrics or query.language != "zh" or "metrics" in query.inherited:
            return query
        typos = statistic_typos(query.normalized)
        if not typos:
            return query
        again = understand(corrected(query.normalized, typos), self.engine.gazetteer,
                           previous.query if previous else None, self.engine.labels)
        if not again.metrics or again.bodies != query.bodies or again.years != query.years:
            return query
        again.typos = [(t.typed, t.word) for t in typos]
        return again

    def _asked_again(self, query: Query, previous: Turn | None) -> Query | None:
        """"2015年呢" / "洪泽区2024年呢" after an answer read from the prose: the question that set the
        topic, asked of the year or body named (understanding.reasked); None for any other."""
        if previous is None or previous.answer.route not in ("passages", "refusal") or "metrics" not in query.inherited:
            return None
        topic = next((t.query for t in reversed(self.turns) if t.query is not None
                      and t.query.text == previous.query.topic), None)
        if topic is None:
            return None
        own = [] if "years" in query.inherited else query.years
        text = reasked((query.normalized, query.mentions, find_years(query.normalized.lower()).spans, own),
                       (topic.normalized, topic.mentions, [] if "years" in topic.inherited else topic.years),
                       query.language) or rechanneled((query.normalized, query.mentions), topic.normalized)
        if text is None:
            return None
        return understand(text, self.engine.gazetteer, previous.query, self.engine.labels)

    def _decided_by_year(self, query: Query) -> Query:
        """"And the Pingtan government?" after a 2015 question: the years a follow-up carries over
        decide the one candidate of an ambiguous name that has reports of them (as the years said
        in the question itself do when it is read), instead of asking back."""
        if len(query.clarify) != 1 or "years" not in query.inherited or not query.years:
            return query
        text, candidates = query.clarify[0]
        having = [b for b in candidates if set(query.years) <= set(self.engine.gazetteer.years_of(b))]
        if text in query.unknown_bodies or len(having) != 1:
            return query
        return resolve(query, text, having[0], self.engine.gazetteer)

    def _ask_back(self, query: Query) -> Answer | None:
        """"您是指…吗？" when a name is ambiguous, or matches no body but comes near some (and
        the question names no other body to answer about)."""
        ambiguous = [c for c in query.clarify if c[0] not in query.unknown_bodies]
        if not ambiguous and (not query.clarify or query.bodies):
            return self._ask_which_part(query)
        finding = Clarification(list(query.clarify), [c[0] for c in query.clarify if c[0] in query.unknown_bodies])
        return render(finding, query.text, query.language, self.engine.gazetteer.english_name)

    def _ask_which_part(self, query: Query) -> Answer | None:
        """A statistic narrowed in words no cell matched: which cell is meant, not the whole's number."""
        if query.narrowed is None or not query.metrics or query.narrowed.listed:
            return None
        if query.narrowed.summed is not None:  # a sum the cells cannot make: the prose may add its things
            prose = self.engine.answer(replace(query, metrics=[], narrowed=None, intent=Intent.PASSAGE))
            if prose.computed:
                return prose
        finding = PartUnmatched(query.narrowed.words, query.narrowed.summed or query.metrics[0], query.narrowed.near,
                                summed=query.narrowed.summed is not None)
        return render(finding, query.text, query.language, self.engine.gazetteer.english_name)

    def _part_not_answered(self, query: Query) -> str:
        """"A和B各几件" with B not understood: B's words said beside the answer of A, never dropped."""
        finding = PartUnmatched(query.narrowed.words, query.metrics[0], query.narrowed.near, listed=True)
        return render(finding, query.text, query.language, self.engine.gazetteer.english_name).text

    def _reply(self, question: str, previous: Turn | None) -> Query | None:
        """The pending question, resolved, when `question` answers the question asked back
        ("是" / "第二个" / "2" / the candidate's name / "yes" / "the second one")."""
        if previous is None or previous.answer.route != "clarify":
            return None
        question = as_offered(question, previous.answer.choices)  # a button's label: its number
        if previous.query.narrowed is not None and not previous.query.clarify:
            return self._part_chosen(question, previous.query)
        if not previous.query.clarify:
            return None
        text, candidates = previous.query.clarify[0]
        body = chosen(question, candidates)
        if body is None:
            return None
        return resolve(previous.query, text, body, self.engine.gazetteer)

    @staticmethod
    def _part_chosen(question: str, query: Query) -> Query | None:
        """The pending question about the cell a reply picks among those offered ("1", "是")."""
        near = query.narrowed.near
        name = chosen(question, [m.name(query.language) for m in near])
        picked = next((m for m in near if m.name(query.language) == name), None)
        if picked is None:
            return None
        summed = query.narrowed.summed
        if summed is not None:  # the part picked joins the sum of the parts understood
            picked = Metric((*summed.keys, *picked.keys), f"{summed.zh} + {picked.zh}", f"{summed.en} + {picked.en}",
                            summed.unit or picked.unit)
        return replace(query, metrics=[picked], narrowed=None)

    def _compare_earlier_subjects(self, query: Query) -> None:
        """"两者相差多少？" / "which of the two is higher?": a comparison that names no body
        compares the bodies (and years) of the earlier turns, not only the last one."""
        if query.intent == "identity" and len(query.bodies) == 1 and self.turns:
            last = next((t.query for t in reversed(self.turns) if t.query and t.query.bodies), None)
            if last is not None:  # "is that the same body as X?": "that" is the last subject
                query.bodies = list(dict.fromkeys(last.bodies + query.bodies))
            return
        # "how much did that rise?" after "…2015?" and "And in 2016?": an amount of change asked of
        # the one year kept is the change between the earlier turns' years, never that year's value
        amount = amount_change(query, years_to_come=True)
        # a percent change the reader kept for the earlier turns' years ("那下降幅度是多少？")
        if query.intent not in COMPARISONS and not query.relative and not amount:
            return
        # "增加了多少？" after "2014年…" and "2015年呢？": a change asked without years is between
        # the years of the earlier turns, as "两年相差多少？" is
        change = (query.intent in ("difference", "trend") or query.relative) and len(query.years) == 1
        if "years" in query.inherited and (change or amount or _EARLIER_YEARS.search(query.normalized.lower())):
            # "两年相差多少？" after "2024年…" and "2021年的呢？": the years of the earlier turns
            earlier_years = [t.query.years for t in self.turns[-3:] if t.query is not None and t.query.years]
            query.years = sorted({y for ys in earlier_years for y in ys})
            if amount:
                amount_change(query)
        if "years" in query.inherited:  # a percent change kept for the earlier turns' years, now filled
            percent_change(query)
        if query.intent not in COMPARISONS or "bodies" not in query.inherited:
            return
        earlier = [t.query for t in self.turns[-3:] if t.query is not None and t.query.bodies]
        bodies = list(dict.fromkeys(b for q in earlier for b in q.bodies))
        if len(bodies) < 2:
            return
        query.bodies = bodies
        query.entities = list(dict.fromkeys(e for q in earlier for e in q.entities))
        if "years" in query.inherited:
            query.years = sorted({y for q in earlier for y in q.years})

    def choices(self) -> list[Choice]:
        """The candidates the next reply picks among (`Answer.choices` of the question asked
        back that still waits for its reply); [] when nothing waits."""
        previous = next((t for t in reversed(self.turns) if t.query is not None), None)
        return previous.answer.choices if previous is not None and previous.answer.route == "clarify" else []

    def reset(self) -> None:
        self.turns.clear()
