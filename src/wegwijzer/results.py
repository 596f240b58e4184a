"""The values `ask` produces, and their versioned JSON shape."""

from __future__ import annotations

from typing import (
    Any,
    NamedTuple,  # already loaded by rapidfuzz; a dataclass costs ~1.5 ms each at start-up
)

JSON_VERSION = 1


class ThemeMatch(NamedTuple):
    id: str
    name: str
    name_en: str
    score: float
    subtopics: tuple[str, ...]
    evidence: tuple[str, ...]


class SubtopicMatch(NamedTuple):
    id: str
    theme: str
    name: str
    name_en: str
    score: float


class Context(NamedTuple):
    region: str | None = None
    region_name: str | None = None
    region_from: str | None = None  # "text" or "flag"
    place: str | None = None
    unresolved_place: str | None = None  # a place name used in several provinces
    stage: str | None = None
    size: str | None = None
    segment: str | None = None
    sector: str | None = None
    amount: int | None = None  # euros the caller mentions (the largest), e.g. a financing need
    said: frozenset[str] = frozenset()  # the facts of cues.yaml's `facts` the caller gave: not asked again
    visited: tuple[str, ...] = ()  # parties the caller already went to and was sent on by, in order of mention
    visited_names: tuple[str, ...] = ()  # ... as the advisor reads them
    urgent: bool = False
    safety: bool = False
    lang: str = "nl"


class Recommendation(NamedTuple):
    provider: str
    name: str
    line: str  # "first" or "second"
    score: float
    reason: str  # in the language asked for
    offers: tuple[str, ...]
    contacts: tuple[dict[str, Any], ...]
    needs_check: bool = False


class Referral(NamedTuple):
    question: str
    out_of_scope: bool
    primary: str | None
    themes: tuple[ThemeMatch, ...]
    subtopics: tuple[SubtopicMatch, ...]
    schemes: tuple[dict[str, str], ...]
    context: Context
    recommendations: tuple[Recommendation, ...]
    ask_caller: tuple[str, ...]
    notices: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The documented JSON contract (version 1); fields keep their meaning across versions."""
        c = self.context
        return {
            "version": JSON_VERSION,
            "question": self.question,
            "out_of_scope": self.out_of_scope,
            "primary": self.primary,
            "themes": [
                {
                    "id": t.id,
                    "name": t.name,
                    "score": t.score,
                    "subtopics": list(t.subtopics),
                    "evidence": list(t.evidence),
                }
                for t in self.themes
            ],
            "subtopics": [{"id": s.id, "theme": s.theme, "name": s.name, "score": s.score} for s in self.subtopics],
            "schemes": [dict(s) for s in self.schemes],
            "context": {
                "region": c.region,
                "region_from": c.region_from,
                "place": c.place,
                "stage": c.stage,
                "size": c.size,
                "segment": c.segment,
                "sector": c.sector,
                "amount": c.amount,
                "urgent": c.urgent,
                "safety": c.safety,
                "visited": list(c.visited),
                "lang": c.lang,
            },
            "recommendations": [
                {
                    "provider": r.provider,
                    "name": r.name,
                    "line": r.line,
                    "score": r.score,
                    "reason": r.reason,
                    "offers": list(r.offers),
                    "contacts": [dict(x) for x in r.contacts],
                    "needs_check": r.needs_check,
                }
                for r in self.recommendations
            ],
            "ask_caller": list(self.ask_caller),
            "notices": list(self.notices),
        }
