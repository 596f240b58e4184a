"""Vocabulary hits -> scored themes, sub-questions, schemes, named parties and context cues, with evidence."""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence

from .facts import country_trade, founding_years, is_dated, money_positions, own_trade, past_years, sought_positions
from .index import (
    ASIDE,
    CALAMITY_EVENT,
    CALAMITY_STOPPED,
    DEADLINE,
    EMPLOYER,
    FORMER,
    IDIOM,
    NO_FIRM,
    PERSONAL,
    PRESSURE,
    ROLE,
    SENT_ON,
    SOUGHT,
    TOPIC_KINDS,
    Index,
)
from .match import Hit, Matches
from .tokens import Token

RELATED = 0.5  # share of a sub-question's weight that its related themes get
# a party named is evidence of its themes (at most two, or those it is the referral for), at this share: just enough
# for a side theme (MIN_SIDE), so naming Qredits or SBB alone is a business question
NAMED_THEMES, NAMED_SHARE = 2, 0.75
TRANSITION = 0.6  # share of a transition term's weight that its themes and sub-questions get ...
TRANSITION_OTHERS = 0.1  # ... times this for each theme after its first ('circulair': bedrijfsvoering; rules hardly)
SIM_FLOOR = 0.3  # example similarity below this says nothing
SIM_WEIGHT = 1.6  # weight of a perfect example match
SIM_ALONE = 0.45  # similarity that may put a theme on the list without any word of its own
SCALE = 2.0  # raw evidence of SCALE gives a score of 1 - 1/e
MIN_RAW = 0.9  # less evidence than this for the best theme: out of scope
PRIVATE = 1.0  # summed weight of private-life cues that makes a question private ...
PRIVATE_UNLESS = 2.0  # ... unless the business evidence is at least this strong
PRIVATE_SHARE = 0.6  # ... or the private cues weigh this share of it ("huurtoeslag" and "AOW" beside "pensioen")
PRIVATE_ALONE = 0.5  # private cues that suffice when nothing in the question speaks as a business ("mijn dochter")
PRIVATE_SHARE_ALONE = 0.3  # ... and the share of the business evidence they must weigh then
RELATIVE = 0.3  # a theme is reported when its evidence is at least this share of the best theme's
MIN_SIDE = MIN_RAW * 0.8  # the least evidence of a reported side theme; a means named with this much always counts
URGENCY_SHARE = 0.8  # share of an urgency cue's weight that counts for the urgency theme and its acute sub-question
STARTING = "stage:starter"  # the cue of a caller who is starting a business ...
STARTING_SHARE = 1.0  # ... counts this share for the starting sub-question when the question names no topic itself
ESTABLISHED = "stage:gevestigd"  # ... unless a year long past dates the start: then the firm is established
STAFF_REACH = 3  # small words between the caller's staff named and their start ("our employee wants to start")
DATE_REACH = 1  # a year dating a starting cue stands in it or right beside it ("in 2015 ingeschreven"; not "sinds
# 2018 en wil starten", the caller's years here)
SOUGHT_UP = 3.0  # a trade the caller looks for ("zoekt monteurs") against one that only says who calls ("monteur")
UNSAID_BELOW = 0.95  # a theme only resembled ranks at most this share of the best theme said in words
MEANS = 0.5  # share of "means" evidence (a subsidy, a loan) that does not count towards being the primary theme
ASIDE_SHARE = 0.5  # ... and of evidence in what the call began with ("begon over de WBSO, echte vraag: ...")
DISCOUNT_AT_MOST = 0.5  # the most of a theme's evidence the two shares above take away together
HEADLINE = 4  # a calamity in a sentence of at most this many words heads the next ("Storm damage last night.")
DEADLINES_AT_MOST = 0.6  # what dates add to acute trouble, however many are named ("maandag t/m vrijdag")
EPSILON = 1e-9  # sums of the same weights in another order differ in the last bits
CUE_THRESHOLD = 1.0  # summed cue weight that raises urgency or safety (context.py)
OBJECT_SHARE = 0.7  # a sign of danger with a thing as its object (cues danger_objects): weak, warns with another
WITH_COUNTRY = 0.6  # a word of trade beside a country named (cues.yaml `with_country`); 0.8 cost dev a primary


