"""What a route found, with no text: the renderers (assistant.render) say it in a language.

Every route returns one of these. A finding holds facts, report records, citations and names;
never a sentence, a citation marker or a language. A new kind of answer is a new finding here
and a writer for it in assistant.render.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from index.models import CheckResult, Fact, ReportRecord

from .aggregate import Result
from .answer import Citation
from .understanding import Metric
from .understanding.threshold import Threshold


@dataclass(frozen=True)
class Measure:
    """The count measure word a question asks in ("政府集中采购了几笔": 笔) and the units counting the
    same things (index/lexicon/units.py SAID_COUNT_FAMILIES): a cell counted in one of them is said
    in the person's word, its own unit beside it ("9笔（表中计作9项）")."""

    asked: str
    family: tuple[str, ...]

    def says(self, unit: str | None) -> bool:
        """Is a figure in `unit` said in the measure asked (another unit of its family)?"""
        return bool(unit) and unit != self.asked and unit in self.family


# --- the corpus, refusals and follow-ups on sources ---------------------------------------------


@dataclass
class NothingIndexed:
    """The index holds no report yet."""


@dataclass
class CorpusListing:
    """The reports indexed (in scope), by body."""

    by_body: list[tuple[str, list[int]]]
    count: int
    cited: dict[tuple[str, int], Citation] = field(default_factory=dict)  # (body, year) -> its title line




@dataclass
class ReportCount:
    """How many reports match, and which."""

    reports: list[tuple[str, int]]
    cited: dict[tuple[str, int], Citation] = field(default_factory=dict)  # (body, year) -> its title line


@dataclass
class UnknownBody:
    """The question names bodies the corpus does not have."""

    who: list[str]  # as the question names them
    years: list[int]
    indexed: list[str]  # every body indexed


@dataclass
class ImpossibleYear:
    years: list[int]
    indexed: list[int]  # years indexed


@dataclass
class MissingYear:
    """No report of the bodies (or of any body) for the years asked."""

    bodies: list[str]  # [] when no body was named
    years: list[int]
    indexed: list[int]  # years indexed for those bodies


@dataclass
class Sources:
    """The citations of the previous answer ("出处？", "why?")."""

    why: bool
    citations: list[Citation]
    facts: list[Fact]


@dataclass
class Identity:
    """Are these names one body across a renaming?"""

    verdict: str  # same | different | one_name
    names: list[str]
    shown: bool  # the names are shown with their English (several named) or as they are
    years: list[int]


# --- statistics ----------------------------------------------------------------------------------


@dataclass
class Aggregate:
    """Facts of one statistic and what was computed over them (a lookup is an aggregate of one)."""

    metric: Metric
    result: Result
    years: list[int]  # the years of the facts, sorted
    table: bool  # show the comparison table
    not_read: list[ReportRecord] = field(default_factory=list)  # the template prints it, no fact read
    absent: list[ReportRecord] = field(default_factory=list)  # their template has no such cell
    same: bool | None = None  # "一样吗?": the answer says yes or no first
    otherwise: list[Fact] = field(default_factory=list)  # prose figures of the bodies that word it otherwise
    wider: Result | None = None  # most/least with those counted in, when that changes who comes first
    measure: Measure | None = None  # the count measure word asked ("几笔"), when the cells count in another
    threshold: Threshold | None = None  # "超过五百次了吗": the one figure tested, the verdict said first


@dataclass
class Unreadable:
    """The cell exists in these reports' template but could not be read."""

    metric: Metric
    reports: list[ReportRecord]


@dataclass
class Incomplete:
    """An aggregate that cannot be computed: some reports could not be read. What was read is
    shown as a list."""

    metric: Metric
    intent: str
    unread: list[ReportRecord]  # unreadable or not read, in the order named
    years: list[int]  # of the facts and the unread reports
    listing: Result  # what was read


@dataclass
class NotInTemplate:
    """No report in scope has the statistic: its template lacks the cell."""

    metric: Metric
    bodies: list[str]
    years: list[int]
    elsewhere: list[tuple[str, list[int]]]  # reports that do have it
    asked: str = ""  # the question's own words for the statistic ("information processing fees")


@dataclass
class MetricDifference:
    """Two statistics of one report: the first minus the second."""

    first: Fact
    second: Fact
    metrics: tuple[Metric, Metric]
    delta: int | float


