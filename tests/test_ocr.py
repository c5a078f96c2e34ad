"""Scanned reports read by offline OCR (RapidOCR): the facts of the text form, with provenance.

The scans are made here: each sample rendered to PDF, rasterized at 200 dpi, turned 0.4° and
given grey noise, saved as an image-only PDF (tests/conftest.py: scanned_samples).
"""

from __future__ import annotations

import pytest
from PIL import Image

from assistant import Assistant
from eval.scoring import load_questions, score_question
from index.extract import ExtractError, extract_report
from index.forms import ocr

from .conftest import ROOT, SAMPLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scanned(scanned_samples):
    return {name: extract_report(str(path)) for name, path in scanned_samples.items()}


def test_scans_give_the_facts_of_the_text_form(scanned, text_facts):
    total = same = 0
    wrong = []
    for name, x in scanned.items():
        got = {f.metric: f for f in x.facts}
        failed = {m for c in x.checks if not c.passed for m in c.metrics}
        for fact in text_facts[name]:
            total += 1
            mine = got.get(fact.metric)
            if mine is not None and mine.value == fact.value and mine.status == fact.status:
                same += 1
            elif mine is not None and mine.value is not None and fact.metric not in failed:
                wrong.append((name, fact.metric, fact.value, mine.value))
    assert same / total >= 0.97, (same, total)  # issue 20: at least 97% of the cells, 0 wrong
    assert not wrong, wrong  # no wrong value in a row whose checks pass


def test_ocr_facts_cite_page_box_and_confidence_and_quote_the_recognised_text(scanned):
    for x in scanned.values():
        pages = {p.number: p for p in x.doc.pages}
        for fact in (f for f in x.facts if f.value is not None):
            assert fact.origin == "ocr" and fact.box is not None and 0 < fact.confidence <= 1
            assert pages[fact.page].ocr is not None
            # a quote may run on from the page's last line to the next page, as a table row does
            text = pages[fact.page].text + (pages[fact.page + 1].text if fact.page + 1 in pages else "")
            assert "".join(fact.source_text.split()) in "".join(text.split())


def test_the_question_set_over_scans_scores_near_the_text(scanned_samples, tmp_path):
    questions = load_questions(ROOT / "eval" / "questions" / "samples.jsonl")
    scan_names = {p.name.split("_")[0]: p.name for p in scanned_samples.values()}
    scores = {}
    for form, folder in (("text", SAMPLES), ("scan", next(iter(scanned_samples.values())).parent)):
        with Assistant.build([folder], tmp_path / form) as qa:
            years = {r.year for r in qa.reports()}

            def ask(turns, qa=qa):
                conversation = qa.chat()
                return [conversation.ask(t).to_dict() for t in turns]

            if form == "scan":  # the same reports, cited under the scans' file names
                for q in questions:
                    q.cite = [scan_names[c.split("_")[0]] for c in q.cite]
            scores[form] = sum(score_question(q, ask, years).passed for q in questions) / len(questions)
            if form == "scan":
                cited = [c for q in questions[:20] for c in qa.ask(q.turns[0]).citations]
                assert any(c.origin == "ocr" and c.box for c in cited)
    assert scores["scan"] >= 0.9 * scores["text"], scores


def test_recognised_pages_are_cached_by_content(scanned_samples, monkeypatch):
    path = scanned_samples["002"]
    extract_report(str(path))  # cached now (or already)

    def no_engine():
        raise AssertionError("OCR ran again on a cached page")

    monkeypatch.setattr(ocr, "engine", no_engine)
    assert any(f.value == 146 for f in extract_report(str(path)).facts)


def test_ocr_never_refuses_a_scan_with_a_message(scanned_samples):
    with pytest.raises(ExtractError, match="--ocr auto"):
        extract_report(str(scanned_samples["002"]), ocr_mode="never")


