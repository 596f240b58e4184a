"""Checks the schema cannot express: identity, references, coverage, formats, freshness."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .enums import CONTEXT_FACTS, Kind, Line, Status
from .loader import Document, Loc, Problem
from .text import fold, term_text

Data = dict[str, Any]  # one file's validated data: defaults filled in, dates as dates (conform.py, model_dump)

URL = re.compile(r"^https?://[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d+)?(/\S*)?$", re.I)
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
# Dutch notations: 0800-0543, 088 585 22 22, +31 20 123 4567, and the short lines 112, 113, 1400.
PHONE = re.compile(r"^(\+\d{1,3}[ ]?(\(0\))?[ ]?)?\d[\d -]{1,16}\d$")


@dataclass(frozen=True)
class Options:
    max_age: int = 365
    today: dt.date | None = None


def run(data: dict[str, Data], docs: dict[str, Document], options: Options) -> list[Problem]:
    """Every cross-file problem of a schema-valid knowledge base; `data` holds each file's validated data by name."""
    return sorted(_all(data, docs, options))


def _all(data: dict[str, Data], docs: dict[str, Document], options: Options) -> Iterator[Problem]:
    themes, providers, regions, cues = (docs[n] for n in ("themes.yaml", "providers.yaml", "regions.yaml", "cues.yaml"))
    all_themes, transitions = data["themes.yaml"]["themes"], data["themes.yaml"]["transitions"]
    parties, provinces, c = data["providers.yaml"]["providers"], data["regions.yaml"]["provinces"], data["cues.yaml"]
    theme_ids = {t["id"] for t in all_themes}
    sub_ids: set[str] = set()
    province_ids = {p["id"] for p in provinces}
    provider_by_id = {p["id"]: p for p in parties}

    yield from _unique(themes, [(("themes", i, "id"), t["id"]) for i, t in enumerate(all_themes)], "theme")
    subs = [
        (("themes", i, "subtopics", j, "id"), s["id"])
        for i, t in enumerate(all_themes)
        for j, s in enumerate(t["subtopics"])
    ]
    yield from _unique(themes, subs, "sub-question")
    sub_ids = {s for _, s in subs}
    yield from _unique(themes, [(("transitions", i, "id"), t["id"]) for i, t in enumerate(transitions)], "transition")
    yield from _unique(providers, [(("providers", i, "id"), p["id"]) for i, p in enumerate(parties)], "party")
    schemes = [
        (("providers", i, "schemes", j, "id"), s["id"])
        for i, p in enumerate(parties)
        for j, s in enumerate(p["schemes"])
    ]
    yield from _unique(providers, schemes, "scheme")
    yield from _unique(regions, [(("provinces", i, "id"), p["id"]) for i, p in enumerate(provinces)], "province")

    facts = {*CONTEXT_FACTS, *c["facts"]}  # what a follow-up question may ask for
    asked_for: set[str] = set()
    for i, t in enumerate(all_themes):
        for j, s in enumerate(t["subtopics"]):
            here: Loc = ("themes", i, "subtopics", j)
            for field in ("related", "also"):
                yield from _refs(themes, (*here, field), s[field], theme_ids, "theme")
                if t["id"] in s[field]:
                    yield themes.problem((*here, field), f"{field} names the sub-question's own theme {t['id']}")
            if set(s["related"]) & set(s["also"]):
                yield themes.problem((*here, "also"), "a theme is in both related and also: keep it in one")
            for k, ask in enumerate(s["ask"]):
                if isinstance(ask, dict):
                    asked_for.update(ask["asks_for"])
                    yield from _refs(themes, (*here, "ask", k, "asks_for"), ask["asks_for"], facts, "fact")
            if s["ask_en"] and len(s["ask_en"]) != len(s["ask"]):
                yield themes.problem((*here, "ask_en"), "ask_en must translate ask, one for one")
            elif s["ask"] and not s["ask_en"]:
                yield themes.problem((*here, "ask"), "ask has no ask_en: English output shows it in Dutch", "warning")
    for fact in sorted(set(c["facts"]) & set(CONTEXT_FACTS)):
        yield cues.problem(("facts", fact), f"fact {fact!r} is read from the context: it needs no words", "error")
    for fact in sorted(set(c["facts"]) - asked_for):
        yield cues.problem(("facts", fact), f"fact {fact!r} is asked for by no follow-up question", "warning")
    for i, tr in enumerate(transitions):
        yield from _refs(themes, ("transitions", i, "themes"), tr["themes"], theme_ids, "theme")
        yield from _refs(themes, ("transitions", i, "subtopics"), tr["subtopics"], sub_ids, "sub-question")

    for i, p in enumerate(parties):
        base: Loc = ("providers", i)
        yield from _refs(providers, (*base, "themes"), p["themes"], theme_ids, "theme")
        yield from _refs(providers, (*base, "serves"), p["serves"], sub_ids, "sub-question")
        if p["regions"] != "all":
            yield from _refs(providers, (*base, "regions"), p["regions"], province_ids, "province")
        for j, scheme in enumerate(p["schemes"]):
            at: Loc = (*base, "schemes", j)
            yield from _refs(providers, (*at, "themes"), scheme["themes"], theme_ids, "theme")
            yield from _refs(providers, (*at, "subtopics"), scheme["subtopics"], sub_ids, "sub-question")
            if scheme["url"] and not URL.match(scheme["url"]):
                yield providers.problem((*at, "url"), f"'{scheme['url']}' is not an http(s) URL")
        yield from _areas(providers, base, p, provinces)
        yield from _contacts(providers, base, p)
        if not any(contact["type"] == "website" for contact in p["contacts"]):
            yield providers.problem((*base, "contacts"), f"party '{p['id']}' has no website")
        yield from _freshness(providers, base, p["checked"], options)

    for i, prov in enumerate(provinces):
        rom = provider_by_id.get(prov["rom"])
        loc: Loc = ("provinces", i, "rom")
        if rom is None:
            yield regions.problem(loc, f"province '{prov['id']}' names ROM '{prov['rom']}', which is not a party")
        elif rom["kind"] != Kind.ROM or rom["regions"] == "all" or prov["id"] not in rom["regions"]:
            yield regions.problem(loc, f"'{prov['rom']}' is not a ROM serving province '{prov['id']}'")
    yield from _places(regions, data["regions.yaml"])

    # a sub-question no active party serves (directly or by a scheme) is routed by its theme alone
    served = {
        s
        for p in parties
        if p["status"] == Status.ACTIVE
        for s in (*p["serves"], *(x for scheme in p["schemes"] for x in scheme["subtopics"]))
    }
    for loc, sid in subs:
        if sid not in served:
            message = f"no active party serves sub-question '{sid}' (nor runs a scheme for it)"
            yield themes.problem(loc, message, "warning")

    for idx, t in enumerate(all_themes):
        active = [p for p in parties if t["id"] in p["themes"] and p["status"] == Status.ACTIVE]
        for line, label in ((Line.FIRST, "first-line"), (Line.SECOND, "second-line")):
            if not any(p["line"] in (line, Line.BOTH) for p in active):
                yield themes.problem(("themes", idx, "id"), f"theme '{t['id']}' has no active {label} party")

    for j, pid in enumerate(c["general_parties"]):
        if pid not in provider_by_id:
            yield cues.problem(("general_parties", j), f"unknown party '{pid}'")
    for field in ("private_referrals", "private_roles"):  # keyed by the party a private question goes to
        for pid in c[field]:
            if pid not in provider_by_id:
                yield cues.problem((field, pid, "#key"), f"unknown party '{pid}'")
    if c["safety_party"] not in provider_by_id:
        yield cues.problem(("safety_party",), f"unknown party '{c['safety_party']}'")
    if c["urgency_theme"] and c["urgency_theme"] not in theme_ids:
        yield cues.problem(("urgency_theme",), f"unknown theme '{c['urgency_theme']}'")
    sub_theme = {s["id"]: t["id"] for t in all_themes for s in t["subtopics"]}
    urgency_sub = c["urgency_subtopic"]
    if urgency_sub and sub_theme.get(urgency_sub) != c["urgency_theme"]:
        what = "unknown sub-question" if urgency_sub not in sub_theme else "a sub-question of another theme"
        yield cues.problem(("urgency_subtopic",), f"{what} '{urgency_sub}' (must be under urgency_theme)")
    if c["starting_subtopic"] and c["starting_subtopic"] not in sub_theme:
        yield cues.problem(("starting_subtopic",), f"unknown sub-question '{c['starting_subtopic']}'")
    if c["foreign_firm"] and c["foreign_firm"] not in sub_theme:
        yield cues.problem(("foreign_firm",), f"unknown sub-question '{c['foreign_firm']}'")
    trade_word: dict[str, str] = {}
    for sub, trade_words in c["with_country"].items():
        if sub not in sub_theme:
            yield cues.problem(("with_country", sub, "#key"), f"unknown sub-question '{sub}'")
        for k, word in enumerate(trade_words):
            other = trade_word.setdefault(fold(word), sub)
            if other != sub:
                yield cues.problem(("with_country", sub, k), f"'{word}' is also a word of trade for '{other}'")
    keys: set[str] = set()  # every term, folded: filled by _vocabulary
    stand_ins = {fold(w) for w in c["firm_stand_ins"]}
    yield from _vocabulary(themes, all_themes, keys, stand_ins)
    joined = f" {' '.join(keys)} "  # one search for each distinct word, not a split of every term
    for k, word in enumerate(c["distinct_words"]):
        if f" {fold(word)} " not in joined:
            yield cues.problem(
                ("distinct_words", k), f"distinct word '{word}' is no vocabulary word: it does nothing", "warning"
            )
    yield from _cue_duplicates(cues, c, stand_ins)