@dataclass
class Ratio:
    """One cell divided by another ("纠错率", "占多大比例", "是…的多少倍"), both cited."""

    numerator: Fact
    denominator: Fact
    metrics: tuple[Metric, Metric]
    value: float | None  # None: the denominator is zero or a cell is blank
    share: bool  # a share in percent, else a multiple
    decimals: int | None = None  # the precision the question asked ("保留一位小数"); None: the default
    threshold: Threshold | None = None  # "占比超过20%了吗": the share tested, the verdict said first


@dataclass
class CategoryExtreme:
    """The largest (or smallest) of one report's cells of a family (its outcomes, its reasons
    for refusing, its channels, its applicants, its decisions), ties kept. No cells: the
    report's template has no such breakdown. A cell that could not be read leaves the answer
    unsure, and is named."""

    family: str
    report: ReportRecord
    most: bool
    winners: list[Fact]
    ranked: list[Fact]  # every readable cell, the answer's order
    unreadable: list[Fact]
    breakdown: bool = False  # asked beside a count ("…, and through what channel?"): the cells, no superlative


@dataclass
class NoChange:
    """A change between two years of one body that cannot be computed: which input is missing
    and why (absent | not_read | blank | unreadable | no_report), and the input that was found,
    given as an input, never as the answer."""

    metric: Metric
    body: str
    years: tuple[int, int]  # (from, to) as the question frames them
    have: list[Fact]
    missing: list[tuple[int, str]]  # (year, why)
    # "A 2025年…比B 2023年": the two (body, year) pairs compared, when they are two bodies' (each year one body's)
    pairs: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class SumShare:
    """A share one of whose sides adds several statistics of one report ("行政复议占行政复议和行政
    诉讼的比例": 复议 over 复议 + 诉讼), every input cited; value None: a cell blank or the sum 0."""

    parts: list[Fact]
    part_metrics: list[Metric]
    wholes: list[Fact]
    whole_metrics: list[Metric]
    value: float | None
    decimals: int | None = None
    rate: str = ""  # a rate of the rate table (index/lexicon/rates.py): its name, said with its formula
    said: tuple[str, str] = ("", "")  # the formula of the report's template (zh, en)
    threshold: Threshold | None = None  # "纠错率超过20%了吗": the rate tested, the verdict said first


@dataclass
class NoRatio:
    """A share asked of a statistic with no whole to divide by in the reports in scope."""

    metric: Metric
    bodies: list[str]
    years: list[int]


@dataclass
class MetricSum:
    """Different statistics of one report added up ("行政复议和行政诉讼加起来"), each cited."""

    facts: list[Fact]
    metrics: list[Metric]
    total: int | float
    whole: Metric | None = None  # the parts of one group the template prints without a total (不予公开 1-8)
    measure: Measure | None = None  # the count measure word asked ("几宗"), when the cells count in another


@dataclass
class NotMoney:
    """A unit asked of a statistic counted in another (money of 行政处罚 decisions, not fines; days
    of requests): `asked` is the unit family asked (index/lexicon/questions.py UNIT_ASKED)."""

    metric: Metric
    bodies: list[str]
    years: list[int]
    asked: str = "money"


@dataclass
class Outcomes:
    """How one report's requests were handled (its 办理结果 rows): the rows with requests, those
    at zero (summed up in one line, each still cited) and those not reported or unreadable."""

    shown: list[tuple[Metric, Fact]]
    zero: list[tuple[Metric, Fact]]
    blank: list[Metric]


@dataclass
class Several:
    """One finding per statistic asked ("行政处罚和行政许可"), answered in turn."""

    parts: list


# --- prose -----------------------------------------------------------------------------------------


@dataclass
class PassageFound:
    """A sentence of a report that answers, and the span of it that does (if a typed answer)."""

    citation: Citation
    sentence: str
    highlight: str | None
    marked: bool = True  # the span is marked inside the sentence (not for a signing date's line)
    cut: bool = True  # shown cut to the span's clause or segment (quotes.shown); whole when it holds another ask
    asked: tuple[str, ...] = ()  # words the question says: a clause beside the span's saying one is shown too


@dataclass
class PassageInstead:
    """No table has the statistic, but a sentence of the prose answers."""

    absent: NotInTemplate
    passage: PassageFound


@dataclass
class AcrossReports:
    """A prose topic asked across reports: prose figures cannot be compared or added up."""

    topic: str


