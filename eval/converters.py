"""The samples and the real PDFs through every converter installed here, read and gold-checked.

    python -m eval.converters [--out DIR] [--only NAME ...] [--held-out] [--samples 000 003]

Each converter is a real tool (a Python package or a Debian program) that turns one form into
another: PDF -> text / Markdown / Word, Word -> Markdown / HTML / text, HTML -> Markdown / text.
Its inputs are the samples' PDF (eval.pdfgen), their Word form (pdf2docx) and HTML page (mammoth
inside a site's page, eval.forms), and the real PDFs of ../shared/real-reports with their Word
and HTML forms made the same way. Every output is ingested and its facts checked against the
gold: the facts of the sample's text form, or the hand-read gold of a real report
(eval/gold/real-reports). Per converter, over the gold cells:

    right       read with the gold's value (a blank as blank)
    unreadable  recorded unreadable with a reason (never a guess)
    missing     no fact at all: silently absent (the bar is 0)
    wrong       read with another value (the bar is 0)

Two converters are held out (`held_out=True`): never run while the reader is developed, run
once at the end (`--held-out`) to see how the reader does on tools nobody tuned it to.
Test dependencies only; no product code imports this module.
"""

from __future__ import annotations

import argparse
import csv
import logging
import os
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from eval import forms

ROOT = Path(__file__).resolve().parent.parent
REAL = Path(os.environ.get("REPORTQA_REAL_REPORTS", ROOT.parent / "shared" / "real-reports"))
GOLD = ROOT / "eval" / "gold" / "real-reports"


@dataclass(frozen=True)
class Converter:
    name: str
    source: str  # the form it reads: pdf | docx | html
    target: str  # the suffix it writes: txt | md | html | docx
    run: Callable[[Path, Path], None]  # (input file, output file)
    held_out: bool = False


def _pandoc(source: str, target: str, *extra: str) -> Callable[[Path, Path], None]:
    def run(src: Path, out: Path) -> None:
        subprocess.run(["pandoc", "-f", source, "-t", target, "--wrap=none", *extra, "-o", str(out), str(src)],
                       check=True, capture_output=True, timeout=120)
    return run


def _pdftotext(*flags: str) -> Callable[[Path, Path], None]:
    def run(src: Path, out: Path) -> None:
        subprocess.run(["pdftotext", *flags, "-enc", "UTF-8", str(src), str(out)], check=True,
                       capture_output=True, timeout=120)
    return run


def _pdfminer(src: Path, out: Path) -> None:
    from pdfminer.high_level import extract_text

    out.write_text(extract_text(str(src)), encoding="utf-8")


def _pymupdf(src: Path, out: Path) -> None:
    import pymupdf

    with pymupdf.open(str(src)) as doc:
        out.write_text("\f".join(page.get_text() for page in doc), encoding="utf-8")


def _pymupdf4llm(src: Path, out: Path) -> None:
    forms.to_markdown(src, out)


def _pdf2docx(src: Path, out: Path) -> None:
    forms.to_docx(src, out)


def _mammoth(markdown: bool) -> Callable[[Path, Path], None]:
    def run(src: Path, out: Path) -> None:
        import mammoth

        with src.open("rb") as f:
            result = mammoth.convert_to_markdown(f) if markdown else mammoth.convert_to_html(f)
        out.write_text(result.value, encoding="utf-8")
    return run


def _docx2python(src: Path, out: Path) -> None:
    from docx2python import docx2python

    with docx2python(str(src)) as doc:
        out.write_text(doc.text, encoding="utf-8")


def _html(fn: Callable[[str], str]) -> Callable[[Path, Path], None]:
    def run(src: Path, out: Path) -> None:
        out.write_text(fn(src.read_text(encoding="utf-8")) or "", encoding="utf-8")
    return run


def _html2text(markup: str) -> str:
    import html2text

    maker = html2text.HTML2Text()
    maker.body_width = 0
    return maker.handle(markup)


def _markdownify(markup: str) -> str:
    from markdownify import markdownify

    return markdownify(markup)


def _trafilatura(fmt: str) -> Callable[[str], str]:
    def run(markup: str) -> str:
        import trafilatura

        return trafilatura.extract(markup, output_format=fmt, include_tables=True, favor_recall=True)
    return run


def _html_text(markup: str) -> str:
    import html_text

    return html_text.extract_text(markup)


def _readability(markup: str) -> str:
    from readability import Document

    doc = Document(markup)
    return f"<html><head><title>{doc.title()}</title></head><body>{doc.summary()}</body></html>"


def _inscriptis(markup: str) -> str:
    from inscriptis import get_text

    return get_text(markup)


