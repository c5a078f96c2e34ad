"""Values a report gives by a label or a place rather than in a sentence that answers: an
address, a postcode, a phone number or a web address after its label ("邮编：755000"), and the
date a report is signed at its end. Quoted with the text around them, from one body's reports
only (another body's phone number is never the answer); a quote from a recognised page carries
the box and confidence of its line (`quotes.with_ocr`, for every quote of the prose).
"""

from __future__ import annotations

import re

from index.lexicon.questions import FULL_DATE

from .answer import Citation
from .findings import PassageFound
from .quotes import cited_clause, with_ocr
from .scope import Scope
from .typed import candidates, sites_asked
from .understanding import Query

_FULL_DATE = re.compile(FULL_DATE)
#: How much of a report's end is where it is signed.
SIGNATURE_CHARS = 400
#: Labelled kinds looked for by their label first (an address or postcode is rarely the
#: subject of a sentence that retrieval would find); the others only when no sentence answers.
SCAN_FIRST = ("address", "postcode")
#: How far a labelled value's quote reaches on either side, at most.
QUOTE_REACH = 120
_QUOTE_END = re.compile(r"[。！？]")


def labelled_value(q: Query, s: Scope, kind: str) -> PassageFound | None:
    """The first value of the kind after its label ("邮编：755000") in one body's reports,
    newest first, quoted with the text around it. Only for one body: another body's phone
    number is never the answer."""
    reports = sorted(s.in_scope(q), key=lambda r: -r.year)
    if len({r.body for r in reports}) != 1:
        return None
    for report in reports:
        for page in s.catalog.pages(report.report):
            spans = candidates(page.text, kind, q.text)
            if kind == "url":  # the site asked (the body's own or the portal), if the question says
                spans = sites_asked(page.text, spans, q.text)
            if not spans:
                continue
            span = spans[0]
            left = max((m.end() for m in _QUOTE_END.finditer(page.text, max(0, span.start - QUOTE_REACH), span.start)),
                       default=max(0, span.start - QUOTE_REACH))
            right = next((m.end() for m in _QUOTE_END.finditer(page.text, span.end, span.end + QUOTE_REACH)),
                         min(len(page.text), span.end + QUOTE_REACH))
            quote = page.text[left:right].strip()
            value = re.sub(r"\s*\n\s*", "", span.text)
            sentence = re.sub(r"\s*\n\s*", "", quote)
            # the value's own segment of a contact line (quotes.figure_clauses), never the fax beside the phone
            citation = with_ocr(s, cited_clause(Citation(report.report, report.body, report.year, page.number, "",
                                                         quote, highlight=value), sentence))
            return PassageFound(citation, sentence, value)
    return None


def signing_date(q: Query, s: Scope) -> PassageFound | None:
    """The last full date of the report's text, as it is signed at its end."""
    reports = s.in_scope(q)
    if len(reports) != 1:
        return None
    report = reports[0]
    for page in reversed(s.catalog.pages(report.report)):
        tail = page.text[-SIGNATURE_CHARS:]
        dates = list(_FULL_DATE.finditer(tail))
        if dates:
            date = dates[-1].group()
            line = next((ln for ln in tail.splitlines() if date in ln), date)
            citation = Citation(report.report, report.body, report.year, page.number, "", line.strip(), highlight=date)
            return PassageFound(citation, line.strip(), date, marked=False)
        break  # only the end of the report is where it is signed
    # signed before an appended table: the last line that is a date alone
    for page in reversed(s.catalog.pages(report.report)):
        for line in reversed(page.text.splitlines()):
            if _FULL_DATE.fullmatch(line.strip()):
                citation = Citation(report.report, report.body, report.year, page.number, "", line.strip(),
                                    highlight=line.strip())
                return PassageFound(citation, line.strip(), line.strip(), marked=False)
    return None
