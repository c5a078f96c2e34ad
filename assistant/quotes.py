"""Find a cleaned sentence back in the raw extracted text, so a quote is verbatim.

Cleaning joins hard-wrapped lines and applies NFKC, so a sentence of a passage is not a
substring of the raw page text. Matching ignores whitespace and compares NFKC forms, then
returns the raw span, line breaks and full-width punctuation included.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING

from index.lexicon.prose import NAMELESS_WORDS, PARTS_OPENER, RUNNING_OPENER, YEAR_OR_DATE_IN_CLAUSE
from index.lexicon.units import MEASURES, MONEY

from .answer import Citation

if TYPE_CHECKING:
    from .scope import Scope


def _compress(text: str) -> tuple[str, list[int]]:
    """NFKC text without whitespace, and for each of its characters the raw index."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for norm in unicodedata.normalize("NFKC", ch):
            if not norm.isspace():
                chars.append(norm)
                index.append(i)
    return "".join(chars), index


def locate(raw: str, needle: str) -> tuple[int, int] | None:
    """(start, end) of `needle` in `raw`, ignoring whitespace and width differences."""
    compressed, index = _compress(raw)
    target, _ = _compress(needle)
    if not target:
        return None
    at = compressed.find(target)
    if at < 0:
        return None
    return index[at], index[at + len(target) - 1] + 1


def find_in_pages(pages: list[tuple[int, str]], needle: str) -> tuple[int, str] | None:
    """(page number, raw quote) of the first page holding `needle`, also across a page break."""
    for number, text in pages:
        span = locate(text, needle)
        if span:
            return number, text[span[0] : span[1]]
    for (number, text), (_, following) in zip(pages, pages[1:], strict=False):
        joined = text + "\n" + following
        span = locate(joined, needle)
        if span:
            return number, joined[span[0] : span[1]]
    return None


# --- a prose figure's quote: the clause(s) holding the figure and what it counts ------------------
#
# "今年我局共制作政务信息1527条，主动公开政府信息23条，其中…" answers "主动公开多少条" with 23条;
# its quote is "主动公开政府信息23条", not the sentence with 1527 and six other figures beside it.
# The rule, one place for every prose figure (typed spans, prose facts, shares, sums, gaps,
# series, English clauses): the figure's clause (between ，；。：); the clause before it too when
# its own words do not say what it counts ("…受理申请，共计32件"); the clause after it when it is
# only the figure's share ("…1638条，占47%"); the sentence's opening clause when it holds no
# figure (its subject or time: "2020年，我局…"). The citation quotes that span verbatim; the
# answer shows it with "…" where the sentence was cut.

_SENTENCE_END = re.compile(r"[。！？!?；;]")
_WHOLE_END = re.compile(r"[。！？!?]")
_CLAUSE_BREAK = re.compile(r"[，,；;。！？!?：:]")
_HAN = re.compile("[\u4e00-\u9fff]")
_FIGURE = re.compile(r"\d")
_ITEM_BREAK = re.compile("[、]")
_YEAR_OR_DATE = re.compile(YEAR_OR_DATE_IN_CLAUSE)
#: Words of a clause that say nothing of what a figure counts (openers, links, share words).
_NAMELESS = re.compile(NAMELESS_WORDS)
#: A quantity: a number with its measure word, money unit or percent sign (no postcode, phone, date).
_QUANTITY = re.compile(rf"(?<![\d.,])\d[\d,]*(?:\.\d+)?\s*(?:{MEASURES}|{'|'.join(MONEY)}|[%％])")
#: A sentence with at most this many quantities is quoted whole.
KEEP_WHOLE = 3
_RUNNING_OPENS = re.compile(RUNNING_OPENER)
#: Han characters a clause needs before its figure to say what the figure counts.
NAMING_CHARS = 2
ELLIPSIS = "…"
#: A contact value: a phone, fax or postcode (five digits at least) or an e-mail address (a web
#: address is not cut: "在A网站（url）及B网站（url）下载" tells which site is whose by both).
_CONTACT_VALUE = re.compile(r"[\d\s()（）+\-—–－]*\d{5}[\d\s()（）+\-—–－]*|[\w.+-]+@[\w.-]+")
#: What separates the values of a contact line ("邮编：350400；电话：…；传真：…）").
_SEGMENT_BREAK = re.compile(r"[，,；;。！？!?（(）)\n]")
#: A value's label inside a segment ("电话：", "E-mail:").
_LABEL = re.compile(r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z\-]*\s*[:：]?\s*(?=[\d\w])")
#: Punctuation a cut quote does not end with.
_TRAILING = "，,：:；;、 \n"