class Scores:
    """Summed evidence per theme, sub-question, scheme, named party and context cue."""

    def __init__(self) -> None:
        self.theme: dict[str, float] = defaultdict(float)
        self.sub: dict[str, float] = defaultdict(float)
        self.scheme: dict[str, float] = defaultdict(float)
        self.party: dict[str, float] = defaultdict(float)
        self.cue: dict[str, float] = defaultdict(float)
        self.evidence: dict[str, list[str]] = defaultdict(list)
        self.related: dict[str, float] = defaultdict(float)  # evidence passed on by related sub-questions
        self.direct: set[str] = set()  # themes with evidence of their own (not only through a related theme)
        self.means: dict[str, float] = defaultdict(float)  # evidence from sub-questions that are a means
        self.named_means: dict[str, float] = defaultdict(float)  # the part of it from schemes named
        self.similar: dict[str, float] = defaultdict(float)  # evidence from resembling examples
        self.aside: dict[str, float] = defaultdict(float)  # evidence in what the call began with (cues `asides`)
        self.central: dict[str, float] = {}  # the reported themes' weight as the central theme (see selected)
        self.visited: list[str] = []  # parties the caller already went to and was sent on by (cues `sent_on`)
        self.visited_words: list[str] = []  # ... and services, by their word as said ("bank")
        self.names_specialist = False  # the caller names a scheme, or a support party other than the general first line
        self.consumer = False  # only a trade, from someone who does not speak as a business (see score)
        self.private_role = False  # speaks in a private role (employee, tenant), not as a business (see score)
        self.private_from = PRIVATE  # the private cues that make it private (less when nothing speaks as a business)
        self.private_share = PRIVATE_SHARE  # their share of the business evidence that suffices (less then, too)

    @property
    def private(self) -> bool:
        """Private words enough to make a question private, were the business evidence weak."""
        return self.cue.get("private", 0.0) >= self.private_from

    def squash(self, raw: float) -> float:
        return round(1 - math.exp(-raw / SCALE), 3)

    def selected(
        self, primary_weight: dict[str, float] | None = None, report_share: dict[str, float] | None = None
    ) -> list[str]:
        """Themes with enough evidence, the central one first; `report_share` overrides RELATIVE per theme."""
        if not self.theme:
            return []
        ranked = sorted(self.theme.items(), key=lambda kv: (-kv[1], kv[0]))
        top = ranked[0][1]
        # asking about Qredits or the UWV is a business question, however little else it says; so is acute distress
        acute = self.cue.get("urgent", 0.0) >= CUE_THRESHOLD
        weak = top < MIN_RAW and not ((self.names_specialist or acute) and top >= MIN_SIDE)
        private = self.cue.get("private", 0.0)
        # against private words, what resembles an example without a topic word of its own counts for nothing
        word_evidence = max(raw - self.similar[t] for t, raw in ranked)
        # no topic word at all ("hallo, kunt u mij helpen?"): resembling an example is not enough
        if (
            weak
            or self.consumer
            or self.private_role
            or not any(self.evidence.values())  # evidence notes are written only for words
            or (
                self.private
                and (word_evidence < MIN_RAW or top < PRIVATE_UNLESS or private >= self.private_share * top)
            )
        ):
            return []
        if ranked[0][0] not in self.direct:
            ranked = [kv for kv in ranked if kv[0] in self.direct] or ranked
            top = ranked[0][1]
        shares = report_share or {}
        # the means a caller names (a subsidy, a loan) is a need of its own, however much else the question says
        chosen = [
            t
            for t, raw in ranked
            if t in self.direct
            and raw >= MIN_SIDE
            and (raw >= shares.get(t, RELATIVE) * top or self.means[t] >= MIN_SIDE)
        ]
        # How central a theme is: what the caller wants to achieve counts fully, a loan or a subsidy (usually the
        # means to it) in part, and some themes weigh more when several apply (zwaar weer first).
        weight = primary_weight or {}
        # a means is the means to an end only when the caller names one in words, not only by resembling examples
        ends = [t for t in chosen if not self.means[t] and self.theme[t] - self.similar[t] >= MIN_SIDE]
        share = MEANS if ends else 0.0
        # an aside counts less only beside a question said outside the asides
        asides = ASIDE_SHARE if any(self.theme[t] > self.aside[t] for t in chosen) else 0.0
        # a scheme asked about by name is the question, not the means to another: "valt mijn bestelbus onder de EIA?"
        self.central = {t: (self.theme[t] - self._discount(t, share, asides)) * weight.get(t, 1.0) for t in chosen}
        # what the caller said in words comes before what the question only resembles ("waar vind ik een goede
        # accountant" resembles looking for staff): a theme without a word of evidence stays below the first that has
        said = [self.central[t] for t in chosen if self.evidence[t]]
        for t in chosen:
            if said and not self.evidence[t]:
                self.central[t] = min(self.central[t], max(said) * UNSAID_BELOW)
        return sorted(chosen, key=lambda t: (-self.central[t], t))

    def _discount(self, theme: str, means_share: float, aside_share: float) -> float:
        """What of a theme's evidence does not make it central: a means to another end, what was said beside the
        question; at most half of it, so a reported theme keeps a score."""
        said = means_share * (self.means[theme] - self.named_means[theme]) + aside_share * self.aside[theme]
        return min(said, DISCOUNT_AT_MOST * self.theme[theme])


