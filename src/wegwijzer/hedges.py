"""What the caller says is not the need now (cues.yaml `hedges`): a topic disclaimed ("niet over loon of cao", "not
about bankruptcy"), one settled ("betalingsachterstand, inmiddels opgelost"), trouble only supposed ("als de bv failliet
zou gaan", "what if we go bankrupt") and someone else's trouble ("zwager ging failliet"). Callers hedge, correct
themselves and tell the back story; the advisor refers on what is live. Each hedge is read narrowly: a word that turns
to the caller's own matter ends it ("niet over de lening, wel over de belastingschuld"), and what reads as a hedge but
tells a fact is none ("stel dat de bank beslag legt, dat is gisteren aangekondigd")."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .index import CALAMITY_EVENT, CALAMITY_STOPPED, DEADLINE, PRESSURE, TOPIC_KINDS, Index
from .tokens import Token

if TYPE_CHECKING:
    from .match import Hit

# how far a hedge reaches, in words that are no stopwords: a disclaimer names what it denies in a few words, a
# supposition says its case in a clause, and in a note without commas (a dictated one) what follows another's trouble
# is the caller's own ("zwager is failliet gegaan en wij willen een doorstart maken")
REACH = {"disclaimed": 4, "supposed": 8, "others": 4}
ALARMS = frozenset({"urgent", PRESSURE, DEADLINE, CALAMITY_EVENT, CALAMITY_STOPPED})  # never "safety": see Hedged


class Hedged(NamedTuple):
    """Where a question says what is not the need now. A disclaimed or settled topic's words count for nothing (no
    theme, no party asked for, no alarm); in trouble supposed, only its signs count for nothing ("what if we go
    bankrupt - am I liable?" still asks about liability); another's trouble is no question of the caller's in any
    reading about trouble ("zwager ging failliet" asks nothing about the law of bankruptcy); the words of a disclaimer,
    a settling word or a supposition are no topic ("niet over", "the Belastingdienst part is fine"). A sign of danger
    always counts, and so does the trouble it is evidence of: whoever it is said of, the person on the phone may be at
    risk."""

    disclaimed: frozenset[int] = frozenset()
    settled: frozenset[int] = frozenset()
    supposed: frozenset[int] = frozenset()
    others: frozenset[int] = frozenset()
    own: frozenset[int] = frozenset()  # the hedges' own words
    sentences: frozenset[int] = frozenset()  # the positions of the sentences that hold a supposition
    persons: frozenset[int] = frozenset()  # the words of another named ("zwager"), whose trouble is no private matter

    def holds(self, index: Index, hit: Hit) -> bool:
        """Whether a hit lies where a hedge may take it (decided by `counting` when all hits are known)."""
        span = range(hit.start, hit.end)
        kind = index.kind[hit.term]
        topic = kind in TOPIC_KINDS or kind == "party"
        if (self.disclaimed | self.settled | self.own).issuperset(span):
            return topic or _alarm(index, hit)
        if self.persons.issuperset(span) and index.target[hit.term] == "private":
            return True  # "zwager ging failliet, beller wil zijn personeel overnemen" is no family matter
        return (self.supposed | self.others).issuperset(span) and (kind in TOPIC_KINDS or _alarm(index, hit))

    def counting(self, index: Index, held: list[Hit], danger: set[range], dates: set[int]) -> list[Hit]:
        """The held hits that still count: none where a topic is gone or in a hedge's own words, none that is a sign
        of supposed trouble (unless a date in its sentence makes it expected), none on the words of another's
        trouble. The trouble a sign of danger is evidence of (`danger`: the spans of those signs) always counts."""
        gone = self.disclaimed | self.settled | self.own
        theirs = {i for h in held if self._theirs(index, h) for i in range(h.start, h.end)}
        # a date in a supposition's sentence (`dates`: where the dates found stand) makes it trouble coming
        dated = bool(self.sentences & dates) or any(
            index.target[h.term] == DEADLINE and h.start in self.sentences for h in held
        )
        supposed = frozenset() if dated else self.supposed

        def counts(hit: Hit) -> bool:
            span = range(hit.start, hit.end)
            if span in danger:
                return True
            if gone.issuperset(span):
                return False
            if self.persons.issuperset(span) and index.target[hit.term] == "private":
                return not theirs  # telling another's trouble; "mijn zwager wil een huis kopen" stays private
            if theirs.intersection(span) and _of_trouble(index, hit):
                return False
            return not (supposed.issuperset(span) and _troubling(index, hit))

        return [h for h in held if counts(h)]

    def settled_only(self, index: Index, held: list[Hit]) -> list[Hit]:
        """The topics held only because they are settled: a caller who names no other topic still asks about the
        settled one ("webshop gehackt, is opgelost, hoe voorkom ik dat?" asks about security)."""
        said = self.disclaimed | self.own
        spans = ((h, range(h.start, h.end)) for h in held if index.kind[h.term] in TOPIC_KINDS)
        return [h for h, span in spans if self.settled.issuperset(span) and not said.issuperset(span)]

    def _theirs(self, index: Index, hit: Hit) -> bool:
        return self.others.issuperset(range(hit.start, hit.end)) and _troubling(index, hit)


def hedged(index: Index, tokens: list[Token]) -> Hedged | None:
    """The hedges a question holds, each read with its words side by side ("al vijf maanden niet betaald" is no "al
    betaald"), and what each covers; None for the many questions that hold none (no hit then need be held)."""
    if not index.hedges:
        return None
    spans: dict[str, set[int]] = {"disclaimed": set(), "settled": set(), "supposed": set(), "others": set()}
    own: set[int] = set()
    sentences: set[int] = set()
    persons: set[int] = set()
    words = index.hedge_words
    for i, token in enumerate(tokens):
        for phrase, part in index.hedges.get(token.folded, ()):
            end = i + len(phrase)
            if end > len(tokens) or any(tokens[i + k].folded != w for k, w in enumerate(phrase)):
                continue
            if part == "settled":
                covered = _before(index, tokens, i, end)
                if not words["not_settled"].isdisjoint(t.folded for t in tokens[covered.start : covered.stop]):
                    continue  # "zodra de achterstand is opgelost", "dacht dat de schuld was opgelost"
            else:
                opener = part == "supposed" or " ".join(phrase) in words["openers"]
                if opener and not _opens(index, tokens, i):
                    continue  # "hulp voor als ondernemer", "er niet over nagedacht"
                covered = _rest(index, tokens, i, end, part)
                if part != "disclaimed" and any(tokens[k].folded in words["told"] for k in covered):
                    continue  # the messenger: "zwager vertelde dat ...", "wat als ik zeg dat ..."
                if part == "supposed" and not words["real"].isdisjoint(
                    t.folded for t in tokens if t.sentence == token.sentence
                ):
                    continue  # a fact: "stel dat de bank beslag legt, dat hebben ze gisteren aangekondigd"
            spans[part].update(covered)
            if part == "supposed":
                sentences.update(k for k, t in enumerate(tokens) if t.sentence == token.sentence)
            if part != "others":
                own.update(range(i, end))
            else:  # another named may be the topic ("ruzie met ex compagnon"), but is no private matter of the caller's
                persons.update(range(i, end))
        if token.folded in words["participles"] and _done(index, tokens, i):
            covered = _before(index, tokens, i, i + 1)
            if words["not_settled"].isdisjoint(t.folded for t in tokens[covered.start : covered.stop]):
                spans["settled"].update(covered)  # "beslag is opgeheven, wil nu ...", "tax arrears settled, ..."
                own.add(i)
    if not any(spans.values()):
        return None
    disclaimed, settled, supposed, others = (frozenset(spans[part]) for part in spans)
    return Hedged(disclaimed, settled, supposed, others, frozenset(own), frozenset(sentences), frozenset(persons))


def _done(index: Index, tokens: list[Token], i: int) -> bool:
    """A participle of `participles` that says a matter is done: ending its clause, not denied in it ("de lening is
    toegekend, ...", "schulden afbetaald, nu ..."; not "is nog niet opgelost", "is binnen twee weken")."""
    where = (tokens[i].sentence, tokens[i].clause)
    if i + 1 < len(tokens) and (tokens[i + 1].sentence, tokens[i + 1].clause) == where:
        return False  # not the clause's last word
    clause = [t.folded for t in tokens[:i] if (t.sentence, t.clause) == where]
    return index.hedge_words["negated"].isdisjoint(clause)


def _alarm(index: Index, hit: Hit) -> bool:
    return index.kind[hit.term] == "cue" and index.target[hit.term] in ALARMS


def _troubling(index: Index, hit: Hit) -> bool:
    """A sign of trouble: an alarm, or evidence of the theme of firms in trouble."""
    kind, target = index.kind[hit.term], index.target[hit.term]
    if kind == "cue":
        return target in ALARMS
    theme = target if kind == "theme" else index.kb["subtopics"][target]["theme"] if kind == "sub" else None
    return theme is not None and theme == index.kb["cues"]["urgency_theme"]


def _of_trouble(index: Index, hit: Hit) -> bool:
    """A reading of trouble's words that is about trouble too: a sub-question that is also evidence of the theme of
    firms in trouble ("failliet" as the law of bankruptcy). Another reading stands: "collega ondernemer had
    ransomware, hoe beveilig ik mijn systemen" asks about security."""
    if _troubling(index, hit):
        return True
    if index.kind[hit.term] != "sub":
        return False
    return index.kb["cues"]["urgency_theme"] in index.kb["subtopics"][index.target[hit.term]]["also"]


def _opens(index: Index, tokens: list[Token], start: int) -> bool:
    """A supposition or an opening disclaimer opens its clause, a word of `lead_ins` before it at most ("en wat als",
    "maar stel dat"; not "heeft er nog niet over nagedacht"), or follows a conditional in it ("wat gebeurt er met mijn
    huis als mijn bv failliet zou gaan"; not "hulp voor als ondernemer")."""
    clause = (tokens[start].sentence, tokens[start].clause)
    first = start
    while first > 0 and (tokens[first - 1].sentence, tokens[first - 1].clause) == clause:
        first -= 1
    before = [t.folded for t in tokens[first:start]]
    words = index.hedge_words
    return all(w in words["lead_ins"] for w in before) or not words["conditionals"].isdisjoint(before)


def _rest(index: Index, tokens: list[Token], start: int, end: int, part: str) -> range:
    """From the hedge on to its clause's end, REACH[part] words after it (stopwords not counted) or a word of `ends`
    that turns to another matter: "niet over loon of cao, wil ..." holds "loon of cao", "niet over de lening,
    wel over de belastingschuld" only "de lening"."""
    clause = (tokens[start].sentence, tokens[start].clause)
    # the caller's own words end a disclaimer or another's trouble ("buurman had brand, onze loods ook"), not a
    # supposition, which is the caller's ("what if we go bankrupt")
    ends = index.hedge_words["ends"] | (frozenset() if part == "supposed" else index.hedge_words["own_words"])
    reach = REACH[part]
    while end < len(tokens) and (tokens[end].sentence, tokens[end].clause) == clause:
        if tokens[end].folded in ends:
            break
        if tokens[end].folded not in index.stop:
            if not reach:
                break
            reach -= 1
        end += 1
    return range(start, end)


def _before(index: Index, tokens: list[Token], start: int, end: int) -> range:
    """What a settling word closes: what its clause says before it ("de Belastingdienst-kant is fine", "COL netjes
    terugbetaald"), or, saying nothing but small words and `adverbs`, the clause before in the same sentence
    ("achterstand bij leverancier, inmiddels opgelost"; "leverancier is failliet, verder niet haar probleem")."""
    where = (tokens[start].sentence, tokens[start].clause)
    first = start
    while first > 0 and (tokens[first - 1].sentence, tokens[first - 1].clause) == where:
        first -= 1
    said = any(t.folded not in index.stop and t.folded not in index.hedge_words["adverbs"] for t in tokens[first:start])
    if said or not first or tokens[first - 1].sentence != where[0]:
        return range(first, end)
    before = tokens[first - 1].clause
    while first > 0 and (tokens[first - 1].sentence, tokens[first - 1].clause) == (where[0], before):
        first -= 1
    return range(first, end)