def _breaks(text: str, left: int, right: int) -> list[int]:
    """Clause breaks (their end) between left and right, a time's colon ("12:30") left out."""
    return [b.end() for b in _CLAUSE_BREAK.finditer(text, left, right)
            if not (b.group() in ":：" and text[b.start() - 1:b.start()].isdigit()
                    and text[b.end():b.end() + 1].isdigit())]


def _names(words: str) -> bool:
    words = _NAMELESS.sub("", _YEAR_OR_DATE.sub("", re.sub(r"\s", "", words)))
    return len(_HAN.findall(words)) >= NAMING_CHARS


def _contact_segment(text: str, start: int, end: int) -> tuple[int, int]:
    """A contact value's own segment of its line ("电话：24336243" of "邮编：350400；电话：24336243；
    传真：24336410"): from its label to the next break, when the line holds another value (a fax
    beside the phone reads as a second answer); the line as given for any other figure."""
    if not _CONTACT_VALUE.fullmatch(text[start:end]):
        return 0, len(text)
    left = max((m.end() for m in _SEGMENT_BREAK.finditer(text, 0, start)), default=0)
    if not _HAN.search(text, left, start) and left > 0:  # "联系电话，24336243": the label before the comma
        left = max((m.end() for m in _SEGMENT_BREAK.finditer(text, 0, left - 1)), default=0)
    label = [m.start() for m in _LABEL.finditer(text, left, start)]
    if label and _FIGURE.search(text, left, label[-1]):
        left = label[-1]  # "邮编350400 电话24336243": no break between, the figure's own label
    right = next((m.start() for m in _SEGMENT_BREAK.finditer(text, end)), len(text))
    after = _LABEL.search(text, end, right)
    if after and _FIGURE.search(text, after.start(), right):
        right = after.start()
    outside = _YEAR_OR_DATE.sub("", text[:left] + text[right:])
    return (left, right) if _FIGURE.search(outside) else (0, len(text))


def _running_beside(text: str, left: int, right: int, start: int) -> bool:
    """Whether a clause of text[left:right] other than the figure's own opens a running total
    ("截至…共计发布微博3759条，2020年度…1968条"): the year's figure is quoted from its own clause."""
    cuts = [left, *_breaks(text, left, right), right]
    return any(_RUNNING_OPENS.match(re.sub(r"\s", "", text[a:b])) for a, b in zip(cuts, cuts[1:], strict=False)
               if not a <= start < b)


def figure_clauses(text: str, start: int, end: int, also: tuple[str, ...] = (),
                   asked: tuple[str, ...] = ()) -> tuple[int, int]:
    """(start, end) in `text` of the clause(s) a figure at text[start:end] is quoted with; its
    whole sentence when that holds few figures (KEEP_WHOLE) or the figure is no quantity. `also`:
    words another part of the question asks by ("制作" of "how many did it produce, and how many
    were disclosed"): the clauses of the sentence saying one the figure's own clause does not are
    quoted too. `asked`: words the question says (_before_another)."""
    if not _QUANTITY.match(text, start):
        return _contact_segment(text, start, end)  # a postcode, a phone: its label's own segment
    s_left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    s_right = next((m.end() for m in _SENTENCE_END.finditer(text, end)), len(text))
    lefts = [s_left, *_breaks(text, s_left, start)]
    rights = [*_breaks(text, end, s_right), s_right]
    part = _part_start(text, lefts, start)
    if part is not None:  # "总数425条，其中主动公开148条": the part alone, its whole only when asked (`also`)
        return _widened(text, _item_start(text, part, start), _right_of(text, end, rights), lefts, rights, also)
    w_left = max((m.end() for m in _WHOLE_END.finditer(text, 0, start)), default=0)
    w_right = next((m.end() for m in _WHOLE_END.finditer(text, end)), len(text))
    if len(_QUANTITY.findall(text, w_left, w_right)) <= KEEP_WHOLE and not _running_beside(text, w_left, w_right, start):
        # "季度通报3次，月通报4次": a short sentence says what a question's other parts ask (`also`), up to
        # a clause after the figure's that counts another thing ("共收到15564件咨询投诉件，已办结15042件")
        return _widened(text, w_left, _before_another(text, start, end, w_right, asked), lefts, rights, also)
    i = len(lefts) - 1
    while i > 0 and not _names(text[lefts[i]:start]):
        i -= 1  # "…受理申请，共计32件": the clause before says what is counted
    if i > 0 and re.sub(r"\s", "", text[lefts[i]:start]).startswith(PARTS_OPENER):
        i -= 1  # "共制发政府信息349条，其中主动公开124条": a part is quoted with its whole
    elif i > 1 and re.sub(r"[\s，,：:]", "", text[lefts[i - 1]:lefts[i]]) == PARTS_OPENER:
        i -= 2  # "…共计409件，其中，投诉类251件"
    left, right = _item_start(text, lefts[i], start), _right_of(text, end, rights)
    if i == 1 and not _FIGURE.search(_YEAR_OR_DATE.sub("", text[s_left:left])):
        left = s_left  # the sentence's opening clause right before names its subject or time, no figure
    return _widened(text, left, right, lefts, rights, also)