def _mixed(scan, tmp_path):
    """A PDF whose first page has a text layer and whose other pages are scans."""
    from pypdf import PdfReader, PdfWriter

    from eval.forms import to_pdf

    text_pdf = to_pdf("002", tmp_path / "text.pdf")
    writer = PdfWriter()
    text, scan = PdfReader(str(text_pdf)), PdfReader(str(scan))
    writer.add_page(text.pages[0])
    for page in scan.pages[1:]:
        writer.add_page(page)
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as f:
        writer.write(f)
    return mixed


def test_a_pdf_of_text_pages_and_scanned_pages_is_read_page_by_page(scanned_samples, tmp_path):
    mixed = _mixed(scanned_samples["002"], tmp_path)
    x = extract_report(str(mixed))
    assert x.doc.pages[0].ocr is None and all(p.ocr for p in x.doc.pages[1:])
    assert x.meta.body == "海原县卫生健康局" and any(f.value == 146 and f.origin == "ocr" for f in x.facts)


def test_the_cited_page_of_a_scan_shows_the_cell_boxed(scanned_samples, tmp_path):
    from ui.sources import page_view

    with Assistant.build([scanned_samples["002"]], tmp_path / "index") as qa:
        answer = qa.ask("海原县卫健局2020年行政许可多少件？")
        (citation,) = answer.citations
        assert citation.origin == "ocr" and citation.box
        view = page_view(citation, qa.cited_page(citation))
        assert view.image is not None and "could not be located" not in view.caption


def test_a_doubtful_word_is_re_read_from_a_sharper_crop_and_only_confirmed(scanned_samples):
    """The re-read lifts a word above the floor only when it reads the same text; a word whose
    crop reads otherwise keeps its low confidence (reported unreadable, never replaced)."""
    import pypdfium2

    from index import config

    pdf = pypdfium2.PdfDocument(str(scanned_samples["002"]))
    try:
        page = pdf[0]
        width, height = page.get_size()
        scale = ocr.render_scale(width, height, config.OCR_DPI)
        closer = ocr._closer(page, width, height, scale * ocr.REREAD_ZOOM)
        words = ocr.recognise(page.render(scale=scale).to_pil(), scale)
        sure = max((w for w in words if len(w.text) >= 4), key=lambda w: w.confidence)
        doubtful = [ocr.Word(sure.text, sure.box, 0.3), ocr.Word(sure.text[::-1], sure.box, 0.3)]
        confirmed, other = ocr.reread(doubtful, closer)
    finally:
        pdf.close()
    assert confirmed.text == sure.text and confirmed.confidence >= config.OCR_MIN_CONFIDENCE
    assert other == doubtful[1]  # read differently from the crop: left doubtful, not replaced


def test_the_pages_to_read_are_those_without_a_text_layer(scanned_samples, tmp_path):
    """What ingest workers share page by page: the pages the PDF loader will OCR."""
    mixed = _mixed(scanned_samples["002"], tmp_path)
    assert ocr.pages_to_read(mixed) == [2, 3, 4]
    assert ocr.pages_to_read(mixed, "always") == [1, 2, 3, 4]
    assert ocr.pages_to_read(mixed, "never") == []
    assert ocr.pages_to_read(tmp_path / "text.pdf") == []
    assert ocr.pages_to_read(SAMPLES / next(p.name for p in SAMPLES.glob("*.txt"))) == []  # not a PDF


def test_pages_given_by_another_worker_are_taken_not_read_again(scanned_samples, tmp_path, monkeypatch):
    from index import config

    path = scanned_samples["002"]
    read, seconds = ocr.read_pages(str(path), [2, 3])
    assert len(read) == 2 and seconds > 0
    monkeypatch.setattr(config, "OCR_CACHE_DIR", tmp_path / "empty-cache")

    def no_engine():
        raise AssertionError("OCR ran again on a page given")

    monkeypatch.setattr(ocr, "engine", no_engine)
    with ocr.given(read):
        got = ocr.ocr_pdf_pages(path, path.read_bytes(), [2, 3])
    assert [got[n].text for n in (2, 3)] == [page.text for page in read.values()]
    assert ocr.read_pages(str(tmp_path / "missing.pdf"), [1])[0] == {}  # its extraction says why


