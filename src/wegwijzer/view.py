"""A Referral as lines of styled segments (for the terminal) and as a handover note; no rich here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .messages import t
from .results import Recommendation, Referral
from .text import clean

if TYPE_CHECKING:
    from .names import Namebook

Segment = tuple[str, str]  # (text, style name)
Line = list[Segment]

CONTACT_ORDER = ("phone", "website", "chat", "email", "form")


def advisor_lines(ref: Referral, lang: str) -> list[Line]:
    """The compact advisor view: notices, themes with evidence, situation, parties by line, what to ask."""
    lines: list[Line] = []
    for notice in ref.notices:
        lines.append([(notice, "alert")])
    if ref.themes:
        lines.append([(t(lang, "themes"), "heading")])
        for th in ref.themes:
            subs = [s.name if lang == "nl" else s.name_en for s in ref.subtopics if s.theme == th.id][:2]
            line: Line = [("  ", ""), (th.name, "theme"), (f" {th.score:.2f}", "dim")]
            if subs:
                line.append((" · " + "; ".join(subs), ""))
            lines.append(line)
            if th.evidence:
                lines.append([("    " + t(lang, "evidence") + ": ", "dim"), (", ".join(th.evidence), "dim")])
    if ref.schemes:
        shown = [s["name"] + (f" ({t(lang, 'ended')})" if s["status"] != "active" else "") for s in ref.schemes]
        lines.append([(t(lang, "schemes") + ": ", "heading"), (", ".join(shown), "")])
    situation = _situation(ref, lang)
    if situation:
        lines.append([(t(lang, "context") + ": ", "heading"), (situation, "")])
    if ref.recommendations:
        lines.append([(t(lang, "parties"), "heading")])
    for rank, r in enumerate(ref.recommendations, 1):
        mark = "*" if r.needs_check else ""
        line_label = t(lang, "line_first" if r.line == "first" else "line_second")
        lines.append(
            [
                (f"  {rank}. ", "dim"),
                (r.name + mark, "party"),
                (f" ({line_label})", "dim"),
                (" — " + r.reason, ""),
            ]
        )
        routes = contact_summary(r, lang)
        if routes:
            lines.append([("     " + routes, "contact")])
    if ref.ask_caller:
        lines.append([(t(lang, "ask"), "heading")])
        for question in ref.ask_caller:
            lines.append([("  • " + question, "")])
    if any(r.needs_check for r in ref.recommendations):
        lines.append([("* " + t(lang, "check"), "dim")])
    return lines


def _situation(ref: Referral, lang: str) -> str:
    c = ref.context
    parts = []
    if c.region_name:
        parts.append(f"{t(lang, 'region')} {c.region_name}" + (f" ({clean(c.place)})" if c.place else ""))
    for key, value in (("size", c.size), ("stage", c.stage), ("segment", c.segment), ("sector", c.sector)):
        if value:
            parts.append(f"{t(lang, key)} {value}")
    if c.amount:
        parts.append(f"{t(lang, 'amount')} € {c.amount:,}".replace(",", "."))
    if c.visited_names:
        parts.append(f"{t(lang, 'visited')} {', '.join(c.visited_names)}")
    if c.urgent:
        parts.append(t(lang, "urgent_flag").upper())
    return " · ".join(parts)


def contact_summary(r: Recommendation, lang: str) -> str:
    """The routes of a party, phone first, on one line."""
    ordered = sorted(r.contacts, key=lambda c: CONTACT_ORDER.index(c["type"]) if c["type"] in CONTACT_ORDER else 9)
    out = []
    for c in ordered[:3]:
        value = str(c["value"])
        if c["type"] == "website":
            value = value.removeprefix("https://").removeprefix("http://").removeprefix("www.").rstrip("/")
        if c["type"] == "phone" and c.get("free"):
            value += f" ({t(lang, 'free')})"
        out.append(value)
    return " · ".join(out)


def handoff(ref: Referral, lang: str, book: Namebook) -> str:
    """A short note for a warm handover; the question is always redacted (`book` as the index holds it)."""
    from .redact import redact

    lines = [t(lang, "handoff")]
    lines.append(f"{t(lang, 'handoff_question')}: {redact(ref.question, book, lang)}")
    if ref.themes:
        needs = []
        for th in ref.themes:
            subs = ", ".join(s.name if lang == "nl" else s.name_en for s in ref.subtopics if s.theme == th.id)
            needs.append(f"{th.name} ({subs})" if subs else th.name)
        lines.append(f"{t(lang, 'handoff_need')}: " + "; ".join(needs))
    situation = _situation(ref, lang) or t(lang, "none")
    lines.append(f"{t(lang, 'context')}: {situation}")
    specific = [r for r in ref.recommendations if r.line == "second"] or list(ref.recommendations)
    if specific:
        r = specific[0]
        lines.append(f"{t(lang, 'handoff_to')}: {r.name} — {r.reason}")
        routes = contact_summary(r, lang)
        if routes:
            lines.append(f"  {routes}")
    if ref.ask_caller:
        lines.append(f"{t(lang, 'ask')}: " + " / ".join(ref.ask_caller))
    return "\n".join(clean(x) for x in lines)


def plain(lines: list[Line]) -> str:
    return "\n".join("".join(text for text, _ in line) for line in lines)


def as_dict(ref: Referral, redacted: bool, book: Namebook, lang: str) -> dict[str, Any]:
    data = ref.to_json()
    if redacted:
        from .redact import redact

        data["question"] = redact(ref.question, book, lang)
    return data
