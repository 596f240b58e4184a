"""The words that announce a person's name: forms of address and introductions.

In one place for names.py, which builds its patterns from them, and the matcher, which runs the name rules only when a
capital or one of these words is in the question (most questions have neither, and skip compiling those patterns).
"""

from __future__ import annotations

# Abbreviated forms take a full stop or a colon ("dhr.", "mevr:"), spelled ones a space.
ABBREVIATED = ("dhr", "mevr", "mr", "mrs", "ms", "mw")
SPELLED = ("de heer", "mevrouw", "meneer", "miss")
# "mw" also means "medewerker(s)" ("3 mw"): a form of address only when no number precedes it, and in lowercase only
# with its full stop ("heeft mw nodig" is staff).
STAFF_TOO = "mw"
# Introductions, any case. "ik ben …" and "I am …" are left out: "ik ben Nederlander", "I am German".
INTRODUCTIONS = ("mijn naam is", "ik heet", "u spreekt met", "je spreekt met", "my name is")
LABELS = ("naam", "contactpersoon")  # a field in a note: "naam:", "contactpersoon:"
LABELLED_ROLES = ("beller", "klant", "contactpersoon")  # "naam beller:", "naam klant:"
# Ordinary English in lowercase ("this is urgent"): these announce only a capitalised name.
CAPITALISED_ONLY = ("this is", "speaking with")


def labels() -> tuple[str, ...]:
    """The note fields that announce a name, with their colon."""
    return tuple(f"{label}:" for label in LABELS) + tuple(f"{LABELS[0]} {role}:" for role in LABELLED_ROLES)


def _head(form: str) -> str:
    """The word without which a form is not there: its longest, the last of equals ("mijn naam is": naam)."""
    words = form.rstrip(":").split()
    return max(reversed(words), key=len)


# A lowercase name follows only one of these words (a name in capitals is read anyway).
ANNOUNCERS = frozenset(_head(form) for form in (*ABBREVIATED, *SPELLED, *INTRODUCTIONS, *LABELS))
