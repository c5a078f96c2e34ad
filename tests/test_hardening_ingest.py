"""Hostile and careless use, second round (issue 17): what ingest got wrong or lost.

Report identity follows the file (an edited file is a new version of itself), a page listing
reports is no report, years are checked against the report's own period and the present,
garbage text layers and giant pages go to OCR within bounds, and source paths are absolute.
Files are made in each test from the samples and the real reports by changing only what the
case is about.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from assistant import Assistant
from index.extract import ExtractError, extract_report

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "sample-reports"
LINGWU = SAMPLES / "000_5fdff1f93ec53c39.txt"  # 灵武市卫生健康局 2020
HAIYUAN = SAMPLES / "002_237241b3bbe4412b.txt"  # 海原县卫生健康局 2020
CLI = [sys.executable, "-m", "assistant.cli"]


def run_cli(*args: str, cwd: Path = ROOT, timeout: float = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=timeout)


def _value(qa: Assistant, report: str, metric: str) -> float:
    """The value of one metric of one report."""
    found = {f.value for f in qa.facts(metric=metric) if f.report == report and f.readable}
    assert len(found) == 1, found
    return found.pop()


# --- #32 identity follows the file ------------------------------------------------------------------


@pytest.mark.slow
def test_an_edited_file_kept_under_a_distinct_name_replaces_itself(tmp_path):
    """Two files named report.txt are both kept (report.txt, report~hash.txt); when the second
    is edited and ingested again from its path, its new figures replace its old ones: it is not
    "another form" of itself."""
    for folder, sample in (("a", LINGWU), ("b", HAIYUAN)):
        (tmp_path / folder).mkdir()
        shutil.copy(sample, tmp_path / folder / "report.txt")
    second = tmp_path / "b" / "report.txt"
    with Assistant.build([tmp_path / "a" / "report.txt", second], tmp_path / "index") as qa:
        kept = next(r.report for r in qa.reports() if r.body == "海原县卫生健康局")
        assert kept.startswith("report~")
        assert _value(qa, kept, "行政处罚.处理决定数量") == 44
        text = second.read_text(encoding="utf-8")
        second.write_text(text.replace("行政处罚\t66\t-22\t44", "行政处罚\t66\t-21\t45")
                          .replace("行政许可\t118\t+28\t146", "行政许可\t118\t+30\t148"), encoding="utf-8")
        result = qa.add([second]).results[0]
        assert result.status == "replaced", result
        assert result.report == kept and "new version" in result.reason
        assert len(qa.reports()) == 2
        assert _value(qa, kept, "行政处罚.处理决定数量") == 45
        assert _value(qa, kept, "行政许可.处理决定数量") == 148
        assert "45" in qa.ask("海原县卫健局2020年行政处罚多少件？").text


# --- #33 absolute source paths ----------------------------------------------------------------------


@pytest.mark.slow
def test_a_report_ingested_by_a_relative_path_is_stored_absolute(tmp_path):
    """The CLI run in the file's folder with a bare file name stores the resolved path; the same
    file given by its absolute path is then unchanged."""
    folder = tmp_path / "files"
    folder.mkdir()
    shutil.copy(HAIYUAN, folder / "haiyuan.txt")
    index = tmp_path / "index"
    proc = run_cli("ingest", "haiyuan.txt", "--index", str(index), "--quiet", cwd=folder)
    assert proc.returncode == 0, proc.stderr
    with Assistant.open(index) as qa:
        assert [r.path for r in qa.reports()] == [str((folder / "haiyuan.txt").resolve())]
    proc = run_cli("ingest", str(folder / "haiyuan.txt"), "--index", str(index), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "1 unchanged" in proc.stdout, proc.stdout


def test_a_relative_path_of_an_older_index_is_made_absolute_when_seen_again(tmp_path, monkeypatch):
    """An index written before paths were resolved keeps "haiyuan.txt"; ingesting the same file
    again (unchanged) records where it is."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(HAIYUAN, tmp_path / "haiyuan.txt")
    with Assistant.build([Path("haiyuan.txt")], tmp_path / "index") as qa:
        record = qa.reports()[0]
        qa.index.catalog.db.execute("UPDATE reports SET path='haiyuan.txt'")  # as an older version stored it
        qa.index.catalog.db.execute("UPDATE sources SET path='haiyuan.txt'")
        result = qa.add([tmp_path / "haiyuan.txt"]).results[0]
        assert result.status == "unchanged"
        assert [r.path for r in qa.reports()] == [str((tmp_path / "haiyuan.txt").resolve())]
        assert qa.reports()[0].sha256 == record.sha256


# --- #24, #25 years: the report's own period and the present ------------------------------------------

