"""The vocabulary words a question word stands for, with how well it matches each: itself, an inflection or plural, a
compound's head or tail, a typo's neighbour; and a separable verb rejoined."""

from __future__ import annotations

from .index import CACHE_LIMIT, LONG_TYPO, MIN_HEAD, MIN_LOOSE, SCHEME_SWAP, Index, left_out, nearest, swapped
from .tokens import Token

TYPO_OVER_PARTS = 9  # from this length a typo of a whole known word is tried even when a part of it is known
TYPO_MARGIN = 2  # ... when the known word it holds is more than this shorter than the typo's neighbour
VERB_SECOND = 3  # a main clause's finite verb is among its first words ("hoe schrijf ik me in")
EXACT_Q, AFFIX_Q, FUZZY_Q = 1.0, 0.9, 0.8  # how much a hit counts, by how it matched
MIN_PLURAL_TAIL = 6  # shorter plural tails were mostly other words (migranten: grant-en, gegevens: geven-s)
MIN_PLURAL_STEM = 4  # a whole word's plural is read as its singular from this length ("tests": test)
PLURAL_EN = "en"  # the plural ending whose singular may be spelt otherwise (paal, palen): `_singulars`
# a stem this long before -ing/-ed may have dropped an e: shorter ones plus e made other words, mostly Dutch ones
# (renting: rente, slimming: slimme, storing: store, incoming: income)
MIN_E_STEM = 6
TAIL_Q = 0.88  # a compound's tail: a little less than its head, and never for exact terms ("teren" in "investeren")


def word_forms(index: Index, word: str, is_stopword: bool) -> dict[str, float]:
    """Vocabulary words a question word stands for, with how well it matches each (shared: read, never change)."""
    key = (word, is_stopword)
    known = index.forms_cache.get(key)
    if known is None:
        known = _read_forms(index, word, is_stopword)
        if len(index.forms_cache) < CACHE_LIMIT:
            index.forms_cache[key] = known
    return known


def _read_forms(index: Index, word: str, is_stopword: bool) -> dict[str, float]:
    forms: dict[str, float] = {}
    if index.is_word(word):
        forms[word] = EXACT_Q
    n = len(word)
    if is_stopword:
        return forms
    if word not in forms:  # a short word's plural: "tests", "loans", "banken" (longer ones match as inflections)
        for ending in index.plurals:
            stem = word[: -len(ending)]
            if word.endswith(ending) and MIN_PLURAL_STEM <= len(stem) < MIN_LOOSE and index.is_word(stem):
                forms.setdefault(stem, AFFIX_Q)
    if word not in forms:  # an English verb that dropped its e: "digitalising" is digitalise
        forms.update((verb, AFFIX_Q) for verb in _english_verbs(index, word) if verb not in forms)
    if word not in forms and PLURAL_EN in index.plurals and word.endswith(PLURAL_EN) and n > MIN_LOOSE:
        for single in _singulars(word[: -len(PLURAL_EN)]):  # "laadpalen": laadpaal, "klussen": klus
            if index.is_word(single):
                forms.setdefault(single, AFFIX_Q)
    if n > MIN_LOOSE:
        # a compound whose head is a word of its own is not read as that word's start ("productielijn" is no
        # product): cues.yaml `distinct_words`
        within = max((len(d) for d in index.distinct if word.startswith(d) and n > len(d)), default=0)
        for cut in range(MIN_LOOSE, n):
            if cut >= within and index.is_affix(word[:cut]):  # inflection or compound head: ontslag-en, subsidie-...
                forms.setdefault(word[:cut], AFFIX_Q)
            start, tail = word[: n - cut], word[n - cut :]
            if len(start) < MIN_HEAD or start.endswith(index.bound) or start in index.bound_start:
                continue
            if index.is_tail(tail):
                forms.setdefault(tail, TAIL_Q)  # compound tail: export-vergunning
            else:  # a plural tail: prive-schuld-en, energie-subsidie-s
                for ending in index.plurals:
                    stem = tail[: -len(ending)]
                    if tail.endswith(ending) and len(stem) >= MIN_PLURAL_TAIL and index.is_tail(stem):
                        forms.setdefault(stem, TAIL_Q)
    # a separable verb's participle known as a word of its own is still its verb ("opgezegd" in "krediet opgezegd" and
    # in "bank opzeggen"), read by its stem only ("gedacht" is no "gedachten"); other known words are not
    known = any(q == EXACT_Q for q in forms.values())
    if n > MIN_LOOSE and (not known or _separable_participle(index, word)):
        for verb in _infinitives(index, word):  # a finite verb or participle: "ontwikkelt", "geinvesteerd"
            if not (known and verb == word + index.infinitive):
                forms.setdefault(verb, AFFIX_Q)
    if word not in forms:
        for tail, same in index.tail_synonyms.items():  # "distributie-contract" is "distributie-overeenkomst"
            if word.endswith(tail) and n - len(tail) >= MIN_HEAD and index.is_word(word[: n - len(tail)] + same):
                forms.setdefault(word[: n - len(tail)] + same, AFFIX_Q)
    if not forms and n == SCHEME_SWAP and index.place(word) is None and (near := index.swap(word)) is not None:
        forms[near] = AFFIX_Q
    # Assen is no typo, nor is a word with which a caller speaks as a business ("oprichters" is no "oplichter")
    if (
        not forms
        and n >= MIN_LOOSE
        and not word.isdigit()
        and index.place(word) is None
        and word not in index.business_words
    ):
        near = index.fuzzy(word) or index.swap(word)
        if near is not None:  # two neighbouring letters swapped is as sure as an inflection: exact terms take it
            quality = AFFIX_Q if len(near) == n and swapped(word, near) else FUZZY_Q
            forms[near] = quality
            # a word that is only part of phrases stands for its inflections' stems too ("behoduen": behouden, so
            # behoud); a term of its own is read whole, not by its parts ("parkeerbeote" is no "boete"). `near` is a
            # vocabulary word, so reading its forms takes no typo branch: no recursion.
            if not index.single(near):
                forms.update({w: min(q, quality) for w, q in word_forms(index, near, False).items() if w != near})
        else:  # a typo in an inflected form: "vergunnigen", "warmtepopmen"; only a long stem, as one edit makes
            # another word of a short one (patient-en is no patent)
            for ending in index.plurals:
                stem = word[: -len(ending)]
                if word.endswith(ending) and len(stem) >= LONG_TYPO and (near := index.fuzzy(stem)) is not None:
                    forms[near] = FUZZY_Q
                    break
            if not forms:
                forms.update(_misspelt_tail(index, word))
    elif forms and n >= TYPO_OVER_PARTS and word not in forms and index.place(word) is None:
        # a misspelt long word may hold a shorter word that is known: "groeikaptiaal" is groeikapitaal, not just groei
        near = index.fuzzy(word)
        if near is not None and len(near) > max(map(len, forms)) + TYPO_MARGIN:
            forms[near] = FUZZY_Q
        elif not any(q == TAIL_Q for q in forms.values()):  # "horecavergunnig": horeca, and a misspelt tail after it
            head = max((len(w) for w in forms if word.startswith(w)), default=MIN_HEAD)
            forms.update(_misspelt_tail(index, word, n - max(head, MIN_HEAD)))
    return forms


