"""Themes, sub-questions, schemes and context -> ranked parties, each with its reason, and what to ask the caller."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import choices
from .enums import CONTEXT_FACTS
from .index import REFER, REGIONAL, Index
from .messages import t
from .results import Context, Recommendation
from .score import Scores

W_THEME = 1.0
W_SUB = 2.5
MORE_SUBS = 0.5
W_SCHEME = 4.0  # the caller named a scheme this party runs: the scheme is the question, its party first
W_NAMED = 3.0  # the caller named the party itself: less than one of its schemes, as the advisor confirms or redirects
W_PRIVATE = 1.0  # a private question's own party (out of scope, so nothing else competes but a party named)
W_URGENT = 1.0  # acute distress lifts the parties for firms in trouble (target group zwaar-weer)
# a party's table row (seed 000 Tabel 9) may name a theme that none of the sub-questions it serves is on: De
# Buitenboordmotor is on bedrijfsvoering, but it helps firms hire side-entrants, not digitise their admin. Such a theme
# counts this share (0 cost the MKB Kredietcoach its bank-credit calls, on financiering beside its zwaar-weer services)
OFF_SERVES = 0.5
SPREAD = 0.25  # a party active on many themes counts each one less: specialists first
FIT_UP, FIT_DOWN, SEGMENT_UP = 1.2, 0.6, 1.15
LARGE_SUM = 1_000_000  # a party that finances from this sum on is for callers who say they need that much
UNCONFIRMED = 0.8  # a party that may have stopped comes after confirmed ones with the same evidence
PART_OF_PROVINCE = 0.7  # a party for part of the province, while it is unknown whether the caller is in that part
# the ROM in general, standing for the caller's province's own while the province is unknown (a national party that
# serves the same is the surer first referral; the advisor is asked for the place): first specific up on 16 labelled
# sets and down on 2, dev 0.873 -> 0.881 (twenty-eighth session)
UNKNOWN_PROVINCE = 0.7
# the caller names a party that serves what they ask: the creditor who seized the account is where the payment plan is
# made ("belastingdienst heeft beslag gelegd"), before the parties for firms in trouble; 1.25 gained 10 first
# referrals over the labelled sets, 1.5 eleven, none lost, dev unchanged
NAMED_SERVES = 1.5
ADVISES_UP = 1.4  # for a specific need, a party that advises or finances comes before one that only informs
REGIONAL_UP = 1.3  # with the province known, its own parties come first: referring downwards is what fails most
W_REGIONAL = 2.5  # the caller asks what the region offers: a regional party on a theme found, as for a sub-question
MIN_SCORE = 0.35
ASK_TOP = 3  # the caller's size or stage is asked for only when some answer would change the first referrals
FEW = 3  # fewer recommendations than this get the general first line added
FALLBACK = 0.1  # the score of the general first line when it only stands behind others
ADVICE = {"advies", "coaching", "financiering", "regeling"}
SIZES = frozenset(choices.SIZES)
GROWTH_GROUPS = {"startup", "scale-up", "innovatief", "techniek"}
SIZE_OR_GROWTH = SIZES | GROWTH_GROUPS  # parties for which the caller's size decides
# the answers to "how many people work there?" and "has the firm started?", each with the target groups of the
# parties whose fit it can change
STAGE_ANSWERS = ("starter",)  # "gevestigd" fits as an unknown stage does
STARTERS = frozenset(STAGE_ANSWERS)


class _Candidate:
    """A party being scored: its total and the contributions that explain it."""

    def __init__(
        self,
        pid: str,
        score: float,
        parts: list[tuple[float, str, str]] | None = None,
        specific: bool = False,
        named: bool = False,
        fit: float = 1.0,
    ) -> None:
        self.pid = pid
        self.score = score
        self.fit = fit  # how far the caller's size, stage, sum, segment and province raised or lowered the score
        self.parts = parts or []  # (weight, message key, what it refers to: theme ids, a sub-question or a scheme)
        self.specific = specific  # a sub-question, scheme or regional offer of its own, not a theme alone
        self.named = named  # the caller asked for it (also "de ROM", their province's): what is asked, as served


def route(
    index: Index, scores: Scores, themes: list[str], ctx: Context, limit: int, lang: str = "nl"
) -> tuple[list[Recommendation], list[str]]:
    """Ranked recommendations and the questions whose answers would change them."""
    kb = index.kb
    subs = kb["subtopics"]
    theme_score = {th: scores.squash(scores.theme[th]) for th in themes}
    # out of scope (a private question): only what the caller named, never a party for a need read from the words
    sub_score = {
        s: scores.squash(v) for s, v in scores.sub.items() if subs[s]["theme"] in theme_score or (themes and v >= 1.0)
    }
    distress_theme = kb["cues"]["urgency_theme"]
    safety_party = kb["cues"]["safety_party"]
    general = kb["cues"]["general"]
    scored: list[_Candidate] = []  # every party with a reason, also those below MIN_SCORE (for what to ask)
    caller = {g for g in (ctx.size, "starter" if ctx.stage == "starter" else None) if g}
    caller.update(index.caller_groups[th] for th in theme_score if th in index.caller_groups)
    area = index.area(ctx.place, ctx.region)  # the municipalities the caller may be in: one, a subregion's, or unknown
    distressed = ctx.urgent or distress_theme in theme_score
    reachable = _reachable(index, scores, theme_score, sub_score, index.distress_subs if ctx.urgent else frozenset())
    # out of scope: a private question some party takes (a private legal matter: the Juridisch Loket)
    private_to = [] if themes else [k[len(REFER) :] for k, v in scores.cue.items() if k.startswith(REFER) and v >= 1.0]
    reachable += private_to
    if ctx.region and any(index.provider(pid)["kind"] == "rom" for pid in scores.party):
        reachable.append(kb["provinces"][ctx.region]["rom"])
    where = index.routing["provinces"]
    # asked for independent information or an overview: a party that informs is as good as one that acts
    neutral = scores.cue.get("neutral", 0.0) >= 1.0
    regional = scores.cue.get(REGIONAL, 0.0) >= 1.0
    for pid in dict.fromkeys(reachable):
        if pid in where and ctx.region not in where[pid]:
            continue  # another province's party: not even read
        p = index.provider(pid)
        if p["status"] == "ended" or pid == safety_party or not _in_region(p, ctx):
            continue
        if p["sectors"] and ctx.sector not in p["sectors"]:
            continue  # a sector's own organisation, for callers from that sector only
        if p["areas"] and area and area.isdisjoint(p["areas"]):
            continue  # serves other municipalities of the province
        parts: list[tuple[float, str, str]] = []
        specific = False
        # a party that only runs schemes (a province) is there for those schemes, not for a theme in general
        mine = [th for th in p["themes"] if th in theme_score] if not p["schemes_only"] else []
        if p["finance_only"] and index.means_themes.isdisjoint(theme_score):
            mine = []  # a party that only finances is there when the caller needs money
        if mine:
            # a theme of the party's row that none of its own sub-questions is on counts less (see OFF_SERVES)
            narrow = bool(p["serve_set"]) and not p["generic"] and pid not in general  # the first line: every theme
            full: frozenset[str] = p["served_themes"] if narrow else frozenset(mine)
            value = W_THEME * sum([theme_score[th] * (1.0 if th in full else OFF_SERVES) for th in mine])
            value /= 1 + SPREAD * (len(p["themes"]) - 1)
            parts.append((value, "reason_theme", ",".join(mine[:2])))
        served = (
            []
            if p["serve_set"].isdisjoint(sub_score)
            else sorted(((sub_score[s], s) for s in p["serve_set"] if s in sub_score), reverse=True)
        )
        for rank, (value, s) in enumerate(served):
            # the best-served sub-question counts fully, more of the same party's list add less
            parts.append((W_SUB * value * (1.0 if rank == 0 else MORE_SUBS), "reason_sub", s))
            specific = True
        for s in p["schemes"] if scores.scheme else ():  # in the party's order, which the reason shows
            if s in scores.scheme:
                key = "reason_scheme" if index.scheme(s)["status"] == "active" else "reason_scheme_ended"
                parts.append((W_SCHEME * min(1.0, scores.scheme[s]), key, s))
                specific = True
        if regional and _regional(p):
            # even a province, which is otherwise there for its own schemes: "een provinciale regeling"
            asked = [theme_score[th] for th in p["themes"] if th in theme_score]
            if asked:
                spread = 1 + SPREAD * (len(p["themes"]) - 1)  # as for a theme: a party on every theme counts less
                parts.append((W_REGIONAL * max(asked) / spread, "reason_regional", ""))
                specific = True
        named = scores.party.get(pid, 0.0) or _rom_named(index, scores, p, ctx)
        if named:
            parts.append((W_NAMED * min(1.0, named), "reason_named", ""))
        if pid in private_to:
            parts.append((W_PRIVATE, "reason_private", ""))
        if ctx.urgent and "zwaar-weer" in p["group_set"]:
            parts.append((W_URGENT, "reason_urgent", ""))
        if not parts:
            continue
        if "zwaar-weer" in p["group_set"] and not (distressed or specific or pid in scores.party):
            continue  # for firms in trouble, a caller who is not, by a theme alone: IMK for a starter's loan
        fit = _fit(p, ctx, caller, distressed, specific)
        c = _Candidate(pid, sum([v for v, _, _ in parts]) * fit, parts, specific, bool(named), fit)
        if c.specific and ADVICE.intersection(p["offers"]) and not neutral:
            c.score *= ADVISES_UP
        if named and served:
            c.score *= NAMED_SERVES
        if p["status"] == "unconfirmed":
            c.score *= UNCONFIRMED
        if p["areas"] and not (area and area.issubset(p["areas"])):
            c.score *= PART_OF_PROVINCE  # serves part of the province; whether the caller is in that part is unknown
        if _rom_in_general(p) and not named:
            # lower, but still listed where it was: the advisor sees that the province's ROM may help
            c.score = max(c.score * UNKNOWN_PROVINCE, min(c.score, MIN_SCORE))
        scored.append(c)
    candidates = sorted((c for c in scored if c.score >= MIN_SCORE), key=lambda c: (-c.score, c.pid))
    chosen = candidates[: max(limit, 1)]
    if themes and not chosen:
        chosen = _fallback(general, [])
    elif themes and not any(c.specific or c.named for c in chosen):
        # no party serves what is asked, only its theme in general: the general first line comes first, at the best
        # score so the list stays in order (a general party already chosen keeps its reasons)
        top = chosen[0].score
        first = [c for c in chosen if c.pid in general] + _fallback(general, chosen, top)
        for c in first:
            c.score = top
        chosen = first + [c for c in chosen if c.pid not in general]
    elif themes and len(chosen) < FEW:
        # one or two narrow parties, or only the part of the general first line a sub-question reached: all of it
        # stands behind them
        chosen += _fallback(general, chosen)
    if ctx.safety:
        chosen = [_Candidate(safety_party, 99.0, [(99.0, "reason_safety", "")]), *chosen]
    chosen = chosen[: max(limit, 1)]
    recs = [_recommend(index, c.pid, index.provider(c.pid), c, ctx, lang) for c in chosen]
    fitted = _Fitted(index, scored, candidates, caller, distressed)
    return recs, _ask_caller(index, scores, themes, ctx, fitted, lang)


def _fallback(general: list[str], chosen: list[_Candidate], score: float = FALLBACK) -> list[_Candidate]:
    """The general first line, as far as it is not chosen already, at `score` (the ranking shown stays in order)."""
    have = {c.pid for c in chosen}
    return [_Candidate(g, score, [(score, "reason_fallback", "")]) for g in general if g not in have]


def _reachable(
    index: Index, scores: Scores, themes: dict[str, float], subs: dict[str, float], distress: frozenset[str]
) -> list[str]:
    """The parties that what the question names can lead to (a party is scored only when it could score)."""
    routing = index.routing
    found: dict[str, None] = {}
    for theme in themes:
        found.update(dict.fromkeys(routing["by_theme"].get(theme, ())))
    for sub in (*subs, *distress):
        found.update(dict.fromkeys(routing["by_sub"].get(sub, ())))
    for scheme in scores.scheme:
        found[routing["by_scheme"][scheme]] = None
    found.update(dict.fromkeys(scores.party))
    return list(found)


def _rom_named(index: Index, scores: Scores, p: dict[str, Any], ctx: Context) -> float:
    """A caller who asks for "the regional development agency" means their own province's ROM."""
    if p["kind"] != "rom" or p["generic"] or ctx.region is None:
        return 0.0
    return sum(v for pid, v in scores.party.items() if index.provider(pid)["kind"] == "rom")


