"""Shared fixtures. Tests marked `slow` run end to end (converters, servers, browsers); the
rest is the fast tier: `make test-fast` (pytest -m "not slow") runs only that."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "sample-reports"
#: The real reports live beside the repository (CI has ../shared too); never copied into it.
REAL_REPORTS = ROOT.parent / "shared" / "real-reports"
GOLD = ROOT / "eval" / "gold"


def pytest_configure(config):
    """`make test-fast` (-m "not slow") embeds with the deterministic hash embedder below, like
    simonw/llm's test model: no model to load, the same vectors on every machine. `make test`
    (both tiers) keeps the real default embedder everywhere."""
    if config.getoption("markexpr", "").replace(" ", "") == "notslow":
        from index import config as settings
        from index.embeddings import EMBEDDERS

        from .fake_embedder import HashEmbedding

        EMBEDDERS["hash"] = HashEmbedding.from_spec
        settings.DEFAULT_EMBEDDER = "hash"


#: Modules whose tests share the samples' converted forms (sample_forms) or their scans
#: (scanned_samples): on two workers (`make test`, --dist loadgroup) they run on one, so that the
#: forms and the OCR are made once, as in one process.
SHARED_FORMS = {"test_converters.py", "test_forms.py", "test_ocr.py"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.path.name in SHARED_FORMS:
            item.add_marker(pytest.mark.xdist_group("sample-forms"))


@pytest.fixture(scope="session")
def real_reports() -> Path:
    if not (REAL_REPORTS / "index.tsv").exists():
        pytest.skip(f"the real reports are not at {REAL_REPORTS} (they sit beside the repository in CI)")
    return REAL_REPORTS


def index_of_samples_and(tmp_path_factory, real_reports: Path, names: tuple[str, ...]) -> Path:
    """An index built from the samples and these real reports (copied into a folder of their own,
    so the index holds only them): the answering tests' corpus."""
    import shutil

    from assistant import Assistant

    folder = tmp_path_factory.mktemp("reports")
    for name in names:
        shutil.copy(real_reports / name, folder / name)
    directory = tmp_path_factory.mktemp("index")
    Assistant.build([SAMPLES, folder], directory).close()
    return directory


def assert_quotes_verbatim(qa, answer) -> None:
    """Every citation of the answer quotes its report's cited page (spaces aside)."""
    for c in answer.citations:
        page = next(p.text for p in qa.index.catalog.pages(c.report) if p.number == c.page)
        assert c.quote.replace(" ", "") in page.replace(" ", ""), c.quote


def gazetteer_of(paths):
    """The question reader's view of these reports (their bodies, years and statistics), no index."""
    from assistant.understanding import Gazetteer
    from index.extract import extract_report
    from tests.test_understand import record

    return Gazetteer(record(extract_report(str(p))) for p in sorted(paths))


@pytest.fixture(scope="session")
def samples_gazetteer():
    return gazetteer_of(SAMPLES.glob("*.txt"))


@pytest.fixture(scope="session")
def pingtan_gazetteer(real_reports: Path):
    return gazetteer_of(real_reports.glob("pingtan_*.txt"))


def chat(gazetteer, *questions: str):
    """The query of the last of these turns, each understood after the one before."""
    from assistant.understanding import understand

    query = None
    for question in questions:
        query = understand(question, gazetteer, query)
    return query


def metric_keys(query) -> set[str]:
    return {k for m in query.metrics for k in m.keys}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, real_reports: Path, request):
    """An Assistant over the samples and the real reports the test module names in its REAL."""
    from assistant import Assistant

    assistant = Assistant.open(index_of_samples_and(tmp_path_factory, real_reports, request.module.REAL))
    yield assistant
    assistant.close()

@pytest.fixture(scope="session")
def sample_forms(tmp_path_factory):
    """The five samples as PDF, Markdown, Word, HTML and crawler text, made with real converters."""
    from eval.forms import write_forms

    return write_forms(tmp_path_factory.mktemp("forms"))


@pytest.fixture(scope="session")
def text_facts():
    """Facts of the samples' text form: what every other form must give."""
    from index.extract import extract_report

    return {p.name.split("_")[0]: extract_report(str(p)).facts for p in sorted(SAMPLES.glob("*.txt"))}


@pytest.fixture(scope="session", autouse=True)
def ocr_cache(tmp_path_factory):
    """OCR results of this test session in a fresh cache (worker processes read the variable)."""
    import os

    from index import config

    folder = tmp_path_factory.mktemp("ocr-cache")
    os.environ["REPORTQA_OCR_CACHE"] = str(folder)
    config.OCR_CACHE_DIR = folder
    return folder


@pytest.fixture(scope="session")
def scanned_samples(tmp_path_factory) -> dict[str, Path]:
    """The five samples as scanned PDFs: rendered, turned 0.4°, grey noise, no text layer."""
    from eval.forms import sample_texts, to_pdf, to_scan

    out = tmp_path_factory.mktemp("scans")
    return {name: to_scan(to_pdf(name, out / f"{name}.pdf"), out / "scanned" / f"{name}_scan.pdf")
            for name in sample_texts()}


def kill_when(proc, reached: Callable[[], bool], seconds: float = 300) -> None:
    """SIGKILL a running ingest once `reached()` (e.g. two reports committed): a crash mid-batch."""
    until = time.time() + seconds
    while time.time() < until and proc.poll() is None and not reached():
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()


# --- the fast tier stays fast ------------------------------------------------------------------
# A test not marked slow starts no subprocess, no worker process, no server and no browser: those
# belong to the slow tier (`make test` runs both; `make test-fast` only this one). The guard
# makes the rule a check rather than a convention: such a test fails and says what to mark.

def _forbidden(what: str):
    def refuse(*args, **kwargs):
        raise AssertionError(f"a fast-tier test started {what}: mark it @pytest.mark.slow")
    return refuse


@pytest.fixture(autouse=True)
def _fast_tier_guard(request, monkeypatch):
    if request.node.get_closest_marker("slow") is not None:
        yield
        return
    import multiprocessing.context
    import socket
    import subprocess

    monkeypatch.setattr(subprocess.Popen, "__init__", _forbidden("a subprocess"))
    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "_Popen", _forbidden("a worker process"))
    monkeypatch.setattr(socket.socket, "listen", _forbidden("a server (a listening socket)"))
    yield