def _kinds(doc: Document, loc: Loc, spec: str | Data, stand_ins: set[str]) -> Iterator[Problem]:
    """`kinds: true` does something only in a phrase that holds a word a firm's kind stands for."""
    if isinstance(spec, dict) and spec.get("kinds"):
        words = fold(term_text(spec)).split()
        if len(words) < 2 or not stand_ins & set(words):
            yield doc.problem(
                loc, f"'{term_text(spec)}' is marked kinds but is no phrase with a firm_stand_ins word", "warning"
            )


def _unique(doc: Document, items: Sequence[tuple[Loc, str]], what: str) -> Iterator[Problem]:
    first: dict[str, Loc] = {}
    for loc, value in items:
        if value in first:
            yield doc.problem(loc, f"duplicate {what} id '{value}' (first at line {doc.where(first[value])[0]})")
        else:
            first[value] = loc


def _refs(doc: Document, loc: Loc, values: list[str], known: set[str], what: str) -> Iterator[Problem]:
    for j, value in enumerate(values):
        if value not in known:
            yield doc.problem((*loc, j), f"unknown {what} '{value}'")


def _areas(doc: Document, base: Loc, p: Data, provinces: list[Data]) -> Iterator[Problem]:
    """An area is a municipality or a subregion of one of the party's own provinces."""
    if not p["areas"]:
        return
    own = {
        fold(n)
        for prov in provinces
        if p["regions"] == "all" or prov["id"] in p["regions"]
        for n in [
            *prov["municipalities"],
            *(name for sub in prov["subregions"] for name in (sub["name"], *sub["aliases"])),
        ]
    }
    for j, name in enumerate(p["areas"]):
        if fold(name) not in own:
            yield doc.problem((*base, "areas", j), f"'{name}' is no municipality or subregion of the party's provinces")


