"""A knowledge-base file's data with the schema's defaults filled in, without importing pydantic.

Compiling reads the data in this form, so a cold start can compile in one process while another imports pydantic
and validates (see readahead.py). The defaults come from the JSON Schema files that `wegwijzer schema` prints from
the models, so the models stay their one source; a test holds that, for valid data, the result is exactly what the
validated model dumps (`model_dump(mode="json")`): the same keys in the same order, floats where the model has one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

Filler = Callable[[Any], Any] | None  # None: the data stays as it is
_FILLERS: dict[str, Filler] = {}


def schema_dir() -> Path:
    """The JSON Schema files: shipped inside the package, or in a source checkout's schema/."""
    packaged = Path(__file__).parent / "schemas"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "schema"


def fill(name: str, data: Any) -> Any:
    """The data of the file `name` (themes.yaml ...) as its validated model would dump it; the data must be valid."""
    if name not in _FILLERS:
        schema = json.loads((schema_dir() / f"{name.removesuffix('.yaml')}.schema.json").read_text(encoding="utf-8"))
        _FILLERS[name] = _filler(schema, schema.get("$defs", {}), {})
    filler = _FILLERS[name]
    return filler(data) if filler is not None else data


def _filler(node: dict[str, Any], defs: dict[str, Any], made: dict[int, Filler]) -> Filler:
    """What a schema node does to valid data, worked out once per node (a file has thousands of terms)."""
    node = _resolved(node, defs)
    if id(node) in made:
        return made[id(node)]
    made[id(node)] = filler = _make(node, defs, made)
    return filler


def _make(node: dict[str, Any], defs: dict[str, Any], made: dict[int, Filler]) -> Filler:
    if "anyOf" in node:  # text or a mapping, a list or "all": the member of the data's own kind
        members = [(_kind(m, defs), _filler(m, defs, made)) for m in node["anyOf"]]
        if all(f is None for _, f in members):
            return None
        other = members[1][1] if len(members) == 2 else None
        if other is not None and members[0][1] is None and _resolved(node["anyOf"][0], defs).get("type") == "string":
            # text or one other kind (a bare term or a mapping: thousands of terms): valid data that is not text is
            # the other kind, no search needed
            return lambda data: data if type(data) is str else other(data)
        return lambda data: next(((f(data) if f else data) for kind, f in members if kind(data)), data)
    if "properties" in node:  # a model: its fields in their declared order, each default where one is left out
        fields = [(k, _filler(s, defs, made), "default" in s, s.get("default")) for k, s in node["properties"].items()]
        numbers = [k for k, spec in node["properties"].items() if spec.get("type") == "number"]
        if all(f is None or k in numbers for k, f, _, _ in fields) and not any(
            isinstance(d, (list, dict)) for _, _, _, d in fields
        ):  # scalars only (most are terms): one merge over a template in the declared order
            template = {k: d for k, _, _, d in fields}
            return lambda data: _floats({**template, **data}, numbers)
        return lambda data: {
            key: (f(data[key]) if f else data[key]) if key in data else _copy(default)
            for key, f, has_default, default in fields
            if has_default or key in data
        }
    if isinstance(node.get("additionalProperties"), dict):
        values = _filler(node["additionalProperties"], defs, made)
        return None if values is None else lambda data: {k: values(v) for k, v in data.items()}
    if "patternProperties" in node:
        patterns = [(re.compile(p), _filler(spec, defs, made)) for p, spec in node["patternProperties"].items()]
        if all(f is None for _, f in patterns):
            return None
        return lambda data: {k: _by_pattern(k, v, patterns) for k, v in data.items()}
    if isinstance(node.get("items"), dict):
        items = _filler(node["items"], defs, made)
        return None if items is None else lambda data: [items(item) for item in data]
    if node.get("type") == "number":
        return _as_float
    return None


def _as_float(value: Any) -> Any:
    """A float field given a whole number holds a float."""
    return float(value) if type(value) is int else value


def _floats(record: dict[str, Any], numbers: list[str]) -> dict[str, Any]:
    for key in numbers:
        record[key] = _as_float(record[key])
    return record


def _resolved(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """The schema node a `$ref` points to (the node itself when it has none)."""
    while "$ref" in node:
        node = defs[node["$ref"].rsplit("/", 1)[-1]]
    return node


def _by_pattern(key: str, value: Any, patterns: list[tuple[re.Pattern[str], Filler]]) -> Any:
    f = next((f for pattern, f in patterns if pattern.search(key)), None)
    return f(value) if f else value


_KINDS: dict[str, type | tuple[type, ...]] = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
    "number": (int, float),
    "integer": int,
}


def _kind(member: dict[str, Any], defs: dict[str, Any]) -> Callable[[Any], bool]:
    member = _resolved(member, defs)
    kind = _KINDS.get(member.get("type", ""))
    if kind is None:
        return lambda data: "enum" in member and data in member["enum"]
    if kind is bool:
        return lambda data: isinstance(data, bool)
    return lambda data: isinstance(data, kind) and not isinstance(data, bool)


def _copy(value: Any) -> Any:
    """A fresh copy of a default: no two records share one list."""
    if isinstance(value, list):
        return [_copy(v) for v in value]
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    return value