def _rom_in_general(p: dict[str, Any]) -> bool:
    """The ROM as a kind, standing for the caller's province's own while the province is unknown."""
    return bool(p["generic"]) and p["kind"] == "rom"


def _regional(p: dict[str, Any]) -> bool:
    """A party of one province or part of it, or the kind that every province has (its ROM, the province)."""
    return p["regions"] != "all" or (p["generic"] and p["kind"] in ("rom", "provincie"))


def _in_region(p: dict[str, Any], ctx: Context) -> bool:
    """National parties always; a regional one only in the caller's own province; the generic ROM only while
    the province is unknown (once it is known, that province's own ROM takes its place)."""
    if p["regions"] == "all":
        return not (_rom_in_general(p) and ctx.region is not None)
    return ctx.region is not None and ctx.region in p["regions"]


def _fit(p: dict[str, Any], ctx: Context, caller: set[str], distressed: bool, specific: bool) -> float:
    groups: frozenset[str] = p["group_set"]
    low, high = p["finance"]
    if (low or 0) >= LARGE_SUM and not ctx.amount:
        groups = groups - SIZES  # a financier of millions fits by the sum asked, not by a size alone
    factor = 1.0
    if "zwaar-weer" in groups and not distressed:
        factor *= FIT_DOWN  # a party for firms in trouble, for a caller who is not
    if groups == {"leden"} and not specific:
        factor *= FIT_DOWN  # members only, and nothing specific to offer this caller
    if caller & groups:
        factor *= FIT_UP
    elif _misfit(groups, ctx.size):
        factor *= FIT_DOWN
    elif not specific and _growth_only(groups) and not (ctx.segment and ctx.segment in p["segments"]):
        factor *= FIT_DOWN  # a party for growth firms only, by a theme alone, for a caller who says nothing of growth
    if ctx.amount and (low or high):
        inside = (not low or ctx.amount >= low) and (not high or ctx.amount <= high)
        factor *= FIT_UP if inside else FIT_DOWN * FIT_DOWN  # does it finance the sum the caller needs?
    elif (low or 0) >= LARGE_SUM and not caller & groups:
        factor *= FIT_DOWN  # a financier of millions, for a caller who names neither such a sum nor its groups
    if ctx.segment and ctx.segment in p["segments"]:
        factor *= SEGMENT_UP
    if ctx.region and (p["kind"] == "rom" or (specific and p["regions"] != "all")):
        factor *= REGIONAL_UP
    return factor


