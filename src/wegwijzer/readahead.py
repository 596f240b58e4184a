"""Reading the YAML files in a forked child while the parent imports the validators (a cold start only).

On a cold start the two largest costs are parsing the YAML and importing pydantic with the models; they do not
depend on each other, so on Linux a child process parses while the parent imports. The child sends plain data back
(marshal: dicts, lists, strings and numbers only), not the positions of the nodes: when anything turns out to be
wrong, the caller reads the files again itself, so every problem is still reported at its line.
"""

from __future__ import annotations

import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Pending = Callable[[], list[Any] | None]


def possible() -> bool:
    """Forking is safe and cheap here: Linux, one thread (a fork copies no other thread, nor the locks it may hold),
    and not switched off (WEGWIJZER_SERIAL=1)."""
    import threading

    linux = sys.platform.startswith("linux") and hasattr(os, "fork")
    return linux and threading.active_count() == 1 and not os.environ.get("WEGWIJZER_SERIAL")


def start(paths: list[Path]) -> Pending | None:
    """Begin parsing `paths` in a child; the returned function waits for the data of each file (None for a file with
    a problem), or gives None when the child failed; calling it again returns the same. None when no child could be
    started."""
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: parse, send, and leave without running the parent's exit handlers
        code = 1
        try:
            os.close(read_end)
            payload = marshal.dumps(_parse(paths))
            with os.fdopen(write_end, "wb") as out:
                out.write(payload)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    received: list[list[Any] | None] = []  # filled by the first call: later calls (cleanup) return the same

    def wait() -> list[Any] | None:
        if not received:
            received.append(_receive(read_end, pid, len(paths)))
        return received[0]

    return wait


def _receive(read_end: int, pid: int, count: int) -> list[Any] | None:
    with os.fdopen(read_end, "rb") as incoming:
        payload = incoming.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not payload:
        return None
    try:
        data = marshal.loads(payload)  # noqa: S302 - our own child's output, through a private pipe
    except (EOFError, ValueError, TypeError):
        return None
    return data if isinstance(data, list) and len(data) == count else None


def _parse(paths: list[Path]) -> list[Any]:
    from .loader import read

    out = []
    for path in paths:
        doc, problems = read(path)
        out.append(doc.data if doc is not None and not problems else None)
    return out
