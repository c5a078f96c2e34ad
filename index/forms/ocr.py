"""Scanned pages: offline OCR into the same document model as a text page.

A page with no text layer (a stamped original, a printed and rescanned report) is rendered with
pypdfium2 and read by RapidOCR (the `rapidocr-onnxruntime` wheel: its PP-OCR detection,
direction and recognition models ship inside it, nothing is downloaded). Its words, with their
boxes and recognition confidence, become lines in reading order: the page text that quotes are
taken from, in which the template reader finds the national tables as it does in any PDF text.
A word recognised under the confidence floor is re-read from a crop at twice the resolution;
the re-read can only confirm it (same text, above the floor), never replace it with a guess.
Results are cached by the file's content hash, page and resolution, so re-ingesting is free.
A page is rendered within a pixel budget whatever size it declares (a scan saved at a wrong
resolution can declare a 200-inch page).

    with ocr.mode("auto"):          # auto: pages without text | always | never
        load_document(path)         # the PDF loader OCRs the pages that need it
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from .. import config, deadline
from ..document import DocPage
from .ocr_memo import Memo

MODES = ("auto", "always", "never")
#: Pixels a page is rendered to for OCR at most (16 Mpx: an A4 page at 200 dpi is 3.9 Mpx). A
#: page declaring a huge size (a scan saved at a wrong resolution: 1000 px at 5 dpi makes a
#: 200-inch page) is rendered at a lower resolution: its printed size never decides the memory.
MAX_PIXELS = 16_000_000
MAX_SIDE = 16_384
#: A page so thin that within those bounds it would be rendered under this many pixels across
#: holds nothing to read: it is skipped, with a reason.
MIN_SIDE = 16
#: The text detector sees the page scaled to this many pixels on its longer side; RapidOCR's
#: choice for a page rendered at 200 dpi is 2000. Measured on the five samples as scans (23 pages,
#: CPU seconds a page, one thread; the machine shared, load 7-12, so +-10%):
#:   2000 px, box 0.5/pixel 0.3 (RapidOCR's):     4.03 CPU s, 99.8% of cells, 0 wrong (was kept);
#:   1280 px, RapidOCR's thresholds:               88.6% of cells: lone thin "0" cells missed;
#:   1280 px, DET_BOX_THRESH 0.3, DET_THRESH 0.2:  3.39 CPU s, 98.1%, 0 wrong; the detector finds
#:     every box the 2000 px one finds on four table pages (893 of 893), but lone "0" crops read
#:     at 0.58-0.65, under the floor (they read as "。" alone, and so does their sharper re-read);
#:   1280 px, those thresholds, UNCLIP 1.5:        3.64 CPU s at load 7, 99.4%, 0 wrong;
#:   1280 px, those thresholds, UNCLIP 1.3:        3.64 CPU s at load 12, 99.8%, 0 wrong (kept);
#:   1600 px, those thresholds, UNCLIP 1.6:        1 low-confidence word of 458 on three table
#:     pages (6 at 2000 px), 15% less detector CPU than 2000: not run on all pages.
#: The detector itself costs 1.67 CPU s a page at 2000 px, 0.65 at 1280 (it scales with pixels).
#: Prose pages at 1280 read the same text as at 2000 but for 内 read as its variant 內 twice in
#: 3388 characters, and a page number's dashes.
#: A table grid found by morphology (cells read from their own crops) was not built: at 1280 px
#: with these thresholds the detector already finds every cell, and the grid would not make the
#: cells cheaper to recognise (see the recognition notes under REC_BATCH).
#: `python -m eval.bench_ocr --workers 1 2` (whole ingest, CPU s a page): before, 5.1 with 2
#: workers; after (load 5-6.5): 4.10 with 1, 4.19 with 2 (wall 6.8 and 9.7 s a page on the
#: loaded machine). Left: recognition 2.8 CPU s a page, detection 0.65; the same ingest from a
#: warm OCR cache takes 13-20 s wall (0.6-0.9 s a page: models, embedding, index).
DET_SIDE = 1280
#: The detector's box score floor (RapidOCR 0.5) and pixel threshold (0.3): lower, so that a thin
#: lone "0" at 1280 px still makes a box (its box scored under 0.5).
DET_BOX_THRESH = 0.3
DET_THRESH = 0.2
#: How far a detected box is grown before its line is cropped (RapidOCR 1.6, PaddleOCR 1.5). With
#: the box from a 1280 px page, 1.6 gives crops whose lone "0" reads under the floor; a tighter crop
#: reads it as the 2000 px crop did (low-confidence words on three table pages: 9 at 1.6, 6 at 1.4,
#: 4 at 1.3, 25 at 2.0).
UNCLIP = 1.3
#: The page image lines are cropped from for recognition, longer side at most this (RapidOCR's).
MAX_DET_INPUT = 2000
#: Lines recognised per inference call. RapidOCR batches 6, padded to the widest line of the
#: batch; on CPU one at a time costs less (measured on a prose page: 3.0 s CPU, 4.9 s at 6, 21 s at 16).
#: Batching only the short lines (all padded to 320 px, so no padding is added): 246 short lines of
#: a table page cost 5.7 CPU s one at a time, 5.4-5.8 s in fours, 6.4-6.9 s in eights: no gain.
REC_BATCH = 1
#: Whether onnxruntime's threads spin while they wait for work (its default). With two threads on
#: 2 cores (the default in one process: `ingest --workers 1`, a single file), a table page's 124
#: lines cost 5.5-5.7 CPU s spinning, 3.5-3.7 not, 2.9 on one thread, and spinning was not faster
#: on this shared machine (7.0-13.3 s wall, 5.5-9.2 not). The bench showed it: 7.66 CPU s a page
#: with --workers 1, 4.21 with 2 one-thread workers. Off: the other core is another process's.
SPIN = False
#: Run the shipped onnx models with OpenVINO where the `openvino` package is installed (onnxruntime
#: otherwise). Measured on crops and pages of the samples as scans, one thread, f32, load 8-11:
#: recognition of 645 short lines 12.4 CPU s against 16.8 (-26%), of 441 lines of all widths 14.4-14.9
#: against 17.6 (-17%); detection at 1280 px 0.37-0.41 CPU s a page against 0.61 (-35%). The same
#: boxes on 9 of 9 pages, the same text and confidence (to 4 decimals) on every line. Its bf16
#: precision (this CPU has avx512_bf16) halves recognition but read a "44" as "4" at 0.97: f32 only.
#: Batching lines is no gain there either (645 short lines: 14.0 s in eights, 12.4 one at a time).
#: One thread even in a process of its own (`ingest --workers 1`): a table page (241 lines) cost
#: 5.3 CPU s, 13.2 s wall on one thread, 8.0 CPU s and 27.7 s wall on two (onnxruntime on two, not
#: spinning: 7.7 and 19.2); several pages use several cores through workers (index/workers.py).
#: Memory: 805 MB against 570 for one process reading four pages, 701 without OpenVINO's cache of
#: kernels per input shape (CPU_RUNTIME_CACHE_CAPACITY 0: 13.3 CPU s, 13.6 with it). A second model compiled for
#: the 320 px of every short line is no gain (439 lines: 7.4 CPU s, 7.8-8.0 with the one model of
#: any width: within noise).
#: What the detector hands to recognition, counted on the 23 pages of the samples as scans: 1763
#: lines, 2 of them empty (nothing read), no blank or ruling-line crop to skip; 827 (47%) are
#: lone "0" cells, each a line of its own that only recognition can tell from another digit.
#: `python -m eval.bench_ocr --workers 1 2` on 7 Dec (wall s a page / CPU s a page / peak MB; wall
#: follows the load of the shared machine, given as before -> after):
#:   main (onnxruntime, a file per worker), load 3.3 -> 5.6:    1: 6.22 / 4.27 / 781;  2: 9.16 / 4.16
#:   OpenVINO, pages shared by the workers, load 6.6 -> 3.0:   1: 5.53 / 3.21 / 1656; 2: 3.66 / 3.87
#:   the same, kernel cache off, load 4.3 -> 8.5:              1: 7.17 / 3.39 / 976;  2: 9.84 / 4.07
#:   + the memo of lines (ocr_memo.py), no embedder in a worker reading scans (index/workers.py
#:     OCR_WORKERS_EMBED), load 6.5 -> 10.2:                   1: 6.92 / 2.93 / 961;  2: 8.93 / 3.36
#: Two workers cost some 0.4 CPU s a page more than one (0.6 before): each worker imported the CLI's
#: main module again (the spawn start method does: 1.8-2.6 CPU s; 0.06 since the CLI imports the API
#: in its commands) and loads the OCR models (1.1; 0.95 with the direction model left on
#: onnxruntime). The memo kept across pages and files since (925 lines spared instead of 637; the 23
#: pages recognised in 55.2 CPU s against 65.3 memo off, load 11). The bench with both (7 Dec,
#: load 11-18) did not finish: its workers at nice 10 got 20 CPU s in 20 minutes. Wall at
#: load 6-10 says little: workers run at nice 10, below the other sessions (the 1-worker run reads in
#: the ingest process itself, not niced). On an idle machine the same ingest from a warm OCR cache
#: takes 12.7 s (0.55 s a page: start-up, models, embedding, index), so 1.5 s a page would leave
#: 1.9 CPU s a page of OCR on 2 cores; it costs 2.9 (detection 0.4, recognition of the lines the memo
#: does not spare, page rendering).
RUNTIME_OPENVINO = True
#: Recognition is now most of the cost (2.8 CPU s a page: 1.24 for the 1308 lines narrower than
#: 320 px, 1.59 for the 447 wider ones), and what would cut it was measured and rejected:
#: - Padding a short line to less than RapidOCR's 320 px (565 short lines of four table pages, CPU
#:   12.8 s at 320): 256 px 10.7 s, 224 px 9.4 s, 160 px 6.8 s, but words under the confidence floor
#:   rise from 9 to 17, 23 and 55, and at 160 one "2" of the samples read as "0" with confidence.
#: - Several short lines set side by side with white gaps in one 320 px strip, read once and split
#:   back by the CTC frames' columns (2.3x less CPU on a table page): lone "0"s in a strip of "0"s
#:   read at 0.3-0.6 instead of 0.8-0.96, and "予公开" read as "公开" at confidence 1.0 (a character
#:   dropped with confidence): rejected.
#: - onnxruntime options: the CPU memory arena on: 2% less, within noise; ORT_ENABLE_EXTENDED
#:   instead of ORT_ENABLE_ALL: 35% more; denormals as zero: no change. RapidOCR's settings kept.
#:   One intra-op thread per worker process is what REPORTQA_EMBED_THREADS=1 already gives.
#: - int8 weights (onnxruntime's dynamic quantisation, which needs the onnx package): MatMul only,
#:   no gain (5.7 CPU s against 5.5 on 153 lines; the model's cost is in its convolutions); its
#:   convolutions cannot be quantised as the model is (a weight is computed, not stored).
#: Words RapidOCR scores under its default 0.5 are dropped; kept here down to KEEP_SCORE so that
#: a faint cell is re-read rather than silently missing, and dropped after under DROP_SCORE.
KEEP_SCORE = 0.3
DROP_SCORE = 0.5
#: A page whose telling lines (recognised, not memo hits, not the same ink turned: _telling) read
#: with less mean confidence than this is read again with the direction model (upside-down
#: lines); an upright page never pays for it. Measured 7 Dec: upright, a prose page 0.99 (35
#: lines), a table page 0.99 (68 cold, 49 after other pages); upside down 0.55 (1) and 0.57 (21).
UPRIGHT_CONFIDENCE = 0.75
#: A doubtful word is re-read from a crop rendered at this many times the page's resolution.
REREAD_ZOOM = 2.0
#: Part of the cache key: a change to how pages are read makes earlier readings stale (r6: the
#: memo of lines, index/forms/ocr_memo.py: the same text, a hit has its twin's confidence; r7: which
#: way up a page is judged on the lines that tell, so an upside-down table page is turned).
PIPELINE = "r7"
_local = threading.local()
_ENGINE_LOCK = threading.Lock()
_ENGINE = None


@contextlib.contextmanager
def _this_thread(name: str, value):
    """Set a per-thread setting for a block: ingest threads read files side by side."""
    previous = getattr(_local, name, None)
    setattr(_local, name, value)
    try:
        yield
    finally:
        setattr(_local, name, previous)


def mode(value: str):
    """The OCR mode for the files read in this block (this thread)."""
    if value not in MODES:
        raise ValueError(f"--ocr takes {', '.join(MODES)}, not {value!r}")
    return _this_thread("mode", value)


def current_mode() -> str:
    return getattr(_local, "mode", None) or config.OCR_MODE


def _progress(done: int, total: int) -> None:
    hook = getattr(_local, "progress", None)
    if hook is not None:
        hook(done, total)


def on_page(hook):
    """Call hook(done, total) as each page is recognised (a progress bar counts pages)."""
    return _this_thread("progress", hook)


@dataclass
class Word:
    text: str
    box: tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points
    confidence: float


def engine():
    """RapidOCR, loaded once per process on first use, tuned for printed pages (see DET_SIDE,
    REC_BATCH). Worker processes (REPORTQA_EMBED_THREADS=1) use one thread each; threads never
    spin while waiting (SPIN)."""
    global _ENGINE
    with _ENGINE_LOCK:
        if _ENGINE is None:
            from rapidocr_onnxruntime import RapidOCR

            threads = int(os.environ.get("REPORTQA_EMBED_THREADS", "0")) or None
            options = {"intra_op_num_threads": threads} if threads else {}
            with _session_options():
                rapid = RapidOCR(**options)
            rapid.max_side_len = MAX_DET_INPUT
            _fix_detector_size(rapid.text_det)
            rapid.text_det.postprocess_op.thresh = DET_THRESH
            rapid.text_rec.rec_batch_num = REC_BATCH
            global _RUNTIME
            _RUNTIME = _openvino(rapid, threads) or "onnxruntime"
            rapid.text_rec = Memo(rapid.text_rec, REC_BATCH)
            _ENGINE = rapid
        return _ENGINE


@contextlib.contextmanager
def _session_options():
    """RapidOCR's onnxruntime session options, with SPIN set (RapidOCR has no option for it)."""
    from rapidocr_onnxruntime.utils.infer_engine import OrtInferSession

    made = OrtInferSession._init_sess_opts

    def options(config):
        opts = made(config)
        opts.add_session_config_entry("session.intra_op.allow_spinning", "1" if SPIN else "0")
        return opts

    OrtInferSession._init_sess_opts = staticmethod(options)
    try:
        yield
    finally:
        OrtInferSession._init_sess_opts = staticmethod(made)