def _reason(index: Index, key: str, ref: str, lang: str) -> str:
    """One part of a reason, as words (remembered per index: a batch repeats the same few)."""
    found: str | None = index.memo.get(("reason", key, ref, lang))
    if found is None:
        found = index.memo[("reason", key, ref, lang)] = t(lang, key, **_values(index, key, ref, lang))
    return found


def _values(index: Index, key: str, ref: str, lang: str) -> dict[str, str]:
    """The words a reason needs, in one language (built only for the parties shown)."""
    kb = index.kb
    suffix = "" if lang == "nl" else "_en"
    if key == "reason_theme":
        names = {x["id"]: x["name" + suffix].lower() for x in kb["themes"] if x["id"] in ref}
        return {"names": ", ".join(names[th] for th in ref.split(","))}
    if key == "reason_sub":
        return {"name": kb["subtopics"][ref]["name" + suffix].lower()}
    if key.startswith("reason_scheme"):
        return {"name": index.scheme(ref)["name"]}
    return {}


def _growth_only(groups: frozenset[str]) -> bool:
    """A party's target groups are growth firms only (startups, scale-ups, innovators, tech)."""
    return bool(groups) and groups <= GROWTH_GROUPS


def _misfit(groups: frozenset[str], size: str | None) -> bool:
    """The party is for other sizes, or only for growth companies while the caller is small."""
    if size in SIZES and groups & SIZES and size not in groups:
        return True
    return size in {"zzp", "micro"} and _growth_only(groups)


