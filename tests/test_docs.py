"""Contract tests: every setting documented in one place, every CLI flag in the README, every
accepted suffix listed, every intent routed (as datasette's tests/test_docs.py does)."""

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
def test_every_cli_flag_is_in_the_readme(command, flag):
    assert flag in README, f"reportqa {command} {flag} is not mentioned in README.md"


def test_every_accepted_suffix_is_listed_in_the_readme():
    listed = set(re.findall(r"`?(\.[a-z]+)", README))
    missing = {s for s in accepted_suffixes() if s and s not in listed}
    assert not missing, missing


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
