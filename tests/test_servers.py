"""Server stores, tested for real on loopback: a Chroma server (`chroma run`, shipped with the
chromadb package), PostgreSQL (Debian's, in a temporary data directory made and removed
here), ingestion on a local Ray, and two page processes sharing one index."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys

import pytest

from assistant import Assistant
from eval import servers
from index.catalog import Catalog
from index.chunks import VECTOR_KINDS
from index.models import Fact, ReportRecord

from .conftest import ROOT, SAMPLES, kill_when

pytestmark = pytest.mark.slow
CLI = [sys.executable, "-m", "assistant.cli"]


def run_cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=timeout)


@pytest.fixture(scope="module")
def chroma_server():
    try:
        with servers.chroma_server() as url:
            yield url
    except servers.ServerUnavailable as err:
        pytest.skip(str(err))


@pytest.fixture(scope="module")
def postgres():
    pytest.importorskip("psycopg")
    try:
        with servers.postgres_server() as url:
            yield url
    except servers.ServerUnavailable as err:
        pytest.skip(str(err))


_database = servers.database
_free_port = servers.free_port
_wait = servers.wait_for


def test_ingest_ask_and_remove_on_server_stores(tmp_path, chroma_server, postgres):
    catalog = _database(postgres, "ask")
    index = tmp_path / "index"
    proc = run_cli("ingest", str(SAMPLES), "--index", str(index), "--catalog", catalog, "--chroma-url", chroma_server,
                   "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert not (index / "catalog.sqlite").exists() and not (index / "chroma").exists()
    facts = run_cli("ask", "海原县卫健局2020年行政处罚多少件？", "--index", str(index))
    assert "44件" in facts.stdout, facts.stdout + facts.stderr
    prose = run_cli("ask", "灵武卫生健康官方微博有多少粉丝？", "--index", str(index))
    assert "2144" in prose.stdout, prose.stdout + prose.stderr
    with Assistant.open(index) as qa:
        assert len(qa.reports()) == 5
        assert qa.index.vectors.count() == qa.index.catalog.passage_count(VECTOR_KINDS)
        name = next(r.report for r in qa.reports() if r.body == "海原县卫生健康局")
    assert run_cli("remove", name, "--index", str(index)).returncode == 0
    with Assistant.open(index) as qa:
        assert len(qa.reports()) == 4
        assert qa.index.vectors.count() == qa.index.catalog.passage_count(VECTOR_KINDS)
    again = run_cli("ingest", str(SAMPLES), "--index", str(index), "--quiet")  # reopens from stores.json
    assert again.returncode == 0 and "4 unchanged" in again.stdout, again.stdout


def test_a_killed_ingest_on_server_stores_leaves_whole_reports(tmp_path, chroma_server, postgres):
    import psycopg

    catalog = _database(postgres, "killed")
    folder = tmp_path / "many"
    folder.mkdir()
    texts = sorted(SAMPLES.glob("*.txt"))
    for i in range(12):  # distinct reports: each sample under another year
        text = texts[i % 5].read_text(encoding="utf-8")
        year = 2010 + i  # past years: a year not over yet is refused
        (folder / f"r{i:02d}.txt").write_text(text.replace("2020", str(year)).replace("2021", str(year))
                                              .replace("2023", str(year)).replace("2016", str(year)), encoding="utf-8")
    index = tmp_path / "index"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([*CLI, "ingest", str(folder), "--index", str(index), "--catalog", catalog,
                             "--chroma-url", chroma_server, "--quiet"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def committed() -> bool:
        with contextlib.suppress(psycopg.Error), psycopg.connect(catalog) as conn:
            return conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0] >= 2
        return False

    kill_when(proc, committed)
    with Assistant.open(index) as qa:
        reports = qa.reports()
        assert 2 <= len(reports) < 12
        for record in reports:
            assert len(qa.index.catalog.facts(report=record.report)) == record.facts > 0
        qa.index.reconcile()
        assert qa.index.vectors.ids() == qa.index.catalog.passage_ids(VECTOR_KINDS)  # whole reports only
        summary = qa.add([folder])
        assert len(qa.reports()) == 12 and summary.ok


def test_ray_reads_the_files_and_the_facts_are_the_same(tmp_path):
    pytest.importorskip("ray")
    local = run_cli("ingest", str(SAMPLES), "--index", str(tmp_path / "local"), "--quiet")
    on_ray = run_cli("ingest", str(SAMPLES), "--index", str(tmp_path / "ray"), "--ray", "auto", "--quiet")
    assert local.returncode == 0 and on_ray.returncode == 0, on_ray.stderr
    assert "read on Ray" in on_ray.stdout
    with Assistant.open(tmp_path / "local") as a, Assistant.open(tmp_path / "ray") as b:
        key = lambda f: (f.body, f.year, f.metric, f.value)  # noqa: E731
        assert sorted(map(key, a.facts())) == sorted(map(key, b.facts())) and len(a.facts()) > 800


def test_two_page_processes_share_one_index(tmp_path, chroma_server, postgres):
    from gradio_client import Client
    from playwright.sync_api import expect, sync_playwright

    from eval.pdfgen import spec_for, write_report_pdf

    catalog = _database(postgres, "shared")
    index = tmp_path / "index"
    first = [p for p in sorted(SAMPLES.glob("*.txt")) if not p.name.startswith("000")]
    Assistant.build(first, index, catalog=catalog, chroma=chroma_server).close()
    with socket.socket() as a, socket.socket() as b:  # held together: two distinct free ports
        a.bind(("127.0.0.1", 0))
        b.bind(("127.0.0.1", 0))
        ports = [a.getsockname()[1], b.getsockname()[1]]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    servers = [subprocess.Popen([*CLI, "serve", "--index", str(index), "--port", str(p), "--allow-uploads"],
                                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
               for p in ports]
    pdf = write_report_pdf(spec_for("000"), tmp_path / "lingwu_2020.pdf")
    try:
        for p in ports:
            _wait(f"http://127.0.0.1:{p}/", 180)
        other = Client(f"http://127.0.0.1:{ports[1]}/", verbose=False)
        before = other.predict("灵武市卫生健康局2020年行政处罚多少件？", api_name="/ask")["text"]
        assert "33件" not in before
        with sync_playwright() as pw:  # upload through the first page, as a person would
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium",
                                         args=["--headless", "--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            page.set_default_timeout(60_000)
            page.goto(f"http://127.0.0.1:{ports[0]}/")
            page.get_by_role("tab", name="报告 / Reports").click()
            page.locator("#upload-files input[type=file]").set_input_files(str(pdf))
            page.locator("#ingest").click()
            expect(page.locator("#upload-results")).to_contain_text("indexed", timeout=120_000)
            browser.close()
        after = other.predict("灵武市卫生健康局2020年行政处罚多少件？", api_name="/ask")["text"]
        assert "33件" in after, after
        prose = other.predict("灵武卫生健康官方微博有多少粉丝？", api_name="/ask")["text"]
        assert "2144" in prose, prose
    finally:
        for server in servers:
            server.terminate()
            try:
                server.wait(30)
            except subprocess.TimeoutExpired:
                server.kill()
                raise


def _record(name: str, year: int) -> ReportRecord:
    return ReportRecord(name, f"/x/{name}", name * 4, "pdf", "某县某局", "某县", year, "2021", "年报", 1, 0, 2, 0, "now")


def _fact(name: str, year: int, metric: str, value: int, quote: str) -> Fact:
    row, column = metric.split(".", 1)
    return Fact(name, "某县某局", year, "2021", "三", "第二十条", row, column, metric, metric, value, "件", 1, quote)


def test_postgres_reads_aggregates_from_whole_row_index_and_keeps_long_rows(tmp_path, postgres):
    """Facts by metric come from the whole-row index (an index-only scan, no heap page per
    report); a row too long for a B-tree entry is still written and read back, the same as in
    SQLite."""
    long_quote = "行政处罚 处理决定数量 " + "长" * 3000  # 9 kB: beyond a B-tree entry's 2.7 kB
    catalogs = [Catalog(servers.database(postgres, "wholerows")), Catalog(tmp_path / "catalog.sqlite")]
    for catalog in catalogs:
        for i, year in enumerate((2021, 2022, 2022)):
            name = f"r{i}"
            facts = [_fact(name, year, "行政处罚.处理决定数量", 10 + i, long_quote if i == 1 else "行政处罚 1"),
                     _fact(name, year, "行政处罚.本年增减", i, "行政处罚 2")]
            catalog.replace_report(_record(name, year), [], facts, [], [], [])
        catalog.optimize()
    pg, lite = catalogs
    for query in ({"metric": "行政处罚.处理决定数量", "years": {2022}, "prefix": False},
                  {"metric": "行政处罚"}, {"metric": "行政处罚.处理决定数量", "year": 2021}):
        got = pg.facts(**query)
        assert got == lite.facts(**query) and got, query
    assert [f.source_text for f in pg.facts(metric="行政处罚.处理决定数量", years={2022}, prefix=False)] == \
        [long_quote, "行政处罚 1"]
    pg.db.execute("SET enable_seqscan = off")  # three rows: make the planner show which index it would use
    query, times = pg.fact_query("metric=? AND year IN (2022)", by_metric=True)
    plan = "\n".join(r[0] for r in pg.db.execute("EXPLAIN " + query, ["行政处罚.处理决定数量"] * times))
    assert "Index Only Scan using facts_whole" in plan and "facts_long" in plan, plan
    for catalog in catalogs:
        catalog.close()
