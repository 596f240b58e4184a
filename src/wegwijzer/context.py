"""The caller's situation read from the question: region, size, stage, segment, urgency, safety, language."""

from __future__ import annotations

import re
from typing import NamedTuple

from .choices import EMPLOYERS, ESTABLISHED, SEGMENTS, SIZES, STAGES
from .index import Index
from .match import Matches
from .places import Place
from .results import Context
from .score import CUE_THRESHOLD, Scores
from .tokens import Token, reads_english

SIZE_BY_STAFF = ((0, "zzp"), (1, "micro"), (10, "klein"), (50, "middelgroot"))  # mkb definition, seed 000 Tabel 1


class Overrides(NamedTuple):
    """What the advisor set with flags; it wins over what the text says."""

    region: str | None = None
    place: str | None = None  # the municipality or subregion --region named, when it named one
    stage: str | None = None
    size: str | None = None
    segment: str | None = None


def read(index: Index, matches: Matches, scores: Scores, overrides: Overrides, found: Place, text: str) -> Context:
    """Everything about the caller the routing needs."""
    place, province, unresolved = found.written, found.province, found.unresolved
    region_from = "text" if province else None
    if overrides.region:
        # the flag's province wins; a place the text names in it still says which part (the flag's own place if not)
        kept = place if province == overrides.region else None
        province, region_from, place, unresolved = overrides.region, "flag", kept or overrides.place, None
    provinces = index.kb["provinces"]
    size = overrides.size or _size(matches.counts) or _strongest(scores, "size", SIZES)
    stage = overrides.stage or _strongest(scores, "stage", STAGES)
    if stage is None and size in EMPLOYERS:
        stage = ESTABLISHED  # a firm with staff has started (a starter with staff says so: "we starten met 5 man")
    return Context(
        region=province,
        region_name=provinces[province]["name"] if province else None,
        region_from=region_from,
        place=place,
        unresolved_place=unresolved,
        stage=stage,
        size=size,
        segment=overrides.segment or _strongest(scores, "segment", SEGMENTS),
        sector=_strongest(scores, "sector", tuple(k[7:] for k in scores.cue if k.startswith("sector:"))),
        amount=amount(text),
        said=frozenset(fact for fact, _ in matches.facts),
        visited=tuple(scores.visited),
        visited_names=(*(str(index.provider(pid)["name"]) for pid in scores.visited), *scores.visited_words),
        # a caller in danger is always an acute case
        urgent=scores.cue.get("urgent", 0.0) >= CUE_THRESHOLD or scores.cue.get("safety", 0.0) >= CUE_THRESHOLD,
        safety=scores.cue.get("safety", 0.0) >= CUE_THRESHOLD,
        lang=_language(index, matches.tokens),
    )


_AMOUNT = re.compile(
    r"(?P<euro>€|\beur\b)?\s*(?P<num>\d{1,3}(?:[.\s]\d{3})+|\d+(?:[.,]\d+)?)\s*"
    r"(?P<mult>miljoen|mln|million|mio|duizend|thousand|ton\b|k\b|m\b)?\s*(?P<word>euro|eur\b)?",
    re.IGNORECASE,
)
_MULTIPLIER = {"miljoen": 10**6, "mln": 10**6, "million": 10**6, "mio": 10**6, "m": 10**6}
_MULTIPLIER |= {"duizend": 10**3, "thousand": 10**3, "k": 10**3, "ton": 10**5}  # "4 ton": 400,000 euro
_WEIGHT = re.compile(r"\s*(?:per\b|co2)", re.IGNORECASE)  # "4 ton CO2", "20 ton per week": tonnes


def amount(text: str) -> int | None:
    """The largest sum of money in the text: "€ 2 miljoen", "650.000 euro", "1,5 mln", "150k", "4 ton"."""
    best = None
    for m in _AMOUNT.finditer(text):
        mult = (m.group("mult") or "").lower()
        if not (m.group("euro") or m.group("word") or mult in {"miljoen", "mln", "million", "mio", "k", "ton"}):
            continue  # a bare number is a year, a count or a percentage, not money
        digits = m.group("num")
        if re.fullmatch(r"\d{1,3}(?:[.\s]\d{3})+", digits):
            value = float(re.sub(r"[.\s]", "", digits))
        else:
            value = float(digits.replace(",", "."))
        if mult == "ton" and (value >= 100 or _WEIGHT.match(text, m.end())):
            continue  # tonnes ("500 ton", "4 ton CO2"), not hundreds of thousands of euros
        value *= _MULTIPLIER.get(mult, 1)
        best = max(best or 0, int(value))
    return best


def _size(counts: list[tuple[int, range]]) -> str | None:
    """Size class from the first staff count: "12 medewerkers", "drie man personeel", "40 employees"."""
    return _size_class(counts[0][0]) if counts else None


def _size_class(count: int) -> str | None:
    label = None
    for floor, name in SIZE_BY_STAFF:
        if count >= floor:
            label = name
    return None if count >= 250 else label


def _strongest(scores: Scores, prefix: str, options: tuple[str, ...]) -> str | None:
    if not options:
        return None
    best = max(sorted(options), key=lambda o: scores.cue.get(f"{prefix}:{o}", 0.0))
    return best if scores.cue.get(f"{prefix}:{best}", 0.0) > 0 else None


def _language(index: Index, tokens: list[Token]) -> str:
    return "en" if reads_english(index, tokens) else "nl"
