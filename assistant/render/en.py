"""Every sentence of an answer in English: the phrases of each finding (assistant.findings)
and the few ways the language writes names, years, figures and lists."""

from __future__ import annotations

import re

from index.lexicon import units as _units
from index.lexicon.units import UNIT_EN

from ..understanding import MAX_QUESTION_CHARS, Problem
from . import counted_en

PROBLEMS = {
    Problem.EMPTY: "The question is empty; please type a question.",
    Problem.LONG: f"The question is too long (limit {MAX_QUESTION_CHARS} characters); please shorten it.",
    Problem.NONSENSE: "That does not look like a question; please ask in words.",
}

CORPUS = {
    "corpus": "{n} reports are indexed:",
    "corpus_item": "- {body}: {years}",
    "count": "{n} matching reports: {items}.",
    "no_body": "No report of {who} is indexed. Indexed bodies: {bodies}.",
    "also_unknown": "No report of {who} is indexed; the answer covers the indexed bodies only.",
    "also_missing": "No report of {who} for {years} is indexed ({have}); the answer covers the bodies "
                    "with a report for that year only.",
    "have_years": "years indexed for {who}: {years}",
    "impossible_year": "{years} is not a year any annual report can be of; no answer. Years indexed: {have}.",
    "no_year": "No report of {who} for {years} is indexed. Years indexed for {who}: {have}.",
    "no_year_any": "No report for {years} is indexed. Years indexed: {have}.",
    "empty": "Nothing is indexed yet: ingest some reports first.",
    "source": "Sources of the previous answer:",
    "source_none": "The previous answer cited no source.",
    "why": "The previous answer rests on these passages:",
    "filter": " (filtered by {what})",
    "same": "Yes: {names} are the same body, renamed in the institutional reform; the corpus holds its reports for {years}.",
    "different": "No: {names} are different bodies.",
    "one_name": "{names} has no other name in the corpus.",
}

STATISTICS = {
    "absent": "The {year} report of {who} does not contain a “{metric}” item (its template does not include it).",
    "absent_asked": "The {year} report of {who} does not contain “{asked}”: its template has no “{metric}” item.",
    "not_read": "“{metric}” could not be read from the {year} report of {who} (its table was not recognised{why}); "
                "no answer can be given, check the source.",
    "available": " It is reported in: {items}.",
    "incomplete": "The {what} of {metric}{scope} cannot be given reliably: it could not be read in {items}. "
                  "The values read are (for reference only, not a complete result):",
    "what": {"most": "maximum", "least": "minimum", "ranking": "ranking", "total": "total", "average": "average",
             "difference": "difference"},
    "absent_note": "Not counted, their template has no such item: {items}.",
    "same_words": "Comparing only the figures the text states in the same words: {line} ",
    "all_words": "Counting the figures worded otherwise too: {line}",
    "unstated_note": "Not counted, their text does not state it so: {items}.",
    "prose_same": "These figures come from the reports' text, each stated in the same words “{said}…{measure}”, "
                  "not from a table cell.",
    "prose_otherwise": "Not compared, their text words it otherwise (it may count something else): {items}.",
    "prose_item": "{who} {year}: “{said}”{cite}",
    "same": "The same.", "differ": "They differ.",
    "handled": "How the information disclosure requests of {who} in {year} were handled: {items}.",
    "handled_zero": "Every other outcome is 0: {items}.",
    "all_zero": "Every outcome of the information disclosure requests of {who} in {year} is 0: {items}.",
    "handled_blank": "Not reported or unreadable: {items}.",
    "item_sep": "; ",
}

PROSE = {
    "passage": "According to the {year} report of {who}{cite}: “{sentence}”",
    "key": "Answer: {key}.",
    "nothing": "The {what} is not stated in the indexed reports{scope}.",
    "about": "information on “{topic}”",
    "summary": "Summary of the {year} annual report of {who}:",
    "summary_sections": "What it says:",
    "summary_facts": "Main statistics:",
    "no_summary": "No report{scope} to summarize.",
    "across": "“{topic}” is not a statistic of the tables, so it cannot be compared or added up across reports: "
              "figures in the prose describe each report alone, and no comparable data was found.",
    "twice": "Answer: {first} (the report's text elsewhere states {second}: the two figures differ, both quoted below).",
}

