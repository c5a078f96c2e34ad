"""The Query a question turns into, and how a follow-up fills what it leaves out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from index.lexicon import questions as words
from index.lexicon import statwords
from index.lexicon.kinds import KINDS, LABELLED
from index.templates import TEMPLATES, by_version_year, cells_of, template_pattern

from ..linking.statistics import clause_spans
from . import cells
from .asks import whole_and_parts
from .bodies_asked import fill_bodies, name_terms, office_in_its_government_report
from .categories import breakdown_family, breakdown_said, category_family, outcome_family
from .followups import (
    against_a_year,
    asks_new_thing,
    column_of_last,
    compared_with,
    counts_parts,
    names_body_part,
    names_info_category,
    own_words,
    part_asked_after_total,
    report_pointed,
    same_period,
    scoped_outcome,
    unnamed_part,
    year_shift,
)
from .gazetteer import Entity, Gazetteer, Mention
from .hygiene import _CJK_RE, blanked, detect_language
from .intents import METRIC_INTENTS, Intent, detect_intent
from .metrics import CONTEXT, METRICS, Metric
from .names import _unique
from .pairs import paired_years
from .precision import asked_decimals
from .readings import prose_readings
from .report_named import bodies_of_report_named, office_named
from .scan import scan
from .shares import asked_rates, change_in_percent
from .statistics import (
    Narrowed,
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

# --- the query and follow-ups ---------------------------------------------------------------------


@dataclass
class Query:
    """What a question asks, ready for the answerer. Empty bodies / years mean "all"."""

    text: str  # the question as asked
    normalized: str  # NFKC, spaces squeezed: the text that `mentions` spans index
    language: str  # zh | en
    intent: Intent
    bodies: list[str] = field(default_factory=list)  # canonical ReportRecord.body names
    entities: list[Entity] = field(default_factory=list)  # the entities of `bodies` (renames)
    bureaus: list[str] = field(default_factory=list)  # "哪个卫生健康局": a bureau filter, no region
    years: list[int] = field(default_factory=list)  # sorted; may hold years the corpus lacks
    year_range: tuple[int, int] | None = None  # as written ("2019到2021年"); `years` is expanded
    latest: bool = False  # "最新" / "latest": the caller picks each body's newest report
    metrics: list[Metric] = field(default_factory=list)
    unknown_bodies: list[str] = field(default_factory=list)  # body-like names not in the corpus
    inherited: list[str] = field(default_factory=list)  # slots copied from the previous Query
    topic: str = ""  # the question that set the topic (for passage search of follow-ups)
    mentions: list[Mention] = field(default_factory=list)  # spans of the normalized text
    # Words that name bodies in this question or its topic: passage search filters by body, so
    # they say nothing about which sentence answers (all substrings, whatever the tokenizer).
    drop_terms: set[str] = field(default_factory=set)
    template: str | None = None  # "2021版模板" / "the 2021 template": a template, not a year
    asked: str | None = None  # the intent the question's words state, before routing ("most" of prose)
    impossible_years: list[int] = field(default_factory=list)  # "9999年": refused, not read as "any year"
    # Mentions to ask back about: (text as asked, candidate bodies). An ambiguous mention (two
    # close candidates) or an unknown one with near misses ("did you mean …?").
    clarify: list[tuple[str, list[str]]] = field(default_factory=list)
    # (text as asked, body taken, why) where a body was taken from a name that is not one of its
    # own (平谭 → 平潭…; "Pingtan finance bureau"): the answer says which body it took.
    took: list[tuple[str, str, str]] = field(default_factory=list)
    typos: list[tuple[str, str]] = field(default_factory=list)  # (typed, statistic word read): "处法" -> 处罚
    # "处理结果里哪种情况最多": the family of one report's categories a superlative is over
    # (index.lexicon.families), not its bodies or years
    family: str | None = None
    breakdown: bool = False  # "…, and through what channel?": the family's cells follow the count asked
    # "how many items were disclosed on request": prose statistics the words may mean besides the
    # cell they link to (index.lexicon.readings); the answer gives both readings
    readings: list[str] = field(default_factory=list)
    # "行政复议占行政复议和行政诉讼的比例": a share whose sides name several statistics; the first
    # `share_parts` metrics are the part (added up), the rest the whole (added up; none: the
    # whole the parts' table gives them)
    share_parts: int = 0
    rates: tuple[str, ...] = ()  # "办结率", "公开率最高": the rate table's rates (index/lexicon/rates.py)
    outcomes: int = 0  # "how was it handled?": the last `outcomes` metrics are the 办理结果 rows
    # "申请是因为…的": a whole narrowed in words no cell was linked by, to ask back about (no number)
    narrowed: Narrowed | None = None
    # "保留一位小数" / "to one decimal place" / "取整": the decimals a computed number is rounded to
    decimals: int | None = None
    # "下降了百分之几" / "增长率" / "by how much …, in percent": the change as a percent of the base,
    # in the frame asked (fall | rise | change); "" when no percent change is asked
    relative: str = ""
    # "2024年比上年减少了多少": one year compared with the year before; `before` holds the statistics
    # as named, before their change column (本年增/减) took their place: a report whose template
    # prints no such column has its change computed from the previous year's report
    prior: bool = False
    before: list[Metric] = field(default_factory=list)
    # "A 2025年…比B 2023年多多少": each body with the year written beside it, compared as two pairs
    pairs: list[tuple[str, int]] = field(default_factory=list)
    # "…, and how many of them came from the townships?": the second ask, a part the prose states
    prose_part: str = ""
    message: str = ""  # the whole message a part of it was asked in (one of several asks at once)
    # "罚款超过五百次了吗" / "did it exceed 100?": the figure asked is tested against this threshold,
    # and the answer opens with the verdict (understanding.threshold)
    threshold: Threshold | None = None

    @property
    def metric_keys(self) -> list[str]:
        return [k for m in self.metrics for k in m.keys]

    def named_at(self) -> dict[str, int]:
        """Where each body is first named: by its own name, else by the narrowest region naming it
        ("Huai'an … than Hongze": 淮安市人民政府 at "Huai'an", though that region holds Hongze too)."""
        order: dict[str, int] = {}
        for m in sorted((m for m in self.mentions if m.kind in ("body", "region")), key=lambda m: len(m.values)):
            for body in m.values:
                order[body] = min(order.get(body, m.start), m.start) if len(m.values) == 1 else order.get(body, m.start)
        return order


# The slots a follow-up can leave out, and the Query fields each carries over.
SLOTS: dict[str, tuple[str, ...]] = {
    "bodies": ("bodies", "entities", "bureaus", "unknown_bodies", "took"),
    "years": ("years", "year_range", "latest", "template"),
    "metrics": ("metrics", "outcomes", "share_parts", "rates"),
}
_FOLLOW_UP = re.compile(words.FOLLOW_UP)
_SCOPED = re.compile(words.SCOPED)
# Words that name "all bodies" / "all years": such a question fills the slot itself.
_ANY_BODY = re.compile(words.ANY_BODY)
_ANY_YEAR = re.compile(words.ANY_YEAR)
_SHORT_CJK, _SHORT_WORDS = 10, 5


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
    if previous is not None and previous.metrics and (not query.metrics or query.metrics == previous.metrics) \
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
        query.intent, query.threshold = Intent.LOOKUP, threshold
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


def percent_change(query: Query, years_to_come: bool = False) -> None:
    """"下降了百分之几" / "增长幅度是多少": the one rule of a percent change asked. It is the change
    between two years (two named, or one and the year before: "比上年增长了百分之几") or between two
    bodies, as a percent of the base: a difference. With neither it is no percent change, unless
    `years_to_come`: a follow-up keeping the last turn's years, whose years the conversation fills
    with the earlier turns' and then settles here again."""
    if not query.relative:
        return
    if len(query.years) >= 2 or query.prior or len(query.bodies) == 2:
        query.intent = Intent.DIFFERENCE
        if query.prior and len(query.years) == 1:  # this year's figure against the year before's
            query.years = [query.years[0] - 1, query.years[0]]
    elif not years_to_come:
        query.relative = ""