def score(index: Index, matches: Matches, this_year: int | None = None) -> Scores:
    """Add up the evidence of every hit where it points; one word counts once for the same target. `this_year` (today's
    by default) tells which years are long past."""
    kb = index.kb
    subs, transitions = kb["subtopics"], kb["transitions"]
    s = Scores()
    used: dict[str, set[int]] = defaultdict(set)  # the words that already counted, per target

    def counted(bucket: dict[str, float], key: str) -> set[int]:
        return used[f"{id(bucket)}:{key}"]

    def credit(bucket: dict[str, float], key: str, value: float, where: set[int], slot_of: str = "") -> bool:
        """Add `value` unless these words already counted for this target, or for `slot_of` (a phrase and its own
        word)."""
        slot = counted(bucket, slot_of or key)
        if slot & where:
            return False
        slot |= where
        bucket[key] += value
        return True

    aside = _aside(index, matches)
    # someone who calls for an entrepreneur (the bookkeeper, the municipality's account manager) brings a business
    # question, however little it says, as one who names a party of firms does
    s.names_specialist = matches.called

    def theme(key: str, value: float, where: set[int], note: str) -> None:
        if credit(s.theme, key, value, where):
            s.evidence[key].append(note)
            s.direct.add(key)
            if where <= aside:
                s.aside[key] += value

    def sub(key: str, value: float, where: set[int], note: str) -> None:
        if credit(s.sub, key, value, where):
            theme(str(subs[key]["theme"]), value, where, note)
            if subs[key]["means"]:
                s.means[str(subs[key]["theme"])] += value
            for other in subs[key]["related"]:
                credit(s.related, other, value * RELATED, where)
            for other in subs[key]["also"]:  # as related, but as the other theme's own evidence
                if credit(s.related, other, value * RELATED, where):
                    s.direct.add(other)
                    s.evidence[other].append(f"{note} (via {subs[key]['theme']})")

    urgency_sub = kb["cues"]["urgency_subtopic"]
    starting_sub = kb["cues"]["starting_subtopic"]
    general = set(kb["cues"]["general"])
    # what a word of looking or lacking points at: a trade sought as staff, a sum of money to raise; only for a caller
    # who speaks as a business ("ik zoek een loodgieter", "my daughter needs 5k" are no business's needs)
    has_trade = any(index.flags[h.term] & SOUGHT for h in matches.hits)
    money_subs: dict[str, float] = kb["cues"]["money_subs"]
    amounts = money_positions(index, matches.tokens) if money_subs else []
    as_business = _as_business(index, matches)
    business = (has_trade or bool(amounts)) and as_business
    pointed_at = sought_positions(index, matches.tokens) if business else set()
    # a trade and no other topic word, from someone who does not speak as a business: "ik zoek een loodgieter" is a
    # consumer looking for a tradesperson (out of scope), not a firm short of staff
    s.consumer = (
        has_trade
        and not business
        and all(index.flags[h.term] & SOUGHT or index.kind[h.term] == "cue" for h in matches.hits)
    )
    sought = pointed_at if has_trade else set()

    # where the caller already went: a party there is no party asked for, an organisation's word names no need
    visited = _visited(index, matches)
    s.visited = list(dict.fromkeys(pid for pid in visited.values() if pid))
    services: dict[str, str] = {}  # a service's word once, as first said ("bank", "Bank")
    for k in sorted(visited):
        if not visited[k]:
            services.setdefault(matches.tokens[k].folded, matches.tokens[k].original)
    s.visited_words = list(services.values())

    def worth(hit: Hit) -> float:
        value = index.weight[hit.term] * hit.quality
        if index.target[hit.term] == "safety" and _thing_after(index, matches.tokens, hit):
            value *= OBJECT_SHARE  # "no point in going on with the export plan": weak, warns with another sign
        if index.flags[hit.term] & SOUGHT:
            if hit.start in sought:
                value *= SOUGHT_UP  # "zoekt monteurs": the trade is what the caller needs, not who calls
            elif own_trade(index, matches.tokens, hit.start):
                value = 0.0  # "ben zzp timmerman": who calls
        return value

    tokens = matches.tokens
    # a date long past in or right beside a starting cue: the start was then ("kvk-nummer in 2015 aangevraagd")
    dates = [y for y in past_years(index, tokens, this_year or dt.date.today().year) if is_dated(index, tokens, y)]

    def started_then(h: Hit) -> bool:
        clause = tokens[h.start].clause
        return any(h.start - DATE_REACH <= y < h.end + DATE_REACH and tokens[y].clause == clause for y in dates)

    # what a longer starting cue holds names no other topic: the start itself ("starten" in "een bakkerij starten"),
    # the firm started ("webshop" in "ik start een webshop"); nor does a trade that says who calls ("ik begin mijn
    # eigen bedrijf als schilder")
    starts = [
        h
        for h in matches.hits
        if index.kind[h.term] == "cue" and index.target[h.term] == STARTING and not started_then(h)
    ]

    def within_start(h: Hit) -> bool:  # a word of the cue's own, not one in a gap of it ("wil een export starten")
        return any(h.end - h.start == 1 and h.start in (c.start, c.end - 1) and c.end - c.start > 1 for c in starts)

    topical = any(index.kind[h.term] in TOPIC_KINDS and not within_start(h) and worth(h) > 0.0 for h in matches.hits)
    urgency_theme = kb["cues"]["urgency_theme"]
    calamity = _calamity(index, matches)
    # what the calamity stopped is said of it: "brand, zaak dicht" is trouble, but no closing down of the firm
    stopped = set(range(calamity[1].start, calamity[1].end)) if calamity else set()
    pair = set(range(calamity[0].start, calamity[0].end)) | stopped if calamity else set()
    if calamity:  # as much as one urgency cue of full weight, in place of what its words weigh alone ("stormschade")
        credit(s.cue, "urgent", CUE_THRESHOLD, pair)
    # words some hits own before any is counted: the danger or trouble word of an idiom ("commerciële zelfmoord",
    # "short on staff") counts for neither safety nor urgency nor trouble, a scheme's words not as private ones
    for hit in matches.hits:
        if index.kind[hit.term] == "cue" and index.target[hit.term] == IDIOM:
            idiom = set(range(hit.start, hit.end))
            counted(s.cue, "safety").update(idiom)
            counted(s.cue, "urgent").update(idiom)
            counted(s.theme, urgency_theme).update(idiom)
        # a scheme named owns its words: "mijn Tozo-uitkering" is the Tozo, not a private benefit
        elif index.kind[hit.term] == "scheme":
            counted(s.cue, "private").update(range(hit.start, hit.end))
    # a start said of the caller's own staff, right after they are named with only small words between ("onze
    # medewerker start als zzp'er", "our employee wants to start as a freelancer"): theirs, not the caller's ("mijn
    # medewerkers en ik willen samen starten", "mijn personeel ontslagen en wil nu starten" are the caller's)
    staff = [e for e in matches.hits if index.target[e.term] == EMPLOYER]
    staff_starting = {
        h.start
        for h in starts  # a start dated long past is the caller's firm's, read before this
        if any(
            0 <= h.start - e.end <= STAFF_REACH and all(tokens[k].folded in index.stop for k in range(e.end, h.start))
            for e in staff
        )
    }
    pressed: list[tuple[float, set[int], str]] = []  # pressure counted: "payroll due", "no money"
    for hit, value in sorted(((h, worth(h)) for h in matches.hits), key=lambda hv: -hv[1]):
        if not value:
            continue
        kind, target, text = index.kind[hit.term], index.target[hit.term], index.text(hit.term)
        where = set(range(hit.start, hit.end))
        said = _said(matches.tokens, hit.start, hit.end)
        note = said if said.casefold() == text.casefold() else f"{said} ~ {text}"
        if kind == "theme":
            theme(target, value, where, note)
        elif kind == "sub" and (where <= stopped or bool(where & visited.keys())):
            theme(str(subs[target]["theme"]), value, where, note)  # its theme, not its sub-question
        elif kind == "sub":
            sub(target, value, where, note)
        elif kind == "scheme":
            s.scheme[target] = max(s.scheme[target], value)
            s.names_specialist = True
            scheme = index.scheme(target)
            for th in scheme["themes"]:
                theme(th, value, where, f"{note} (regeling)")
            for st in scheme["subtopics"]:
                if credit(s.sub, st, value, where) and subs[st]["means"] and subs[st]["theme"] in scheme["themes"]:
                    s.means[str(subs[st]["theme"])] += value  # a subsidy or loan scheme names a means too ...
                    s.named_means[str(subs[st]["theme"])] += value  # ... but one asked about by name
        elif kind == "transition":
            for k, th in enumerate(transitions[target]["themes"]):  # its own theme first, then those it touches
                theme(th, value * TRANSITION * (1.0 if k == 0 else TRANSITION_OTHERS), where, note)
            for st in transitions[target]["subtopics"]:
                credit(s.sub, st, value * TRANSITION, where)
        elif kind == "party":
            if not where & visited.keys():  # "RVO verwees naar ons": where the caller went, not the party asked for
                s.party[target] = max(s.party[target], value)
            s.names_specialist |= target not in general  # either way, a question for a party of firms
            record = index.provider(target)
            themes = record["themes"]
            if len(themes) > NAMED_THEMES and not record["generic"]:
                # a party of many themes that is *the* referral for few (Qredits: financing) says those; a kind of
                # party said in passing ("van de provincie") says nothing
                themes = sorted({str(subs[sid]["theme"]) for sid in record["serves"] if sid in subs}) or themes
            if len(themes) <= NAMED_THEMES:  # naming UWV or SBB tells what the question is about
                for th in themes:
                    theme(th, value * NAMED_SHARE, where, f"{note} (partij)")
        elif target == STARTING and started_then(hit):
            credit(s.cue, ESTABLISHED, value, where)
        elif target == STARTING and hit.start in staff_starting:
            continue  # the employee's start: no stage of the caller's, nor the starting sub-question
        elif target == PRESSURE:  # urgent, but trouble only once acute (below)
            if credit(s.cue, "urgent", value, where):
                pressed.append((value, where, note))
        elif target == DEADLINE:  # counted with the urgency words: "moet morgen betaald" holds a date once
            credit(s.cue, DEADLINE, value, where, slot_of="urgent")
        else:
            credit(s.cue, target, value, where)
            if target == "urgent" and urgency_sub:  # acute distress asks for acute support (not its related themes)
                credit(s.sub, urgency_sub, value * URGENCY_SHARE, where)
            elif target == STARTING and starting_sub and not topical:
                # a caller who only says they are starting ("setting up a company", "start my own business"): how to
                # start is the question
                sub(starting_sub, value * STARTING_SHARE, where, note)
    for y in founding_years(index, tokens, dates):  # "sinds 1998", "opgericht in 2003": established
        credit(s.cue, ESTABLISHED, index.founded_weight, {y})
    if calamity:  # evidence of trouble and a need of acute support, unless its words already were
        note = _said_ends(matches.tokens, calamity)
        if urgency_theme:
            theme(urgency_theme, CUE_THRESHOLD * URGENCY_SHARE, pair, note)
        if urgency_sub:
            credit(s.sub, urgency_sub, CUE_THRESHOLD * URGENCY_SHARE, pair)
    for key, i, span in country_trade(
        index, matches.tokens, matches.facts
    ):  # "klanten uit Japan": trading with that country
        # the trade word's evidence: the country already counted on its own
        country = " ".join(t.original for t in matches.tokens[span.start : span.stop])
        word = matches.tokens[i].original
        said = (
            f"{country} {word}" if span.stop == i else f"{country} … {word}" if span.stop < i else f"{word} … {country}"
        )
        if key == kb["cues"]["foreign_firm"]:  # a foreign firm may be a partner, a customer or a debtor
            theme(str(subs[key]["theme"]), WITH_COUNTRY, {i}, said)
        else:
            sub(key, WITH_COUNTRY, {i}, said)
    pointed = [i for i in amounts if i in pointed_at]
    if pointed:  # a sum the caller looks for or lacks ("zoekt ong. 60k", "250k nodig") asks how to raise it
        for key, weight in money_subs.items():
            sub(key, weight, {pointed[0]}, _said_sum(matches.tokens, pointed[0]))
    for key, sim in matches.similar.items():
        if sim >= SIM_FLOOR:
            value = SIM_WEIGHT * sim
            th = str(subs[key]["theme"])
            s.similar[th] += value
            s.sub[key] += value
            s.theme[th] += value
            if subs[key]["means"]:
                s.means[th] += value
            for other in (*subs[key]["related"], *subs[key]["also"]):  # resemblance is no word: no evidence note
                s.related[other] += value * RELATED
            if sim >= SIM_ALONE:
                s.direct.add(th)
                s.direct.update(subs[key]["also"])
    for key, value in s.related.items():
        s.theme[key] += value
    # a date makes trouble acute; dates alone ("vrijdag", "asap") are no trouble, nor beside one sign of pressure alone
    # ("payroll due next week, first employee starts monday", "leverancier stopt levering aan particulieren deze week")
    plain = s.cue.get("urgent", 0.0) - sum(value for value, _, _ in pressed)  # what urgency cues said
    trouble = plain > EPSILON or len(pressed) > 1
    if trouble:
        dated = min(s.cue.get(DEADLINE, 0.0), DEADLINES_AT_MOST)
        s.cue["urgent"] += dated
        if urgency_sub and dated:
            s.sub[urgency_sub] += dated * URGENCY_SHARE
    if pressed and s.cue.get("urgent", 0.0) >= CUE_THRESHOLD:
        # pressure that made it acute is trouble, at least as much as one urgency cue of full weight, and asks for
        # acute support: "payroll due tomorrow, no money" is zwaar weer
        for value, where, note in pressed:
            if urgency_theme:
                theme(urgency_theme, value * URGENCY_SHARE, where, note)
            if urgency_sub:
                credit(s.sub, urgency_sub, value * URGENCY_SHARE, where)
        short = CUE_THRESHOLD * URGENCY_SHARE - s.theme.get(urgency_theme, 0.0) if urgency_theme else 0.0
        if short > 0:
            theme(urgency_theme, short, set(), pressed[0][2])
    signs = [h for h in matches.hits if index.kind[h.term] == "cue" and index.target[h.term] == "urgent"]
    if (
        urgency_theme
        and signs
        and as_business  # "I'm 300 euro short and the rent is due tomorrow" is a household's
        and s.cue.get("urgent", 0.0) >= CUE_THRESHOLD
        and max(s.theme.values(), default=0.0) < MIN_SIDE
    ):
        # acute distress is a business question (it needs only a side theme's evidence, MIN_SIDE), however little its
        # weak signs weigh as words alone ("wages due next week and I'm 20k short"): for zwaar weer, as much as one
        # urgency cue of full weight
        short = CUE_THRESHOLD * URGENCY_SHARE - s.theme[urgency_theme]
        if short > 0:
            theme(urgency_theme, short, set(), _said_ends(matches.tokens, signs))
    # "mijn werkgever betaalt mijn vakantiegeld niet", "ik huur een flat": an employee about their own job, a tenant
    # about their home, however much it says about pay, dismissal or rent, unless the caller also speaks as a business
    # (names its sector, size, staff or firm)
    s.private_role = s.cue.get(ROLE, 0.0) >= PRIVATE and not as_business
    if as_business:  # an employer tells of an employee's role ("werknemer heeft zelf ontslag genomen"): not private
        s.cue["private"] = max(0.0, s.cue.get("private", 0.0) - s.cue.get(ROLE, 0.0))
    if _firm_started_or_gone(index, matches):  # "is nog geen ondernemer, wil een kapsalon beginnen"
        s.cue["private"] = max(0.0, s.cue.get("private", 0.0) - s.cue.get(NO_FIRM, 0.0))
    if not as_business:  # no sector, size, stage, firm or staff: half the private words say whose question it is
        s.private_from, s.private_share = PRIVATE_ALONE, PRIVATE_SHARE_ALONE
    return s


