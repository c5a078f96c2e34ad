"""What a synthetic report says: its body, year, template and every statistic, as data.

Values are random but consistent: section 三 passes 一+二 = 三(七)+四 per column and the row
totals, section 四 总计 = the sum of its four results, the old appendix's 收到申请数 = the sum
of the filled channel rows. A blank cell is ``None`` (never 0).

Metric keys are the canonical keys of report-format.md (e.g. ``行政处罚.处理决定数量``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from index.models import TEMPLATE_2019, TEMPLATE_2021, TEMPLATE_PRE2019
from index.templates import by_id, modern, pre2019

Number = int | float

# ---------------------------------------------------------------- names

_REGION_A = "青石云白金龙安平清长新永丰宁桃柳松凤鹤梅兰泉溪乐"
_REGION_B = "川桥山河江原泉林阳溪宁平城峰湖台源岭州坪"
_REGION_SUFFIX = ["县", "县", "区", "区", "市"]
_CITY_A = "江海临滨沧衡汉洛信荆"
_CITY_B = "州阳川宁安"

# (bureau, short form, scale of penalties, scale of licences)
BUREAUS: list[tuple[str, str, int, int]] = [
    ("卫生健康局", "卫健局", 60, 200),
    ("市场监督管理局", "市场监管局", 400, 1500),
    ("教育局", "教育局", 3, 40),
    ("人力资源和社会保障局", "人社局", 20, 300),
    ("交通运输局", "交通局", 250, 400),
    ("自然资源局", "自然资源局", 40, 250),
    ("生态环境局", "生态环境局", 80, 60),
    ("住房和城乡建设局", "住建局", 50, 350),
    ("农业农村局", "农业农村局", 30, 120),
    ("应急管理局", "应急局", 40, 30),
]

YEARS = range(2016, 2025)
TRAILING_BLANK_FORMATS = ("pdf", "tab")  # formats that may leave the last cell of a row blank


def template_of(year: int) -> str:
    """"old" (up to 2018), "2019" (2019-2020) or "2021" (2021 on)."""
    return "old" if year <= 2018 else "2019" if year <= 2020 else "2021"


@dataclass(frozen=True)
class Body:
    """An invented issuing body: optional city prefix + region + bureau."""

    city: str  # "" or e.g. "江州市"
    region: str  # e.g. "青川县"
    bureau: str  # e.g. "卫生健康局"
    bureau_short: str  # e.g. "卫健局"
    penalty_scale: int
    licence_scale: int

    @property
    def name(self) -> str:
        return f"{self.city}{self.region}{self.bureau}"

    @property
    def aliases(self) -> list[str]:
        """Acceptable renderings in answers: full name, without the city, short bureau form."""
        out = [self.name, f"{self.region}{self.bureau}", f"{self.region}{self.bureau_short}"]
        return list(dict.fromkeys(out))


#: More syllables for corpora of thousands of bodies: the first alphabets give 476 distinct
#: two-character stems, and a stem is never shared (a short form must name one region). Used
#: only past BASE_REGIONS names, so smaller corpora stay as they were generated before.
_REGION_A_MORE = "华嘉德兴文广泰荣光明瑞祥福胜仁康沙竹杨湘岳秀碧翠玉银铜古仙英雁春秋星月夏冬晴虹锦"
_REGION_B_MORE = "沟口洲关门庄堡店营屯坝塘滩渡湾岗浦港谷坡冈圩埠汀畈垭陂屏岙寨"
BASE_REGIONS = 300


def make_regions(rng: random.Random, n: int, taken: set[str] = frozenset()) -> list[str]:
    """``n`` distinct invented region names (two syllables + 县/区/市), no two sharing a stem."""
    out: list[str] = []
    stems = {r[:2] for r in taken}
    while len(out) < n:
        more = len(stems) >= BASE_REGIONS
        a = rng.choice(_REGION_A + _REGION_A_MORE if more else _REGION_A)
        b = rng.choice(_REGION_B + _REGION_B_MORE if more else _REGION_B)
        if a == b:
            continue
        name = a + b + rng.choice(_REGION_SUFFIX)
        if name[:2] in stems:
            continue
        stems.add(name[:2])
        out.append(name)
    return out


def make_body(rng: random.Random, region: str) -> Body:
    bureau, short, pen, lic = rng.choice(BUREAUS)
    city = ""
    if not region.endswith("市") and rng.random() < 0.4:
        city = rng.choice(_CITY_A) + rng.choice(_CITY_B) + "市"
    return Body(city, region, bureau, short, pen, lic)


# ---------------------------------------------------------------- row and column keys
# Every key, label and unit comes from the national templates (index/templates), the object the
# product reads too; this module only draws values for them.

TEMPLATE_IDS = {"old": TEMPLATE_PRE2019, "2019": TEMPLATE_2019, "2021": TEMPLATE_2021}
APPLICANT_COLS = list(modern.APPLICANT_KEYS)
APPLICANTS = APPLICANT_COLS[:-1]
REVIEW_RESULTS = [r for r, _ in modern.RESULTS]
REVIEW_GROUPS = [g for g, _ in modern.APPEAL_GROUPS]
S3 = modern.REQUESTS
_OUTCOMES = [r.key for r in modern.REQUEST_ROWS if r.key not in ("本年新收", "上年结转", "总计", "结转下年度")]
WITHHELD = [k.split(".", 1)[1] for k in _OUTCOMES if k.startswith("不予公开.")]


def metric(template: str, table: str, row: str, column: str) -> str:
    """The canonical key of a cell of a template ("2019", "二.（一）", "规章", "本年新制作数量")."""
    return by_id(TEMPLATE_IDS[template]).table(table).metric(row, column)


def result_rows(template: str) -> list[str]:
    """Row keys of section 三's 三、本年度办理结果, before （七）总计, in printed order: the 2021
    template splits （六）其他处理 in three numbered rows, the 2019 one prints one row."""
    if template == "2021":
        return [k for k in _OUTCOMES if k != "其他处理"]
    return [k for k in _OUTCOMES if not k.startswith("其他处理.")]


def matrix_rows(template: str) -> list[str]:
    """All row keys of the section 三 matrix, in printed order."""
    return ["本年新收", "上年结转", *result_rows(template), "总计", "结转下年度"]


# Notes the national appendix prints inside some labels (not part of the row's name).
_NOTES = {
    "主动公开情况.主动公开政府信息数": "（不同渠道和方式公开相同信息计1条）",
    "回应解读情况.回应公众关注热点或重大舆情数": "（不同方式回应同一热点或舆情计1次）",
    "机构建设和保障经费情况.专职人员数": "（不包括政府公报及政府网站工作人员数）",
    "机构建设和保障经费情况.政府信息公开专项经费": "（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）",
}
_GROUP_HEADS = {"主动公开情况.政府公报公开政府信息数": "（二）通过不同渠道和方式公开政府信息的情况",
                "回应解读情况.参加或举办新闻发布会总次数": "（二）通过不同渠道和方式回应解读的情况"}


def _appendix_rows() -> list[tuple[str, str, str | None]]:
    """The national appendix 政府信息公开统计表: (printed label, unit, metric key or None for a "——"
    row), from the pre-2019 template's rows."""
    out: list[tuple[str, str, str | None]] = []
    for row in pre2019.APPENDIX.rows:
        if row.local:
            continue
        if row.key in _GROUP_HEADS:
            out.append((_GROUP_HEADS[row.key], "——", None))
        if row.unit is None:
            out.append((row.label, "——", None))
            continue
        out.append((row.label + _NOTES.get(row.key, ""), row.unit, pre2019.APPENDIX.metric(row, "")))
    return out


