"""Question -> vocabulary hits: exact words, inflections and compounds, typos, phrases, negation, similar examples."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable
from itertools import pairwise
from typing import NamedTuple

from .addressing import ANNOUNCERS, DOTTED_ONLY
from .facts import count_start, fact_spans, staff_counts
from .forms import AFFIX_Q, EXACT_Q, TAIL_Q, rejoin_separable, word_forms
from .hedges import hedged
from .index import (
    ADJACENT,
    ALONE,
    BARE,
    CALLER,
    CASE,
    CONTEXT_CUES,
    DEADLINE,
    EXACT,
    KINDS,
    PERSONAL,
    SIZE,
    STEM,
    TOPIC_KINDS,
    VISIT_CUES,
    Index,
)
from .places import place_at
from .tokens import PIECES, Token, expand, reads_english, tokenize

# the most an example that shares a single word stem with the question counts: under score.SIM_ALONE, so that
# resembling an example in one word never puts a theme on the list by itself (a test keeps the two in step)
ONE_WORD_SIMILARITY = 0.44
CALLED = TOPIC_KINDS | {"party"}  # what a heading that says who calls does not say (_called)
HEADING_WORDS = 12  # the most words of a note's heading that says who calls ("accountmgr gemeente Roermond:")
HEADING = re.compile(r"\s*([^.!?;:]{1,120}?):(?=\s|$)")  # a first sentence that ends with a colon
UNEXPLAINED_IDF = 2.0  # the weight of a topic word that no example holds, in the question's length (a common word's)
IN_PHRASE_Q = 0.5  # a word read as part of a phrase counts this much on its own
NAMES = ("party", "scheme")  # vocabulary kinds that name an organisation or a scheme
PRIVATE_PHRASE = 1.0  # a private phrase this strong reads its words as part of it too (see find)
FIRM_Q = 0.4  # a word that names what the caller's firm does ("marketing" in "marketingbureau"): mostly context
PHRASE_GAP = 1  # other words a caller may put between two words of a phrase (within one sentence)
MAX_STOP_GAP = 3  # and stopwords
CUE_GAP = 3  # context cues are built from parts ("salarissen" … "niet betalen"): they may lie further apart
CUE_STOP_GAP = 6
MIN_SECOND = 3  # letters of the second word a compound written as two words must reach into ("huur achterstand")
CUSTOMER_REACH = 3  # words before a label marked `alone` in which a customer makes it theirs


class Hit(NamedTuple):
    """One vocabulary term found in the question."""

    term: int
    quality: float
    start: int
    end: int


class Matches(NamedTuple):
    """Everything matching found, before themes are scored."""

    tokens: list[Token]
    content: list[int]  # indices into tokens of the words that are not stopwords
    hits: list[Hit]
    similar: dict[str, float]  # sub-question -> best example similarity
    counts: list[tuple[int, range]]  # staff counts and where their nouns stand (staff_counts)
    facts: list[tuple[str, range]]  # the facts of cues.yaml `facts` the question gives, and where (fact_spans)
    named: frozenset[int] = frozenset()  # the positions of a person's name: no vocabulary, no place
    visits: tuple[Hit, ...] = ()  # every cue of where the caller already went (score._visited), in order
    called: bool = False  # a heading says who calls for the entrepreneur (_called): a business question


def _heading(text: str, tokens: list[Token]) -> int:
    """How many words a note's heading holds: its first sentence, when that ends with a colon and is short
    ("boekhouder Terneuzen: klant ..."); 0 when there is none. The colon ends the first sentence the tokens hold."""
    if HEADING.match(text) is None:
        return 0
    words = sum(1 for t in tokens if t.sentence == 0)
    return words if words <= HEADING_WORDS else 0


def _called(
    index: Index, tokens: list[Token], heading: int, held: dict[int, Hit], found: dict[int, Hit], named: set[int]
) -> set[int]:
    """Where a heading names who calls for the entrepreneur (cues `callers`: "boekhouder Terneuzen:", "accountmgr
    gemeente Roermond:", "HR adviser:"), and its words are kept accordingly. Such a heading says no topic: the caller's
    own organisation is no party asked for and the role's words are no question ("boekhouder" is no tax question).
    It holds nothing but the role, the organisation, a place, a name (or a capitalised word the vocabulary does not
    know: "accountant Jansen:"), a number and words that describe who is called for (_beside_caller); a heading with
    any other word is a question of its own ("ruzie met accountant:", "zoon neemt over:"), as is one that asks or looks
    for one ("welke accountant:", "zoekt boekhouder:") or names two roles as alternatives (cues `callers_apart`:
    "accountant of boekhouder:"). What the heading holds otherwise is read as everywhere. Empty when it names no
    caller."""
    roles = [
        h for h in found.values() if index.kind[h.term] == "cue" and index.target[h.term] == CALLER and h.end <= heading
    ]
    said = {i for h in roles for i in range(h.start, h.end)}
    between = range(min(said, default=0), max(said, default=0))  # the words between the roles, not inside one
    if any(tokens[i].folded in index.callers_apart for i in between if i not in said):
        roles, said = [], set()  # "accountant of boekhouder:" asks about two; "collega van de boekhouder:" is one
    said |= {i for t, h in held.items() if index.kind[t] == "party" for i in range(h.start, h.end)}
    said |= named
    i = 0
    while roles and i < heading:
        place = place_at(index, tokens, i) if i not in said else None
        if place is not None:
            i += place[0]
            continue
        # a capitalised word the vocabulary does not know is a name, such as the caller's ("accountant Jansen:")
        name = tokens[i].original[:1].isupper() and not index.is_word(tokens[i].folded)
        if i not in said and not name and not _beside_caller(index, tokens[i].folded):
            roles = []
        i += 1
    for term, hit in held.items():
        if roles and (index.kind[term] == "party" or any(hit.start < r.end and r.start < hit.end for r in roles)):
            continue
        if term not in found or found[term].quality < hit.quality:
            found[term] = hit
    return {i for h in roles for i in range(h.start, h.end)}


def _beside_caller(index: Index, word: str) -> bool:
    """A word that may stand beside who calls in a heading: a small word (not one that asks or looks for something),
    a number, the firm's kind, the customer or the entrepreneur ("accountant van klant:", "coach van ondernemer:") and
    cues `caller_words` ("belt namens", "eigenaar")."""
    if word in index.asking or word in index.seeking or word in index.seeking_forward:
        return False
    return (
        word in index.stop
        or word in index.locatives
        or word in index.caller_words
        or word in index.business_words
        or word in index.customers
        or word.isdigit()
        or index.names_firm(word)
    )


def find(index: Index, text: str) -> Matches:
    """All vocabulary hits in a question."""
    if index.written_re is not None:  # "w/o" -> "without": the word reader would split it into two letters
        text = index.written_re.sub(lambda m: index.written[m.group(1).casefold()], text)
    tokens = expand(index, tokenize(text, index.dotted, index.turns, index.unturned))
    stop = index.stop
    content = [i for i, t in enumerate(tokens) if t.folded not in stop]
    forms = [word_forms(index, t.folded, t.folded in stop) for t in tokens]
    for i in range(2, len(tokens)):  # a separable verb: "personeel aan te nemen" reads "aannemen" when that is known
        if tokens[i - 1].folded == "te" and tokens[i - 2].folded in index.particles and tokens[i].folded not in stop:
            joined = tokens[i - 2].folded + tokens[i].folded
            if index.is_word(joined):
                forms[i] = {joined: EXACT_Q}  # "de zaak door te starten" is doorstarten, not starten
    if index.split_verbs:
        rejoin_separable(index, tokens, forms)
    stood = _stand_in(index, tokens, forms)
    present = {word for f in forms for word in f}  # every vocabulary word the question holds, in any form
    found: dict[int, Hit] = {}
    in_place: list[Hit] = []  # topic phrases read with a firm's kind in place of "bedrijf"
    unsaid: set[int] = set()

    named = _names(index, text, tokens)  # "mw. Bakker" is no bakery, "Jan Visser" no fisherman
    visits: dict[int, Hit] = {}  # by where they start
    heading = _heading(text, tokens)
    held: dict[int, Hit] = {}  # topics and parties in the heading, until it is known whether it says who calls

    hedge = hedged(index, tokens)  # "niet over loon", "inmiddels opgelost", "zwager ging failliet"
    hedging: list[Hit] = []  # what a hedge may take, every time it is said, until all hits are known

    def keep(hit: Hit, hedge_free: bool = False) -> None:
        if named.issuperset(range(hit.start, hit.end)):
            return  # a name's words, where the name is said: the same word elsewhere is still read
        if index.kind[hit.term] == "cue" and index.target[hit.term] in VISIT_CUES:
            visits[hit.start] = max(visits.get(hit.start, hit), hit, key=lambda h: h.end - h.start)
            return  # each time it is said: "KVK verwees door, RVO verwees door"
        if not hedge_free and hedge is not None and hedge.holds(index, hit):
            hedging.append(hit)  # "lening is afgelost, nu nieuwe lening": the second is still read
            return
        store = held if hit.end <= heading and index.kind[hit.term] in CALLED else found
        if hit.term not in store or store[hit.term].quality < hit.quality:
            store[hit.term] = hit

    for i, token in enumerate(tokens):
        # a negation right before a term cancels it ("nog geen personeel"); "weet niet of stoppen" does not
        before = tokens[i - 1].folded if i > 0 else ""
        negated = before in index.negations or (i > 1 and f"{tokens[i - 2].folded} {before}" in index.negations)
        if negated:
            unsaid.add(i)
        for term in index.case_single(token.original):
            keep(Hit(term, EXACT_Q, i, i + 1))
        for word, quality in forms[i].items():
            standing = (i, word) in stood
            for term in () if standing else index.single(word):
                if negated or (index.flags[term] & EXACT and quality < AFFIX_Q):  # exact: no typos, no tails
                    continue
                keep(Hit(term, quality, i, i + 1))
            for term in index.phrases(word):
                if index.flags[term] & EXACT and quality < AFFIX_Q:
                    continue  # an exact phrase begins with the word itself, an inflection or a compound's head
                if standing and not index.flags[term] & KINDS:
                    continue
                if not present.issuperset(index.phrase_words(term)):
                    continue  # a word of the phrase is nowhere in the question (most phrases end here)
                read = _phrase(index, term, i, quality, forms, tokens, stood)
                if read is None or negated:
                    continue
                hit, stood_in = read
                if stood_in and index.kind[term] != "cue":
                    in_place.append(hit)
                else:
                    keep(hit)
    _split_compounds(index, tokens, keep)

    def live(held: list[Hit]) -> list[Hit]:
        """What of the hedged hits still counts (hedges.Hedged.counting), beside the signs of danger and the dates
        found: the trouble a sign of danger is evidence of counts, whoever it is said of."""
        assert hedge is not None
        danger = {range(h.start, h.end) for h in found.values() if index.target[h.term] == "safety"}
        dates = {h.start for h in found.values() if index.target[h.term] == DEADLINE}
        return hedge.counting(index, held, danger, dates)

    if hedge is not None and hedging:
        for hit in live(hedging):
            keep(hit, hedge_free=True)
        restored = []
        if not any(index.kind[h.term] in TOPIC_KINDS for h in found.values()):
            restored = hedge.settled_only(index, hedging)  # "webshop gehackt, is opgelost, hoe voorkom ik dat?"
            for hit in restored:
                keep(hit, hedge_free=True)
        unsaid |= hedge.disclaimed | hedge.own | (frozenset() if restored else hedge.settled)
    caller = _called(index, tokens, heading, held, found, named)
    # a firm's kind says the topic ("ik wil mijn kapsalon verkopen") only when nothing else does: "wil bakkerij
    # overnemen, bank wil niet financieren" is a financing question, as the question with "bedrijf" may be too
    # (a staff count is no topic: "mijn bakkerij sluiten, 3 man personeel" is about closing)
    all_counts = staff_counts(index, tokens)
    counting = {pos for _, where in all_counts for pos in where}
    # (nor are the phrase's own words, said side by side, another topic: "wil salon overnemen" is no bare "overnemen";
    # "we sell in our shop" sells no shop)
    own = {i for h in in_place if h.end - h.start == len(index.phrase_words(h.term)) for i in range(h.start, h.end)}
    if not any(
        index.kind[t] in TOPIC_KINDS and not (counting | own).issuperset(range(h.start, h.end))
        for t, h in found.items()
    ):
        for hit in in_place:  # a hedge takes these as the others ("niet over de bakkerij verkopen")
            if hedge is None or not hedge.holds(index, hit) or hit in live([*hedging, hit]):
                keep(hit, hedge_free=True)
    # a size said in words from the count on holds no staff count: "a one-man business" is a zzp'er, not a firm with one
    # employee (a size cue that merely spans a count leaves it: "een paar jaar geleden 15 man personeel")
    sized = {h.start for h in found.values() if index.target[h.term].startswith(SIZE)}
    counts = [(n, where) for n, where in all_counts if count_start(index, tokens, where) not in sized]
    counted = {pos for _, where in counts for pos in where}
    unsaid |= counted  # negated words and staff counts say nothing about the topic, for the examples either
    unsaid |= named
    unsaid |= caller  # "accountant: klant wil een pand kopen" resembles no question about an accountant
    unsaid |= {i + 1 + k for i in range(len(tokens)) for k in range(_place_after(index, tokens, i))}
    # a word the vocabulary knows whole is not also read by its parts: "parkeerboete" is no "boete" question
    # (a role that says who calls is no such word: "ondernemerscoach" is still a coach)
    whole = {
        h.start
        for h in found.values()
        if h.end - h.start == 1 and h.quality == EXACT_Q and index.target[h.term] != CALLER
    }
    english = reads_english(index, tokens)  # its nouns written apart: a bare phrase may modify the next (_modifies)
    # a word of a phrase the question holds is read as part of it: "aanmaningen gestuurd" (sending reminders) is no
    # "aanmaning" received; the first and last words are the phrase's own (a gap word between them is not)
    # likewise a clearly private phrase's own words: "toeslagen terugbetalen" is a household's allowance, no business
    # debt ("my landlord", weaker, is also said by a shopkeeper)
    in_phrase = {
        i
        for h in found.values()
        if h.end - h.start > 1
        and (
            index.kind[h.term] != "cue"
            or (index.target[h.term] == "private" and index.weight[h.term] >= PRIVATE_PHRASE)
        )
        for i in (h.start, h.end - 1)
    }
    # a name inside a longer name found is no name of its own: "Horizon" in "Horizon Europe" is no Horizon Flevoland
    named_as: dict[int, set[str]] = defaultdict(set)
    for h in found.values():
        if h.end - h.start > 1 and index.kind[h.term] in NAMES:
            for i in range(h.start, h.end):
                named_as[i].add(index.target[h.term])
    hits = sorted(
        (
            h
            for h in found.values()
            if not (
                index.kind[h.term] in NAMES
                and h.end - h.start == 1
                and h.start in named_as
                and index.target[h.term] not in named_as[h.start]
            )
            and not (counted.issuperset(range(h.start, h.end)) and index.kind[h.term] != "cue")
            # a staff count is no person: "groothandel met 70 wn vraagt" is no employee asking
            and not (h.start in counted and index.target[h.term] in PERSONAL)
            and not (h.end - h.start == 1 and h.quality in (AFFIX_Q, TAIL_Q) and h.start in whole)
            and not (index.flags[h.term] & ALONE and not _alone(index, tokens, h))
            and not (index.flags[h.term] & BARE and english and _modifies(index, tokens, h))
        ),
        key=lambda h: (h.start, h.term),
    )
    # who calls (a bakery, a zzp'er) is context, not the topic: such words do not make two questions alike
    unsaid |= {
        i
        for h in hits
        if index.kind[h.term] == "cue" and index.target[h.term].startswith(CONTEXT_CUES)
        for i in range(h.start, h.end)
    }
    hits = [_in_context(index, tokens, in_phrase, h) for h in hits]
    topical = [tokens[i].folded for i in content if i not in unsaid]
    worded = {tokens[i].folded for h in hits if index.kind[h.term] in ("theme", "sub") for i in range(h.start, h.end)}
    similar = _similar(index, topical, worded)
    facts = fact_spans(index, tokens)
    return Matches(
        tokens,
        content,
        hits,
        similar,
        counts,
        facts,
        frozenset(named),
        tuple(visits[k] for k in sorted(visits)),
        bool(caller),
    )


def _stand_in(index: Index, tokens: list[Token], forms: list[dict[str, float]]) -> frozenset[tuple[int, str]]:
    """A firm named by its kind (cues.yaml `firm_kinds`) stands for the general words of `firm_stand_ins` in the
    phrases marked `kinds`: "een bakkerij starten" is "bedrijf starten", "open a bakery" "open a business", "kapsalon
    verkopen" "bedrijf verkopen". Adds those words to the kind's forms (a copy: forms are cached) and returns the
    (position, word) pairs it added, which no single word, party, scheme or unmarked phrase reads."""
    stood: set[tuple[int, str]] = set()
    for i, token in enumerate(tokens):
        if not index.names_kind(token.folded):
            continue
        # as sure as the word itself: "het restaurant waar ik werk" is as much a role as "het bedrijf waar ik werk"
        added = {w: EXACT_Q for w in index.stand_ins if forms[i].get(w, 0.0) < EXACT_Q}
        if added:
            forms[i] = {**forms[i], **added}
            stood.update((i, w) for w in added)
    return frozenset(stood)


def _split_compounds(index: Index, tokens: list[Token], keep: Callable[[Hit], None]) -> None:
    """A compound written as two or three words ("huur achterstand", "loon kosten subsidie") reads as the one word
    the vocabulary knows, whole or as a plural; not by typo, and not when the known word is only the first of the
    parts. Not in an English question: English writes its compounds apart ("sales person" is a phrase of its own)."""
    if reads_english(index, tokens):
        return
    stop = index.stop

    def part(t: Token) -> bool:
        return t.folded not in stop and t.folded.isalpha()

    for i in range(len(tokens) - 1):
        first = tokens[i]
        if not part(first):
            continue
        joined, head = first.folded, 0
        for n in (2, 3):  # the next word joins while it is in the same clause and no stopword
            if i + n > len(tokens):
                break
            last = tokens[i + n - 1]
            if (last.sentence, last.clause) != (first.sentence, first.clause) or not part(last):
                break
            head, joined = len(joined), joined + last.folded  # the known word must reach into the last part
            if len(last.folded) < MIN_SECOND:
                continue  # too short to end a compound, but it may be the middle of a longer one
            # the word itself, or its plural's singular: two or three look-ups, not the whole reading of a word
            readings = [(joined, EXACT_Q)] + [(joined[: -len(e)], AFFIX_Q) for e in index.plurals if joined.endswith(e)]
            for word, quality in readings:
                if len(word) < head + MIN_SECOND or not index.is_word(word):
                    continue
                for term in index.single(word):
                    if not index.flags[term] & CASE:
                        keep(Hit(term, quality, i, i + n))


def _in_context(index: Index, tokens: list[Token], in_phrase: set[int], hit: Hit) -> Hit:
    """A single topic word counts less where its neighbours say what it is: part of a phrase found, or what the
    caller's firm does ("IT" in "IT bedrijf", "marketing" in "marketingbureau"; not in "hulp bij marketing")."""
    if hit.end - hit.start != 1 or index.kind[hit.term] == "cue":
        return hit
    if hit.start in in_phrase:
        hit = hit._replace(quality=hit.quality * IN_PHRASE_Q)
    after = tokens[hit.end].folded if hit.end < len(tokens) else ""
    word, head = tokens[hit.start].folded, index.term_words[hit.term]
    # the head of a compound that ends in a firm noun: "marketing|bureau", "productie|bedrijf", "transport|s|bedrijf"
    part = hit.quality == AFFIX_Q and word.startswith(head) and len(word) > len(head)
    if after in index.firm or (part and any(word.endswith(f) and len(word) - len(f) >= len(head) for f in index.firm)):
        return hit._replace(quality=hit.quality * FIRM_Q)
    return hit


def _names(index: Index, text: str, tokens: list[Token]) -> set[int]:
    """Positions of the words of a person's name in the text (the redaction rules decide): only a capital or a form
    of address or introduction announces one, so most questions skip the rules."""
    if not any(t.original[:1].isupper() or t.folded in ANNOUNCERS for t in tokens):
        return set()
    from .names import names

    positions: set[int] = set()
    for name in names(text, index.namebook):
        pieces = [piece for piece in PIECES.findall(name) if piece[0].isalnum()]  # tokens: words, not stops
        # the name where it is said first, not the same word elsewhere: "dhr kok zoekt een nieuwe kok"
        for i in range(len(tokens) - len(pieces) + 1):
            if all(tokens[i + k].original == piece for k, piece in enumerate(pieces)):
                positions.update(range(i, i + len(pieces)))
                form = tokens[i - 1] if i else None
                if (
                    form
                    and form.folded in ANNOUNCERS
                    # "hr" with its full stop right before this name ("Hr. Meijer"), or capitalised before a name
                    # found without it ("Hr Jan Bakker"); not "HR Jan" or "hr jan"
                    and (
                        form.folded not in DOTTED_ONLY
                        or (form.original.istitle() and form.sentence == tokens[i].sentence)  # not "Hr: Jan"
                        or _dotted_before(text, form.original, pieces[0])
                    )
                ):
                    positions.add(i - 1)  # the form of address is no word either: "Hr. Meijer" is no HR question
                break
    return positions


def _dotted_before(text: str, form: str, name: str) -> bool:
    """The form of address stands with its full stop right before the name's first word ("Hr. Meijer")."""
    return re.search(rf"(?<![^\W_]){re.escape(form)}\.\s*{re.escape(name)}(?![^\W_])", text) is not None


def _phrase(
    index: Index,
    term: int,
    start: int,
    quality: float,
    forms: list[dict[str, float]],
    tokens: list[Token],
    stood: frozenset[tuple[int, str]],
) -> tuple[Hit, bool] | None:
    """A multi-word term from `start` on: its words in order, with stopwords and a few other words between (the
    caller has checked that every word of it is somewhere in the question); a firm's kind stands in (`_stand_in`)
    only in a phrase marked `kinds`, with only stopwords between it and the phrase's other words. Returns the hit and
    whether a kind stood in."""
    kinds = index.flags[term] & KINDS
    words = index.phrase_words(term)
    exact = index.flags[term] & EXACT
    gap, stop_gap = (CUE_GAP, CUE_STOP_GAP) if index.kind[term] == "cue" else (PHRASE_GAP, MAX_STOP_GAP)
    if index.flags[term] & ADJACENT:
        gap = stop_gap = 0
    best = quality
    pos = start
    last = len(words) - 1
    stood_in = (start, words[0]) in stood
    for k, (before, word) in enumerate(pairwise(words), 1):
        # another word may come between two content words of a phrase, not after a small word of it: in
        # "buy a business" the "a" stands right before "business" ("buy a van for my plumbing business" is none)
        step_gap = gap if before not in index.stop or index.kind[term] == "cue" else 0
        if k == last and word in index.clause_final:  # "betaalt al drie maanden niet": the clause's end
            step_gap, stop_gap = max(step_gap, CUE_GAP), max(stop_gap, CUE_STOP_GAP)
        # after a firm's kind nothing but where it is ("een bakkerij in Utrecht starten"): in "de bakkerij wil taarten
        # verkopen" and "onze bakkerij gaat beginnen met bezorgen" the kind is the subject of another verb
        after_kind = (pos, before) in stood
        skipped_content = skipped_stop = 0
        j = pos + 1
        while j < len(tokens) and tokens[j].clause == tokens[start].clause:  # nor across a comma
            standing = (j, word) in stood
            # right before a kind, one word that says which ("a coffee bar", "een nieuwe kapsalon"); none further off
            modified = skipped_content == 1 and tokens[j - 1].folded not in index.stop
            q = None if standing and (not kinds or (skipped_content and not modified)) else forms[j].get(word)
            if q is not None and (q != TAIL_Q or j == pos + 1) and (not exact or q >= AFFIX_Q):
                # a compound's tail continues a phrase only right after it ("nieuw schoonmaakbedrijf"), never
                # across other words ("in Sneek, de Belastingdienst" is no "in dienst")
                break
            # (a unit of time the phrase itself goes on with is its word: "binnen 6 weken")
            where = _place_after(index, tokens, j) or _duration(index, tokens, j, word, forms)
            if where:  # "mijn bedrijf in Den Bosch verkopen", "omzet 2 jr dalend": where or how long is one word
                skipped_content += 1
                if skipped_content > step_gap:
                    return None
                j += 1 + where
                continue
            if tokens[j].folded in index.stop:
                skipped_stop += 1
            else:
                skipped_content += 1
            if after_kind and not (j - pos <= 2 and tokens[pos + 1].folded in index.locatives):
                return None
            kind_next = kinds and skipped_content == 1 and (j + 1, word) in stood
            if (skipped_content > step_gap and not kind_next) or skipped_stop > stop_gap:
                return None
            j += 1
        else:
            return None
        best = min(best, forms[j][word])
        stood_in |= standing
        pos = j
    return Hit(term, best, start, pos + 1), stood_in


def _modifies(index: Index, tokens: list[Token], hit: Hit) -> bool:
    """A phrase read without its article that stands right before another word of its clause, in English, where
    nouns are written apart: the phrase's last noun describes the next ("we sell company branded merchandise", "our
    clients buy company cars" are no "sell the company", "buy a company")."""
    after = hit.end
    return (
        after < len(tokens)
        and tokens[after].clause == tokens[hit.end - 1].clause
        and tokens[after].folded not in index.stop
        and not tokens[after].folded.isdigit()
    )


def _alone(index: Index, tokens: list[Token], hit: Hit) -> bool:
    """The hit is all its clause says: no word of the clause lies outside it ("particulier, geen ondn"), and it does
    not follow a word of the firm's customers, whom it would describe ("klant, particulier, betaalt niet")."""
    clause = tokens[hit.start].clause
    inside = all(t.clause != clause for t in tokens[: hit.start]) and all(t.clause != clause for t in tokens[hit.end :])
    return inside and all(
        t.folded not in index.customers for t in tokens[max(0, hit.start - CUSTOMER_REACH) : hit.start]
    )


def _duration(index: Index, tokens: list[Token], i: int, sought: str, forms: list[dict[str, float]]) -> int:
    """1 when a number at `i` and a unit of time after it (cues.yaml `time_units`) say how long ("2 jr", "drie
    maanden"), in one clause; the caller skips both, as `_place_after` counts the locative and the place. Not when the
    unit is the phrase's own next word, `sought` ("binnen 6 weken")."""
    if i + 1 >= len(tokens) or tokens[i + 1].clause != tokens[i].clause or tokens[i + 1].folded not in index.time_units:
        return 0
    if sought in forms[i + 1]:
        return 0
    word = tokens[i].folded
    return 1 if word.isdigit() or word in index.kb["cues"]["numbers"] else 0


def _place_after(index: Index, tokens: list[Token], i: int) -> int:
    """The words of a place name after a locative at `i`, as the place reading takes it (0 for none): "in Breda", "in
    Zeeuws-Vlaanderen"; not "te zetten" (an infinitive's marker) or "in leiden" (a word). Where the caller is says
    nothing of what they ask, and a locative before it is no word of a phrase's either."""
    token = tokens[i]
    if token.folded not in index.locatives or token.folded in index.infinitive_markers or i + 1 == len(tokens):
        return 0
    found = place_at(index, tokens, i + 1)
    return found[0] if found else 0


def _similar(index: Index, words: list[str], worded: set[str]) -> dict[str, float]:
    """Cosine similarity (idf-weighted word stems) of the question to the closest example of each sub-question.

    Words no example holds are left out, except a theme's own vocabulary (`worded`): what the question is about in
    words stays part of it, so "ondernemer uit Midden-Brabant wil innoveren" does not resemble a restart after
    bankruptcy for sharing "ondernemer" with one of its examples."""
    bag = {s: found for s in {w[:STEM] for w in words} if (found := index.stem(s)) is not None}
    if not bag:
        return {}
    unexplained = len({w[:STEM] for w in words if w in worded} - bag.keys())
    norm = math.sqrt(sum(idf**2 for idf, _ in bag.values()) + unexplained * UNEXPLAINED_IDF**2)
    dots: dict[int, float] = defaultdict(float)
    single = set()  # what one shared stem adds: a dot equal to one of these came from a single stem
    for idf, examples in bag.values():
        weight = idf * idf
        single.add(weight)
        for ex in examples:
            dots[ex] += weight
    best: dict[str, float] = {}
    for ex, dot in dots.items():
        sub, ex_norm = index.examples[ex]
        sim = dot / (norm * ex_norm)
        if sim > ONE_WORD_SIMILARITY and dot in single:
            sim = ONE_WORD_SIMILARITY  # "horecavergunning verlengen" is no contract not renewed for sharing "verlengen"
        if sim > best.get(sub, 0.0):
            best[sub] = sim
    return best