CATEGORIES = {
    "most": "In the {year} report of {who}, the most frequent of the {family} is “{label}”: {value}{cite}.",
    "least": "In the {year} report of {who}, the least frequent of the {family} is “{label}”: {value}{cite}.",
    "tie_most": "In the {year} report of {who}, the most frequent of the {family} are tied: {items}, {value} each.",
    "tie_least": "In the {year} report of {who}, the least frequent of the {family} are tied: {items}, {value} each.",
    "all_zero": "In the {year} report of {who}, every one of the {family} is {value}{cites}: none is the most frequent.",
    "breakdown": "In the {year} report of {who}, the {family}:",
    "breakdown_zero": "In the {year} report of {who}, every one of the {family} is {value}{cites}.",
    "none": "The {year} report of {who} does not contain a breakdown of {family} (its template has none).",
    "unsure": "Which of the {family} is {what} in the {year} report of {who} cannot be said: {items} could not "
              "be read reliably. The cells read (for reference only):",
    "what": {True: "the most frequent", False: "the least frequent"},
    "item": "- {label}: {value}{cite}",
    "rest_zero": "All the others are 0{cites}.",
    "names": {"outcome": "outcomes of requests", "refusal_reason": "reasons for refusing disclosure",
              "channel": "request channels", "applicant": "applicant types",
              "decision": "kinds of decision (licensing, penalties, enforcement)",
              "lawsuit": "outcomes of lawsuits", "reconsideration": "outcomes of reconsiderations"},
    "whole": " (total)",
}

COMPUTED = {
    "running_gap_yes": "Yes, it matches: the difference of the cumulative totals, {gap}, equals the {year} figure of the year itself, {own}.",
    "running_gap_no": ("No, it does not match: the difference of the cumulative totals is {gap}, while the {year} figure "
                       "of the year itself is {own}."),
    "given_total_yes": "Yes: the parts make {summed}, equal to the {given} asked.",
    "given_total_no": "No: the parts make {summed}, not the {given} asked, a gap of {gap}.",
    "parts_total_yes": ("Yes, they add up: the parts the {year} report of {who} lists, {parts}, make {summed}, "
                        "equal to the total it states, {total}."),
    "parts_total_no": ("No, they do not add up: the parts the {year} report of {who} lists, {parts}, make {summed}, "
                       "while the total it states is {total}, a gap of {gap}."),
    "rows_total_yes": "Yes, they add up: in the {year} report of {who}, {parts} make {summed}, equal to {whole}, {total}.",
    "rows_total_no": ("No, they do not add up: in the {year} report of {who}, {parts} make {summed}, while {whole} is "
                      "{total}, a gap of {gap}."),
    "rows_prose_whole": "the total the report's text states",
    "share_one": "{Num} of {who} in {year} is {value}% of {den} ({n}{ncite} ÷ {d}{dcite}).",
    "share_sum": "{Num} of {who} in {year} is {value}% of {den} ({n} ÷ {d}).",
    "share_sum_none": "The share of {num} in {den} of {who} in {year} cannot be computed: {why} ({n}, {d}).",
    "summed": "{names} combined",
    "times_one": "{Num} of {who} in {year} is {value} times {den} ({n}{ncite} ÷ {d}{dcite}).",
    "share_two": "{Num} of {a} is {value}% of {den} of {b} ({n}{ncite} ÷ {d}{dcite}).",
    "times_two": "{Num} of {a} is {value} times {den} of {b} ({n}{ncite} ÷ {d}{dcite}).",
    "no_value": "The ratio of {num} of {a} to {den} of {b} cannot be computed: {why} ({n}{ncite}, {d}{dcite}).",
    "zero": "the denominator is 0", "blank": "a cell is blank (not reported)",
    "no_change": "The change in {metric} of {who} from {a} to {b} cannot be computed: {items} missing.",
    "missing_input": "the figure for {year} ({why}) is",
    "no_pair": "The difference in {metric} between {first} in {a} and {second} in {b} cannot be computed: {items} missing.",
    "missing_pair": "the figure of {who} for {year} ({why}) is",
    "have_input": "Input found (not the change asked): {who}, {year}: {value}{cite}.",
    "why": {"absent": "the report's template has no such item and its text does not state it",
            "not_read": "the report's table could not be read there", "blank": "the cell is blank, not reported",
            "unreadable": "the cell's figure cannot be read reliably", "no_report": "no report of that year is indexed"},
    "no_whole": "The tables{scope} hold no total to divide {metric} by, so the share cannot be computed.",
    "sum": "{Names} of {who} in {year} add up to {total} ({inputs}).",
    "not_money": "The tables{scope} count {metric} (the number of decisions), not money: the reports do not contain "
                 "this amount.",
    "not_time": "The tables{scope} count {metric}, not days or hours: the reports do not contain the number of days "
                "(or the time) asked for.",
    "not_rating": "The tables{scope} count {metric}, not satisfaction or any rating: the reports do not contain "
                  "the rating asked for.",
}

