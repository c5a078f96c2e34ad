"""Contract tests of the documentation (as datasette's tests/test_docs.py): the README starts with
the two commands and links every page of docs/; every setting of index/config.py has its comment,
every CLI flag is in docs/cli.md, every accepted suffix in docs/forms.md, every intent in
docs/answering.md and routed; every relative link of the README and docs/ resolves."""

from __future__ import annotations

import ast
import re

import pytest

from assistant.cli import build_parser
from assistant.understanding import Intent
from index import config
from index.forms import accepted_suffixes

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))


def _doc(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def _settings() -> list[tuple[str, bool]]:
    """(name, has a comment just above it) for each setting of index/config.py."""
    source = (ROOT / "index" / "config.py").read_text(encoding="utf-8")
    lines = source.splitlines()
    out = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name.isupper():
                out.append((name, lines[node.lineno - 2].lstrip().startswith("#")))
    return out


@pytest.mark.parametrize("name,commented", _settings())
def test_every_setting_is_documented_where_it_is(name, commented):
    assert commented, f"index/config.py: {name} has no comment saying what it is"


def _flags() -> list[tuple[str, str]]:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    return [(command, flag) for command, sub in subparsers.choices.items()
            for action in sub._actions for flag in action.option_strings
            if flag.startswith("--") and flag not in ("--help", "--index")]


@pytest.mark.parametrize("command,flag", _flags())
def test_every_cli_flag_is_in_the_cli_reference(command, flag):
    rows = [line for line in _doc("cli.md").splitlines() if line.startswith(f"| `{command}` |")]
    assert any(f"`{flag}" in row for row in rows), f"reportqa {command} {flag} is not in docs/cli.md's table"


def test_every_command_is_in_the_cli_reference():
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    missing = [c for c in subparsers.choices if f"| `{c}` |" not in _doc("cli.md")]
    assert not missing, missing


def test_every_accepted_suffix_is_listed_in_the_forms_page():
    listed = set(re.findall(r"`?(\.[a-z]+)", _doc("forms.md")))
    missing = {s for s in accepted_suffixes() if s and s not in listed}
    assert not missing, missing


@pytest.mark.parametrize("intent", list(Intent))
def test_every_intent_is_in_the_answering_page(intent):
    assert f"| `{intent.value}` |" in _doc("answering.md"), f"intent {intent.value} is not in docs/answering.md"


def test_the_readme_starts_with_the_two_commands():
    """CI and the project's rules run what the README starts with."""
    opening = README.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()
    assert README.startswith("# ReportQA\n\n```sh\n")
    assert [line.split()[:2] for line in opening] == [["make", "run"], ["make", "test"]]


def test_every_docs_page_is_linked_from_the_readme():
    assert PAGES, "docs/ has no pages"
    linked = {target.split("#")[0] for _, target in _links(README)}
    missing = [p.name for p in PAGES if f"docs/{p.name}" not in linked]
    assert not missing, missing


def _links(text: str) -> list[tuple[str, str]]:
    """(label, target) of each Markdown link outside code blocks and spans."""
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    text = re.sub(r"`[^`\n]*`", "", text)
    return re.findall(r"\[([^\]]*)\]\(([^)\s]+)\)", text)


def _anchors(text: str) -> set[str]:
    """The anchors GitHub makes of a page's headings: lower case, punctuation dropped, spaces to -."""
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    headings = re.findall(r"^#+\s+(.+?)\s*$", text, flags=re.M)
    return {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in headings}


@pytest.mark.parametrize("page", [ROOT / "README.md", *PAGES], ids=lambda p: p.name)
def test_every_relative_link_resolves(page):
    broken = []
    for label, target in _links(page.read_text(encoding="utf-8")):
        if re.match(r"[a-z]+:", target):
            continue  # http:, mailto: are not checked offline
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        if not file.exists():
            broken.append(f"[{label}]({target}): no file {path}")
        elif anchor and file.suffix == ".md" and anchor not in _anchors(file.read_text(encoding="utf-8")):
            broken.append(f"[{label}]({target}): no heading #{anchor} in {file.name}")
    assert not broken, broken


@pytest.mark.parametrize("intent", list(Intent))
def test_every_intent_has_a_route(intent):
    from assistant.engine import ROUTES

    names = {r.name for r in ROUTES}
    routed_by = {"lookup": "facts", "most": "facts", "least": "facts", "total": "facts", "average": "facts",
                 "ranking": "facts", "difference": "facts", "trend": "facts", "list": "facts",
                 "count_reports": "count", "corpus": "corpus", "passage": "passages", "source": "source",
                 "why": "source", "identity": "identity", "summary": "summary", "checks": "checks"}
    assert routed_by[intent.value] in names


def test_ocr_mode_setting_is_one_of_the_modes():
    from index.forms.ocr import MODES

    assert config.OCR_MODE in MODES
