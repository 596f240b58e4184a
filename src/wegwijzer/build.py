"""Compile a validated knowledge base into the plain, JSON-ready form that matching and routing read (and the cache
stores).

The input is each file's data with the schema's defaults filled in (defaults.py), not the pydantic models: a cold
start compiles while another process validates, and neither waits for the other's imports.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import defaultdict
from typing import Any

from .index import (
    ADJACENT,
    ALONE,
    ASIDE,
    BARE,
    CALAMITY_EVENT,
    CALAMITY_STOPPED,
    CALLER,
    CASE,
    COUNTRY,
    DEADLINE,
    EMPLOYER,
    EXACT,
    FORMER,
    IDIOM,
    KINDS,
    MIN_LOOSE,
    NO_FIRM,
    PRESSURE,
    REFER,
    REGIONAL,
    ROLE,
    SCHEME_SWAP,
    SENT_ON,
    SOUGHT,
    STEM,
    WENT_TO,
)
from .score import URGENCY_SHARE
from .shelf import SEP
from .text import fold, term_text, words

Data = dict[str, Any]  # one file's data, defaults filled in (defaults.fill)
TermSpec = str | Data  # a bare term, or a mapping with its weight and flags


# cues.yaml word lists the compiled knowledge base keeps, folded, under their own name (others are renamed or built
# below)
_WORD_LISTS = (
    "verb_endings",
    "after_particle",
    "split_verbs",
    "negations",
    "clause_final",
    "time_units",
    "locatives",
    "self_corrections",
    "not_corrections",
    "residence",
    "elsewhere",
    "infinitive_markers",
    "english",
    "firm_kinds",
    "firm_stand_ins",
    "customers",
    "seeking",
    "seeking_forward",
    "own_trade",
    "country_adjectives",
    "distinct_words",
    "works_at",
    "employee_of",
    "own_firm",
    "dotted",
    "clause_turns",
    "not_turning_after",
    "money_words",
    "first_names",
    "surnames",
    "particle_surnames",
    "aside_ends",
    "afterthoughts",
    "sent_to",
    "services",
    "of_words",
    "things",
    "sent_by",
    "joins",
    "danger_objects",
    "danger_going_on",
    "danger_not_things",
    "danger_not_things_last",
    "danger_circumstances",
    "went_to_not_after",
    "caller_words",
    "asking",
    "callers_apart",
)


def compile_kb(m: dict[str, Data]) -> dict[str, Any]:
    """The runtime knowledge base: plain dicts and lists only. `m` maps each file's stem (themes, providers,
    regions, cues) to its data."""
    themes, providers, regions, cues = m["themes"]["themes"], m["providers"]["providers"], m["regions"], m["cues"]
    transitions = m["themes"]["transitions"]
    stop = {fold(w) for w in cues["stopwords"]}
    unspecific = {fold(w) for w in cues["unspecific"]}  # asked of any topic: no likeness between two questions
    variants = _name_variants(regions)
    places, common = _places(regions, variants), {fold(n) for n in regions["common_words"]}
    subregions = _subregions(regions)
    terms: list[list[Any]] = []
    tokens_of: dict[str, list[str]] = {}  # a text listed twice (a cue that is also theme evidence) is read once

    droppable = {fold(w) for w in cues["droppable"]}
    listed: set[tuple[tuple[str, ...], str, str]] = set()

    def add(spec: TermSpec, kind: str, target: str, weight: float = 1.0, flags: int = 0, loose: bool = False) -> None:
        entry = _term(spec, kind, target, weight, tokens_of)
        if entry is None:
            return
        entry[2] |= flags
        terms.append(entry)
        listed.add((tuple(entry[0]), kind, target))
        if loose and not entry[2] & (CASE | KINDS | ADJACENT):
            bare = _unarticled(entry[0], droppable, stop)
            if bare and (tuple(bare), kind, target) not in listed:
                listed.add((tuple(bare), kind, target))
                # side by side: where the article stood nothing else may stand ("a company in Germany" is no "sell
                # a company"'s "sell company", "logo in rood" no "in het rood")
                terms.append([bare, entry[1], entry[2] | ADJACENT | BARE, kind, target, " ".join(bare)])

    # the topic vocabulary is also read without the articles a note drops (`_unarticled`); not a cue's phrases, nor
    # the topic evidence cues give (their words may lie far apart, and an article often tells trouble from business:
    # "cancelled our credit" is no "customer cancelled and wants a credit note"), nor names
    for theme in themes:
        for spec in theme["terms"]:
            add(spec, "theme", theme["id"], loose=True)
        for sub in theme["subtopics"]:
            for spec in sub["terms"]:
                add(spec, "sub", sub["id"], loose=True)
            for spec in sub["sought"]:
                add(spec, "sub", sub["id"], flags=SOUGHT, loose=True)
    for tr in transitions:
        for spec in tr["terms"]:
            add(spec, "transition", tr["id"], loose=True)
    for p in providers:
        for spec in _named(p):
            add(spec, "party", p["id"])
        for s in p["schemes"]:
            for spec in _named(s):
                add(spec, "scheme", s["id"])
    _cue_terms(cues, add, tokens_of)

    return {
        "themes": [
            _picked(t, "id", "code", "name", "name_en", "description", "primary_weight", "caller_group", "report_share")
            for t in themes
        ],
        "subtopics": {
            s["id"]: {
                "theme": t["id"],
                "name": s["name"],
                "name_en": s["name_en"],
                "related": s["related"],
                "also": s["also"],
                "means": s["means"],
                # [text, facts it asks for]; the English text shares the Dutch one's facts
                "ask": [[a, []] if isinstance(a, str) else [a["text"], a["asks_for"]] for a in s["ask"]],
                "ask_en": s["ask_en"],
            }
            for t in themes
            for s in t["subtopics"]
        },
        "transitions": {tr["id"]: _picked(tr, "name", "name_en", "themes", "subtopics") for tr in transitions},
        "schemes": {
            s["id"]: {
                "name": s["name"],
                "provider": p["id"],
                "themes": s["themes"],
                "subtopics": s["subtopics"],
                "status": s["status"],
            }
            for p in providers
            for s in p["schemes"]
        },
        # Each party as a JSON string: routing parses only the candidates it scores, so a larger
        # knowledge base costs little more at start-up.
        "providers": {p["id"]: json.dumps(_provider(p, subregions), ensure_ascii=False) for p in providers},
        "routing": _routing(providers),
        "provinces": {p["id"]: _picked(p, "name", "rom", "kvk_region") for p in regions["provinces"]},
        "places": places,
        # names in two provinces read as one of them by default (Valkenburg): another place in the text comes first
        "default_places": sorted(fold(n) for n in regions["ambiguous"] if places.get(fold(n))),
        "not_misspelt": sorted(fold(w) for w in regions["not_misspelt"]),
        "spelling_variants": [[fold(a), fold(b)] for a, b in regions["spelling_variants"]],
        "compound_ends": sorted(fold(w) for w in regions["compound_ends"]),
        "municipalities": sorted({fold(n) for prov in regions["provinces"] for n in prov["municipalities"]}),
        "subregions": subregions,
        # per province: a village of one province may be named like a municipality of another (Hengelo, Rijswijk)
        "place_municipality": {prov["id"]: _in_municipality(prov, variants) for prov in regions["provinces"]},
        # the place names a misspelt word may be (shelf.py files them by first and last letter and length)
        "typo_places": sorted(p for p, v in places.items() if v and len(p) >= 5 and " " not in p and p not in common),
        "common_places": sorted(common),
        "lowercase_places": sorted(fold(n) for n in regions["lowercase_ok"]),
        "english_places": sorted(fold(n) for n in regions["english_words"]),
        "capital_places": sorted(fold(n) for n in regions["capital_ok"]),
        "place_abbreviations": {
            fold(n): sorted(fold(w) for w in ws) for n, ws in regions["place_abbreviations"].items()
        },
        # single words that name a sector ("bakkerij"): a capitalised common place name right after one is the place
        "sector_words": sorted({fold(term_text(t)) for ts in cues["sectors"].values() for t in ts} - {""}),
        # the first words of place names of several words: only there does a longer name have to be tried
        "place_starts": sorted({p.split(" ", 1)[0] for p in places if " " in p}),
        "terms": _term_tables(terms),
        "examples": _example_tables(
            [
                (s["id"], [w for w in words(example) if w not in stop and w not in unspecific])
                for t in themes
                for s in t["subtopics"]
                for example in s["examples"]
            ]
        ),
        "cues": {
            "stop": sorted(stop),
            "bound": _folded(cues["bound_prefixes"]),
            "plurals": _folded(cues["plural_endings"]),
            **{name: _folded(cues[name]) for name in _WORD_LISTS},  # word lists kept under their own name
            "e_dropping": _folded(cues["e_dropping_endings"]),
            "hedges": _hedges({k: (cues["hedges"] or {}).get(k, []) for k in HEDGE_PARTS}),
            "hedge_words": {k: _folded((cues["hedges"] or {}).get(k, [])) for k in HEDGE_WORDS},
            "infinitive": fold(cues["infinitive_ending"] or ""),
            "participle": fold(cues["participle_prefix"] or ""),
            "particles": _folded(cues["separable_particles"]),
            "staff": _folded(cues["staff_nouns"]),
            "firm": _folded(cues["firm_nouns"]),
            "business": _folded(cues["business_words"]),
            # a trade word -> the sub-question it makes of a country named in its sentence
            "with_country": {fold(w): sub for sub, ws in cues["with_country"].items() for w in ws},
            "money_subs": {s["id"]: s["sought_money"] for t in themes for s in t["subtopics"] if s["sought_money"]},
            # a note's abbreviations written with full stops, which are no initials ("dhr i.v.m. ziekte")
            "abbreviations_dotted": _folded([*cues["dotted"], *cues["dotted_abbreviations"]]),
            # what follows a form of address without being a name: the listed words and every small word or firm
            "not_names": _folded(
                [
                    *cues["not_names"],
                    *cues["stopwords"],
                    *cues["locatives"],
                    *cues["verb_last"],
                    *cues["firm_kinds"],
                    *cues["firm_nouns"],
                    *cues["staff_nouns"],
                    *cues["clause_final"],
                    *cues["negations"],
                ]
            ),
            "numbers": _numbers(cues["numbers"], fold(cues["number_joiner"] or "")),
            "abbreviations": {fold(k): fold(v) for k, v in cues["abbreviations"].items()},
            "letter_names": {fold(k): v for k, v in cues["letter_names"].items()},
            "written": {k.casefold(): v for k, v in cues["written"].items()},
            "tail_synonyms": {fold(k): fold(v) for k, v in cues["tail_synonyms"].items()},
            "general": cues["general_parties"],
            "safety_party": cues["safety_party"],
            "urgency_theme": cues["urgency_theme"],
            "urgency_subtopic": cues["urgency_subtopic"],
            "starting_subtopic": cues["starting_subtopic"],
            "foreign_firm": cues["foreign_firm"],
            "calamity_not_after": _folded((cues["calamity"] or {}).get("not_after", [])),
            "calamity_named": _folded((cues["calamity"] or {}).get("named", [])),
            "calamity_not_before": _folded((cues["calamity"] or {}).get("not_before", [])),
            # no `founded` block: no year dates a firm (years_back 0 turns the reading off)
            "founded_words": _folded((cues["founded"] or {}).get("words", [])),
            "founded_back": (cues["founded"] or {}).get("years_back", 0),
            "founded_weight": (cues["founded"] or {}).get("weight", 0.0),
        },
        # not vocabulary: a fact's words would take the place of the topic words they also are ("productie" is read
        # as "product"), so they are looked up among the question's folded words, without typos (facts.fact_spans)
        "facts": _fact_phrases(
            {**cues["facts"], COUNTRY: [*cues["facts"].get(COUNTRY, []), *cues["country_adjectives"]]}
        ),
    }


def _numbers(numbers: dict[str, int], joiner: str) -> dict[str, int]:
    """The number words, and with a joiner each unit joined to each ten in one word ("twee" + "en" + "twintig"):
    a look-up per word while reading, not a search."""
    out = {fold(k): v for k, v in numbers.items()}
    if joiner:
        units = [(w, v) for w, v in out.items() if 1 <= v <= 9]
        tens = [(w, v) for w, v in out.items() if v % 10 == 0 and 20 <= v <= 90]
        out |= {u + joiner + t: uv + tv for u, uv in units for t, tv in tens if u + joiner + t not in out}
    return out


def _fact_phrases(facts: dict[str, list[TermSpec]]) -> dict[str, list[list[str]]]:
    """First word -> [the words after it, the fact] for each phrase of cues.yaml's `facts`."""
    by_first: dict[str, list[list[str]]] = defaultdict(list)
    for fact, specs in facts.items():
        for phrase in sorted({" ".join(words(term_text(spec))) for spec in specs}):
            first, _, rest = phrase.partition(" ")
            if first:
                by_first[first].append([rest, fact])
    return dict(by_first)