CHECKS = {
    "failed_reports": "{n} reports fail a consistency check:",
    "none_failed": "All consistency checks pass (or cannot be evaluated) in the {n} indexed reports{scope}.",
    "report_failed": "The {year} report of {who} fails {n} consistency check(s) (the figures do not add up):",
    "report_passed": "The consistency checks of the {year} report of {who}{what} pass: the figures add up:",
    "not_checked": "The {year} report of {who}{what} has no check that can be evaluated (blank or unreadable cells).",
    "item": "- {name}: {detail}",
    "no_report": "No report{scope} to check.",
}

KIND_NAMES = {"address": "address", "email": "email address", "fax": "fax number", "phone": "phone number", "postcode": "postcode",
       "url": "web address", "date": "date", "percent": "percentage", "amount": "amount", "person": "name",
       "count": "figure"}

FACTS = {
    "prose_quote": " The report's text: “{quote}”",
    "blank": "not reported (blank cell)",
    "unreadable": "unreadable",
    "lookup_unreadable": "{Metric} of {who} in {year} cannot be read reliably from the report ({note}){cite}; check the source.",
    "unreadable_note": "Unreadable in these reports, not counted: {items}.",
    "not_reported": "Blank in these reports, not counted: {items}.",
    "check_failed": "Note: the table holding {item} fails a consistency check ({check}); check the source.",
    "lookup": "{Metric} of {who} in {year}: {value}{cite}.",
    "lookup_blank": "{Metric} of {who} in {year} is blank in the report (not reported){cite}.",
    "most": "{who} had the most {metric}{scope}: {value}{cite}.",
    "least": "{who} had the fewest {metric}{scope}: {value}{cite}.",
    "tie_most": "{who} tie for the most {metric}{scope}, {value} each.",
    "tie_least": "{who} tie for the fewest {metric}{scope}, {value} each.",
    "runner_up": "Next is {who} with {value}{cite}.",
    "total": "Total {metric}{scope}: {value} ({inputs}).",
    "average": "Average {metric}{scope}: {value} over {n} reports ({inputs}).",
    "difference": "{a} had {amount} {more_less} {metric} than {b} ({av}{acite} − {bv}{bcite}).",
    "worded": "The two reports word it differently: {a} says “{aw}”, {b} “{bw}”.",
    "worded_years": "The two reports word it differently: {a} “{aw}”, {b} “{bw}”.",
    "more": "more",
    "less": "fewer",
    "change_rise": "{Metric} of {who} increased by {amount} from {by} to {ay} ({av}{acite} − {bv}{bcite}).",
    "change_fall": "{Metric} of {who} decreased by {amount} from {by} to {ay} ({av}{acite} − {bv}{bcite}).",
    "percent_fall": "That is a fall of {value}% ({delta} ÷ {base}{bcite}).",
    "percent_rise": "That is a rise of {value}% ({delta} ÷ {base}{bcite}).",
    "percent_not_fall": "It did not fall: it rose by {value}% ({delta} ÷ {base}{bcite}).",
    "percent_not_rise": "It did not rise: it fell by {value}% ({delta} ÷ {base}{bcite}).",
    "percent_more": "That is {value}% more ({delta} ÷ {base}{bcite}).",
    "percent_less": "That is {value}% less ({delta} ÷ {base}{bcite}).",
    "percent_none": "No percent change can be computed: the base figure is {base}{bcite}.",
    "same": "{a} and {b} had the same {metric}: {value}{acite}{bcite}.",
    "ranking": "Ranking of {metric}{scope}:",
    "trend": "{Metric}{scope} by year:",
    "list": "{Metric}{scope}:",
    "none": "The matching reports leave {metric} blank (not reported).",
    "comparison": "Full comparison:",
    "col_body": "Body", "col_year": "Year", "col_value": "Value",
    "scope_year": " in {year}", "scope_all": "",
    "change_up": "increased by {value} from the previous year reported",
    "change_down": "decreased by {value} from the previous year reported",
    "change_same": "unchanged from the previous year reported",
}