HAIYUAN_TITLE = "海原县卫生健康局 2020 年政府信息公开 公开工作年度报告"


def _haiyuan_titled(tmp_path: Path, title: str, name: str = "titled.txt") -> Path:
    """The haiyuan report with only its title line changed."""
    text = HAIYUAN.read_text(encoding="utf-8")
    assert text.count(HAIYUAN_TITLE) == 1
    path = tmp_path / name
    path.write_text(text.replace(HAIYUAN_TITLE, title), encoding="utf-8")
    return path


@pytest.mark.parametrize("title", [
    "海原县卫生健康局 2019 年政府信息公开工作年度报告（2020年修订版）",  # a revision date
    "海原县卫生健康局 2019-2020 年度政府信息公开工作年度报告",  # a range: the period decides
    "海原县卫生健康局 2021 年发布的 2020 年政府信息公开工作年度报告",  # a publication date
], ids=["revision", "range", "published"])
def test_the_year_covered_is_the_period_the_report_states(tmp_path, title):
    """The body says the period is 2020-01-01..2020-12-31: the report is of 2020, whatever
    revision, publication date or range the title also prints."""
    x = extract_report(str(_haiyuan_titled(tmp_path, title)))
    assert (x.meta.body, x.meta.year) == ("海原县卫生健康局", 2020)


def test_a_period_line_left_from_last_year_is_outvoted_by_the_report(tmp_path):
    """A 2020 report whose period sentence still says 2019 (copied from last year's report) is
    of 2020: its title and the rest of its text say so."""
    text = HAIYUAN.read_text(encoding="utf-8")
    stale = "2019 年 1 月 1 日至 2019 年 12 月 31 日"
    fresh = "2020 年 1 月 1 日至 2020 年 12 月 31 日"
    assert fresh in text
    path = tmp_path / "stale.txt"
    path.write_text(text.replace(fresh, stale, 1), encoding="utf-8")
    assert extract_report(str(path)).meta.year == 2020


def test_a_report_of_a_year_not_over_is_refused(tmp_path):
    """Year 2099 (every 2020 -> 2099, 2019 -> 2098) is refused with its reason; nothing is indexed."""
    text = HAIYUAN.read_text(encoding="utf-8").replace("2020", "2099").replace("2019", "2098")
    path = tmp_path / "y2099.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExtractError, match="year 2099 is not over yet"):
        extract_report(str(path))
    with Assistant.build([path, HAIYUAN], tmp_path / "index") as qa:
        failed = qa.last_ingest.failed
        assert [Path(r.path).name for r in failed] == ["y2099.txt"]
        assert "2099" in failed[0].reason and "not over yet" in failed[0].reason
        assert [r.year for r in qa.reports()] == [2020]


def test_the_current_year_is_accepted_only_in_its_last_month():
    """A report of this year cannot be out before December (published once its year is over)."""
    from index.metadata import MetadataError, check_year

    this = date.today().year
    check_year(this - 1)
    check_year(this, date(this, 12, 20))
    with pytest.raises(MetadataError, match="not over yet"):
        check_year(this, date(this, 6, 1))
    with pytest.raises(MetadataError, match="not over yet"):
        check_year(this + 1, date(this, 12, 31))


# --- #20 a page listing reports is no report ---------------------------------------------------------

_LIST_ITEMS = [("灵武市卫生健康局2021年政府信息公开工作年度报告", "2022-01-20"),
               ("海原县卫生健康局2020年政府信息公开工作年度报告", "2021-01-28"),
               ("海原县人民政府2020年政府信息公开工作年度报告", "2021-01-25"),
               ("海原县卫生健康局2019年政府信息公开工作年度报告", "2020-01-31")]


def _list_page(items: list[tuple[str, str]]) -> str:
    """A site's 年报 column: a navigation list of report titles, each a link with its date."""
    lis = "\n".join(f'<li><a href="/art/{i}.html" title="{t}">{t}</a><span>{d}</span></li>'
                    for i, (t, d) in enumerate(items))
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>政府信息公开年报_海原县人民政府</title></head>"
            "<body><div class='top'>海原县人民政府 首页 政务公开 政府信息公开年报</div>"
            f"<div class='list'><h2>政府信息公开年报</h2><ul>\n{lis}\n</ul></div>"
            "<div class='page'>共1页 首页 上一页 下一页 尾页</div>"
            "<div class='foot'>主办：海原县人民政府办公室 宁ICP备00000000号</div></body></html>")


