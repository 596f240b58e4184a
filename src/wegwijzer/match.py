"""Question -> vocabulary hits: exact words, inflections and compounds, typos, phrases, negation, similar examples."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from itertools import pairwise
from typing import Any, NamedTuple

from .shelf import FIELD, SEP, Shelf, bucket, end, head
from .text import fold

CASE, EXACT, SOUGHT, ADJACENT = 1, 2, 4, 8  # term flags (compiled by build.py); ADJACENT: a phrase's words side by side
KINDS = 16  # a firm's kind may stand in for the phrase's "bedrijf" (`_stand_in`)
MIN_LOOSE = 5  # shorter vocabulary words match whole words only: no prefix, compound or typo matching
# ... except a scheme's name of this length with two neighbouring letters swapped ("wsbo": WBSO); of three letters a
# swap makes another scheme (twv, wtv) or organisation (now, nwo)
SCHEME_SWAP = 4
LONG_TYPO = 8  # from this length a typo may be two edits, below it one
TYPO_OVER_PARTS = 9  # from this length a typo of a whole known word is tried even when a part of it is known
TYPO_MARGIN = 2  # ... when the known word it holds is more than this shorter than the typo's neighbour
VERB_SECOND = 3  # a main clause's finite verb is among its first words ("hoe schrijf ik me in")
MIN_HEAD = 3  # a compound's first part must be at least this long ("export" in "exportvergunning")
SHORT_BOUND = 2  # bound prefixes this short only count at the start of a word
MIN_CUT = 5  # a word cut short with a full stop is completed from this length (shorter ones: cues' abbreviations)
MAX_COMPLETION = 16  # ... to a vocabulary word at most this many letters longer, less one
CONTEXT_CUES = ("sector:",)  # cues whose words describe the caller, not the question
REFER = "refer:"  # cues that point a private question to a party: "refer:juridisch-loket"
REGIONAL = "regional"  # the cue of asking what the region offers ("regionale fondsen")
ROLE = "private-role"  # the cue of speaking in a private role: an employee about their job, a tenant about their home
COUNTRY = "country"  # the fact of cues.yaml `facts` that names a country abroad
IDIOM = "safety-idiom"  # the cue of an idiom whose danger word means nothing ("commercial suicide")
EMPLOYER = "employer"  # the cue of an employer speaking of their own staff ("onze werknemer")
CALAMITY_EVENT, CALAMITY_STOPPED = "calamity:event", "calamity:stopped"  # acute together ("brand in de", "zaak dicht")
ASIDE = "aside"  # the cue of what a call began with before the real question ("begon over"): see score.py
DEADLINE = "deadline"  # the cue of a date something is due ("vrijdag", "volgende week"): urgent only beside trouble
PERSONAL = frozenset({"private", ROLE})  # the cues of a private person speaking
CACHE_LIMIT = 100_000  # per-word caches stop growing here (a batch of unusual words stays bounded in memory)
# the most an example that shares a single word stem with the question counts: under score.SIM_ALONE, so that
# resembling an example in one word never puts a theme on the list by itself (a test keeps the two in step)
ONE_WORD_SIMILARITY = 0.44
UNEXPLAINED_IDF = 2.0  # the weight of a topic word that no example holds, in the question's length (a common word's)
STEM = 6  # characters that stand for a word in the example-similarity layer (build.py compiles with it)
EXACT_Q, AFFIX_Q, FUZZY_Q = 1.0, 0.9, 0.8  # how much a hit counts, by how it matched
SCHEMES_ONLY = frozenset({"regeling"})  # offers of a party that runs schemes and gives no advice of its own
FINANCE_ONLY = frozenset({"financiering"})  # ... and of one that only finances (or is a financier: Qredits)
IN_PHRASE_Q = 0.5  # a word read as part of a phrase counts this much on its own
PRIVATE_PHRASE = 1.0  # a private phrase this strong reads its words as part of it too (see find)
TOPIC_KINDS = frozenset({"theme", "sub", "scheme", "transition"})  # the kinds of term that name a topic
FIRM_Q = 0.4  # a word that names what the caller's firm does ("marketing" in "marketingbureau"): mostly context
MIN_PLURAL_TAIL = 6  # shorter plural tails were mostly other words (migranten: grant-en, gegevens: geven-s)
MIN_PLURAL_STEM = 4  # a whole word's plural is read as its singular from this length ("tests": test)
PLURAL_EN = "en"  # the plural ending whose singular may be spelt otherwise (paal, palen): `_singulars`
TAIL_Q = 0.88  # a compound's tail: a little less than its head, and never for exact terms ("teren" in "investeren")
PHRASE_GAP = 1  # other words a caller may put between two words of a phrase (within one sentence)
MAX_STOP_GAP = 3  # and stopwords
CUE_GAP = 3  # context cues are built from parts ("salarissen" … "niet betalen"): they may lie further apart
CUE_STOP_GAP = 6
MIN_SECOND = 3  # letters of the second word a compound written as two words must reach into ("huur achterstand")
MAX_PLACE_WORDS = 4  # "Alphen aan den Rijn"
SEEK_WINDOW = 4  # words between a word of looking or lacking and what it points at ("zoekt al maanden 2 monteurs")

_COUNT = re.compile(r"^\d{1,6}$")
_MONEY = re.compile(r"^\d+(?:k|mln)$")  # "60k", "3mln", as one word ("3m" may be metres)
_APOSTROPHES = "'\u2019"
# words, the punctuation that ends a sentence, and what separates clauses: commas, a slash with a space on one side
# and a plus with one before it, as advisors list a caller's points ("wil bus / laadpaal + subsidie", "mee/ regeling";
# not "en/of", "24/7", "50+ medewerkers", "c++")
_PIECES = re.compile(r"[^\W_]+|[.!?;:]+(?=\s|$)|,|(?<=\s)[/+]|/(?=\s)")
_CLAUSE_ONLY = frozenset(",/+")


class Token(NamedTuple):
    folded: str
    original: str
    sentence: int = 0  # a phrase never spans two sentences
    clause: int = 0  # parts of a sentence between commas: a phrase stays within one
    cut: bool = False  # written short: a full stop after it, and the sentence goes on ("levensverz., klinkt")


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


def tokenize(
    text: str,
    dotted: frozenset[str] = frozenset(),
    turns: frozenset[str] = frozenset(),
    unturned: frozenset[str] = frozenset(),
) -> list[Token]:
    """Words of a text with their folded form; a word that folds into several parts yields several tokens. A full stop
    after a `dotted` abbreviation ("ca.", "ong.", "mw.") does not end the sentence; a word of `turns` ("maar") begins
    a new clause, as a comma does, unless it follows a word of `unturned` ("alleen maar": only)."""
    if not text.isascii():  # ASCII has nothing to normalise and no format characters
        text = unicodedata.normalize("NFKC", text)
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    out: list[Token] = []
    sentence = clause = 0
    for found in _PIECES.finditer(text):
        piece = found.group()
        if not piece[0].isalnum():
            # no sentence ends at the full stop of an abbreviation, a cut word or a letter ("b.v.", "J. de Vries")
            abbreviated = bool(out) and (out[-1].folded in dotted or out[-1].cut or _letter(out[-1]))
            if piece != "." or not abbreviated:
                sentence += piece not in _CLAUSE_ONLY
                clause += 1
            continue
        parts = fold(piece).split()  # none for a word of letters that fold to nothing
        if found.start() and text[found.start() - 1] in _APOSTROPHES:
            piece = text[found.start() - 1] + piece  # "foto's", "I'm": the "s" and "m" are no letters on their own
        for part in parts:
            if part in turns and out and out[-1].clause == clause and out[-1].folded not in unturned:
                clause += 1
            out.append(Token(part, piece, sentence, clause))
        if parts and text.startswith(".", found.end()) and _goes_on(text, found.end() + 1):
            out[-1] = out[-1]._replace(cut=True)
    return out


def _goes_on(text: str, at: int) -> bool:
    """The sentence goes on after a full stop: a comma or a word in lower case follows (not the text's end)."""
    rest = text[at : at + 40].lstrip()
    return bool(rest) and (rest[0] in ",;" or rest[0].islower())


def expand(index: Index, tokens: list[Token]) -> list[Token]:
    """Abbreviations written out ("wn" -> "werknemer"), and a word cut short with a full stop completed when the
    vocabulary has one word that begins with it ("levensverz." -> "levensverzekering"); the original word stays what
    is shown."""
    short: dict[str, str] = index.kb["cues"]["abbreviations"]
    tokens = _contracted(_lettered(index, tokens), short)
    if not any(t.folded in short or t.cut for t in tokens):
        return tokens
    out: list[Token] = []
    for t in tokens:
        written = short.get(t.folded) or (_completed(index, t.folded) if t.cut else None) or t.folded
        for word in written.split():
            out.append(Token(word, t.original, t.sentence, t.clause))
    return out


def _contracted(tokens: list[Token], short: dict[str, str]) -> list[Token]:
    """A letter and the letter after an apostrophe as one word where that is an abbreviation: "m'n" as "mn" (mijn),
    "z'n" as "zn"; not "I'd" ("id" is a word, no abbreviation)."""
    out: list[Token] = []
    for t in tokens:
        if out and t.original[:1] in _APOSTROPHES and len(out[-1].original) == 1 and out[-1].folded + t.folded in short:
            out[-1] = out[-1]._replace(folded=out[-1].folded + t.folded, original=out[-1].original + t.original)
        else:
            out.append(t)
    return out


def _lettered(index: Index, tokens: list[Token]) -> list[Token]:
    """An abbreviation written letter by letter ("b.v.", "C.E.", "m d r") as the word its letters make, when the
    vocabulary knows it: the longest such word from each letter on ("a b.v." is "a" and "bv")."""
    if not any(_letter(t) for t in tokens):
        return tokens
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        end = i
        where = (tokens[i].sentence, tokens[i].clause)
        while end < len(tokens) and _letter(tokens[end]) and (tokens[end].sentence, tokens[end].clause) == where:
            end += 1
        known = next((k for k in range(end, i + 1, -1) if index.is_word("".join(t.folded for t in tokens[i:k]))), 0)
        if known:
            run = tokens[i:known]
            word = "".join(t.folded for t in run)
            out.append(Token(word, "".join(t.original for t in run), run[0].sentence, run[0].clause))
            i = known
        else:
            out.append(tokens[i])
            i += 1
    return out


def _letter(token: Token) -> bool:
    """A letter written on its own, not one of a word the folding split ("I'm" is "i" and "m")."""
    return len(token.original) == 1 and token.folded.isalpha()


def _completed(index: Index, word: str) -> str | None:
    """The one vocabulary word that `word`, cut short, begins, when it is long enough to tell and no word itself."""
    if len(word) < MIN_CUT or not word.isalpha() or index.is_word(word):
        return None
    found = index.completions(word)
    return found[0] if len(found) == 1 else None


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
        self.seeking = frozenset(cues["seeking"])
        self.seeking_forward = frozenset(cues["seeking_forward"])
        self.own_trade = frozenset(cues["own_trade"])
        self.country_adjectives = frozenset(cues["country_adjectives"])
        self.distinct: tuple[str, ...] = tuple(cues["distinct_words"])
        self.works_at = frozenset(cues["works_at"])
        self.employee_of = frozenset(cues["employee_of"])
        self.own_firm = frozenset(cues["own_firm"])
        self.calamity_not_after = frozenset(cues["calamity_not_after"])
        self.calamity_named = frozenset(cues["calamity_named"])
        self.aside_ends = frozenset(cues["aside_ends"])
        self.calamity_not_before = frozenset(cues["calamity_not_before"])
        self.tail_synonyms: dict[str, str] = cues["tail_synonyms"]
        self.dotted = frozenset(cues["dotted"])
        self.turns = frozenset(cues["clause_turns"])
        self.unturned = frozenset(cues["not_turning_after"])
        self.money_words = frozenset(cues["money_words"])
        self.plurals: tuple[str, ...] = tuple(cues["plurals"])
        self.verb_endings: tuple[str, ...] = tuple(cues["verb_endings"]) if cues["infinitive"] else ()
        self.infinitive: str = cues["infinitive"]
        self.participle: str = cues["participle"]
        self.first_names = frozenset(cues["first_names"])
        self.locatives = frozenset(cues["locatives"])
        self.self_corrections = frozenset(cues["self_corrections"])
        self.not_corrections = frozenset(cues["not_corrections"])
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

    def provider(self, pid: str) -> dict[str, Any]:
        """One party's record (parsed on first use)."""
        found = self._providers.get(pid)
        if found is None:
            found = self._providers[pid] = dict(self.shelf.get("v:" + pid))
            # routing asks "is it for …" and "does it serve …" per candidate
            found["group_set"] = frozenset(found["groups"])
            found["serve_set"] = frozenset(found["serves"])
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


def find(index: Index, text: str) -> Matches:
    """All vocabulary hits in a question."""
    tokens = expand(index, tokenize(text, index.dotted, index.turns, index.unturned))
    stop = index.stop
    content = [i for i, t in enumerate(tokens) if t.folded not in stop]
    forms = [_forms(index, t.folded, t.folded in stop) for t in tokens]
    for i in range(2, len(tokens)):  # a separable verb: "personeel aan te nemen" reads "aannemen" when that is known
        if tokens[i - 1].folded == "te" and tokens[i - 2].folded in index.particles and tokens[i].folded not in stop:
            joined = tokens[i - 2].folded + tokens[i].folded
            if index.is_word(joined):
                forms[i] = {joined: EXACT_Q}  # "de zaak door te starten" is doorstarten, not starten
    if index.split_verbs:
        _rejoin_separable(index, tokens, forms)
    stood = _stand_in(index, tokens, forms)
    present = {word for f in forms for word in f}  # every vocabulary word the question holds, in any form
    found: dict[int, Hit] = {}
    in_place: list[Hit] = []  # topic phrases read with a firm's kind in place of "bedrijf"
    unsaid: set[int] = set()

    def keep(hit: Hit) -> None:
        if hit.term not in found or found[hit.term].quality < hit.quality:
            found[hit.term] = hit

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
    # a firm's kind says the topic ("ik wil mijn kapsalon verkopen") only when nothing else does: "wil bakkerij
    # overnemen, bank wil niet financieren" is a financing question, as the question with "bedrijf" may be too
    if not any(index.kind[t] in TOPIC_KINDS for t in found):
        for hit in in_place:
            keep(hit)
    counts = staff_counts(index, tokens)
    counted = {pos for _, where in counts for pos in where}
    unsaid |= counted  # negated words and staff counts say nothing about the topic, for the examples either
    named = _names(index, text, tokens)  # "mw. Bakker" is no bakery, "Jan Visser" no fisherman
    unsaid |= named
    unsaid |= {i + 1 + k for i in range(len(tokens)) for k in range(_place_after(index, tokens, i))}
    # a word the vocabulary knows whole is not also read by its parts: "parkeerboete" is no "boete" question
    whole = {h.start for h in found.values() if h.end - h.start == 1 and h.quality == EXACT_Q}
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
    hits = sorted(
        (
            h
            for h in found.values()
            if not (counted.issuperset(range(h.start, h.end)) and index.kind[h.term] != "cue")
            and not named.issuperset(range(h.start, h.end))
            # a staff count is no person: "groothandel met 70 wn vraagt" is no employee asking
            and not (h.start in counted and index.target[h.term] in PERSONAL)
            and not (h.end - h.start == 1 and h.quality in (AFFIX_Q, TAIL_Q) and h.start in whole)
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
    return Matches(tokens, content, hits, similar, counts, fact_spans(index, tokens))


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


def reads_english(index: Index, tokens: list[Token]) -> bool:
    """Whether a question is in English: enough of its words are English cue words."""
    hits = sum(1 for t in tokens if t.folded in index.english)
    return bool(tokens) and hits >= max(2, len(tokens) // 6)


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
    """Positions of the words of a person's name in the text (the redaction rules decide)."""
    if not any(t.original[:1].isupper() for t in tokens):
        return set()
    from .redact import names

    words = {w for name in names(text, index.first_names) for w in _PIECES.findall(name)}
    return {i for i, t in enumerate(tokens) if t.original in words} if words else set()


def staff_counts(index: Index, tokens: list[Token]) -> list[tuple[int, range]]:
    """Staff counts ("12 medewerkers", "drie man personeel", "12 vaste medewerkers"): each count and where its noun
    stands. They tell the size of the firm, not that the question is about staff; people sought ("zoekt 2 monteurs",
    "3 extra koks nodig") are neither."""
    cues = index.kb["cues"]
    nouns, numbers = cues["staff"], cues["numbers"]
    out: list[tuple[int, range]] = []
    for i, t in enumerate(tokens):
        count = _is_count(numbers, t.folded)
        if count is None:
            continue
        ten = numbers.get(tokens[i - 1].folded, 0) if i and 1 <= count <= 9 else 0
        if ten % 10 == 0 and 20 <= ten <= 90:  # "twenty-two employees": the hyphen split one number in two
            count += ten
        for start in (i + 1, i + 2):  # one word may stand between: "12 vaste medewerkers"
            if start == i + 2 and i + 1 < len(tokens) and _is_count(numbers, tokens[i + 1].folded) is not None:
                break  # "sinds 1985, 45 wn": the nearer number counts the staff
            span = next(
                (
                    n
                    for n in (3, 2, 1)
                    if start + n <= len(tokens) and " ".join(x.folded for x in tokens[start : start + n]) in nouns
                ),
                0,
            )
            if span:  # the longest noun first: "man personeel" before "man"
                if not _sought_count(index, tokens, i, start + span):
                    out.append((count, range(start, start + span)))
                break
    return out


def _sought_count(index: Index, tokens: list[Token], i: int, end: int) -> bool:
    """People looked for, not the staff: a word of looking or lacking just before the count ("zoekt 2 monteurs",
    "to hire three developers"), between it and its noun ("2 extra koks") or just after the noun ("2 koks nodig")."""
    both, forward, clause = index.seeking, index.seeking_forward, tokens[i].clause
    before = {tokens[j].folded for j in range(max(0, i - 2), i) if tokens[j].clause == clause}
    for j in range(i - 1, max(-1, i - SEEK_WINDOW - 1), -1):  # further back: "zoekt al maanden 2 monteurs" ...
        if tokens[j].clause != clause or tokens[j].folded in index.after_particle:
            break  # ... up to a preposition: in "zoeken subsidie voor onze 12 medewerkers" the 12 are the staff
        before.add(tokens[j].folded)
    inside = {tokens[j].folded for j in range(i + 1, end)}
    after = tokens[end].folded if end < len(tokens) and tokens[end].clause == clause else ""
    return after in both or not (before | inside).isdisjoint(both | forward)


def own_trade(index: Index, tokens: list[Token], i: int) -> bool:
    """The word at `i` follows, within three words of its clause, one with which callers name their own trade."""
    clause = tokens[i].clause
    return any(tokens[j].folded in index.own_trade and tokens[j].clause == clause for j in range(max(0, i - 3), i))


def sought_positions(index: Index, tokens: list[Token]) -> set[int]:
    """The positions a word of looking or lacking points at: near it in its sentence, or only after a finite verb."""
    out: set[int] = set()
    for i, t in enumerate(tokens):
        forward = t.folded in index.seeking_forward
        if not forward and t.folded not in index.seeking:
            continue
        low = i + 1 if forward else max(0, i - SEEK_WINDOW)
        out.update(j for j in range(low, min(len(tokens), i + SEEK_WINDOW + 1)) if tokens[j].sentence == t.sentence)
    return out


def fact_spans(index: Index, tokens: list[Token]) -> list[tuple[str, range]]:
    """Each fact of cues.yaml `facts` (a country, whom one owes, which tax...) whose words the question holds, and
    where: a look-up of each word in the table of first words, then the words after it."""
    by_first: dict[str, list[list[str]]] = index.kb["facts"]
    folded = [t.folded for t in tokens]
    out = []
    for i, word in enumerate(folded):
        for rest, fact in by_first.get(word, ()):
            n = rest.count(" ") + 1 if rest else 0
            if not rest or " ".join(folded[i + 1 : i + 1 + n]) == rest:
                out.append((fact, range(i, i + 1 + n)))
    return out


def country_trade(index: Index, tokens: list[Token], facts: list[tuple[str, range]]) -> list[tuple[str, int, range]]:
    """(sub-question, trade word, country) for each sub-question of cues.yaml `with_country` whose word stands in the
    same sentence as a country named ("klanten uit Japan" is export, "leverancier in Vietnam" import), or right after
    a country's adjective ("Belgische klant"; "Franse wijn aan klanten" is no export); and `foreign_firm` for a firm
    noun one or two words after a country's adjective ("a German logistics company": a foreign firm, scored for the
    sub-question's theme only)."""
    trade: dict[str, str] = index.kb["cues"]["with_country"]
    foreign: str | None = index.kb["cues"]["foreign_firm"]
    words = [i for i, t in enumerate(tokens) if t.folded in trade]
    adjectives = index.country_adjectives
    countries = [span for fact, span in facts if fact == COUNTRY]
    out: dict[str, tuple[str, int, range]] = {}
    if foreign:
        for span in countries:
            if tokens[span.start].folded not in adjectives:
                continue
            for i in range(span.stop, min(len(tokens), span.stop + 2)):
                word = tokens[i].folded
                if tokens[i].clause == tokens[span.start].clause and word not in trade and index.is_firm(word):
                    out.setdefault(foreign, (foreign, i, span))
                    break
    for i in words:
        for span in countries:
            adjective = tokens[span.start].folded in adjectives
            if (span.stop == i) if adjective else tokens[span.start].sentence == tokens[i].sentence:
                out.setdefault(trade[tokens[i].folded], (trade[tokens[i].folded], i, span))
                break
    return list(out.values())


def money_positions(index: Index, tokens: list[Token]) -> list[int]:
    """Where the text names a sum of money: "60k", "3 mln", "650.000 euro" (the last number of it)."""
    money = index.money_words
    out = []
    for i, t in enumerate(tokens):
        word = t.folded
        if word[:1].isdigit() and (
            _MONEY.match(word) or (word.isdigit() and i + 1 < len(tokens) and tokens[i + 1].folded in money)
        ):
            out.append(i)
    return out


def _is_count(numbers: dict[str, int], word: str) -> int | None:
    return int(word) if _COUNT.match(word) else numbers.get(word)


def _forms(index: Index, word: str, is_stopword: bool) -> dict[str, float]:
    """Vocabulary words a question word stands for, with how well it matches each (shared: read, never change)."""
    key = (word, is_stopword)
    known = index.forms_cache.get(key)
    if known is None:
        known = _read_forms(index, word, is_stopword)
        if len(index.forms_cache) < CACHE_LIMIT:
            index.forms_cache[key] = known
    return known


def _read_forms(index: Index, word: str, is_stopword: bool) -> dict[str, float]:
    forms: dict[str, float] = {}
    if index.is_word(word):
        forms[word] = EXACT_Q
    n = len(word)
    if is_stopword:
        return forms
    if word not in forms:  # a short word's plural: "tests", "loans", "banken" (longer ones match as inflections)
        for ending in index.plurals:
            stem = word[: -len(ending)]
            if word.endswith(ending) and MIN_PLURAL_STEM <= len(stem) < MIN_LOOSE and index.is_word(stem):
                forms.setdefault(stem, AFFIX_Q)
    if word not in forms and PLURAL_EN in index.plurals and word.endswith(PLURAL_EN) and n > MIN_LOOSE:
        for single in _singulars(word[: -len(PLURAL_EN)]):  # "laadpalen": laadpaal, "klussen": klus
            if index.is_word(single):
                forms.setdefault(single, AFFIX_Q)
    if n > MIN_LOOSE:
        # a compound whose head is a word of its own is not read as that word's start ("productielijn" is no
        # product): cues.yaml `distinct_words`
        within = max((len(d) for d in index.distinct if word.startswith(d) and n > len(d)), default=0)
        for cut in range(MIN_LOOSE, n):
            if cut >= within and index.is_affix(word[:cut]):  # inflection or compound head: ontslag-en, subsidie-...
                forms.setdefault(word[:cut], AFFIX_Q)
            start, tail = word[: n - cut], word[n - cut :]
            if len(start) < MIN_HEAD or start.endswith(index.bound) or start in index.bound_start:
                continue
            if index.is_tail(tail):
                forms.setdefault(tail, TAIL_Q)  # compound tail: export-vergunning
            else:  # a plural tail: prive-schuld-en, energie-subsidie-s
                for ending in index.plurals:
                    stem = tail[: -len(ending)]
                    if tail.endswith(ending) and len(stem) >= MIN_PLURAL_TAIL and index.is_tail(stem):
                        forms.setdefault(stem, TAIL_Q)
    if not any(q == EXACT_Q for q in forms.values()) and n > MIN_LOOSE:
        for verb in _infinitives(index, word):  # a finite verb or participle: "ontwikkelt", "geinvesteerd"
            forms.setdefault(verb, AFFIX_Q)
    if word not in forms:
        for tail, same in index.tail_synonyms.items():  # "distributie-contract" is "distributie-overeenkomst"
            if word.endswith(tail) and n - len(tail) >= MIN_HEAD and index.is_word(word[: n - len(tail)] + same):
                forms.setdefault(word[: n - len(tail)] + same, AFFIX_Q)
    if not forms and n == SCHEME_SWAP and index.place(word) is None and (near := index.swap(word)) is not None:
        forms[near] = AFFIX_Q
    # Assen is no typo, nor is a word with which a caller speaks as a business ("oprichters" is no "oplichter")
    if (
        not forms
        and n >= MIN_LOOSE
        and not word.isdigit()
        and index.place(word) is None
        and word not in index.business_words
    ):
        near = index.fuzzy(word) or index.swap(word)
        if near is not None:  # two neighbouring letters swapped is as sure as an inflection: exact terms take it
            quality = AFFIX_Q if len(near) == n and swapped(word, near) else FUZZY_Q
            forms[near] = quality
            # a word that is only part of phrases stands for its inflections' stems too ("behoduen": behouden, so
            # behoud); a term of its own is read whole, not by its parts ("parkeerbeote" is no "boete"). `near` is a
            # vocabulary word, so reading its forms takes no typo branch: no recursion.
            if not index.single(near):
                forms.update({w: min(q, quality) for w, q in _forms(index, near, False).items() if w != near})
        else:  # a typo in an inflected form: "vergunnigen", "warmtepopmen"; only a long stem, as one edit makes
            # another word of a short one (patient-en is no patent)
            for ending in index.plurals:
                stem = word[: -len(ending)]
                if word.endswith(ending) and len(stem) >= LONG_TYPO and (near := index.fuzzy(stem)) is not None:
                    forms[near] = FUZZY_Q
                    break
    elif forms and n >= TYPO_OVER_PARTS and word not in forms and index.place(word) is None:
        # a misspelt long word may hold a shorter word that is known: "groeikaptiaal" is groeikapitaal, not just groei
        near = index.fuzzy(word)
        if near is not None and len(near) > max(map(len, forms)) + TYPO_MARGIN:
            forms[near] = FUZZY_Q
    return forms


def _rejoin_separable(index: Index, tokens: list[Token], forms: list[dict[str, float]]) -> None:
    """A separable verb of cues.yaml `split_verbs`, split in a main clause: the finite verb among the first words of
    the clause and its particle at the end, or before a preposition ("ik schrijf me in bij de kvk", "we nemen twee
    monteurs aan"), read as that verb too (inschrijven, aannemen). A particle before anything else is a preposition
    ("in de bouw", "uit Groningen")."""
    for j, particle in enumerate(tokens):
        if particle.folded not in index.particles or j == 0:
            continue
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if after is not None and after.clause == particle.clause and after.folded not in index.after_particle:
            continue
        opening = j
        while opening > 0 and tokens[opening - 1].clause == particle.clause:
            opening -= 1
        for i in range(opening, min(opening + VERB_SECOND, j)):
            forms_of = _verb_forms(index, tokens[i].folded, particle.folded)
            joined = next((w for w in forms_of if w in index.split_verbs), None)
            if joined is not None:
                forms[i] = {**forms[i], joined: EXACT_Q}  # beside the verb's own forms (a copy: they are shared)
                break


def _verb_forms(index: Index, verb: str, particle: str) -> list[str]:
    """The particle with each infinitive a finite verb may stand for: "nemen" (plural), "schrijf" (schrijven), "zet"
    (zetten), "vraag" (vragen), "stopt" (stoppen)."""
    ending = next((e for e in index.verb_endings if verb.endswith(e)), None)
    stems = {verb, verb[: -len(ending)]} if ending else {verb}
    out = [particle + verb] if verb.endswith(index.infinitive) else []
    for stem in stems:
        if len(stem) >= 2:
            out += [particle + t + index.infinitive for t in _spellings(stem)]
    return out


def _spellings(stem: str) -> list[str]:
    """A verb stem as the infinitive may spell it before its ending: as it is, with its last consonant doubled
    ("begin": beginnen), a long vowel written single ("investeer": investeren), v and z for f and s ("verhuis")."""
    tried = {stem, stem + stem[-1]}
    if len(stem) > 2 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        tried.add(stem[:-2] + stem[-1])
    if stem[-1] in "fs":
        tried.add(stem[:-1] + ("v" if stem[-1] == "f" else "z"))
    return sorted(tried)


def _singulars(stem: str) -> list[str]:
    """A plural's stem (without "-en") as the singular spells it: a long vowel written double in the closed syllable
    ("laadpal": laadpaal, "panel": paneel), f and s for v and z ("beurz": beurs), a doubled consonant single ("kluss":
    klus). Only singulars of MIN_PLURAL_STEM letters or more: shorter words match whole words only ("wetten")."""
    last = {"v": "f", "z": "s"}.get(stem[-1], stem[-1])
    out = [stem[:-1] + last] if last != stem[-1] else []
    if len(stem) > 2 and stem[-2] in "aeou" and stem[-3] not in "aeiou":
        out.append(stem[:-1] + stem[-2] + last)
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])
    return [w for w in out if len(w) >= MIN_PLURAL_STEM]


def _infinitives(index: Index, word: str) -> list[str]:
    """The vocabulary infinitives a finite verb or participle stands for (cues.yaml `verb_endings`): "ontwikkelt",
    "ontwikkeld" are ontwikkelen; also without the participle prefix, at the start or after a separable particle
    ("geinvesteerd", "aangevraagd"), and in the spelling of the infinitive: a long vowel written single before the
    ending ("investeert": investeren), v and z for f and s ("verhuist": verhuizen), a doubled consonant ("begint":
    beginnen); and the stem alone ("ik verduurzaam")."""
    ending = next((e for e in index.verb_endings if word.endswith(e)), None)
    if ending is None:  # the stem alone, as "ik" says it: "ik verduurzaam" (verduurzamen), "investeer", "ontwikkel"
        return [t + index.infinitive for t in _spellings(word) if index.is_word(t + index.infinitive)]
    stem = word[: -len(ending)]
    stems = {stem}
    ge = index.participle
    if ge:
        if stem.startswith(ge):
            stems.add(stem[len(ge) :])
        stems.update(p + stem[len(p) + len(ge) :] for p in index.particles if stem.startswith(p + ge))
    found = []
    for stem in stems:
        if len(stem) < MIN_LOOSE:
            continue
        found += [t + index.infinitive for t in _spellings(stem) if index.is_word(t + index.infinitive)]
    # the ending may be the stem's own, spelled as in the infinitive: "opricht" (oprichten), "meld" (melden)
    if len(word) >= MIN_LOOSE and index.is_word(word + index.infinitive):
        found.append(word + index.infinitive)
    return found


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
            where = _place_after(index, tokens, j)
            if where:  # "mijn bedrijf in Den Bosch verkopen": where it is counts as one word
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


def _place_after(index: Index, tokens: list[Token], i: int) -> int:
    """The words of a place name after a locative at `i` (the longest, 0 for none): "in Breda", "in Zeeuws-Vlaanderen".
    Where the caller is says nothing of what they ask, and a locative before it is no word of a phrase's either."""
    if tokens[i].folded not in index.locatives:
        return 0
    for n in range(min(MAX_PLACE_WORDS, len(tokens) - i - 1), 0, -1):
        if index.place(" ".join(t.folded for t in tokens[i + 1 : i + 1 + n])) is not None:
            return n
    return 0


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
