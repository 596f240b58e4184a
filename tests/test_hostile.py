"""Hostile questions and environments: nothing crashes, nothing unsafe is echoed, errors are one line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wegwijzer.advise import MAX_CHARS, advise
from wegwijzer.exits import Exit
from wegwijzer.index import Index
from wegwijzer.text import has_unsafe

MINI = str(Path(__file__).parent / "fixtures" / "kb-min")

CATALOGUE = [
    "",
    "   \t  ",
    "?!?!...;;;",
    "x" * 1_000_000,
    "krediet " * 50_000,
    "schulden\x00\x00 nul bytes",
    "\x1b[2J\x1b[1;1H wis het scherm",
    "\x1b]8;;https://evil.example\x07klik\x1b]8;;\x07 lening",
    "[bold]vet[/bold] [/bold] [link=https://x]lening[/link]",
    ":smile: :thumbs_up: krediet",
    "\u202eteiderk\u202c omgekeerd",
    "zero\u200bwidth kre\u00addiet",
    "financie\u0308le problemen",
    "-begint met een streepje",
    "--json",
    "😀😀😀",
    "deurwaarder \udcff\udcfe surrogaten",
    "١٢٣ ٤٥٦ arabische cijfers",
    "Ａｍｅｒｓｆｏｏｒｔ volle breedte",
    "%s %d {0} {name} $(rm -rf /) `id`",
    "'; DROP TABLE vragen; --",
    "\r\n\r\n",
]


def _echoed(ref_json: dict[str, object]) -> list[str]:
    out: list[str] = [str(ref_json["question"])]
    for theme in ref_json["themes"]:  # type: ignore[attr-defined]
        out += theme["evidence"]
    return out


@pytest.mark.parametrize("question", CATALOGUE, ids=range(len(CATALOGUE)))
def test_catalogue_answers_without_crashing(mini: Index, question: str) -> None:
    ref = advise(mini, question)
    assert len(ref.question) <= MAX_CHARS
    for text in _echoed(ref.to_json()):
        assert not has_unsafe(text)


def test_long_question_is_cut_with_a_notice(mini: Index) -> None:
    ref = advise(mini, "krediet " * 10_000)
    assert len(ref.question) == MAX_CHARS
    assert any("ingekort" in n for n in ref.notices)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_an_answer(mini: Index, question: str) -> None:
    ref = advise(mini, question)
    data = ref.to_json()
    json.dumps(data, ensure_ascii=False).encode("utf-8")  # always encodable
    for text in _echoed(data):
        assert not has_unsafe(text)


def _run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", "from wegwijzer.entry import main; main()", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_cli_over_the_whole_catalogue_never_shows_a_traceback() -> None:
    for question in CATALOGUE:
        for mode in (["--json"], ["--plain"], []):
            if len(question) > 100_000 or "\x00" in question:  # argv cannot carry it: send it as a batch
                stdin = question.encode("utf-8", "surrogateescape")
                done = _run(["ask", *mode, "--data", MINI, "--file", "-"], stdin=stdin)
            else:
                done = _run(["ask", *mode, "--data", MINI, "--", question])
            output = done.stdout + done.stderr
            assert b"Traceback" not in output, question[:40]
            assert done.returncode in (Exit.OK, Exit.USAGE), (question[:40], done.stderr)
            assert b"\x1b]8" not in done.stdout and b"\x1b[2J" not in done.stdout


def test_nul_bytes_and_invalid_utf8_in_a_batch_file(tmp_path: Path) -> None:
    batch = tmp_path / "q.txt"
    batch.write_bytes(b"krediet\x00lening\n\xff\xfe schulden\n")
    done = _run(["ask", "--json", "--file", str(batch), "--data", MINI])
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(rows) == 2
    assert rows[1]["primary"] == "zwaar-weer"


def test_invalid_utf8_in_argv() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from wegwijzer.entry import main; main()",
            "ask",
            "--json",
            "--data",
            MINI,
            b"schulden \xff",
        ],
        capture_output=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONUTF8": "1", "LC_ALL": "C.UTF-8"},
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["primary"] == "zwaar-weer"


@pytest.mark.parametrize(
    "setup",
    ["missing", "empty", "file", "loop"],
)
def test_bad_data_directory_is_one_line(tmp_path: Path, setup: str) -> None:
    target = tmp_path / "kb"
    if setup == "empty":
        target.mkdir()
    elif setup == "file":
        target.write_text("x", encoding="utf-8")
    elif setup == "loop":
        target.symlink_to(tmp_path / "kb2")
        (tmp_path / "kb2").symlink_to(target)
    done = _run(["ask", "--data", str(target), "krediet"])
    assert done.returncode == Exit.FAILED
    assert len(done.stderr.decode().strip().splitlines()) == 1
    assert b"Traceback" not in done.stderr


def test_oversized_data_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "kb"
    target.mkdir()
    for f in Path(MINI).iterdir():
        (target / f.name).write_bytes(f.read_bytes())
    with (target / "themes.yaml").open("a", encoding="utf-8") as handle:
        handle.write("# " + "x" * (5 * 1024 * 1024) + "\n")
    done = _run(["ask", "--data", str(target), "krediet"])
    assert done.returncode == Exit.FAILED
    assert b"larger than 4 MB" in done.stderr


def test_alias_bomb_is_refused_fast(tmp_path: Path) -> None:
    target = tmp_path / "kb"
    target.mkdir()
    for f in Path(MINI).iterdir():
        (target / f.name).write_bytes(f.read_bytes())
    levels = ['a0: &a0 ["x","x","x","x","x","x","x","x","x"]']
    levels += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 12)]
    (target / "cues.yaml").write_text("\n".join(levels) + "\n", encoding="utf-8")
    start = time.perf_counter()
    done = _run(["validate", "--data", str(target)])
    assert time.perf_counter() - start < 20
    assert done.returncode == Exit.FAILED
    assert b"anchor &a0 is not allowed" in done.stdout


def test_ctrl_c_exits_130_without_traceback() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", "from wegwijzer.entry import main; main()", "ask", "--file", "-", "--data", MINI],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(1.5)  # it now waits for questions on stdin
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == Exit.INTERRUPTED
    assert b"Traceback" not in err


def test_question_text_is_never_written_to_disk(tmp_path: Path) -> None:
    marker = "zeldzaamwoord" + "x7q"
    env = {**os.environ, "WEGWIJZER_CACHE": str(tmp_path / "cache"), "HOME": str(tmp_path)}
    for args in (["--json"], ["--plain", "--handoff"], []):
        subprocess.run(
            [sys.executable, "-c", "from wegwijzer.entry import main; main()", "ask", *args, "--data", MINI, marker],
            capture_output=True,
            env=env,
            timeout=60,
            check=True,
            cwd=tmp_path,
        )
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written  # the cache was written ...
    assert not [p for p in written if marker.encode() in p.read_bytes()]  # ... and holds no question text