def _openvino(rapid, threads: int | None) -> str | None:
    """The same shipped models run by OpenVINO instead of onnxruntime where the `openvino` package
    is installed (see RUNTIME): RapidOCR's pre- and post-processing are kept, only each model's
    inference call is swapped. Without it, or where it cannot compile a model, onnxruntime reads
    (None)."""
    if not RUNTIME_OPENVINO:
        return None
    try:
        import openvino
    except ImportError:
        return None
    from rapidocr_onnxruntime import __file__ as package

    models = Path(package).parent / "models"
    # one thread, no bf16, no cache of kernels per line width: see RUNTIME_OPENVINO
    # ENABLE_CPU_PINNING off: with one thread OpenVINO pinned the calling thread to the first
    # core, the same one in every worker process, so two workers shared one core (taskset showed
    # affinity 0 on both; 2 workers 2.11 s a page, 1 worker 2.16, on an idle machine).
    config = {"INFERENCE_NUM_THREADS": threads or 1, "PERFORMANCE_HINT": "LATENCY", "ENABLE_CPU_PINNING": False,
              "INFERENCE_PRECISION_HINT": "f32", "CPU_RUNTIME_CACHE_CAPACITY": 0}
    try:
        core = openvino.Core()
        det, rec = (_OpenVinoSession(core.compile_model(str(models / name), "CPU", config)) for name in _MODELS)
    except Exception:  # noqa: BLE001 - an unsupported CPU or a broken install: onnxruntime reads
        return None
    rapid.text_det.infer, rapid.text_rec.session = det, rec
    return f"openvino {openvino.get_version().split('-')[0]}"


