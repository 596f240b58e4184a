"""The warm `ask --json` path never imports the heavy modules: start-up time is a feature."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("yaml", "yaml_rs", "pydantic", "rich", "typer", "wegwijzer.models", "wegwijzer.loader", "importlib.metadata")

PROBE = """
import json, sys
sys.argv = ["wegwijzer", "ask", "--json", "ik zoek personeel voor mijn bakkerij in Zwolle"]
from wegwijzer.entry import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in {"yaml", "yaml_rs", "pydantic", "rich", "typer", "wegwijzer", "importlib"})), file=sys.stderr)
"""


def _modules(tmp_path: Path) -> set[str]:
    env = {**os.environ, "WEGWIJZER_CACHE": str(tmp_path / "cache")}
    subprocess.run([sys.executable, "-c", PROBE], env=env, check=True, capture_output=True)  # fills the cache
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, check=True, capture_output=True, text=True)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_warm_ask_json_skips_heavy_modules(tmp_path: Path) -> None:
    loaded = _modules(tmp_path)
    assert "wegwijzer.advise" in loaded  # the probe really answered
    assert not loaded.intersection(HEAVY), sorted(loaded.intersection(HEAVY))


def test_cold_ask_json_validates_without_pydantic(tmp_path: Path) -> None:
    """A cold start validates with the stored core schema (conform.py): importing pydantic and building the models
    cost ~180 ms of it."""
    env = {**os.environ, "WEGWIJZER_CACHE": str(tmp_path / "cold")}
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, check=True, capture_output=True, text=True)
    loaded = set(json.loads(done.stderr.strip().splitlines()[-1]))
    assert "wegwijzer.conform" in loaded  # the probe really validated
    assert not {m for m in loaded if m.split(".")[0] == "pydantic"}, sorted(loaded)
    assert list((tmp_path / "cold").glob("kb-*.jsonl"))  # and cached what it built


def test_cold_ask_json_reads_the_shipped_files_without_pyyaml(tmp_path: Path) -> None:
    """Every shipped file is one the quick reader takes (quickyaml.py): PyYAML is not even imported on a cold start.
    A file it declined would show as the strict reader's import."""
    env = {**os.environ, "WEGWIJZER_CACHE": str(tmp_path / "cold")}
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, check=True, capture_output=True, text=True)
    loaded = set(json.loads(done.stderr.strip().splitlines()[-1]))
    assert "yaml_rs" in loaded
    assert not {m for m in loaded if m.split(".")[0] == "yaml" or m == "wegwijzer.strictyaml"}, sorted(loaded)