def _recommend(index: Index, pid: str, p: dict[str, Any], c: _Candidate, ctx: Context, lang: str) -> Recommendation:
    parts = sorted(c.parts, key=lambda x: -x[0])[:2]
    regional = ctx.region_name and p["regions"] != "all"

    def reason(lang: str) -> str:
        words = [_reason(index, key, ref, lang) for _, key, ref in parts]
        if regional:
            words.append(t(lang, "reason_region", region=ctx.region_name))
        if pid in ctx.visited:
            words.append(t(lang, "reason_visited"))
        return "; ".join(words)

    if p["line"] == "eerstelijns":
        line = "first"
    elif p["line"] == "tweedelijns":
        line = "second"
    else:
        line = "second" if c.specific and ADVICE.intersection(p["offers"]) else "first"
    name = p["name"]
    if p["kind"] == "provincie" and p["generic"] and ctx.region_name:
        name = f"Provincie {ctx.region_name}"  # the caller's own province, not the kind of party
    return Recommendation(
        provider=pid,
        name=name,
        line=line,
        score=round(min(c.score / 5.0, 1.0), 3),
        reason=reason(lang),
        offers=tuple(p["offers"]),
        contacts=tuple(p["contacts"]),
        needs_check=p["needs_check"],
    )


def _ask_caller(index: Index, scores: Scores, themes: list[str], ctx: Context, fitted: _Fitted, lang: str) -> list[str]:
    """One to three unknown facts that would change the referral (as message keys or data sentences)."""
    if not themes:
        return [] if scores.private else ["ask_topic"]  # a private matter: nothing to ask for a referral
    kb = index.kb
    asks: list[str] = []
    if ctx.unresolved_place and ctx.region is None:
        asks.append("ask_place_ambiguous")
    elif ctx.region is None and _regional_matters(index, scores, themes):
        asks.append("ask_place")
    # a caller in danger is not asked about the firm's size or stage: 113 comes first, whatever they answer
    unknown_size = ctx.size is None and not ctx.safety
    if unknown_size and fitted.changes(choices.SIZES, SIZE_OR_GROWTH, lambda v: ctx._replace(size=v)):
        asks.append("ask_size")
    starting = themes[0] in index.means_themes or kb["cues"]["starting_subtopic"] in scores.sub
    has_staff = ctx.size not in (None, "zzp")
    # a firm with employees, or in trouble, has started
    unknown_stage = ctx.stage is None and starting and not has_staff and not fitted.distressed and not ctx.safety
    if unknown_stage and fitted.changes(STAGE_ANSWERS, STARTERS, lambda stage: ctx._replace(stage=stage)):
        asks.append("ask_stage")
    # the follow-up is about the central need: the best sub-question of the primary theme (else of a reported one)
    subs = kb["subtopics"]
    reported = [(subs[s]["theme"] == themes[0], v, s) for s, v in scores.sub.items() if subs[s]["theme"] in themes]
    best = max(reported, default=None)
    sub = subs[best[2]] if best else None
    if sub and len(asks) < 3:
        known = _known(ctx)
        for i, (text, facts) in enumerate(sub["ask"]):
            if not facts or not known.issuperset(facts):  # not what the caller already said
                asks.append("data:" + (sub["ask_en"][i] if lang == "en" and sub["ask_en"] else text))
                break
    return asks[:3]


