"""The command line as an advisor and a maintainer use it: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wegwijzer.cli import app
from wegwijzer.exits import Exit

FIXTURES = Path(__file__).parent / "fixtures"
MINI = str(FIXTURES / "kb-min")


def wz(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed entry point in a fresh process."""
    return subprocess.run(
        [sys.executable, "-c", "from wegwijzer.entry import main; main()", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=60,
        check=False,
    )


def test_every_command_has_help_with_an_example() -> None:
    runner = CliRunner()
    for command in app.registered_commands:
        name = command.name or (command.callback.__name__ if command.callback else "")
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example:" in result.output, name


def test_ask_json_contract() -> None:
    done = wz("ask", "--json", "--data", MINI, "bankkrediet nodig in Amersfoort, de deurwaarder belt")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["version"] == 1
    assert set(data) >= {"question", "out_of_scope", "primary", "themes", "context", "recommendations", "ask_caller"}
    assert data["primary"] == data["themes"][0]["id"]
    assert [t["score"] for t in data["themes"]] == sorted((t["score"] for t in data["themes"]), reverse=True)
    assert all(0 <= t["score"] <= 1 for t in data["themes"])
    assert set(data["context"]) >= {"region", "stage", "size", "segment", "urgent", "safety"}
    assert data["context"]["region"] == "utrecht"
    rec = data["recommendations"][0]
    assert set(rec) >= {"provider", "name", "line", "score", "reason", "offers", "contacts"}
    assert rec["line"] in {"first", "second"}


def test_limit_caps_the_recommendations() -> None:
    done = wz("ask", "--json", "--limit", "1", "--data", MINI, "bankkrediet in Amersfoort")
    assert len(json.loads(done.stdout)["recommendations"]) == 1


def test_plain_output_has_no_escape_sequences() -> None:
    done = wz("ask", "--plain", "--data", MINI, "bankkrediet in Amersfoort")
    assert done.returncode == 0
    assert "\x1b" not in done.stdout
    assert "ROM Utrecht Region" in done.stdout


def test_rich_output_respects_no_color() -> None:
    done = wz("ask", "--data", MINI, "bankkrediet in Amersfoort", env={"NO_COLOR": "1", "TERM": "xterm"})
    assert done.returncode == 0
    assert "\x1b[3" not in done.stdout  # no colour codes


def test_handoff_is_redacted() -> None:
    done = wz("ask", "--handoff", "--plain", "--data", MINI, "bankkrediet, bel me op 06-12345678 of jan@example.com")
    note = done.stdout.split("Overdrachtsnotitie", 1)[1]
    assert "06-12345678" not in note
    assert "jan@example.com" not in note
    assert "[TELEFOON]" in note


def test_handoff_and_redact_know_first_names(tmp_path: Path) -> None:
    # the shipped knowledge base lists first names: a bare "Jan de Vries" is a person
    done = wz("ask", "--handoff", "--plain", "Jan de Vries belt over een bankkrediet")
    assert "Jan de Vries" not in done.stdout.split("Overdrachtsnotitie", 1)[1]
    questions = tmp_path / "q.txt"
    questions.write_text("Fatima el Amrani zoekt een lening\n", encoding="utf-8")
    done = wz("ask", "--json", "--redact", "--file", str(questions))
    assert json.loads(done.stdout)["question"] == "[NAAM] zoekt een lening"


def test_handoff_redacts_a_lowercase_name_after_a_form_of_address() -> None:
    # advisors type in lowercase: "dhr jansen" is still a name, "dhr snapt niet" the caller himself
    done = wz(
        "ask", "--handoff", "--plain", "dhr jansen, loodgieter, lonen vrijdag niet betalen, dhr snapt niet waarom"
    )
    note = done.stdout.split("Overdrachtsnotitie", 1)[1]
    assert "jansen" not in note
    assert "dhr [NAAM], loodgieter" in note
    assert "dhr snapt niet waarom" in note
    # nor does the name come back as evidence or context: its words are no vocabulary ("kok" is no cook sought)
    done = wz("ask", "--json", "--redact", "dhr kok wil personeel aannemen, mevr de boer ook")
    assert "kok" not in done.stdout and "boer" not in done.stdout


def test_json_redact_flag() -> None:
    done = wz("ask", "--json", "--redact", "--data", MINI, "mijn bsn is 111222333")
    assert json.loads(done.stdout)["question"] == "mijn bsn is [BSN]"


def test_batch_json_lines_in_input_order(tmp_path: Path) -> None:
    questions = tmp_path / "q.txt"
    questions.write_text("bankkrediet\n\nde deurwaarder\nwat voor weer wordt het\n", encoding="utf-8")
    done = wz("ask", "--json", "--file", str(questions), "--data", MINI)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["line"] for r in rows] == [1, 3, 4]
    assert [r["primary"] for r in rows] == ["financiering", "zwaar-weer", None]


def test_batch_from_stdin() -> None:
    done = wz("ask", "--json", "--file", "-", "--data", MINI, stdin="bankkrediet\nschulden\n")
    assert len(done.stdout.splitlines()) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ask", "--data", MINI], "give a question"),
        (["ask", "--region", "Atlantis", "--data", MINI, "krediet"], "unknown region 'Atlantis'"),
        (["ask", "--file", "/no/such/file", "--data", MINI], "/no/such/file: file not found"),
        (["ask", "--file", "x", "--data", MINI, "and a question"], "either a question or --file"),
        (["show", "nobody", "--data", MINI], "unknown party 'nobody'"),
        (["providers", "--theme", "nothing", "--data", MINI], "unknown theme 'nothing'"),
        (["schema", "everything"], "unknown file 'everything'"),
    ],
)
def test_usage_errors_are_one_line(args: list[str], message: str) -> None:
    done = wz(*args)
    assert done.returncode == Exit.USAGE
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_broken_knowledge_base_exits_1_with_its_position(tmp_path: Path) -> None:
    bad = tmp_path / "kb"
    bad.mkdir()
    for f in Path(MINI).iterdir():
        (bad / f.name).write_bytes(f.read_bytes())
    (bad / "cues.yaml").write_text("stopwords: yes\n", encoding="utf-8")
    done = wz("ask", "--data", str(bad), "krediet")
    assert done.returncode == Exit.FAILED
    assert "cues.yaml:1:12" in done.stderr


