"""Shared fixtures: no test touches the user's cache or depends on the environment's knowledge base."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from wegwijzer.index import Index
from wegwijzer.kb import data_dir, load

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("WEGWIJZER_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("WEGWIJZER_DATA", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    yield


@pytest.fixture(scope="session")
def shipped() -> dict[str, Any]:
    """The compiled shipped knowledge base (validated once per session, never cached to disk)."""
    return load(data_dir(), use_cache=False)


@pytest.fixture(scope="session")
def index(shipped: dict[str, Any]) -> Index:
    return Index(shipped)


@pytest.fixture(scope="session")
def mini() -> Index:
    return Index(load(FIXTURES / "kb-min", use_cache=False))
