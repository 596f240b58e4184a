"""Schema validation of the YAML documents, with pydantic's findings mapped back to file:line:col."""

from __future__ import annotations

import json
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Models:
    """The four validated files of a knowledge base."""

    themes: ThemesFile
    providers: ProvidersFile
    regions: RegionsFile
    cues: Cues


def check(doc: Document, model: type[BaseModel]) -> tuple[BaseModel | None, list[Problem]]:
    """Validate one document against its model; report each wrong node once, at its own line."""
    try:
        # JSON mode: enum values and dates are accepted as the strings YAML gives, nothing else is coerced.
        return model.model_validate_json(json.dumps(doc.data)), []
    except ValidationError as exc:
        seen: dict[Loc, Problem] = {}
        for error in exc.errors():
            loc = _resolve(doc.data, error["loc"])
            if loc in seen:
                continue
            seen[loc] = doc.problem(loc, f"{_dotted(loc) or 'file'}: {_message(error)}")
        return None, sorted(seen.values())


def _resolve(data: Any, loc: tuple[Any, ...]) -> Loc:
    """Follow an error location through the data, dropping pydantic's union-member labels."""
    path: list[str | int] = []
    node = data
    for index, part in enumerate(loc):
        if isinstance(node, dict) and part in node:
            node = node[part]
            path.append(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            path.append(part)
        elif isinstance(node, dict) and isinstance(part, str) and index == len(loc) - 1:
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