@dataclass
class NotStated:
    """Nothing in the reports in scope states it."""

    bodies: list[str]
    years: list[int]
    kind: str | None  # the kind of span asked (typed.KINDS), None for a topic
    topic: str


@dataclass
class Digest:
    report: ReportRecord
    sections: list[tuple[str, int | None, str, str]]  # (section, page, sentence, verbatim quote)
    facts: list[tuple[str, Fact]]  # (concept id, fact)


@dataclass
class Summary:
    digests: list[Digest]


@dataclass
class NoSummary:
    bodies: list[str]
    years: list[int]


# --- consistency checks ------------------------------------------------------------------------------


@dataclass
class NoReportToCheck:
    pass


@dataclass
class FailedReports:
    """Reports with a failed check, each with a cell of its first failed check to cite."""

    reports: list[tuple[ReportRecord, list[CheckResult], Fact | None]]
    in_scope: int  # reports looked at


@dataclass
class ReportChecks:
    """One report's checks (of the tables asked about)."""

    report: ReportRecord
    prefixes: list[str]  # the statistics whose tables were asked about, sorted
    checks: list[tuple[CheckResult, dict[str, Fact]]]  # shown checks and their cells' facts
    failed: int  # how many of the report's relevant checks fail (0: all shown pass)


@dataclass
class ChecksOf:
    reports: list[ReportChecks]


# --- what the engine adds ----------------------------------------------------------------------------


@dataclass
class Noted:
    """A finding, and what the question named that the answer does not cover."""

    finding: object
    unknown: list[str] = field(default_factory=list)  # bodies not indexed
    missing: list[tuple[str, list[int]]] = field(default_factory=list)  # (body, its years) lacking the year
    years: list[int] = field(default_factory=list)  # the years asked


#: Every finding type (the contract test renders each in every language).
FINDINGS = (NothingIndexed, CorpusListing, ReportCount, UnknownBody, ImpossibleYear, MissingYear, Sources,
            Identity, Aggregate, Unreadable, Incomplete, NotInTemplate, MetricDifference, Ratio, SumShare, NoRatio,
            MetricSum,            NotMoney, Outcomes, Several, PassageFound,
            PassageInstead, AcrossReports, NotStated, Summary, NoSummary, NoReportToCheck, FailedReports,
            ChecksOf, Noted)


# --- contradictions: the report's text states a cited cell otherwise ------------------------------


@dataclass
class ProseDiffers:
    """A cited fact whose statistic the report's text states with another number."""

    fact: Fact
    prose_value: int
    citation: Citation  # the sentence of the text, quoted verbatim
    unit: str | None = None  # the measure word the text counts it in (收到1份…: 份)


@dataclass
class Contradicted:
    """A finding on facts, and the cited facts the report's own text contradicts."""

    finding: object
    notes: list[ProseDiffers]
    # the computed finding again from the numbers the text states (None: it computes nothing)
    text_reading: object | None = None


# --- asking back (issue 19) ---------------------------------------------------------------------


@dataclass
class Clarification:
    """The question names a body the linker cannot pin down: ask which one is meant. Each
    choice is (the words asked, candidate bodies best first); `unknown` lists the words that
    match no body of the corpus (the candidates are then near misses, not readings)."""

    choices: list[tuple[str, list[str]]]
    unknown: list[str] = field(default_factory=list)


@dataclass
class PartUnmatched:
    """The question narrows a statistic in words no cell of the tables was linked by ("申请是因为
    …的"): its whole is not the answer, so no number; the words, and the closest cells to ask
    back about (best first; none when nothing comes near)."""

    words: str
    whole: Metric
    near: list[Metric] = field(default_factory=list)
    # the words are one part of a sum asked ("新收申请加上被退回的"): `whole` is the sum of the
    # other parts, which is not the answer either
    summed: bool = False
    # one part of a listing ("A和B各几件"): the parts understood are answered beside this note
    listed: bool = False


FINDINGS = (*FINDINGS, Clarification, PartUnmatched)


# --- changes no cell holds: a row's items against the year before, a share's points ---------------


@dataclass
class ItemChange:
    """A row's item count against the year before, in percent, from the one report whose table
    prints both (上一年项目数量 the base, 本年增/减 the change): change ÷ base, both cells cited;
    `percent` None when the base is 0 or a cell is blank."""

    metric: Metric  # the row
    base: Fact
    change: Fact
    percent: float | None
    frame: str  # fall | rise | change: as the question asks it


