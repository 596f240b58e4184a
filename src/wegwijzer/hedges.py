"""What the caller says is not the need now (cues.yaml `hedges`): a topic disclaimed ("niet over loon of cao", "not
about bankruptcy"), one settled ("betalingsachterstand, inmiddels opgelost"), trouble only supposed ("als de bv failliet
zou gaan", "what if we go bankrupt") and someone else's trouble ("zwager ging failliet"). Callers hedge, correct
themselves and tell the back story; the advisor refers on what is live."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .index import CALAMITY_EVENT, CALAMITY_STOPPED, DEADLINE, PRESSURE, TOPIC_KINDS, Index
from .tokens import Token

if TYPE_CHECKING:
    from .match import Hit

# a supposition or another's trouble is said in a few words after its hedge (stopwords not counted): in a note
# without commas (a dictated one) what follows is the caller's own ("zwager is failliet gegaan en wij willen een
# doorstart maken")
REACH = {"supposed": 8, "others": 4}
ALARMS = frozenset({"urgent", PRESSURE, DEADLINE, CALAMITY_EVENT, CALAMITY_STOPPED})  # never "safety": see Hedged


class Hedged(NamedTuple):
    """Where a question says what is not the need now. A disclaimed or settled topic's words count for nothing (no
    theme, no party asked for, no alarm); in trouble supposed, only its signs count for nothing ("what if we go
    bankrupt - am I liable?" still asks about liability); another's trouble is no question of the caller's in any
    reading ("zwager ging failliet" asks nothing about the law of bankruptcy). A sign of danger always counts: whoever
    it is said of, the person on the phone may be at risk."""

    gone: frozenset[int] = frozenset()
    supposed: frozenset[int] = frozenset()
    others: frozenset[int] = frozenset()

    def holds(self, index: Index, hit: Hit) -> bool:
        """Whether a hit lies where a hedge may take it (decided by `counting` when all hits are known)."""
        span = range(hit.start, hit.end)
        if self.gone.issuperset(span):
            return index.kind[hit.term] in TOPIC_KINDS or index.kind[hit.term] == "party" or _alarm(index, hit)
        return (self.supposed | self.others).issuperset(span) and (
            index.kind[hit.term] in TOPIC_KINDS or _alarm(index, hit)
        )

    def counting(self, index: Index, held: list[Hit]) -> list[Hit]:
        """The held hits that still count: none where a topic is gone, none that is a sign of supposed trouble (unless
        a date makes it expected), none on the words of another's trouble."""
        theirs = {
            i
            for h in held
            if self.others.issuperset(span := range(h.start, h.end)) and _troubling(index, h)
            for i in span
        }
        # a date makes a supposition an expectation: "what if we can't pay wages on friday" is trouble coming
        dated = any(index.target[h.term] == DEADLINE and self.supposed.issuperset(range(h.start, h.end)) for h in held)
        supposed = frozenset() if dated else self.supposed
        return [
            h
            for h in held
            if not self.gone.issuperset(span := range(h.start, h.end))
            and not theirs.intersection(span)
            and not (supposed.issuperset(span) and _troubling(index, h))
        ]


def hedged(index: Index, tokens: list[Token]) -> Hedged:
    """The hedges a question holds, each read with its words side by side ("al vijf maanden niet betaald" is no "al
    betaald"), and what each covers."""
    spans: dict[str, set[int]] = {"disclaimed": set(), "settled": set(), "supposed": set(), "others": set()}
    if not index.hedges:
        return Hedged()
    for i, token in enumerate(tokens):
        for words, part in index.hedges.get(token.folded, ()):
            end = i + len(words)
            if end > len(tokens) or any(tokens[i + k].folded != w for k, w in enumerate(words)):
                continue
            if part == "settled":
                spans[part].update(_before(index, tokens, i, end))
            else:
                spans[part].update(_rest(index, tokens, i, end, REACH.get(part)))
    if not any(spans.values()):
        return Hedged()
    gone = spans["disclaimed"] | spans["settled"]
    return Hedged(frozenset(gone), frozenset(spans["supposed"]), frozenset(spans["others"]))


def _alarm(index: Index, hit: Hit) -> bool:
    return index.kind[hit.term] == "cue" and index.target[hit.term] in ALARMS


def _troubling(index: Index, hit: Hit) -> bool:
    """A sign of trouble: an alarm, or evidence of the theme of firms in trouble."""
    kind, target = index.kind[hit.term], index.target[hit.term]
    if kind == "cue":
        return target in ALARMS
    theme = target if kind == "theme" else index.kb["subtopics"][target]["theme"] if kind == "sub" else None
    return theme is not None and theme == index.kb["cues"]["urgency_theme"]


def _rest(index: Index, tokens: list[Token], start: int, end: int, reach: int | None) -> range:
    """From the hedge on to its clause's end, or to `reach` words after it, stopwords not counted: "niet over loon of
    cao, wil ..." holds "loon of cao"."""
    clause = (tokens[start].sentence, tokens[start].clause)
    while end < len(tokens) and (tokens[end].sentence, tokens[end].clause) == clause:
        if reach is not None and tokens[end].folded not in index.stop:
            if not reach:
                break
            reach -= 1
        end += 1
    return range(start, end)


def _before(index: Index, tokens: list[Token], start: int, end: int) -> range:
    """What a settling word closes: what its clause says before it ("de Belastingdienst-kant is fine", "COL netjes
    terugbetaald"), or, saying nothing but small words, the clause before in the same sentence ("achterstand bij
    leverancier, inmiddels opgelost"; "leverancier is failliet, verder niet haar probleem")."""
    where = (tokens[start].sentence, tokens[start].clause)
    first = start
    while first > 0 and (tokens[first - 1].sentence, tokens[first - 1].clause) == where:
        first -= 1
    said = any(t.folded not in index.stop for t in tokens[first:start])
    if said or not first or tokens[first - 1].sentence != where[0]:
        return range(first, end)
    before = tokens[first - 1].clause
    while first > 0 and (tokens[first - 1].sentence, tokens[first - 1].clause) == (where[0], before):
        first -= 1
    return range(first, end)
