"""A question's words (`Token`): sentences and clauses, abbreviations written out, words cut short completed."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from .index import Index
from .text import fold

MIN_CUT = 5  # a word cut short with a full stop is completed from this length (shorter ones: cues' abbreviations)
_APOSTROPHES = "'\u2019"
# words, the punctuation that ends a sentence, and what separates clauses: commas, a slash with a space on one side
# and a plus with one before it, as advisors list a caller's points ("wil bus / laadpaal + subsidie", "mee/ regeling";
# not "en/of", "24/7", "50+ medewerkers", "c++")
PIECES = re.compile(r"[^\W_]+|[.!?;:]+(?=\s|$)|,|(?<=\s)[/+]|/(?=\s)")
_CLAUSE_ONLY = frozenset(",/+")


class Token(NamedTuple):
    folded: str
    original: str
    sentence: int = 0  # a phrase never spans two sentences
    clause: int = 0  # parts of a sentence between commas: a phrase stays within one
    cut: bool = False  # written short: a full stop after it, and the sentence goes on ("levensverz., klinkt")


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
    for found in PIECES.finditer(text):
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
    shift = 0  # sentences ended by a full stop after a whole word
    for i, t in enumerate(tokens):
        written = short.get(t.folded) or (_completed(index, t.folded) if t.cut else None) or t.folded
        for word in written.split():
            out.append(Token(word, t.original, t.sentence + shift, t.clause + shift))
        # a known word is not cut short: its full stop ends the sentence, however the note goes on ("bank wil borg bij
        # de lening. ook: koks werven"); a letter's ("i.v.m.", "o.a.") and an abbreviation's ("ca.") do not
        known = index.is_word(t.folded) or t.folded in index.stop
        whole = t.cut and known and not _letter(t) and t.folded not in short and t.folded not in index.dotted
        shift += whole and i + 1 < len(tokens) and tokens[i + 1].clause == t.clause
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
    """An abbreviation written letter by letter ("b.v.", "C.E.", "m d r") or by the letters' spoken names ("ka vee
    ka", as speech-to-text writes it: cues.yaml `letter_names`) as the word its letters make, when the vocabulary
    knows it: each run of letters in a clause cut into the known words that weigh most (`_words_of`: "a b.v." is
    "a" and "bv")."""
    spoken: dict[str, str] = index.kb["cues"]["letter_names"]
    letters = [t.folded if _letter(t) else spoken.get(t.folded, "") for t in tokens]
    if sum(map(bool, letters)) < 2:
        return tokens
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        end = i
        where = (tokens[i].sentence, tokens[i].clause)
        while end < len(tokens) and letters[end] and (tokens[end].sentence, tokens[end].clause) == where:
            end += 1
        for start, stop in _words_of(index, letters, i, max(end, i + 1)):
            run = tokens[start:stop]
            if stop - start == 1:
                out.append(run[0])
                continue
            said = ("" if all(map(_letter, run)) else " ").join(t.original for t in run)  # "b.v." as "bv"
            out.append(Token("".join(letters[start:stop]), said, run[0].sentence, run[0].clause))
        i = max(end, i + 1)
    return out


def _words_of(index: Index, letters: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """A run of letters cut into known words of two letters or more and single tokens, longer words first: the cut
    whose words' squared lengths add up most ("u ka vee ka" is "u" and "kvk", not "uk" and "vk")."""
    best: list[tuple[int, list[tuple[int, int]]]] = [(0, [])]
    for stop in range(start + 1, end + 1):
        score, cut = best[-1][0], [*best[-1][1], (stop - 1, stop)]  # the token before `stop` on its own
        for first in range(start, stop - 1):
            if index.is_word("".join(letters[first:stop])):
                worth = best[first - start][0] + (stop - first) ** 2
                if worth > score:
                    score, cut = worth, [*best[first - start][1], (first, stop)]
        best.append((score, cut))
    return best[-1][1]


def _letter(token: Token) -> bool:
    """A letter written on its own, not one of a word the folding split ("I'm" is "i" and "m")."""
    return len(token.original) == 1 and token.folded.isalpha()


def _completed(index: Index, word: str) -> str | None:
    """The one vocabulary word that `word`, cut short, begins, when it is long enough to tell and no word itself."""
    if len(word) < MIN_CUT or not word.isalpha() or index.is_word(word):
        return None
    found = index.completions(word)
    return found[0] if len(found) == 1 else None


def reads_english(index: Index, tokens: list[Token]) -> bool:
    """Whether a question is in English: enough of its words are English cue words."""
    hits = sum(1 for t in tokens if t.folded in index.english)
    return bool(tokens) and hits >= max(2, len(tokens) // 6)