APPENDIX = _appendix_rows()

OLD_CHANNELS = ["依申请公开情况.当面申请数", "依申请公开情况.传真申请数",
                "依申请公开情况.网络申请数", "依申请公开情况.信函申请数"]


# ---------------------------------------------------------------- one report

@dataclass
class SynthReport:
    """One generated report: metadata, every table value and the prose-only facts."""

    file: str  # "r0001.pdf"
    body: Body
    year: int
    template: str  # "old" | "2019" | "2021"
    fmt: str  # "pdf" | "tab" | "space" | "wrap"
    values: dict[str, Number | None] = field(default_factory=dict)  # metric -> value (None = blank)
    units: dict[str, str] = field(default_factory=dict)
    prose: dict[str, int] = field(default_factory=dict)  # 政务微博粉丝, 12345热线

    def get(self, metric: str) -> Number | None:
        return self.values.get(metric)


def fmt_number(v: Number | None) -> str:
    """How a value is printed: integers plainly, amounts with up to two decimals."""
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".")
    return str(v)


def _trend(rng: random.Random, scale: int, year: int, slope: float) -> int:
    base = scale * (1 + slope * (year - 2020))
    return max(0, int(rng.gauss(base, scale * 0.25)))


def _amount(rng: random.Random, low: float, high: float) -> float:
    cents = rng.randint(int(low * 100), int(high * 100))
    if rng.random() < 0.4:
        cents -= cents % 100  # whole 万元 amounts are common
    return cents / 100


