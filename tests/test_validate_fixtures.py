"""Every broken knowledge base in tests/fixtures/broken fails validation with its exact message and position."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from wegwijzer.kb import validate

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = dt.date(2026, 11, 24)

# fixture -> (file, line, column, severity, message)
EXPECTED = {
    "01-syntax-error": (
        "providers.yaml",
        11,
        11,
        "error",
        "YAML syntax: while parsing a flow sequence did not find expected ',' or ']'",
    ),
    "02-tab-indent": ("regions.yaml", 3, 1, "error", "tab used for indentation; indent with spaces"),
    "03-duplicate-key": ("providers.yaml", 4, 5, "error", "duplicate key 'name' (first at line 3)"),
    "04-alias-bomb": ("cues.yaml", 1, 4, "error", "anchor &a is not allowed; write the value out"),
    "05-unknown-tag": (
        "providers.yaml",
        5,
        18,
        "error",
        "tag tag:yaml.org,2002:python/object/apply:os.system is not allowed; plain data only",
    ),
    "06-unknown-field": (
        "providers.yaml",
        8,
        15,
        "error",
        "providers[0].telefoon: unknown field (check the spelling; see `wegwijzer schema`)",
    ),
    "07-wrong-type": (
        "themes.yaml",
        8,
        45,
        "error",
        'themes[0].terms[1].weight: Input should be a valid number (got "zwaar")',
    ),
    "08-norway-no": (
        "regions.yaml",
        7,
        23,
        "error",
        "'no' is read as a boolean by YAML 1.1; write true/false, or quote it as text",
    ),
    "09-yes-value": (
        "providers.yaml",
        36,
        11,
        "error",
        "'yes' is read as a boolean by YAML 1.1; write true/false, or quote it as text",
    ),
    "10-on-key": (
        "cues.yaml",
        4,
        1,
        "error",
        "key 'on' is read as a boolean by YAML 1.1; write true/false, or quote it as text",
    ),
    "11-octal-number": (
        "providers.yaml",
        31,
        30,
        "error",
        "'0301234567' is read as a number by YAML 1.1; quote it as text",
    ),
    "12-sexagesimal": ("providers.yaml", 31, 54, "error", "'9:30' is read as a number by YAML 1.1; quote it as text"),
    "13-dangling-theme": ("providers.yaml", 21, 14, "error", "unknown theme 'financien'"),
    "14-dangling-subtopic": ("providers.yaml", 22, 14, "error", "unknown sub-question 'fin-leningen'"),
    "15-dangling-region": ("providers.yaml", 24, 24, "error", "unknown province 'friesland'"),
    "16-duplicate-id": ("providers.yaml", 35, 9, "error", "duplicate party id 'kvk' (first at line 2)"),
    "17-bad-url": ("providers.yaml", 12, 32, "error", "'www.kvk.nl' is not a valid website (https://…)"),
    "18-bad-phone": (
        "providers.yaml",
        31,
        30,
        "error",
        "'bel ons' is not a valid phone (digits with spaces or hyphens, e.g. 088 585 22 22)",
    ),
    "19-bad-email": ("providers.yaml", 32, 30, "error", "'info at example.nl' is not a valid email (name@example.nl)"),
    "20-escape-sequence": ("themes.yaml", 6, 18, "error", "control or format character U+001B in text; remove it"),
    "21-bidi-override": ("themes.yaml", 11, 15, "error", "control or format character U+202E in text; remove it"),
    "22-empty-file": ("cues.yaml", 1, 1, "error", "file is empty"),
    "23-not-utf8": ("themes.yaml", 6, 24, "error", "not valid UTF-8 (byte 0xf3); save as UTF-8"),
    "24-missing-file": ("cues.yaml", 0, 0, "error", "file not found"),
    "25-missing-rom": (
        "regions.yaml",
        5,
        10,
        "error",
        "province 'utrecht' names ROM 'rom-inwest', which is not a party",
    ),
    "26-rom-wrong-province": (
        "regions.yaml",
        5,
        10,
        "error",
        "'rom-utrecht-region' is not a ROM serving province 'utrecht'",
    ),
    "27-theme-without-second-line": (
        "themes.yaml",
        15,
        9,
        "error",
        "theme 'zwaar-weer' has no active second-line party",
    ),
    "40-sub-served-by-no-party": (
        "themes.yaml",
        23,
        13,
        "warning",
        "no active party serves sub-question 'zww-schulden' (nor runs a scheme for it)",
    ),
    "28-term-in-two-themes": (
        "themes.yaml",
        21,
        23,
        "warning",
        "term 'Lening' also points to theme 'financiering' (line 8)",
    ),
    "29-missing-field": ("providers.yaml", 2, 5, "error", "providers[0].checked: required field is missing"),
    "30-merge-key": ("cues.yaml", 12, 3, "error", "merge key '<<' is not allowed; write the keys out"),
    "31-future-date": ("providers.yaml", 34, 14, "error", "checked date 2099-01-01 is in the future"),
    "32-bad-enum": (
        "providers.yaml",
        38,
        11,
        "error",
        "providers[2].kind: Input should be 'uitvoeringsorganisatie', 'rom', 'stichting', 'brancheorganisatie', 'werkgeversorganisatie', 'gemeente', 'provincie', 'programma', 'hulplijn', 'samenwerkingsverband' or 'financier' (got \"helpdesk\")",
    ),
    "33-two-documents": ("regions.yaml", 10, 1, "error", "more than one YAML document in the file"),
    "34-place-in-two-provinces": (
        "regions.yaml",
        13,
        33,
        "error",
        "place 'Amersfoort' is also in province 'utrecht'; list it under `ambiguous`",
    ),
    "35-bad-date": (
        "providers.yaml",
        34,
        14,
        "error",
        'providers[1].checked: Input should be a valid date in the format YYYY-MM-DD, month value is outside expected range of 1-12 (got "2026-13-45")',
    ),
    "36-unknown-safety-party": ("cues.yaml", 23, 15, "error", "unknown party '113-zelfmoordpreventie'"),
    "37-term-listed-twice": ("themes.yaml", 13, 30, "warning", "term 'Lening' is listed twice (first at line 8)"),
    "38-ask-en-not-one-for-one": ("themes.yaml", 16, 17, "error", "ask_en must translate ask, one for one"),
    "41-english-word-not-common": (
        "regions.yaml",
        11,
        26,
        "error",
        "'Amersfoort' is not in common_words (only those need this list)",
    ),
    "42-unknown-starting-subtopic": ("cues.yaml", 24, 20, "error", "unknown sub-question 'wet-starten'"),
    "43-unknown-referral-party": ("cues.yaml", 25, 3, "error", "unknown party 'nobody'"),
    "44-unknown-fact": ("themes.yaml", 16, 68, "error", "unknown fact 'bank-answer'"),
    "46-fact-of-the-context": (
        "cues.yaml",
        25,
        11,
        "error",
        "fact 'amount' is read from the context: it needs no words",
    ),
    "45-fact-asked-for-by-none": (
        "cues.yaml",
        25,
        13,
        "warning",
        "fact 'creditor' is asked for by no follow-up question",
    ),
    "39-ask-without-english": (
        "themes.yaml",
        15,
        14,
        "warning",
        "ask has no ask_en: English output shows it in Dutch",
    ),
    "47-unknown-with-country-subtopic": ("cues.yaml", 25, 3, "error", "unknown sub-question 'int-export'"),
    "48-trade-word-twice": ("cues.yaml", 26, 18, "error", "'klanten' is also a word of trade for 'fin-krediet'"),
    "49-distinct-word-no-vocabulary": (
        "cues.yaml",
        24,
        18,
        "warning",
        "distinct word 'productie' is no vocabulary word: it does nothing",
    ),
    "50-place-in-no-municipality": ("regions.yaml", 9, 16, "error", "'Zeist' is no municipality of 'utrecht'"),
    "51-unknown-foreign-firm-subtopic": ("cues.yaml", 24, 15, "error", "unknown sub-question 'int-samenwerking'"),
    "52-kinds-on-no-phrase": (
        "themes.yaml",
        8,
        21,
        "warning",
        "'krediet' is marked kinds but is no phrase with a firm_stand_ins word",
    ),
}


def _broken_kb(tmp_path: Path, fixture: Path) -> Path:
    kb = tmp_path / "kb"
    shutil.copytree(FIXTURES / "kb-min", kb)
    target = fixture.name.split(".", 1)[1]
    if target.endswith(".delete"):
        (kb / target.removesuffix(".delete")).unlink()
    else:
        shutil.copy(fixture, kb / target)
    return kb


def test_catalogue_is_complete() -> None:
    names = {p.name.split(".", 1)[0] for p in (FIXTURES / "broken").iterdir()}
    assert names == set(EXPECTED)
    assert len(names) >= 25


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_kb_fails_at_its_line(tmp_path: Path, name: str) -> None:
    fixture = next((FIXTURES / "broken").glob(f"{name}.*"))
    kb = _broken_kb(tmp_path, fixture)
    report = validate(kb, today=TODAY)
    found = {(Path(p.file).name, p.line, p.col, p.severity, p.message) for p in report.problems}
    assert EXPECTED[name] in found
    if EXPECTED[name][3] == "error":
        assert report.compiled is None


def test_minimal_kb_is_valid() -> None:
    report = validate(FIXTURES / "kb-min", today=TODAY)
    assert report.problems == []
    assert report.compiled is not None
