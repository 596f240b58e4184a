"""What a question states besides its topic, and where: staff counts, sums of money, the facts of cues.yaml `facts`
(a country, whom one owes), a country beside a trade word, and the words a word of looking or lacking points at."""

from __future__ import annotations

import re

from .index import COUNTRY, Index
from .tokens import Token

SEEK_WINDOW = 4  # words between a word of looking or lacking and what it points at ("zoekt al maanden 2 monteurs")
_COUNT = re.compile(r"^\d{1,6}$")
_MONEY = re.compile(r"^\d+(?:k|mln)$")  # "60k", "3mln", as one word ("3m" may be metres)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


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
        # "twenty-two employees": the hyphen split one number in two (in one clause: "he is sixty, 2 employees")
        same = i and tokens[i - 1].clause == t.clause
        ten = numbers.get(tokens[i - 1].folded, 0) if same and 1 <= count <= 9 else 0
        if ten % 10 == 0 and 20 <= ten <= 90:
            count += ten
        # "hundred and twenty staff", "honderd twintig man": the hundreds just before, joined by "and" or nothing, in
        # one clause ("boete van honderd, 4 medewerkers"; "honderd voor een medewerker" is no 101)
        j = i - 2 if i >= 2 and tokens[i - 1].folded in index.joins else i - 1
        hundreds = numbers.get(tokens[j].folded, 0) if j >= 0 and tokens[j].clause == t.clause and count < 100 else 0
        if hundreds % 100 == 0 and 100 <= hundreds <= 900:
            count += hundreds
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


def past_years(index: Index, tokens: list[Token], this_year: int) -> list[int]:
    """Where the text names a year at least cues.yaml `founded.years_back` years before `this_year`; not a sum of
    money ("gestart met 2000 euro"; the euro sign is gone from the words, so "met €2000" still reads as a year)."""
    if not index.founded_back:
        return []
    last = this_year - index.founded_back
    return [
        i
        for i, t in enumerate(tokens)
        if _YEAR.match(t.folded)
        and int(t.folded) <= last
        and not (i + 1 < len(tokens) and tokens[i + 1].folded in index.money_words)
    ]


def founding_years(index: Index, tokens: list[Token], years: list[int]) -> list[int]:
    """The past years that date the firm: right before or after a word of `founded.words` in their clause, at most
    a locative between ("sinds 1998", "opgericht in 2003", "in 2010 begonnen"; not "gestart met 2000 ...")."""
    out = []
    between = index.locatives - index.founded_words
    for i in years:
        for step in (-1, 1):
            j = i + step
            if 0 <= j < len(tokens) and tokens[j].folded in between:
                j += step
            founding = 0 <= j < len(tokens) and tokens[j].folded in index.founded_words
            if founding and tokens[j].clause == tokens[i].clause:
                out.append(i)
                break
    return out


def is_dated(index: Index, tokens: list[Token], i: int) -> bool:
    """The past year at `i` is a date, after a locative or a word of founding ("in 2015", "sinds 2015"), not the year
    of something said of the caller ("man van 1990")."""
    return (
        i > 0
        and tokens[i - 1].clause == tokens[i].clause
        and tokens[i - 1].folded in (index.locatives | index.founded_words)
    )


def count_start(index: Index, tokens: list[Token], noun: range) -> int:
    """Where the number of a staff count whose noun stands at `noun` is: right before it, or one word further back
    ("12 vaste medewerkers")."""
    before = noun.start - 1
    return before if _is_count(index.kb["cues"]["numbers"], tokens[before].folded) is not None else noun.start - 2


def _is_count(numbers: dict[str, int], word: str) -> int | None:
    return int(word) if _COUNT.match(word) else numbers.get(word)
