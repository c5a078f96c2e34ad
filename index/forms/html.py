"""HTML as published on a government site, through lxml: the report found inside the site's
navigation, its paragraphs, and its <table>s as grids (rowspan/colspan expanded, &nbsp; cells
blank).

Sites wrap the article in menus, breadcrumbs, share buttons and footers. The article is the
most specific element that holds most of the page's report text (its section headings and
tables); the rest of the page is dropped. The page's <title> and the meta tags sites use
(ArticleTitle, ContentSource, PubDate) become the capture header, as for a crawler's text.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..document import Grid
from . import Loaded, Loader, LoadError, PageBuilder, decode_text, register

_HTML_MARK = re.compile(rb"<\s*(!doctype\s+html|html|head|body|table|p|div|meta|title)\b", re.I)
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*\|", re.M)
_DROP = ("script", "style", "noscript", "iframe", "nav", "header", "footer", "aside", "form",
         "button", "select", "svg", "object", "embed", "template")
_BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article",
           "main", "blockquote", "pre", "tr", "dd", "dt", "center", "hr"}
_REPORT_WORDS = re.compile(r"年度报告|年报|政府信息公开")
_SECTION = re.compile(r"[一二三四五六七八九十]、")
META_HEADER = {"articletitle": "标题", "contentsource": "发布机构", "pubdate": "发布时间",
               "columnname": "栏目"}


def _is_html(head: bytes, suffix: str) -> bool:
    """HTML, unless it is Markdown or text holding some HTML (pandoc and MinerU write <div>s and
    <table>s into Markdown): a .md file, a .txt file that does not open with a tag, or text that
    does not open with a tag and has Markdown tables."""
    if suffix in (".md", ".markdown") or not _HTML_MARK.search(head[:4096]):
        return False
    decoded = decode_text(head, partial=True)
    if decoded is None:
        return False
    opens_with_tag = decoded.text.lstrip("\ufeff \t\r\n").startswith("<")
    if suffix in (".txt", ".text") and not opens_with_tag:
        return False  # text with HTML tables in it: the text loader reads them (forms/text.py)
    return opens_with_tag or not _MD_TABLE_RULE.search(decoded.text)


def load_html(path: Path, data: bytes) -> Loaded:
    import lxml.html

    decoded = decode_text(data)
    if decoded is None:
        raise LoadError("HTML in an unknown encoding")
    text = re.sub(r"^<\?xml[^>]*\?>", "", decoded.text.lstrip())  # lxml refuses str with a declaration
    text = limit_depth(_DATA_URI.sub("data:,", text))
    try:
        root = lxml.html.fromstring(text or "<html></html>", parser=lxml.html.HTMLParser(huge_tree=True))
    except Exception as err:  # lxml raises ParserError on empty or hopeless input
        raise LoadError(f"broken HTML ({type(err).__name__})") from err
    header = _header(root)
    for bad in root.xpath("|".join(f"//{tag}" for tag in _DROP)):
        bad.drop_tree()
    article = find_article(root)
    page = PageBuilder(1)
    _render(article, page)
    return Loaded([page.build()], header)


# An inline image or font (data: URI) carries no report text, and one over ~10 MB made libxml2
# stop the document at it: its payload is dropped before parsing.
_DATA_URI = re.compile(r"data:[\w.+/-]*(?:;[\w=-]+)*,[^\"'<>)]{512,}")
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)\b[^>]*?(/?)>")
# Elements whose nesting is counted: wrappers that may be repeated. Tables and the elements
# HTML closes implicitly (p, li, td ...) are never dropped nor counted.
_NOT_COUNTED = {"html", "head", "body", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
                "colgroup", "col", "p", "li", "dt", "dd", "option", "br", "hr", "img", "meta", "link",
                "input", "wbr", "area", "base", "source", "embed", "param", "track"}
MAX_DEPTH = 200  # libxml2 stops reading a document nested deeper than 256 elements


def limit_depth(text: str, limit: int = MAX_DEPTH) -> str:
    """Wrapper elements nested deeper than `limit` are dropped (their text kept, a block wrapper
    becoming a line break): libxml2 silently ends the document at depth 256, losing the report."""
    stack: list[tuple[str, bool]] = []
    out: list[str] = []
    last = 0
    for match in _TAG.finditer(text):
        closing, name, empty = match.group(1), match.group(2).lower(), match.group(3)
        if name in _NOT_COUNTED or empty:
            continue
        if not closing:
            drop = len(stack) >= limit
            stack.append((name, drop))
        else:
            at = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == name), None)
            if at is None:
                continue
            drop = stack[at][1]
            del stack[at:]
        if drop:
            out.append(text[last:match.start()])
            out.append("<br>" if name in _BLOCKS else "")
            last = match.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def render_fragment(markup: str, page: PageBuilder) -> None:
    """HTML standing inside another form (a <table> in Markdown or text): its paragraphs and
    tables added to the page as the HTML loader reads them."""
    import lxml.html

    markup = limit_depth(_DATA_URI.sub("data:,", markup))
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div",
                                             parser=lxml.html.HTMLParser(huge_tree=True))
    except Exception:  # lxml raises ParserError on empty fragments: the words are kept as text
        page.add_block(re.sub(r"<[^>]*>", " ", markup))
        return
    for bad in root.xpath("|".join(f".//{tag}" for tag in _DROP)):
        bad.drop_tree()
    _render(root, page)


def _header(root) -> dict[str, str]:
    out = {}
    for meta in root.xpath("//meta[@name]"):
        key = META_HEADER.get((meta.get("name") or "").lower())
        if key and (meta.get("content") or "").strip():
            out[key] = meta.get("content").strip()
    title = root.findtext(".//title")
    if title and title.strip() and "标题" not in out:
        out["标题"] = title.strip()
    return out


def _text_len(el) -> int:
    return len(re.sub(r"\s+", "", el.text_content()))


def find_article(root):
    """The deepest element that still holds most of the report: at least 70% of the text of
    the largest element that looks like a report (report words and section headings or a
    table)."""
    candidates = []
    for el in root.iter("div", "article", "section", "main", "td", "body", "table"):
        text = el.text_content()
        if _REPORT_WORDS.search(text) and (len(_SECTION.findall(text)) >= 2 or el.find(".//table") is not None):
            candidates.append((el, _text_len(el)))
    if not candidates:
        body = root.find(".//body")
        return body if body is not None else root
    largest = max(n for _, n in candidates)
    good = [(el, n) for el, n in candidates if n >= 0.7 * largest and el.tag != "table"]
    if not good:
        return max(candidates, key=lambda c: c[1])[0]
    return min(good, key=lambda c: c[1])[0]


def _render(el, page: PageBuilder) -> None:
    """Walk the article: text runs become blocks at block boundaries; tables become grids."""
    line: list[str] = []

    def flush() -> None:
        text = re.sub(r"[ \t\r\f\v\xa0]+", " ", "".join(line)).strip()
        if text:
            page.add_block(text)
        line.clear()

    def walk(node) -> None:
        if not isinstance(node.tag, str):  # comments and processing instructions
            if node.tail:
                line.append(node.tail)
            return
        tag = node.tag.lower()
        if tag == "table":
            flush()
            grid = table_grid(node, page.number)
            if grid is not None:
                page.add_grid(grid)
            else:
                line.append(node.text_content())
                flush()
        else:
            if tag in _BLOCKS:
                flush()
            if node.text:
                line.append(node.text)
            for child in node:
                walk(child)
            if tag in _BLOCKS:
                flush()
        if node.tail:
            line.append(node.tail)

    walk(el)
    flush()


def _cell_text(td) -> str:
    parts = []
    for piece in td.itertext():
        parts.append(piece)
    text = "".join(parts).replace("\xa0", " ")
    return re.sub(r"[ \t\r\f\v]+", " ", text).strip()


def table_grid(table, page: int) -> Grid | None:
    """Rows of a <table> (nested tables flattened into their cell) with rowspan and colspan
    expanded: covered positions point at their anchor cell."""
    rows: list[list[str | None]] = []
    anchors: dict[tuple[int, int], tuple[int, int]] = {}
    pending: dict[tuple[int, int], tuple[int, int]] = {}  # positions a rowspan reserves
    trs = [tr for tr in table.iter("tr") if tr.getparent() is not None
           and _owning_table(tr) is table]
    for i, tr in enumerate(trs):
        row: list[str | None] = []
        j = 0
        for td in tr:
            if not isinstance(td.tag, str) or td.tag.lower() not in ("td", "th"):
                continue
            while (i, j) in pending:
                anchors[(i, j)] = pending.pop((i, j))
                row.append(None)
                j += 1
            colspan, rowspan = _span(td.get("colspan")), _span(td.get("rowspan"))
            row.append(_cell_text(td))
            for dj in range(colspan):
                for di in range(rowspan):
                    if di or dj:
                        pending[(i + di, j + dj)] = (i, j)
            for _ in range(1, colspan):
                j += 1
                anchors[(i, j)] = pending.pop((i, j))
                row.append(None)
            j += 1
        while (i, j) in pending:
            anchors[(i, j)] = pending.pop((i, j))
            row.append(None)
            j += 1
        rows.append(row)
    if not rows or max((sum(1 for c in r if c) for r in rows), default=0) < 2:
        return None
    return Grid.from_texts(rows, page, "html", anchors=anchors)


def _owning_table(tr):
    node = tr.getparent()
    while node is not None and node.tag != "table":
        node = node.getparent()
    return node


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 100))
    except ValueError:
        return 1


register(Loader("html", 80, _is_html, load_html, (".html", ".htm", ".xhtml", ".shtml")))
