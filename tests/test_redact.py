from __future__ import annotations

import json
from pathlib import Path

import pytest

from wegwijzer.index import Index
from wegwijzer.redact import find, redact

SAMPLES = Path(__file__).parent / "fixtures" / "redaction"


def _load(name: str) -> list[dict[str, str]]:
    return [json.loads(line) for line in (SAMPLES / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_recall_on_personal_samples() -> None:
    samples = _load("personal.jsonl")
    assert len(samples) >= 100
    found = sum(any(s.value == x["value"] and s.kind == x["kind"] for s in find(x["text"])) for x in samples)
    assert found / len(samples) >= 0.99


def test_false_positives_on_lookalikes() -> None:
    samples = _load("lookalikes.jsonl")
    assert len(samples) >= 100
    flagged = [x["text"] for x in samples if find(x["text"])]
    assert len(flagged) / len(samples) <= 0.02, flagged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mijn bsn is 111222333, klopt dat", "mijn bsn is [BSN], klopt dat"),
        ("bel me op 06-12345678.", "bel me op [TELEFOON]."),
        ("of +31 6 1234 5678 graag", "of [TELEFOON] graag"),
        ("mail naar jan@example.com!", "mail naar [E-MAIL]!"),
        ("rekening NL91 ABNA 0417 1643 00 klopt", "rekening [IBAN] klopt"),
        ("adres 1234 AB 12a in Utrecht", "adres [ADRES] in Utrecht"),
    ],
)
def test_redact_replaces_with_labels(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "bel de Belastingtelefoon 0800-0543",
        "ons kvk-nummer is 12345678",
        "omzet 123.456.789 euro in 2019-2023",
        "factuur 2024-00123 van 12-03-2024",
    ],
)
def test_lookalikes_stay(text: str) -> None:
    assert redact(text) == text


def test_labelled_bsn_is_redacted_even_when_it_fails_the_check() -> None:
    assert redact("bsn 123456789 klopt niet") == "bsn [BSN] klopt niet"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan de Vries uit Zwolle belt over personeel", "[NAAM] uit Zwolle belt over personeel"),
        ("ik ben Fatima el Amrani en wil starten", "ik ben [NAAM] en wil starten"),
        ("caller Priya, runs a bakery", "caller [NAAM], runs a bakery"),
        ("Met vriendelijke groet, Ingrid", "Met vriendelijke groet, [NAAM]"),
        ("Anne-Marie Bakker wil een bakkerij overnemen", "[NAAM] wil een bakkerij overnemen"),
        # not a person: an island, a date, sentence starts that are words, a name in lowercase
        ("export naar Sint Maarten", "export naar Sint Maarten"),
        ("per 1 Jan 2024 gestart", "per 1 Jan 2024 gestart"),
        ("Ben je als werkgever verplicht", "Ben je als werkgever verplicht"),
        ("Max 250k nodig", "Max 250k nodig"),
        ("de mark is geen munt meer", "de mark is geen munt meer"),
    ],
)
def test_a_bare_first_name_starts_a_name(index: Index, text: str, expected: str) -> None:
    assert redact(text, index.first_names) == expected


def test_first_names_add_no_false_positives_on_lookalikes(index: Index) -> None:
    flagged = [x["text"] for x in _load("lookalikes.jsonl") if find(x["text"], index.first_names)]
    assert len(flagged) / len(_load("lookalikes.jsonl")) <= 0.02, flagged


def test_labels_follow_the_output_language() -> None:
    assert redact("bel me op 06-12345678", lang="en") == "bel me op [PHONE]"
    assert redact("bel me op 06-12345678") == "bel me op [TELEFOON]"
