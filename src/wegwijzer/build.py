"""Compile validated models into the plain, JSON-ready form that matching and routing read (and the cache stores)."""

from __future__ import annotations

import unicodedata
from typing import Any

from .models import Cues, Term, TermSpec
from .schema import Models
from .text import fold, words

CASE, EXACT = 1, 2  # term flags


def compile_kb(m: Models) -> dict[str, Any]:
    """The runtime knowledge base: plain dicts and lists only."""
    stop = {fold(w) for w in m.cues.stopwords}
    terms: list[list[Any]] = []

    def add(spec: TermSpec, kind: str, target: str, weight: float = 1.0) -> None:
        entry = _term(spec, kind, target, weight)
        if entry is not None:
            terms.append(entry)

    for theme in m.themes.themes:
        for spec in theme.terms:
            add(spec, "theme", theme.id)
        for sub in theme.subtopics:
            for spec in sub.terms:
                add(spec, "sub", sub.id)
    for tr in m.themes.transitions:
        for spec in tr.terms:
            add(spec, "transition", tr.id)
    for p in m.providers.providers:
        for spec in [p.name, *p.aliases] if len(p.name.split()) <= 4 else p.aliases:
            add(spec, "party", p.id)
        for s in p.schemes:
            for spec in [s.name, *s.aliases] if len(s.name.split()) <= 4 else s.aliases:
                add(spec, "scheme", s.id)
    _cue_terms(m.cues, add)

    return {
        "themes": [
            {"id": t.id, "code": t.code, "name": t.name, "name_en": t.name_en, "description": t.description}
            for t in m.themes.themes
        ],
        "subtopics": {
            s.id: {"theme": t.id, "name": s.name, "name_en": s.name_en, "related": s.related, "ask": s.ask}
            for t in m.themes.themes
            for s in t.subtopics
        },
        "transitions": {
            tr.id: {"name": tr.name, "name_en": tr.name_en, "themes": tr.themes, "subtopics": tr.subtopics}
            for tr in m.themes.transitions
        },
        "schemes": {
            s.id: {
                "name": s.name,
                "provider": p.id,
                "themes": s.themes,
                "subtopics": s.subtopics,
                "status": s.status.value,
            }
            for p in m.providers.providers
            for s in p.schemes
        },
        "providers": {p.id: _provider(p) for p in m.providers.providers},
        "provinces": {p.id: {"name": p.name, "rom": p.rom, "kvk_region": p.kvk_region} for p in m.regions.provinces},
        "places": _places(m),
        "common_places": sorted({fold(n) for n in m.regions.common_words}),
        "terms": terms,
        "examples": [
            [s.id, [w for w in words(example) if w not in stop]]
            for t in m.themes.themes
            for s in t.subtopics
            for example in s.examples
        ],
        "cues": {
            "stop": sorted(stop),
            "bound": sorted({fold(w) for w in m.cues.bound_prefixes}),
            "negations": sorted({fold(w) for w in m.cues.negations}),
            "locatives": sorted({fold(w) for w in m.cues.locatives}),
            "english": sorted({fold(w) for w in m.cues.english}),
            "staff": sorted({fold(w) for w in m.cues.staff_nouns}),
            "numbers": {fold(k): v for k, v in m.cues.numbers.items()},
            "general": m.cues.general_parties,
            "safety_party": m.cues.safety_party,
        },
    }


def _term(spec: TermSpec, kind: str, target: str, weight: float) -> list[Any] | None:
    text, w, flags = (spec, 1.0, 0) if isinstance(spec, str) else _flags(spec)
    if flags & CASE:
        original = unicodedata.normalize("NFKC", text).strip()
        return [[original], w * weight, flags, kind, target, text]
    tokens = words(text)
    if not tokens:
        return None
    return [tokens, w * weight, flags, kind, target, text]


def _flags(spec: Term) -> tuple[str, float, int]:
    return spec.term, spec.weight, (CASE if spec.case else 0) | (EXACT if spec.exact else 0)


def _cue_terms(cues: Cues, add: Any) -> None:
    for spec in cues.urgency:
        add(spec, "cue", "urgent")
    for spec in cues.safety:
        add(spec, "cue", "safety")
    for stage, specs in cues.stage.items():
        for spec in specs:
            add(spec, "cue", f"stage:{stage}")
    for size, specs in cues.size.items():
        for spec in specs:
            add(spec, "cue", f"size:{size}")
    for segment, specs in cues.segment.items():
        for spec in specs:
            add(spec, "cue", f"segment:{segment.value}")


def _provider(p: Any) -> dict[str, Any]:
    return {
        "name": p.name,
        "description": p.description,
        "kind": p.kind.value,
        "level": p.level.value,
        "line": p.line.value,
        "themes": p.themes,
        "serves": p.serves,
        "offers": [o.value for o in p.offers],
        "groups": [g.value for g in p.target_groups],
        "segments": [s.value for s in p.segments],
        "regions": p.regions,
        "generic": p.generic,
        "status": p.status.value,
        "needs_check": p.needs_check is not None,
        "schemes": [s.id for s in p.schemes],
        "contacts": [c.model_dump(mode="json", exclude_none=True) for c in p.contacts],
    }


def _places(m: Models) -> dict[str, str]:
    """Folded place name -> province id; '' marks a name used in several provinces."""
    places: dict[str, str] = {}
    for prov in m.regions.provinces:
        for name in [prov.id, prov.name, *prov.aliases, *prov.municipalities, *prov.places]:
            key = fold(name)
            if key:
                places[key] = prov.id if places.get(key, prov.id) == prov.id else ""
    for name in m.regions.ambiguous:
        places[fold(name)] = ""
    return places