@dataclass
class YearShare:
    """One year's share, from that year's report: stated (one percent fact) or computed (the
    part over the whole, both cited)."""

    value: float
    facts: list[Fact]  # [stated], or the part's facts then the whole's
    whole: str  # the whole's words as the report names it ("" when the statement names none)
    parts: int = 1  # how many of `facts` add up to the part
    metrics: list[Metric] = field(default_factory=list)  # of a table's cells, one per fact; prose: none
    rate: str = ""  # a rate of the rate table (index/lexicon/rates.py) this share is


@dataclass
class PointsChange:
    """A share's difference in percentage points between two years of one body, each year's share
    from its own report; `points` None when the two are shares of different wholes."""

    part: str  # what the share is of, as the report names it
    first: YearShare  # the year compared
    second: YearShare  # the base year
    points: float | None
    frame: str  # fall | rise | change


FINDINGS = (*FINDINGS, ItemChange, PointsChange)


# --- a follow-up over several earlier answers ("两者加起来是多少？") --------------------------------


@dataclass
class NotCombined:
    """Earlier answers a follow-up asked to combine (total | difference | compare | ratio) that
    cannot be: `why` is "units" (件 and 万元) or "subjects" (different statistics of different
    bodies or years); every input cited, named by its statistic (`names`, one per fact)."""

    op: str
    why: str
    facts: list[Fact]
    names: list[Metric]
    units: list[str] = field(default_factory=list)


FINDINGS = (*FINDINGS, NotCombined)


# --- rates of the rate table (index/lexicon/rates.py) ----------------------------------------------


@dataclass
class RateExtreme:
    """"哪年公开率最高": each report's rate (a SumShare with its rate), the highest (or lowest)
    first, ties kept; `unknown` the reports whose rate could not be computed (a blank or unread
    input, a whole of 0), named, so no winner is claimed over them silently."""

    rate: str
    shares: list[SumShare]  # ranked, the winners first
    winners: int
    most: bool
    unknown: list[SumShare]


@dataclass
class RateGap:
    """Two rates of one report compared ("败诉率比纠错率低多少"): each rate with its cited inputs and
    formula, and `points`, the first less the second in percentage points (None when either
    cannot be computed); `frame` the way asked (lower | higher | change)."""

    first: SumShare
    second: SumShare
    points: float | None
    frame: str


@dataclass
class NoRate:
    """A rate asked of reports whose tables hold none of its inputs (template lacking them, or not read)."""

    rate: str
    bodies: list[str]
    years: list[int]
    said: tuple[str, str] = ("", "")  # the formula it would take, of the reports' template


FINDINGS = (*FINDINGS, RateExtreme, RateGap, NoRate)


@dataclass
class ProseTwice:
    """One thing a report's prose states twice with different figures ("解答纳税人咨询达3000多人次"
    and "约4900人次…咨询涉税信息"): both, each quoted, the one the question's words fit better first."""

    first: PassageFound
    second: PassageFound


FINDINGS = (*FINDINGS, ProseTwice)


@dataclass
class PartsTotal:
    """Parts a report's prose lists after the total it states ("总数473条，其中主动公开123条、…"), asked
    whether they add up: each read from the prose and cited, `asked` the question's word for each
    part, `summed` the parts' sum (equal to the whole's value or not: the verdict)."""

    whole: Fact
    parts: list[Fact]
    asked: list[str]
    summed: float
    given: float | None = None  # the figure the question gives the sum ("加起来等于2543吗"), or None


FINDINGS = (*FINDINGS, PartsTotal)


@dataclass
class RowsTotal:
    """Named rows of a report's table against a named total, a cell of the table or the figure the
    prose states ("网站公开数加上政府公报公开数，等不等于主动公开信息总数？"): each input cited, the
    verdict whether `summed` is the whole's value, said in the question's word (`cue`: 等于, 一致)."""

    whole: Fact
    parts: list[Fact]
    asked: list[str]
    summed: float
    in_prose: bool
    cue: str = ""


FINDINGS = (*FINDINGS, RowsTotal)


@dataclass
class RunningGap:
    """The difference of two consecutive years' running totals (`difference`, the facts route's
    finding) checked against the later year's own figure of the row (`own`): `gap` the difference."""

    difference: object
    own: Fact
    gap: float


FINDINGS = (*FINDINGS, RunningGap)