REASONS = {"glued": "the row's figures are printed run together as “{}”, which splits into cells in several ways",
    "none": "no values are printed for this row",
    "fewer": "the row prints fewer values than it has cells, and which are blank is not known",
    "other": "the cell could not be recognised"}

#: Joiners of lists and clauses.
LIST_SEP = "、"  # the lists of the answers' tables and notes keep the reports' own separator
TIE_SEP = ", "
NAME_SEP = "、"
AND_SEP = " and "
YEARS_SEP = ", "
ITEMS_SEP = ", "
ELSEWHERE_SEP = "; "
CLAUSE_SEP = "; "
COLON = ": "
FIRST_SENTENCE_END = " "
FROM_PROSE = " (from the report's text)"  # a figure read from the prose, not the tables
#: After a value converted to its statistic's unit, the cell as the report printed it.
AS_PRINTED = " (printed as {printed})"
#: A computed answer whose inputs the text states otherwise: the two readings, labelled.
READINGS = {"table": "From the tables: ", "text": "From the numbers in the reports' text: ", "sep": " "}
INVALID = "Cannot answer: {problem}"
NOT_EQUAL = " (not equal)"
FILTER_NOTE = "Filter applied: {what}"
OPEN_RANGE = "{first} onward"


def in_measure(shown: str, unit: str | None, asked: str) -> str:
    """A count asked in a Chinese measure word ("几笔"), said in English: its English noun."""
    return number(shown, unit)


def number(shown: str, unit: str | None, key: str = "") -> str:
    """A figure with what it counts in English words: "1 case", "9 projects" (the noun from the
    unit and the statistic `key`'s family, singular for exactly one); money and percentages keep
    the report's unit ("4166.24 万元 (ten-thousand yuan)")."""
    nouns = _units.count_noun_en(unit, key)
    if nouns is not None:
        return f"{shown} {nouns[0] if shown in ('1', '1.0', '-1') else nouns[1]}"
    word = UNIT_EN.get(unit, unit) if unit else ""
    return shown + (f" {word}" if word else "")


_COUNT_SPAN = re.compile(r"^(\d[\d,.]*)\s*(" + "|".join(sorted(_units.PROSE_COUNT_UNITS, key=len, reverse=True)) + r")$")


def answer_key(span: str, sentence: str = "") -> str:
    """The span of the prose that answers, in English words where it is a plain count:
    "111条" is "111 items", "95个" of "政务新媒体共计95个" "95 government new-media accounts"
    (counted_en; the quote beside it keeps the report's own words)."""
    match = _COUNT_SPAN.match(span)
    return number(match.group(1), match.group(2)) if match else counted_en.english_figure(span, sentence)


def outcome_of(label: str) -> str:
    """"lawsuit after reconsideration: upheld" -> "upheld": the column of a cell summed over its groups."""
    return label.rsplit(": ", 1)[-1]


def with_year(name: str, year: int) -> str:
    return f"{name} ({year})"


def who_in_years(who: str, years: str) -> str:
    return who + (years and f" ({years})")


def scope(names: str, years: str) -> str:
    return (f" of {names}" if names else "") + (f" for {years}" if years else "")


def year_scope(year: int) -> str:
    return f" in {year}"


