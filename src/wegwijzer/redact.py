"""Personal data in callers' words: found and replaced before anything is echoed or exported.

Finds BSNs (with the 11-proef), IBANs (mod-97), Dutch personal phone numbers (mobile and geographic; the 0800,
0900 and 088 numbers of organisations are kept), e-mail addresses, postcode + house number, and names: where the
text announces one, after a form of address ("meneer De Vries", "mw. Bakker", "Mr. Smith") or in an introduction
("mijn naam is Anna Jansen", "my name is Tom"), and a capitalised first name the knowledge base lists (cues.yaml
`first_names`) with the surname after it ("Jan de Vries belt", "ik ben Fatima"). Advisors type in lowercase, and in
their notes "dhr" is mostly the caller himself, so after a form of address a lowercase word is a name when the
knowledge base lists it as a surname, or after initials, a first name or a particle (`_addressed`, `_name_end`). A
surname written bare ("Jansen belt over …") is not recognised.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from .text import fold

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_IBAN = re.compile(r"(?i)(?<![a-z0-9])[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,3})?(?![a-z0-9])")
_BSN = re.compile(r"(?<![\d.,-])(\d{4}[. ]?\d{2}[. ]?\d{3}|\d{3}[. ]\d{3}[. ]\d{3}|\d{9})(?!\d|[.,]\d)")
_BSN_LABELLED = re.compile(
    r"(?i)\b(?:bsn|burgerservicenummer|sofinummer)\b(?:\W{1,3}|\s+(?:is|nummer|nr\.?|number)\W{1,3})(\d[\d. ]{6,10}\d)"
)
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?[\d(][\d ()\-.]{7,18}\d(?![\w])")
# Letters after a space are capitals ("1234 AB") unless "nr" follows; glued ones may be small ("1234ab"):
# so "1500 en 2000" is no address.
_POSTAL = r"[1-9]\d{3}(?: [A-Z]{2}|[A-Za-z]{2}| [a-z]{2}(?=,? ?(?:nr|nummer|huisnummer)\b))(?<!SA|SD|SS)(?![A-Za-z])"
_POSTCODE = re.compile(
    rf"(?<![\w]){_POSTAL}(?:,? ?(?:nr\.?|nummer|huisnummer)? ?\d{{1,5}}(?: ?[a-zA-Z](?![A-Za-z])|-\d{{1,4}})?(?![\d:]))"
)
_NUMBER_THEN_POSTCODE = re.compile(rf"(?<![\w])\d{{1,5}}[a-zA-Z]?,? {_POSTAL}")
# A name: initials, Dutch particles and one to three capitalised words ("J.P. van der Berg", "De Vries-Bos").
_WORD = r"[A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)*"
_PARTICLES = r"(?:(?:van|de|der|den|ten|ter|te|in 't|'t|von|du|le|la|el|al)\s)*"
_NAME = rf"(?:[A-Z]\.(?:[A-Z]\.)*\s?)?{_PARTICLES}{_WORD}(?:\s{_PARTICLES}{_WORD}){{0,2}}"
# Forms of address. "mw" also means "medewerker(s)" ("3 mw"), so it counts only when no number precedes it.
_TITLED = re.compile(
    r"(?<![\w])(?:(?<!\d )(?<!\d)[Mm]w\.?|[Mm]evr\.?|[Mm]evrouw|[Mm]eneer|[Dd]hr\.?|[Dd]e heer|[Mm]r\.?|[Mm]rs\.?|"
    rf"[Mm]s\.?|[Mm]iss)\s({_NAME})"
)
# Introductions that announce a name ("ik ben …" and "I am …" are left out: "ik ben Nederlander", "I am German").
_INTRODUCED = re.compile(
    rf"(?i:mijn naam is|ik heet|naam:|u spreekt met|je spreekt met|my name is|this is|speaking with)\s({_NAME})"
)
# A first name starts a name; the surname follows it. "Sint Maarten" is an island, "Jan 2024" a month.
_CAPITALISED = re.compile(rf"(?<![\w.'’-]){_WORD}")
_SURNAME = re.compile(rf"(?:\s{_PARTICLES}{_WORD}){{0,2}}")
_NOT_A_PERSON = re.compile(r"(?i)(?:\bsint|\bst\.?|\bsaint|\bsan|\bsanta)\s+$")
# The same forms of address and introductions in any case, for a name typed in lowercase ("dhr jansen", "mr smith",
# "dhr.jansen"). A bare "mw" is left out: "heeft mw nodig" is staff; "mw." is read, not after a number.
_ADDRESS = re.compile(
    r"(?i)(?<![\w])(?:(?:dhr|mevr|mr|mrs|ms)(?:[.:]\s*|\s+)|(?:de heer|mevrouw|meneer|miss)\s+|(?<!\d )(?<!\d)mw\.\s*)"
)
_INTRODUCTION = re.compile(
    r"(?i)(?<![\w])(?:mijn naam is|ik heet|naam(?: (?:beller|klant|contactpersoon))?:|contactpersoon:|u spreekt met|"
    r"je spreekt met|my name is)\s*"
)
_ANY_WORD = re.compile(r"(?:in 't|'t|v/d|v\.d\.|[^\W\d_]+(?:[-'’][^\W\d_]+)*)(?![\w])")
_GAP = re.compile(r"[ \t]+")  # between the words of a name
# Initials: with full stops ("j.p.", "J. ") or a single letter before the next word ("dhr p jansen").
_INITIALS = re.compile(r"(?:[^\W\d_]\.\s?){1,4}|[^\W\d_]\s(?=[^\W\d_])")
# Particles in any case; not "al" or "te": "dhr al jaren ziek", "mevr te laat" are no names.
_LOWER_PARTICLES = frozenset(
    {"van", "de", "der", "den", "ten", "ter", "'t", "in 't", "vd", "v/d", "v.d.", "von", "du", "le", "la", "el"}
)
_APOSTROPHE_NAME = re.compile(r"(?i)[od]['’][^\W\d_]{3,}")  # o'brien, d'hondt; not "d'r"
_ORGANISATION_PREFIXES = ("0800", "0900", "0906", "0909", "088", "0842", "0844", "0878", "085", "091")


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


class Span(NamedTuple):
    kind: str
    start: int
    end: int
    value: str


def find(text: str, book: Namebook = NO_BOOK) -> list[Span]:
    """Every piece of personal data in a text, without overlaps, in order."""
    spans: list[Span] = []

    def add(kind: str, start: int, end: int) -> None:
        overlaps = [s for s in spans if s.start < end and start < s.end]
        if kind == "name" and overlaps and all(s.kind == "name" for s in overlaps):
            # two readings of one name ("dhr Jan jansen": a capitalised first name, a lowercase surname): both
            start, end = min(start, *(s.start for s in overlaps)), max(end, *(s.end for s in overlaps))
            spans[:] = [s for s in spans if s not in overlaps]
        elif overlaps:
            return
        spans.append(Span(kind, start, end, text[start:end]))

    for m in _EMAIL.finditer(text):
        add("email", m.start(), m.end())
    shaped = []  # IBAN-like text, valid or not: its digits are never read as a phone number
    for m in _IBAN.finditer(text):
        shaped.append((m.start(), m.end()))
        valid = _valid_prefix(m.group())
        if valid:
            add("iban", m.start(), m.start() + len(valid))
    for m in _BSN_LABELLED.finditer(text):
        add("bsn", m.start(1), m.end(1))
    for m in _BSN.finditer(text):
        if _elf_proef(re.sub(r"\D", "", m.group())):
            add("bsn", m.start(), m.end())
    for m in _PHONE.finditer(text):
        value = m.group().rstrip(" -.")
        inside_iban = any(a <= m.start() < b for a, b in shaped)
        if not inside_iban and _personal_phone(value):
            add("phone", m.start(), m.start() + len(value))
    for pattern in (_POSTCODE, _NUMBER_THEN_POSTCODE):
        for m in pattern.finditer(text):
            add("postcode", m.start(), m.end())
    for start, end in _announced(text, book):
        add("name", start, end)
    for start, end in _first_named(text, book):
        add("name", start, end)
    for start, end in _addressed(text, book):
        add("name", start, end)
    return sorted(spans, key=lambda s: s.start)


def names(text: str, book: Namebook = NO_BOOK) -> list[str]:
    """The names in a text (the rules of `find`, without the other kinds of personal data), for matching: their words
    are no vocabulary ("mw. Bakker" is no bakery, "dhr kok" no cook sought)."""
    found = [text[start:end] for start, end in _announced(text, book)]
    found += [text[start:end] for start, end in _first_named(text, book)]
    return found + [text[start:end] for start, end in _addressed(text, book)]


def _announced(text: str, book: Namebook) -> Iterator[tuple[int, int]]:
    """Capitalised names after a form of address or an introduction; a single word after a form of address that is a
    place is where the caller is, as notes put it ("dhr Winterswijk, kaasmakerij"), not a name."""
    for pattern in (_TITLED, _INTRODUCED):
        for m in pattern.finditer(text):
            if pattern is _TITLED and " " not in m.group(1) and book.place(fold(m.group(1))):
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
        pos, end, led = start, start, announced
        initials = _INITIALS.match(text, start)
        letters = fold(initials.group()).replace(" ", "") if initials else ""
        if initials and (len(letters) == 1 or letters not in book.abbreviations):
            pos = initials.end()
            if "." in initials.group():  # "j.p. de vries": the initials are a name of their own
                end, led = start + len(initials.group().rstrip()), True
        end = _name_end(text, pos, end, book, led)
        if end > start:
            yield start, end


def _name_end(text: str, pos: int, end: int, book: Namebook, led: bool, firsts: int = 0, addressed: bool = True) -> int:
    """Where a name read from `pos` ends (`end` if no word there belongs to it). First names come first (two at
    most: "jan willem de groot"; one the list lacks only before a listed surname the vocabulary does not know:
    "nicole jansen", not "voormalig kok"), then particles and the surname: a listed one, or, once `led` (initials, a
    first name, an introduction), one the knowledge base does not know; after a first name any word that is no
    word of a note ("jan schilder"). A surname that is also a trade is still a name ("dhr bakker"): a hidden word
    costs a handover note less than a name shown."""
    particle = False
    while (word := _ANY_WORD.match(text, pos)) is not None:
        raw = word.group()
        parts = fold(re.sub(r"['’]s$", "", raw)).split()  # "jansen-de" -> jansen, de; "jansen's" -> jansen
        if raw.lower() in _LOWER_PARTICLES:
            particle = True
        else:
            listed = _listed(raw, parts, book, particle, led)
            unknown = not any(w in book.not_names or book.known(w) for w in parts)
            first = parts[0] in book.first or (not listed and _before_surname(text, word, book))
            if not particle and unknown and first and firsts < 2:
                end, led, firsts = word.end(), True, firsts + 1  # a first name: more of the name may follow
            elif listed or (led and unknown) or (addressed and firsts and not any(w in book.not_names for w in parts)):
                end = word.end()
                if parts[-1] not in _LOWER_PARTICLES:
                    break  # the surname ends the name
                particle = True  # "jansen-de vries": the hyphen's particle announces the rest
            else:
                break
        gap = _GAP.match(text, word.end())
        if gap is None:
            break
        pos = gap.end()
    return end


def _listed(raw: str, parts: list[str], book: Namebook, particle: bool, led: bool) -> bool:
    """A listed surname: bare, unless it is a place said right after the form of address ("dhr hoogeveen" is where he
    is); after a particle, what follows the particle of a listed one, a listed one the vocabulary does not know ("dhr
    de kok van het restaurant" is the cook), or a place ("mevr van delft"); or an Irish or Flemish name with its
    apostrophe ("o'brien")."""
    if _APOSTROPHE_NAME.fullmatch(raw):
        return True
    if particle:  # right after a form of address "van" is a surname's: "mevr van delft" is Mrs Van Delft
        return any(w in book.particle_surnames or (w in book.surnames and not book.known(w)) for w in parts) or (
            book.place(parts[0])
        )
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
        surname = _SURNAME.match(text, m.end())
        end = surname.end() if surname else m.end()
        if end == m.end() and (gap := _GAP.match(text, end)) is not None:
            end = _name_end(text, gap.end(), end, book, led=True, firsts=1, addressed=False)
        if end == m.end() and re.match(r"\s?\d", text[end : end + 2]):
            continue  # "Jan 2024", "per 1 Jan" is a date
        yield m.start(), end


def redact(text: str, book: Namebook = NO_BOOK, lang: str = "nl") -> str:
    """The text with every piece of personal data replaced by a label such as [BSN] ([NAAM], [NAME] by language)."""
    from .messages import t

    out, last = [], 0
    for s in find(text, book):
        out.append(text[last : s.start])
        out.append(t(lang, "label_" + s.kind))
        last = s.end
    out.append(text[last:])
    return "".join(out)


def _elf_proef(digits: str) -> bool:
    if len(digits) != 9 or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True))
    return total % 11 == 0


def _valid_prefix(candidate: str) -> str | None:
    """The longest start of an IBAN-shaped match that is a valid IBAN (a trailing word may have been caught)."""
    end = len(candidate)
    while end >= 15:
        if _iban_ok(candidate[:end]):
            return candidate[:end]
        end = candidate.rfind(" ", 0, end)
    return None


def _iban_ok(candidate: str) -> bool:
    iban = candidate.replace(" ", "").upper()
    if not (15 <= len(iban) <= 34) or not iban[2:4].isdigit():
        return False
    moved = iban[4:] + iban[:4]
    try:
        number = int("".join(str(int(ch, 36)) for ch in moved))
    except ValueError:
        return False
    return number % 97 == 1


def _personal_phone(value: str) -> bool:
    """A Dutch mobile or geographic number; organisations' service numbers are not personal data."""
    if re.search(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$", value) and not value.lstrip("+(").startswith("0"):
        return False  # a date
    digits = re.sub(r"\D", "", value)
    if value.startswith("+"):
        if not digits.startswith("31"):
            return 10 <= len(digits) <= 15
        digits = "0" + digits[2:]
    elif digits.startswith("0031"):
        digits = "0" + digits[4:]
    if digits.startswith("00"):
        digits = digits[1:]
    digits = digits.replace("0(0)", "0")
    if "(0)" in value:
        digits = "0" + digits.lstrip("0")
    if len(digits) != 10 or not digits.startswith("0") or digits.startswith(_ORGANISATION_PREFIXES):
        return False
    return digits[1] != "0"
