"""Reading a question into a Query (`parse`): the order in which its readers fill the slots,
how a follow-up fills what it leaves out, and `resolve` (the body chosen when asked back).

Where each part lives: the Query and its slots in slots.py; which slots a follow-up takes from
the last turn in inherit.py; the intent it is answered under in intent_rules.py; the words each
reader looks for in the modules of this package it imports."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from index.lexicon import questions as words
from index.lexicon import statwords
from index.templates import by_version_year, cells_of, template_pattern

from ..linking.statistics import clause_spans, yes_no_clause
from . import cells
from .asks import whole_and_parts
from .bodies_asked import fill_bodies, name_terms, office_in_its_government_report
from .categories import breakdown_family, breakdown_said, category_family, outcome_family
from .followups import (
    against_a_year,
    column_of_last,
    compared_with,
    counts_parts,
    names_body_part,
    names_info_category,
    of_another_table,
    own_words,
    part_asked_after_total,
    report_pointed,
    scoped_outcome,
    year_shift,
)
from .gazetteer import Gazetteer, Mention
from .hygiene import blanked, detect_language
from .inherit import (
    _SCOPED,
    _asks_another_thing,
    _asks_contact,
    _compares_again,
    _inherit,
    _inherits,
    _named_slots,
    _part_of_earlier,
    _points_back,
    _rows_named,
)
from .intent_rules import _LEAST, _SUPERLATIVE, _resolve_intent, percent_change
from .intents import METRIC_INTENTS, Intent, detect_intent
from .metrics import CONTEXT, METRICS, Metric
from .names import _unique
from .pairs import paired_years
from .precision import asked_decimals
from .readings import prose_readings
from .report_named import bodies_of_report_named, office_named
from .scan import scan
from .shares import asked_rates, change_in_percent
from .slots import Query
from .statistics import (
    agent_spans,
    asks_change_of_year,
    asks_handling,
    category_spans,
    change_not_prior,
    compared_with_prior,
    handling_metrics,
    linked_metrics,
    narrowed_part,
    rate_metrics,
    scoped_metrics,
    share_metrics,
    unsummed_part,
    with_newer_rows,
)
from .threshold import Threshold, asked_rate_threshold, asked_some, asked_threshold


def parse(question: str, gazetteer: Gazetteer, previous: Query | None = None) -> Query:
    """Parse a question; fill what an elliptical follow-up leaves out from `previous`."""
    found = scan(question, gazetteer)
    lowered = found.text.lower()
    query = Query(text=question, normalized=found.text, language=detect_language(question),
                  intent=Intent.PASSAGE,
                  years=found.years.years, year_range=found.years.year_range,
                  latest=found.years.latest, topic=question, mentions=found.mentions)
    _fill_template(query, lowered_text(found.text))
    query.decimals = asked_decimals(found.text)
    fill_bodies(query, found.mentions, gazetteer, lowered)
    query.took = [t for t in found.took if t[1] in query.bodies]
    office_in_its_government_report(query, found.mentions, gazetteer, lowered)
    if (own := bodies_of_report_named(found.text, found.mentions, gazetteer)) is not None:
        # "according to the X 2014 report, how many … did X's centre …": X's report, no other body
        query.bodies, query.unknown_bodies, query.took = own, [], [t for t in query.took if t[1] in own]
        query.entities = [e for e in (gazetteer.entity_of(b) for b in own) if e is not None]
    query.clarify = [(m.text, list(m.values)) for m in found.mentions
                     if (m.kind == "ambiguous" or (m.kind == "unknown" and m.values)) and own is None]
    query.drop_terms = name_terms(m.text for m in found.mentions if m.kind not in ("metric", "bureau", "cell"))
    # "信访投诉有三千多件吗": the asker's guess is no word the answering sentence says
    query.drop_terms |= name_terms(m.group() for m in _THRESHOLD.finditer(lowered))
    # "行政许可类信息": the prose's category; "第三方监测": who monitors; no statistic either
    kinds = category_spans(found.text) + agent_spans(found.text)
    found.mentions = [m for m in found.mentions if m.kind != "cell" or not any(a < m.end and m.start < b for a, b in kinds)]
    query.metrics = [m for m in _unique_metrics(x for x in found.mentions if x.kind == "metric"
                                                and not any(a < x.end and x.start < b for a, b in kinds))
                     if not CONTEXT.get(m.key) or any(w in lowered for w in CONTEXT[m.key])]
    refs = cells.decode(v for m in found.mentions if m.kind == "cell" for v in m.values)
    # A column named by its printed label ("本年增/减") or a row the linker's words leave out
    # (当面申请) is a cell of the tables: the cell path reads it in every template; otherwise
    # the statistic linker's everyday words decide.
    linked, asked, read = linked_metrics(found.text, found.mentions, len(query.years))
    whole = (linked, asked)  # "…, and how many in person?": the whole asked beside its part
    said = [(m.start, m.end) for m in found.mentions if m.kind == "cell" and _within_longer(m, _sum_words(lowered))]
    if any(not _inside(m, asked if _names_column(m) else read) for m in found.mentions if m.kind == "cell"
           and (m.start, m.end) not in said and not _foreign_column(m, linked) and not _stem_of_none(m, linked, asked, found.text)) \
            or detect_intent(lowered, has_metric=bool(query.metrics or refs)) not in (*METRIC_INTENTS, None):
        linked = []  # "does section 4 add up?" asks for the checks, not a sum
    if linked:
        query.metrics, refs = linked, []
    elif not asked:  # a cell word inside a longer phrase the linker read ("其他组织" of 法人或其他组织) is not said
        refs = cells.decode(v for m in found.mentions if m.kind == "cell" and not _within_longer(m, read)
                            for v in m.values)
    # "结果如何？" after "被申请行政复议几件？": the reconsiderations' outcomes, not the requests'
    earlier_appeals = not linked and previous is not None and outcome_family(lowered, previous.metric_keys)
    if asks_handling(found.text, linked) and not earlier_appeals:  # every outcome of the requests, one by one
        query.metrics, refs = handling_metrics(found.text, found.mentions, linked), []
        query.outcomes = len(query.metrics) - len([m for m in linked if m in query.metrics])
    elif previous is not None and previous.metrics and not query.metrics and not refs and not _asks_contact(lowered):
        query.metrics = scoped_metrics(found.text, found.mentions, (previous.normalized, previous.topic),
                                       len(query.years))
    cue = detect_intent(lowered, has_metric=bool(query.metrics or refs))
    # "which page?" asks about the last answer: its "which" does not mean all bodies; nor does
    # the 全部 of a statistic's name (全部公开)
    stated = blanked(lowered, read + [(m.start, m.end) for m in found.mentions if m.kind in ("metric", "cell")])
    named = _named_slots(query, *(("", "") if cue in (Intent.SOURCE, Intent.WHY) else (stated, lowered)))
    if previous is not None and "bodies" in named and not query.bodies and counts_parts(stated):
        named.discard("bodies")  # "其中各乡镇公开了多少？": the parts of the last answer's whole, not every body
    pointed = report_pointed(lowered, named, bool(previous.bodies)) if previous is not None else ""
    if previous is not None and (_points_back(cue, lowered, named, previous) or pointed
                                 or _inherits(cue, lowered, named | _rows_named(refs), bool(previous.bodies))
                                 or column_of_last(named, refs, previous.metrics)
                                 or _compares_again(cue, named, previous, own_words(lowered, found.mentions,
                                                                                    read + found.years.spans))):
        # "他们办公地址在哪？" after a count, "该报告提到哪些培训": the body and year carry over, the count does not
        own = (_asks_contact(lowered) or pointed == "report") and not query.metrics
        _inherit(query, previous, named | ({"metrics"} if own else set()))
        if _asks_another_thing(query, previous, lowered, named, refs, found.mentions,
                               read + found.years.spans):
            query.metrics, query.outcomes, query.share_parts, query.rates = [], 0, 0, ()
            query.inherited = [s for s in query.inherited if s != "metrics"]
        # "和2023年相比，行政强制少了多少？": the statistic named again is the one compared
        again = {"metrics"} if query.metric_keys and query.metric_keys == previous.metric_keys else set()
        if compared := compared_with(lowered, named - again, (query.years, query.bodies),
                                     (previous.years, previous.bodies)):
            (query.years, query.bodies), cue = compared, cue or Intent.DIFFERENCE
        elif against_a_year(lowered, named) and len(query.years) == 1:  # against the last answer's year
            query.years = sorted(set(previous.years) | set(query.years))
    query.metrics = with_newer_rows(whole_and_parts(cells.refine(query.metrics, refs, Metric, lowered),
                                                    *whole, found.mentions, found.text))
    if refs and previous is not None and "metrics" in query.inherited and len(more := scoped_metrics(
            found.text, found.mentions, (previous.normalized, previous.topic), len(query.years))) > len(query.metrics):
        query.metrics = more  # "其中维持的有多少？还没审结的呢？": each ask of the earlier statistic, not the first
    query.relative = change_in_percent(found.text) or "" if query.metrics else ""
    query.prior = len(query.years) == 1 and compared_with_prior(lowered)
    if query.prior and (query.relative or asks_change_of_year(lowered) or any(
            k.endswith(f".{statwords.CHANGE_COLUMN}") for k in query.metric_keys)):
        # the statistics without the change verb read as their column ("减少了" of 本年增/减)
        query.before = (linked_metrics(found.text, found.mentions, 2)[0] if linked else []) or query.metrics
    if query.relative:  # a percent change is of the statistic itself, never of its change column
        query.metrics = query.before or (linked_metrics(found.text, found.mentions, 2)[0] if linked else []) \
            or query.metrics
    else:
        query.metrics = change_not_prior(query.metrics, found.text, len(query.years))
    if previous is not None and previous.metrics and (not query.metrics or query.metrics == previous.metrics or
                                                      of_another_table(query.metric_keys, previous.metric_keys)) \
            and (outcome := scoped_outcome(lowered, set(previous.metric_keys))):
        # "那其中公开了几件" after a count of requests received: that outcome row, never the count again
        if rows := linked_metrics(outcome, [], len(query.years))[0]:
            query.metrics, query.inherited = rows, [s for s in query.inherited if s != "metrics"]
    if previous is not None and previous.metrics and _SCOPED.search(lowered):
        query.metrics = [_part_of_earlier(m, previous.metric_keys) for m in query.metrics]
    query.asked = cue
    query.family = category_family(lowered) if _SUPERLATIVE.search(lowered) else None
    if query.family is None and (family := breakdown_family(lowered, query.metric_keys)):
        query.family, query.breakdown = family, True  # the count asked, then its breakdown
    if query.family is not None and not query.breakdown and cue not in (Intent.MOST, Intent.LEAST):
        cue = Intent.LEAST if _LEAST.search(lowered) else Intent.MOST  # "不公开的原因里哪种最多" is no "why?"
    query.impossible_years = found.years.impossible
    query.readings = prose_readings(lowered) if query.metrics else []
    query.intent = _resolve_intent(cue, query, previous)
    percent_change(query, years_to_come=previous is not None and "years" in query.inherited)
    if query.intent in (Intent.DIFFERENCE, Intent.TREND) and len(query.years) <= 1 and not query.year_range and any(
            k.endswith(f".{statwords.CHANGE_COLUMN}") for k in query.metric_keys):
        query.intent = Intent.LOOKUP  # the change is a printed cell: read, never a difference of two cells
    names_said = [(m.start, m.end) for m in found.mentions if m.kind not in ("metric", "cell")] + found.years.spans
    if not query.outcomes and not query.relative and (named := asked_rates(found.text, names_said)) is not None:
        query.rates, query.metrics, query.share_parts = named.names, named.metrics, named.parts
        query.intent = cue if cue in (Intent.MOST, Intent.LEAST, Intent.RANKING) else Intent.RATIO
    elif query.metrics and query.intent in (*METRIC_INTENTS, Intent.PASSAGE) and not query.outcomes \
            and not query.relative and (rate := rate_metrics(found.text, found.mentions, len(query.years))):
        query.metrics, query.share_parts, query.intent = *rate, Intent.RATIO  # "办结率": a share
    elif linked and query.intent == Intent.RATIO and (sides := share_metrics(found.text, found.mentions,
                                                                           len(query.years))):
        query.metrics, query.share_parts = sides
    if linked and query.intent in METRIC_INTENTS:  # a part of a sum not understood: no sum of the rest
        said = found.years.spans + (breakdown_said(lowered, query.family) if query.breakdown else [])
        query.narrowed = unsummed_part(found.text, found.mentions, len(query.years), said)
    if linked and query.metrics == linked and query.intent in METRIC_INTENTS and not query.outcomes \
            and query.narrowed is None and not query.breakdown:  # (the breakdown's words are its cue)
        _narrow(query, found.text, found.mentions, found.years.spans)
    if query.intent == Intent.DIFFERENCE:
        query.pairs = paired_years(found.text, found.mentions, found.years.spans, query.bodies)
    if office_named(found.text, query.language, found.mentions, query.metrics):
        query.narrowed = None  # "Pingtan's service centre": an office's figure, no part of a table's statistic
    if query.metrics and len(query.years) <= 1 and len(query.bodies) <= 1 and query.intent in _THRESHOLD_READS \
            and not query.relative and (threshold := asked_threshold(found.text, query.language) or (
                asked_some(found.text, query.language) if len(query.bodies) == 1 else None)):
        # "Did it exceed 100?" / "at least 50?": one figure tested, not a difference nor a least
        query.intent, query.threshold = Intent.LOOKUP, _of_its_clause(threshold, query.metrics, found.text)
    elif query.metrics and query.intent == Intent.RATIO and (threshold := asked_rate_threshold(found.text, query.language)):
        query.threshold = threshold  # "纠错率超过20%了吗": the rate computed, tested against the percent
    part = part_asked_after_total(found.text) if query.language == "en" and query.metrics else None
    if part:  # the total from its table, the part the second ask names from the prose
        query.prose_part, query.narrowed = part, None
    elif query.intent == Intent.LOOKUP and (names_body_part(lowered, found.mentions)
                                            or names_info_category(lowered, query.metric_keys)) and query.metrics:
        query.metrics, query.intent, query.narrowed = [], Intent.PASSAGE, None  # the part's figure: the prose's
    if previous is not None and "years" in query.inherited and len(query.years) == 1 and (shift := year_shift(lowered)) \
            and not any(statwords.PRIOR_COLUMN in k for k in query.metric_keys):  # "上一年的项目数量": a column
        query.years = [query.years[0] + shift]  # "那前一年呢" / "and the year after?": the year next to it
    return query


def _of_its_clause(threshold: Threshold, metrics: list[Metric], text: str) -> Threshold:
    """A yes/no ask beside a count ("复议了几件？有被纠正的吗", "收到过复议申请吗？申请收到几条？"):
    the verdict is the statistic of its own clause's (the statistics stand in the clauses' order)."""
    k = yes_no_clause(text) if threshold.some and len(metrics) > 1 else None
    return replace(threshold, only=tuple(metrics[k].keys)) if k is not None and k < len(metrics) else threshold


def _narrow(query: Query, text: str, mentions: list[Mention], year_spans: list[tuple[int, int]]) -> None:
    """A whole narrowed by words no linker took is a part: the cell those words name closely
    (fuzzily) is asked instead, else the question is asked back (never the whole's number)."""
    narrowed = narrowed_part(text, mentions, len(query.years), year_spans)
    if narrowed is None:
        return
    if narrowed.taken is not None:
        query.metrics = [narrowed.taken]
    else:
        query.narrowed = narrowed


def _inside(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(a <= mention.start and mention.end <= b for a, b in spans)


def _sum_words(lowered: str) -> list[tuple[int, int]]:
    """Where the question says a sum ("in total"): the "total" inside it names no column."""
    return [m.span() for w in statwords.SUM_WORDS for m in re.finditer(re.escape(w), lowered)]


def _within_longer(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(a <= mention.start and mention.end <= b and b - a > mention.end - mention.start for a, b in spans)


def _foreign_column(mention: Mention, linked: list[Metric]) -> bool:
    """A column word of tables none of the linked statistics is in ("reviews of its disclosure
    *decisions*": a section 二 column beside 行政复议): it qualifies, it picks no cell."""
    refs = cells.decode(mention.values)
    tables = {c[1].key for m in linked for k in m.keys for c in cells_of(k)}
    return bool(linked and tables and refs) and all(r.kind == "column" and r.table not in tables for r in refs)


def _stem_of_none(mention: Mention, linked: list[Metric], spans: list[tuple[int, int]], text: str) -> bool:
    """A stem narrowing none of the statistics asked in its own clause ("收到多少件申请？办结多少？":
    收到 is said of the requests received, never of 办结 asked apart); in a clause asking none, of
    those asked before it ("收到几条申请？当面来申请的有几条": 当面 narrows the requests)."""
    clauses = clause_spans(text)
    mine = next(((a, b) for a, b in clauses if a <= mention.start < b), None)
    beside = [m for m, (a, _) in zip(linked, spans, strict=True) if mine and mine[0] <= a < mine[1]] \
        if len(linked) == len(spans) else linked
    return cells.narrows_none(mention.values, beside or linked)


def _names_column(mention: Mention) -> bool:
    """A printed column ("本年增/减", "纠正"): the linker must have used it in a request."""
    return any(r.kind == "column" for r in cells.decode(mention.values))


_TEMPLATE_RE = re.compile(template_pattern())


def lowered_text(text: str) -> str:
    return text.lower()


def _fill_template(query: Query, lowered: str) -> None:
    """"the reports on the 2021 template": 2021 names a template generation, not a year."""
    match = _TEMPLATE_RE.search(lowered)
    if match:
        year = int(match.group(1) or match.group(2))
        query.template = getattr(by_version_year(year), "id", str(year))
        query.years = [y for y in query.years if y != year]


def _unique_metrics(mentions: Iterable[Mention]) -> list[Metric]:
    keys = _unique(k for m in mentions for k in m.values)
    return [METRICS[k] for k in keys]


_THRESHOLD = re.compile(words.THRESHOLD_ASKED)
#: The intents a threshold's comparison words read as ("more than" a difference, "at least" a
#: least): one figure against a threshold is a lookup with a verdict.
_THRESHOLD_READS = (Intent.LOOKUP, Intent.DIFFERENCE, Intent.MOST, Intent.LEAST)


def resolve(query: Query, text: str, body: str, gazetteer: Gazetteer) -> Query:
    """The query with the mention `text` (asked back about) taken as `body`: the answer to
    "您是指…吗？" turns the pending question into one about that body."""
    out = replace(query, clarify=[c for c in query.clarify if c[0] != text],
                  unknown_bodies=[u for u in query.unknown_bodies if u != text],
                  took=[*query.took, (text, body, "chosen")],
                  mentions=[replace(m, kind="body", values=(body,)) if m.text == text else m for m in query.mentions])
    out.bodies = _unique([*query.bodies, body])
    out.entities = list(dict.fromkeys(e for b in out.bodies if (e := gazetteer.entity_of(b)) is not None))
    return out