class _Fitted:
    """The scored parties, to see whether an answer the caller could give would change the first referrals: only
    the fit to the caller (route._fit) of the parties for the groups the answer concerns changes. The general first
    line does not count: that KVK gives way to Ondernemersplein for a larger firm changes no referral."""

    def __init__(
        self,
        index: Index,
        scored: list[_Candidate],
        ranked: list[_Candidate],
        caller: set[str],
        distressed: bool,
    ) -> None:
        self._index, self._scored, self._caller, self.distressed = index, scored, caller, distressed
        self._general = frozenset(index.kb["cues"]["general"])
        self._top = self._specific([c.pid for c in ranked[:ASK_TOP]])

    def _specific(self, pids: list[str]) -> list[str]:
        return [pid for pid in pids if pid not in self._general]

    def changes(self, answers: tuple[str, ...], groups: frozenset[str], answered: Callable[[str], Context]) -> bool:
        """Whether some answer changes the first referrals: each value of `answers` makes the caller one of the
        target groups `groups`; `answered` is the context with that answer."""
        parties = [(c, self._index.provider(c.pid)) for c in self._scored]
        affected = [(c, p) for c, p in parties if not groups.isdisjoint(p["group_set"])]
        if not affected:
            return False
        others = [(-c.score, c.pid) for c, p in parties if c.score >= MIN_SCORE and groups.isdisjoint(p["group_set"])]
        for value in answers:
            ctx, caller = answered(value), self._caller | {value}
            scores = [(_refitted(c, _fit(p, ctx, caller, self.distressed, c.specific)), c.pid) for c, p in affected]
            ranked = sorted(others + [(-score, pid) for score, pid in scores if score >= MIN_SCORE])
            if self._specific([pid for _, pid in ranked[:ASK_TOP]]) != self._top:
                return True
        return False


def _refitted(c: _Candidate, fit: float) -> float:
    """A candidate's score with another fit to the caller (the same score, to the last bit, for the same fit)."""
    return c.score if fit == c.fit else c.score / c.fit * fit


def _known(ctx: Context) -> set[str]:
    """The facts a follow-up question may ask for (`asks_for`) that the question already gives."""
    return {fact for fact in CONTEXT_FACTS if getattr(ctx, fact)} | ctx.said


def _regional_matters(index: Index, scores: Scores, themes: list[str]) -> bool:
    """True when some regional party would serve what the caller needs."""
    for theme in themes[:2]:
        for pid in index.routing["regional"].get(theme, ()):
            p = index.provider(pid)
            if p["kind"] == "rom" or not p["serve_set"].isdisjoint(scores.sub):
                return True
    return False
