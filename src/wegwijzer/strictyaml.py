"""The strict YAML reader (PyYAML with libyaml): plain data only, every refusal with its position.

Used for the files the quick reader declines (quickyaml.py), and to find the position of a problem in any file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Any

import yaml

from .loader import MAX_DEPTH, Document, Loc, Problem
from .text import has_unsafe

_BOOL_WORDS = {"true", "false"}
_SUSPECT_INT = re.compile(r"^[-+]?(0[0-9_]+|0[xXoObB].*|.*[:_].*)$")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_resolver = yaml.resolver.Resolver()
_PLAIN = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")}
_STR = "tag:yaml.org,2002:str"


class _Refused(Exception):
    def __init__(self, mark: Any, message: str) -> None:
        super().__init__(message)
        self.line = mark.line + 1 if mark is not None else 1
        self.col = mark.column + 1 if mark is not None else 1
        self.message = message


def parse(text: str, doc: Document, *, events: bool) -> tuple[Document | None, list[Problem]]:
    """Read `text` into `doc`: event by event where anchors may be (exact), else from the composed node tree."""
    name = doc.file
    try:
        if events:  # the event stream shows every anchor and alias
            doc.data = _build(yaml.parse(text, Loader=_Loader), doc)
        else:
            doc.node = yaml.compose(text, Loader=_Loader)
            doc.data = _walk(doc.node, 0, set())
    except _Refused as exc:
        return None, [Problem(name, exc.line, exc.col, exc.message)]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if "expected a single document" in f"{exc.context} {exc.problem}":
            return None, [Problem(name, *_at(mark), "more than one YAML document in the file")]
        message = " ".join(part for part in (exc.context, exc.problem) if part) or "invalid YAML"
        at = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return None, [Problem(name, *at, f"YAML syntax: {message}")]
    except yaml.YAMLError as exc:
        return None, [Problem(name, 1, 1, f"YAML syntax: {exc}")]
    return doc, []


def positions(text: str, out: dict[Loc, tuple[int, int]]) -> None:
    """The position of every node and key of a text that was read quickly (composed again, for a problem)."""
    _positions(yaml.compose(text, Loader=_Loader), (), out)


def node_positions(node: Any, out: dict[Loc, tuple[int, int]]) -> None:
    """The position of every node and key of a composed tree."""
    _positions(node, (), out)


def _positions(node: Any, path: Loc, out: dict[Loc, tuple[int, int]]) -> None:
    out[path] = _at(node.start_mark)
    if isinstance(node, yaml.SequenceNode):
        for i, child in enumerate(node.value):
            _positions(child, (*path, i), out)
    elif isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            out[(*path, key_node.value, "#key")] = _at(key_node.start_mark)
            _positions(value_node, (*path, key_node.value), out)


def _walk(node: Any, depth: int, seen: set[int]) -> Any:
    """Turn a composed node tree into dicts, lists and scalars (the fast path for files without anchors)."""
    if isinstance(node, yaml.ScalarNode):
        value = node.value
        if node.tag == _STR and value.isprintable():  # most scalars: plain text, nothing to refuse
            return value
        return _scalar_node(node)
    if id(node) in seen:
        raise _Refused(node.start_mark, "alias is not allowed; write the value out")
    seen.add(id(node))
    if depth > MAX_DEPTH:
        raise _Refused(node.start_mark, f"nested deeper than {MAX_DEPTH} levels")
    if node.tag not in ("tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"):
        raise _Refused(node.start_mark, f"tag {node.tag} is not allowed; plain data only")
    if isinstance(node, yaml.SequenceNode):
        return [_walk(child, depth + 1, seen) for child in node.value]
    out: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise _Refused(key_node.start_mark, "a key must be plain text")
        if key_node.tag == _STR and key_node.value.isprintable():
            key = key_node.value
        else:
            merge = key_node.tag == "tag:yaml.org,2002:merge"
            key = _as_key(key_node.value, merge, partial(_scalar_node, key_node), key_node.start_mark)
        if key in out:
            first = next(k for k, _ in node.value if k.value == key_node.value)
            raise _Refused(key_node.start_mark, f"duplicate key '{key}' (first at line {first.start_mark.line + 1})")
        out[key] = _walk(value_node, depth + 1, seen)
    return out


def _scalar_node(node: Any) -> Any:
    if node.tag not in _PLAIN:
        raise _Refused(node.start_mark, f"tag {node.tag} is not allowed; plain data only")
    plain = node.style is None or node.style == ""
    return _typed(node.value, node.tag if plain else "tag:yaml.org,2002:str", node.start_mark)


def _build(events: Any, doc: Document) -> Any:
    """Turn the event stream into dicts, lists and scalars, refusing what plain data does not need."""
    stack: list[tuple[Any, Loc, Any]] = []  # (container, path, pending key for a mapping)
    result: Any = None
    documents = 0
    for event in events:
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _Refused(event.start_mark, "more than one YAML document in the file")
            continue
        if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
            continue
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(event.start_mark, f"alias *{event.anchor} is not allowed; write the value out")
        if getattr(event, "anchor", None):
            raise _Refused(event.start_mark, f"anchor &{event.anchor} is not allowed; write the value out")
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            container, _, _ = stack.pop()
            if not stack:
                result = container
            continue
        if isinstance(event, yaml.ScalarEvent) and stack and isinstance(stack[-1][0], dict) and stack[-1][2] is None:
            container, path, _ = stack[-1]
            key = _key(event)
            if key in container:
                first = doc.positions[(*path, key, "#key")][0]
                raise _Refused(event.start_mark, f"duplicate key '{key}' (first at line {first})")
            doc.positions[(*path, key, "#key")] = _at(event.start_mark)
            stack[-1] = (container, path, key)
            continue
        path = _child_path(stack)
        if len(path) > MAX_DEPTH:
            raise _Refused(event.start_mark, f"nested deeper than {MAX_DEPTH} levels")
        doc.positions[path] = _at(event.start_mark)
        if isinstance(event, yaml.ScalarEvent):
            value: Any = _scalar(event)
        elif isinstance(event, yaml.MappingStartEvent):
            _no_tag(event)
            value = {}
        elif isinstance(event, yaml.SequenceStartEvent):
            _no_tag(event)
            value = []
        else:  # pragma: no cover - PyYAML emits no other event kinds
            raise _Refused(event.start_mark, f"unexpected YAML event {type(event).__name__}")
        if not stack:
            result = value
        else:
            _attach(stack, value)
        if isinstance(value, (dict, list)):
            stack.append((value, path, None))
    return result


def _at(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _child_path(stack: list[tuple[Any, Loc, Any]]) -> Loc:
    if not stack:
        return ()
    container, path, key = stack[-1]
    return (*path, key) if isinstance(container, dict) else (*path, len(container))


def _attach(stack: list[tuple[Any, Loc, Any]], value: Any) -> None:
    container, path, key = stack[-1]
    if isinstance(container, dict):
        container[key] = value
        stack[-1] = (container, path, None)
    else:
        container.append(value)


def _no_tag(event: Any) -> None:
    if event.tag and not event.implicit:
        raise _Refused(event.start_mark, f"tag {event.tag} is not allowed; plain data only")


def _key(event: Any) -> str:
    merge = event.value == "<<" and event.implicit[0]
    return _as_key(event.value, merge, lambda: _scalar(event), event.start_mark)


def _as_key(raw: str, merge: bool, read: Callable[[], Any], mark: Any) -> str:
    """A mapping key, which must be plain text (both reading paths share these rules)."""
    if merge:
        raise _Refused(mark, "merge key '<<' is not allowed; write the keys out")
    try:
        value = read()
    except _Refused as exc:
        exc.message = f"key {exc.message}"
        raise
    if not isinstance(value, str):
        raise _Refused(mark, f"key '{raw}' is not read as text by YAML; quote it")
    return value


def _scalar(event: Any) -> Any:
    if event.tag and event.tag != "!":
        raise _Refused(event.start_mark, f"tag {event.tag} is not allowed; plain data only")
    value: str = event.value
    if not event.implicit[0]:  # quoted, or a block scalar: text as written
        tag = "tag:yaml.org,2002:str"
    else:
        tag = str(_resolver.resolve(yaml.ScalarNode, value, event.implicit))  # type: ignore[no-untyped-call]
    return _typed(value, tag, event.start_mark)


def _typed(value: str, tag: str, mark: Any) -> Any:
    """A scalar as plain data; YAML 1.1's surprising readings are refused."""
    if tag.endswith(":str") or tag.endswith(":timestamp"):
        if has_unsafe(value):
            bad = next(ch for ch in value if has_unsafe(ch))
            raise _Refused(mark, f"control or format character U+{ord(bad):04X} in text; remove it")
        return value
    if tag.endswith(":null"):
        return None
    if tag.endswith(":bool"):
        if value.lower() not in _BOOL_WORDS:
            raise _Refused(mark, f"'{value}' is read as a boolean by YAML 1.1; write true/false, or quote it as text")
        return value.lower() == "true"
    if tag.endswith(":int"):
        if _SUSPECT_INT.match(value):
            raise _Refused(mark, f"'{value}' is read as a number by YAML 1.1; quote it as text")
        return int(value)
    if tag.endswith(":float"):
        if ":" in value or value.lower().lstrip("+-") in {".inf", ".nan"}:
            raise _Refused(mark, f"'{value}' is read as a number by YAML 1.1; quote it as text")
        return float(value.replace("_", ""))
    raise _Refused(mark, f"value '{value}' of type {tag} is not allowed")
