"""The Query a question turns into: the slots it fills (bodies, years, statistics, intent and what
narrows them), and SLOTS, the ones a follow-up can leave out. query.py fills them (`parse`),
inherit.py says which a follow-up takes from the last turn, intent_rules.py settles the intent."""

from __future__ import annotations

from dataclasses import dataclass, field

from .gazetteer import Entity, Mention
from .intents import Intent
from .metrics import Metric
from .statistics import Narrowed
from .threshold import Threshold


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
