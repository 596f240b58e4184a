"""The compiled knowledge base's lookups (`Index`): vocabulary, examples, places and parties read from the shelf as a
question needs them; the term flags and cue targets build.py compiles with; typo neighbours."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from .shelf import FIELD, SEP, Shelf, bucket, end, head
from .text import fold

if TYPE_CHECKING:
    from .names import Namebook

CASE, EXACT, SOUGHT, ADJACENT = 1, 2, 4, 8  # term flags (compiled by build.py); ADJACENT: a phrase's words side by side
KINDS = 16  # a firm's kind may stand in for the phrase's "bedrijf" (`match._stand_in`)
ALONE = 32  # the term is all its clause says (`match._alone`)
BARE = 64  # a phrase read without the articles a note drops (build._unarticled; `match._modifies`)
MIN_LOOSE = 5  # shorter vocabulary words match whole words only: no prefix, compound or typo matching
# a scheme's name this short is still read with two neighbouring letters swapped ("wsbo": WBSO), under MIN_LOOSE; of
# three letters a swap makes another scheme (twv, wtv) or organisation (now, nwo)
SCHEME_SWAP = 4
STEM = 6  # characters that stand for a word in the example-similarity layer
LONG_TYPO = 8  # from this length a typo may be two edits, below it one
MIN_HEAD = 3  # a compound's first part must be at least this long ("export" in "exportvergunning")
SHORT_BOUND = 2  # bound prefixes this short only count at the start of a word
MAX_COMPLETION = 16  # a word cut short (tokens.MIN_CUT) is completed to one at most this many letters longer, less one
SIZE = "size:"  # the cues of the firm's size ("size:zzp")
CONTEXT_CUES = ("sector:",)  # cues whose words describe the caller, not the question
REFER = "refer:"  # cues that point a private question to a party: "refer:juridisch-loket"
REGIONAL = "regional"  # the cue of asking what the region offers ("regionale fondsen")
ROLE = "private-role"  # the cue of speaking in a private role: an employee about their job, a tenant about their home
COUNTRY = "country"  # the fact of cues.yaml `facts` that names a country abroad
IDIOM = "safety-idiom"  # the cue of an idiom whose danger word means nothing ("commercial suicide")
EMPLOYER = "employer"  # the cue of an employer speaking of their own staff ("onze werknemer")
CALAMITY_EVENT, CALAMITY_STOPPED = "calamity:event", "calamity:stopped"  # acute together ("brand in de", "zaak dicht")
ASIDE = "aside"  # the cue of what a call began with before the real question ("begon over"): see score.py
SENT_ON, WENT_TO = "sent-on", "went-to"  # where the caller already went: "X verwees naar", "tried X" (score.py)
VISIT_CUES = frozenset({SENT_ON, WENT_TO})  # read each time they are said (match.Matches.visits)
PRESSURE = "pressure"  # a payment falling due, no money: urgent together or with a date, no trouble alone
DEADLINE = "deadline"  # the cue of a date something is due ("vrijdag", "volgende week"): urgent only beside trouble
FORMER = "former-firm"  # the cue of a firm the caller had ("heeft geen bedrijf meer"): a business question still
CALLER = "caller"  # the cue of who calls for the entrepreneur in a note's heading ("boekhouder:"): match.py
NO_FIRM = "no-firm"  # the cue of a caller without a firm ("heeft geen bedrijf"): private unless starting one
PERSONAL = frozenset({"private", ROLE})  # the cues of a private person speaking
CACHE_LIMIT = 100_000  # per-word caches stop growing here (a batch of unusual words stays bounded in memory)
SCHEMES_ONLY = frozenset({"regeling"})  # offers of a party that runs schemes and gives no advice of its own
FINANCE_ONLY = frozenset({"financiering"})  # ... and of one that only finances (or is a financier: Qredits)
TOPIC_KINDS = frozenset({"theme", "sub", "scheme", "transition"})  # the kinds of term that name a topic


class Index:
    """Lookups over the compiled knowledge base. The core is read at once; vocabulary, examples, places and parties
    come from the shelf's shards as the question's words need them (see shelf.py)."""

    def __init__(self, kb: dict[str, Any]) -> None:
        self.kb = kb
        self.shelf: Shelf = kb["shelf"]
        cues = kb["cues"]
        self.stop: frozenset[str] = frozenset(cues["stop"])
        self.negations: frozenset[str] = frozenset(cues["negations"])
        self.clause_final: frozenset[str] = frozenset(cues["clause_final"])
        # a long bound prefix ends the head of a compound ("krediet-ver|lening" is not krediet + lening); a short one
        # only begins a word ("on|betaald"): heads that end in "er" or "on" are common (water|schade, loon|belasting)
        self.bound: tuple[str, ...] = tuple(b for b in cues["bound"] if len(b) > SHORT_BOUND)
        self.bound_start: tuple[str, ...] = tuple(b for b in cues["bound"] if len(b) <= SHORT_BOUND)
        self.particles = frozenset(cues["particles"])
        self.after_particle = frozenset(cues["after_particle"])
        self.split_verbs = frozenset(cues["split_verbs"])
        self.firm = frozenset(cues["firm"])
        # the firm nouns long enough to end a compound ("kap|salon", "bouw|bedrijf"; not "oor|zaak")
        self.firm_tails = frozenset(f for f in self.firm if len(f) >= MIN_LOOSE)
        self.business_words = frozenset(cues["business"])
        self.firm_kinds = frozenset(cues["firm_kinds"])
        self.kind_tails = frozenset(k for k in self.firm_kinds if len(k) >= MIN_LOOSE)
        self.stand_ins: tuple[str, ...] = tuple(cues["firm_stand_ins"])
        self.customers = frozenset(cues["customers"])
        self.seeking = frozenset(cues["seeking"])
        self.seeking_forward = frozenset(cues["seeking_forward"])
        self.caller_words = frozenset(cues["caller_words"])  # beside who calls, in a heading (match._called)
        self.asking = frozenset(cues["asking"])  # question words: a heading with one asks
        self.callers_apart = frozenset(cues["callers_apart"])  # "accountant of boekhouder:" names two
        self.own_trade = frozenset(cues["own_trade"])
        self.country_adjectives = frozenset(cues["country_adjectives"])
        self.distinct: tuple[str, ...] = tuple(cues["distinct_words"])
        self.works_at = frozenset(cues["works_at"])
        self.employee_of = frozenset(cues["employee_of"])
        self.own_firm = frozenset(cues["own_firm"])
        self.calamity_not_after = frozenset(cues["calamity_not_after"])
        self.calamity_named = frozenset(cues["calamity_named"])
        self.aside_ends = frozenset(cues["aside_ends"])
        self.sent_to = frozenset(cues["sent_to"])
        self.services = frozenset(cues["services"])
        self.of_words = frozenset(cues["of_words"])
        self.things = frozenset(cues["things"])
        self.sent_by = frozenset(cues["sent_by"])
        self.joins = frozenset(cues["joins"])
        self.danger_objects = frozenset(cues["danger_objects"])
        self.danger_going_on = frozenset(cues["danger_going_on"])
        self.danger_not_things = frozenset(cues["danger_not_things"])
        self.danger_not_things_last = frozenset(cues["danger_not_things_last"])
        self.danger_circumstances = frozenset(cues["danger_circumstances"])
        self.went_to_not_after = frozenset(cues["went_to_not_after"])
        self.afterthoughts = frozenset(cues["afterthoughts"])
        # first word -> the hedges it begins, longest first, and their part (hedges.py)
        self.hedges: dict[str, list[tuple[tuple[str, ...], str]]] = {
            first: [(tuple(words), part) for words, part in found] for first, found in cues["hedges"].items()
        }
        # the words that bound and void them: ends, not_settled, told, conditionals, real (hedges.py)
        self.hedge_words: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in cues["hedge_words"].items()}
        self.written: dict[str, str] = cues["written"]
        # each as a whole: not inside a longer run of letters and signs ("w/o" is no part of "w/o/x")
        shorthand = "|".join(re.escape(w) for w in sorted(self.written, key=len, reverse=True))
        self.written_re = re.compile(rf"(?<![\w/])({shorthand})(?![\w/])", re.IGNORECASE) if self.written else None
        self.founded_words = frozenset(cues["founded_words"])
        self.founded_back: int = cues["founded_back"]
        self.founded_weight: float = cues["founded_weight"]
        self.calamity_not_before = frozenset(cues["calamity_not_before"])
        self.tail_synonyms: dict[str, str] = cues["tail_synonyms"]
        self.dotted = frozenset(cues["dotted"])
        self.turns = frozenset(cues["clause_turns"])
        self.unturned = frozenset(cues["not_turning_after"])
        self.money_words = frozenset(cues["money_words"])
        self.plurals: tuple[str, ...] = tuple(cues["plurals"])
        self.verb_endings: tuple[str, ...] = tuple(cues["verb_endings"]) if cues["infinitive"] else ()
        self.e_dropping: tuple[str, ...] = tuple(cues["e_dropping"])
        self.infinitive: str = cues["infinitive"]
        self.participle: str = cues["participle"]
        self.first_names = frozenset(cues["first_names"])
        self.surnames = frozenset(cues["surnames"])
        self.particle_surnames = frozenset(cues["particle_surnames"])
        self.abbreviations = frozenset(cues["abbreviations_dotted"])
        self.not_names = frozenset(cues["not_names"])
        self._namebook: Namebook | None = None
        self.time_units = frozenset(cues["time_units"])
        self.locatives = frozenset(cues["locatives"])
        self.self_corrections = frozenset(cues["self_corrections"])
        self.not_corrections = frozenset(cues["not_corrections"])
        self.residence = frozenset(cues["residence"])
        self.elsewhere = frozenset(cues["elsewhere"])
        self.infinitive_markers = frozenset(cues["infinitive_markers"])
        self.english = frozenset(cues["english"])
        self.common_places = frozenset(kb["common_places"])
        self.lowercase_places = frozenset(kb["lowercase_places"])
        self.english_places = frozenset(kb["english_places"])
        self.capital_places = frozenset(kb["capital_places"])
        self.place_abbreviations: dict[str, list[str]] = kb["place_abbreviations"]
        self.default_places = frozenset(kb["default_places"])
        self.not_misspelt = frozenset(kb["not_misspelt"])
        self.spelling_variants: list[tuple[str, str]] = [(a, b) for a, b in kb["spelling_variants"]]
        self.compound_ends: tuple[str, ...] = tuple(kb["compound_ends"])
        self.sector_words = frozenset(kb["sector_words"])
        self.place_starts = frozenset(kb["place_starts"])
        self.examples: dict[int, tuple[str, float]] = {}  # example -> (sub-question, norm), as stems are read
        self.routing: dict[str, Any] = kb["routing"]
        # the sub-questions of the theme for firms in acute trouble (routing lifts them when the caller is)
        self.distress_subs = frozenset(s for s, v in kb["subtopics"].items() if v["theme"] == cues["urgency_theme"])
        # the themes of the sub-questions that are a means (a loan, a subsidy): financiering
        self.means_themes = frozenset(v["theme"] for v in kb["subtopics"].values() if v["means"])
        self.caller_groups = {t["id"]: t["caller_group"] for t in kb["themes"] if t["caller_group"]}
        self.primary_weight = {t["id"]: t["primary_weight"] for t in kb["themes"]}
        self.report_share = {t["id"]: t["report_share"] for t in kb["themes"] if t["report_share"]}
        # the records of the terms met so far, filled as their shards are read
        self.term_words: dict[int, str] = {}
        self.weight: dict[int, float] = {}
        self.flags: dict[int, int] = {}
        self.kind: dict[int, str] = {}
        self.target: dict[int, str] = {}
        self._text: dict[int, str] = {}
        self._shards: dict[str, _TermShard] = {}
        self._postings: dict[int, Any] = {}
        self._buckets: int = kb["buckets"]
        self._case_keys = frozenset(kb["case_keys"])
        self._shard_of: dict[str, _TermShard] = {}  # word -> its shard, so a batch slices and lowercases once
        self._looked: dict[tuple[str, str], list[int]] = {}  # (family, word) -> its terms, as the postings gave them
        self._phrase_words: dict[int, tuple[str, ...]] = {}
        self._tails: dict[str, _Words] = {}
        self._fuzzy_cache: dict[str, str | None] = {}
        self._stems: dict[str, tuple[float, list[int]] | None] = {}  # a batch asks for the same stems again
        self.forms_cache: dict[tuple[str, bool], dict[str, float]] = {}  # a batch repeats most of its words
        self.memo: dict[tuple[str, ...], Any] = {}  # values derived from the data once per process (routing reasons)
        self._providers: dict[str, dict[str, Any]] = {}
        self._municipalities: frozenset[str] | None = None

    def _terms(self, word: str) -> _TermShard:
        found = self._shard_of.get(word)
        if found is not None:
            return found
        key = head(word)
        found = self._shards.get(key)
        if found is None:
            raw = self.shelf.get("t:" + key)
            found = self._shards[key] = _TermShard(_Words(raw.get("words", SEP)), _Words(raw.get("affix", SEP)))
        if len(self._shard_of) < CACHE_LIMIT:
            self._shard_of[word] = found
        return found

    def _posting(self, family: str, key: str) -> list[int]:
        """The terms a key leads to; their records are unpacked here, for the few terms a question meets."""
        n = bucket(key, self._buckets)
        shard = self._postings.get(n)
        if shard is None:
            shard = self._postings[n] = self.shelf.get(f"k:{n}")
        ids: list[int] = shard.get(family, {}).get(key, [])
        for i in ids:
            if i not in self.weight:
                words, weight, flags, kind, target, *text = shard["terms"][str(i)].split(FIELD, 5)
                self.term_words[i], self.weight[i], self.flags[i], self.kind[i], self.target[i] = (
                    words,
                    float(weight),
                    int(flags),
                    kind,
                    target,
                )
                if text:
                    self._text[i] = text[0]
        return ids

    def phrase_words(self, term: int) -> tuple[str, ...]:
        """The words of a multi-word term, split once."""
        found = self._phrase_words.get(term)
        if found is None:
            found = self._phrase_words[term] = tuple(self.term_words[term].split(" "))
        return found

    def single(self, word: str) -> list[int]:
        """Terms that are this one word."""
        return self._lookup("single", word)

    def phrases(self, word: str) -> list[int]:
        """Multi-word terms that begin with this word."""
        return self._lookup("phrases", word)

    def _lookup(self, family: str, word: str) -> list[int]:
        found = self._looked.get((family, word))
        if found is None:
            found = self._posting(family, word) if self.is_word(word) or self.is_affix(word) else []
            if len(self._looked) < CACHE_LIMIT:
                self._looked[(family, word)] = found
        return found

    def case_single(self, original: str) -> list[int]:
        """Terms that match only as written (capitals: "NOW", "Bbz")."""
        return self._posting("case", original) if original in self._case_keys else []

    def is_word(self, word: str) -> bool:
        """Whether a word occurs in the vocabulary."""
        return bool(word) and self._terms(word).words.has(word)

    def is_firm(self, word: str) -> bool:
        """A firm noun, alone or ending a compound ("zaak", "kap|salon", "bouw|bedrijf")."""
        return _alone_or_ending(word, self.firm, self.firm_tails)

    def names_firm(self, word: str) -> bool:
        """A firm noun or a sector word: what names a firm ("bakkerij Houten", "hotel employee")."""
        return self.is_firm(word) or word in self.sector_words

    def names_kind(self, word: str) -> bool:
        """A firm named by its kind, alone or ending a compound ("bakkerij", "kap|salon", "foto|studio")."""
        return _alone_or_ending(word, self.firm_kinds, self.kind_tails)

    def is_affix(self, word: str) -> bool:
        """Whether a word also matches as an inflection's stem or a compound's head ("ontslag" in "ontslagen")."""
        return bool(word) and self._terms(word).affix.has(word)

    def is_tail(self, word: str) -> bool:
        """Whether a word also matches as a compound's tail ("vergunning" in "exportvergunning")."""
        key = end(word)
        found = self._tails.get(key)
        if found is None:
            found = self._tails[key] = _Words(self.shelf.get("a:" + key).get("affix", SEP))
        return bool(word) and found.has(word)

    def stem(self, stem: str) -> tuple[float, list[int]] | None:
        """The idf of an example stem and the examples that hold it (their sub-question and norm in `examples`)."""
        if stem in self._stems:
            return self._stems[stem]
        shard = self.shelf.get("e:" + head(stem))
        found = shard.get(stem) if stem else None
        result = None
        if found:
            for ex in found[1]:
                if ex not in self.examples:
                    sub, norm = shard[""][str(ex)]
                    self.examples[ex] = (sub, norm)
            result = (found[0], found[1])
        if len(self._stems) < CACHE_LIMIT:
            self._stems[stem] = result
        return result

    def scheme(self, sid: str) -> dict[str, Any]:
        """One scheme: name, party, themes, sub-questions, status."""
        found: dict[str, Any] = self.shelf.get("s:" + sid)
        return found

    def place(self, key: str) -> str | None:
        """The province of a place name ("" when the name is in several provinces), or None for no place."""
        found: str | None = self.shelf.get("p:" + head(key)).get(key) if key else None
        return found

    def all_places(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for name in self.shelf.names("p:"):
            out.update(self.shelf.get(name))
        return out

    def text(self, term: int) -> str:
        """A term as the knowledge base writes it."""
        return self._text.get(term) or self.term_words[term]

    # what `provider` adds to a party's record for routing (not in the knowledge base)
    ROUTING_KEYS = frozenset({"group_set", "serve_set", "served_themes", "schemes_only", "finance_only"})

    def provider(self, pid: str) -> dict[str, Any]:
        """One party's record (parsed on first use)."""
        found = self._providers.get(pid)
        if found is None:
            found = self._providers[pid] = dict(self.shelf.get("v:" + pid))
            # routing asks "is it for …" and "does it serve …" per candidate
            found["group_set"] = frozenset(found["groups"])
            found["serve_set"] = frozenset(found["serves"])
            subs = self.kb["subtopics"]
            found["served_themes"] = frozenset(subs[s]["theme"] for s in found["serves"] if s in subs)
            found["schemes_only"] = SCHEMES_ONLY.issuperset(found["offers"])
            found["finance_only"] = FINANCE_ONLY.issuperset(found["offers"]) or found["kind"] == "financier"
        return found

    def municipalities(self) -> frozenset[str]:
        """The folded names of the municipalities (read on first use)."""
        if self._municipalities is None:
            self._municipalities = frozenset(self.kb["municipalities"])
        return self._municipalities

    def area(self, place: str | None, province: str | None) -> frozenset[str]:
        """The folded municipalities a place name in a province covers: itself for a municipality, the one a place
        lies in where the knowledge base says (`in_municipality`), all of a subregion's; none for a province, another
        place or nothing."""
        if not place:
            return frozenset()
        key = fold(place)
        seats = self.shelf.get("m:" + province) if province else {}
        seat = seats.get(key, key)  # Den Bosch: 's-Hertogenbosch
        if seat in self.municipalities():
            return frozenset((seat,))
        return frozenset(self.kb["subregions"].get(key, ()))

    @property
    def namebook(self) -> Namebook:
        """What tells a name from a word (names.py), with this knowledge base's words as no names."""
        if self._namebook is None:
            from .names import Namebook  # imported when a question holds a form of address, or for a handover

            self._namebook = Namebook(
                first=self.first_names,
                surnames=self.surnames,
                particle_surnames=self.particle_surnames,
                not_names=self.not_names,
                abbreviations=self.abbreviations,
                known=self.knows,
                place=lambda word: self.place(word) is not None,
            )
        return self._namebook

    def knows(self, word: str) -> bool:
        """A word of the knowledge base's own: vocabulary, a firm or its kind (not a place: Vries, Dijk and Berg are
        villages as well as surnames)."""
        return self.is_word(word) or self.is_firm(word) or self.names_kind(word)

    @property
    def provider_ids(self) -> list[str]:
        return list(self.kb["provider_ids"])

    def fuzzy(self, word: str) -> str | None:
        """The vocabulary word within a length-dependent number of edits (transpositions count once)."""
        if word in self._fuzzy_cache:
            return self._fuzzy_cache[word]
        best = nearest(word, self.candidates(word, "f:", "g:"))
        if len(self._fuzzy_cache) < CACHE_LIMIT:
            self._fuzzy_cache[word] = best
        return best

    def swap(self, word: str) -> str | None:
        """A word of an exact term with two neighbouring letters of `word` swapped ("exprot": export), the one slip
        of the fingers that seldom makes another word; exact terms are one edit from a common word (lening/mening)."""
        return next((w for w in self.candidates(word, "x:", "y:")(len(word)) if swapped(word, w)), None)

    def completions(self, prefix: str) -> list[str]:
        """The vocabulary words that begin with `prefix` and are at least two letters longer: those typo matching may
        reach (the typo shards by first letter), so not the words of exact terms."""
        shard = self.shelf.get("f:" + prefix[:1])
        return [
            w
            for length in range(len(prefix) + 2, len(prefix) + MAX_COMPLETION)
            for w in shard.get(str(length), "").split(SEP)
            if w.startswith(prefix)
        ]

    def candidates(self, word: str, first: str, last: str) -> Callable[[int], list[str]]:
        """Typo candidates of a given length: the words that share the first or the last character with `word`."""
        shards = [self.shelf.get(first + word[:1]), self.shelf.get(last + word[-1:])]
        return lambda length: [w for shard in shards for w in shard.get(str(length), "").split(SEP) if w]


class _TermShard(NamedTuple):
    words: _Words
    affix: _Words


class _Words:
    """A SEP-joined word list answering membership: by substring search for the few tests of one question, by a set
    once it has been asked often (a batch), so neither a single answer nor a batch pays for what it does not use."""

    SET_AFTER = 32

    def __init__(self, joined: str) -> None:
        self.joined = joined  # starts and ends with SEP
        self.asked = 0
        self.set: frozenset[str] | None = None

    def has(self, word: str) -> bool:
        if self.set is not None:
            return word in self.set
        self.asked += 1
        if self.asked > self.SET_AFTER:
            self.set = frozenset(self.joined.split(SEP))
        return f"{SEP}{word}{SEP}" in self.joined


def left_out(word: str, name: str) -> bool:
    """`word` is `name` with some of its letters left out, the others in order."""
    letters = iter(name)
    return all(ch in letters for ch in word)


def swapped(word: str, other: str) -> bool:
    """`other` is `word` with two neighbouring letters swapped (same length, assumed)."""
    diff = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
    if len(diff) != 2 or diff[1] != diff[0] + 1:
        return False
    i, j = diff
    return word[i] == other[j] and word[j] == other[i]


def nearest(word: str, by_length: Callable[[int], list[str]], long_from: int = LONG_TYPO) -> str | None:
    """The closest word of about the same length: one edit, two for words of `long_from` letters or more."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    limit = 1 if len(word) < long_from else 2
    best: tuple[int, str] | None = None
    for length in range(len(word) - limit, len(word) + limit + 1):
        choices = by_length(length)
        if not choices:
            continue
        for choice, distance, _ in process.extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=5):
            if distance == 2 and not _same_letters(word, choice):
                continue
            if choice[0] != word[0] and choice[:2] != word[1::-1]:
                continue  # a typo in the first letter is more often another word (honing/zoning, leeftijd/deeltijd)
            if best is None or distance < best[0]:
                best = (int(distance), choice)
            break
    return best[1] if best else None


def _alone_or_ending(word: str, whole: frozenset[str], tails: frozenset[str]) -> bool:
    """Whether a word is one of `whole`, or ends in one of `tails` after a head of MIN_HEAD letters or more. The word's
    own tails are looked up, not every tail tried: this runs for every word of every question."""
    return word in whole or any(word[-n:] in tails for n in range(MIN_LOOSE, len(word) - MIN_HEAD + 1))


VOWELS = frozenset("aeiou")


def _same_letters(a: str, b: str) -> bool:
    """Two edits are a typo when they move letters, drop one (subsdies/subsidie) or drop vowels (eindhvn/eindhoven),
    not when they swap in others (verzekeren/verbeteren, inhouden/inhuren): at most one letter may differ between the
    two words' letters, or only vowels be missing."""
    from collections import Counter

    ca, cb = Counter(a), Counter(b)
    if not ca - cb and VOWELS.issuperset(cb - ca):
        return True  # vowels left out, as in hurried typing: "eindhvn", "subsdie"
    return max(sum((ca - cb).values()), sum((cb - ca).values())) <= 1