def _thing_after(index: Index, tokens: list[Token], hit: Hit) -> bool:
    """A sign of going on no more with a thing as its object right after it, in its clause: "geen zin meer om door te
    gaan met de verbouwing" (life after it is a sign of its own: "met zijn leven"); not "geen uitweg meer met deze
    schulden", whose sign ends in no word of going on; not all of it, the situation or oneself ("with everything",
    "met al die ellende", "cant go on with this"), nor what is gone ("with my wife and kids gone")."""
    if not (
        hit.end < len(tokens)
        and tokens[hit.end - 1].folded in index.danger_going_on
        and tokens[hit.end].clause == tokens[hit.end - 1].clause
        and tokens[hit.end].folded in index.danger_objects
    ):
        return False
    clause = tokens[hit.end].clause
    rest = [t.folded for t in tokens[hit.end + 1 :] if t.clause == clause]
    if not rest or (len(rest) == 1 and rest[0] in index.danger_not_things_last):
        return False
    # what is gone stands right after the object ("with my wife and kids gone"), not in a clause of its own that
    # follows it ("with the project now the subsidy is gone")
    return index.danger_not_things.isdisjoint(rest[:3]) and index.danger_circumstances.isdisjoint(rest[:5])


def _calamity(index: Index, matches: Matches) -> tuple[Hit, Hit] | None:
    """A calamity and what it stopped, the first of each, in one sentence or the event in a short sentence before: acute
    distress ("brand in de bakkerij, alles is weg"; "ransomware!! alle systemen plat"); either alone says nothing. An
    event that begins with a word of `named` right after one of `not_after` is a name or a risk ("ons brand", "tegen
    inbraak"; "onze machine kapot" is a calamity); what stopped, right before a word of `not_before`, is no standstill
    ("kan niks vinden over subsidie")."""
    tokens, not_after, not_before = matches.tokens, index.calamity_not_after, index.calamity_not_before
    named = index.calamity_named
    cues = [h for h in matches.hits if index.kind[h.term] == "cue"]
    events = [
        h
        for h in cues
        if index.target[h.term] == CALAMITY_EVENT
        and not (h.start and tokens[h.start].folded in named and tokens[h.start - 1].folded in not_after)
    ]
    stops = sorted(
        (
            h
            for h in cues
            if index.target[h.term] == CALAMITY_STOPPED
            and not (h.end < len(tokens) and tokens[h.end].folded in not_before)
        ),
        key=lambda h: h.start,
    )
    for event in sorted(events, key=lambda h: h.start):
        sentence = tokens[event.start].sentence
        alone = sum(t.sentence == sentence for t in tokens) <= HEADLINE  # "Kas ingestort door sneeuw. 20 wn ..."
        for stop in stops:
            if tokens[stop.start].sentence in ((sentence, sentence + 1) if alone else (sentence,)):
                return event, stop
    return None