#: The detection and recognition models. The direction model stays with onnxruntime (RapidOCR
#: has loaded it there already): it reads only a page that reads badly upright, and compiling it
#: cost every process 0.16 CPU s (of 1.2 to load the engine: RapidOCR's sessions 0.15, the two
#: OpenVINO models 0.27 each, the imports).
_MODELS = ("ch_PP-OCRv4_det_infer.onnx", "ch_PP-OCRv4_rec_infer.onnx")
_RUNTIME = "onnxruntime"


class _OpenVinoSession:
    """A compiled OpenVINO model called as RapidOCR calls its onnxruntime session: input -> [output]."""

    def __init__(self, compiled):
        self.request = compiled.create_infer_request()

    def __call__(self, batch):
        self.request.infer({0: batch})
        return [self.request.get_output_tensor(0).data.copy()]


def _fix_detector_size(detector) -> None:
    """RapidOCR picks the detector's input size from the image (2000 px for a page rendered at
    200 dpi) whatever limit it is given; here the page is scaled to DET_SIDE on its longer side."""
    import numpy as np
    from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess

    fixed = DetPreProcess(DET_SIDE, "max", detector.mean, detector.std)
    # its mean and std in float32: the page is normalised in float32 instead of float64 and cast
    # back (52 -> 24 ms CPU a page; the same values to the bit: x - 0.5 and / 0.5 round once either way)
    fixed.mean, fixed.std = fixed.mean.astype(np.float32), fixed.std.astype(np.float32)
    detector.get_preprocess = lambda *_: fixed


