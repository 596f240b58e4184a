"""The JSON Schema files editors use are the ones `wegwijzer schema` prints today."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wegwijzer.schema import FILES

SCHEMA = Path(__file__).resolve().parents[1] / "schema"


@pytest.mark.parametrize("name", sorted(FILES))
def test_schema_file_is_current(name: str) -> None:
    stem = name.removesuffix(".yaml")
    model = FILES[name]
    shipped = json.loads((SCHEMA / f"{stem}.schema.json").read_text(encoding="utf-8"))
    assert shipped == model.model_json_schema(mode="validation"), (
        f"run: wegwijzer schema {stem} > schema/{stem}.schema.json"
    )


@pytest.mark.parametrize("name", sorted(FILES))
def test_data_files_point_editors_at_their_schema(name: str) -> None:
    first = (Path(__file__).resolve().parents[1] / "data" / name).read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=../schema/{name.removesuffix('.yaml')}.schema.json"
