"""The quick YAML reader: yaml-rs (Rust) for files that PyYAML would read to the same data, and nothing else.

Parsing the largest data file was the longest single step of a cold start (PyYAML with libyaml: ~110 ms for the
themes file, most of it building node objects; yaml-rs: ~8 ms). But yaml-rs reads YAML 1.2, the strict loader
(strictyaml.py) PyYAML's 1.1 with its surprises refused. So a file is read quickly only when the two cannot differ, and
otherwise `read` declines and the strict loader reads it, reporting every problem at its position:

- before parsing, the text is searched for what only the strict loader handles: characters PyYAML does not accept,
  document markers and directives, tags, and numbers spelt in a way the two versions read differently (``010``,
  ``0o17``, ``0x1F``, ``1e3``, ``-.5``, ``.inf``) outside comments;
- after parsing, every text is checked: unsafe characters; a text that YAML 1.1 would read as something else when
  written plainly (``no``, ``on``, ``1_000``, ``1:30``, ``<<``) is accepted only when no plain occurrence of it
  could be in the file (it was quoted); keys must be text; floats finite; nesting within the strict loader's limit.

Declining is always safe (only slower), so every rule errs towards it. tests/test_quickyaml.py compares the two readers
on the shipped files, on the tricky spellings, and on generated documents.
"""

from __future__ import annotations

import math
import re
from typing import Any

import yaml_rs

from .text import has_unsafe

# PyYAML's implicit readings that are not text, by first character (as its resolver keys them); kept here rather
# than imported so that a quick read needs no PyYAML (tests check they match PyYAML's own).
_NOT_TEXT = re.compile(
    r"(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"
    r"|[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?$|\.[0-9_]+(?:[eE][-+][0-9]+)?$"
    r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$|[-+]?\.(?:inf|Inf|INF)$|\.(?:nan|NaN|NAN)$"
    r"|[-+]?0b[0-1_]+$|[-+]?0[0-7_]+$|[-+]?(?:0|[1-9][0-9_]*)$|[-+]?0x[0-9a-fA-F_]+$|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+$"
    r"|~$|null$|Null$|NULL$|$|<<$|=$"
)
_FIRST = frozenset("yYnNtTfFoO-+0123456789.~<=")
# Characters PyYAML's reader refuses (its NON_PRINTABLE), which yaml-rs may let through.
_UNREADABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_MARKERS = ("---", "...", "%")  # at a line's start: a document marker or a directive
_TAG = re.compile(r"(?<![^\s\[{,])!")
# Where a plain scalar can start: a line's indentation, a flow indicator, or a block indicator and a space.
_START = r"(?:^[ \t]*|[\[{,][ \t]*|[:?-][ \t]+)"
# Where one can end: the line's end, a flow indicator, a mapping colon, or a comment.
_END = r"(?=[ \t]*(?:$|[,\]}]|:[ \t]|:$|#))"
# A token that could be a whole plain scalar and, by its first character, a number.
_TOKEN = re.compile(_START + r"([-+._0-9][^\s,\[\]{}]*)" + _END, re.MULTILINE)
# The numbers PyYAML reads to the same value as yaml-rs. yaml-rs reads more spellings as numbers than YAML 1.2's core
# schema has (``1_000``, ``_1``, ``0B11``, ``1e3``), and each of those holds one of the _HINT marks: a leading zero
# before a digit or letter, an exponent, an underscore by a digit, a sign before the point, infinity, not-a-number.
_NUMBER_SAME = re.compile(r"[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]*(?:[eE][-+][0-9]+)?)?|\.[0-9]+(?:[eE][-+][0-9]+)?")
_HINT = re.compile(  # written to test one character class first: a plain alternation took three times as long
    r"[.0-9+_-](?:(?<=0)[0-9a-zA-Z]|[eE](?<=[.0-9][eE])|\.(?<=[-+]\.)|(?<=\.)(?i:inf|nan)|_(?<=[0-9]_)|(?<=_)[0-9])"
)


# Anything that could start an anchor or alias (after a line start, a space or an indicator, outside a comment line)
# sends a file down the exact event-by-event path. The mark is searched for first: a regex that tried every line
# start took a fifth of the time of parsing the largest file.
_ANCHOR_MARK = re.compile(r"[&*][^\s\[\]{},]")
_BEFORE_ANCHOR = frozenset(" \t\n\r\x0b\x0c[{,:?-")


class Declined(Exception):
    """The file needs the strict loader."""


