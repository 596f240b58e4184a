"""The `ask` command's work, shared by the typer command and the fast start-up path (no typer import here)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .exits import CommandError, Exit

if TYPE_CHECKING:
    from .names import Namebook


class AskOptions(NamedTuple):
    question: tuple[str, ...] = ()
    file: str | None = None
    as_json: bool = False
    plain: bool = False
    handoff: bool = False
    redact: bool = False
    lang: str = "nl"
    region: str | None = None
    stage: str | None = None
    size: str | None = None
    segment: str | None = None
    limit: int = 6
    data: str | None = None
    no_cache: bool = False


def open_index(data: str | None, no_cache: bool) -> Any:
    """The matching index over the chosen knowledge base."""
    from .kb import KBError, data_dir, load

    try:
        # first: a cold start forks its reader sooner, and imports what answering needs while it waits for it
        knowledge = load(data_dir(data), use_cache=not no_cache, meanwhile=_answering)
    except KBError as exc:
        raise CommandError(str(exc), Exit.FAILED) from None
    from .index import Index

    return Index(knowledge)


def _answering() -> None:
    from . import advise, match, view  # noqa: F401 - imported ahead, while a cold start waits


def run(opts: AskOptions) -> None:
    """Answer one question, or every line of a file."""
    if opts.file is None and not opts.question:
        raise CommandError('give a question, e.g. wegwijzer ask "ik zoek personeel", or --file PATH')
    if opts.file is not None and opts.question:
        raise CommandError("give either a question or --file, not both")
    index = open_index(opts.data, opts.no_cache)
    from .advise import advise  # after the knowledge base: a cold start has it read in a child meanwhile
    from .context import Overrides
    from .places import resolve_region

    province = None
    if opts.region is not None:
        province = resolve_region(index, opts.region)
        if province is None:
            raise CommandError(f"unknown region '{opts.region}': give a province or a place, e.g. --region Utrecht")
    place = opts.region if opts.region is not None and index.area(opts.region, province) else None  # "--region Breda"
    overrides = Overrides(region=province, place=place, stage=opts.stage, size=opts.size, segment=opts.segment)
    if opts.file is not None:
        _batch(index, opts, overrides)
        return
    ref = advise(index, " ".join(opts.question), overrides, limit=opts.limit, lang=opts.lang)
    _show(ref, opts, index.namebook)


def _show(ref: Any, opts: AskOptions, book: Namebook) -> None:
    from . import view

    if opts.as_json:
        data = view.as_dict(ref, opts.redact, book, opts.lang)
        if opts.handoff:
            data["handoff"] = view.handoff(ref, opts.lang, book)
        _write(json.dumps(data, ensure_ascii=False))
        return
    lines = view.advisor_lines(ref, opts.lang)
    if opts.plain or os.environ.get("TERM") == "dumb":
        _write(view.plain(lines))
    else:
        from .render import print_lines

        print_lines(lines)
    if opts.handoff:
        _write("\n" + view.handoff(ref, opts.lang, book))


PARALLEL_FROM = 2000  # questions; below this, starting worker processes costs more than it saves
CHUNK = 250
_WORK: tuple[Any, AskOptions, Any] | None = None  # what forked workers inherit


def _batch(index: Any, opts: AskOptions, overrides: Any) -> None:
    """Answer every line, in input order; large files are spread over the machine's cores."""
    global _WORK  # noqa: PLW0603 - forked workers inherit the loaded index instead of loading it again
    questions = _read_questions(opts.file or "-")
    advance = None
    if sys.stderr.isatty() and len(questions) > 50:
        from .render import progress_bar

        advance = progress_bar(len(questions))
    chunks = [questions[i : i + CHUNK] for i in range(0, len(questions), CHUNK)]
    out = sys.stdout
    _WORK = (index, opts, overrides)
    workers = min(os.cpu_count() or 1, len(chunks))
    if len(questions) >= PARALLEL_FROM and workers > 1 and _can_fork():
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(workers, initializer=_quiet_worker) as pool:
            for chunk, text in zip(chunks, pool.imap(_answer_chunk, chunks), strict=True):
                out.write(text)
                if advance:
                    for _ in chunk:
                        advance()
    else:
        for chunk in chunks:
            out.write(_answer_chunk(chunk))
            if advance:
                for _ in chunk:
                    advance()
    out.flush()


def _quiet_worker() -> None:
    """Ctrl-C is the main process's to handle: workers neither stop on it nor print a traceback."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _answer_chunk(chunk: list[tuple[int, str]]) -> str:
    from . import view
    from .advise import advise

    assert _WORK is not None
    index, opts, overrides = _WORK
    parts = []
    for number, question in chunk:
        try:
            ref = advise(index, question, overrides, limit=opts.limit, lang=opts.lang)
        except Exception as exc:  # a bug: say which line shows it, so it can be reported without the whole file
            raise RuntimeError(f"line {number}: {type(exc).__name__}: {exc}") from exc
        if opts.as_json:
            data = view.as_dict(ref, opts.redact, index.namebook, opts.lang)
            data["line"] = number
            parts.append(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            parts.append(f"── {number} ──\n" + view.plain(view.advisor_lines(ref, opts.lang)) + "\n\n")
    return "".join(parts)


def _read_questions(file: str) -> list[tuple[int, str]]:
    try:
        raw = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except FileNotFoundError:
        raise CommandError(f"{file}: file not found") from None
    except IsADirectoryError:
        raise CommandError(f"{file}: is a directory; give a file with one question per line") from None
    except OSError as exc:
        raise CommandError(f"{file}: cannot read ({exc.strerror or exc})") from None
    text = raw.decode("utf-8", errors="replace").replace("\0", " ")
    return [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def _write(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
