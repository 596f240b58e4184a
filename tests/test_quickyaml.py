"""The quick reader (yaml-rs) gives the strict reader's data, or declines: it never reads a file differently."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import yaml
import yaml_rs
from hypothesis import given, settings
from hypothesis import strategies as st

from wegwijzer import loader, quickyaml

DATA = Path(__file__).resolve().parents[1] / "data"


def _split(words: str) -> list[str]:
    return words.split()


def strict(text: str) -> tuple[bool, Any]:
    """What the loader makes of a text with the quick reader declining: (read without a problem, data)."""
    with mock.patch.object(quickyaml, "read", lambda *_: (False, None)):
        doc, problems = loader.parse(text.encode("utf-8"), "t.yaml")
    return doc is not None and not problems, doc.data if doc is not None else None


def agrees(text: str) -> bool:
    """The property: where the loader read a text quickly, the strict reader reads it cleanly to the same data."""
    doc, _ = loader.parse(text.encode("utf-8"), "t.yaml")
    if doc is None or doc.text is None:
        return True  # declined: the strict reader read it
    ok, expected = strict(text)
    return ok and doc.data == expected and type(doc.data) is type(expected)


@pytest.mark.parametrize("name", ["themes.yaml", "providers.yaml", "cues.yaml", "regions.yaml"])
def test_every_shipped_file_is_read_quickly_and_the_same(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    quick, data = quickyaml.read(text, loader.MAX_DEPTH)
    assert quick, f"{name} declined: a cold start would take the strict reader"
    assert strict(text) == (True, data)


# Each of these YAML 1.2 and YAML 1.1 read differently, or the strict reader refuses: the quick reader must decline.
DECLINED = [
    "a: no\n",
    "a: On\n",
    "yes: 1\n",
    "a: 010\n",
    "a: 0o17\n",
    "a: 0x1F\n",
    "a: 0b101\n",
    "a: 1_000\n",
    "a: 1:30\n",
    "a: 1e3\n",
    "a: 1.5e3\n",
    "a: [1, 2e+3]\n",
    "a: -.5\n",
    "a: .inf\n",
    "a: .NaN\n",
    "1: a\n",
    "a: 1\na: 2\n",
    "<<: {a: 1}\n",
    "a: !!str 12\n",
    "a: !custom x\n",
    "--- \na: 1\n",
    "a: 1\n---\nb: 2\n",
    "%YAML 1.1\n---\na: 1\n",
    "a: b\x07c\n",
    "a: 'x'\nb:\n  c: =\n",
    "a:\n  - {t: x, w: 1e-3}\n",
    "a: b # 0x1F is a comment\nc: 0x1F\n",
    "a: |\n  on\nb: on\n",
    "a:\n  - x\n  - [y, 'z', off]\n",
]


@pytest.mark.parametrize("text", DECLINED)
def test_texts_read_differently_are_declined(text: str) -> None:
    assert quickyaml.read(text, loader.MAX_DEPTH) == (False, None)


# These read the same in both: the quick reader takes them (so it is not merely declining everything).
TAKEN = [
    "a: 'no'\nb: \"on\"\n",
    "a: 0.4\nb: 12\nc: -3\nd: +5\ne: 1.5e+3\nf: .5\ng: 0\n",
    "a: true\nb: False\nc: null\nd: ~\ne:\n",
    "a: 2026-11-24\n",
    "a: >-\n  folded\n  text\nb: |\n  literal\n  text\n",
    'a: b # seed 000 line 12\nc: "seed 003 line 1538-1540"\n',
    'terms:\n  - {term: beslag on, weight: 1.0}\n  - "on"\n',
    "a: zo'n 010 dingen\n",
    "a: R&D\nb: '*'\n",
    "a: [x, y]\nb: n\n",  # y and n are text to PyYAML too
]


@pytest.mark.parametrize("text", TAKEN)
def test_texts_read_the_same_are_taken(text: str) -> None:
    quick, data = quickyaml.read(text, loader.MAX_DEPTH)
    assert quick
    assert strict(text) == (True, data)


def test_depth_beyond_the_strict_limit_is_declined() -> None:
    deep = "a: " + "[" * (loader.MAX_DEPTH + 2) + "]" * (loader.MAX_DEPTH + 2) + "\n"
    assert quickyaml.read(deep, loader.MAX_DEPTH) == (False, None)


def test_the_not_text_pattern_is_pyyamls() -> None:
    """The quick reader's copy of PyYAML's implicit readings agrees with PyYAML's resolver on a range of words."""
    resolver = yaml.resolver.Resolver()
    words = [
        *_split("yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF y Y n N"),
        *_split("0 7 -7 +7 010 0o7 0x1F 0b11 1_000 1:30 190:20:30 1.5 .5 -.5 1e3 1.5e+3 1.5e3 .inf -.Inf .nan"),
        *_split("~ null Null NULL << = 2026-11-24 nee ja aan uit onder nog 12ab 1.2.3 x"),
        "",
    ]
    for word in words:
        tag = resolver.resolve(yaml.ScalarNode, word, (True, False))  # type: ignore[no-untyped-call]
        not_text = not tag.endswith((":str", ":timestamp"))
        assert bool(quickyaml._NOT_TEXT.match(word)) == not_text, word
        if not_text and word:
            assert word[0] in quickyaml._FIRST, word