def amount_change(query: Query, years_to_come: bool = False) -> bool:
    """"how much did that rise?" / "增加了多少？" asked of the one year a follow-up kept (after "…2015?"
    and "And in 2016?"): the twin of percent_change for an amount, the change between the earlier
    turns' years, a difference, never that year's value. With `years_to_come` (the conversation
    has not filled the years yet): whether the question is such an amount of change. Without:
    settled, a difference once two years are filled."""
    if years_to_come:
        lowered = query.normalized.lower()
        return (query.intent in (Intent.LOOKUP, Intent.TREND) and "years" in query.inherited
                and len(query.years) == 1 and bool(_CHANGE.search(lowered)) and not _CHANGE_EACH.search(lowered))
    if len(query.years) == 2:
        query.intent = Intent.DIFFERENCE
        return True
    return False

def _asks_another_thing(query: Query, previous: Query, lowered: str, named: set[str], refs: list[cells.Ref],
                        mentions: list[Mention], consumed: list[tuple[int, int]]) -> bool:
    """Whether a follow-up asks something the last turn's statistic is not: a new thing after a
    same-year word ("那一年有多少人次咨询…"), or a part of the last answer's whole that no cell
    names ("其中乡镇公开的占多少？", "其中各乡镇主动公开的信息有多少条？" naming the whole's statistic
    again). The whole's number never answers it; the prose is read for it. A cell named ("其中
    结果被纠正的") is a part the tables hold."""
    carried, cells_named = "metrics" in query.inherited, bool(refs)
    # "那一年新制发了几件？" after 现行有效件数: the words name another cell of the last turn's
    # statistic's own table (本年制发), which is no new thing
    if carried and asks_new_thing(lowered, named) and not cells.names_cell_of(previous.metrics, refs):
        return True
    again = not carried and bool(query.metrics) and [m.keys for m in query.metrics] == [m.keys for m in previous.metrics]
    return (carried or again) and not cells_named and bool(unnamed_part(lowered, mentions, consumed))


