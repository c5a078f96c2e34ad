"""Subcommands as plugins: the CLI knows no ui/ or eval/; `serve` and `eval` register from
their own packages (DEFAULT_COMMAND_PLUGINS), and an installed package adds its own through the
entry point group `reportqa.commands` (a real distribution on sys.path, read by importlib)."""

from __future__ import annotations

import pytest

from assistant import cli


@pytest.fixture
def fresh_registry(monkeypatch):
    monkeypatch.setattr(cli, "COMMANDS", dict(cli.COMMANDS))
    monkeypatch.setattr(cli, "_loaded", set())


def _install(tmp_path, monkeypatch, module: str, source: str) -> None:
    """A distribution with one command plugin, as pip would leave it in site-packages."""
    (tmp_path / f"{module}.py").write_text(source, encoding="utf-8")
    info = tmp_path / f"{module}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[reportqa.commands]\n{module} = {module}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))


def test_serve_and_eval_come_from_their_own_packages(fresh_registry):
    assert cli.DEFAULT_COMMAND_PLUGINS == ("ui.cli", "eval.cli")
    cli.COMMANDS.pop("serve", None), cli.COMMANDS.pop("eval", None)
    assert cli.load_plugins() == []
    assert cli.COMMANDS["serve"].run.__module__ == "ui.cli"
    assert cli.COMMANDS["eval"].run.__module__ == "eval.cli"
    args = cli.build_parser().parse_args(["serve", "--port", "7999", "--auth", "u:p"])
    assert (args.port, args.auth, args.run) == (7999, "u:p", cli.COMMANDS["serve"].run)


def test_an_installed_plugin_adds_a_command(fresh_registry, tmp_path, monkeypatch, capsys):
    _install(tmp_path, monkeypatch, "reportqa_hello", (
        "def register_commands(command):\n"
        "    def configure(p):\n"
        "        p.add_argument('--name', default='world')\n"
        "    @command('hello', 'say hello', configure)\n"
        "    def hello(args):\n"
        "        print(f'hello {args.name} from {args.index}')\n"
        "        return 0\n"))
    assert cli.main(["hello", "--name", "reports", "--index", "idx"]) == 0
    assert capsys.readouterr().out == "hello reports from idx\n"


def test_a_broken_plugin_is_said_in_one_line_and_the_rest_works(fresh_registry, tmp_path, monkeypatch, capsys):
    _install(tmp_path, monkeypatch, "reportqa_broken", "import a_module_that_is_not_installed\n")
    parser = cli.build_parser()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "reportqa_broken" in err and "ModuleNotFoundError" in err
    assert parser.parse_args(["reports", "--format", "json"]).format == "json"