def _term_tables(terms: list[list[Any]]) -> dict[str, Any]:
    """Terms as parallel columns plus the lookup tables of the matcher, ready to use after json.load."""
    single: dict[str, list[int]] = defaultdict(list)
    case: dict[str, list[int]] = defaultdict(list)
    phrases: dict[str, list[int]] = defaultdict(list)
    vocabulary: set[str] = set()
    free: list[str] = []  # the words of terms that also match inflected, compounded or misspelt
    for i, term in enumerate(terms):
        tokens, flags = term[0], term[2]
        if flags & CASE:
            case[tokens[0]].append(i)
            continue
        (single if len(tokens) == 1 else phrases)[tokens[0]].append(i)
        vocabulary.update(tokens)
        if not flags & EXACT:
            free += tokens  # filtered once below: a generator per term took two thirds of this loop
    loose = {t for t in set(free) if len(t) >= MIN_LOOSE}
    # one-word exact terms: no typo reaches them, except two neighbouring letters swapped (index.swapped)
    swappable = {t[0][0] for t in terms if len(t[0]) == 1 and t[2] & EXACT and not t[2] & CASE} - loose
    swappable = {w for w in swappable if len(w) >= MIN_LOOSE}
    # and the short names of schemes, which no other typo reaches ("wsbo": WBSO)
    schemes = (t for t in terms if len(t[0]) == 1 and t[3] == "scheme" and not t[2] & CASE)
    swappable |= {t[0][0] for t in schemes if len(t[0][0]) == SCHEME_SWAP}
    joined = [" ".join(t[0]) for t in terms]
    return {
        # Long columns are single strings split at load: far quicker to read than JSON lists of strings.
        "words": SEP.join(joined),
        "weight": [t[1] for t in terms],
        "flags": [t[2] for t in terms],
        "kind": SEP.join(t[3] for t in terms),
        "target": SEP.join(t[4] for t in terms),
        # the display text only where it differs from the folded words (accents, capitals, punctuation)
        "text": {str(i): t[5] for i, t in enumerate(terms) if t[5] != joined[i]},
        "single": dict(single),  # plain dicts: a cold start sends compiled data between processes as marshal
        "case": dict(case),
        "phrases": dict(phrases),
        "vocabulary": SEP.join(sorted(vocabulary - loose)),
        "loose": SEP.join(sorted(loose)),  # also matched by inflection, compound and typo
        "swappable": SEP.join(sorted(swappable)),
        # words of exact terms still match their inflections and compounds ("export" in "exportvergunning")
        "affix": SEP.join(sorted(w for w in vocabulary - loose if len(w) >= MIN_LOOSE)),
    }