def _split(rng: random.Random, total: int, parts: int, weights: list[float] | None = None) -> list[int]:
    """``total`` split into ``parts`` non-negative integers (weighted, random)."""
    weights = weights or [1.0] * parts
    out = [0] * parts
    for _ in range(total):
        out[rng.choices(range(parts), weights)[0]] += 1
    return out


def _section3(rng: random.Random, r: SynthReport) -> None:
    rows = result_rows(r.template)
    busy = rng.random()
    # applicant columns: mostly individuals, often nothing at all
    scale = 0 if busy < 0.2 else rng.choice([2, 5, 12, 30])
    weights = [12, 3, 0.3, 0.5, 0.6, 1]
    table: dict[str, list[int]] = {row: [0] * 6 for row in matrix_rows(r.template)}
    res_weights = [10, 3] + [0.3] * len(WITHHELD) + [3, 1, 0.5] + [1, 0.6, 0.2, 0.2, 0.3]
    res_weights += [0.4] * (len(rows) - len(res_weights))
    for c in range(6):
        new = _split(rng, scale * 6, 6, weights)[c] if scale else 0
        carried = rng.randint(0, 2) if scale and rng.random() < 0.3 else 0
        carry_out = rng.randint(0, min(2, new + carried)) if rng.random() < 0.3 else 0
        done = new + carried - carry_out
        table["本年新收"][c], table["上年结转"][c], table["结转下年度"][c] = new, carried, carry_out
        for row, v in zip(rows, _split(rng, done, len(rows), res_weights), strict=True):
            table[row][c] = v
        table["总计"][c] = done
    for row, vals in table.items():
        for col, v in zip(APPLICANT_COLS, [*vals, sum(vals)], strict=True):
            r.values[f"{S3}.{row}.{col}"] = v
            r.units[f"{S3}.{row}.{col}"] = "件"


def _section4(rng: random.Random, r: SynthReport) -> None:
    for group in REVIEW_GROUPS:
        parts = [rng.choice([0, 0, 0, 1, 2, 3]) for _ in range(4)]
        for name, v in zip(REVIEW_RESULTS, [*parts, sum(parts)], strict=True):
            r.values[f"{group}.{name}"] = v
            r.units[f"{group}.{name}"] = "件"


def _put(r: SynthReport, metric: str, value: Number | None, unit: str) -> None:
    r.values[metric] = value
    r.units[metric] = unit


