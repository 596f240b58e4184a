"""Measuring the tool on labelled questions (the format of the shared eval README)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .advise import advise
from .index import Index
from .results import Referral

AT = 6  # a party counts as found among the first AT recommendations
GENERIC_ROM = "rom"


class CaseError(Exception):
    """The labelled file cannot be read; the message points at the line."""


@dataclass(frozen=True)
class Case:
    id: str
    question: str
    themes: frozenset[str]
    primary: str | None
    expect_any: tuple[str, ...]
    region: str | None
    stage: str | None
    size: str | None
    urgent: bool
    safety: bool


@dataclass
class Result:
    metrics: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    confusion: dict[str, Counter[str]] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def below(self, floors: dict[str, float]) -> list[tuple[str, float, float]]:
        return [(k, self.metrics.get(k, 0.0), v) for k, v in floors.items() if v > 0 and self.metrics.get(k, 0.0) < v]

    def to_json(self) -> dict[str, Any]:
        return {
            "metrics": self.metrics,
            "counts": self.counts,
            "confusion": {k: dict(v) for k, v in self.confusion.items()},
            "misses": self.misses,
        }


def read_cases(path: Path) -> list[Case]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise CaseError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CaseError(f"{path}: cannot read ({exc})") from None
    cases = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            ctx = raw.get("context") or {}
            cases.append(
                Case(
                    id=str(raw["id"]),
                    question=str(raw["question"]),
                    themes=frozenset(raw.get("themes", [])),
                    primary=raw.get("primary"),
                    expect_any=tuple(raw.get("expect_any", [])),
                    region=ctx.get("region"),
                    stage=ctx.get("stage"),
                    size=ctx.get("size"),
                    urgent=bool(raw.get("urgent", False)),
                    safety=bool(raw.get("safety", False)),
                )
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise CaseError(f"{path}:{number}: not a labelled question ({exc})") from None
    if not cases:
        raise CaseError(f"{path}: no questions in the file")
    return cases


def _hit(index: Index, expected: tuple[str, ...], pid: str) -> bool:
    """A recommendation satisfies an expectation by id; any ROM satisfies the generic 'rom'."""
    return pid in expected or (GENERIC_ROM in expected and index.provider(pid)["kind"] == "rom")


def run(index: Index, cases: list[Case]) -> Result:
    kb = index.kb
    general = set(kb["cues"]["general"])
    n: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    tp = fp = fn = 0
    wrong_rom = 0
    result = Result()
    for case in cases:
        ref = advise(index, case.question)
        got = {t.id for t in ref.themes}
        recs = [r.provider for r in ref.recommendations[:AT]]
        problems: list[str] = []
        tp += len(got & case.themes)
        fp += len(got - case.themes)
        fn += len(case.themes - got)
        if case.primary is not None:
            n["primary"] += 1
            ok["primary"] += ref.primary == case.primary
            result.confusion.setdefault(case.primary, Counter())[ref.primary or "-"] += 1
            if ref.primary != case.primary:
                problems.append(f"primary {ref.primary} != {case.primary}")
        else:
            n["oos"] += 1
            ok["oos"] += ref.out_of_scope
            if not ref.out_of_scope:
                problems.append(f"not out of scope ({ref.primary})")
        if case.expect_any:
            n["party"] += 1
            found = any(_hit(index, case.expect_any, p) for p in recs)
            ok["party"] += found
            if not found:
                problems.append(f"no party of {list(case.expect_any)}")
            if set(case.expect_any) - general:
                specific = [p for p in recs if p not in general]
                n["specific"] += 1
                at1 = bool(specific) and _hit(index, case.expect_any, specific[0])
                ok["specific1"] += at1
                ok["specific3"] += any(_hit(index, case.expect_any, p) for p in specific[:3])
                if not at1:
                    problems.append(
                        f"first specific {specific[0] if specific else None} not in {list(case.expect_any)}"
                    )
        if case.region:
            n["region"] += 1
            ok["region"] += ref.context.region == case.region
            if ref.context.region != case.region:
                problems.append(f"region {ref.context.region} != {case.region}")
            for p in recs:
                prov = index.provider(p)
                if prov["kind"] == "rom" and prov["regions"] != "all" and case.region not in prov["regions"]:
                    wrong_rom += 1
                    problems.append(f"ROM of another province: {p}")
                    break
        for key, gold, pred in (("stage", case.stage, ref.context.stage), ("size", case.size, ref.context.size)):
            if gold:
                n[key] += 1
                ok[key] += pred == gold
        if ref.context.urgent:
            n["flagged"] += 1
            ok["flagged"] += case.urgent
        if case.urgent:
            n["urgent"] += 1
            ok["urgent"] += ref.context.urgent
            if not ref.context.urgent:
                problems.append("urgency missed")
        if case.safety:
            n["safety"] += 1
            flagged = ref.context.safety and kb["cues"]["safety_party"] in recs[:3]
            ok["safety"] += flagged
            if not flagged:
                problems.append("safety missed")
        if problems:
            result.misses.append({"id": case.id, "question": case.question, "problems": problems, **_got(ref)})
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def rate(hits: str, total: str) -> float:
        return round(ok[hits] / n[total], 4) if n[total] else 1.0

    result.metrics = {
        "primary_accuracy": rate("primary", "primary"),
        "theme_precision": round(precision, 4),
        "theme_recall": round(recall, 4),
        "theme_f1": round(f1, 4),
        "party_hit": rate("party", "party"),
        "specific_hit_at1": rate("specific1", "specific"),
        "specific_hit_at3": rate("specific3", "specific"),
        "out_of_scope_accuracy": rate("oos", "oos"),
        "region_accuracy": rate("region", "region"),
        "stage_accuracy": rate("stage", "stage"),
        "size_accuracy": rate("size", "size"),
        "urgent_recall": rate("urgent", "urgent"),
        "urgent_precision": rate("flagged", "flagged"),
        "safety_recall": rate("safety", "safety"),
        "wrong_province_rom": float(wrong_rom),
    }
    result.counts = {"questions": len(cases), **dict(n)}
    result.misses.sort(key=lambda m: -len(m["problems"]))
    return result


def _got(ref: Referral) -> dict[str, Any]:
    return {"themes": [t.id for t in ref.themes], "parties": [r.provider for r in ref.recommendations]}


def report(result: Result, worst: int) -> str:
    m, c = result.metrics, result.counts
    lines = [f"questions: {c['questions']}"]
    labels = {
        "primary_accuracy": "primary",
        "party_hit": "party",
        "specific_hit_at1": "specific",
        "specific_hit_at3": "specific",
        "out_of_scope_accuracy": "oos",
        "region_accuracy": "region",
        "stage_accuracy": "stage",
        "size_accuracy": "size",
        "urgent_recall": "urgent",
        "urgent_precision": "flagged",
        "safety_recall": "safety",
    }
    for key, value in m.items():
        base = labels.get(key)
        suffix = f"  (n={c.get(base, 0)})" if base else ""
        shown = f"{int(value)}" if key == "wrong_province_rom" else f"{value:.3f}"
        lines.append(f"{key:24s} {shown}{suffix}")
    if result.confusion:
        lines.append("\nprimary theme: gold -> predicted")
        for gold in sorted(result.confusion):
            row = ", ".join(f"{k} {v}" for k, v in result.confusion[gold].most_common())
            lines.append(f"  {gold:22s} {row}")
    if worst and result.misses:
        lines.append(f"\nworst misses ({min(worst, len(result.misses))} of {len(result.misses)}):")
        for miss in result.misses[:worst]:
            lines.append(f"  {miss['id']}: " + "; ".join(miss["problems"]))
    return "\n".join(lines)
