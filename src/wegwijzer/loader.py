"""Strict YAML reading: plain data only, every problem reported as file:line:col.

A file is read by the quick reader (quickyaml.py, yaml-rs) when PyYAML would read it to the same data, else by the
strict one (strictyaml.py, PyYAML), which turns the YAML into data itself rather than with PyYAML's constructor, so
that anchors, aliases, tags, merge keys, duplicate keys and YAML 1.1 surprises (``no`` read as false, ``01234567``
read as octal) are refused with their position instead of being silently reinterpreted. PyYAML is imported only
when a file needs it, or a problem needs a position.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, NamedTuple

from . import quickyaml
from .kb import MAX_FILE_BYTES  # one limit for reading and for loading

MAX_DEPTH = 40

Loc = tuple[str | int, ...]


class Problem(NamedTuple):
    """One finding about a knowledge-base file; problems sort by file and position. (Not a dataclass: importing
    dataclasses costs a cold start ~14 ms before its reader can begin.)"""

    file: str
    line: int
    col: int
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.col}" if self.line else self.file
        return f"{where}: {self.severity}: {self.message}"


class Document:
    """Data read from one YAML file, with the position of every node and key."""

    def __init__(self, file: str, data: Any = None) -> None:
        self.file = file
        self.data = data
        self.positions: dict[Loc, tuple[int, int]] = {}
        self.node: Any = None  # the composed tree: positions are read from it only when a problem needs one
        self.text: str | None = None  # the text read quickly, composed only when a problem needs a position

    def where(self, loc: Loc) -> tuple[int, int]:
        """The position of the deepest existing node on a path (1-based line and column)."""
        if self.node is not None or self.text is not None:
            from . import strictyaml

            if self.node is not None:
                strictyaml.node_positions(self.node, self.positions)
            else:
                strictyaml.positions(str(self.text), self.positions)
            self.node = self.text = None
        for end in range(len(loc), -1, -1):
            if loc[:end] in self.positions:
                return self.positions[loc[:end]]
        return (1, 1)

    def problem(self, loc: Loc, message: str, severity: Literal["error", "warning"] = "error") -> Problem:
        line, col = self.where(loc)
        return Problem(self.file, line, col, message, severity)


def read(path: Path, label: str | None = None) -> tuple[Document | None, list[Problem]]:
    """Read one YAML file strictly; on any problem return no document and the problems found."""
    name = label or str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None, [Problem(name, 0, 0, f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")]
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [Problem(name, 0, 0, "file not found")]
    except IsADirectoryError:
        return None, [Problem(name, 0, 0, "is a directory, not a file")]
    except OSError as exc:
        return None, [Problem(name, 0, 0, f"cannot read file: {exc.strerror or exc}")]
    return parse(raw, name)


def parse(raw: bytes, name: str) -> tuple[Document | None, list[Problem]]:
    """Parse YAML bytes into a Document."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [Problem(name, line, col, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save as UTF-8")]
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        return None, [Problem(name, 1, 1, "file is empty")]
    for number, row in enumerate(text.splitlines() if "\t" in text else (), 1):
        indent = row[: len(row) - len(row.lstrip(" \t"))]
        if "\t" in indent:
            return None, [Problem(name, number, indent.index("\t") + 1, "tab used for indentation; indent with spaces")]
    doc = Document(name)
    quick, data = quickyaml.read(text, MAX_DEPTH)
    if quick:  # a problem's position, if one is needed, comes from composing the text then
        doc.data, doc.text = data, text
        return doc, []
    from . import strictyaml

    return strictyaml.parse(text, doc, events=quickyaml.anchor_like(text))
