"""Schema validation of the YAML documents, with pydantic's findings mapped back to file:line:col."""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ValidationError

from .loader import Document, Loc, Problem
from .models import Cues, ProvidersFile, RegionsFile, ThemesFile

FILES: dict[str, type[BaseModel]] = {
    "themes.yaml": ThemesFile,
    "providers.yaml": ProvidersFile,
    "regions.yaml": RegionsFile,
    "cues.yaml": Cues,
}


def check(doc: Document, model: type[BaseModel]) -> tuple[BaseModel | None, list[Problem]]:
    """Validate one document against its model; report each wrong node once, at its own line."""
    try:
        # JSON mode: enum values and dates are accepted as the strings YAML gives, nothing else is coerced.
        return model.model_validate_json(json.dumps(doc.data)), []
    except ValidationError as exc:
        found: dict[Loc, Any] = {}
        for error in exc.errors():
            keep_last = error["type"] in ("missing", "extra_forbidden")
            found.setdefault(_resolve(doc.data, error["loc"], keep_last), error)
        # A union (a term is text or a mapping) fails once per member: keep the member that got furthest.
        deepest = [loc for loc in found if not any(o != loc and o[: len(loc)] == loc for o in found)]
        problems = [doc.problem(loc, f"{_dotted(loc) or 'file'}: {_message(found[loc])}") for loc in deepest]
        return None, sorted(problems)


def core_schemas() -> dict[str, Any]:
    """The models' pydantic-core schemas as plain data, by file name, which conform.py validates with when pydantic
    is not imported: each model becomes a typed dict with the same fields, defaults, strictness and refusal of
    unknown fields, each enum the literal of its values. It validates exactly as the models do (tests)."""
    return {name: _plain(model.__pydantic_core_schema__) for name, model in FILES.items()}


def _plain(node: Any) -> Any:
    if isinstance(node, list):
        return [_plain(n) for n in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any]
    if node.get("type") == "model":
        config = node.get("config", {})
        fields = {
            name: {
                "type": "typed-dict-field",
                "schema": _plain(f["schema"]),
                "required": f["schema"]["type"] != "default",
            }
            for name, f in node["schema"]["fields"].items()
        }
        out = {"type": "typed-dict", "fields": fields, "extra_behavior": config.get("extra_fields_behavior", "ignore")}
        out["config"] = {"strict": bool(config.get("strict"))}
    elif node.get("type") == "enum":
        out = {"type": "literal", "expected": [member.value for member in node["members"]]}
    else:
        out = {k: _plain(v) for k, v in node.items() if k not in ("metadata", "ref", "schema_ref")}
    for key in ("ref", "schema_ref"):  # "wegwijzer.models.Term:94471498233552" -> "Term": the same in every run
        if key in node:
            out[key] = re.sub(r":\d+$", "", node[key]).rsplit(".", 1)[-1]
    return out


def _resolve(data: Any, loc: tuple[Any, ...], keep_last: bool) -> Loc:
    """Follow an error location through the data, dropping pydantic's union-member labels."""
    path: list[str | int] = []
    node = data
    for index, part in enumerate(loc):
        in_dict = isinstance(node, dict) and part in node
        if in_dict or (isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)):
            node = node[part]
            path.append(part)
        elif keep_last and isinstance(node, dict) and isinstance(part, str) and index == len(loc) - 1:
            path.append(part)  # a missing or unexpected field of this mapping
    return tuple(path)


def _dotted(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _message(error: Any) -> str:
    kind = error["type"]
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (check the spelling; see `wegwijzer schema`)"
    message = str(error["msg"])
    given = error.get("input")
    if isinstance(given, (str, int, float, bool)) or given is None:
        shown = json.dumps(given, ensure_ascii=False)
        message += f" (got {shown[:60]})"
    return message