def _firm_started_or_gone(index: Index, matches: Matches) -> bool:
    """Having no firm says nothing private when the caller starts one, a starting cue in a clause that names the firm,
    its sector or the caller's trade ("wil een kapsalon beginnen", "start binnenkort als kapper", "wil ondernemer
    worden"; not "net begonnen bij een nieuwe werkgever"), or when the firm is gone (cues.yaml `former_firm`)."""
    tokens = matches.tokens
    sectors = {
        (tokens[h.start].sentence, tokens[h.start].clause)
        for h in matches.hits
        if index.target[h.term].startswith("sector:")
    }
    for h in matches.hits:
        if index.kind[h.term] != "cue":
            continue
        if index.target[h.term] == FORMER:
            return True
        if index.target[h.term] == STARTING:
            part = (tokens[h.start].sentence, tokens[h.start].clause)
            words = [t.folded for t in tokens if (t.sentence, t.clause) == part]
            if part in sectors or any(_names_a_firm(index, w) for w in words):
                return True
    return False


def _names_a_firm(index: Index, word: str) -> bool:
    """A firm, its kind, a business word or a word of one's own trade ("kapsalon", "ondernemer", "zzp")."""
    return index.is_firm(word) or index.names_kind(word) or word in index.own_trade or word in index.business_words


