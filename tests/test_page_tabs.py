"""The page split by tab (ui/tabs/) over the one API: its events keep their names (clients
such as eval/pageclient.py call them by name), a read-only page has no writing event, and no
skin reaches past the Assistant into the store or the catalog."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.api import Assistant
from index.embeddings import EMBEDDERS

from .fake_embedder import HashEmbedding

ROOT = Path(__file__).resolve().parent.parent
EVENTS = {"chat", "show_sources", "pick_source", "new_conversation", "set_filters", "refresh_corpus",
          "show_facts", "ask"}
WRITING = {"upload", "poll", "remove"}


@pytest.fixture
def empty(tmp_path, monkeypatch):
    monkeypatch.setitem(EMBEDDERS, "hash", HashEmbedding.from_spec)
    with Assistant.build([], tmp_path / "index", embedder="hash") as qa:
        yield qa


def _events(app) -> set[str]:
    return {d.get("api_name") for d in app.config["dependencies"]}


@pytest.mark.slow  # imports Gradio and lays out the page twice
@pytest.mark.parametrize("uploads", [True, False])
def test_the_tabs_keep_the_page_events(empty, uploads):
    from ui.app import build_app

    app = build_app(empty, uploads=uploads)
    try:
        events = _events(app)
        assert EVENTS <= events
        assert (WRITING <= events) if uploads else not (WRITING & events)
    finally:
        if app.reportqa_jobs is not None:
            app.reportqa_jobs.close()


def test_the_skins_use_only_the_assistant():
    """No `.index.` / `.catalog` / index.store / index.catalog in ui/, eval/ or the CLI."""
    reach = re.compile(r"\.index\.|\.catalog\b|index\.store|index\.catalog|index\.sql\b")
    files = [*ROOT.glob("ui/**/*.py"), *ROOT.glob("eval/*.py"), ROOT / "assistant" / "cli.py"]
    found = [f"{f.relative_to(ROOT)}:{n}: {line.strip()}" for f in files
             for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1)
             if reach.search(line) and "--catalog" not in line and "args.catalog" not in line]
    assert not found, found