def read(text: str, max_depth: int) -> tuple[bool, Any]:
    """(True, data) when yaml-rs read the text to what the strict loader would give; (False, None) otherwise."""
    if anchor_like(text):
        return False, None
    try:
        _screen(text)
        data = yaml_rs.loads(text, parse_datetime=False)  # duplicate keys raise (the library's default policy)
        _check(data, text, max_depth)
    except (Declined, yaml_rs.YAMLDecodeError, ValueError, TypeError, RecursionError):
        return False, None
    except BaseException as exc:  # a panic in the Rust parser: pyo3 raises it as a BaseException
        if type(exc).__name__ != "PanicException":
            raise
        return False, None  # the strict reader reads it, and reports what is wrong
    return True, data


def _screen(text: str) -> None:
    if _UNREADABLE.search(text) or text.startswith(_MARKERS) or any(f"\n{m}" in text for m in _MARKERS):
        raise Declined
    for found in _TAG.finditer(text) if "!" in text else ():
        if not _in_comment(text, found.start()):
            raise Declined
    lines = {text.rfind("\n", 0, hint.start()) + 1 for hint in _HINT.finditer(text)}
    for start in lines:
        line = text[start : text.find("\n", start) % (len(text) + 1)]
        for found in _TOKEN.finditer(line):
            token = found.group(1)
            if not _NUMBER_SAME.fullmatch(token) and _read_as_number(token) and not _in_comment(line, found.start(1)):
                raise Declined


def _read_as_number(token: str) -> bool:
    """Whether yaml-rs reads the token, standing alone as a plain value, as anything but text."""
    try:
        read: Any = yaml_rs.loads("k: " + token, parse_datetime=False)
        return not isinstance(read["k"], str)
    except (yaml_rs.YAMLDecodeError, ValueError, TypeError, KeyError):
        return True


def _in_comment(text: str, at: int) -> bool:
    """Surely inside a comment: a '#' opens one earlier on the line, and no quote before it could hide that '#'."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    hash_at = before.find("#")
    while hash_at > 0 and before[hash_at - 1] not in " \t":
        hash_at = before.find("#", hash_at + 1)
    return hash_at >= 0 and '"' not in before[:hash_at] and "'" not in before[:hash_at]


def _check(data: Any, source: str, max_depth: int) -> None:
    """Walks the parsed data; raises Declined where the strict loader could read the file differently."""
    if type(data) not in (dict, list):
        raise Declined  # a file of one scalar is no data file: the strict loader says what it is
    texts: set[str] = set()
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if depth >= max_depth:
            raise Declined
        if type(node) is dict:
            for key in node:
                if type(key) is not str:
                    raise Declined
            texts.update(node)
            items: Any = node.values()
        else:
            items = node
        for item in items:
            kind = type(item)
            if kind is str:
                texts.add(item)
            elif kind is dict or kind is list:
                stack.append((item, depth + 1))
            elif kind is float:
                if not math.isfinite(item):
                    raise Declined
            elif not (kind is int or kind is bool or item is None):
                raise Declined
    for text in texts:
        if not text.isprintable() and has_unsafe(text):
            raise Declined
        # a form PyYAML reads as no text is empty, or starts with one of _FIRST; beyond five characters, with a sign,
        # a point or a digit (a number)
        maybe = not text or (text[0] in _FIRST and (len(text) <= 5 or text[0] in _NUMERIC))
        if maybe and _NOT_TEXT.match(text) and _plain_somewhere(source, text):
            raise Declined


_NUMERIC = frozenset("-+.0123456789")


def _plain_somewhere(source: str, value: str) -> bool:
    """Whether `value` could stand unquoted in the source: bounded as a plain scalar would be."""
    if not value or "\n" in value:
        return True  # an empty value reads as null when plain (a quoted empty text is rare enough to decline); a
        # value with a line break (a block scalar's "on\n") is not looked for line by line
    bounded = re.compile(_START + re.escape(value) + _END, re.MULTILINE)
    at = source.find(value)
    while at >= 0:  # only the lines that hold it: a search of the whole text tried every position
        start, end = source.rfind("\n", 0, at) + 1, source.find("\n", at)
        line = source[start : end if end >= 0 else len(source)]
        if bounded.search(line):
            return True
        at = source.find(value, end) if end >= 0 else -1
    return False


def anchor_like(text: str) -> bool:
    """True when a line that is not a comment could hold an anchor or an alias."""
    for mark in _ANCHOR_MARK.finditer(text):
        at = mark.start()
        if at and text[at - 1] not in _BEFORE_ANCHOR:
            continue  # inside a word: "R&D"
        line_start = text.rfind("\n", 0, at) + 1
        if not text[line_start:at].lstrip(" \t").startswith("#"):
            return True
    return False
