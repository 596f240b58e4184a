"""Twenty advisors start at once on a cold cache: all answer, and the cache left behind is valid."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from wegwijzer.kb import load

MINI = Path(__file__).parent / "fixtures" / "kb-min"


def test_twenty_cold_starts_at_once(tmp_path: Path) -> None:
    env = dict(os.environ)  # the autouse fixture points WEGWIJZER_CACHE at tmp_path / "cache"
    cmd = [sys.executable, "-c", "from wegwijzer.entry import main; main()", "ask", "--json", "--data", str(MINI)]
    procs = [
        subprocess.Popen([*cmd, "bankkrediet in Amersfoort"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(20)
    ]
    results = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0] * 20, [err.decode() for _, err in results]
    answers = {json.dumps(json.loads(out)["recommendations"]) for out, _ in results}
    assert len(answers) == 1
    assert json.loads(next(iter(answers)))[0]["provider"] == "rom-utrecht-region"
    files = list((tmp_path / "cache").iterdir())
    assert [f.suffix for f in files] == [".jsonl"]  # no temporary files left behind
    assert load(MINI)["meta"]["digest"] == json.loads(files[0].read_bytes().split(b"\n", 1)[0])["meta"]["digest"]
