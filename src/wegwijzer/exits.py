"""Exit codes, stable across versions."""

from __future__ import annotations

from enum import IntEnum


class Exit(IntEnum):
    OK = 0
    FAILED = 1  # invalid knowledge base, or a check (validate, eval thresholds) failed
    USAGE = 2  # wrong options or input: the message says what to do
    INTERRUPTED = 130  # Ctrl-C