def _example_tables(examples: list[tuple[str, list[str]]]) -> dict[str, Any]:
    """Inverse document frequencies, norms and an inverted index of word stems over the example phrasings."""
    bags = [(sub, sorted({w[:STEM] for w in tokens})) for sub, tokens in examples]
    df: dict[str, int] = defaultdict(int)
    for _, bag in bags:
        for stem in bag:
            df[stem] += 1
    n = max(len(bags), 1)
    idf = {stem: round(math.log(1 + n / count), 4) for stem, count in df.items()}
    by_stem: dict[str, list[int]] = defaultdict(list)
    for i, (_, bag) in enumerate(bags):
        for stem in bag:
            by_stem[stem].append(i)
    return {
        "sub": [sub for sub, _ in bags],
        "norm": [round(math.sqrt(sum(idf[s] ** 2 for s in bag)), 4) or 1.0 for _, bag in bags],
        "idf": idf,
        "by_stem": dict(by_stem),
    }


def _routing(providers: list[Data]) -> dict[str, Any]:
    """Inverted indexes from what a question can name to the active parties that serve it."""
    by_theme: dict[str, list[str]] = defaultdict(list)
    by_sub: dict[str, list[str]] = defaultdict(list)
    by_scheme: dict[str, str] = {}
    regional: dict[str, list[str]] = defaultdict(list)
    provinces: dict[str, list[str]] = {}  # the regional parties' provinces: others are skipped before being read
    for p in providers:
        for scheme in p["schemes"]:
            by_scheme[scheme["id"]] = p["id"]
        if p["status"] == "ended":
            continue
        if p["regions"] != "all":
            provinces[p["id"]] = list(p["regions"])
        for theme in p["themes"]:
            by_theme[theme].append(p["id"])
            if p["regions"] != "all" or p["kind"] in ("rom", "gemeente", "provincie"):
                regional[theme].append(p["id"])
        for sub in p["serves"]:
            by_sub[sub].append(p["id"])
    return {
        "by_theme": dict(by_theme),
        "by_sub": dict(by_sub),
        "by_scheme": by_scheme,
        "regional": dict(regional),
        "provinces": provinces,
    }


