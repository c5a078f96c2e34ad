"""Undo what PDF extraction does to report text.

The raw page text is kept untouched for quotes; cleaning produces
- `lines`: normalized lines (NFKC, artifacts dropped, fake-bold repeats collapsed) with their
  page, the input of table parsing, which needs the line structure;
- `text`: prose with hard-wrapped lines joined into paragraphs, for metadata, sections and
  passages, with a map from offsets back to pages.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

from .lexicon.numbering import BLOCK_START
from .lexicon.units import UNITS_RE


@dataclass
class CleanLine:
    text: str
    page: int
    raw: str = ""  # the line as extracted, for quotes


@dataclass
class CleanDocument:
    lines: list[CleanLine]
    text: str
    page_starts: list[tuple[int, int]] = field(default_factory=list)  # (offset, page)

    def page_at(self, offset: int) -> int | None:
        if not self.page_starts:
            return None
        i = bisect.bisect_right([o for o, _ in self.page_starts], offset) - 1
        return self.page_starts[max(i, 0)][1]


def nfkc(text: str) -> str:
    """Full-width digits and letters to half-width; keeps CJK punctuation such as 。、."""
    return unicodedata.normalize("NFKC", text)


_ARTIFACT = re.compile(r"^\s*(mailto:\S*|https?://\S+)\s*$", re.I)
_PAGE_NUMBER = re.compile(
    r"^\s*([-—–]\s*\d{1,3}\s*[-—–]|\d{1,3}|第\s*\d+\s*页(\s*/?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)\s*$"
)


def is_artifact(line: str, page_edge: bool = True) -> bool:
    """Extraction debris: mail links, bare URLs, and page numbers at the top or bottom of a
    page (a bare number elsewhere may be a table cell printed on its own line)."""
    return bool(_ARTIFACT.match(line) or (page_edge and _PAGE_NUMBER.match(line)))


def collapse_repeats(line: str) -> str:
    """Undo fake-bold text drawn k times: 一、标题一、标题 -> 一、标题; 2012012012017777 -> 2017.

    The whole line must split into segments that each repeat k times in a row (k >= 2,
    the same k throughout), otherwise the line is returned unchanged.
    """
    s = line.strip()
    if len(s) < 4 or len(s) > 600 or not re.search(r"[\u4e00-\u9fff]", s):
        return line
    # The repeated drawing loses the spaces of all but one copy, so compare without them.
    packed = re.sub(r"\s+", "", s)
    for k in (4, 3, 2):
        out = _split_repeats(packed, k)
        if out is not None and len(out) >= 2:
            return out
    return line


def _split_repeats(s: str, k: int) -> str | None:
    out, i = [], 0
    while i < len(s):
        for size in range(1, (len(s) - i) // k + 1):
            unit = s[i : i + size]
            if s[i : i + size * k] == unit * k:
                out.append(unit)
                i += size * k
                break
        else:
            return None
    return "".join(out)


_SENTENCE_END = re.compile(r"[。！？!?；;：:]\s*$")
_STARTS_BLOCK = re.compile(rf"^\s*({BLOCK_START})")
_TRAILING_NUMBERS = re.compile(r"(?:(?:^|\s)[+-]?\d[\d,]*(?:\.\d+)?){3,}\s*$")
_HEADING = re.compile(r"^[^。；;]{1,30}$")


def _is_tableish(line: str) -> bool:
    return "\t" in line or bool(_TRAILING_NUMBERS.search(line))


def _is_heading(line: str) -> bool:
    return bool(_STARTS_BLOCK.match(line) and _HEADING.match(line))


# A row of the old appendix table ends with its unit and value: "网络申请数 件 3".
_ROW_END = re.compile(rf"(?:^|\s)({UNITS_RE}|——)(\s+[\d.]+)?\s*$")


def _joinable(prev: str, nxt: str) -> bool:
    if not prev or not nxt or _ROW_END.search(prev):
        return False
    if _SENTENCE_END.search(prev) or _STARTS_BLOCK.match(nxt) or _is_heading(prev):
        return False
    return not (_is_tableish(prev) or _is_tableish(nxt))


def _glue(prev: str, nxt: str) -> str:
    # Between CJK characters a line break is no space; between Latin words it is one.
    if prev[-1:].isascii() and prev[-1:].isalnum() and nxt[:1].isascii() and nxt[:1].isalnum():
        return prev + " " + nxt
    return prev + nxt


# Page furniture of government web sites, never report text: breadcrumbs, the source and
# publication time of the page, share and print buttons, download links.
_FURNITURE = [re.compile(p) for p in (
    r"(?:当前位置|您现在的位置|您的位置|所在位置)\s*[:：]\s*\S*(?:\s*(?:>|》|→)\s*\S+)*",
    r"来源\s*[:：]\s*\S*?\s*(?=时间|发布时间|$|\s)",
    r"(?:发布)?时间\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?",
    r"-->",
    r"(?:微信|微博|QQ空间|全真版|文字版|文件下载|分享到|打印|关闭|收藏)(?:\s+(?:微信|微博|QQ空间|全真版|文字版|文件下载|"
    r"分享到|打印|关闭|收藏))+",
    r"相关链接\s*[:：]",
    r"附件下载\s*$",
    r"【\s*(?:打印|关闭|大|中|小|字体)\s*】",
    r"(?:浏览次数|点击数|阅读次数)\s*[:：]\s*\d+",
    r"字号\s*[:：]\s*(?:大\s*中\s*小|\[\s*大\s*中\s*小\s*\])",
)]


def strip_furniture(text: str) -> str:
    for pattern in _FURNITURE:
        text = pattern.sub(" ", text)
    return text


def clean_document(doc) -> CleanDocument:
    """Cleaned lines and paragraphs of a Document (any form): NFKC, page furniture and
    extraction debris removed, fake-bold repeats collapsed."""
    lines: list[CleanLine] = []
    for page in doc.pages:
        raws = [r for r in page.text.split("\n") if r.strip()]
        for i, raw in enumerate(raws):
            line = nfkc(raw).rstrip()
            if is_artifact(line, page_edge=i in (0, len(raws) - 1) and len(raws) > 1):
                continue
            line = strip_furniture(line) if _FURNITURE_HINT.search(line) else line
            if not line.strip():
                continue
            lines.append(CleanLine(unspace_cjk(collapse_repeats(line)).strip(" "), page.number, raw.strip()))
    return CleanDocument(lines, *_paragraphs(lines))


# Some PDFs space every character ("电 话 ： 0517-87222589 ， 电 子 邮 箱"): between Chinese
# characters and punctuation a space is layout, not text.
_CJK_SPACED = re.compile(r"(?<=[\u3400-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f，。：；、（）])[ \t\u3000]+"
                         r"(?=[\u3400-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f，。：；、（）])")


def unspace_cjk(line: str) -> str:
    return _CJK_SPACED.sub("", line)


_FURNITURE_HINT = re.compile(r"位置|来源|时间|微信|微博|链接|下载|【|浏览|字号|-->")


def _paragraphs(lines: list[CleanLine]) -> tuple[str, list[tuple[int, int]]]:
    paras: list[tuple[str, int]] = []
    for line in lines:
        text = line.text.strip()
        if paras and _joinable(paras[-1][0], text):
            paras[-1] = (_glue(paras[-1][0], text), paras[-1][1])
        else:
            paras.append((text, line.page))
    out, starts, offset = [], [], 0
    for text, page in paras:
        if not starts or starts[-1][1] != page:
            starts.append((offset, page))
        out.append(text)
        offset += len(text) + 1
    return "\n".join(out) + "\n", starts
