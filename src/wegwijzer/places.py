"""Where the caller is: the place a question names (a municipality, a village, a region, misspelt or corrected), and the
province the advisor types after --region."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from .index import Index, left_out, nearest
from .text import fold
from .tokens import Token, expand, reads_english

MAX_PLACE_WORDS = 4  # "Alphen aan den Rijn"
CORRECTION_REACH = 3  # stopwords and locatives between a place and the one that corrects it, besides the markers
HOME_REACH = 4  # words between a word of residence and the place it says ("woont al jaren in Zwolle")


class Place(NamedTuple):
    """A place the caller named: as written, its province (None when ambiguous), and where it stands."""

    written: str | None = None
    province: str | None = None
    unresolved: str | None = None  # a name used in several provinces
    span: range = range(0)


def find_place(index: Index, tokens: list[Token], named: frozenset[int] = frozenset()) -> Place:
    """The first place the text names (longest name first), else a name read by default ("Valkenburg bij Katwijk" is
    Katwijk's), else the first ambiguous one, else a misspelt one. Not in a person's name (`named`): "dhr ter horst"
    is no caller from Horst."""
    common = index.common_places
    unresolved: Place | None = None
    default: Place | None = None
    home: Place | None = None  # where someone lives: the firm's place unless another place, not another's, is named
    i = 0
    while i < len(tokens):
        found = place_at(index, tokens, i) if i not in named else None
        if found is None:
            i += 1
            continue
        n, key, province = found
        corrected = _corrected(index, tokens, i + n)
        if corrected is not None:  # "in Heerle, eh Heerlen": the place said next is the one meant
            i = corrected
            continue
        written = " ".join(t.original for t in tokens[i : i + n])
        if province and key not in index.default_places:
            place = Place(written, province, unresolved.unresolved if unresolved else None, range(i, i + n))
            if home is None and _after(index.residence, tokens, i):
                home = place
            elif home is None or not _after(index.elsewhere, tokens, i):
                return place
        if province:
            default = default or Place(written, province, span=range(i, i + n))
        else:
            unresolved = unresolved or Place(unresolved=written, span=range(i, i + n))
        i += n
    if home:
        return home
    if default:
        return default._replace(unresolved=unresolved.unresolved if unresolved else None)
    near = _fuzzy_place(index, tokens, common, named)
    if near:
        return Place(near[0], near[1], unresolved.unresolved if unresolved else None, range(near[2], near[2] + 1))
    return unresolved or Place()


def _after(words: frozenset[str], tokens: list[Token], i: int) -> bool:
    """Whether one of `words` stands before the place at `i` in its clause, at most HOME_REACH words back: a word of
    cues.yaml `residence` ("woont in Zwolle", "woont sinds kort Zwolle", "postadres in Utrecht") or of `elsewhere`, a
    customer's, a bank's, a commission's place ("levert aan klanten in Groningen")."""
    for j in range(i - 1, max(i - 1 - HOME_REACH, -1), -1):
        if tokens[j].clause != tokens[i].clause:
            return False
        if tokens[j].folded in words:
            return True
    return False


def _corrected(index: Index, tokens: list[Token], after: int) -> int | None:
    """Where a place that corrects the one ending at `after` begins: in the same sentence, after words of cues.yaml
    `self_corrections` ("eh", "nee sorry", "I mean"), with stopwords and locatives between ("eh in Heerlen"), up to
    CORRECTION_REACH other words on, a place name the main reading would take (`_place_at`)."""
    marked = False
    reach = CORRECTION_REACH
    for j in range(after, len(tokens)):
        token = tokens[j]
        if token.sentence != tokens[after - 1].sentence:
            return None
        if token.folded in index.not_corrections:
            return None
        if token.folded in index.self_corrections:
            marked = True
        elif token.folded in index.stop or token.folded in index.locatives:
            reach -= 1
        else:
            return j if marked and place_at(index, tokens, j) is not None else None
        if reach < 0:
            return None
    return None


def place_at(index: Index, tokens: list[Token], i: int) -> tuple[int, str, str] | None:
    """The longest place name beginning at `i` that the reading takes, as its length in words, its key and its
    province ("" for a name in two provinces): not a common word out of place ("eigenlijk best groot"), not an
    abbreviation."""
    longest = min(MAX_PLACE_WORDS, len(tokens) - i) if tokens[i].folded in index.place_starts else 1
    for n in range(longest, 0, -1):
        key = " ".join(t.folded for t in tokens[i : i + n])
        province = index.place(key)
        if province is None:
            continue
        if key in index.common_places and not _common_place(index, tokens, i, key):
            continue
        if n == 1 and _abbreviation(index, tokens, i, key):
            continue
        return n, key, province
    return None


def _common_place(index: Index, tokens: list[Token], i: int, key: str) -> bool:
    """A place name that is also a word is the place after a locative, with a capital ("in Houten") or, for some,
    without ("in leiden"); with a capital, also when a note opens with it and a comma ("Leiden, biotech start-up") and,
    for the names not written with a capital for other reasons, when it is a clause of its own ("..., Haren").
    A capital is enough in an English question ("at the Leiden Bio Science Park", "Leiden biotech spin-off"), unless
    the name is an English word too ("Best", "Goes"), and within the sentence in a Dutch one for the names that are
    not written with a capital for other reasons, right after the firm ("bakkerij Houten"; not "we willen Leiden als
    voorbeeld nemen", nor "Echt")."""
    capital = tokens[i].original[:1].isupper()
    if i > 0 and tokens[i - 1].folded in index.locatives:
        return capital or key in index.lowercase_places
    if not capital:
        return False
    if i == 0 and len(tokens) > 1 and tokens[1].clause != tokens[0].clause:
        return True  # a note that opens with the place and a comma: "Leiden, biotech start-up ..."
    # the place as a clause of its own, as a note adds it: "start binnenkort, Haren"
    end = i + len(key.split())
    opens = i and key in index.capital_places and tokens[i - 1].clause != tokens[i].clause
    if opens and (end == len(tokens) or tokens[end].clause != tokens[i].clause):
        return True
    if reads_english(index, tokens):
        return key not in index.english_places  # even first: no Dutch sentence starts there
    if not (i > 0 and tokens[i - 1].sentence == tokens[i].sentence):
        return False
    # a Dutch note names the firm, then where it is: "kapsalon Houten", "bakkerij Houten", "startup Leiden"
    before = tokens[i - 1].folded
    return key in index.capital_places and index.names_firm(before)


def _abbreviation(index: Index, tokens: list[Token], i: int, key: str) -> bool:
    """A place name that is also an abbreviation is the abbreviation in capitals only (not after a locative: "uit
    OSS") or before a word it is known to stand before ("de oss regeling"), and the place otherwise ("drukkerij oss",
    "in Oss")."""
    before = index.place_abbreviations.get(key)
    if before is None:
        return False
    capitals = tokens[i].original.isupper() and not (i and tokens[i - 1].folded in index.locatives)
    return capitals or (i + 1 < len(tokens) and tokens[i + 1].folded in before)


# a misspelt word with neither a capital nor a locative before it is read as a place from this length, and then only
# as a municipality's name with one or two of its letters left out, or one doubled: advisors type "eindhvn",
# "groningn", "amersfort", "leeuwaarden"; villages are many and often short, and an adjective is no place ("gronings")
BARE_PLACE = 7
# below this length a misspelt word is read as a place only after a locative, and then only as a municipality's name
# with a letter left out or doubled ("in zwole", "in Delt"; not "Brede vraag", "in brede zin", "Bread and pastry"):
# short names are one typo away from too many words, and regions.yaml lists the words a letter left out makes
# (`not_misspelt`: "bij vorst", "in losse porties")
SHORT_PLACE = 6


def _fuzzy_place(
    index: Index, tokens: list[Token], common: frozenset[str], person: frozenset[int]
) -> tuple[str, str, int] | None:
    """A misspelt single-word place name, only for longer words that are no vocabulary: one that looks like a place
    ("Eindhovn", "in eindhovn") first; else a bare word with letters left out of a municipality's name ("eindhvn").
    The name is given as spelt right ("Eindhoven"): the advisor sees the reading, and a party for part of the
    province knows the municipality."""
    locatives, markers = index.locatives, index.infinitive_markers
    words = [
        (i, t)
        for i, t in enumerate(tokens)
        if len(t.folded) >= 4
        and i not in person
        and not (index.is_word(t.folded) or t.folded in index.stop or t.folded.isdigit() or t.folded in common)
        and t.folded not in index.not_misspelt
    ]
    for i, t in words:
        before = tokens[i - 1].folded if i > 0 else ""
        located = before in locatives and before not in markers
        capital = t.original[:1].isupper()
        # a capital right after the firm marks a name as a locative does: "gamestudio Arnhm" (not "dhr. de Weerd",
        # "Loser merchandise" or a note in capitals)
        named = located or (
            capital
            and not t.original.isupper()
            and i > 0
            and tokens[i - 1].sentence == t.sentence
            and index.names_firm(before)
        )
        if (named or len(t.folded) >= BARE_PLACE) and (sounded := _sounded(index, t.folded, common)):
            found: str | None = sounded
        elif len(t.folded) < SHORT_PLACE:
            found = nearest(t.folded, _municipal(index, t.folded), long_from=9) if named else None
        elif capital or located:
            # a municipality with letters left out before a village one edit away ("Haarlm" is Haarlem, not Haarlo)
            found = nearest(t.folded, _municipal(index, t.folded), long_from=9) or nearest(
                t.folded, index.candidates(t.folded, "q:", "r:"), long_from=9
            )
        else:
            continue
        if found:
            return found.capitalize(), index.place(found) or "", i
    for i, t in words:
        # only letters left out or one doubled: a substituted or added one makes other words places (woorden,
        # dronken, hengels)
        if len(t.folded) >= BARE_PLACE and (i == 0 or tokens[i - 1].folded not in markers):
            found = nearest(t.folded, _bare(index, t.folded), long_from=BARE_PLACE)
            if found:
                return found.capitalize(), index.place(found) or "", i
    return None


def _sounded(index: Index, word: str, common: frozenset[str]) -> str | None:
    """The place name `word` is when one of its letters is spelt as it sounds (regions.yaml `spelling_variants`):
    "dragten" is Drachten, "neimegen" Nijmegen. Not the first letter, as with other typos ("talen" is no Dalen), and
    never a place whose name is also a word (`common`: "mate" is no Made)."""
    for spelt, meant in index.spelling_variants:
        k = word.find(spelt, 1)
        while k >= 0:
            variant = word[:k] + meant + word[k + len(spelt) :]
            if variant not in common and index.place(variant) is not None:
                return variant
            k = word.find(spelt, k + 1)
    return None


def _doubled(word: str, name: str) -> bool:
    """`word` is `name` with one of its letters typed twice ("venllo")."""
    return len(word) == len(name) + 1 and any(
        word[k] == word[k + 1] and word[:k] + word[k + 1 :] == name for k in range(len(name))
    )


def _swapped(word: str, name: str) -> bool:
    """`word` is `name` with two letters side by side typed the other way round ("hemlond", "vlissinegn")."""
    if len(word) != len(name):
        return False
    differ = [k for k in range(len(word)) if word[k] != name[k]]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and word[differ[0]] == name[differ[1]]
        and (word[differ[1]] == name[differ[0]])
    )


