"""Questions with known answers over a generated corpus, in the eval/questions/README.md format.

Kinds: lookup (zh and en, including blank cells), most, least, total, ranking, trend,
followup, refusal_year, refusal_body, passage. The answers come from the generator's own
values, never from the product.
"""

from __future__ import annotations

import random
from collections import defaultdict

from .model import BUREAUS, Body, SynthReport, fmt_number, make_regions

BLANK = ["未填报", "空白", "未填写", "未报告", "未填", "not reported", "blank", "left empty", "empty", "not filled"]
TIE = ["并列", "相同", "都", "均", "tie", "tied", "both", "all", "equal"]
REFUSE = {"zh": ["没有", "未"], "en": ["No report", "not indexed"]}
ZERO = ["0", "没有", "无", "none"]

# metric -> (zh question, en question), {n} body, {y} year
LOOKUPS: dict[str, tuple[str, str]] = {
    "行政处罚.处理决定数量": ("{n}{y}年行政处罚多少件？", "How many administrative penalties did {n} issue in {y}?"),
    "行政许可.处理决定数量": ("{n}{y}年行政许可的处理决定数量是多少？",
                          "How many administrative licences did {n} grant in {y}?"),
    "行政强制.处理决定数量": ("{n}{y}年行政强制的处理决定有多少件？",
                          "How many administrative compulsion decisions did {n} make in {y}?"),
    "行政事业性收费.收费金额": ("{n}{y}年行政事业性收费金额是多少万元？",
                           "How much did {n} collect in administrative fees (行政事业性收费) in {y}?"),
    "政府集中采购.采购总金额": ("{n}{y}年政府集中采购总金额是多少？",
                           "What was the total centralised government procurement amount of {n} in {y}?"),
    "政府信息公开申请.本年新收.总计": ("{n}{y}年新收了多少件政府信息公开申请？",
                                "How many new information disclosure requests did {n} receive in {y}?"),
    "行政复议.总计": ("{n}{y}年因政府信息公开被申请行政复议共多少件？",
                   "How many administrative reviews about information disclosure did {n} face in {y}?"),
    "主动公开情况.主动公开政府信息数": ("{n}{y}年主动公开了多少条政府信息？",
                                "How many government information items did {n} proactively disclose in {y}?"),
    "主动公开情况.政府网站公开政府信息数": ("{n}{y}年通过政府网站公开了多少条政府信息？",
                                  "How many items did {n} publish on its government website in {y}?"),
    "依申请公开情况.收到申请数": ("{n}{y}年收到多少件政府信息公开申请？",
                            "How many information disclosure requests did {n} receive in {y}?"),
}
# metrics compared across bodies: metric -> (zh measure, en measure, unit word)
COMPARE: dict[str, tuple[str, str]] = {
    "行政处罚.处理决定数量": ("行政处罚", "administrative penalties"),
    "行政许可.处理决定数量": ("行政许可", "administrative licences"),
    "政府信息公开申请.本年新收.总计": ("新收政府信息公开申请", "new information disclosure requests"),
}
BLANK_LOOKUPS: dict[str, str] = {
    "行政处罚.本年增减": "{n}{y}年行政处罚事项的“本年增/减”是多少？",
    "行政事业性收费.本年增减": "{n}{y}年行政事业性收费项目的“本年增/减”是多少？",
    "依申请公开情况.当面申请数": "{n}{y}年统计表中“当面申请数”是多少？",
    "主动公开情况.政府公报公开政府信息数": "{n}{y}年统计表中“政府公报公开政府信息数”是多少？",
}


def _value_item(v) -> list[str]:
    s = fmt_number(v)
    return ZERO if s == "0" else [s]


def _forbidden(values, keep: set[str] = frozenset()) -> list[str]:
    """Numbers that must not appear: distinct, not tiny, not year-like, not in ``keep``."""
    out = []
    for v in values:
        s = fmt_number(v)
        if v is None or s in keep or s in out or float(v) < 10 or 2000 <= float(v) <= 2030:
            continue
        out.append(s)
    return out[:10]