def _before_another(text: str, start: int, end: int, stop: int, asked: tuple[str, ...] = ()) -> int:
    """Where a short sentence's quote of the figure ending at `end` stops: before the clause after
    the figure's own (and its share) when that clause states a figure of another thing by its own
    words ("…共收到15564件咨询投诉件，已办结15042件": the closed ones answer no count of the received);
    `stop`, the sentence's end, otherwise (a part, 其中…, goes with its whole; "共计32件" says no
    thing of its own; a clause saying a word the question says, `asked`, is asked too: "…收到多少，
    办结了多少", as is one counted in another measure word the question asks: "几个，发了多少条")."""
    own = _measure(text[start:end])
    cuts = [*_breaks(text, end, stop), stop]
    for a, b in zip(cuts, cuts[1:], strict=False):
        clause = re.sub(r"\s", "", text[a:b])
        figure = _QUANTITY.search(clause)
        if figure is None:
            return stop
        share = re.sub(r"[\d.%％，,；;。]", "", clause)
        if ("%" in clause or "％" in clause) and len(_HAN.findall(_NAMELESS.sub("", share))) < NAMING_CHARS:
            continue  # "…1638条，占47%": the figure's share goes with it
        if clause.startswith(PARTS_OPENER) or not _names(clause[:figure.start()]) \
                or any(len(w) > 1 and w in clause for w in asked) or own != _measure(figure.group()) in asked:
            return stop
        return a
    return stop


def _measure(quantity: str) -> str:
    """The measure word of a quantity ("41个": 个), "" for none."""
    return re.sub(r"[\d.,\s]", "", quantity)


def _item_start(text: str, left: int, start: int) -> int:
    """Where a list item's figure is quoted from: after the item break that follows the list's
    figure before it ("…低保户320人、特困人员45人": 特困人员45人), its clause's start otherwise."""
    figures = [m.end() for m in _QUANTITY.finditer(text, left, start)]
    item = _ITEM_BREAK.search(text, figures[-1], start) if figures else None
    return item.end() if item else left


def _right_of(text: str, end: int, rights: list[int]) -> int:
    """Where a figure's quote ends: its clause, cut before the next list item's figure, with the
    figure's share after it."""
    right = rights[0]
    item_end = next((m.start() for m in _ITEM_BREAK.finditer(text, end, right)), None)
    if item_end is not None and _FIGURE.search(text, item_end, right):
        right = item_end  # "…事项3646项、公共服务事项281项": the next list item is another figure's
    after = text[right:rights[1]] if len(rights) > 1 else ""
    if "%" in after or "％" in after:
        share = re.sub(r"[\d.%％\s，,；;。]", "", after)
        if len(_HAN.findall(_NAMELESS.sub("", share))) < NAMING_CHARS:
            right = rights[1]  # "…1638条，占47%": the figure's share goes with it
    return right


def _widened(text: str, left: int, right: int, lefts: list[int], rights: list[int],
             also: tuple[str, ...]) -> tuple[int, int]:
    """(left, right) widened to every clause of the sentence saying a word another ask names."""
    own = re.sub(r"\s", "", text[left:right])
    for a, b in zip(lefts + rights[:-1], [*lefts[1:], *rights], strict=True):
        clause = re.sub(r"\s", "", text[a:b])
        if any(w in clause and w not in own for w in also):
            left, right = min(left, a), max(right, b)  # another part of the question asks it
    return left, right


def _part_start(text: str, lefts: list[int], start: int) -> int | None:
    """Where the 其中 clause of a part's figure starts ("其中主动公开148条", "其中，投诉类251件"),
    when its own words say what it counts; None for any other figure (or "其中20件": its whole
    says what is counted)."""
    if not _names(text[lefts[-1]:start]):
        return None
    if re.sub(r"\s", "", text[lefts[-1]:start]).startswith(PARTS_OPENER):
        return lefts[-1]
    if len(lefts) > 2 and re.sub(r"[\s，,：:]", "", text[lefts[-2]:lefts[-1]]) == PARTS_OPENER:
        return lefts[-2]
    return None


def clause_quote(text: str, start: int, end: int, also: tuple[str, ...] = ()) -> str:
    """The figure's clause(s), verbatim (spaces around and a closing comma left out)."""
    left, right = figure_clauses(text, start, end, also)
    return text[left:right].strip().rstrip(_TRAILING).strip()


