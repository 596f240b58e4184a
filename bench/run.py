"""Start-up and throughput benchmark of the wegwijzer CLI, as ratios to the floor `python -c "import rapidfuzz"`.

Usage: python bench/run.py [--quick] [--out bench/results.md]

Every measure is the median wall time of repeated runs of a fresh process, measured in one session so the ratios
compare like with like: the commands with a ratio target run in turns with the floor, so load on a shared machine
falls on all alike (the floor, warm `ask`, rich output and the ten-fold warm `ask` in one group; the floor, the cold
start and validate in another, so cold runs do not disturb warm ones); the ten-fold cold start runs after them.
Nothing here is a test: the figures are reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
PY = sys.executable
_SCRIPT = Path(PY).parent / "wegwijzer"
WEGWIJZER = [str(_SCRIPT)] if _SCRIPT.exists() else [PY, "-c", "from wegwijzer.entry import main; main()"]
QUESTION = "we hebben een betalingsachterstand bij de belastingdienst en de deurwaarder belt, bakkerij in Sneek"
FILLER = ["we", "willen", "graag", "weten", "hoe", "het", "zit", "met", "onze", "zaak", "in", "Utrecht", "en", "de"]


def _run_ms(cmd: list[str], env: dict[str, str], cold: bool = False) -> float:
    """Wall time of one run of `cmd` in milliseconds; a cold run gets an empty cache directory of its own."""
    run_env = {**env, "WEGWIJZER_CACHE": tempfile.mkdtemp(prefix="wz-cold-")} if cold else env
    start = time.perf_counter()
    subprocess.run(cmd, env=run_env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = (time.perf_counter() - start) * 1000
    if cold:
        shutil.rmtree(run_env["WEGWIJZER_CACHE"], ignore_errors=True)
    return elapsed


def cold_median_ms(cmd: list[str], runs: int, env: dict[str, str]) -> float:
    """Median wall time of `cmd` in milliseconds over `runs` fresh processes, each with an empty cache."""
    return statistics.median(_run_ms(cmd, env, cold=True) for _ in range(runs))


def in_turns(
    cmds: dict[str, tuple[list[str], dict[str, str]]], runs: int, fresh: frozenset[str] = frozenset()
) -> dict[str, float]:
    """Median wall time in milliseconds of each command, run in turns after two warm-up rounds; the commands in
    `fresh` get an empty cache directory every run (a cold start)."""
    times: dict[str, list[float]] = {label: [] for label in cmds}
    for round_ in range(runs + 2):
        for label, (cmd, env) in cmds.items():
            ms = _run_ms(cmd, env, cold=label in fresh)
            if round_ >= 2:
                times[label].append(ms)
    return {label: statistics.median(t) for label, t in times.items()}


def questions(n: int, seed: int = 7) -> list[str]:
    """Synthetic questions built from the knowledge base's own vocabulary (no labelled questions are used)."""
    themes = yaml.safe_load((DATA / "themes.yaml").read_text(encoding="utf-8"))
    words: list[str] = []
    for theme in themes["themes"]:
        for spec in theme.get("terms", []):
            words.append(spec if isinstance(spec, str) else spec["term"])
        for sub in theme["subtopics"]:
            for spec in sub.get("terms", []):
                words.append(spec if isinstance(spec, str) else spec["term"])
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = rng.sample(FILLER, 5) + rng.sample(words, min(3, len(words)))
        rng.shuffle(parts)
        out.append(" ".join(parts))
    return out


