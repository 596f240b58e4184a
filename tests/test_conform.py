"""Validating without pydantic (conform.py) accepts and refuses exactly what the models do, and gives the same data.

A cold start and `validate` decide validity with the stored core schema; only data it refuses goes to the models for
messages. Data the stored schema accepted and the models refuse would be a knowledge base that `ask` uses while it
is invalid, so the two are compared on the shipped data and on many mutations of it.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from wegwijzer import conform, kb, loader, schema

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "data"
KB_MIN = Path(__file__).parent / "fixtures" / "kb-min"
# what a mutation puts in place of a value: each breaks some field's type or constraint, and keeps others valid
ODD: list[Any] = [None, True, 0, -1, 2.5, 4, 100001, "", "x", "Bad Id", "ABCDE", "2024-13-01", "2024-02-03", "bogus"]
ODD += ["a" * 2001, [], {}, ["x"], {"term": "x"}, "active", "eerstelijns", "all", "rom"]


def _models_accept(name: str, data: Any) -> dict[str, Any] | None:
    model, _ = schema.check(loader.Document(name, data), schema.FILES[name])
    return model.model_dump() if model is not None else None


def test_stored_core_schema_is_the_models() -> None:
    stored = json.loads((ROOT / "schema" / "core.json").read_text(encoding="utf-8"))
    assert stored == json.loads(json.dumps(schema.core_schemas())), "run: wegwijzer schema core > schema/core.json"


@pytest.mark.parametrize("directory", [SHIPPED, KB_MIN], ids=["shipped", "kb-min"])
@pytest.mark.parametrize("name", kb.FILES)
def test_same_data_as_the_models(directory: Path, name: str) -> None:
    doc, problems = loader.read(directory / name)
    assert doc is not None, problems
    valid = conform.validated(name, doc.data)
    assert valid is not None
    assert valid == _models_accept(name, doc.data)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*path, i))


def _small(data: Any) -> Any:
    """The first two items of every list: the same kinds of node, quick to validate many times."""
    if isinstance(data, dict):
        return {k: _small(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_small(v) for v in data[:2]]
    return data


def _mutated(data: Any, rng: random.Random, paths: list[tuple[Any, ...]]) -> Any:
    out = copy.deepcopy(data)
    path = rng.choice(paths[1:])
    parent = out
    for part in path[:-1]:
        parent = parent[part]
    what = rng.random()
    if what < 0.15 and isinstance(parent, dict):
        del parent[path[-1]]  # a field left out: fine when it has a default, else missing
    elif what < 0.25 and isinstance(parent, dict):
        parent[rng.choice(["extra", "Id", "weight", "case"])] = rng.choice(ODD)  # unknown, or a field added
    else:
        parent[path[-1]] = copy.deepcopy(rng.choice(ODD))
    return out


@pytest.mark.parametrize("name", kb.FILES)
def test_accepts_and_refuses_what_the_models_do(name: str) -> None:
    doc, _ = loader.read(SHIPPED / name)
    assert doc is not None
    data = _small(doc.data)
    paths = list(_paths(data))
    rng = random.Random(name)
    outcomes = {True: 0, False: 0}
    for _ in range(250):
        mutant = _mutated(data, rng, paths)
        ours, theirs = conform.validated(name, mutant), _models_accept(name, mutant)
        assert ours == theirs, f"{name}: conform and the models disagree on {json.dumps(mutant)[:300]}"
        outcomes[ours is not None] += 1
    assert min(outcomes.values()) >= 10, outcomes  # both verdicts were really put to the test


def test_unreadable_core_schema_leaves_it_to_the_models(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "core.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(conform, "schema_dir", lambda: tmp_path)
    monkeypatch.setattr(conform, "_VALIDATORS", None)
    assert conform.validated("cues.yaml", {}) is None
    report = kb.validate(SHIPPED)
    assert not report.errors  # still valid: the models decided