NOT_WENT_REACH = 2  # words before a word of `went_to`, in its clause, where one of `went_to_not_after` says no visit


class _Visits:
    """Where the caller already went (score._visited): the words of a question, its party names and small words."""

    def __init__(self, index: Index, matches: Matches) -> None:
        self.index, self.tokens = index, matches.tokens
        self.spans = [(h.start, h.end, index.target[h.term]) for h in matches.hits if index.kind[h.term] == "party"]

    def part(self, k: int) -> tuple[int, int]:
        return self.tokens[k].sentence, self.tokens[k].clause

    def clause_start(self, k: int) -> int:
        while k > 0 and self.part(k - 1) == self.part(k):
            k -= 1
        return k

    def place(self, k: int, services: bool = True) -> tuple[int, int, str] | None:
        """The party named at `k` (each time it is said), or a service's word there ("bank": no party id)."""
        for start, end, pid in self.spans:
            if start <= k < end:
                return start, end, pid
        word = self.tokens[k].folded
        named = [t for t in self.index.single(word) if self.index.kind[t] == "party"]
        if named:
            return k, k + 1, self.index.target[named[0]]
        return (k, k + 1, "") if services and word in self.index.services else None

    def word(self, k: int, step: int, part: tuple[int, int], skip: frozenset[str] = frozenset()) -> int | None:
        """The first word from `k` on, in the direction of `step`, that is no small word (nor one of `skip`)."""
        small = self.index.stop | skip if skip else self.index.stop
        while 0 <= k < len(self.tokens) and self.part(k) == part:
            if self.tokens[k].folded not in small:
                return k
            k += step
        return None

    def before(self, found: tuple[int, int, str], part: tuple[int, int]) -> list[tuple[int, int, str]]:
        """A place and those joined to it before it ("Belastingdienst en UWV verwezen", "naar RVO en de provincie"), a
        party right before a service's word ("rvo helpdesk kon niet helpen")."""
        places = [found]
        while True:
            k, joined = places[-1][0] - 1, False
            while k >= 0 and self.part(k) == part and self.tokens[k].folded in self.index.stop:
                joined |= self.tokens[k].folded in self.index.joins
                k -= 1
            more = self.place(k) if k >= 0 and self.part(k) == part else None
            adjacent = more is not None and more[1] == places[-1][0] and bool(more[2]) != bool(places[-1][2])
            if more is None or not (joined or adjacent):
                break
            places.append(more)
        return [p for p in places if p[2]] or places  # the party, not its helpdesk

    def sent_on(self, cue: Hit) -> list[tuple[int, int, str]]:
        """Before a word of `sent_on`: the first word, or the one before it when that names no place, and those joined
        to it; not places the caller was sent to ("naar het UWV en de gemeente verwezen") nor one whose thing refers
        ("de brief van de belastingdienst verwijst"); and a party after one of `sent_by` in the clause, outside the
        cue ("door de gemeente naar het UWV verwezen"; not the "door" of "stuurde me door naar Qredits")."""
        index, part = self.index, self.part(cue.start)
        found = None
        if (k := self.word(cue.start - 1, -1, part)) is not None:
            found = self.place(k)
            if found is None and (k := self.word(k - 1, -1, part)) is not None:
                found = self.place(k)
        places = self.before(found, part) if found is not None else []
        if places:
            first = min(places)
            lead = self.word(first[0] - 1, -1, part, index.sent_to | index.of_words)
            start = lead + 1 if lead is not None else self.clause_start(first[0])
            small = {t.folded for t in self.tokens[start : first[0]]}
            sent_to = found is not None and found[1] == cue.start and bool(small & index.sent_to)
            owned = bool(small & index.of_words) and lead is not None and self.tokens[lead].folded in index.things
            places = [] if sent_to or owned else places
        for k, t in enumerate(self.tokens):  # "door de gemeente": not "stuurde me door naar Qredits"
            if t.folded in index.sent_by and self.part(k) == part and not cue.start <= k < cue.end:
                after = self.word(k + 1, 1, part)
                by = self.place(after) if after is not None else None
                if by is not None and by[2]:
                    return [*places, by]
        return places

    def went_to(self, cue: Hit) -> list[tuple[int, int, str]]:
        """A place inside a word of `went_to` ("al bij de bank en de gemeente geweest"), or a party right after one
        ("tried the UWV"; not a service's word there: "al gebeld met de bank over een krediet" asks for the credit);
        not after a word of `went_to_not_after` in its clause ("haven't tried Qredits yet")."""
        part = self.part(cue.start)
        ahead = [
            t.folded
            for t in self.tokens[max(0, cue.start - NOT_WENT_REACH) : cue.start]
            if (t.sentence, t.clause) == part
        ]
        if set(ahead) & self.index.went_to_not_after:
            return []
        inside = [p for k in range(cue.start + 1, cue.end - 1) if (p := self.place(k)) is not None]
        if inside:
            return inside
        k = self.word(cue.end, 1, part)
        after = self.place(k, services=False) if k is not None else None
        return [after] if after is not None else []