def _contacts(doc: Document, base: Loc, p: Data) -> Iterator[Problem]:
    for j, c in enumerate(p["contacts"]):
        loc = (*base, "contacts", j, "value")
        kind, value = str(c["type"]), c["value"]
        pattern = {"website": URL, "form": URL, "chat": URL, "email": EMAIL, "phone": PHONE}[kind]
        if not pattern.match(value):
            yield doc.problem(loc, f"'{value}' is not a valid {kind} ({_hint(kind)})")


def _hint(kind: str) -> str:
    return {
        "email": "name@example.nl",
        "phone": "digits with spaces or hyphens, e.g. 088 585 22 22",
    }.get(kind, "https://…")


def _freshness(doc: Document, base: Loc, checked: dt.date, options: Options) -> Iterator[Problem]:
    today = options.today or dt.date.today()
    if checked > today:
        yield doc.problem((*base, "checked"), f"checked date {checked} is in the future")
    elif (today - checked).days > options.max_age:
        age = (today - checked).days
        yield doc.problem((*base, "checked"), f"facts last checked {age} days ago ({checked}); check them", "warning")


def _places(doc: Document, regions: Data) -> Iterator[Problem]:
    ambiguous = {fold(n) for n in regions["ambiguous"]}
    owner: dict[str, str] = {}
    for i, prov in enumerate(regions["provinces"]):
        names: list[tuple[Loc, str]] = [
            (("provinces", i, field, j), name)
            for field in ("aliases", "municipalities", "places")
            for j, name in enumerate(prov[field])
        ]
        seats = {fold(n) for n in prov["municipalities"]}
        for j, sub in enumerate(prov["subregions"]):
            here: Loc = ("provinces", i, "subregions", j)
            names += [((*here, "name"), sub["name"])]
            names += [((*here, "aliases", k), a) for k, a in enumerate(sub["aliases"])]
            for k, seat in enumerate(sub["municipalities"]):
                if fold(seat) not in seats:
                    yield doc.problem((*here, "municipalities", k), f"'{seat}' is no municipality of '{prov['id']}'")
            if fold(sub["name"]) in seats:
                yield doc.problem((*here, "name"), f"subregion '{sub['name']}' is also a municipality")
        places = {fold(p) for p in prov["places"]}
        for place, seat in prov["in_municipality"].items():
            here = ("provinces", i, "in_municipality", place)
            if fold(place) not in places:
                yield doc.problem(here, f"'{place}' is no place of '{prov['id']}' (list it under `places`)")
            if fold(seat) not in seats:
                yield doc.problem(here, f"'{seat}' is no municipality of '{prov['id']}'")
        for loc, name in names:
            key = fold(name)
            if key in ambiguous:
                continue
            if key in owner and owner[key] != prov["id"]:
                yield doc.problem(loc, f"place '{name}' is also in province '{owner[key]}'; list it under `ambiguous`")
            owner.setdefault(key, prov["id"])
    common = {fold(w) for w in regions["common_words"]}
    for field in ("lowercase_ok", "english_words", "capital_ok"):
        for j, name in enumerate(regions[field]):
            if fold(name) not in common:
                yield doc.problem((field, j), f"'{name}' is not in common_words (only those need this list)")
    named = {fold(n) for prov in regions["provinces"] for n in [*prov["municipalities"], *prov["places"]]}
    for name in regions["place_abbreviations"]:
        if fold(name) not in named:
            yield doc.problem(("place_abbreviations", name), f"'{name}' is no place of any province")


