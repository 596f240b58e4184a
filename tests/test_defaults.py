"""Filling in the schema's defaults without pydantic gives exactly what the validated models dump.

Compiling reads the filled data (a cold start compiles before pydantic has even been imported), so any difference
here would be a knowledge base that answers differently from a cold start than from `wegwijzer validate`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wegwijzer import kb, loader, schema
from wegwijzer.defaults import fill, schema_dir

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SHIPPED = ROOT / "data"


def _same_as_dump(name: str, data: Any) -> None:
    model, problems = schema.check(loader.Document(name, data), schema.FILES[name])
    assert model is not None, problems
    dumped = json.dumps(model.model_dump(mode="json"), ensure_ascii=False)  # json: 1 and 1.0 differ, key order counts
    assert json.dumps(fill(name, data), ensure_ascii=False) == dumped


@pytest.mark.parametrize("directory", [SHIPPED, FIXTURES / "kb-min"], ids=["shipped", "kb-min"])
@pytest.mark.parametrize("name", kb.FILES)
def test_filled_data_is_the_model_dump(directory: Path, name: str) -> None:
    doc, problems = loader.read(directory / name)
    assert doc is not None, problems
    _same_as_dump(name, doc.data)


def test_every_optional_field_left_out_and_whole_numbers_for_floats() -> None:
    term = {"term": "fooi", "weight": 2}  # a whole number where the model holds a float
    themes = {
        "themes": [
            {
                "id": "t",
                "code": "TTT",
                "name": "T",
                "name_en": "T",
                "description": "d",
                "primary_weight": 1,
                "terms": ["kaal", term, {"term": "NOW", "case": True}],
                "subtopics": [
                    {"id": "t-a", "name": "A", "name_en": "A", "ask": ["vraag", {"text": "waar?"}], "sought_money": 1},
                    {"id": "t-b", "name": "B", "name_en": "B"},
                ],
                "sources": ["s"],
            }
        ]
    }
    _same_as_dump("themes.yaml", themes)
    provider = {
        "id": "p",
        "name": "P",
        "description": "d",
        "kind": "stichting",
        "level": "landelijk",
        "line": "eerstelijns",
        "themes": ["t"],
        "offers": ["advies"],
        "schemes": [{"id": "s", "name": "S", "themes": ["t"]}],
        "contacts": [{"type": "website", "value": "https://example.org"}],
        "sources": ["s"],
        "checked": "2026-01-01",
    }
    _same_as_dump("providers.yaml", {"providers": [provider, {**provider, "id": "q", "regions": ["utrecht"]}]})
    cues = json.loads(json.dumps(_required_cues()))
    cues["private_referrals"] = {"juridisch-loket": ["scheiden", {"term": "erfenis", "weight": 1}]}
    cues["segment"] = {"groeien": [{"term": "groei", "weight": 3}]}
    cues["numbers"] = {"twaalf": 12}  # an int field stays an int
    _same_as_dump("cues.yaml", cues)


def test_defaults_are_never_shared_between_records() -> None:
    filled = fill("themes.yaml", {"themes": [_theme("a"), _theme("b")]})
    first, second = (t["subtopics"][0]["related"] for t in filled["themes"])
    first.append("x")
    assert second == []


def test_the_schema_files_are_found() -> None:
    assert sorted(p.name for p in schema_dir().glob("*.schema.json")) == sorted(
        f"{n.removesuffix('.yaml')}.schema.json" for n in kb.FILES
    )


def _theme(tid: str) -> dict[str, Any]:
    sub = {"id": f"{tid}-s", "name": "S", "name_en": "S"}
    return {
        "id": tid,
        "code": "TTT",
        "name": "T",
        "name_en": "T",
        "description": "d",
        "subtopics": [sub],
        "sources": [],
    }


def _required_cues() -> dict[str, Any]:
    doc, problems = loader.read(FIXTURES / "kb-min" / "cues.yaml")
    assert doc is not None, problems
    fields = schema.FILES["cues.yaml"].model_fields
    return {k: v for k, v in doc.data.items() if fields[k].is_required()}