def _visited(index: Index, matches: Matches) -> dict[int, str]:
    """Where the caller already went and was sent on (cues.yaml `sent_on`, `went_to` and the lists beside them): the
    positions of a party's name (-> its id) or of a service's word (-> "": "bank", "ambassade") said as the place."""
    if not matches.visits:
        return {}
    visits = _Visits(index, matches)
    out: dict[int, str] = {}
    for cue in matches.visits:
        places = visits.sent_on(cue) if index.target[cue.term] == SENT_ON else visits.went_to(cue)
        for start, end, pid in places:
            out.update(dict.fromkeys(range(start, end), pid))
    return out


def _aside(index: Index, matches: Matches) -> set[int]:
    """The words said beside the main question. After a marker of what the call began with, to the end of its clause
    or a word of `aside_ends`: "Begon over de WBSO, echte vraag: ..." and "begon over de WBSO en eigenlijk ..." hold
    the WBSO as an aside. After a word of `afterthoughts` that opens a sentence, to its end (of the next, when the word
    ends its own: "ook: wordt hij btw-plichtig?"), or that opens a clause after a comma, to the clause's end: "bank wil
    borg bij de lening. ook koks werven"; not when it holds a sign of acute trouble or danger ("also: the bank is
    pulling our credit line")."""
    tokens, out, ends = matches.tokens, set(), index.aside_ends
    for hit in matches.hits:
        if index.kind[hit.term] == "cue" and index.target[hit.term] == ASIDE:
            clause = (tokens[hit.end - 1].sentence, tokens[hit.end - 1].clause)
            end = hit.end
            while end < len(tokens) and (tokens[end].sentence, tokens[end].clause) == clause:
                if tokens[end].folded in ends:
                    break
                out.add(end)
                end += 1
    alarms = {k for h in matches.hits if index.target[h.term] in ("urgent", "safety") for k in range(h.start, h.end)}
    for i, token in enumerate(tokens[:-1]):
        if not i or token.folded not in index.afterthoughts or token.clause == tokens[i - 1].clause:
            continue
        # after a comma the rest of its clause; opening a sentence the rest of it, or the next one after a colon
        span = _run(tokens, i + 1, "clause" if token.sentence == tokens[i - 1].sentence else "sentence")
        if alarms.isdisjoint(span):
            out.update(span)
    return out