def cut_quote(quote: str, figure: str | None, also: tuple[str, ...] = ()) -> str:
    """A verbatim quote cut to the clause(s) of `figure` (a highlight: "23条", "1,968 条"); the quote
    as it is when the figure is not in it or is no number. `also`: as figure_clauses."""
    if not figure or not _FIGURE.search(figure):
        return quote
    span = locate(quote, figure)
    return clause_quote(quote, *span, also) if span else quote


def _first(sentence: str, figure: str) -> int:
    """Where a figure stands in a sentence: its first printing not inside a longer number."""
    found = re.search(rf"(?<![\d.,]){re.escape(figure)}", sentence) if figure[:1].isdigit() else None
    return found.start() if found else sentence.find(figure)


def shown(sentence: str, figure: str | None, mark: str = "", cut: bool = True, asked: tuple[str, ...] = ()) -> str:
    """The sentence as an answer shows it: the clause(s) of `figure`, "…" where the sentence was
    cut, the figure between `mark`s ("**"); the whole sentence, marked, when not `cut` (`asked`: as
    figure_clauses)."""
    at = _first(sentence, figure) if figure else -1
    if at < 0:
        return sentence
    end = at + len(figure)
    left, right = figure_clauses(sentence, at, end, asked=asked) if cut else (0, len(sentence))
    before = sentence[:left].strip().strip(_TRAILING)
    after = sentence[right:].strip().strip(_TRAILING + "。！？!?）)")  # a closing bracket alone is no cut
    if not before and not after:
        return sentence[:at] + mark + figure + mark + sentence[end:]
    marked = (sentence[left:at] + mark + figure + mark + sentence[end:right]).strip().rstrip(_TRAILING).strip()
    return f"{ELLIPSIS if before else ''}{marked}{ELLIPSIS if after else ''}"


def figure_in(quote: str, value: float, measure: str = "") -> str | None:
    """How a figure stands in a quote ("1968条", "1,968 条"): its first printing there, or None."""
    digits = f"{value:g}" if isinstance(value, float) and not float(value).is_integer() else str(int(value))
    pattern = r"(?<![\d.,])" + r",?\s*".join(map(re.escape, digits)) + r"(?![\d.])"
    found = re.search(pattern + (rf"\s*{re.escape(measure)}" if measure else ""), quote) or re.search(pattern, quote)
    return found.group() if found else None


def cut_to_figure(quote: str, value: float | None, measure: str = "", also: tuple[str, ...] = ()) -> str:
    """A verbatim quote cut to the clause(s) of the figure `value` it states (`also`: as figure_clauses)."""
    figure = figure_in(quote, value, measure) if value is not None else None
    return cut_quote(quote, figure, also) if figure else quote


def sentence_around(pages: list[tuple[int, str]], page: int | None, quote: str) -> str | None:
    """The whole sentence (raw) of the cited page a quote stands in (a cut quote: its sentence),
    running on to the next page when it must; None when the quote is not on that page."""
    here = next((i for i, (number, _) in enumerate(pages) if number == page), None)
    if here is None:
        return None
    text = pages[here][1]
    at = locate(text, quote)
    if at is None and here + 1 < len(pages):
        text = text + "\n" + pages[here + 1][1]
        at = locate(text, quote)
    if at is None:
        return None
    start = max((m.end() for m in _WHOLE_END.finditer(text, 0, at[0])), default=0)
    end = next((m.end() for m in _WHOLE_END.finditer(text, at[1])), len(text))
    return text[start:end].strip()



def cited_clause(citation: Citation, sentence: str | None = None, asked: tuple[str, ...] = ()) -> Citation:
    """A prose citation quoting only the clause(s) of its highlighted figure: those `shown` gives of
    `sentence` (the cleaned sentence the answer shows, so the quote holds every figure shown),
    else of the quote itself (`asked`: as figure_clauses)."""
    if sentence is None:
        return replace(citation, quote=cut_quote(citation.quote, citation.highlight))
    part = shown(sentence, citation.highlight, asked=asked).strip(ELLIPSIS)
    span = locate(citation.quote, part) if part != sentence else None
    return replace(citation, quote=citation.quote[span[0]:span[1]]) if span else citation


def with_ocr(s: Scope, citation: Citation) -> Citation:
    """A quote from a recognised page says so, with the box and confidence of its line."""
    if not citation.page:
        return citation
    layout = s.catalog.page_ocr(citation.report, citation.page)
    if layout:
        from index.forms.ocr import locate

        first = citation.quote.strip().splitlines()[0] if citation.quote.strip() else ""
        citation.box, citation.confidence = locate(layout, first, None)
        citation.origin = "ocr"
    return citation
