"""Terminal output through rich: the only module that imports it. Text is never parsed as markup."""

from __future__ import annotations

import re
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


_MARK = re.compile(r" *(?:\d+\. |• |[^:]{1,30}: )?")  # what a wrapped line's continuation is indented under


def print_lines(lines: list[Line]) -> None:
    out = console()
    text = Text(no_wrap=True, overflow="fold")  # one print: rich renders once, not once per line
    for line in lines:
        row = Text()
        for chunk, style in line:
            row.append(chunk, style=STYLES.get(style, ""))
        for piece in _wrapped(row, out.width):
            text.append(piece)
            text.append("\n")
    out.print(text, end="")


def _wrapped(row: Text, width: int) -> list[Text]:
    """A line cut at spaces to the width, its continuations indented under the text after its number or bullet."""
    plain = row.plain
    if len(plain) <= width:
        return [row]
    mark = _MARK.match(plain)
    indent = len(mark.group()) if mark and len(mark.group()) < width // 2 else 0
    cuts: list[int] = []
    start, room = 0, width
    while len(plain) - start > room:
        space = plain.rfind(" ", start + 1, start + room + 1)
        cut = space if space > start else start + room  # a word longer than the line is folded
        cuts.append(cut)
        start = cut + 1 if space > start else cut
        room = width - indent
    pieces = row.divide(cuts)
    out = [pieces[0]]
    for piece in pieces[1:]:
        out.append(Text(" " * indent) + (piece[1:] if piece.plain.startswith(" ") else piece))
    return out


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
