"""Vocabulary hits -> scored themes, sub-questions, schemes, named parties and context cues, with evidence."""

from __future__ import annotations

import math
from collections import defaultdict

from .match import Index, Matches

RELATED = 0.5  # share of a sub-question's weight that its related themes get
TRANSITION = 0.6  # share of a transition term's weight that its themes and sub-questions get
SIM_FLOOR = 0.3  # example similarity below this says nothing
SIM_WEIGHT = 1.6  # weight of a perfect example match
SCALE = 2.0  # raw evidence of SCALE gives a score of 1 - 1/e
MIN_RAW = 0.9  # less evidence than this for the best theme: out of scope
RELATIVE = 0.3  # a theme is reported when its evidence is at least this share of the best theme's


class Scores:
    """Summed evidence per theme, sub-question, scheme, named party and context cue."""

    def __init__(self) -> None:
        self.theme: dict[str, float] = defaultdict(float)
        self.sub: dict[str, float] = defaultdict(float)
        self.scheme: dict[str, float] = defaultdict(float)
        self.party: dict[str, float] = defaultdict(float)
        self.cue: dict[str, float] = defaultdict(float)
        self.evidence: dict[str, list[str]] = defaultdict(list)

    def squash(self, raw: float) -> float:
        return round(1 - math.exp(-raw / SCALE), 3)

    def selected(self) -> list[str]:
        """Themes with enough evidence, best first."""
        if not self.theme:
            return []
        ranked = sorted(self.theme.items(), key=lambda kv: (-kv[1], kv[0]))
        top = ranked[0][1]
        if top < MIN_RAW:
            return []
        return [t for t, raw in ranked if raw >= max(MIN_RAW * 0.7, RELATIVE * top)]


def score(index: Index, matches: Matches) -> Scores:
    """Add up the evidence of every hit where it points."""
    kb = index.kb
    subs, schemes, transitions = kb["subtopics"], kb["schemes"], kb["transitions"]
    s = Scores()
    for hit in matches.hits:
        weight, kind = index.weight[hit.term], index.kind[hit.term]
        target, text = index.target[hit.term], index.text[hit.term]
        value = weight * hit.quality
        said = " ".join(t.original for t in matches.tokens[hit.start : hit.end])
        note = said if _same(said, text) else f"{said} ~ {text}"
        if kind == "theme":
            s.theme[target] += value
            s.evidence[target].append(note)
        elif kind == "sub":
            _credit_sub(s, subs, target, value, note)
        elif kind == "scheme":
            scheme = schemes[target]
            s.scheme[target] = max(s.scheme[target], value)
            for theme in scheme["themes"]:
                s.theme[theme] += value
                s.evidence[theme].append(f"{note} (regeling)")
            for sub in scheme["subtopics"]:
                s.sub[sub] += value
        elif kind == "transition":
            tr = transitions[target]
            for theme in tr["themes"]:
                s.theme[theme] += value * TRANSITION
                s.evidence[theme].append(note)
            for sub in tr["subtopics"]:
                s.sub[sub] += value * TRANSITION
        elif kind == "party":
            s.party[target] = max(s.party[target], value)
        else:
            s.cue[target] += value
    for sub, sim in matches.similar.items():
        if sim >= SIM_FLOOR:
            _credit_sub(s, subs, sub, SIM_WEIGHT * sim, None)
    return s


def _credit_sub(s: Scores, subs: dict[str, dict[str, object]], sub: str, value: float, note: str | None) -> None:
    info = subs[sub]
    theme = str(info["theme"])
    s.sub[sub] += value
    s.theme[theme] += value
    if note:
        s.evidence[theme].append(note)
    related = info["related"]
    assert isinstance(related, list)
    for other in related:
        s.theme[other] += value * RELATED


def _same(said: str, text: str) -> bool:
    return said.casefold() == text.casefold()
