"""Schema validation without importing pydantic: the models' core schema, stored as plain data, run by pydantic-core.

On a cold start, importing pydantic and building the models took ~180 ms; pydantic-core alone, the validator that
pydantic itself runs, takes ~50 ms. `wegwijzer schema core` writes the models' schemas as plain data
(schema/core.json, shipped in the wheel beside the JSON Schema files); tests hold that it is the models' own and that
it accepts and refuses exactly what they do. Only the verdict is used: data found wrong here is validated again with
the models, whose findings carry the messages and positions `validate` reports.
"""

from __future__ import annotations

import json
from typing import Any

from .defaults import schema_dir

_VALIDATORS: dict[str, Any] | None = None


def validated(name: str, data: Any) -> dict[str, Any] | None:
    """The data of the file `name` (themes.yaml ...) as the model validates it (defaults filled in, dates as dates),
    or None when it does not conform, or cannot be checked here (then the models decide)."""
    validator = _validators().get(name)
    if validator is None:
        return None
    try:
        # JSON mode, as schema.check: enum values and dates are accepted as the strings YAML gives
        out = validator.validate_json(json.dumps(data))
    except ValueError:  # pydantic-core's ValidationError is one
        return None
    return out if isinstance(out, dict) else None


def _validators() -> dict[str, Any]:
    global _VALIDATORS  # noqa: PLW0603 - built once per process
    if _VALIDATORS is None:
        try:
            from pydantic_core import SchemaValidator

            stored = json.loads((schema_dir() / "core.json").read_text(encoding="utf-8"))
            _VALIDATORS = {name: SchemaValidator(schema) for name, schema in stored.items()}
        except Exception:  # noqa: BLE001 - missing, damaged, or another pydantic-core's format: the models decide
            _VALIDATORS = {}
    return _VALIDATORS