def _section2_2019(rng: random.Random, r: SynthReport, slope: float, blank_delta: bool) -> None:
    b = r.body
    key = lambda table, row, col: metric("2019", table, row, col)  # noqa: E731
    for row in ("规章", "规范性文件"):
        made = rng.randint(0, 2 if row == "规章" else 12)
        published = rng.randint(0, made)
        _put(r, key("二.（一）", row, "本年新制作数量"), made, "件")
        _put(r, key("二.（一）", row, "本年新公开数量"), published, "件")
        _put(r, key("二.（一）", row, "对外公开总数量"), published + rng.randint(0, 60), "件")
    decisions = {
        "行政许可": _trend(rng, b.licence_scale, r.year, slope),
        "其他对外管理服务事项": rng.choice([0, 0, rng.randint(1, 80)]),
        "行政处罚": _trend(rng, b.penalty_scale, r.year, slope),
        "行政强制": rng.choice([0, 0, rng.randint(0, max(1, b.penalty_scale // 10))]),
    }
    tables = {"行政许可": "二.（五）", "其他对外管理服务事项": "二.（五）", "行政处罚": "二.（六）", "行政强制": "二.（六）"}
    for row, decided in decisions.items():
        items = rng.randint(0, 150)
        delta = rng.randint(-min(items, 25), 25)
        _put(r, key(tables[row], row, "上一年项目数量"), items, "项")
        _put(r, key(tables[row], row, "本年增减"), None if blank_delta and row == "行政处罚" else delta, "项")
        _put(r, key(tables[row], row, "处理决定数量"), decided, "件")
    _put(r, key("二.（八）", "行政事业性收费", "上一年项目数量"), rng.randint(0, 12), "项")
    # A blank in the last column of a tab-separated row ("行政事业性收费\t2\t") is realistic, but the
    # product currently loses the whole row on it (reported bug), so only ruled PDFs get one.
    trailing_blank = blank_delta and r.fmt in TRAILING_BLANK_FORMATS
    _put(r, key("二.（八）", "行政事业性收费", "本年增减"), None if trailing_blank else rng.randint(-2, 2), "项")
    _put(r, key("二.（九）", "政府集中采购", "采购项目数量"), rng.randint(0, 40), "项")
    _put(r, key("二.（九）", "政府集中采购", "采购总金额"), _amount(rng, 0, 5000), "万元")


def _section2_2021(rng: random.Random, r: SynthReport, slope: float) -> None:
    b = r.body
    key = lambda table, row, col: metric("2021", table, row, col)  # noqa: E731
    for row in ("规章", "规范性文件"):
        made = rng.randint(0, 2 if row == "规章" else 12)
        _put(r, key("二.（一）", row, "本年制发件数"), made, "件")
        _put(r, key("二.（一）", row, "本年废止件数"), rng.randint(0, 3), "件")
        _put(r, key("二.（一）", row, "现行有效件数"), made + rng.randint(0, 60), "件")
    _put(r, key("二.（五）", "行政许可", "处理决定数量"), _trend(rng, b.licence_scale, r.year, slope), "件")
    _put(r, key("二.（六）", "行政处罚", "处理决定数量"), _trend(rng, b.penalty_scale, r.year, slope), "件")
    _put(r, key("二.（六）", "行政强制", "处理决定数量"),
         rng.choice([0, 0, rng.randint(0, max(1, b.penalty_scale // 10))]), "件")
    _put(r, key("二.（八）", "行政事业性收费", "收费金额"), rng.choice([0.0, _amount(rng, 0, 3000)]), "万元")


def _appendix(rng: random.Random, r: SynthReport, blank_channels: bool) -> None:
    v: dict[str, Number | None] = {}
    site, weibo, wechat, other = (rng.randint(20, 400), rng.randint(0, 200), rng.randint(0, 200),
                                  rng.randint(0, 60))
    v["主动公开情况.政府公报公开政府信息数"] = None if rng.random() < 0.5 else rng.randint(0, 10)
    v["主动公开情况.政府网站公开政府信息数"] = site
    v["主动公开情况.政务微博公开政府信息数"] = weibo
    v["主动公开情况.政务微信公开政府信息数"] = wechat
    v["主动公开情况.其他方式公开政府信息数"] = other
    v["主动公开情况.主动公开政府信息数"] = site + other + rng.randint(0, 30)
    v["主动公开情况.主动公开规范性文件数"] = rng.randint(0, 10)
    v["主动公开情况.制发规范性文件总数"] = rng.randint(0, 10)
    v["回应解读情况.回应公众关注热点或重大舆情数"] = rng.randint(0, 15)
    for k in ("参加或举办新闻发布会总次数", "主要负责同志参加新闻发布会次数", "政府网站在线访谈次数",
              "主要负责同志参加政府网站在线访谈次数", "政策解读稿件发布数", "微博微信回应事件数",
              "其他方式回应事件数"):
        v[f"回应解读情况.{k}"] = rng.choice([0, 0, rng.randint(1, 12)])
    channels = _split(rng, rng.choice([0, 0, rng.randint(1, 40)]), 4, [3, 0.2, 5, 1])
    v["依申请公开情况.收到申请数"] = sum(channels)
    for key, n in zip(OLD_CHANNELS, channels, strict=True):
        v[key] = None if blank_channels else n
    received = sum(channels)
    late = rng.randint(0, min(2, received))
    v["依申请公开情况.申请办结数"] = received
    v["依申请公开情况.按时办结数"] = received - late
    v["依申请公开情况.延期办结数"] = late
    v["依申请公开情况.申请答复数"] = received
    answers = _split(rng, received, 8, [3, 6, 1, 1, 1, 1, 0.5, 0.5])
    refusal_kinds = _split(rng, answers[3], 6)
    names = ["属于已主动公开范围数", "同意公开答复数", "同意部分公开答复数", "不同意公开答复数",
             "不属于本行政机关公开数", "申请信息不存在数", "告知作出更改补充数", "告知通过其他途径办理数"]
    kinds = ["涉及国家秘密", "涉及商业秘密", "涉及个人隐私", "危及国家安全、公共安全、经济安全和社会稳定",
             "不是《条例》所指政府信息", "法律法规规定的其他情形"]
    for k, n in zip(names, answers, strict=True):
        v[f"依申请公开情况.{k}"] = n
    for k, n in zip(kinds, refusal_kinds, strict=True):
        v[f"依申请公开情况.{k}"] = n
    for head, parts in (("行政复议数量", ["维持具体行政行为数", "被依法纠错数", "其他情形数"]),
                        ("行政诉讼数量", ["维持具体行政行为或者驳回原告诉讼请求数", "被依法纠错数", "其他情形数"])):
        ns = [rng.choice([0, 0, 0, 1]) for _ in parts]
        v[head] = sum(ns)
        for p, n in zip(parts, ns, strict=True):
            v[f"{head}.{p}"] = n
    v["举报投诉数量"] = rng.randint(0, 5)
    v["依申请公开信息收取的费用"] = 0
    v["机构建设和保障经费情况.政府信息公开工作专门机构数"] = rng.randint(0, 1)
    v["机构建设和保障经费情况.设置政府信息公开查阅点数"] = rng.randint(0, 3)
    full, part = rng.randint(0, 3), rng.randint(0, 4)
    v["机构建设和保障经费情况.从事政府信息公开工作人员数"] = full + part
    v["机构建设和保障经费情况.专职人员数"] = full
    v["机构建设和保障经费情况.兼职人员数"] = part
    v["机构建设和保障经费情况.政府信息公开专项经费"] = rng.choice([0, 0, _amount(rng, 0.5, 20)])
    v["政府信息公开会议和培训情况.召开政府信息公开工作会议或专题会议数"] = rng.randint(0, 6)
    courses = rng.randint(0, 5)
    v["政府信息公开会议和培训情况.举办各类培训班数"] = courses
    v["政府信息公开会议和培训情况.接受培训人员数"] = courses * rng.randint(0, 40)
    for _label, unit, metric in APPENDIX:
        if metric:
            _put(r, metric, v[metric], unit)


def fill_values(rng: random.Random, r: SynthReport, slope: float) -> None:
    """Draw every value of ``r`` (consistent per report-format.md) and its prose facts."""
    if r.template == "old":
        _appendix(rng, r, blank_channels=rng.random() < 0.35)
    else:
        if r.template == "2019":
            # blank 增/减 cells only where the layout keeps the column (ruled PDF, tab text)
            _section2_2019(rng, r, slope, blank_delta=r.fmt in ("pdf", "tab") and rng.random() < 0.3)
        else:
            _section2_2021(rng, r, slope)
        _section3(rng, r)
        _section4(rng, r)
    r.prose = {
        "政务微博粉丝": rng.randint(80, 60000),
        "12345热线": rng.randint(5, 3000),
    }
