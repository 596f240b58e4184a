"""Reading, and compiling, the YAML files in a forked child while the parent imports the validators (cold starts).

On a cold start the largest costs are parsing the YAML, importing pydantic with the models, and compiling and
packing the knowledge base for the cache. Only validation needs pydantic, and compiling reads the data with the
schema's defaults filled in (defaults.py), so on Linux a child parses, sends the data, then compiles and packs, while
the parent imports pydantic and validates what the child sent. The packed knowledge base is used only when the
parent's validation passed. The child sends plain data (marshal: dicts, lists, strings and numbers only), not the
positions of the nodes: when anything turns out to be wrong, the caller reads the files again itself, so every
problem is still reported at its line.

A thread in the parent drains the pipe as the child writes, so the child never waits for the parent to be ready
(the data of a large knowledge base does not fit in a pipe).
"""

from __future__ import annotations

import marshal
import os
import sys
from pathlib import Path
from typing import Any

_HEAD = 8  # each message: its length in 8 bytes, then the bytes


def possible() -> bool:
    """Forking is safe and cheap here: Linux, one thread (a fork copies no other thread, nor the locks it may hold),
    and not switched off (WEGWIJZER_SERIAL=1)."""
    import threading

    linux = sys.platform.startswith("linux") and hasattr(os, "fork")
    return linux and threading.active_count() == 1 and not os.environ.get("WEGWIJZER_SERIAL")


class Pending:
    """The child's work as it arrives: the data of each file, then (when asked for) the packed knowledge base."""

    def __init__(self, read_end: int, pid: int, count: int) -> None:
        import threading

        self._pid, self._count = pid, count
        self._messages: list[bytes] = []
        self._first = threading.Event()
        self._status: int | None = None
        self._reader = threading.Thread(target=self._drain, args=(read_end,), daemon=True)
        self._reader.start()

    def data(self) -> list[Any] | None:
        """The data of each file (None for a file with a problem), or None when the child failed."""
        self._first.wait()
        if not self._messages:
            return None
        try:
            data = marshal.loads(self._messages[0])  # noqa: S302 - our own child's output, through a private pipe
        except (EOFError, ValueError, TypeError):
            return None
        return data if isinstance(data, list) and len(data) == self._count else None

    def packed(self) -> bytes | None:
        """The compiled, packed knowledge base, or None when it was not asked for or the child failed to make it."""
        return self._messages[1] if self.close() == 0 and len(self._messages) == 2 else None

    def close(self) -> int:
        """Wait for the child to finish; its exit status. Calling it again returns the same."""
        if self._status is None:
            self._reader.join()
            self._status = os.waitpid(self._pid, 0)[1]
        return self._status

    def _drain(self, read_end: int) -> None:
        try:
            with os.fdopen(read_end, "rb") as incoming:
                while len(head := incoming.read(_HEAD)) == _HEAD:
                    size = int.from_bytes(head, "big")
                    body = incoming.read(size)
                    if len(body) != size:
                        break
                    self._messages.append(body)
                    self._first.set()
        except OSError:
            pass
        finally:
            self._first.set()


def start(paths: list[Path], meta: dict[str, Any] | None = None) -> Pending | None:
    """Begin parsing `paths` (a knowledge base's files, in kb.FILES order when `meta` is given) in a child; with
    `meta`, the child then also compiles and packs them for the cache with that metadata. None when no child could be
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
    if pid == 0:  # the child: parse, send, compile, send, and leave without running the parent's exit handlers
        code = 1
        try:
            os.close(read_end)
            with os.fdopen(write_end, "wb") as out:
                data = _parse(paths)
                _send(out, marshal.dumps(data))
                if meta is not None and all(d is not None for d in data):
                    _send(out, _packed(paths, data, meta))
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    return Pending(read_end, pid, len(paths))


def _send(out: Any, message: bytes) -> None:
    out.write(len(message).to_bytes(_HEAD, "big"))
    out.write(message)
    out.flush()


def _parse(paths: list[Path]) -> list[Any]:
    from .loader import read

    out = []
    for path in paths:
        doc, problems = read(path)
        out.append(doc.data if doc is not None and not problems else None)
    return out


def _packed(paths: list[Path], data: list[Any], meta: dict[str, Any]) -> bytes:
    from .build import compile_kb
    from .kb import filled
    from .shelf import pack

    compiled = compile_kb(filled({path.name: d for path, d in zip(paths, data, strict=True)}))
    compiled["meta"] = meta
    return pack(compiled)