def _cue_duplicates(doc: Document, cues: Data, stand_ins: set[str]) -> Iterator[Problem]:
    """A term listed twice in one list of cues.yaml counts once: the second entry (or its weight) misleads a reader."""
    lists: list[tuple[Loc, list[Any]]] = []
    for field, value in cues.items():
        if isinstance(value, list):
            lists.append(((field,), value))
        elif isinstance(value, dict):
            lists += [((field, key), items) for key, items in value.items() if isinstance(items, list)]
    for where, items in lists:
        first: dict[str, Loc] = {}
        for k, spec in enumerate(items):
            if not isinstance(spec, (str, dict)) or (isinstance(spec, dict) and "term" not in spec):
                continue
            key = fold(term_text(spec))
            yield from _kinds(doc, (*where, k), spec, stand_ins)
            if key in first:
                line = doc.where(first[key])[0]
                yield doc.problem((*where, k), f"'{term_text(spec)}' is listed twice (first at line {line})", "warning")
            first.setdefault(key, (*where, k))


def _vocabulary(doc: Document, all_themes: list[Data], keys: set[str], stand_ins: set[str]) -> Iterator[Problem]:
    """A term that points to two themes makes matching ambiguous; report it where it appears again. Every term,
    folded, goes into `keys`."""
    home: dict[str, tuple[str, Loc]] = {}
    for i, t in enumerate(all_themes):
        places: list[tuple[Loc, str | Data]] = [(("themes", i, "terms", k), s) for k, s in enumerate(t["terms"])]
        for j, sub in enumerate(t["subtopics"]):
            places += [(("themes", i, "subtopics", j, "terms", k), s) for k, s in enumerate(sub["terms"])]
            places += [(("themes", i, "subtopics", j, "sought", k), s) for k, s in enumerate(sub["sought"])]
        for loc, spec in places:
            key = fold(term_text(spec))
            keys.add(key)
            yield from _kinds(doc, loc, spec, stand_ins)
            if not key:
                yield doc.problem(loc, "term has no letters or digits")
                continue
            if key in home and home[key][0] == t["id"] and home[key][1][:2] == loc[:2]:
                line = doc.where(home[key][1])[0]
                yield doc.problem(loc, f"term '{term_text(spec)}' is listed twice (first at line {line})", "warning")
            elif key in home and home[key][0] != t["id"]:
                other, first = home[key]
                line = doc.where(first)[0]
                yield doc.problem(
                    loc, f"term '{term_text(spec)}' also points to theme '{other}' (line {line})", "warning"
                )
            home.setdefault(key, (t["id"], loc))