def _part_of_earlier(metric: Metric, earlier: list[str]) -> Metric:
    """"其中规范性文件有几条" after "主动公开了多少条": a statistic named in a follow-up scoped to the
    earlier one is the part row of it whose label holds the statistic's name ("其中：主动公开规范性
    文件数"), where a template has one; else the statistic as named."""
    columns = {column.key for key in earlier for *_, column in cells_of(key)}  # the earlier one's column
    parts = [(key, row) for t in TEMPLATES for table in t.tables for row, column, key in table.cells()
             if row.part_of in earlier and column.key in columns and metric.zh in row.label and key not in metric.keys]
    if not parts or any(row.key in metric.keys for _, row in parts):
        return metric
    row = parts[0][1]
    keys = tuple(dict.fromkeys(key for key, _ in parts))
    return Metric(keys, row.label.split("：")[-1], row.en, row.unit)


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


# "两者相差多少？" / "which of the two is higher?" point back at the earlier turns' subjects.
_EARLIER_SUBJECTS = re.compile(words.EARLIER_SUBJECTS)
_REPORT_NAMED = re.compile(words.REPORT_NAMED)


def _rows_named(refs: list[cells.Ref]) -> set[str]:
    """{"metrics"} when the question names a row of the tables by its cell words ("how many replies
    were issued" of the old appendix): a statistic of its own, asked of the last turn's report."""
    return {"metrics"} if any(r.kind == "row" for r in refs) else set()


def _named_slots(query: Query, stated: str, lowered: str) -> set[str]:
    """The slots the question fills itself; `stated` is its text without its statistic words."""
    named = set()
    refers_back = bool(_EARLIER_SUBJECTS.search(lowered) or _REPORT_NAMED.search(lowered))  # "which … does that report list"
    if query.bodies or query.unknown_bodies or query.bureaus or (_ANY_BODY.search(stated) and not refers_back):
        named.add("bodies")
    if query.years or query.latest or _ANY_YEAR.search(lowered):
        named.add("years")
    if query.metrics:
        named.add("metrics")
    return named


_THAT_STATISTIC = re.compile(words.THAT_STATISTIC)
_THRESHOLD = re.compile(words.THRESHOLD_ASKED)
#: The intents a threshold's comparison words read as ("more than" a difference, "at least" a
#: least): one figure against a threshold is a lookup with a verdict.
_THRESHOLD_READS = (Intent.LOOKUP, Intent.DIFFERENCE, Intent.MOST, Intent.LEAST)
# The question cues of a contact detail (address, phone, e-mail…): asked of a body, never of a statistic.
_CONTACT = re.compile("|".join(cue for kind, cue, _ in KINDS if kind in LABELLED), re.I)


def _asks_contact(lowered: str) -> bool:
    return bool(_CONTACT.search(lowered))


def _points_back(cue: Intent | None, lowered: str, named: set[str], previous: Query) -> bool:
    """"2013年平潭县的这个数是多少" / "what was that figure for 2016?": a demonstrative names the
    previous turn's statistic, whatever body and year the question names itself."""
    return (bool(previous.metrics) and "metrics" not in named and cue in (*METRIC_INTENTS, None, Intent.PASSAGE)
            and bool(_THAT_STATISTIC.search(lowered)) and not _asks_contact(lowered))


def _compares_again(cue: Intent | None, named: set[str], previous: Query, own: str) -> bool:
    """"How many fewer did Hongze have in 2023 than Huai'an in 2024?" after a count of penalties: a
    comparison naming bodies or years, no statistic and no word beyond them compares the last
    turn's statistic; the bodies and years it names stand."""
    return cue in _COMPARING and bool(previous.metrics) and bool(named) and "metrics" not in named and not own