def _picked(record: Data, *keys: str) -> Data:
    return {k: record[k] for k in keys}


HEDGE_PARTS = ("disclaimed", "settled", "supposed", "others")  # cues.yaml `hedges`: the phrases, by what they do
HEDGE_WORDS = (
    "ends",
    "not_settled",
    "told",
    "conditionals",
    "real",
    "openers",
    "participles",
    "negated",
    "own_words",
    "adverbs",
    "lead_ins",
)  # ... and the words that bound or void them


def _hedges(hedges: Data) -> dict[str, list[list[Any]]]:
    """What is not the need now (hedges.py), by first word, longest first: [words, part] for each phrase."""
    out: dict[str, list[list[Any]]] = {}
    for part, listed in hedges.items():
        for phrase in _folded(listed):
            words = phrase.split()
            out.setdefault(words[0], []).append([words, part])
    for found in out.values():
        found.sort(key=lambda entry: (-len(entry[0]), entry[0]))
    return out


def _folded(words: list[str]) -> list[str]:
    return sorted({fold(w) for w in words})


def _named(record: Data) -> list[TermSpec]:
    """A party's or scheme's own terms: its name (when short enough to be said) and its aliases."""
    name: str = record["name"]
    return [name, *record["aliases"]] if len(name.split()) <= 4 else record["aliases"]


