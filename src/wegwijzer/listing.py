"""Plain-text listings of the knowledge base: themes, parties, one party in full."""

from __future__ import annotations

from typing import Any

from .index import Index

LINES = {"first": ("eerstelijns", "beide"), "second": ("tweedelijns", "beide")}


def themes(kb: dict[str, Any]) -> str:
    out = []
    for th in kb["themes"]:
        out.append(f"{th['id']} ({th['code']}): {th['name']} / {th['name_en']}")
        for sid, sub in kb["subtopics"].items():
            if sub["theme"] == th["id"]:
                also = f" (ook: {', '.join(sub['also'])})" if sub["also"] else ""  # reported beside it
                out.append(f"  {sid}: {sub['name']}{also}")
    return "\n".join(out)


def providers(index: Index, theme: str | None, region: str | None, line: str | None) -> str:
    out = []
    for pid in sorted(index.provider_ids):
        p = index.provider(pid)
        if theme and theme not in p["themes"]:
            continue
        if region and p["regions"] != "all" and region not in p["regions"]:
            continue
        if line and p["line"] not in LINES[line]:
            continue
        where = "landelijk" if p["regions"] == "all" else ", ".join(p["regions"])
        status = "" if p["status"] == "active" else f" [{p['status']}]"  # ended or unconfirmed
        out.append(f"{pid:38s} {p['line']:12s} {where:28s} {p['name']}{status}")
    return "\n".join(out) if out else "(no parties match)"


def show(index: Index, pid: str) -> str:
    p = index.provider(pid)
    out = [f"{p['name']} ({pid})", p["description"], ""]
    out.append(f"soort: {p['kind']} · niveau: {p['level']} · lijn: {p['line']} · status: {p['status']}")
    out.append(f"thema's: {', '.join(p['themes'])}")
    if p["serves"]:
        out.append(f"vooral voor: {', '.join(p['serves'])}")
    out.append(f"biedt: {', '.join(p['offers'])} · doelgroep: {', '.join(p['groups'])}")
    out.append("regio: " + ("heel Nederland" if p["regions"] == "all" else ", ".join(p["regions"])))
    out.append("contact:")
    for c in p["contacts"]:
        extra = [x for x in (c.get("label"), c.get("hours"), "gratis" if c.get("free") else None) if x]
        out.append(f"  {c['type']}: {c['value']}" + (f" ({'; '.join(extra)})" if extra else ""))
    if p["schemes"]:
        out.append("regelingen:")
        for sid in p["schemes"]:
            s = index.scheme(sid)
            out.append(f"  {s['name']} ({sid})" + ("" if s["status"] == "active" else f" [{s['status']}]"))
    if p["needs_check"]:
        out.append("let op: sommige gegevens moeten nog worden gecontroleerd")
    return "\n".join(out)
