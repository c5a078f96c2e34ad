"""Who issued a report, for which year, in which template, and where its sections are."""

from __future__ import annotations

import re

from .clean import CleanDocument
from .models import TEMPLATE_2019, TEMPLATE_2021, TEMPLATE_PRE2019, ReportMeta, Section


class MetadataError(Exception):
    """The file is not a report we can attribute; the message says what is missing."""


_CN_DIGITS = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
               "六": "6", "七": "7", "八": "8", "九": "9"}
_CN = "〇零一二三四五六七八九"
_YEAR = rf"(?:19|20)\d{{2}}|[{_CN}]{{4}}"
_KIND = r"(?:政府信息公开|政务公开|信息公开)"
# Body then year ("灵武市卫生健康局2020年政府信息公开工作年度报告") or year then body.
_TITLE_BODY_FIRST = re.compile(rf"(?P<body>[\u4e00-\u9fff()（）]{{2,40}}?)(?:关于)?(?P<year>{_YEAR})年度?{_KIND}")
_TITLE_YEAR_FIRST = re.compile(rf"(?P<year>{_YEAR})年度?(?P<body>[\u4e00-\u9fff()（）]{{2,40}}?){_KIND}")
_REPORT_WORDS = re.compile(r"年度报告|年报")

_DIVISIONS = ("自治区", "地区", "街道", "省", "市", "州", "盟", "县", "区", "旗", "镇", "乡")
# Words a bureau name starts with; they decide where the region ends when a division character
# also appears inside the bureau name (中卫市|市场监督管理局).
_BUREAU_HEADS = (
    "卫生", "市场", "人民政府", "教育", "公安", "财政", "自然资源", "生态环境", "住房", "交通",
    "水务", "水利", "农业", "商务", "文化", "退役", "应急", "审计", "统计", "医疗保障", "林业",
    "民政", "司法", "人力资源", "发展和改革", "科学技术", "工业和信息化", "民族", "体育", "乡村振兴",
    "政务服务", "信访", "城市管理", "综合执法", "行政审批", "粮食", "税务", "气象", "档案", "机关",
    "计划生育", "残疾人", "妇女", "总工会", "住房和城乡建设", "规划", "国土资源", "环境保护",
)
ABBREVIATIONS = {
    "卫生健康局": "卫健局",
    "卫生健康委员会": "卫健委",
    "卫生和计划生育局": "卫计局",
    "卫生和计划生育委员会": "卫计委",
    "人力资源和社会保障局": "人社局",
    "市场监督管理局": "市场监管局",
    "发展和改革委员会": "发改委",
    "住房和城乡建设局": "住建局",
    "自然资源局": "自然资源局",
    "生态环境局": "生态环境局",
    "教育体育局": "教体局",
    "文化旅游广电局": "文旅广电局",
    "医疗保障局": "医保局",
}


def parse_year(text: str) -> int:
    if text[0] in _CN:
        return int("".join(_CN_DIGITS[c] for c in text))
    return int(text)


def find_title(text: str) -> tuple[str, int, str]:
    """Return (body, year, title) from the first lines; raises MetadataError."""
    head = re.sub(r"\s+", "", text[:400])
    if not _REPORT_WORDS.search(re.sub(r"\s+", "", text[:1500])) or "公开" not in head:
        raise MetadataError("not a 政府信息公开工作年度报告 (no report title found)")
    match = _TITLE_BODY_FIRST.search(head[:160])
    if match and _DIVISIONS_RE.search(match.group("body")) is None and not match.group("body").endswith(("局", "委", "会", "办", "厅", "府", "院", "室", "部", "中心")):
        match = None
    match = match or _TITLE_YEAR_FIRST.search(head[:160])
    if not match:
        raise MetadataError("report title found, but not the issuing body and year")
    body = re.sub(r"^(附件\d*|关于|印发)", "", match.group("body"))
    year = parse_year(match.group("year"))
    end = head.find("报告", match.end())
    title = head[match.start(): end + 2] if 0 <= end < match.end() + 30 else head[match.start(): match.end()]
    if len(body) < 2:
        raise MetadataError("report title found, but no issuing body in it")
    return body, year, title


_DIVISIONS_RE = re.compile("|".join(_DIVISIONS))


def split_body(body: str) -> tuple[str, str]:
    """中卫市沙坡头区卫生健康局 -> (中卫市沙坡头区, 卫生健康局)."""
    cuts = [m.end() for m in _DIVISIONS_RE.finditer(body) if m.end() < len(body)]
    for cut in sorted(cuts, reverse=True):
        if body[cut:].startswith(_BUREAU_HEADS):
            return body[:cut], body[cut:]
    if cuts:
        cut = max(c for c in cuts if not body[c:].startswith(_DIVISIONS)) if any(
            not body[c:].startswith(_DIVISIONS) for c in cuts) else cuts[-1]
        return body[:cut], body[cut:]
    return "", body