def engine_version() -> str:
    import importlib.metadata

    engine()  # the runtime is known once the models are loaded
    return f"rapidocr-onnxruntime {importlib.metadata.version('rapidocr-onnxruntime')} ({_RUNTIME})"


def recognise(image, scale: float, closer=None) -> list[Word]:
    """Words of a page image; boxes scaled from pixels to PDF points (÷ `scale`). Read upright
    first (no direction model); a page that reads badly so is read again with it (turned
    text). Words under the confidence floor are re-read from `closer(box)`, a sharper crop."""
    import numpy as np

    pixels = np.asarray(image.convert("RGB"))
    options = {"text_score": KEEP_SCORE, "box_thresh": DET_BOX_THRESH, "unclip_ratio": UNCLIP}
    words = _words(engine()(pixels, use_cls=False, **options)[0], scale)
    upright = _telling()
    if _reads_badly(upright):
        turned = _words(engine()(pixels, use_cls=True, **options)[0], scale)
        if _mean_confidence(_telling()) > _mean_confidence(upright):
            words = turned
    if closer is not None:
        words = reread(words, closer)
    return [w for w in words if w.text and w.confidence >= DROP_SCORE]


def _words(result, scale: float) -> list[Word]:
    words = []
    for points, text, confidence in result or []:
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        words.append(Word(_printed(text.strip()), (min(xs) / scale, min(ys) / scale, max(xs) / scale,
                                                    max(ys) / scale), float(confidence)))
    return [w for w in words if w.text]


