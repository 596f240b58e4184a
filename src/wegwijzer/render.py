"""Terminal output through rich: the only module that imports it. Text is never parsed as markup."""

from __future__ import annotations

import sys
from collections.abc import Callable

from rich.console import Console
from rich.text import Text

from .view import Line

STYLES = {
    "heading": "bold",
    "theme": "bold cyan",
    "party": "bold green",
    "contact": "blue",
    "alert": "bold red",
    "dim": "dim",
    "": "",
}


def console(stderr: bool = False) -> Console:
    """A console that honours NO_COLOR and never reads markup, emoji codes or highlights in our strings."""
    return Console(
        file=sys.stderr if stderr else sys.stdout,
        markup=False,
        emoji=False,
        highlight=False,
        width=min(Console().width, 100) if sys.stdout.isatty() else 80,
    )


def print_lines(lines: list[Line]) -> None:
    text = Text(no_wrap=False, overflow="fold")  # one print: rich renders once, not once per line
    for line in lines:
        for chunk, style in line:
            text.append(chunk, style=STYLES.get(style, ""))
        text.append("\n")
    console().print(text, end="")


def progress_bar(total: int) -> Callable[[], None]:
    """A progress bar on stderr; returns the function that advances it by one."""
    from rich.progress import Progress

    bar = Progress(console=console(stderr=True), transient=True)
    task = bar.add_task("vragen", total=total)
    bar.start()

    def advance() -> None:
        bar.advance(task)
        if bar.finished:
            bar.stop()

    return advance
