"""Console entry point: the common `ask` invocations skip typer's start-up; everything else goes through typer.

Measured on the reference machine (README, Development): importing typer costs ~58 ms, more than the whole rest
of a warm `ask --json`. The fast parser accepts only what it fully understands and hands anything else (help,
unknown options, invalid values) to typer, so every message and error still comes from one definition.
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

from .choices import LANGS, SEGMENTS, SIZES, STAGES
from .exits import CommandError, Exit

FLAGS = {
    "--json": "as_json",
    "--plain": "plain",
    "--handoff": "handoff",
    "--redact": "redact",
    "--no-cache": "no_cache",
}
CHOICES = {"--lang": ("lang", LANGS), "--stage": ("stage", STAGES), "--size": ("size", SIZES)}
CHOICES["--segment"] = ("segment", SEGMENTS)
VALUES = {"--region": "region", "--data": "data", "--file": "file", "-f": "file", "--limit": "limit"}
LIMIT = (1, 30)


def parse_ask(args: list[str]) -> dict[str, object] | None:
    """Keyword arguments for AskOptions, or None when typer should handle the command line."""
    opts: dict[str, object] = {}
    words: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            words.extend(args[i + 1 :])
            break
        name, eq, inline = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in FLAGS and not eq:
            opts[FLAGS[name]] = True
        elif name in CHOICES or name in VALUES:
            if eq:
                value = inline
            elif i + 1 < len(args):
                i += 1
                value = args[i]
            else:
                return None
            if name in CHOICES:
                key, allowed = CHOICES[name]
                if value not in allowed:
                    return None
                opts[key] = value
            elif name == "--limit":
                if not value.isdigit() or not LIMIT[0] <= int(value) <= LIMIT[1]:
                    return None
                opts["limit"] = int(value)
            else:
                opts[VALUES[name]] = value
        elif arg.startswith("-") and arg != "-":
            return None  # help, or an option only typer knows: let it answer
        else:
            words.append(arg)
        i += 1
    opts["question"] = tuple(words)
    return opts


def main() -> None:
    """Run the command line with one-line errors, exit 130 on Ctrl-C and no tracebacks (unless WEGWIJZER_DEBUG)."""
    try:
        args = sys.argv[1:]
        parsed = parse_ask(args[1:]) if args[:1] == ["ask"] and not os.environ.get("WEGWIJZER_NO_FASTPATH") else None
        if parsed is not None:
            from .ask import AskOptions, run

            run(AskOptions(**parsed))  # type: ignore[arg-type]
        else:
            _typer(args)
    except CommandError as exc:
        _fail(str(exc), exc.code)
    except KeyboardInterrupt:
        _fail("interrupted", Exit.INTERRUPTED)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(int(Exit.OK))
    except Exception as exc:  # the advisor gets one line; a developer sets WEGWIJZER_DEBUG=1 for the traceback
        if os.environ.get("WEGWIJZER_DEBUG"):
            raise
        from .kb import KBError

        if isinstance(exc, KBError):  # the knowledge base failed after it was opened (a damaged cache, then bad data)
            _fail(str(exc), Exit.FAILED)
        _fail(f"internal error ({type(exc).__name__}: {exc}); please report it", Exit.FAILED)


def _typer(args: list[str]) -> None:
    """Run the typer app, turning its usage errors into one line that says where to look."""
    from .cli import app

    try:
        code = app(prog_name="wegwijzer", standalone_mode=False)
    except Exception as exc:
        # click's UsageError family (typer vendors click, so the class is matched by its interface)
        if type(exc).__name__ == "NoArgsIsHelpError":
            sys.stdout.write(exc.ctx.get_help() + "\n")  # type: ignore[attr-defined]
            sys.exit(int(Exit.USAGE))
        if not (hasattr(exc, "format_message") and hasattr(exc, "exit_code")):
            raise
        ctx = getattr(exc, "ctx", None)
        where = ctx.command_path if ctx is not None else "wegwijzer"
        hint = f"see: {where} --help"
        if args[:1] == ["ask"] and "No such option" in exc.format_message():
            hint = 'a question that starts with "-" goes after --: wegwijzer ask -- "-…"'
        _fail(f"{exc.format_message()} ({hint})", Exit.USAGE)
    if isinstance(code, int) and code:
        sys.exit(code)


def _fail(message: str, code: Exit) -> NoReturn:
    from .text import clean

    sys.stderr.write(f"wegwijzer: {clean(message)}\n")
    sys.exit(int(code))
