"""Exit codes, stable across versions."""

from __future__ import annotations

from enum import IntEnum


class Exit(IntEnum):
    OK = 0
    FAILED = 1  # invalid knowledge base, or a check (validate, eval thresholds) failed
    USAGE = 2  # wrong options or input: the message says what to do
    INTERRUPTED = 130  # Ctrl-C


class CommandError(Exception):
    """A problem the user can fix: a one-line message and the exit code to leave with."""

    def __init__(self, message: str, code: Exit = Exit.USAGE) -> None:
        super().__init__(message)
        self.code = code
