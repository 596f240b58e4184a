"""The command line: parse options, call the core, hand the result to a renderer."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from . import __version__
from .enums import Segment  # the knowledge base's own segments: the option takes the same values
from .exits import CommandError, Exit

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="wegwijzer: from an entrepreneur's question to the right organisation.\n\n"
    'Example: wegwijzer ask "ik wil mijn eerste werknemer aannemen in Zwolle"',
)


class Lang(StrEnum):
    nl = "nl"
    en = "en"


class Stage(StrEnum):
    starter = "starter"
    gevestigd = "gevestigd"


class Size(StrEnum):
    zzp = "zzp"
    micro = "micro"
    klein = "klein"
    middelgroot = "middelgroot"


class Format(StrEnum):
    text = "text"
    json = "json"
    github = "github"


class LineOpt(StrEnum):
    first = "first"
    second = "second"


DataOpt = Annotated[
    Path | None,
    typer.Option("--data", help="Knowledge-base directory (default: $WEGWIJZER_DATA, else the shipped one)."),
]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Read the YAML even when a cached copy is current.")]


def fail(message: str, code: Exit = Exit.USAGE) -> NoReturn:
    """Leave with a one-line message (printed by the entry point)."""
    raise CommandError(message, code)


def _index(data: Path | None, no_cache: bool) -> Any:
    from .ask import open_index

    return open_index(str(data) if data else None, no_cache)


def _emit(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


@app.command()
def ask(
    question: Annotated[list[str] | None, typer.Argument(help="What the caller says (quotes optional).")] = None,
    file: Annotated[str | None, typer.Option("--file", "-f", help="One question per line; '-' reads stdin.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract (JSON Lines with --file).")] = False,
    plain: Annotated[bool, typer.Option("--plain", help="Plain text: no colour or layout (screen readers).")] = False,
    handoff: Annotated[bool, typer.Option("--handoff", help="Also print a redacted note for a warm handover.")] = False,
    redact: Annotated[bool, typer.Option("--redact", help="Redact personal data in the echoed question.")] = False,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of labels and reasons.")] = Lang.nl,
    region: Annotated[str | None, typer.Option("--region", help="Province or place name.")] = None,
    stage: Annotated[Stage | None, typer.Option("--stage", help="Stage of the business.")] = None,
    size: Annotated[Size | None, typer.Option("--size", help="Size of the business.")] = None,
    segment: Annotated[Segment | None, typer.Option("--segment", help="Growth segment.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=30, help="Most parties to recommend.")] = 6,
    data: DataOpt = None,
    no_cache: NoCache = False,
) -> None:
    """Name the themes, parties and follow-up questions for a caller's question.

    Example: wegwijzer ask "betalingsachterstand bij de Belastingdienst, bakkerij in Sneek"
    """
    from .ask import AskOptions, run

    run(
        AskOptions(
            question=tuple(question or ()),
            file=file,
            as_json=as_json,
            plain=plain,
            handoff=handoff,
            redact=redact,
            lang=lang.value,
            region=region,
            stage=stage.value if stage else None,
            size=size.value if size else None,
            segment=segment.value if segment else None,
            limit=limit,
            data=str(data) if data else None,
            no_cache=no_cache,
        )
    )


@app.command()
def validate(
    data: DataOpt = None,
    strict: Annotated[bool, typer.Option("--strict", help="Treat warnings (such as stale facts) as errors.")] = False,
    max_age: Annotated[int, typer.Option("--max-age", min=1, help="Days after which a checked date is stale.")] = 365,
    fmt: Annotated[Format, typer.Option("--format", help="text, json, or github annotations.")] = Format.text,
) -> None:
    """Check a knowledge base: syntax, schema, references, coverage, formats, freshness.

    Example: wegwijzer validate --data ./data --strict --format github
    """
    from .kb import data_dir
    from .kb import validate as run

    directory = data_dir(str(data) if data else None)
    report = run(directory, max_age=max_age)
    failing = report.errors + (report.warnings if strict else [])
    if fmt == Format.json:
        _emit(json.dumps({"valid": not failing, "problems": [p.__dict__ for p in report.problems]}, ensure_ascii=False))
    else:
        for p in report.problems:
            if fmt == Format.github:
                level = "error" if p.severity == "error" or strict else "warning"
                _emit(f"::{level} file={p.file},line={p.line},col={p.col}::{p.message}")
            else:
                _emit(str(p))
        errors, warnings = len(report.errors), len(report.warnings)
        verdict = "invalid" if failing else "valid"
        sys.stderr.write(f"{directory}: {verdict} ({errors} errors, {warnings} warnings)\n")
    if failing:
        raise typer.Exit(int(Exit.FAILED))


@app.command()
def schema(
    file: Annotated[str, typer.Argument(help="themes, providers, regions, cues, or core (see below).")] = "providers",
) -> None:
    """Print the JSON Schema of a knowledge-base file, for editors and CI; `core` prints the pydantic-core schema of
    all four, which a cold start validates with.

    Example: wegwijzer schema themes > schema/themes.schema.json
    """
    from .schema import FILES, core_schemas

    if file == "core":
        _emit(json.dumps(core_schemas(), indent=1, ensure_ascii=False))
        return
    model = FILES.get(f"{file}.yaml")
    if model is None:
        fail(f"unknown file '{file}': choose themes, providers, regions, cues or core")
    _emit(json.dumps(model.model_json_schema(mode="validation"), indent=2, ensure_ascii=False))


@app.command()
def themes(data: DataOpt = None, no_cache: NoCache = False) -> None:
    """List the seven themes and their sub-questions.

    Example: wegwijzer themes
    """
    from . import listing

    _emit(listing.themes(_index(data, no_cache).kb))


@app.command()
def providers(
    theme: Annotated[str | None, typer.Option("--theme", help="Only parties on this theme id.")] = None,
    region: Annotated[str | None, typer.Option("--region", help="Only parties serving this province or place.")] = None,
    line: Annotated[LineOpt | None, typer.Option("--line", help="Only first- or second-line parties.")] = None,
    data: DataOpt = None,
    no_cache: NoCache = False,
) -> None:
    """List the parties, optionally by theme, region and line.

    Example: wegwijzer providers --theme zwaar-weer --region Groningen --line second
    """
    from . import listing
    from .places import resolve_region

    index = _index(data, no_cache)
    if theme and theme not in {t["id"] for t in index.kb["themes"]}:
        fail(f"unknown theme '{theme}': see `wegwijzer themes`")
    province = None
    if region:
        province = resolve_region(index, region)
        if province is None:
            fail(f"unknown region '{region}': give a province or a place")
    _emit(listing.providers(index, theme, province, line.value if line else None))


@app.command()
def show(
    party: Annotated[str, typer.Argument(help="A party id, e.g. rvo (see `wegwijzer providers`).")],
    data: DataOpt = None,
    no_cache: NoCache = False,
) -> None:
    """Show one party with all its routes and schemes.

    Example: wegwijzer show uwv
    """
    from . import listing

    index = _index(data, no_cache)
    if party not in index.provider_ids:
        fail(f"unknown party '{party}': see `wegwijzer providers`")
    _emit(listing.show(index, party))


@app.command(name="eval")
def evaluate(
    file: Annotated[Path, typer.Argument(help="Labelled questions, JSON Lines (see the README).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    min_primary: Annotated[float, typer.Option("--min-primary", help="Fail below this primary accuracy.")] = 0.0,
    min_f1: Annotated[float, typer.Option("--min-f1", help="Fail below this theme F1.")] = 0.0,
    min_party: Annotated[float, typer.Option("--min-party", help="Fail below this party hit rate.")] = 0.0,
    min_specific: Annotated[
        float, typer.Option("--min-specific", help="Fail below this first-specific-party rate.")
    ] = 0.0,
    min_oos: Annotated[float, typer.Option("--min-oos", help="Fail below this out-of-scope accuracy.")] = 0.0,
    min_region: Annotated[float, typer.Option("--min-region", help="Fail below this region accuracy.")] = 0.0,
    min_urgent: Annotated[float, typer.Option("--min-urgent", help="Fail below this urgent recall.")] = 0.0,
    min_safety: Annotated[float, typer.Option("--min-safety", help="Fail below this safety recall.")] = 0.0,
    worst: Annotated[int, typer.Option("--worst", min=0, help="How many misses to list.")] = 10,
    data: DataOpt = None,
    no_cache: NoCache = False,
) -> None:
    """Measure the tool on labelled questions; exit 1 when a threshold is not met.

    Example: wegwijzer eval questions.jsonl --min-primary 0.85 --min-f1 0.8
    """
    from . import evaluate as ev

    index = _index(data, no_cache)
    try:
        cases = ev.read_cases(file)
    except ev.CaseError as exc:
        fail(str(exc))
    result = ev.run(index, cases)
    _emit(json.dumps(result.to_json(), ensure_ascii=False, indent=2) if as_json else ev.report(result, worst))
    thresholds = {
        "primary_accuracy": min_primary,
        "theme_f1": min_f1,
        "party_hit": min_party,
        "specific_hit_at1": min_specific,
        "out_of_scope_accuracy": min_oos,
        "region_accuracy": min_region,
        "urgent_recall": min_urgent,
        "safety_recall": min_safety,
    }
    below = result.below(thresholds)
    if below:
        for name, value, floor in below:
            sys.stderr.write(f"wegwijzer: {name} {value:.3f} is below {floor:.3f}\n")
        raise typer.Exit(int(Exit.FAILED))


def _version(value: bool) -> None:
    if value:
        _emit(f"wegwijzer {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """wegwijzer: from an entrepreneur's question to the right organisation, for the KVK phone desk."""
