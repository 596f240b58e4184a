"""The fast start-up path for `ask` behaves exactly as the typer command it shortcuts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wegwijzer.cli import app
from wegwijzer.entry import CHOICES, FLAGS, VALUES, parse_ask

MINI = str(Path(__file__).parent / "fixtures" / "kb-min")


def _run(args: list[str], *, fast: bool) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if not fast:
        env["WEGWIJZER_NO_FASTPATH"] = "1"
    return subprocess.run(
        [sys.executable, "-c", "from wegwijzer.entry import main; main()", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_fast_parser_knows_exactly_the_typer_options() -> None:
    command = next(c for c in app.registered_commands if c.callback and c.callback.__name__ == "ask")
    assert command.callback is not None
    import typer.main

    click_command = typer.main.get_command_from_info(command, pretty_exceptions_short=True, rich_markup_mode=None)
    typer_options = {opt for p in click_command.params for opt in p.opts if opt.startswith("-")}
    assert typer_options == set(FLAGS) | set(CHOICES) | set(VALUES)
    for param in click_command.params:
        if param.opts[0] in CHOICES:  # the same values on both paths
            assert tuple(getattr(param.type, "choices", ())) == CHOICES[param.opts[0]][1], param.opts


@pytest.mark.parametrize(
    "args",
    [
        ["ask", "--json", "--data", MINI, "bankkrediet in Amersfoort"],
        ["ask", "--plain", "--lang", "en", "--data", MINI, "bankkrediet", "in", "Amersfoort"],
        ["ask", "--json", "--limit=1", "--size", "micro", "--data", MINI, "deurwaarder"],
        ["ask", "--json", "--region", "Leusden", "--redact", "--data", MINI, "--", "-krediet 06-12345678"],
        ["ask", "--plain", "--handoff", "--stage", "starter", "--data", MINI, "schulden"],
    ],
)
def test_fast_path_output_equals_typer(args: list[str]) -> None:
    fast, slow = _run(args, fast=True), _run(args, fast=False)
    assert (fast.returncode, fast.stdout) == (slow.returncode, slow.stdout)


@pytest.mark.parametrize(
    "args",
    [["--help"], ["--limit", "0", "x"], ["--lang", "fr", "x"], ["--unknown", "x"], ["--limit"]],
)
def test_fast_parser_hands_over_what_it_does_not_know(args: list[str]) -> None:
    assert parse_ask(args) is None
