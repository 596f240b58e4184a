"""Personal data in callers' words: found and replaced before anything is echoed or exported.

Finds BSNs (with the 11-proef), IBANs (mod-97), Dutch personal phone numbers (mobile and geographic; the 0800,
0900 and 088 numbers of organisations are kept), e-mail addresses, postcode + house number, and names (names.py).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .names import NO_BOOK, Namebook, name_spans

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
_ORGANISATION_PREFIXES = ("0800", "0900", "0906", "0909", "088", "0842", "0844", "0878", "085", "091")


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
    for start, end in name_spans(text, book):
        add("name", start, end)
    return sorted(spans, key=lambda s: s.start)


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
