"""Who issued a report, for which year, in which template, and where its sections are.

The title names body and year. Where the title is missing, split over lines or garbled, the
capture header (标题, 发布机构), the opening sentence (本报告由…编制) and the contact paragraph
(请与…联系) name the body too. Breadcrumbs and publication timestamps are page furniture, never
data, and never the year covered; the report's own period statement (统计期限自…1月1日起至…12月31日)
decides the year where the title prints a revision date, a publication date or a range, and a
year not over yet is refused. A page that only lists reports is none. The body's name is then completed from the report's own
mentions: a title that names only a region means its government (平潭综合实验区 ->
平潭综合实验区管委会 where the report says so), a name without its city gets it where the report
prints it (洪泽区人民政府 -> 淮安市洪泽区人民政府), and an OCR look-alike character (沐阳 for 沭阳)
is corrected to the spelling the report uses elsewhere, or to the one real division the national
division codes know (the printed form stays one of its short names). A cover letter or notice
the report is published behind (…的函, its own dates) is skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from .clean import CleanDocument, strip_furniture
from .divisions import lookalike_division
from .document import Document
from .lexicon.bureaus import (
    ABBREVIATIONS,
    BODY_ENDS,
    BUREAU_HEADS,
    BUREAU_SUFFIXES,
    CONJUNCTIONS,
    FIELD_TAILS,
    FILLERS,
    GOVERNMENT_FULL_NAMES,
    OFFICE_SUFFIXES,
)
from .lexicon.divisions import DIVISIONS, NOT_A_NAME_START, NOT_A_PART_START, PARENT_DIVISIONS
from .lexicon.lookalikes import LOOKALIKES
from .lexicon.numerals import CN_YEAR_DIGITS, SECTION_NUMERALS, cn_digits_to_int
from .models import ReportMeta, Section
from .templates import Template, templates


class MetadataError(Exception):
    """The file is not a report we can attribute; the message says what is missing."""


_CN = CN_YEAR_DIGITS
_YEAR = rf"(?:19|20)\d{{2}}|[{_CN}]{{4}}"
_KIND = r"(?:政府信息公开|政务公开|信息公开)"
_NAME = r"[\u4e00-\u9fff()（）·]"
# Body then year ("灵武市卫生健康局2020年政府信息公开工作年度报告") or year then body.
_TITLE_BODY_FIRST = re.compile(rf"(?P<body>{_NAME}{{2,40}}?)(?:关于)?(?P<year>{_YEAR})年度?(?:的)?{_KIND}")
_TITLE_YEAR_FIRST = re.compile(rf"(?P<year>{_YEAR})年度?(?P<body>{_NAME}{{2,40}}?){_KIND}")
_REPORT_TITLE = re.compile(rf"(?:{_YEAR})年度?(?:的)?{_KIND}(?:工作)?(?:年度)?(?:报告|年报)")
# A title that announces something about reports is not a report ("关于做好…年度报告工作的通知").
_NOT_A_REPORT = re.compile(r"(?:报告|年报)(?:的|编制|发布|工作|有关事项|相关工作)*(?:的)?(?:通知|通报|意见|办法|方案|要点|批复|函|公告|情况说明)")
# Longest first: "综合实验区" is one division word ("平潭|综合实验区"), not "…实验|区".
_DIVISIONS = tuple(sorted(DIVISIONS, key=len, reverse=True))


def bureau_abbreviations(bureau: str) -> list[str]:
    """Short forms of a bureau's name, as reports and people write them: the usual ones
    (卫健局, 人社局), the name without filler words and conjunctions (执法应急局), and the first
    character of each two-character word (经济发展局 -> 经发局, 旅游与文化体育局 -> 旅文体局,
    地方税务局 -> 地税局)."""
    out = [ABBREVIATIONS.get(bureau, "")]
    match = re.fullmatch(f"(.+?)({'|'.join(BUREAU_SUFFIXES)})", bureau)
    if match:
        core, suffix = match.groups()
        short_suffix = BUREAU_SUFFIXES[suffix]
        words = [w for w in re.split(f"[{CONJUNCTIONS}]", core) if w]
        plain = "".join(w for w in words for w in [_drop_fillers(w)] if w)
        if plain and plain != core:
            out.append(plain + suffix)
        if suffix in OFFICE_SUFFIXES:  # an office is said by its whose and 办: 管委会办公室 -> 管委会办, 政府办
            out.append(core + short_suffix)
        chars = "".join(words)
        if plain == chars and len(chars) >= 4 and len(chars) % 2 == 0:
            out.append("".join(chars[i] for i in range(0, len(chars), 2)) + short_suffix)
    return [a for a in dict.fromkeys(out) if a and a != bureau]


def _drop_fillers(word: str) -> str:
    for filler in FILLERS:
        if len(word) > len(filler):
            word = word.replace(filler, "")
    return word


def parse_year(text: str) -> int:
    return cn_digits_to_int(text) if text[0] in _CN else int(text)


_DIVISIONS_RE = re.compile("|".join(_DIVISIONS))


def split_body(body: str) -> tuple[str, str]:
    """中卫市沙坡头区卫生健康局 -> (中卫市沙坡头区, 卫生健康局); a region alone (平潭综合实验区) ->
    (平潭综合实验区, "")."""
    if region_parts(body) and "".join(region_parts(body)) == body:
        return body, ""
    cuts = [m.end() for m in _DIVISIONS_RE.finditer(body) if m.end() < len(body)]
    for cut in sorted(cuts, reverse=True):
        if body[cut:].startswith(BUREAU_HEADS):
            return body[:cut], body[cut:]
    if cuts:
        cut = max(c for c in cuts if not body[c:].startswith(_DIVISIONS)) if any(
            not body[c:].startswith(_DIVISIONS) for c in cuts) else cuts[-1]
        return body[:cut], body[cut:]
    return "", body


def _abbreviate(bureau: str) -> str:
    """Generic short forms: 应急管理局 -> 应急局, 交通运输局 -> 交通局 (the first two characters
    of a four-character field plus the bureau word)."""
    match = re.fullmatch(f"(.{{2,4}}?)(?:{'|'.join(FIELD_TAILS)})(局|中心)", bureau)
    if match:
        return match.group(1) + match.group(2)
    abbreviations = bureau_abbreviations(bureau)
    return abbreviations[0] if abbreviations else ""


def short_names(region: str, bureau: str) -> list[str]:
    """Names people use: 沙坡头区卫健局, 沙坡头区卫生健康局, 沙坡头区, 沙坡头; 区执法应急局 (the
    division word and the bureau, as a body's own reports name it); 洪泽区政府."""
    parts = region_parts(region)
    inner = parts[-1] if parts else region
    abbrevs = [a for a in [ABBREVIATIONS.get(bureau, ""), _abbreviate(bureau), *bureau_abbreviations(bureau)] if a]
    abbrevs = list(dict.fromkeys(abbrevs))
    names = [inner + bureau, *(inner + a for a in abbrevs), *(region + a for a in abbrevs)]
    if inner:
        names.append(inner)
        division = next((d for d in _DIVISIONS if inner.endswith(d)), "")
        stem = inner[: -len(division)] if division else inner
        if len(stem) >= 2:
            names.append(stem)
            names += [stem + a for a in abbrevs]
        if division and bureau:
            names += [division[-1] + bureau, *(division[-1] + a for a in abbrevs)]
    seen: list[str] = []
    for name in names:
        if name and name not in seen and name != region + bureau and len(name) >= 2:
            seen.append(name)
    return seen



# --- the title --------------------------------------------------------------------------------


@dataclass
class Title:
    body: str
    year: int
    title: str
    source: str  # title | header | opening | contact


def _candidates(doc: Document, clean: CleanDocument, start: int = 0, text: str = "") -> list[tuple[str, str]]:
    """(text, where it came from), best first; `start`: where the report begins in `text` (the
    furniture-free text), after a cover letter."""
    out = []
    if doc.header.get("标题"):
        out.append((doc.header["标题"], "header"))
    head = text[start:start + 600] if start else strip_furniture(clean.text[:600])
    out.append((re.sub(r"\s+", "", head[:400]), "title"))
    return out


# A cover letter or notice a report is published behind: its own title (关于…的函, …的通知), an
# addressee, dates of its own, and its date last (the signature), then the report's title.
_LETTER_TITLE = re.compile(r"关于[^。；;]{2,80}?(?:函|通知|通报|公告|报告单)")
_LETTER_END = re.compile(rf"(?:{_YEAR})年\d{{1,2}}月\d{{1,2}}日(?:[(（][^)）]{{0,40}}[)）])?")


def report_start(text: str) -> int:
    """Where the report begins when a cover letter or notice comes first (0 when the text starts
    with the report): after a letter's title, the date that ends the letter is followed by a
    report title naming body and year, with the report's numbered sections after it."""
    at = [i for i, ch in enumerate(text[:6000]) if not ch.isspace()]
    packed = "".join(text[i] for i in at)
    letter = _LETTER_TITLE.search(packed[:200])
    first_title = _REPORT_TITLE.search(packed)
    if letter is None or (first_title is not None and first_title.start() < letter.start()):
        return 0  # no letter; or the report's title comes first and cites a notice (关于印发…的通知)
    for signed in _LETTER_END.finditer(packed, letter.end()):
        if signed.end() >= len(at):
            break
        match = _TITLE_BODY_FIRST.match(packed, signed.end()) or _TITLE_YEAR_FIRST.match(packed, signed.end())
        start = at[signed.end()]
        if (match and _looks_like_body(_trim_body(match.group("body")))
                and len(set(_SECTION_HEADS.findall(text[start:]))) >= 2):
            return start
    return 0


# A revision or publication date in a title is not the year covered: "（2020年修订版）",
# "2021年发布的2020年…". A range ("2019-2020年度") is read as its later year, then the
# report's own period statement decides (see _covered_year).
_DATE = r"(?:\d{1,2}月(?:\d{1,2}日)?)?"
_REVISION = re.compile(rf"[（(]?(?:{_YEAR})年{_DATE}(?:修订|修改|更正|更新|再版)[版稿本]?[）)]?")
_PUBLISHED = re.compile(rf"(?:{_YEAR})年{_DATE}(?:发布|印发|公布|编制|制发)(?:的|(?=(?:{_YEAR})年))")
_RANGE = re.compile(rf"(?:{_YEAR})年?[-—–~～至到](?P<later>{_YEAR})(?=年)")


def _title_years(packed: str) -> str:
    """The title window without revision and publication dates, a year range as its later year."""
    packed = _PUBLISHED.sub("", _REVISION.sub("", packed))
    return _RANGE.sub(lambda m: m.group("later"), packed)


def _parse_title(text: str) -> tuple[str, int, str] | None:
    packed = _title_years(re.sub(r"\s+", "", text))
    window = packed[:200]
    match = _TITLE_BODY_FIRST.search(window)
    if match and not _looks_like_body(match.group("body")):
        match = None
    match = match or _TITLE_YEAR_FIRST.search(window)
    if not match:
        return None
    body = _trim_body(match.group("body"))
    if not _looks_like_body(body):
        return None
    end = packed.find("报告", match.end())
    title = packed[match.start(): end + 2] if 0 <= end < match.end() + 30 else packed[match.start(): match.end()]
    return body, parse_year(match.group("year")), title


def _trim_body(body: str) -> str:
    """Words before the name that are not part of it: 附件1、关于印发、《 …"""
    body = re.sub(r"^(?:附件\d*[:：]?|关于印发|关于|印发|转发|公布|发布)+", "", body)
    body = body.strip("《》“”\"（）()")
    return body


def _looks_like_body(body: str) -> bool:
    """A name of an institution or a region: ends like one, and holds no verb of prose."""
    if len(body) < 2 or re.search(r"编制|根据|要求|按照|做好|关于|现将|印发|特向|联系|我局|我区|本局|本机关", body):
        return False
    if body in ("政府", "人民政府", "市政府", "县政府", "区政府", "本级政府", "各级政府"):
        return False  # "2021年政府信息公开…": 政府 starts the kind of report, it names no body
    return body.endswith(BODY_ENDS) or _DIVISIONS_RE.search(body[-3:]) is not None


_OPENING = re.compile(rf"本报告(?:由|系)?(?P<body>{_NAME}{{2,40}}?)(?:办公室)?(?:根据|依据|按照|编制|制作|发布)")
_CONTACT = re.compile(rf"(?:请与|请联系|联系单位[:：]?)(?P<body>{_NAME}{{2,40}}?)(?:办公室)?(?:联系|\(|（|，|,|地址)")


def _body_from_text(doc: Document, text: str) -> tuple[str, str] | None:
    """The body where the title does not name it: the capture header's 发布机构, the opening
    sentence, the contact paragraph."""
    publisher = (doc.header.get("发布机构") or "").strip()
    for pattern, source in ((_OPENING, "opening"), (_CONTACT, "contact")):
        match = pattern.search(text[:3000])
        if match and _looks_like_body(_trim_body(match.group("body"))):
            return _trim_body(match.group("body")), source
    if publisher and _looks_like_body(publisher):
        return re.sub(r"办公室$", "", publisher) if publisher.endswith("局办公室") else publisher, "header"
    return None


def _year_from_text(text: str) -> int | None:
    match = re.search(rf"统计期限自\s*({_YEAR})\s*年|({_YEAR})\s*年度?(?:的)?{_KIND}", text[:3000])
    if match:
        return parse_year(match.group(1) or match.group(2))
    return None


# The report's own statement of the period it covers: "统计期限自2020年1月1日起至2020年12月31日止",
# "本报告统计数据从2021年1月1日至12月31日", "涵盖…2020年1月1日至2020年12月31日期间".
_PERIOD = re.compile(rf"(?:统计|期限|期间|涵盖|本报告|数据)[^。；;]{{0,40}}?(?P<start>{_YEAR})年0?1月0?1日起?"
                     rf"(?:至|到|—|-|－|～|~)(?:(?P<end>{_YEAR})年)?12月31日")


def period_year(text: str) -> int | None:
    """The year of the period the report says it covers (of a period over several years, the
    last), or None where it states none."""
    match = _PERIOD.search(re.sub(r"\s+", "", text[:4000]))
    if match is None:
        return None
    return parse_year(match.group("end") or match.group("start"))


def _covered_year(title_year: int, text: str) -> int:
    """The year covered: the title's, unless the report's own period statement names another
    (a title printing a revision date or the wrong year). A period line left over from last
    year's report is outvoted: the title's year wins where the text names it more often."""
    period = period_year(text)
    if period is None or period == title_year:
        return title_year
    packed = re.sub(r"\s+", "", text)
    mentions = {y: len(re.findall(rf"{y}年", packed)) for y in (title_year, period)}
    return title_year if mentions[title_year] > mentions[period] else period


def check_year(year: int, today: date | None = None) -> None:
    """A report of year Y is published once Y is over; a later year is a typo or a fake. In the
    year's last month a report of it may already be out (some bodies publish in December)."""
    today = today or date.today()
    if year < 2000:
        raise MetadataError(f"report title found, but its year {year} is not a plausible year covered")
    if year > today.year or (year == today.year and today.month < 12):
        raise MetadataError(f"its year {year} is not over yet (today is {today.isoformat()}): "
                            "a report covers a past year")


# A report's full title as a page lists it: a name, a year, the kind of report.
_LISTED_TITLE = re.compile(rf"{_NAME}{{0,30}}?(?:{_YEAR})年度?(?:的)?{_KIND}(?:工作)?(?:年度)?(?:报告|年报)")


def check_not_a_list(doc: Document, text: str) -> None:
    """A page that lists reports (a site's 年报 column: three or more titles linking to them, a
    good part of its text; a report names itself and a circular or two, no more) and has no
    report of its own (no numbered sections, no table) is not a report."""
    packed = re.sub(r"\s+", "", text)
    found = [m.group(0) for m in _LISTED_TITLE.finditer(packed)]
    if (len(set(found)) < 3 or sum(map(len, found)) < 0.1 * len(packed) or doc.grids
            or len(set(_SECTION_HEADS.findall(text))) >= 2):
        return
    raise MetadataError(f"a list of reports, not a report ({len(set(found))} report titles, "
                        "no sections or tables of its own)")


_SECTION_HEADS = re.compile(rf"(?:^|[\s。；;])([{SECTION_NUMERALS}])、")


def find_title(doc: Document, clean: CleanDocument, today: date | None = None) -> Title:
    """Body, year and title of a report; raises MetadataError."""
    text = strip_furniture(clean.text)
    check_not_a_list(doc, text)
    start = report_start(text)
    text = text[start:]  # the report, without a cover letter and its dates
    head = re.sub(r"\s+", "", text[:1500]) + re.sub(r"\s+", "", doc.header.get("标题", ""))
    if not _REPORT_TITLE.search(head) and not re.search(r"年度报告|年报", head):
        raise MetadataError("not a 政府信息公开工作年度报告 (no report title found)")
    found = None
    for candidate, source in _candidates(doc, clean, start, strip_furniture(clean.text)):
        if _NOT_A_REPORT.search(re.sub(r"\s+", "", candidate)[:120]):
            raise MetadataError("not a 政府信息公开工作年度报告 (a notice or document about such reports)")
        parsed = _parse_title(candidate)
        if parsed:
            found = Title(*parsed, source)
            break
    if found is None:
        body = _body_from_text(doc, text)
        year = _year_from_text(text)
        if body is None or year is None:
            raise MetadataError("report title found, but not the issuing body and year")
        found = Title(body[0], year, f"{body[0]}{year}年政府信息公开工作年度报告", body[1])
    found.year = _covered_year(found.year, text)
    check_year(found.year, today)
    return found


# --- completing the name from the report's own mentions -------------------------------------------

# LOOKALIKES (index/lexicon/lookalikes.py): one is corrected to the other where the report
# itself uses the other spelling more often.


# Characters that end a word before a name in running text (本报告由|淮安市…, 请与|…).
_FUNCTION_CHARS = "由与和及在对向请于的是为从自告经据按照将把被等"
_PARENT = re.compile(rf"([\u4e00-\u9fff]{{2,4}}?(?:{'|'.join(PARENT_DIVISIONS)}))$")


def complete_body(body: str, text: str) -> str:
    """The body's full name as the report itself prints it (see the module docstring)."""
    packed = re.sub(r"\s+", "", text)
    body = _fix_lookalikes(body, packed)
    if body[:1] in NOT_A_NAME_START and len(body) > 2:
        body = _place_of(body, packed)  # "区公安局": the report names its place elsewhere
    if _DIVISIONS_RE.search(body[-3:]) and not body.endswith(BODY_ENDS):
        counts = Counter(m.group(0) for m in re.finditer(re.escape(body) + "(?:" + "|".join(GOVERNMENT_FULL_NAMES) + ")", packed))
        if counts:
            body = counts.most_common(1)[0][0]
    parents: Counter[str] = Counter()
    for match in re.finditer(re.escape(body), packed):
        before = _PARENT.search(packed[max(0, match.start() - 6):match.start()])
        if before:
            prefix = re.split(f"[{_FUNCTION_CHARS}]", before.group(1))[-1]
            if len(prefix) >= 2 and _DIVISIONS_RE.search(prefix[-2:]) and not body.startswith(prefix):
                parents[prefix] += 1
    for prefix, _ in parents.most_common(1):
        if _plausible_parent(prefix):
            return prefix + body
    return body


def _place_of(body: str, packed: str) -> str:
    """"区公安局" -> "平潭综合实验区公安局" where the report prints the full name."""
    counts: Counter[str] = Counter()
    for match in re.finditer(re.escape(body[1:]), packed):
        before = packed[max(0, match.start() - 12):match.start()]
        if not before.endswith(body[0]):
            continue
        place = re.split(f"[{_FUNCTION_CHARS}，。、：:（）()]", before)[-1]
        if len(place) >= 3 and _DIVISIONS_RE.search(place[-5:]):
            counts[place] += 1
    return counts.most_common(1)[0][0] + body[1:] if counts else body


def _plausible_parent(prefix: str) -> bool:
    return 2 <= len(prefix) <= 6 and not re.search(r"[的和与在对]", prefix)


def _fix_lookalikes(body: str, text: str) -> str:
    own = text.count(body)
    for pair in LOOKALIKES:
        for a, b in (pair, pair[::-1]):
            if a in body:
                other = body.replace(a, b)
                if text.count(other) > own:
                    return other
    return body


def correct_region(body: str) -> str:
    """The body with each part of its region that names no real division corrected to the one
    real division a look-alike character makes of it (沐阳县人民政府 -> 沭阳县人民政府), checked
    against the national division codes; unchanged where they do not decide."""
    region, bureau = split_body(body)
    parts = region_parts(region)
    fixed = [lookalike_division(p, LOOKALIKES, parts[i - 1] if i else "") or p for i, p in enumerate(parts)]
    return "".join(fixed) + region[len("".join(parts)):] + bureau if fixed != parts else body


# A part never ends right before 市/县/区/旗/盟, which start no place name: 沧州市 is one part
# (沧州|市, not 沧|州市 nor 沧州 + 市清山区), and so are 通州区 and 德州市.
_DIVISION_PART = re.compile(rf".+?(?:{'|'.join(_DIVISIONS)})(?![{NOT_A_PART_START}])")


def region_parts(region: str) -> list[str]:
    """中卫市沙坡头区 -> [中卫市, 沙坡头区]; 沧州市清山区 -> [沧州市, 清山区]."""
    return _DIVISION_PART.findall(region)


# --- template and sections ----------------------------------------------------------------------


def detect_template(text: str, year: int) -> Template:
    """The generation whose markers the report prints; else the one for its year. A generation
    that keeps an older one's wording declares its markers too, and wins by its own; where two
    find as many, the one of which more is printed wins (the older, on the older's report)."""
    packed = re.sub(r"\s+", "", text)
    scored = [(sum(m in packed for m in t.markers), t) for t in templates()]
    best = max(scored, key=lambda x: (x[0], x[0] / max(len(x[1].markers), 1)))
    if best[0] > 0:
        return best[1]
    return next((t for t in templates() if t.years[0] <= year <= t.years[1]), templates()[-1])


def find_sections(clean: CleanDocument, template: Template) -> list[Section]:
    """Numbered sections. The modern templates' six are known by a keyword of their titles; the
    old free-prose reports number theirs in order (一、 二、 …) before the appendix. A heading need
    not start a line (web pages put the whole report on one line)."""
    text = clean.text
    appendix = None
    if template.free_sections:
        hits = [m.start() for m in re.finditer("|".join(template.appendix_markers), text)] if template.appendix_markers else []
        appendix = hits[-1] if hits else None
        if appendix is not None:
            line = text.rfind("\n", 0, appendix) + 1
            appendix = line if appendix - line < 60 else appendix
    keywords = {} if template.free_sections else {s.number: s.keyword for s in template.sections}
    heads: list[tuple[int, int, str]] = []
    position, expected = 0, 1
    limit = appendix if appendix is not None else len(text)
    while expected <= 10:
        numeral = SECTION_NUMERALS[expected - 1] + "、"
        found = None
        for match in re.finditer(re.escape(numeral), text[position:limit]):
            at = position + match.start()
            title = _short_title(text[at:at + 60])
            keyword = keywords.get(expected)
            if keyword is not None and keyword not in title[:24]:
                continue
            if keyword is None and (keywords or not _heading_like(text, at)):
                continue
            found = (expected, at, title)
            break
        if found is None:
            if keywords and expected < max(keywords):
                expected += 1  # a modern report may lack one section; look for the next
                continue
            break
        heads.append(found)
        position, expected = found[1] + 1, expected + 1
    if appendix is not None:
        heads.append((len(heads) + 1, appendix, template.appendix_title))
    sections = []
    for i, (number, start, title) in enumerate(heads):
        end = heads[i + 1][1] if i + 1 < len(heads) else len(text)
        sections.append(Section(number, title, start, end, clean.page_at(start)))
    return sections


def _heading_like(text: str, at: int) -> bool:
    """An old report's numbered heading: at a line start, or after a sentence end in running text."""
    before = text[max(0, at - 2):at].strip()
    return at == 0 or text[at - 1] == "\n" or before[-1:] in "。；;！？!? " or not before


def _short_title(line: str) -> str:
    title = re.split(r"[。;；\n]", line)[0]
    title = re.split(rf"(?<=[^\s])\s{{1,}}(?=[（(]?[{SECTION_NUMERALS}]+[)）、])", title)[0]
    return title[:40].strip()


def extract_metadata(doc: Document, clean: CleanDocument) -> ReportMeta:
    found = find_title(doc, clean)
    publisher = doc.header.get("发布机构", "")
    printed = complete_body(found.body, publisher + "\n" + strip_furniture(clean.text))
    body = correct_region(printed)
    region, bureau = split_body(body)
    names = short_names(region, bureau)
    if printed != body:  # the printed form stays a name the report is found by
        names += [n for n in (printed, *short_names(*split_body(printed))) if n not in names and n != body]
    template = detect_template(clean.text, found.year)
    meta = ReportMeta(body, region, bureau, names, found.year, template.id, found.title)
    meta.sections = find_sections(clean, template)
    meta.title_source = found.source
    return meta