@pytest.mark.parametrize("suffix", [".html", ".txt"])
def test_a_page_listing_reports_is_not_a_report(tmp_path, suffix):
    """The list page, as HTML or as a crawler's text of it, is skipped with a one-line reason;
    the reports beside it are indexed, the year's rankings unaffected."""
    page = _list_page(_LIST_ITEMS)
    path = tmp_path / f"navlist{suffix}"
    if suffix == ".txt":
        import lxml.html

        page = "\n".join(s.strip() for s in lxml.html.fromstring(page).itertext() if s.strip())
    path.write_text(page, encoding="utf-8")
    with pytest.raises(ExtractError, match="a list of reports, not a report"):
        extract_report(str(path))
    with Assistant.build([path, HAIYUAN, LINGWU], tmp_path / "index") as qa:
        assert [Path(r.path).name for r in qa.last_ingest.failed] == [path.name]
        assert "\n" not in qa.last_ingest.failed[0].reason
        assert sorted(r.body for r in qa.reports()) == ["海原县卫生健康局", "灵武市卫生健康局"]


def test_a_report_that_cites_other_reports_is_still_a_report(tmp_path):
    """A report naming several other reports in its text (its own title, last year's, a
    circular) is still read: it has sections of its own."""
    extra = "".join(f"参照《{t}》。" for t, _ in _LIST_ITEMS)
    text = HAIYUAN.read_text(encoding="utf-8").replace(HAIYUAN_TITLE, HAIYUAN_TITLE + "\n" + extra, 1)
    path = tmp_path / "cites.txt"
    path.write_text(text, encoding="utf-8")
    x = extract_report(str(path))
    assert (x.meta.body, x.meta.year) == ("海原县卫生健康局", 2020)


# --- #10, #9, #12, #13 PDFs: garbage text layers, empty pages, giant pages --------------------------

HONGZE = ROOT.parent / "shared" / "real-reports" / "hongze_2023.pdf"


def _without_unicode_maps(source: Path, path: Path) -> Path:
    """The PDF with every font's /ToUnicode map set to null: its text layer decodes to
    "(cid:NNNN)" runs, its print is unchanged."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, NullObject

    writer = PdfWriter(clone_from=PdfReader(source))
    nulled = 0
    for page in writer.pages:
        fonts = page["/Resources"].get_object().get("/Font")
        for ref in (fonts.get_object().values() if fonts else []):
            font = ref.get_object()
            if "/ToUnicode" in font:
                font[NameObject("/ToUnicode")] = NullObject()
                nulled += 1
    assert nulled
    writer.write(path)
    return path


@pytest.mark.slow
def test_a_pdf_whose_text_layer_is_garbage_is_read_by_ocr(tmp_path, real_reports):
    """hongze_2023.pdf without its ToUnicode maps: auto mode reads its pages by OCR (the same
    figures the text layer gives), instead of calling it "not a report"."""
    import pdfplumber

    path = _without_unicode_maps(real_reports / "hongze_2023.pdf", tmp_path / "nounicode.pdf")
    with pdfplumber.open(path) as pdf:
        assert "(cid:" in (pdf.pages[0].extract_text() or "")
    x = extract_report(str(path), ocr_mode="auto")
    assert (x.meta.body, x.meta.year) == ("淮安市洪泽区人民政府", 2023)
    read = {f.metric: f.value for f in x.facts if f.readable and f.value is not None}
    assert read.get("行政处罚.处理决定数量") == 4119
    assert all(f.origin == "ocr" for f in x.facts if f.readable)
    text_layer = {f.metric: f.value for f in extract_report(str(real_reports / "hongze_2023.pdf")).facts
                  if f.readable and f.value is not None}
    assert len(read) >= 0.6 * len(text_layer)
    assert all(text_layer[m] == v for m, v in read.items() if m in text_layer)


def test_a_garbage_text_layer_without_ocr_says_why(tmp_path, real_reports):
    """With --ocr never the file is skipped as undecodable, with the way to read it."""
    path = _without_unicode_maps(real_reports / "hongze_2023.pdf", tmp_path / "nounicode.pdf")
    with pytest.raises(ExtractError, match=r"cannot be decoded.*--ocr auto"):
        extract_report(str(path), ocr_mode="never")


def _tiny_pages(path: Path, count: int) -> Path:
    """A PDF of `count` 20×20 pt pages, each printing one small number."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(20, 20))
    for i in range(count):
        c.setFont("Helvetica", 8)
        c.drawString(3, 6, str(i % 100))
        c.showPage()
    c.save()
    return path


@pytest.mark.slow
def test_empty_pages_after_ocr_say_what_was_tried(tmp_path):
    """Pages with nothing to read, OCR in effect (auto): the message says the text layer and
    OCR found nothing; it does not tell the user to turn on the OCR that ran."""
    path = _tiny_pages(tmp_path / "tiny.pdf", 3)
    for mode in ("auto", "always"):
        with pytest.raises(ExtractError) as err:
            extract_report(str(path), ocr_mode=mode)
        assert "no text could be read from its 3 pages, by its text layer or by OCR" in str(err.value)
        assert "--ocr" not in str(err.value)
    with pytest.raises(ExtractError, match="--ocr auto"):
        extract_report(str(path), ocr_mode="never")


