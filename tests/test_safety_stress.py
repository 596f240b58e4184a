"""Two stress sets for the safety flag, written by helpers in the advisor's voice (60 warning signs and 40 business
uses of death words each): no false alarm, and recall kept at what the vocabulary reaches (README, Robustness).

Set A was read whole while its signs were added; of set B only the odd half was read, so its even half measures
signs in words the vocabulary was not written from. The floors guard against a change that loses signals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wegwijzer.advise import advise
from wegwijzer.index import Index

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(("name", "floor"), [("safety-stress-a.jsonl", 0.9), ("safety-stress-b.jsonl", 0.5)])
def test_warning_signs_are_flagged_and_business_words_are_not(index: Index, name: str, floor: float) -> None:
    cases = [json.loads(line) for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines()]
    signs = [c for c in cases if c["safety"]]
    assert len(signs) == 60 and len(cases) == 100
    false_alarms = [c["id"] for c in cases if not c["safety"] and advise(index, c["question"]).context.safety]
    assert false_alarms == []
    flagged = 0
    for case in signs:
        ref = advise(index, case["question"])
        flagged += ref.context.safety and ref.recommendations[0].provider == "113-zelfmoordpreventie"
    assert flagged / len(signs) >= floor


def test_business_questions_with_words_of_danger_raise_no_alarm(index: Index) -> None:
    """200 business questions written by a helper (tenth session) to fool a keyword reader: lorries, roofs, pills,
    funerals, 'commercial suicide', 'no way out of the contract'. On the session's start code 6 raised the safety flag
    (exhaust fumes in a garage, 'commercial suicide', 'no way out of the contract'); two remain, about firms that train
    people in suicide prevention."""
    questions = (FIXTURES / "safety-false-alarms.txt").read_text(encoding="utf-8").splitlines()
    assert len(questions) == 200
    alarms = [q for q in questions if advise(index, q).context.safety]
    assert len(alarms) <= 2, alarms