def _telling() -> list[float]:
    """Confidences of the lines of the last pass that tell which way up the page is (recognised,
    not memo hits, not the same ink turned: ocr_memo.Memo.telling), as the pass keeps its words."""
    return [float(c) for t, c in engine().text_rec.telling() if float(c) >= KEEP_SCORE and _printed(str(t).strip())]


def _mean_confidence(confidences: list[float]) -> float:
    return sum(confidences) / len(confidences) if confidences else 0.0


def _reads_badly(confidences: list[float]) -> bool:
    """Text read with its lines upside down gives words of low confidence: most words of an
    upright printed page read at 0.9 or more. Judged on the lines that tell (see _telling): a
    table's lone "0"s read alike either way up, and the memo's hits would make the judgement
    depend on the pages read before."""
    return len(confidences) < 3 or _mean_confidence(confidences) < UPRIGHT_CONFIDENCE


def reread(words: list[Word], closer) -> list[Word]:
    """Words recognised under the confidence floor, read again from a crop of their box at a
    higher resolution (with a margin around them). The re-read only confirms: it lifts a word
    above the floor when it reads the same text with confidence above the floor. A different
    reading is never taken, even a confident one (a crop cut through a table rule reads as 川 at
    0.9), so a value is never guessed; a word still under the floor is reported unreadable
    downstream, with its confidence."""
    doubtful = [k for k, w in enumerate(words) if w.confidence < config.OCR_MIN_CONFIDENCE]
    todo = [(k, crop) for k in doubtful if (crop := closer(words[k].box)) is not None]
    if not todo:
        return words
    read, _ = engine().text_rec([crop for _, crop in todo])
    out = list(words)
    for (k, _), again in zip(todo, read, strict=True):
        text, confidence = _printed(str(again[0]).strip()), float(again[1])
        if text == words[k].text and confidence >= config.OCR_MIN_CONFIDENCE:
            out[k] = Word(text, words[k].box, confidence)
    return out


