"""People's names in a caller's words, as the redaction and the matcher read them.

A name is where the text announces one: after a form of address ("meneer De Vries", "mw. Bakker", "Mr. Smith") or in an
introduction ("mijn naam is Anna Jansen", "my name is Tom"), and a capitalised first name the knowledge base lists
(cues.yaml `first_names`) with the surname after it ("Jan de Vries belt", "ik ben Fatima"). Advisors type in
lowercase, and in their notes "dhr" is mostly the caller himself, so after a form of address a lowercase word is a
name when the knowledge base lists it as a surname, or after initials, a first name or a particle (`_addressed`,
`_name_end`). A surname written bare ("Jansen belt over …") is not recognised. Kept apart from redact.py's other
patterns: the matcher reads names for every question with a capital, and needs none of those.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from .addressing import ABBREVIATED, CAPITALISED_ONLY, DOTTED_ONLY, INTRODUCTIONS, LABELS, SPELLED, STAFF_TOO
from .text import fold

# A name: initials, Dutch particles and one to three capitalised words ("J.P. van der Berg", "De Vries-Bos").
# Letters with diacritics in any Latin block: "Wiśniewska", "Aydın", "Ionuț", "Đặng" (a name's first letter may be
# any letter but a small one of ASCII or Latin-1: "één" is no name)
_UPPER = r"[^\W\d_a-z\u00df-\u00ff]"  # a letter that is no plain or Latin-1 small one: cheap to compile
_LOWER = r"[^\W\d_A-Z]"  # any letter but a plain capital
_WORD = rf"{_UPPER}{_LOWER}+(?:-{_UPPER}{_LOWER}+)*"
_PARTICLES = r"(?:(?:van|de|der|den|ten|ter|te|in 't|'t|von|du|le|la|el|al)\s)*"
_NAME = rf"(?:[A-Z]\.(?:[A-Z]\.)*\s?)?{_PARTICLES}{_WORD}(?:\s{_PARTICLES}{_WORD}){{0,2}}"


def _either(forms: Iterable[str], case_first: bool = False) -> str:
    """An alternation of literal forms; `case_first`: their first letter in either case ("Dhr", "dhr")."""
    if case_first:
        return "|".join(f"[{form[0].upper()}{form[0]}]{re.escape(form[1:])}" for form in forms)
    return "|".join(re.escape(form) for form in forms)


_NOT_STAFF = r"(?<!\d )(?<!\d)"  # "3 mw" is staff (addressing.STAFF_TOO)
_ABBREVIATED = [form for form in ABBREVIATED if form != STAFF_TOO and form not in DOTTED_ONLY]
_INTRODUCING = (*INTRODUCTIONS, *LABELS)
# A form of address or introduction before a capitalised name.
_TITLED = re.compile(
    rf"(?<![\w])(?:{_NOT_STAFF}{_either([STAFF_TOO], True)}\.?|(?:{_either(_ABBREVIATED, True)})\.?|"
    rf"(?:{_either(DOTTED_ONLY, True)})\.|{_either(SPELLED, True)})\s({_NAME})"
)
_INTRODUCED = re.compile(rf"(?<![\w])(?i:{_either((*_INTRODUCING, *CAPITALISED_ONLY))})\s({_NAME})")
# A first name starts a name; the surname follows it. "Sint Maarten" is an island, "Jan 2024" a month.
_CAPITALISED = re.compile(rf"(?<![\w.'’-]){_WORD}")
_SURNAME = re.compile(rf"(?:\s{_PARTICLES}{_WORD}){{0,2}}")
_NOT_A_PERSON = re.compile(r"(?i)(?:\bsint|\bst\.?|\bsaint|\bsan|\bsanta|\bs[aã]o|\blake|\bport|\bfort|\bcape)\s+$")
# A word naming a street, before its number ("Kerkstraat 12", "Goghstraat 12"): a name ends before it, and a first name
# that begins one is a street's ("Vincent van Goghstraat"); "Hoogendijk", "Versteeg" without a number are surnames
_STREET_WORD = re.compile(
    r"(?i)\b\w+(?:straat|laan|weg|plein|singel|gracht|kade|dijk|steeg|dreef|park|allee)\b(?=\s+\d)"
)
_PARTICLE_WORD = r"(?:van|de|der|den|ten|ter|von|le|la)"
_POSSESSIVE = re.compile(r"['’]s\s+[A-Z]")  # before a capitalised word: a brand ("Sarah's bakery" is a name)

# The same in any case, for a name typed in lowercase ("dhr jansen", "mr smith", "dhr.jansen"); "mw" only with its
# full stop.
_ADDRESS = re.compile(
    rf"(?i)(?<![\w])(?:(?:{_either(_ABBREVIATED)})(?:[.:]\s*|\s+)|(?:{_either(SPELLED)})\s+|"
    rf"(?:{_either(DOTTED_ONLY)})\.\s*|{_NOT_STAFF}{_either([STAFF_TOO])}\.\s*)"
)
_INTRODUCTION = re.compile(rf"(?i)(?<![\w])(?:{_either(_INTRODUCING)})\s*")
_DOTTED_FORM = re.compile(rf"(?i)(?<![\w])(?:{_either(DOTTED_ONLY)})\.\s*$")  # "hr." right before a word
_ANY_WORD = re.compile(r"(?:in 't|'t|v/d|v\.d\.|[^\W\d_]+(?:[-'’][^\W\d_]+)*)(?![\w])")
_GAP = re.compile(r"[ \t]+")  # between the words of a name
# Initials: with full stops ("j.p.", "J. ") or a single letter before the next word ("dhr p jansen").
_INITIALS = re.compile(r"(?:[^\W\d_]\.\s?){1,4}|[^\W\d_]\s(?=[^\W\d_])")
# Particles in any case; not "al" or "te": "dhr al jaren ziek", "mevr te laat" are no names.
_LOWER_PARTICLES = frozenset(
    {"van", "de", "der", "den", "ten", "ter", "'t", "in 't", "vd", "v/d", "v.d.", "von", "du", "le", "la", "el"}
)
_APOSTROPHE_NAME = re.compile(r"(?i)[od]['’][^\W\d_]{3,}")  # o'brien, d'hondt; not "d'r"


def _knows_nothing(word: str) -> bool:
    return False


class Namebook(NamedTuple):
    """What the knowledge base says of names (cues.yaml, folded): first names, frequent surnames and what follows the
    particle of those that have one, the words that follow a form of address without being a name (the stopwords,
    `not_names`, kinds of firm), the abbreviations written with full stops that are no initials, whether a word is one
    of its own (vocabulary, a firm or its kind) and whether it is a place."""

    first: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    particle_surnames: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()
    known: Callable[[str], bool] = _knows_nothing
    place: Callable[[str], bool] = _knows_nothing


NO_BOOK = Namebook()  # without the knowledge base: forms of address, introductions and capitals only


def name_spans(text: str, book: Namebook = NO_BOOK) -> Iterator[tuple[int, int]]:
    """Where the names in a text stand (they may overlap: `redact.find` joins two readings of one name)."""
    yield from _announced(text, book)
    yield from _first_named(text, book)
    yield from _addressed(text, book)


def names(text: str, book: Namebook = NO_BOOK) -> list[str]:
    """The names in a text (the rules of `find`, without the other kinds of personal data), for matching: their words
    are no vocabulary ("mw. Bakker" is no bakery, "dhr kok" no cook sought)."""
    return [text[start:end] for start, end in name_spans(text, book)]


def _announced(text: str, book: Namebook) -> Iterator[tuple[int, int]]:
    """Capitalised names after a form of address or an introduction; a single word there that is a place is where the
    caller is, as notes put it ("dhr Winterswijk, kaasmakerij", "this is Amsterdam based startup"), not a name."""
    for pattern in (_TITLED, _INTRODUCED):
        for m in pattern.finditer(text):
            single = fold(m.group(1)) if " " not in m.group(1) else ""
            if single and book.place(single):
                continue
            # "hr." may end a sentence ("vraag over hr. Verzuim is hoog"): after it, a word of a note or of the
            # vocabulary is no name; after "dhr." it is ("dhr. Winkel", "dhr. Bakker")
            if single and _DOTTED_FORM.search(text, 0, m.start(1)) and (single in book.not_names or book.known(single)):
                continue
            yield m.start(1), m.end(1)


def _addressed(text: str, book: Namebook) -> Iterator[tuple[int, int]]:
    """Names after a form of address or an introduction, in any case: initials, first names, particles, a surname.

    In a note "dhr" and "mevr" are mostly the caller ("dhr snapt niet wat de BMKB is", "dhr stukadoor (zzp)", "mevr
    ten einde raad"), so after one a word is a name only as a listed surname ("dhr jansen", "mevr. yilmaz") that is
    no place ("dhr hoogeveen" is where he is), as a listed surname's part after its particle ("mevr. de vries", "dhr
    van der meer"; not "mevrouw van de bank"), or after initials or a first name (see `_name_end`). After an
    introduction any word the knowledge base does not know is a name; after "mr" not ("mr confused about kvk
    registration"). Initials that spell an abbreviation are none ("dhr i.v.m. ziekte")."""
    starts = [(m.end(), True) for m in _INTRODUCTION.finditer(text)]
    starts += [(m.end(), False) for m in _ADDRESS.finditer(text)]
    for start, announced in starts:
        pos, end, led, firsts = start, start, announced, 0
        initials = _INITIALS.match(text, start)
        letters = fold(initials.group()).replace(" ", "") if initials else ""
        if initials and (len(letters) == 1 or letters not in book.abbreviations):
            pos = initials.end()
            if "." in initials.group():  # "j.p. de vries": the initials are a name of their own, as a first name is
                end, led, firsts = start + len(initials.group().rstrip()), True, 1  # "mevrouw p. schilder"
        end = _name_end(text, pos, end, book, led, firsts)
        if end > start:
            yield start, end


def _name_end(text: str, pos: int, end: int, book: Namebook, led: bool, firsts: int = 0, addressed: bool = True) -> int:
    """Where a name read from `pos` ends (`end` if no word there belongs to it). First names come first (two at
    most: "jan willem de groot"; one the list lacks only before a listed surname the vocabulary does not know:
    "nicole jansen", not "voormalig kok"), then particles and the surname: a listed one, or, once `led` (initials, a
    first name, an introduction), one the knowledge base does not know; after a first name any word that is no
    word of a note ("jan schilder"). A surname that is also a trade is still a name ("dhr bakker"): a hidden word
    costs a handover note less than a name shown."""
    particles: list[str] = []
    while (word := _ANY_WORD.match(text, pos)) is not None:
        raw = word.group()
        parts = fold(re.sub(r"['’]s$", "", raw)).split()  # "jansen-de" -> jansen, de; "jansen's" -> jansen
        if not parts:  # a word of another script ("dhr. Иванов"): the folded key holds no letters to look up
            break
        particle = bool(particles)
        if raw.lower() in _LOWER_PARTICLES:
            particles.append(raw.lower())
        else:
            listed = _listed(raw, parts, book, particles, led)
            of_note = any(w in book.not_names for w in parts)
            unknown = not of_note and not any(book.known(w) for w in parts)
            first = parts[0] in book.first or (not listed and _before_surname(text, word, book))
            if not particle and unknown and first and firsts < 2:
                end, led, firsts = word.end(), True, firsts + 1  # a first name: more of the name may follow
            elif listed or (led and unknown) or (addressed and firsts and not of_note):
                end = word.end()
                if parts[-1] not in _LOWER_PARTICLES:
                    break  # the surname ends the name
                particles.append(parts[-1])  # "jansen-de vries": the hyphen's particle announces the rest
            else:
                break
        gap = _GAP.match(text, word.end())
        if gap is None:
            break
        pos = gap.end()
    return end


def _listed(raw: str, parts: list[str], book: Namebook, particles: list[str], led: bool) -> bool:
    """A listed surname: bare, unless it is a place said right after the form of address ("dhr hoogeveen" is where he
    is); after a particle, what follows the particle of a listed one, a listed one the vocabulary does not know ("dhr
    de kok van het restaurant" is the cook), or a place right after "van" alone ("mevr van delft" is Mrs Van Delft;
    "mevr van de veluwe" is where she is from); or an Irish or Flemish name with its apostrophe ("o'brien")."""
    if _APOSTROPHE_NAME.fullmatch(raw):
        return True
    if particles:
        listed = any(w in book.particle_surnames or (w in book.surnames and not book.known(w)) for w in parts)
        return listed or (particles == ["van"] and book.place(parts[0]))
    return any(w in book.surnames for w in parts) and (led or not book.place(parts[0]))


def _before_surname(text: str, word: re.Match[str], book: Namebook) -> bool:
    """The word stands before a listed surname the vocabulary does not know, or before particles and a listed
    surname's part after its particle: a first name the list lacks ("nicole jansen", "nicole de boer"; not
    "weduwe van ondernemer", "voormalig kok")."""
    pos, particle = word.end(), False
    while (gap := _GAP.match(text, pos)) is not None and (following := _ANY_WORD.match(text, gap.end())) is not None:
        nxt = following.group().lower()
        if nxt in _LOWER_PARTICLES:
            pos, particle = following.end(), True
            continue
        folded = fold(nxt)
        return (folded in book.surnames and not book.known(folded)) or (particle and folded in book.particle_surnames)
    return False


def _first_named(text: str, book: Namebook) -> Iterator[tuple[int, int]]:
    """A capitalised first name the knowledge base lists, with the surname after it, capitalised or not ("Jan de
    Vries", "Jan de vries")."""
    if not book.first:
        return
    for m in _CAPITALISED.finditer(text):
        if fold(m.group().split("-")[0]) not in book.first:
            continue
        if _NOT_A_PERSON.search(text, max(0, m.start() - 8), m.start()):
            continue
        if _POSSESSIVE.match(text, m.end()):
            continue  # "Tony's Chocolonely", "Levi's"
        surname = _SURNAME.match(text, m.end())
        end = surname.end() if surname else m.end()
        street = _STREET_WORD.search(text, m.end())
        if street is not None and street.start() < end:  # the name ends before a street
            if re.search(rf"(?i)\s{_PARTICLE_WORD}\s*$", text[m.end() : street.start()] or " "):
                continue  # a street named after a person: "Vincent van Goghstraat 12"
            end = len(text[: street.start()].rstrip()) if street.start() > m.end() else m.end()
        if end == m.end() and (gap := _GAP.match(text, end)) is not None:
            end = _name_end(text, gap.end(), end, book, led=True, firsts=1, addressed=False)
        if end == m.end() and re.match(r"\s?\d", text[end : end + 2]):
            continue  # "Jan 2024", "per 1 Jan" is a date
        yield m.start(), end