def test_two_workers_share_the_pages_of_one_scan_and_read_what_one_process_reads(scanned_samples, tmp_path,
                                                                                   monkeypatch):
    """One scanned PDF with --workers 2: its pages are read by OCR in two worker processes (cold
    cache), every page is counted for the progress bar, and the facts are those read in one."""
    from index.workers import read_files

    path = scanned_samples["002"]
    alone = extract_report(str(path))
    monkeypatch.setenv("REPORTQA_OCR_CACHE", str(tmp_path / "cache"))  # the workers' cache: cold
    counted = []
    ((name, shared),) = list(read_files([path], "use", workers=2,
                                        pages=lambda file, done, total: counted.append((file, done, total))))
    assert name == path and not isinstance(shared, str), shared
    assert sorted(counted) == [(str(path), k, 4) for k in range(1, 5)]
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 4  # read by the page tasks
    assert [(f.metric, f.value, f.status) for f in shared.facts] == [(f.metric, f.value, f.status) for f in alone.facts]
    assert [p.text for p in shared.doc.pages] == [p.text for p in alone.doc.pages]
    assert shared.passages and shared.embeddings is None  # a worker reading scans loads no embedder


def test_the_runtime_reads_a_page_as_onnxruntime_does(scanned_samples, monkeypatch):
    """OpenVINO, where installed, runs the same models: the same words at the same confidence."""
    pytest.importorskip("openvino")
    import pypdfium2

    from index import config

    pdf = pypdfium2.PdfDocument(str(scanned_samples["002"]))
    try:
        page = pdf[2]  # a table page
        scale = ocr.render_scale(*page.get_size(), config.OCR_DPI)
        image = page.render(scale=scale).to_pil()
        monkeypatch.setattr(ocr, "_RUNTIME", ocr._RUNTIME)  # restored with the engine after
        monkeypatch.setattr(ocr, "_ENGINE", None)
        fast = ocr.recognise(image, scale)
        assert "openvino" in ocr.engine_version()
        monkeypatch.setattr(ocr, "_ENGINE", None)
        monkeypatch.setattr(ocr, "RUNTIME_OPENVINO", False)
        plain = ocr.recognise(image, scale)
        assert "(onnxruntime)" in ocr.engine_version()
    finally:
        pdf.close()
    assert [w.text for w in fast] == [w.text for w in plain] and len(fast) > 100
    assert max(abs(a.confidence - b.confidence) for a, b in zip(fast, plain, strict=True)) < 1e-3


def test_the_memo_of_lines_reads_every_scanned_page_as_recognition_does(scanned_samples, monkeypatch):
    """Issue 20: a line the same as one recognised on this page or an earlier one (of this file or
    another: the memo lasts the process) takes that reading instead of being recognised. On every
    page of the five samples as scans (noise, a turn), memo on and off read the same words in the
    same boxes, and the memo spared recognising half the lines (the tables' lone "0"s)."""
    import pypdfium2

    from index import config
    from index.forms import ocr_memo

    memo = ocr.engine().text_rec
    memo.forget()
    read = {True: [], False: []}
    hits = calls = 0
    for path in scanned_samples.values():
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            for page in pdf:
                scale = ocr.render_scale(*page.get_size(), config.OCR_DPI)
                image = page.render(scale=scale).to_pil()
                for on in (True, False):
                    monkeypatch.setattr(ocr_memo, "MEMO", on)
                    before = (memo.hits, memo.calls)
                    read[on].append([(w.text, w.box) for w in ocr.recognise(image, scale)])
                    if on:
                        hits, calls = hits + memo.hits - before[0], calls + memo.calls - before[1]
        finally:
            pdf.close()
    assert len(read[True]) == 23 and sum(map(len, read[True])) > 1500
    assert [k for k, (a, b) in enumerate(zip(read[True], read[False], strict=True)) if a != b] == []
    assert hits > 0.45 * (hits + calls), (hits, calls)  # HITS_WHEN_WRITTEN