def _printed(text: str) -> str:
    """What a table cell prints, where OCR reads a dash as the character 一 ("——" -> "一一")."""
    return "——" if re.fullmatch(r"[一—－\-]+", text) else text


def lines_of(words: list[Word]) -> list[list[Word]]:
    """Words grouped into lines (a word joins the line whose band holds its centre), each line
    left to right, the lines top to bottom: the reading order of a page of text or a table."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: ((w.box[1] + w.box[3]) / 2, w.box[0])):
        centre = (word.box[1] + word.box[3]) / 2
        for line in reversed(lines[-3:]):
            top = min(w.box[1] for w in line)
            bottom = max(w.box[3] for w in line)
            if top <= centre <= bottom:
                line.append(word)
                break
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.box[0]) for line in lines]


def page_from_words(number: int, words: list[Word], meta: dict) -> DocPage:
    """A DocPage whose text is the recognised lines; `ocr` keeps every line's words and boxes."""
    lines = lines_of(words)
    text = "\n".join(" ".join(w.text for w in line) for line in lines)
    confidence = sum(w.confidence for w in words) / len(words) if words else 0.0
    layout = [{"text": " ".join(w.text for w in line),
               "words": [[w.text, [round(v, 2) for v in w.box], round(w.confidence, 4)] for w in line]}
              for line in lines]
    return DocPage(number, text, ocr={**meta, "confidence": round(confidence, 4), "lines": layout})


def _cache_file(digest: str, number: int, dpi: int) -> Path:
    return config.OCR_CACHE_DIR / digest[:2] / f"{digest}-p{number}-{dpi}dpi-{PIPELINE}.json"


def ocr_pdf_pages(path: Path, data: bytes, numbers: list[int]) -> dict[int, DocPage]:
    """OCR these pages (1-based) of a PDF, through the cache (and the pages `given` this block)."""
    import pypdfium2

    digest = hashlib.sha256(data).hexdigest()
    dpi = config.OCR_DPI
    given = getattr(_local, "given", None) or {}
    out: dict[int, DocPage] = {}
    todo = []
    for number in numbers:
        if (digest, number) in given:
            out[number] = given[(digest, number)]
            continue
        cached = _cache_file(digest, number, dpi)
        if cached.exists():
            with contextlib.suppress(ValueError, KeyError, OSError):
                saved = json.loads(cached.read_text(encoding="utf-8"))
                out[number] = DocPage(number, saved["text"], ocr=saved["ocr"])
                continue
        todo.append(number)
    if todo:
        meta = {"engine": engine_version(), "dpi": dpi}
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            for k, number in enumerate(todo, start=1):
                deadline.check()
                out[number] = _ocr_page(pdf[number - 1], number, dpi, meta)
                if not out[number].ocr.get("skipped"):
                    _save(_cache_file(digest, number, dpi), out[number])
                _progress(k, len(todo))
        finally:
            pdf.close()
    return out


def given(pages: dict[tuple[str, int], DocPage]):
    """Pages read already (by `read_pages` in another process), by (file sha256, page number):
    the loader takes them instead of reading them again, even where the cache is not writable."""
    return _this_thread("given", pages)


def read_pages(path: str, numbers: list[int]) -> tuple[dict[tuple[str, int], DocPage], float]:
    """OCR some pages of a PDF as a task of their own (an ingest worker reading a scan page by page
    beside another): (pages by (sha256, number), wall seconds). Nothing where the file cannot be
    read: its own extraction then reads what it can and says why it cannot."""
    import time

    start = time.monotonic()
    try:
        data = Path(path).read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        with deadline.limit(config.MAX_FILE_SECONDS):
            read = ocr_pdf_pages(Path(path), data, numbers)
        return {(digest, n): page for n, page in read.items()}, time.monotonic() - start
    except Exception:  # noqa: BLE001 - the file's extraction reports it, with its reason
        return {}, time.monotonic() - start


