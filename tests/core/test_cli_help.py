"""`sentra` can be learnt from `--help`: every command and option of every `sentra …` command has
help text, each command's `--help` runs, the environment variables a command reads are named in
its help, and bare `sentra` prints the help."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from app import cli
from hardware.cli import _build_parser as hw_parser
from sync.cli import _parser as sync_parser


def walk(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    """(command path, problem) for each command or option without help; also yields each command
    path with problem "" so callers can run its --help. Delegated stubs (add_help=False) are
    walked through their own module's parser."""
    yield path, ""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, child in action.choices.items():
                if not helps.get(name):
                    yield path + (name,), "command has no help"
                if child.add_help:
                    yield from walk(child, path + (name,))
        elif not action.help or action.help == argparse.SUPPRESS:
            yield path, f"{'/'.join(action.option_strings) or action.dest} has no help"


ROOTS = {"sentra": (cli._parser, ()), "sentra sync / serve-cloud": (sync_parser, ()), "sentra hw": (hw_parser, ("hw",))}


def all_commands() -> list[tuple[str, ...]]:
    return sorted({prefix + path for build, prefix in ROOTS.values() for path, problem in walk(build()) if not problem})


def help_of(command: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> str:
    """`sentra COMMAND --help`: exits 0 (argparse) or returns 0 (`sentra hw` turns the exit into a code)."""
    try:
        code = cli.main([*command, "--help"])
    except SystemExit as done:
        code = done.code
    assert code == 0
    return capsys.readouterr().out


def test_the_walk_finds_an_option_without_help() -> None:
    p = argparse.ArgumentParser(prog="x")
    sub = p.add_subparsers(dest="c")
    child = sub.add_parser("child", help="a child")
    child.add_argument("--bare")
    sub.add_parser("silent")
    problems = [(path, why) for path, why in walk(p) if why]
    assert problems == [(("child",), "--bare has no help"), (("silent",), "command has no help")]


@pytest.mark.parametrize("root", sorted(ROOTS))
def test_every_command_and_option_has_help(root: str) -> None:
    build, prefix = ROOTS[root]
    assert [(prefix + path, why) for path, why in walk(build()) if why] == []


def test_the_walk_covers_every_command() -> None:
    commands = {" ".join(c) for c in all_commands()}
    assert {"run", "demo", "db init", "db rekey", "support-bundle", "sync enrol", "sync run", "sync admin-code",
            "sync broker-config", "serve-cloud", "hw edc", "hw ports"} <= commands
    assert len(commands) >= 20


@pytest.mark.parametrize("command", all_commands(), ids=lambda c: " ".join(c) or "sentra")
def test_each_help_runs_and_says_what_it_does(command: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    out = help_of(command, capsys)
    assert out.startswith(f"usage: sentra {' '.join(command)}".rstrip())
    assert "options:" in out


ENV_NAMED = {
    ("run",): ["SENTRA_DB_KEY", "SENTRA_LANG", "SENTRA_DB_PATH"],
    ("demo",): ["SENTRA_LANG", "SENTRA_THEME"],
    ("db", "init"): ["SENTRA_DB_KEY"], ("db", "check"): ["SENTRA_DB_KEY"], ("db", "backup"): ["SENTRA_DB_KEY"],
    ("db", "rekey"): ["SENTRA_DB_KEY", "SENTRA_NEW_DB_KEY"],
    ("sync", "status"): ["SENTRA_DB_KEY"], ("sync", "enrol"): ["SENTRA_DB_KEY"],
    ("sync", "run"): ["SENTRA_DB_KEY", "SENTRA_MQTT_URL"],
    ("sync", "admin-branch"): ["SENTRA_CLOUD_ADMIN_TOKEN"], ("sync", "admin-code"): ["SENTRA_CLOUD_ADMIN_TOKEN"],
    ("sync", "admin-revoke"): ["SENTRA_CLOUD_ADMIN_TOKEN"], ("sync", "admin-compact"): ["SENTRA_CLOUD_ADMIN_TOKEN"],
    ("serve-cloud",): ["SENTRA_CLOUD_ADMIN_TOKEN", "SENTRA_CLOUD_COMPACT_DIR"],
    ("hw", "edc"): ["SENTRA_DB_KEY"],
}


@pytest.mark.parametrize("command", sorted(ENV_NAMED), ids=" ".join)
def test_help_names_the_environment_variables_read(command: tuple[str, ...],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = help_of(command, capsys)
    assert "environment variables:" in out
    for name in ENV_NAMED[command]:
        assert name in out


def test_bare_sentra_prints_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: sentra")
    for command in ("run", "demo", "db", "sync", "hw", "serve-cloud", "support-bundle"):
        assert f"\n    {command} " in out or f"\n    {command}\n" in out