def _unarticled(words_of: list[str], droppable: set[str], stop: set[str]) -> list[str] | None:
    """A phrase without the articles and possessives a note drops between its first and last word (cues.yaml
    `droppable`): "hoe bedrijf ervoor staat" for "hoe het bedrijf ervoor staat". None when it has none, or when fewer
    than two words that are no stopwords would be left. Not a phrase marked to be read word for word (`adjacent`: "in
    de vs" is no "in- vs verkoopprijs"), nor one where a firm's kind stands in for "bedrijf", which it does only where
    the article says so ("start een bedrijf")."""
    if len(words_of) < 3:
        return None
    kept = [words_of[0], *(w for w in words_of[1:-1] if w not in droppable), words_of[-1]]
    if len(kept) == len(words_of) or sum(w not in stop for w in kept) < 2:
        return None
    return kept


def _term(spec: TermSpec, kind: str, target: str, weight: float, tokens_of: dict[str, list[str]]) -> list[Any] | None:
    text, w, flags = (spec, 1.0, 0) if isinstance(spec, str) else _flags(spec)
    if flags & CASE:
        original = unicodedata.normalize("NFKC", text).strip()
        return [[original], w * weight, flags, kind, target, text]
    tokens = _tokens(text, tokens_of)
    if not tokens:
        return None
    return [tokens, w * weight, flags, kind, target, text]


