"""One question in, one Referral out: the pure core behind `wegwijzer ask`."""

from __future__ import annotations

from typing import Any

from . import context, match, places, route, score
from .index import REGIONAL, Index
from .messages import t
from .results import Referral, SubtopicMatch, ThemeMatch
from .text import clean

MAX_CHARS = 2000  # longer questions are cut: a phone question is never this long, and time stays bounded
MAX_EVIDENCE = 6
SUB_MIN = 0.8  # raw evidence a sub-question needs to be reported


def advise(
    index: Index,
    question: str,
    overrides: context.Overrides | None = None,
    *,
    limit: int = 6,
    lang: str | None = None,
    this_year: int | None = None,
) -> Referral:
    """Themes, context, parties and follow-up questions for what the caller said (`this_year`, today's by default,
    tells which years named are long past)."""
    text = clean(question)
    notices: list[str] = []
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        notices.append("truncated")
    found = match.find(index, text)
    place = places.find_place(index, found.tokens, found.named)
    if place.span:  # "Zeeuws-Vlaanderen" is a place, not a question about Flanders ("ROM Utrecht Region" is a name)
        # a phrase around the place keeps it: in "mijn kapsalon in Breda verkopen" the place stands between its words
        names = ("cue", "party", "scheme")
        kept = [
            h
            for h in found.hits
            if (index.kind[h.term] in names or (h.start not in place.span and h.end - 1 not in place.span))
            and not (h.end == place.span.start and index.target[h.term] == REGIONAL)  # "in de regio Eindhoven": where
        ]
        found = found._replace(hits=kept)
    scores = score.score(index, found, this_year)
    themes = scores.selected(index.primary_weight, index.report_share)
    ctx = context.read(index, found, scores, overrides or context.Overrides(), place, text)
    if not themes and ctx.urgent and not ctx.safety and (scores.private or scores.private_role):
        # a private person's trouble ("werkgever heeft mijn loon niet betaald") is no firm's acute distress
        ctx = ctx._replace(urgent=False)
    out_lang = lang or "nl"
    kb = index.kb
    recs, asks = route.route(index, scores, themes, ctx, limit, out_lang)
    subs = _subtopics(kb, scores, themes)
    theme_info = {x["id"]: x for x in kb["themes"]}
    matches = tuple(
        ThemeMatch(
            id=th,
            name=theme_info[th]["name" if out_lang == "nl" else "name_en"],
            name_en=theme_info[th]["name_en"],
            score=scores.squash(scores.central[th]),
            subtopics=tuple(s.id for s in subs if s.theme == th),
            evidence=tuple(dict.fromkeys(scores.evidence[th]))[:MAX_EVIDENCE],
        )
        for th in themes
    )
    if ctx.safety:
        notices.insert(0, "safety")
    if ctx.urgent:
        notices.append("urgent")
    if not themes and not ctx.safety:
        notices.append("private" if scores.private else "out_of_scope")
    return Referral(
        question=text,
        out_of_scope=not themes,
        primary=themes[0] if themes else None,
        themes=matches,
        subtopics=subs,
        schemes=tuple(
            {"id": s, "name": index.scheme(s)["name"], "status": index.scheme(s)["status"]}
            for s in sorted(scores.scheme, key=lambda s: -scores.scheme[s])
        ),
        context=ctx,
        recommendations=tuple(recs),
        ask_caller=tuple(_say(out_lang, key, ctx.unresolved_place) for key in asks),
        notices=tuple(t(out_lang, key, n=MAX_CHARS) if key == "truncated" else t(out_lang, key) for key in notices),
    )


def _subtopics(kb: dict[str, Any], scores: score.Scores, themes: list[str]) -> tuple[SubtopicMatch, ...]:
    info = kb["subtopics"]
    ranked = sorted(scores.sub.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(
        SubtopicMatch(s, info[s]["theme"], info[s]["name"], info[s]["name_en"], scores.squash(raw))
        for s, raw in ranked
        if raw >= SUB_MIN and info[s]["theme"] in themes
    )


def _say(lang: str, key: str, place: str | None) -> str:
    if key.startswith("data:"):
        return key[5:]
    return t(lang, key, place=place or "") if key == "ask_place_ambiguous" else t(lang, key)