def _inherits(cue: Intent | None, lowered: str, named: set[str], had_bodies: bool = False) -> bool:
    """Is the question a follow-up? "why?" and "出处？" always are; a question about the
    corpus never is; otherwise a follow-up cue word or a word scoping it to the last answer
    ("其中", "这些", "of those"), a short question naming at most one of body / year / metric
    ("灵武市？", "2021年呢？", "那行政许可呢？"), or a question after one about some body that
    names no body and asks no frame across bodies ("2024年还没审结的有几件？" keeps the body)."""
    if cue in (Intent.SOURCE, Intent.WHY):
        return True
    if cue in (Intent.CORPUS, Intent.COUNT_REPORTS):
        return False
    if _FOLLOW_UP.search(lowered.strip()) or _SCOPED.search(lowered) or (same_period(lowered) and "years" not in named) \
            or (_EARLIER_SUBJECTS.search(lowered) and "bodies" not in named):
        return True
    if had_bodies and "bodies" not in named and named and (cue in (None, Intent.LOOKUP, Intent.PASSAGE)
                                                           or against_a_year(lowered, named)):
        return True  # "和2023年相比，…少了多少？": the last answer's body, against the year named
    if had_bodies and named <= {"years"} and _CHANGE_NOUN.search(lowered):
        return True  # "so what was the increase from 2014 to 2015?": the change of what was asked
    if had_bodies and not named and _CHANGE.search(lowered):
        return True  # "By how much did it grow?": an amount of change of nothing named is the last subject's
    short = (len(_CJK_RE.findall(lowered)) <= _SHORT_CJK if _CJK_RE.search(lowered)
             else len(lowered.split()) <= _SHORT_WORDS)
    # "行政复议总计栏写的是多少？" after a question on one report: a statistic alone asks about it
    return (short and len(named) <= 1) or named == {"metrics"}


def _inherit(query: Query, previous: Query, named: set[str]) -> None:
    for slot, names in SLOTS.items():
        if slot not in named:
            for name in names:
                setattr(query, name, getattr(previous, name))
            query.inherited.append(slot)
    query.topic = previous.topic
    query.drop_terms |= previous.drop_terms


def _resolve_intent(cue: Intent | None, query: Query, previous: Query | None) -> Intent:
    intent = cue
    if intent is None and query.inherited and previous and previous.intent in METRIC_INTENTS:
        intent = previous.intent
        query.inherited.append("intent")
        if intent in (Intent.MOST, Intent.LEAST, Intent.RANKING) and "bodies" not in query.inherited \
                and query.bodies:
            intent = Intent.LOOKUP  # "哪个最多？" then "灵武市呢？" asks for Lingwu's own number
    if intent in (None, Intent.LOOKUP, Intent.TREND, Intent.TOTAL) and _asks_change(query):
        intent = Intent.DIFFERENCE  # "2021年到2024年下降了多少": the change, not the two values
    if intent in (Intent.DIFFERENCE, Intent.TREND) and (len(query.years) < 2 or query.year_range) and _PRIOR_GAP.search(lowered := query.normalized.lower()) \
            and _SUPERLATIVE.search(lowered):
        # "which year was highest, and by how much over the year before": the top, then its gap to the year before
        intent = Intent.LEAST if _LEAST.search(lowered) else Intent.MOST
    if intent is None:
        intent = Intent.LOOKUP if query.metrics else Intent.PASSAGE
    if intent in METRIC_INTENTS and not query.metrics and query.family is None:
        intent = Intent.PASSAGE  # "哪个局的微博粉丝最多": no table has it, search the text
    return intent



_CHANGE = re.compile(words.CHANGE_ASKED)
_COMPARING = (Intent.DIFFERENCE, Intent.MOST, Intent.LEAST)
_MOST = "|".join(f"{zh}|{en}" for intent, zh, en in words.INTENT_CUES if intent == Intent.MOST)
_LEAST = re.compile("|".join(f"{zh}|{en}" for intent, zh, en in words.INTENT_CUES if intent == Intent.LEAST))
_SUPERLATIVE = re.compile(f"{_MOST}|{_LEAST.pattern}")
_CHANGE_EACH = re.compile(words.CHANGE_EACH)
_PRIOR_GAP = re.compile(words.PRIOR_YEAR_GAP)
#: Where one ask of a message ends ("分别多少条？2016年比2015年变化多少？": "分别" is the first ask's).
_ASKS = re.compile(r"[？?。；;！!]")
_CHANGE_NOUN = re.compile(words.CHANGE_NOUN)


def _asks_change(query: Query) -> bool:
    """A change between two years asked as one amount: two years (or a range) named, a change
    word asking "how much", and not "each one's" in the same ask."""
    lowered = query.normalized.lower()
    return len(query.years) >= 2 and any(_CHANGE.search(s) and not _CHANGE_EACH.search(s) for s in _ASKS.split(lowered))


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


def asks_extreme(text: str) -> str | None:
    """"Which year was highest" / "哪年最多": most (or least) asked beside another ask; None when not."""
    lowered = text.lower()
    return "least" if _LEAST.search(lowered) else "most" if re.search(_MOST, lowered) else None


#: Public for the prose series (a change asked of a statistic no table holds).
asks_change = _asks_change