def _tokens(text: str, tokens_of: dict[str, list[str]]) -> list[str]:
    """The folded words of a vocabulary text, each text tokenised once per compile."""
    tokens = tokens_of.get(text)
    if tokens is None:
        tokens = tokens_of[text] = words(text)
    return tokens


def _verb_last(
    specs: list[TermSpec], verbs: set[str], particles: set[str], tokens_of: dict[str, list[str]] | None = None
) -> list[TermSpec]:
    """The phrases that start with a finite verb, with the verb moved to their end, as a subordinate clause has it
    ("wil niet meer leven": "niet meer leven wil"); a separable particle at the end joins the verb there ("geeft
    alles weg": "alles weggeeft"). None that the list already holds."""
    known = {} if tokens_of is None else tokens_of  # shared with compile_kb, which tokenises the same phrases
    tokenised = [_tokens(term_text(spec), known) for spec in specs]
    have = {" ".join(tokens) for tokens in tokenised}
    out: list[TermSpec] = []
    for spec, tokens in zip(specs, tokenised, strict=True):
        if isinstance(spec, dict) and spec["case"]:
            continue  # written as it must be matched: nothing to turn
        if len(tokens) < 2 or tokens[0] not in verbs:
            continue
        verb, rest = tokens[0], tokens[1:]
        if len(rest) >= 2 and rest[-1] in particles:
            verb, rest = rest[-1] + verb, rest[:-1]
        turned = " ".join([*rest, verb])
        if turned not in have:
            have.add(turned)
            out.append(turned if isinstance(spec, str) else {**spec, "term": turned})
    return out


def _other_persons(specs: list[TermSpec], persons: Data, tokens_of: dict[str, list[str]]) -> list[TermSpec]:
    """The phrases with a pronoun put in each other person of its class ("my kids": "his kids", "her kids"), none that
    the list already holds. A possessive is only turned before a noun, so "bang voor haar" (afraid of her) does not
    become "bang voor mijn"."""
    possessive: dict[str, set[str]] = {}
    other: dict[str, set[str]] = {}
    for role, table in (("possessive", possessive), ("other", other)):
        for group in persons.get(role, []):
            for word in group:
                table.setdefault(word, set()).update(w for w in group if w != word)
    pronouns = possessive.keys() | other.keys()
    tokenised = [_tokens(term_text(spec), tokens_of) for spec in specs]
    have = {" ".join(tokens) for tokens in tokenised}
    out: list[TermSpec] = []
    for spec, tokens in zip(specs, tokenised, strict=True):
        if (isinstance(spec, dict) and spec["case"]) or pronouns.isdisjoint(tokens):
            continue  # most phrases hold no pronoun: one set test
        for i, word in enumerate(tokens):
            swaps = other.get(word, set())
            if i < len(tokens) - 1:
                swaps = swaps | possessive.get(word, set())
            for swap in sorted(swaps):
                turned = " ".join([*tokens[:i], swap, *tokens[i + 1 :]])
                if turned not in have:
                    have.add(turned)
                    out.append(turned if isinstance(spec, str) else {**spec, "term": turned})
    return out


def _flags(spec: Data) -> tuple[str, float, int]:
    flags = (CASE if spec["case"] else 0) | (EXACT if spec["exact"] else 0) | (ADJACENT if spec["adjacent"] else 0)
    flags |= (KINDS if spec["kinds"] else 0) | (ALONE if spec["alone"] else 0)
    return spec["term"], spec["weight"], flags