def _misspelt_tail(index: Index, word: str, longest: int | None = None) -> dict[str, float]:
    """A compound whose tail is misspelt ("omgevingsvergunnig", "bouwvergunnig", "landbouwsubsdie"): the longest tail
    (at most `longest` letters: after a known head) that is a known compound tail of at least LONG_TYPO letters with
    one letter left out or two neighbouring letters swapped. Not a letter changed or added: a real word's tail is
    mostly that far from another word ("restaurantrecensie" is no recessie, "inschrijfbewijs" no rijbewijs); and not
    a word that is a cue of the context reader (a private, urgency or safety word): a guess raises no alarm."""
    n = len(word)
    for cut in range(n - MIN_HEAD if longest is None else longest, LONG_TYPO - 2, -1):
        start, tail = word[: n - cut], word[n - cut :]
        if start.endswith(index.bound) or start in index.bound_start:
            continue
        near = nearest(tail, index.candidates(tail, "f:", "g:"), long_from=len(tail) + 1)  # one edit only
        if (
            near is not None
            and len(near) >= LONG_TYPO
            and (
                (len(near) == len(tail) + 1 and left_out(tail, near))
                or (len(near) == len(tail) and swapped(tail, near))
            )
            and index.is_tail(near)
            and not _cue_word(index, near)
        ):
            return {near: FUZZY_Q}
    return {}


def _cue_word(index: Index, word: str) -> bool:
    """Whether the word alone is a cue of the context reader (urgency, safety, private life, sector ...)."""
    return any(index.kind[t] == "cue" for t in index.single(word))


def _english_verbs(index: Index, word: str) -> list[str]:
    """The vocabulary verbs an English -ing or -ed form stands for after dropping its e (cues.yaml
    `e_dropping_endings`): "digitalising" is digitalise, "relocated" relocate. Only stems of six letters or more: a
    shorter stem plus e was mostly a Dutch word (storing is no store, renting no rente). The bare stem is not read:
    it completed phrases in another tense ("it looked like an accident" is no "look like an accident", "talked to
    someone" no "talk to someone"), so the forms used are listed ("winding down")."""
    found = []
    for ending in index.e_dropping:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= MIN_E_STEM and index.is_word(verb := stem + "e"):
            found.append(verb)
    return found