def _municipal(index: Index, word: str) -> Callable[[int], list[str]]:
    """The typo candidates for `word` that are a municipality's name with letters left out or one doubled."""
    municipalities, candidates = index.municipalities(), index.candidates(word, "q:", "r:")
    return lambda length: [
        c for c in candidates(length) if c in municipalities and (left_out(word, c) or _doubled(word, c))
    ]


def _bare(index: Index, word: str) -> Callable[[int], list[str]]:
    """The typo candidates for a bare lowercase `word`: a municipality's name with letters left out or one doubled
    (`_municipal`), or any place's with two letters side by side swapped ("hemlond", "vlissinegn"). Not any place's
    with a letter doubled: Dutch verb forms and surnames double a vowel or a consonant of one ("deelden" is no Delden,
    "van roosmalen" no Rosmalen); nor swapped in a word that ends in a word of regions.yaml `compound_ends`."""
    municipal, candidates = _municipal(index, word), index.candidates(word, "q:", "r:")
    if word.endswith(index.compound_ends):  # "voorbrug" is a bridge, no Voorburg
        return municipal
    return lambda length: [*municipal(length), *(c for c in candidates(length) if _swapped(word, c))]


def resolve_region(index: Index, text: str) -> str | None:
    """A province id for what the advisor typed after --region: an id, a name, an alias or a place, typos allowed."""
    tokens = expand(index, [Token(w, w) for w in fold(text).split()])
    if not tokens:
        return None
    key = " ".join(t.folded for t in tokens)
    province = index.place(key) or find_place(index, tokens).province
    if province:
        return province
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    places = index.all_places()  # only for a misspelt --region: every place name is a candidate
    found = process.extractOne(key, [p for p, v in places.items() if v], scorer=OSA.distance, score_cutoff=2)
    return places[found[0]] if found else None