def _abbreviate(bureau: str) -> str:
    """Generic short forms: 应急管理局 -> 应急局, 交通运输局 -> 交通局 (the first two characters
    of a four-character field plus the bureau word)."""
    match = re.fullmatch(r"(.{2,4}?)(?:管理|运输|事务|服务)(局|中心)", bureau)
    if match:
        return match.group(1) + match.group(2)
    return ""


def short_names(region: str, bureau: str) -> list[str]:
    """Names people use: 沙坡头区卫健局, 沙坡头区卫生健康局, 沙坡头区, 沙坡头."""
    parts = [m.group(0) for m in re.finditer(rf".+?(?:{'|'.join(_DIVISIONS)})", region)]
    inner = parts[-1] if parts else region
    abbrev = ABBREVIATIONS.get(bureau, "") or _abbreviate(bureau)
    names = [inner + bureau]
    if abbrev:
        names += [inner + abbrev, region + abbrev]
    if inner:
        names.append(inner)
        stem = re.sub(f"({'|'.join(_DIVISIONS)})$", "", inner)
        if len(stem) >= 2:
            names.append(stem)
            if abbrev:
                names.append(stem + abbrev)
    seen: list[str] = []
    for name in names:
        if name and name not in seen and name != region + bureau:
            seen.append(name)
    return seen


_TEMPLATE_MARKERS = [
    (TEMPLATE_2021, ("本年制发件数", "〔2021〕30", "本年处理决定数量", "本年收费金额")),
    (TEMPLATE_2019, ("本年新制作数量", "〔2019〕60", "上一年项目数量", "处理决定数量")),
    (TEMPLATE_PRE2019, ("统计指标", "统计数", "收到申请数", "政府信息公开统计表")),
]


def detect_template(text: str, year: int) -> str:
    packed = re.sub(r"\s+", "", text)
    for template, markers in _TEMPLATE_MARKERS:
        if any(m in packed for m in markers):
            return template
    if year <= 2018:
        return TEMPLATE_PRE2019
    return TEMPLATE_2019 if year <= 2020 else TEMPLATE_2021


# The six fixed sections of the 2019 and 2021 templates, each known by a keyword of its title.
MODERN_SECTIONS = [
    (1, "总体情况"),
    (2, "主动公开"),
    (3, "收到和处理"),
    (4, "行政复议"),
    (5, "存在的主要问题"),
    (6, "其他需要报告"),
]
_NUMERALS = "一二三四五六七八九十"
_SECTION_START = re.compile(rf"^([{_NUMERALS}]{{1,2}})、\s*(.*)$", re.M)


def find_sections(clean: CleanDocument, template: str) -> list[Section]:
    text = clean.text
    heads: list[tuple[int, int, str]] = []  # (number, offset, title)
    expected = 1
    appendix = re.search(r"^.*政府信息公开(工作)?统计表.*$", text, re.M)
    if template != TEMPLATE_PRE2019:
        appendix = None
    # The appendix table numbers its own rows 一、二、...; they are not sections.
    for match in _SECTION_START.finditer(text, 0, appendix.start() if appendix else len(text)):
        number = _NUMERALS.index(match.group(1)[-1]) + 1 if len(match.group(1)) == 1 else 10
        if number != expected:
            continue
        title = match.group(0).strip()
        if template != TEMPLATE_PRE2019:
            keyword = MODERN_SECTIONS[number - 1][1] if number <= 6 else None
            if keyword is None or keyword not in title[:40]:
                continue
        heads.append((number, match.start(), _short_title(title)))
        expected += 1
    if appendix:
        heads.append((len(heads) + 1, appendix.start(), "附:政府信息公开统计表"))
    sections = []
    for i, (number, start, title) in enumerate(heads):
        end = heads[i + 1][1] if i + 1 < len(heads) else len(text)
        sections.append(Section(number, title, start, end, clean.page_at(start)))
    return sections


def _short_title(line: str) -> str:
    title = re.split(r"[。;；]", line)[0]
    return title[:40]


def extract_metadata(clean: CleanDocument) -> ReportMeta:
    body, year, title = find_title(clean.text)
    region, bureau = split_body(body)
    template = detect_template(clean.text, year)
    meta = ReportMeta(body, region, bureau, short_names(region, bureau), year, template, title)
    meta.sections = find_sections(clean, template)
    return meta