_PEAK = """
import resource, runpy, sys
sys.argv = ["reportqa", *sys.argv[1:]]
try:
    runpy.run_module("assistant.cli", run_name="__main__")
finally:
    sys.stderr.write(f"\\npeak-kb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n")
"""


@pytest.mark.slow
def test_a_giant_scanned_page_costs_little_memory_and_says_why(tmp_path):
    """One 14400×14400 pt page holding a 1000×1000 image (a scan saved at 5 dpi: a 200-inch
    MediaBox): the OCR render is bounded by pixels, not by the page's printed size; the CLI
    ends with a one-line reason that says OCR ran."""
    from PIL import Image, ImageDraw
    from pypdf import PdfReader

    image = Image.new("L", (1000, 1000), 255)
    ImageDraw.Draw(image).text((100, 100), "2023", fill=0)
    path = tmp_path / "giantpage_scan.pdf"
    image.save(path, "PDF", resolution=5.0)  # 1000 px at 5 dpi: 14400 pt
    assert round(float(PdfReader(path).pages[0].mediabox.width)) == 14400
    env = dict(os.environ, PYTHONPATH=str(ROOT))

    def peak(*args: str) -> tuple[int, subprocess.CompletedProcess]:
        proc = subprocess.run([sys.executable, "-c", _PEAK, *args], capture_output=True, text=True, cwd=ROOT,
                              env=env, timeout=600)
        assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr
        return int(proc.stderr.rsplit("peak-kb ", 1)[1]), proc

    # The same CLI reading an ordinary one-page scan (A4) loads the same models and OCR engine:
    # the giant page may cost little more than that (before the pixel budget: 4.9 GB in all).
    normal = tmp_path / "a4_scan.pdf"
    image.save(normal, "PDF", resolution=1000 / 8.27)  # the same 1000 px image on an A4-wide page
    baseline_kb, _ = peak("ingest", str(normal), "--index", str(tmp_path / "index-a4"), "--ocr", "auto")
    peak_kb, proc = peak("ingest", str(path), "--index", str(tmp_path / "index"), "--ocr", "auto")
    assert peak_kb < baseline_kb + 600_000, (peak_kb, baseline_kb)
    assert peak_kb < 2_500_000, peak_kb
    out = proc.stdout + proc.stderr
    assert "skipped" in out and "no text could be read from its 1 page, by its text layer or by OCR" in out, out
    assert "--ocr auto" not in out


def test_a_page_too_thin_to_render_is_skipped_with_its_reason(tmp_path):
    """A 14400×2 pt strip cannot be rendered within the pixel bounds with anything readable on
    it: skipped without rendering, and the reason says so."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "strip.pdf"
    c = canvas.Canvas(str(path), pagesize=(14400, 2))
    c.showPage()
    c.save()
    with pytest.raises(ExtractError, match=r"by OCR \(page 1 \(14400×2 pt\) is too large to render for OCR\)"):
        extract_report(str(path), ocr_mode="auto")


@pytest.mark.slow
def test_the_cited_page_is_never_shown_from_another_file_at_a_relative_path(tmp_path, monkeypatch, real_reports):
    """An older index stored "haiyuan.pdf"; a server started in a folder holding another PDF of
    that name shows the indexed page text and says the original is gone, not the other file's
    page. Started where the right file is, it shows the page image."""
    from eval.forms import to_pdf
    from ui.sources import page_view

    (tmp_path / "right").mkdir()
    pdf = to_pdf("002", tmp_path / "right" / "haiyuan.pdf")
    with Assistant.build([pdf], tmp_path / "index") as qa:
        qa.index.catalog.db.execute("UPDATE reports SET path='haiyuan.pdf'")  # as an older version stored it
        answer = qa.ask("海原县卫健局2020年行政许可多少件？")
        citation = answer.citations[0]
    (tmp_path / "wrong").mkdir()
    shutil.copy(real_reports / "hongze_2023.pdf", tmp_path / "wrong" / "haiyuan.pdf")
    monkeypatch.chdir(tmp_path / "wrong")
    with Assistant.open(tmp_path / "index") as qa:
        view = page_view(citation, qa.cited_page(citation))
    assert view.image is None and "原文件已不存在" in view.html and "146" in view.html
    monkeypatch.chdir(tmp_path / "right")
    with Assistant.open(tmp_path / "index") as qa:
        view = page_view(citation, qa.cited_page(citation))
    assert view.image is not None
