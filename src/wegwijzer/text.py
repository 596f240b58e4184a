"""Folding and tokenising: one definition of "the same word" for questions and vocabulary alike."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# Letters that no decomposition takes to a plain one ("Yılmaz", "Łukasz", "Søren"), after casefolding (which already
# makes "ß" "ss" and the capitals small): as they are typed without it.
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "þ": "th"})
# Control (Cc) and format (Cf: bidi overrides, zero-width, soft hyphen) characters never reach a terminal.
_UNSAFE = {"Cc", "Cf", "Cs", "Co", "Cn"}


def fold(text: str) -> str:
    """Return the matching key of a text: NFKC, no format characters or diacritics, casefolded, alphanumeric words."""
    if text.isascii():  # nearly every word: nothing to normalise
        low = text.lower()
        if low.isalnum():  # one plain word (most vocabulary terms): a fifth of the time of the substitution
            return low
        if low.replace(" ", "").isalnum():  # plain words and spaces (most phrases): a third of the time
            return " ".join(low.split())
        return _NON_ALNUM.sub(" ", low).strip()
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSED))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_ALNUM.sub(" ", bare).strip()


def term_text(spec: str | dict[str, Any]) -> str:
    """A vocabulary entry's text: a bare term, or a mapping's `term`."""
    return spec if isinstance(spec, str) else str(spec["term"])


def words(text: str) -> list[str]:
    """Folded words of a text, in order."""
    folded = fold(text)
    return folded.split() if folded else []


# ASCII control characters: whitespace ones become a space, the others go (as in clean's general path)
_ASCII_CONTROL = {c: (" " if chr(c) in "\t\n\r\x0b\x0c" else None) for c in [*range(32), 127]}


def clean(text: str) -> str:
    """Text safe to echo: control and format characters removed, whitespace runs collapsed to one space."""
    if text.isascii():  # nearly every question: only control characters to take out
        return " ".join(text.translate(_ASCII_CONTROL).split())
    return _cleaned(text)


def _cleaned(text: str) -> str:
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if category in _UNSAFE:
            kept.append(" " if ch in "\t\n\r\x0b\x0c" else "")
        else:
            kept.append(ch)
    return " ".join("".join(kept).split())


def has_unsafe(text: str) -> bool:
    """True when a text holds control or format characters other than newline and tab."""
    if text.isprintable():  # C-fast and true for nearly all text; it is false for every unsafe character
        return False
    return any(unicodedata.category(ch) in _UNSAFE and ch not in "\n\t" for ch in text)