def _cue_terms(cues: Data, add: Any, tokens_of: dict[str, list[str]]) -> None:
    # acute distress, and an entrepreneur in danger, are also cases for the parties for firms in trouble
    verbs, particles = {fold(v) for v in cues["verb_last"]}, {fold(p) for p in cues["separable_particles"]}
    persons = cues["persons"]
    # a sign of danger or of acute distress is one in any person: "letters to my kids", "to his kids"; "the bank
    # cancelled our credit", "their credit" (the advisor writes of the caller)
    safety = [*cues["safety"], *_other_persons(cues["safety"], persons, tokens_of)]
    urgency = [*cues["urgency"], *_other_persons(cues["urgency"], persons, tokens_of)]
    for target, specs in (("urgent", urgency), ("safety", safety)):
        for spec in [*specs, *_verb_last(specs, verbs, particles, tokens_of)]:
            add(spec, "cue", target)
            # a weak sign of danger (a will, pills, a roof) is no evidence of trouble in the firm; a weak sign of
            # acute distress (a reminder, a bailiff's letter) is
            weak = target == "safety" and not isinstance(spec, str) and spec["weight"] < 1.0
            if cues["urgency_theme"] and not weak:
                add(spec, "theme", cues["urgency_theme"], URGENCY_SHARE)
    for spec in cues["callers"]:  # who calls for the entrepreneur, in a note's heading (match.py)
        add(spec, "cue", CALLER)
    for spec in cues["pressure"]:  # "payroll due", "no money": acute together or with a date, no trouble alone
        add(spec, "cue", PRESSURE)
    for spec in cues["deadlines"]:  # "volgende week": urgent with a payment problem, no trouble in itself
        add(spec, "cue", DEADLINE)
    for spec in cues["asides"]:  # "begon over": what the call began with, before the real question
        add(spec, "cue", ASIDE, flags=ADJACENT)
    for key, target in (("sent_on", SENT_ON), ("went_to", WENT_TO)):  # where the caller already went (score.py)
        for spec in cues[key]:
            add(spec, "cue", target)
    for part, target in (("events", CALAMITY_EVENT), ("stopped", CALAMITY_STOPPED)):  # acute together (score.py)
        for spec in (cues["calamity"] or {}).get(part, []):
            add(spec, "cue", target, flags=ADJACENT)
    for family in ("stage", "size", "segment"):
        for value, specs in cues[family].items():
            for spec in specs:
                add(spec, "cue", f"{family}:{value}")
    for spec in cues["private"]:
        add(spec, "cue", "private")
    for spec in cues["no_firm"]:  # private, unless a start is said (score.py)
        add(spec, "cue", "private")
        add(spec, "cue", NO_FIRM)
    for spec in cues["former_firm"]:  # a firm the caller had: the business is still the question (score.py)
        add(spec, "cue", FORMER)
    for pid, specs in cues["private_roles"].items():  # private, and where such a question goes
        for spec in specs:  # a role is said in one breath: "my duties as employer" is no "my employer"
            add(spec, "cue", ROLE, flags=ADJACENT)
            add(spec, "cue", "private", flags=ADJACENT)
            add(spec, "cue", f"{REFER}{pid}", flags=ADJACENT)
    for pid, specs in cues["private_referrals"].items():
        for spec in specs:
            add(spec, "cue", "private")
            add(spec, "cue", f"{REFER}{pid}")
    for spec in cues["neutral"]:
        add(spec, "cue", "neutral")
    for spec in cues["employer_phrases"]:
        add(spec, "cue", EMPLOYER, flags=ADJACENT)
    for spec in cues["safety_idioms"]:
        add(spec, "cue", IDIOM)
    for spec in cues["regional"]:
        add(spec, "cue", REGIONAL)
    for sector, specs in cues["sectors"].items():
        for spec in specs:  # everyday words: a typo of one is too often another word (kreeg/kroeg, betaal/metaal)
            add(spec, "cue", f"sector:{sector}", flags=EXACT)