def test_validate_exit_codes(tmp_path: Path) -> None:
    assert wz("validate", "--data", MINI).returncode == 0
    done = wz("validate", "--data", str(tmp_path))  # an empty directory: four files missing
    assert done.returncode == Exit.FAILED
    assert done.stdout.count("file not found") == 4


def test_validate_github_annotations(tmp_path: Path) -> None:
    bad = tmp_path / "kb"
    bad.mkdir()
    for f in Path(MINI).iterdir():
        (bad / f.name).write_bytes(f.read_bytes())
    (bad / "themes.yaml").write_text((Path(MINI) / "themes.yaml").read_text().replace("code: FIN", "code: fin"))
    done = wz("validate", "--format", "github", "--data", str(bad))
    assert done.returncode == Exit.FAILED
    assert f"::error file={bad / 'themes.yaml'},line=3,col=11::" in done.stdout


def test_validate_json_and_strict(tmp_path: Path) -> None:
    data = json.loads(wz("validate", "--format", "json", "--data", MINI).stdout)
    assert data == {"valid": True, "problems": []}
    # the minimal knowledge base was checked on 2026-11-01: one day's maximum age makes it stale
    assert wz("validate", "--max-age", "1", "--data", MINI).returncode == 0
    assert wz("validate", "--max-age", "1", "--strict", "--data", MINI).returncode == Exit.FAILED


def test_listing_commands() -> None:
    assert "fin-krediet" in wz("themes", "--data", MINI).stdout
    # a sub-question that belongs to another theme as well says so
    assert (
        "int-regels: Regels bij grensoverschrijdend ondernemen (douane, Brexit, btw buitenland) (ook: wet-en-regelgeving)"
        in (wz("themes").stdout)
    )
    assert "rom-utrecht-region" in wz("providers", "--region", "Amersfoort", "--data", MINI).stdout
    assert "zelfmoordpreventie" not in wz("providers", "--line", "second", "--data", MINI).stdout
    shown = wz("show", "rom-utrecht-region", "--data", MINI).stdout
    assert "030 123 45 67" in shown
    assert "Testfonds" in shown


def test_version() -> None:
    done = wz("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("wegwijzer ")


def test_large_batch_runs_in_parallel_and_keeps_input_order(tmp_path: Path) -> None:
    questions = tmp_path / "many.txt"
    lines = ["bankkrediet in Amersfoort", "de deurwaarder", "wat voor weer wordt het", ""] * 700
    questions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = wz("ask", "--json", "--file", str(questions), "--data", MINI)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 2100
    assert [r["line"] for r in rows] == [n for n, text in enumerate(lines, 1) if text]
    assert [r["primary"] for r in rows[:3]] == ["financiering", "zwaar-weer", None]


def test_rich_output_wraps_within_80_columns_under_its_own_text() -> None:
    done = wz(
        "ask",
        "--lang",
        "en",
        "we want to export our cheese to Germany, a small dairy in Friesland with 5 staff",
        env={"NO_COLOR": "1", "TERM": "xterm", "COLUMNS": "80"},
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    numbered = [i for i, line in enumerate(lines) if line.startswith("  1. ")]
    assert numbered, done.stdout
    # a party's reason that does not fit goes on under its name, not at the left margin
    assert lines[numbered[0] + 1].startswith("     ")
    headings = {"Themes", "Refer to", "Ask the caller"}
    assert all(line.startswith(" ") or line in headings or line[:1] in {"*", "S"} for line in lines), done.stdout


def test_a_place_given_with_region_also_says_which_part_of_the_province() -> None:
    def parties(*args: str) -> list[str]:
        done = wz("ask", "--json", *args)
        assert done.returncode == 0, done.stderr
        return [r["provider"] for r in json.loads(done.stdout)["recommendations"]]

    question = "we willen een innovatief product ontwikkelen"
    for place in ("Breda", "West-Brabant"):  # a municipality, a subregion: REWIN's, not the other parts' parties
        found = parties("--region", place, question)
        assert "rewin" in found and not {"midpoint-brabant", "brainport-development"} & set(found), place
    # a province by flag keeps the place the text names in it
    found = parties("--region", "Noord-Brabant", question + ", we zitten in Tilburg")
    assert "midpoint-brabant" in found and "rewin" not in found


def test_a_batch_names_the_line_of_an_internal_error() -> None:
    """A bug shows on one question: the one-line error says which line, so it can be reported without the file."""
    code = (
        "import sys, wegwijzer.advise as a\n"
        "real = a.advise\n"
        "def failing(index, question, *args, **kwargs):\n"
        "    if 'boem' in question:\n"
        "        raise ValueError('kapot')\n"
        "    return real(index, question, *args, **kwargs)\n"
        "a.advise = failing\n"
        f"sys.argv = ['wegwijzer', 'ask', '--json', '--file', '-', '--data', {MINI!r}]\n"
        "from wegwijzer.entry import main\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], input="btw vraag\nboem\n", capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == Exit.FAILED
    assert "line 2: ValueError: kapot" in done.stderr and "Traceback" not in done.stderr
