"""The words that announce a person's name: forms of address and introductions.

In one place for names.py, which builds its patterns from them, and the matcher, which runs the name rules only when a
capital or one of these words is in the question (most questions have neither, and skip compiling those patterns).
Kept in code, not in the knowledge base: redaction must hide a name after "dhr" or "my name is" without one.
"""

from __future__ import annotations

# Abbreviated forms take a full stop or a colon ("dhr.", "mevr:"), spelled ones a space.
ABBREVIATED = ("dhr", "hr", "mevr", "mr", "mrs", "ms", "mw")
# "hr" is also human resources ("Hr advies", "hr afdeling"): a form of address only with its full stop ("Hr. Meijer")
DOTTED_ONLY = ("hr",)
SPELLED = ("de heer", "mevrouw", "meneer", "miss")
# "mw" also means "medewerker(s)" ("3 mw"): a form of address only when no number precedes it, and in lowercase only
# with its full stop ("heeft mw nodig" is staff).
STAFF_TOO = "mw"
# Introductions, any case. "ik ben …" and "I am …" are left out: "ik ben Nederlander", "I am German".
INTRODUCTIONS = ("mijn naam is", "ik heet", "u spreekt met", "je spreekt met", "my name is")
# Fields of a note, with their colon ("achternaam: Van der Meer"), and the name field of a role ("naam beller:").
FIELDS = ("naam", "achternaam", "voornaam", "familienaam", "klantnaam", "contactpersoon")
ROLES = ("beller", "klant", "contactpersoon")
LABELS = tuple(f"{field}:" for field in FIELDS) + tuple(f"naam {role}:" for role in ROLES)
# Ordinary English in lowercase ("this is urgent"): these announce only a capitalised name.
CAPITALISED_ONLY = ("this is", "speaking with")


def _head(form: str) -> str:
    """The word without which a form is not there: its longest, the last of equals ("mijn naam is": naam)."""
    words = form.rstrip(":").split()
    return max(reversed(words), key=len)


# A lowercase name follows only one of these words (a name in capitals is read anyway); a role's field needs "naam".
ANNOUNCERS = frozenset(_head(form) for form in (*ABBREVIATED, *SPELLED, *INTRODUCTIONS, *FIELDS))