def pages_to_read(path: Path, mode: str | None = None) -> list[int]:
    """The pages of a PDF its loader will OCR, judged from pdfium's text layer (a millisecond a
    page): none for another kind of file or with --ocr never. A page judged wrongly here is still
    read right, by the file's own extraction."""
    from .pdf import garbled_text

    mode = mode or current_mode()
    if mode == "never" or path.suffix.lower() != ".pdf":
        return []
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except Exception:  # noqa: BLE001 - a broken PDF: its extraction says why
        return []
    try:
        out = []
        for k in range(len(pdf)):
            text = pdf[k].get_textpage().get_text_range()
            if mode == "always" or len(text.strip()) < config.MIN_TEXT_CHARS_PER_PAGE or garbled_text(text):
                out.append(k + 1)
        return out
    finally:
        pdf.close()


def render_scale(width: float, height: float, dpi: int) -> float | None:
    """Pixels per point to render a page of this size (points) at: `dpi`, lowered to keep the
    bitmap within MAX_PIXELS and MAX_SIDE; None where that leaves it too thin to hold text."""
    width, height = max(width, 1.0), max(height, 1.0)
    scale = min(dpi / 72, (MAX_PIXELS / (width * height)) ** 0.5, MAX_SIDE / max(width, height))
    return scale if min(width, height) * scale >= MIN_SIDE else None


def _ocr_page(pdf_page, number: int, dpi: int, meta: dict) -> DocPage:
    width, height = pdf_page.get_size()
    scale = render_scale(width, height, dpi)
    if scale is None:
        reason = f"page {number} ({width:.0f}×{height:.0f} pt) is too large to render for OCR"
        return DocPage(number, "", ocr={**meta, "skipped": reason, "lines": []})
    image = pdf_page.render(scale=scale).to_pil()
    closer = _closer(pdf_page, width, height, scale * REREAD_ZOOM)
    return page_from_words(number, recognise(image, scale, closer), {**meta, "dpi": round(scale * 72)})


def _closer(pdf_page, width: float, height: float, scale: float):
    """box (points) -> an RGB crop of the page around it rendered at `scale`, None if empty."""
    import numpy as np

    def crop(box: tuple[float, float, float, float]):
        x0, top, x1, bottom = box
        margin = max(2.0, (bottom - top) * 0.25)
        cut = (max(0.0, x0 - margin), max(0.0, height - bottom - margin),
               max(0.0, width - x1 - margin), max(0.0, top - margin))
        if cut[0] + cut[2] >= width or cut[1] + cut[3] >= height:
            return None
        return np.asarray(pdf_page.render(scale=scale, crop=cut).to_pil().convert("RGB"))

    return crop


def _save(path: Path, page: DocPage) -> None:
    with contextlib.suppress(OSError):  # a read-only cache only costs time
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"text": page.text, "ocr": page.ocr}, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)


def locate(layout: dict, quote: str, shown: str | None, cell: int | None = None,
           cells: int | None = None) -> tuple[tuple[float, float, float, float] | None, float | None]:
    """The box and confidence of a value in a recognised page: the word of the quoted line
    that is the value (the answering one when the row's values repeat), else the whole line."""
    squeeze = lambda t: "".join(t.split())  # noqa: E731
    lines = [ln for ln in layout.get("lines", []) if ln["words"]]
    line = None
    # a quote of several lines (a row run on from the page before): the line that holds the value
    for part in sorted((p for p in quote.splitlines() if p.strip()),
                       key=lambda p: shown is None or shown not in p.split()):
        target = squeeze(part)
        line = next((ln for ln in lines if squeeze(ln["text"]) == target), None) or \
            next((ln for ln in lines if target and target in squeeze(ln["text"])), None)
        if line is not None:
            break
    if line is None:
        return None, None
    words = line["words"]
    if shown is not None:
        matches = [w for w in words if w[0].strip().lstrip("+") == shown]
        if len(matches) > 1 and cell is not None and cells and len(words) >= cells:
            pick = words[len(words) - cells + cell]
            matches = [pick] if pick in matches else matches[:1]
        if matches:
            return tuple(matches[0][1]), matches[0][2]
    boxes = [w[1] for w in words]
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return box, round(sum(w[2] for w in words) / len(words), 4)