def _pypdf(src: Path, out: Path) -> None:
    from pypdf import PdfReader

    out.write_text("\f".join(page.extract_text() for page in PdfReader(str(src)).pages), encoding="utf-8")


def _resiliparse(markup: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(markup)


def _markitdown(src: Path, out: Path) -> None:
    from markitdown import MarkItDown

    out.write_text(MarkItDown().convert(str(src)).text_content, encoding="utf-8")


REGISTRY: tuple[Converter, ...] = (
    Converter("pdftotext-layout", "pdf", "txt", _pdftotext("-layout")),
    Converter("pdftotext-raw", "pdf", "txt", _pdftotext("-raw")),
    Converter("pdftotext", "pdf", "txt", _pdftotext()),
    Converter("pdfminer", "pdf", "txt", _pdfminer),
    Converter("pymupdf-text", "pdf", "txt", _pymupdf),
    Converter("pymupdf4llm", "pdf", "md", _pymupdf4llm),
    Converter("pdf2docx", "pdf", "docx", _pdf2docx),
    Converter("pandoc-docx-gfm", "docx", "md", _pandoc("docx", "gfm")),
    Converter("pandoc-docx-markdown", "docx", "md", _pandoc("docx", "markdown")),
    Converter("pandoc-docx-html", "docx", "html", _pandoc("docx", "html")),
    Converter("pandoc-docx-plain", "docx", "txt", _pandoc("docx", "plain")),
    Converter("mammoth-html", "docx", "html", _mammoth(False)),
    Converter("mammoth-md", "docx", "md", _mammoth(True)),
    Converter("docx2python", "docx", "txt", _docx2python),
    Converter("pandoc-html-gfm", "html", "md", _pandoc("html", "gfm")),
    Converter("pandoc-html-plain", "html", "txt", _pandoc("html", "plain")),
    Converter("html2text", "html", "md", _html(_html2text)),
    Converter("markdownify", "html", "md", _html(_markdownify)),
    Converter("trafilatura-txt", "html", "txt", _html(_trafilatura("txt"))),
    Converter("trafilatura-md", "html", "md", _html(_trafilatura("markdown"))),
    Converter("html-text", "html", "txt", _html(_html_text)),
    Converter("readability", "html", "html", _html(_readability)),
    # Held out in an earlier round and run once then (1429 of 1429 gold cells each); development since.
    Converter("markitdown", "docx", "md", _markitdown),
    Converter("inscriptis", "html", "txt", _html(_inscriptis)),
    # Held out now: tools' default settings, run once at the end, never while developing the reader.
    Converter("pypdf", "pdf", "txt", _pypdf, held_out=True),
    Converter("resiliparse", "html", "txt", _html(_resiliparse), held_out=True),
)


# --- inputs and gold ----------------------------------------------------------------------------


@dataclass
class Source:
    """One report in its PDF, Word and HTML forms, with its gold facts {metric: (value, status)}."""

    name: str
    files: dict[str, Path]
    gold: dict[str, tuple[object, str]]


def _gold_of_facts(facts) -> dict[str, tuple[object, str]]:
    return {f.metric: (f.value, "blank" if f.value is None else "ok") for f in facts if f.readable}


def _gold_of_tsv(path: Path) -> dict[str, tuple[object, str]]:
    out = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            value = float(row["value"]) if row["value"] else None
            out[row["metric"]] = (value, row["status"])
    return out


def sample_source(name: str, folder: Path, made: dict[str, dict[str, Path]] | None = None) -> Source:
    """A sample in its PDF, Word and HTML forms, made in `folder`, or taken from `made` (what
    forms.write_forms made: the same converters on the same files)."""
    from eval import pdfgen
    from index.extract import extract_report

    text = forms.sample_texts()[name]
    gold = _gold_of_facts(extract_report(str(text)).facts)
    if made is not None:
        return Source(name, {form: made[form][name] for form in ("pdf", "docx", "html")}, gold)
    spec = pdfgen.spec_for(name)
    pdf = forms.to_pdf(name, folder / f"{name}.pdf")
    docx = _cached(folder / f"{name}.docx", lambda p: forms.to_docx(pdf, p))
    html = forms.to_html(docx, folder / f"{name}.html", spec.body, "".join(spec.title_lines))
    return Source(name, {"pdf": pdf, "docx": docx, "html": html}, gold)


def real_source(pdf: Path, folder: Path) -> Source:
    import html as html_escape

    docx = _cached(folder / f"{pdf.stem}.docx", lambda p: forms.to_docx(pdf, p))
    html = folder / f"{pdf.stem}.html"
    if not html.exists():
        import mammoth

        with docx.open("rb") as f:
            content = mammoth.convert_to_html(f).value
        title = html_escape.escape(pdf.stem)
        html.write_text(forms.SITE.format(title=title, body=title, site=title[:2], content=content), encoding="utf-8")
    return Source(pdf.name, {"pdf": pdf, "docx": docx, "html": html}, _gold_of_tsv(GOLD / f"{pdf.name}.tsv"))


def _cached(path: Path, make: Callable[[Path], Path]) -> Path:
    return path if path.exists() else make(path)


# --- scoring ------------------------------------------------------------------------------------


@dataclass
class Score:
    right: int = 0
    unreadable: int = 0
    missing: int = 0
    wrong: int = 0
    errors: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.right += other.right
        self.unreadable += other.unreadable
        self.missing += other.missing
        self.wrong += other.wrong
        self.errors += other.errors
        self.details += other.details

    @property
    def total(self) -> int:
        return self.right + self.unreadable + self.missing + self.wrong


def score(facts, gold: dict[str, tuple[object, str]], label: str) -> Score:
    """Each gold cell: right, unreadable (with a reason), missing or wrong. A cell the gold calls
    ambiguous is right only when it is unreadable; any value read for it is wrong."""
    got = {f.metric: f for f in facts}
    out = Score()
    for metric, (value, status) in gold.items():
        fact = got.get(metric)
        if fact is None:
            out.missing += 1
            out.details.append(f"{label}: missing {metric}")
        elif not fact.readable:
            if not fact.note:
                out.missing += 1
            elif status == "ambiguous":
                out.right += 1
            else:
                out.unreadable += 1
        elif status == "ambiguous" or _number(fact.value) != _number(value):
            out.wrong += 1
            out.details.append(f"{label}: wrong {metric} = {fact.value} (gold {value if status != 'ambiguous' else status})")
        else:
            out.right += 1
    return out


def _number(value) -> float | None:
    return None if value is None else float(value)


def convert_and_score(converter: Converter, source: Source, folder: Path) -> Score:
    from index.extract import ExtractError, extract_report

    out = folder / f"{Path(source.name).stem}.{converter.name}.{converter.target}"
    try:
        if not out.exists():
            converter.run(source.files[converter.source], out)
        facts = extract_report(str(out)).facts
    except (ExtractError, subprocess.CalledProcessError, OSError) as err:
        result = Score(missing=len(source.gold))
        result.errors.append(f"{source.name}: {err}")
        return result
    return score(facts, source.gold, source.name)


def _grouped(details: list[str]) -> list[str]:
    """Missing and wrong cells by report and row ("003: missing 行政复议 ×15")."""
    counts: dict[str, int] = {}
    for line in details:
        head, _, metric = line.rpartition(" ")
        if "= " in line:
            counts[line] = 1
            continue
        key = f"{head} {metric.rsplit('.', 1)[0] if metric.count('.') > 1 else metric}"
        counts[key] = counts.get(key, 0) + 1
    return [f"{k} x{n}" if n > 1 else k for k, n in counts.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="keep the inputs and outputs here (default: a temporary folder)")
    parser.add_argument("--only", nargs="*", help="these converters only")
    parser.add_argument("--held-out", action="store_true", help="run the held-out converters too (once, at the end)")
    parser.add_argument("--samples", nargs="*", default=None, help="sample names (default: all five)")
    parser.add_argument("--no-real", action="store_true", help="leave out the real PDFs")
    parser.add_argument("--details", action="store_true", help="list every missing and wrong cell")
    args = parser.parse_args(argv)
    logging.getLogger("pdf2docx").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.out or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        sources = [sample_source(n, folder) for n in (args.samples or list(forms.sample_texts()))]
        if not args.no_real:
            sources += [real_source(p, folder) for p in sorted(REAL.glob("*.pdf"))]
        chosen = [c for c in REGISTRY if (args.held_out or not c.held_out) and (not args.only or c.name in args.only)]
        print(f"{'converter':22}{'from':>6}{'to':>6}{'cells':>7}{'right':>7}{'unread':>8}{'missing':>9}{'wrong':>7}  errors")
        total = Score()
        for converter in chosen:
            result = Score()
            for source in sources:
                result.add(convert_and_score(converter, source, folder))
            total.add(result)
            mark = " (held out)" if converter.held_out else ""
            print(f"{converter.name:22}{converter.source:>6}{converter.target:>6}{result.total:7}{result.right:7}"
                  f"{result.unreadable:8}{result.missing:9}{result.wrong:7}  {len(result.errors)}{mark}", flush=True)
            if args.details:
                for line in result.errors + _grouped(result.details)[:12]:
                    print("    " + line)
        print(f"{'all':34}{total.total:7}{total.right:7}{total.unreadable:8}{total.missing:9}{total.wrong:7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