def test_a_glyph_is_the_same_only_within_a_pixel_of_its_twin(scanned_samples):
    """A "0" crop of a scan is the same glyph as itself with other noise, not as the same "0" with
    a bar across its hole (an "8" or a "θ"), nor as its ink in a crop 3 px wider (scaled otherwise
    by the recogniser)."""
    import numpy as np
    import pypdfium2

    from index import config
    from index.forms.ocr_memo import _Glyph

    pdf = pypdfium2.PdfDocument(str(scanned_samples["002"]))
    try:
        page = pdf[2]  # a table page: many lone "0" cells
        scale = ocr.render_scale(*page.get_size(), config.OCR_DPI)
        pixels = np.asarray(page.render(scale=scale).to_pil().convert("RGB"))
    finally:
        pdf.close()
    zero = next(w for w in ocr.recognise(Image.fromarray(pixels), scale) if w.text == "0")
    x0, top, x1, bottom = (round(v * scale) for v in zero.box)
    crop = pixels[top - 2:bottom + 2, x0 - 2:x1 + 2].copy()
    noisy = np.clip(crop.astype(int) + np.random.default_rng(1).normal(0, 12, crop.shape), 0, 255).astype(np.uint8)
    rows, cols = np.nonzero(crop.min(axis=2) < 128)  # its ink
    barred = crop.copy()
    barred[(rows.min() + rows.max()) // 2, cols.min():cols.max() + 1] = 0  # a crossbar through the hole
    wider = np.pad(crop, ((0, 0), (0, 3), (0, 0)), constant_values=255)  # the same ink, a wider crop
    glyph = _Glyph.of(crop)
    assert glyph.same(_Glyph.of(noisy)) and _Glyph.of(noisy).same(glyph)
    assert not glyph.same(_Glyph.of(barred)) and not _Glyph.of(barred).same(glyph)
    assert not glyph.same(_Glyph.of(wider))


def test_an_ingest_worker_imports_the_cli_without_the_api():
    """Issue 20: a worker process started by "spawn" runs the CLI's main module again (as
    multiprocessing.spawn does, under the name __mp_main__) before its first page; that must not
    import the API's stores and retrievers (2.3 CPU s a worker), only what reading a file needs."""
    import subprocess
    import sys

    probe = ("import runpy, sys; runpy.run_module('assistant.cli', run_name='__mp_main__', alter_sys=True); "
             "print(' '.join(sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    assert {"assistant", "assistant.csvsafe", "index.config"} <= loaded  # the CLI module was run
    assert not loaded & {"assistant.api", "assistant.answer", "llama_index", "chromadb", "torch"}, loaded


def test_an_upside_down_page_is_read_with_the_direction_model(scanned_samples):
    """A page scanned upside down reads badly upright and is read again with the direction model
    (onnxruntime's, beside OpenVINO's detection and recognition): the lines of the upright page."""
    import numpy as np

    image, scale = _page(scanned_samples["002"], 0)
    upright = [w.text for w in ocr.recognise(image, scale)]
    turned = [w.text for w in ocr.recognise(image.rotate(180), scale)]
    ocr.engine()(np.asarray(image.rotate(180).convert("RGB")), use_cls=False)
    assert ocr._reads_badly(ocr._telling())  # so the direction model was used
    # 29 of the 36 lines read alike, memo cold or warm (7 Dec: a 内 read as 內, a quote mark or a
    # trailing comma lost, the page number "- 1 -" read as "T"): the turned page is another image
    assert len(upright) > 10 and len(set(turned) & set(upright)) >= 0.75 * len(upright)


def _page(path, number: int):
    import pypdfium2

    from index import config

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        page = pdf[number]
        scale = ocr.render_scale(*page.get_size(), config.OCR_DPI)
        return page.render(scale=scale).to_pil(), scale
    finally:
        pdf.close()


def test_an_upside_down_table_page_is_turned_whatever_the_memo_holds(scanned_samples):
    """Which way up a page is, is judged on the lines that tell: recognised (a memo hit's confidence
    is its twin's, and whether a line hits depends on the pages read before) and not the same ink
    turned (a table's lone "0"s read alike either way up, and made an upside-down table page read
    at 0.91 upright: it was kept upside down). Read alone (memo cold) and after other pages (memo
    warm), the upside-down page reads the same words, those of the upright page."""
    from collections import Counter

    image, scale = _page(scanned_samples["002"], 2)  # a table page
    memo = ocr.engine().text_rec
    memo.forget()
    cold = [(w.text, w.box) for w in ocr.recognise(image.rotate(180), scale)]
    for k in (0, 1, 3):
        ocr.recognise(*_page(scanned_samples["002"], k))
    ocr.recognise(*_page(scanned_samples["000"], 2))
    before = memo.hits
    warm = [(w.text, w.box) for w in ocr.recognise(image.rotate(180), scale)]
    assert memo.hits > before  # the memo served lines of the turned page
    assert warm == cold
    upright = Counter(w.text for w in ocr.recognise(image, scale))
    common = sum((Counter(text for text, _ in cold) & upright).values())
    # 7 Dec: 258 of the 264 upright lines (176, the "0"s alone, while the page was kept upside down)
    assert common >= 0.9 * sum(upright.values()), (common, sum(upright.values()))


def test_workers_share_their_memos_of_lines_and_read_as_recognition_does(scanned_samples, tmp_path, monkeypatch):
    """Issue 20: the worker processes of one ingest share the lines they recognised (each appends
    to a file of its own in the batch's folder, and takes the others' before it reads a page):
    a worker reading a page like one another worker has read recognises few of its lines, and
    reads every word as recognition alone does. Two memos here stand for two workers."""
    import pypdfium2

    from index import config
    from index.forms import ocr_memo

    engine = ocr.engine()
    pdf = pypdfium2.PdfDocument(str(scanned_samples["003"]))
    try:
        pages = []
        for k in (2, 3):  # two table pages of another sample than the tests above
            scale = ocr.render_scale(*pdf[k].get_size(), config.OCR_DPI)
            pages.append((pdf[k].render(scale=scale).to_pil(), scale))
    finally:
        pdf.close()

    def read(memo, on=True):
        monkeypatch.setattr(engine, "text_rec", memo)
        monkeypatch.setattr(ocr_memo, "MEMO", on)
        return [[(w.text, w.box) for w in ocr.recognise(image, scale)] for image, scale in pages]

    recogniser = engine.text_rec.recogniser
    plain = read(ocr_memo.Memo(recogniser), on=False)
    monkeypatch.setattr(ocr_memo, "SHARED", tmp_path)
    first, second, alone = (ocr_memo.Memo(recogniser) for _ in range(3))
    first.shared, second.shared = ocr_memo.Shared(tmp_path, "first"), ocr_memo.Shared(tmp_path, "second")
    assert read(first) == plain
    assert read(second) == plain
    monkeypatch.setattr(ocr_memo, "SHARED", None)
    assert read(alone) == plain  # a memo of its own, as each worker had before
    assert second.calls < 0.1 * alone.calls, (second.calls, alone.calls)
    assert (tmp_path / "first.memo").stat().st_size > 0


def test_the_detector_normalises_a_scanned_page_in_float32_to_the_same_bits(scanned_samples):
    """Issue 20: the page the detector sees is normalised in float32 (half the CPU of RapidOCR's
    float64 mean and std) and is, bit for bit, what the float64 arithmetic gives."""
    import numpy as np
    import pypdfium2
    from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess

    from index import config

    pdf = pypdfium2.PdfDocument(str(scanned_samples["001"]))
    try:
        page = pdf[1]
        pixels = np.asarray(page.render(scale=ocr.render_scale(*page.get_size(), config.OCR_DPI)).to_pil().convert("RGB"))
    finally:
        pdf.close()
    detector = ocr.engine().text_det
    fast = detector.get_preprocess(max(pixels.shape[:2]))
    assert fast.mean.dtype == np.float32 and fast.std.dtype == np.float32
    wide = DetPreProcess(ocr.DET_SIDE, "max", detector.mean, detector.std)
    assert np.array_equal(fast(pixels), wide(pixels))