def _run(tokens: list[Token], start: int, part: str) -> range:
    """From `start` on, the tokens of the same `part` ("clause" or "sentence") as the one at `start`."""
    value = getattr(tokens[start], part)
    return range(start, next((j for j in range(start, len(tokens)) if getattr(tokens[j], part) != value), len(tokens)))


def _said(tokens: list[Token], start: int, end: int) -> str:
    """The words as written; an abbreviation written out in several words is shown once ("in 1x", not "in 1x 1x")."""
    shown = [t.original for t in tokens[start:end]]
    return " ".join(w for k, w in enumerate(shown) if not k or w != shown[k - 1])


def _said_ends(tokens: list[Token], hits: Sequence[Hit]) -> str:
    """The first and the last of some hits as written, for one evidence note: "brand … zaak dicht"."""
    first, last = min(hits, key=lambda h: h.start), max(hits, key=lambda h: h.start)
    return " … ".join(_said(tokens, h.start, h.end) for h in dict.fromkeys((first, last)))


def _said_sum(tokens: list[Token], i: int) -> str:
    """The sum as written, for the evidence: "60k", "650 000 euro"."""
    start = i
    while start > 0 and tokens[start - 1].folded.isdigit():
        start -= 1
    end = i + 1 if not tokens[i].folded.isdigit() or i + 1 >= len(tokens) else i + 2
    return " ".join(t.original for t in tokens[start:end])


BUSINESS_CUES = ("sector:", "size:", "stage:", EMPLOYER, FORMER)


def _as_business(index: Index, matches: Matches) -> bool:
    """The caller speaks as a business: names its sector, size or stage (not by the trade it looks for: a "schilder"
    is the bouw sector), a firm noun (alone or ending a compound) or a business word, its staff, or looks for several
    of a trade."""
    trades = {h.start for h in matches.hits if index.flags[h.term] & SOUGHT}
    employer = _employer_positions(index, matches)  # the employer a private caller names is not the caller's firm
    skip = trades | employer
    cues = (h for h in matches.hits if index.kind[h.term] == "cue" and h.start not in skip)
    if any(index.target[h.term].startswith(BUSINESS_CUES) for h in cues):
        return True
    # private words name no firm of the caller's, even where they say one: "Tenant, salaried, no business", "is geen
    # ondernemer", "nothing to do with my business" (as written: "our warehouse" read as "our house" still is a firm's)
    label = {
        i
        for h in matches.hits
        if index.kind[h.term] == "cue" and index.target[h.term] in PERSONAL
        for i in range(h.start, h.end)
        if matches.tokens[i].folded in index.phrase_words(h.term)
    }
    own = {t.folded for i, t in enumerate(matches.tokens) if i not in employer and i not in label}
    named = any(index.is_firm(w) for w in own) or not own.isdisjoint(index.business_words)
    # several of a trade ("we zoeken monteurs"): a household looks for one plumber, a firm for staff
    several = any(
        _plural(index, matches.tokens[h.start].folded, index.term_words[h.term])
        for h in matches.hits
        if h.start in trades and h.end - h.start == 1
    )
    return named or several or bool(matches.counts)


def _employer_positions(index: Index, matches: Matches) -> set[int]:
    """Where a caller in a private role, or with private words of full weight, names their employer: the words just
    after `works_at` ("werk in loondienst bij een bouwbedrijf", "door haar werkgever (thuiszorg)"), the word just before
    `employee_of` ("hotel employee") and those of the role itself ("the company I work for"). That firm, and its
    sector, are not the caller's; a firm of their own is (`own_firm`: "a loan for my business", "for his own
    company")."""
    cues = [h for h in matches.hits if index.kind[h.term] == "cue"]
    private = sum(index.weight[h.term] for h in cues if index.target[h.term] == "private")
    # a role, or private words enough on their own ("mijn zoon komt werken bij de winkel" is the family business)
    if private < PRIVATE and not any(index.target[h.term] == ROLE for h in cues):
        return set()
    tokens = matches.tokens
    # a role's own words name the employer too: "the company I work for", "het bedrijf waar ik werk"
    out = {i for h in cues if index.target[h.term] == ROLE for i in range(h.start, h.end)}
    for i, t in enumerate(tokens):
        before = tokens[i - 1].folded if i and tokens[i - 1].clause == t.clause else ""
        if t.folded in index.employee_of and index.names_firm(before):
            out.add(i - 1)  # "hotel employee": the firm or sector just before is the employer's ("onze" is no firm)
        if t.folded in index.works_at:
            after = [j for j in range(i + 1, min(len(tokens), i + 4)) if tokens[j].clause == t.clause]
            if not any(tokens[j].folded in index.own_firm for j in after):  # "for his own company" is his
                out.update(after)
    return out


def _plural(index: Index, word: str, term: str) -> bool:
    """The word is a plural: an inflection of the term ("monteurs" for "monteur"), or a plural term whose singular is
    a word too."""
    return any(word.endswith(e) and (word != term or index.is_word(word[: -len(e)])) for e in index.plurals)