def _separable_participle(index: Index, word: str) -> bool:
    """A separable verb's participle by its form: a particle, the participle prefix and a verb ending ("opgezegd",
    "aangevraagd"); a participle without a particle is often an adjective of its own ("gevestigd", "gegroeid")."""
    ge = index.participle
    return bool(ge) and word.endswith(index.verb_endings) and any(word.startswith(p + ge) for p in index.particles)


def rejoin_separable(index: Index, tokens: list[Token], forms: list[dict[str, float]]) -> None:
    """A separable verb of cues.yaml `split_verbs`, split in a main clause: the finite verb among the first words of
    the clause and its particle at the end, or before a preposition ("ik schrijf me in bij de kvk", "we nemen twee
    monteurs aan"), read as that verb too (inschrijven, aannemen). A particle before anything else is a preposition
    ("in de bouw", "uit Groningen")."""
    for j, particle in enumerate(tokens):
        if particle.folded not in index.particles or j == 0:
            continue
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if after is not None and after.clause == particle.clause and after.folded not in index.after_particle:
            continue
        opening = j
        while opening > 0 and tokens[opening - 1].clause == particle.clause:
            opening -= 1
        for i in range(opening, min(opening + VERB_SECOND, j)):
            forms_of = _verb_forms(index, tokens[i].folded, particle.folded)
            joined = next((w for w in forms_of if w in index.split_verbs), None)
            if joined is not None:
                forms[i] = {**forms[i], joined: EXACT_Q}  # beside the verb's own forms (a copy: they are shared)
                break


def _verb_forms(index: Index, verb: str, particle: str) -> list[str]:
    """The particle with each infinitive a finite verb may stand for: "nemen" (plural), "schrijf" (schrijven), "zet"
    (zetten), "vraag" (vragen), "stopt" (stoppen)."""
    ending = next((e for e in index.verb_endings if verb.endswith(e)), None)
    stems = {verb, verb[: -len(ending)]} if ending else {verb}
    out = [particle + verb] if verb.endswith(index.infinitive) else []
    for stem in stems:
        if len(stem) >= 2:
            out += [particle + t + index.infinitive for t in _spellings(stem)]
    return out


def _spellings(stem: str) -> list[str]:
    """A verb stem as the infinitive may spell it before its ending: as it is, with its last consonant doubled
    ("begin": beginnen), a long vowel written single ("investeer": investeren), v and z for f and s ("verhuis")."""
    tried = {stem, stem + stem[-1]}
    if len(stem) > 2 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        tried.add(stem[:-2] + stem[-1])
    if stem[-1] in "fs":
        tried.add(stem[:-1] + ("v" if stem[-1] == "f" else "z"))
    return sorted(tried)


def _singulars(stem: str) -> list[str]:
    """A plural's stem (without "-en") as the singular spells it: a long vowel written double in the closed syllable
    ("laadpal": laadpaal, "panel": paneel), f and s for v and z ("beurz": beurs), a doubled consonant single ("kluss":
    klus). Only singulars of MIN_PLURAL_STEM letters or more: shorter words match whole words only ("wetten")."""
    last = {"v": "f", "z": "s"}.get(stem[-1], stem[-1])
    out = [stem[:-1] + last] if last != stem[-1] else []
    if len(stem) > 2 and stem[-2] in "aeou" and stem[-3] not in "aeiou":
        out.append(stem[:-1] + stem[-2] + last)
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])
    return [w for w in out if len(w) >= MIN_PLURAL_STEM]


def _infinitives(index: Index, word: str) -> list[str]:
    """The vocabulary infinitives a finite verb or participle stands for (cues.yaml `verb_endings`): "ontwikkelt",
    "ontwikkeld" are ontwikkelen; also without the participle prefix, at the start or after a separable particle
    ("geinvesteerd", "aangevraagd"), and in the spelling of the infinitive: a long vowel written single before the
    ending ("investeert": investeren), v and z for f and s ("verhuist": verhuizen), a doubled consonant ("begint":
    beginnen); and the stem alone ("ik verduurzaam")."""
    ending = next((e for e in index.verb_endings if word.endswith(e)), None)
    if ending is None:  # the stem alone, as "ik" says it: "ik verduurzaam" (verduurzamen), "investeer", "ontwikkel"
        return [t + index.infinitive for t in _spellings(word) if index.is_word(t + index.infinitive)]
    stem = word[: -len(ending)]
    stems = {stem}
    ge = index.participle
    if ge:
        if stem.startswith(ge):
            stems.add(stem[len(ge) :])
        stems.update(p + stem[len(p) + len(ge) :] for p in index.particles if stem.startswith(p + ge))
    found = []
    for stem in stems:
        if len(stem) < MIN_LOOSE:
            continue
        found += [t + index.infinitive for t in _spellings(stem) if index.is_word(t + index.infinitive)]
    # the ending may be the stem's own, spelled as in the infinitive: "opricht" (oprichten), "meld" (melden)
    if len(word) >= MIN_LOOSE and index.is_word(word + index.infinitive):
        found.append(word + index.infinitive)
    return found