def test_a_problem_in_a_quickly_read_file_still_has_its_position(tmp_path: Path) -> None:
    doc, problems = loader.parse(b"themes:\n  - id: x\n    name: 12\n", "t.yaml")
    assert doc is not None and not problems and doc.text is not None  # read quickly
    assert doc.where(("themes", 0, "name")) == (3, 11)


# Generated documents: scalars that YAML 1.1 and 1.2 tell apart, in every style and place a data file could hold.
ATOMS = [
    *_split("no yes on off y n true False null ~ 0 010 0o7 0x1A 0b1 1_0 1:30 1.5 .5 -.5 1e3 1.5e3 1.5e+3 .inf .nan"),
    *_split("<< = x beslag word 2e 'a' 1.2.3"),
    "two words",
    "zo'n",
    "a # b",
]


def _scalar(atom: str, style: int) -> str:
    if style == 1:
        return '"' + atom.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if style == 2:
        return "'" + atom.replace("'", "''") + "'"
    return atom


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = []
    for i in range(draw(st.integers(1, 5))):
        atoms = draw(st.lists(st.tuples(st.sampled_from(ATOMS), st.integers(0, 2)), min_size=1, max_size=3))
        values = [_scalar(a, s) for a, s in atoms]
        shape = draw(st.integers(0, 4))
        if shape == 0:
            lines.append(f"k{i}: {values[0]}")
        elif shape == 1:
            lines.append(f"k{i}: [{', '.join(values)}]")
        elif shape == 2:
            lines.append(f"k{i}:\n" + "".join(f"  - {v}\n" for v in values).rstrip("\n"))
        elif shape == 3:
            lines.append(f"k{i}: {{t: {values[0]}, w: {values[-1]}}}")
        else:
            lines.append(f"{values[0]}: k{i}")
        if draw(st.booleans()):
            lines[-1] += f"  # {draw(st.sampled_from(ATOMS))}"
    return "\n".join(lines) + "\n"


@settings(max_examples=400, deadline=None)
@given(documents())
def test_generated_documents_are_read_the_same_or_declined(text: str) -> None:
    assert agrees(text), text


def test_generated_documents_are_often_taken() -> None:
    """The property above would hold for a reader that always declines; this shows the quick path is exercised."""
    taken = sum(quickyaml.read(f"k: {a}\n", loader.MAX_DEPTH)[0] for a in ATOMS)
    assert taken >= 8
    assert all(agrees(f"k: {a}\n") for a in ATOMS)


def test_broken_fixtures_read_as_the_strict_reader_reads_them() -> None:
    for path in sorted((Path(__file__).parent / "fixtures").rglob("*.yaml")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        assert agrees(text), path
    assert re.compile(".")  # the loop above ran over real files


def test_a_panic_in_the_rust_parser_falls_back_to_the_strict_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    class PanicException(BaseException):  # as pyo3 names and bases it
        pass

    def panics(*_: object, **__: object) -> None:
        raise PanicException

    monkeypatch.setattr(yaml_rs, "loads", panics)
    assert quickyaml.read("a: b\n", loader.MAX_DEPTH) == (False, None)
    doc, problems = loader.parse(b"a: b\n", "t.yaml")
    assert doc is not None and doc.data == {"a": "b"} and not problems  # read by the strict reader