class _Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.items: list[dict] = []

    def add(self, kind: str, lang: str, turns: list[str], expect: list[list[list[str]]],
            cite: list[str], forbid: list[str] | None = None) -> None:
        self.items.append({"id": f"g{len(self.items) + 1:04d}", "kind": kind, "lang": lang, "turns": turns,
                           "expect": expect, "cite": sorted(cite), "forbid": forbid or []})

    def name(self, body: Body) -> str:
        return self.rng.choice(body.aliases[:2])


def make_questions(reports: list[SynthReport], rng: random.Random, regions: list[str],
                   per_kind: int = 12) -> list[dict]:
    """Questions over ``reports``; at most about ``per_kind`` of each kind."""
    b = _Builder(rng)
    by_body: dict[str, list[SynthReport]] = defaultdict(list)
    by_year: dict[int, list[SynthReport]] = defaultdict(list)
    for r in sorted(reports, key=lambda r: (r.body.name, r.year)):
        by_body[r.body.name].append(r)
        by_year[r.year].append(r)
    sample = rng.sample(reports, min(len(reports), per_kind * 3))

    # lookup: one per sampled report, alternating languages
    for i, r in enumerate(sample):
        metrics = [m for m in LOOKUPS if r.get(m) is not None]
        m = rng.choice(metrics)
        lang = "zh" if i % 2 == 0 else "en"
        text = LOOKUPS[m][0 if lang == "zh" else 1].format(n=b.name(r.body), y=r.year)
        others = [o.get(m) for o in by_body[r.body.name] if o is not r]
        b.add("lookup", lang, [text], [[r.body.aliases, _value_item(r.get(m))]], [r.file],
              _forbidden(others, {fmt_number(r.get(m))}))
    # lookup of blank cells
    blanks = [(r, m) for r in reports for m in BLANK_LOOKUPS if m in r.values and r.get(m) is None]
    for r, m in rng.sample(blanks, min(len(blanks), max(2, per_kind // 3))):
        b.add("lookup", "zh", [BLANK_LOOKUPS[m].format(n=b.name(r.body), y=r.year)], [[BLANK]], [r.file])

    _compare_questions(b, by_year, per_kind)
    _trend_questions(b, by_body, per_kind)

    # followup: licences, then penalties of the same report
    modern = [r for r in sample if r.template != "old"]
    for i, r in enumerate(modern[:per_kind]):
        lic, pen = r.get("行政许可.处理决定数量"), r.get("行政处罚.处理决定数量")
        if i % 2 == 0:
            turns = [f"{b.name(r.body)}{r.year}年行政许可多少件？", "那行政处罚呢？"]
            lang = "zh"
        else:
            turns = [f"How many administrative licences did {b.name(r.body)} grant in {r.year}?", "And penalties?"]
            lang = "en"
        b.add("followup", lang, turns, [[r.body.aliases, _value_item(lic)], [_value_item(pen)]], [r.file])

    # refusal_year: a body asked about a year it has no report for
    bodies = list(by_body.values())
    rng.shuffle(bodies)
    for i, rs in enumerate(bodies[:per_kind // 2]):
        missing = [y for y in range(2019, 2026) if y not in {r.year for r in rs}]  # years with penalty rows
        if not missing:
            continue
        y, body, lang = rng.choice(missing), rs[0].body, "zh" if i % 2 == 0 else "en"
        text = LOOKUPS["行政处罚.处理决定数量"][0 if lang == "zh" else 1].format(n=b.name(body), y=y)
        b.add("refusal_year", lang, [text], [[REFUSE[lang]]], [],
              _forbidden([r.get("行政处罚.处理决定数量") for r in rs]))
    # refusal_body: an invented body that is not in the corpus
    taken = {r.body.region for r in reports}
    for i, region in enumerate(make_regions(rng, per_kind // 2, taken | set(regions))):
        bureau = rng.choice(BUREAUS)[0]
        years = [y for y, rs in by_year.items() if any(r.template != "old" for r in rs)]
        if not years:
            break
        y, lang = rng.choice(sorted(years)), "zh" if i % 2 == 0 else "en"
        text = LOOKUPS["行政处罚.处理决定数量"][0 if lang == "zh" else 1].format(n=region + bureau, y=y)
        b.add("refusal_body", lang, [text], [[REFUSE[lang]]], [],
              _forbidden([r.get("行政处罚.处理决定数量") for r in by_year[y]]))

    # passage: prose-only facts
    for i, r in enumerate(sample[:per_kind]):
        n = b.name(r.body)
        if i % 3 == 2:
            b.add("passage", "zh", [f"{n}{r.year}年12345热线受理了多少件群众诉求？"],
                  [[[str(r.prose["12345热线"])]]], [r.file])
        elif i % 3 == 1:
            b.add("passage", "en", [f"How many followers did {n}'s government Weibo account have at the end of {r.year}?"],
                  [[[str(r.prose["政务微博粉丝"])]]], [r.file])
        else:
            b.add("passage", "zh", [f"{n}{r.year}年政务微博粉丝有多少？"], [[[str(r.prose["政务微博粉丝"])]]], [r.file])
    return b.items


def _compare_questions(b: _Builder, by_year: dict[int, list[SynthReport]], per_kind: int) -> None:
    """most / least / total / ranking across the bodies of one year."""
    cases = [(y, m) for y in sorted(by_year) for m in COMPARE
             if sum(r.get(m) is not None for r in by_year[y]) >= 2]
    b.rng.shuffle(cases)
    for i, (y, m) in enumerate(cases[:per_kind]):
        rs = [r for r in by_year[y] if r.get(m) is not None]
        zh, en = COMPARE[m]
        cite = [r.file for r in rs]
        lang = "zh" if i % 2 == 0 else "en"
        for kind, pick in (("most", max), ("least", min)):
            best = pick(r.get(m) for r in rs)
            tied = [r for r in rs if r.get(m) == best]
            if len(tied) > 4:
                continue
            if lang == "zh":
                text = f"{y}年哪个机关的{zh}{'最多' if kind == 'most' else '最少'}？"
            else:
                text = f"In {y}, which body had the {'most' if kind == 'most' else 'fewest'} {en}?"
            expect = [r.body.aliases for r in tied] + [_value_item(best)]
            if len(tied) > 1:
                expect.append(TIE)
            b.add(kind, lang, [text], [expect], cite)
        total = sum(r.get(m) for r in rs)
        text = (f"{y}年各机关的{zh}合计多少件？" if lang == "zh"
                else f"What was the total number of {en} across all bodies in {y}?")
        b.add("total", lang, [text], [[_value_item(total)]], cite)
        ranked = sorted(rs, key=lambda r: -r.get(m))
        if len(ranked) <= 6:
            text = (f"按{zh}数量从高到低给{y}年的各机关排序。" if lang == "zh"
                    else f"Rank the bodies by {en} in {y}, highest first.")
            expect = [r.body.aliases for r in ranked] + [_value_item(v) for v in dict.fromkeys(r.get(m) for r in ranked)]
            b.add("ranking", lang, [text], [expect], cite)
        elif len({r.get(m) for r in ranked[:4]}) == 4:
            text = (f"{y}年{zh}最多的三个机关是哪些？" if lang == "zh"
                    else f"Which three bodies had the most {en} in {y}?")
            expect = [r.body.aliases for r in ranked[:3]] + [_value_item(r.get(m)) for r in ranked[:3]]
            b.add("ranking", lang, [text], [expect], cite)


def _trend_questions(b: _Builder, by_body: dict[str, list[SynthReport]], per_kind: int) -> None:
    """How one body's penalties or licences change across its years."""
    names = sorted(by_body)
    b.rng.shuffle(names)
    count = 0
    for name in names:
        m = b.rng.choice(["行政处罚.处理决定数量", "行政许可.处理决定数量"])
        rs = [r for r in by_body[name] if r.get(m) is not None]
        if len(rs) < 2:
            continue
        zh, en = COMPARE[m]
        lang = "zh" if count % 2 == 0 else "en"
        n = b.name(rs[0].body)
        text = (f"{n}历年的{zh}数量有何变化？" if lang == "zh"
                else f"How did the number of {en} of {n} change over the years?")
        expect = [item for r in rs for item in ([str(r.year)], _value_item(r.get(m)))]
        b.add("trend", lang, [text], [expect], [r.file for r in rs])
        count += 1
        if count >= per_kind:
            break