def where(report: str, page: int | None) -> str:
    return f"{report}, page {page}" if page else report


def what_tables(names: str) -> str:
    return f" ({names})"


def section_line(section: str, sentence: str, cite: str) -> str:
    return f"- {section}: “{sentence}”{cite}"


def headline_line(name: str, value: str, unit: str | None, cite: str, key: str = "") -> str:
    return f"- {name}: {number(value, unit, key) if value != '—' else value}{cite}"


def metric_difference(who: str, year: int, first: str, second: str, delta: str, more: bool, a: str, b: str,
                      units: tuple[str | None, str | None], cites: tuple[str, str]) -> str:
    word = "more" if more else "fewer"
    return f"{who} had {delta} {word} {first} than {second} in {year} ({a}{cites[0]} − {b}{cites[1]})."


def concept_name(concept) -> str:
    """A statistic's name (index.templates Concept)."""
    return concept.en


def body_name(body: str, english_name) -> str:
    """A body as the reports name it, with its English name when it can be composed."""
    english = english_name(body)
    return f"{body} ({english})" if english else body


def contradiction(who: str, year: int, prose: str, table: str, unit: str | None, prose_cite: str,
                  table_cite: str, key: str = "", said: str | None = None, text_unit: str | None = None) -> str:
    """The report's text states a cited cell with another number (`said`: the cell as the answer
    says it; the text's measure word `text_unit` is said as the statistic's English noun)."""
    return (f"Note: the text of {who}'s {year} report says {number(prose, unit, key)}{prose_cite}, "
            f"its table {said or number(table, unit, key)}{table_cite}.")


# --- asking back and the body taken (issue 19) --------------------------------------------------

CLARIFY = {
    "one": "Did you mean {body}?",
    "many": "Which body do you mean by \"{text}\"?",
    "item": "{n}. {body}",
    "reply": "Reply \"yes\", a number or the body's name.",
    "not_in_corpus": "The corpus has no report of \"{text}\".",
    "took_report": "\"{text}\" has no report of that year; answered from the report of {body}.",
    "took": "Taking \"{text}\" as {body}.",
}

PART = {
    "unmatched": "The words \"{words}\" match no item of the report's tables, so the total of {whole} is not the "
                 "answer.",
    "sum": "The question adds several items up, but \"{words}\" matches no item of the report's tables, so the "
           "sum of {whole} alone is not the answer.",
    "listed": "The words \"{words}\" match no item of the report's tables and are not answered; only the "
              "items that do are answered above.",
    "near": "Items of the tables that come near: {cells}.",
    "one": "Did you mean \"{cell}\"?",
    "many": "Did you mean one of these?",
    "reply": "Reply \"yes\", a number, or ask again in other words (an item of the table, for example).",
}


# --- a yes/no question against a threshold ("more than 100?") ------------------------------------

THRESHOLD = {
    "above_yes": "Yes, more than {threshold}: {figure}{cite}.",
    "above_no": "No, not more than {threshold}: {figure}{cite}.",
    "at_least_yes": "Yes, at least {threshold}: {figure}{cite}.",
    "at_least_no": "No, fewer than {threshold}: {figure}{cite}.",
    "below_yes": "Yes, fewer than {threshold}: {figure}{cite}.",
    "below_no": "No, not fewer than {threshold}: {figure}{cite}.",
    "at_most_yes": "Yes, not more than {threshold}: {figure}{cite}.",
    "at_most_no": "No, more than {threshold}: {figure}{cite}.",
    "some_yes": "Yes: {figure}{cite}.",
    "some_no": "No, none: {figure}{cite}.",
    "unknown_blank": ("Unknown, neither yes nor no: the cell is blank{cite}, so its value is not known (a blank is "
                      "not zero) and cannot be compared with {threshold}."),
    "unknown_unreadable": ("Unknown, neither yes nor no: the cell could not be read{cite}, so it cannot be compared "
                           "with {threshold}."),
    "unknown_kind": "Cannot compare with {threshold}: the report's figure is {figure}{cite}, another kind of quantity.",
}


def threshold_said(said: str, value, money: bool) -> str:
    """The threshold as asked ("100")."""
    return said
