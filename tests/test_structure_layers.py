"""The floors of the code as a test: `lint-imports` with the contracts of pyproject.toml
([tool.importlinter]: ui | eval over assistant over index; the store does not run ingestion)."""

from __future__ import annotations

from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent


def _lint(config: Path, monkeypatch) -> int:
    monkeypatch.chdir(ROOT)  # the root packages are imported from here
    return lint_imports(config_filename=str(config), no_cache=True, no_logo=True)


def test_the_import_contracts_are_kept(monkeypatch, capsys):
    code = _lint(ROOT / "pyproject.toml", monkeypatch)
    assert code == 0, capsys.readouterr().out


def test_a_broken_contract_is_caught(tmp_path, monkeypatch, capsys):
    """The checker bites: a contract the code breaks (the store opens a catalog) fails."""
    config = tmp_path / "contracts.toml"
    config.write_text('[tool.importlinter]\nroot_packages = ["index"]\n\n'
                      '[[tool.importlinter.contracts]]\nname = "broken on purpose"\ntype = "forbidden"\n'
                      'source_modules = ["index.store"]\nforbidden_modules = ["index.catalog"]\n', encoding="utf-8")
    assert _lint(config, monkeypatch) == 1
    assert "index.store -> index.catalog" in capsys.readouterr().out