def _subregions(regions: Data) -> dict[str, list[str]]:
    """Folded subregion name (and alias) -> the folded municipalities it holds."""
    return {
        fold(name): sorted({fold(n) for n in sub["municipalities"]})
        for prov in regions["provinces"]
        for sub in prov["subregions"]
        for name in (sub["name"], *sub["aliases"])
    }


def _provider(p: Data, subregions: dict[str, list[str]]) -> dict[str, Any]:
    return {
        "name": p["name"],
        "description": p["description"],
        "kind": p["kind"],
        "level": p["level"],
        "line": p["line"],
        "themes": p["themes"],
        "serves": p["serves"],
        "offers": p["offers"],
        "groups": p["target_groups"],
        "segments": p["segments"],
        "regions": p["regions"],
        "sectors": p["sectors"],
        "areas": sorted({seat for a in p["areas"] for seat in subregions.get(fold(a), [fold(a)])}),
        "finance": [p["finance_min"], p["finance_max"]],
        "generic": p["generic"],
        "status": p["status"],
        "needs_check": p["needs_check"] is not None or p["status"] == "unconfirmed",
        "schemes": [s["id"] for s in p["schemes"]],
        "contacts": [{k: v for k, v in c.items() if v is not None} for c in p["contacts"]],
    }


def _name_variants(regions: Data) -> list[tuple[str, str]]:
    """regions.yaml `name_variants`, folded, each padded to whole words: ("aan den", "aan de")."""
    return [(f" {fold(a)} ", f" {fold(b)} ") for a, b in regions["name_variants"]]


def _written(key: str, variants: list[tuple[str, str]]) -> list[str]:
    """A folded place name and the ways it is also written ("alphen aan de rijn" for "alphen aan den rijn")."""
    if not key:
        return []
    return [key, *(key.replace(a, b) for a, b in variants if a in key)]


def _in_municipality(prov: Data, variants: list[tuple[str, str]]) -> dict[str, str]:
    """Folded place -> folded municipality it lies in (`in_municipality`), also as each is otherwise written; and a
    municipality written otherwise -> itself."""
    found = {written: fold(seat) for seat in prov["municipalities"] for written in _written(fold(seat), variants)[1:]}
    for place, seat in prov["in_municipality"].items():
        for written in _written(fold(place), variants):
            found[written] = fold(seat)
    return found


# where the name a municipality's begins with ends: "Valkenburg aan de Geul", "Bergen op Zoom", "Alphen-Chaam"
MUNICIPALITY_HEAD = re.compile(r" aan | op |-")


def _places(regions: Data, variants: list[tuple[str, str]]) -> dict[str, str]:
    """Folded place name (also as `variants` write it) -> province id; '' marks a name that cannot be resolved without
    asking."""
    places: dict[str, str] = {}
    for prov in regions["provinces"]:
        subregions = [name for sub in prov["subregions"] for name in (sub["name"], *sub["aliases"])]
        for name in [prov["id"], prov["name"], *prov["aliases"], *prov["municipalities"], *prov["places"], *subregions]:
            for key in _written(fold(name), variants):
                places[key] = prov["id"] if places.get(key, prov["id"]) == prov["id"] else ""
    # a name that is a municipality in one province and only a village elsewhere means the municipality; so does the
    # name a municipality's begins with ("Valkenburg" aan de Geul, not the village near Leiden; "Alphen" aan den Rijn
    # and Alphen-Chaam stay two; "Peel" en Maas is no Peel)
    seats: dict[str, set[str]] = defaultdict(set)  # municipality name or its head -> provinces
    for prov in regions["provinces"]:
        for seat in prov["municipalities"]:
            for key in {fold(seat), fold(re.split(MUNICIPALITY_HEAD, seat)[0])}:
                seats[key].add(prov["id"])
    for name in regions["ambiguous"]:
        key = fold(name)
        places[key] = next(iter(seats[key])) if len(seats.get(key, ())) == 1 else ""
    return places