def batch_rate(env: dict[str, str], n: int) -> float:
    """Questions per second of `ask --json --file` over n questions (one process, warm cache)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as handle:
        handle.write("\n".join(questions(n)) + "\n")
        path = handle.name
    try:
        start = time.perf_counter()
        subprocess.run([*WEGWIJZER, "ask", "--json", "--file", path], env=env, check=True, stdout=subprocess.DEVNULL)
        return n / (time.perf_counter() - start)
    finally:
        Path(path).unlink()


def scaled_kb(factor: int, target: Path) -> None:
    """A synthetic knowledge base `factor` times the shipped one: parties, schemes, places, terms and examples.

    The added parties are regional, one province each, as the knowledge base is expected to grow (more regional
    parties, schemes and municipalities); their themes, sub-questions and schemes are those of the party copied.
    """
    target.mkdir(parents=True, exist_ok=True)
    themes = yaml.safe_load((DATA / "themes.yaml").read_text(encoding="utf-8"))
    providers = yaml.safe_load((DATA / "providers.yaml").read_text(encoding="utf-8"))
    regions = yaml.safe_load((DATA / "regions.yaml").read_text(encoding="utf-8"))
    rng = random.Random(factor)

    def fake_word() -> str:
        return "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(3, 5)))

    for theme in themes["themes"]:
        for sub in theme["subtopics"]:
            extra_terms = [f"{fake_word()} {fake_word()}" for _ in range(len(sub.get("terms", [])) * (factor - 1))]
            sub["terms"] = list(sub.get("terms", [])) + extra_terms
            examples = list(sub.get("examples", []))
            sub["examples"] = examples + [f"{e} {fake_word()}" for e in examples * (factor - 1)]
    originals = list(providers["providers"])
    provinces = [prov["id"] for prov in regions["provinces"]]
    for copy in range(1, factor):
        for p in originals:
            clone = json.loads(json.dumps(p, default=str))
            clone["id"] = f"{p['id']}-x{copy}"
            clone["name"] = f"{p['name']} {fake_word()}"
            clone["aliases"] = [fake_word()]
            if clone.get("regions", "all") == "all":  # a regional party keeps its own province (and its areas)
                clone["regions"] = [rng.choice(provinces)]
            for scheme in clone.get("schemes", []):
                scheme["id"] = f"{scheme['id']}-x{copy}"
                scheme["name"] = f"{fake_word()} {fake_word()}"
                scheme["aliases"] = []
            providers["providers"].append(clone)
    for n, prov in enumerate(regions["provinces"]):
        extra = [f"{fake_word().title()}-{n}-{i}" for i in range(40 * (factor - 1))]  # unique: one province each
        prov["places"] = list(prov.get("places", [])) + extra
    (target / "themes.yaml").write_text(yaml.safe_dump(themes, allow_unicode=True), encoding="utf-8")
    (target / "providers.yaml").write_text(yaml.safe_dump(providers, allow_unicode=True), encoding="utf-8")
    (target / "regions.yaml").write_text(yaml.safe_dump(regions, allow_unicode=True), encoding="utf-8")
    shutil.copy(DATA / "cues.yaml", target / "cues.yaml")


def size_kb(directory: Path) -> int:
    return sum((directory / n).stat().st_size for n in ("themes.yaml", "providers.yaml", "regions.yaml", "cues.yaml"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few runs and a small batch: proves the script works")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results.md"), help="where to write the table")
    args = parser.parse_args()
    runs = 5 if args.quick else 30
    batch_n = 1_000 if args.quick else 10_000

    work = Path(tempfile.mkdtemp(prefix="wz-bench-"))
    env = {**os.environ, "WEGWIJZER_CACHE": str(work / "cache"), "NO_COLOR": "1", "TERM": "xterm"}
    env.pop("WEGWIJZER_DATA", None)
    # As on an advisor's machine, compiled bytecode is kept: without it every run recompiles wegwijzer's modules.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    big = work / "kb10"
    scaled_kb(10, big)
    big_env = {**env, "WEGWIJZER_DATA": str(big)}
    for e in (env, big_env):  # warm the caches
        subprocess.run([*WEGWIJZER, "ask", "--json", "x"], env=e, check=True, stdout=subprocess.DEVNULL)

    # The commands with a ratio target run in turns with the floor (floor, warm, rich, 10× warm, floor, …): load on a
    # shared machine then falls on all of them alike, and their ratios compare like with like. The cold start and
    # validate get their own turns with the floor, so their cold runs do not disturb the warm ones.
    floor_cmd = ([PY, "-c", "import rapidfuzz"], env)
    fast = {
        "floor: python -c 'import rapidfuzz'": floor_cmd,
        "ask --json, warm cache": ([*WEGWIJZER, "ask", "--json", QUESTION], env),
        "ask (rich output), warm cache": ([*WEGWIJZER, "ask", QUESTION], env),
        "10× knowledge base: ask --json, warm": ([*WEGWIJZER, "ask", "--json", QUESTION], big_env),
    }
    medians = in_turns(fast, runs)
    floor = medians["floor: python -c 'import rapidfuzz'"]
    rows: list[tuple[str, float, str]] = [(label, ms, f"{ms / floor:.2f}×") for label, ms in medians.items()]
    cold = "ask --json, cold cache"
    slow = {"floor, in turns with the two below": floor_cmd, cold: ([*WEGWIJZER, "ask", "--json", QUESTION], env)}
    slow["validate"] = ([*WEGWIJZER, "validate"], env)
    slow_medians = in_turns(slow, runs, fresh=frozenset({cold}))
    slow_floor = slow_medians["floor, in turns with the two below"]
    rows += [(label, ms, f"{ms / slow_floor:.2f}×") for label, ms in slow_medians.items()]

    warm = medians["ask --json, warm cache"]
    big_warm = medians["10× knowledge base: ask --json, warm"]
    big_cold = cold_median_ms([*WEGWIJZER, "ask", "--json", QUESTION], runs, big_env)
    rows.append(("10× knowledge base: ask --json, cold", big_cold, f"{big_cold / floor:.2f}×"))
    rate = batch_rate(env, batch_n)
    big_rate = batch_rate(big_env, batch_n)

    lines = [
        f"Measured {time.strftime('%Y-%m-%d')} with subprocess, {runs} runs each, Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores; knowledge base {size_kb(DATA) // 1024} KB (10×: {size_kb(big) // 1024} KB).",
        "",
        "| measure | median | ratio to floor |",
        "|---|---:|---:|",
        *[f"| {label} | {ms:.1f} ms | {ratio} |" for label, ms, ratio in rows],
        f"| batch `ask --json --file`, {batch_n:,} questions | {rate:,.0f} questions/s | |",
        f"| 10× knowledge base: batch, {batch_n:,} questions | {big_rate:,.0f} questions/s | |",
        f"| 10× warm `ask --json` / shipped warm `ask --json` | {big_warm / warm:.2f}× | |",
    ]
    table = "\n".join(lines) + "\n"
    Path(args.out).write_text(table, encoding="utf-8")
    print(table)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
