"""Reading, and compiling, the YAML files in a forked child while the parent imports the validators (cold starts).

On a cold start the largest costs are parsing the YAML, importing pydantic with the models, and compiling and
packing the knowledge base for the cache. Only validation needs pydantic, and compiling reads the data with the
schema's defaults filled in (defaults.py), so on Linux the work is split in two chains of about the same length:

- the child parses the files it is given and sends their data; when asked to compile, it then waits for the data of
  the other files from the parent, compiles, sends the compiled data and encodes the postings (shelf.py);
- the parent parses the other files, gives their data to the child, hashes the files for the cache's key, validates
  everything (with pydantic-core), encodes the other shards from the compiled data the child sent, and puts the
  packed knowledge base together.

The packed knowledge base is made only when the parent's validation passed. Data crosses as marshal (dicts, lists,
strings and numbers only), without the positions of the nodes: when anything turns out to be wrong, the caller reads
the files again itself, so every problem is still reported at its line. On each side a thread drains the incoming
pipe as the other side writes, so neither waits for the other to be ready to read (the data does not fit in a pipe).
"""

from __future__ import annotations

import marshal
import os
import sys
import threading
from pathlib import Path
from typing import Any

_HEAD = 8  # each message: its length in 8 bytes, then the bytes


def possible() -> bool:
    """Forking is safe and cheap here: Linux, one thread (a fork copies no other thread, nor the locks it may hold),
    and not switched off (WEGWIJZER_SERIAL=1)."""
    linux = sys.platform.startswith("linux") and hasattr(os, "fork")
    return linux and threading.active_count() == 1 and not os.environ.get("WEGWIJZER_SERIAL")


class _Inbox:
    """The messages arriving on a pipe, read by a thread as they come."""

    def __init__(self, read_end: int) -> None:
        self._messages: list[bytes] = []
        self._done = False
        self._arrived = threading.Condition()
        self._reader = threading.Thread(target=self._drain, args=(read_end,), daemon=True)
        self._reader.start()

    def get(self, index: int) -> bytes | None:
        """Message `index` (0 is the first) once it has arrived; None when the pipe closed before it."""
        with self._arrived:
            while len(self._messages) <= index and not self._done:
                self._arrived.wait()
            return self._messages[index] if index < len(self._messages) else None

    def close(self) -> None:
        self._reader.join()

    def _drain(self, read_end: int) -> None:
        try:
            with os.fdopen(read_end, "rb") as incoming:
                while len(head := incoming.read(_HEAD)) == _HEAD:
                    size = int.from_bytes(head, "big")
                    body = incoming.read(size)
                    if len(body) != size:
                        break
                    with self._arrived:
                        self._messages.append(body)
                        self._arrived.notify_all()
        except OSError:
            pass
        finally:
            with self._arrived:
                self._done = True
                self._arrived.notify_all()


class Pending:
    """The child's side of the work, seen from the parent."""

    def __init__(self, inbox: _Inbox, gift_end: int | None, pid: int, names: list[str]) -> None:
        self._inbox, self._gift_end, self._pid, self._names = inbox, gift_end, pid, names
        self._status: int | None = None

    def data(self) -> dict[str, Any] | None:
        """The data of each file the child read, by name (None for a file with a problem); None when it failed."""
        raw = self._inbox.get(0)
        if raw is None:
            return None
        try:
            data = marshal.loads(raw)  # noqa: S302 - our own child's output, through a private pipe
        except (EOFError, ValueError, TypeError):
            return None
        return dict(zip(self._names, data, strict=True)) if isinstance(data, list) and len(data) == len(self) else None

    def give(self, data: dict[str, Any] | None) -> None:
        """The data of the files the parent read, by name, for the child to compile (None: do not compile)."""
        if self._gift_end is None:
            return
        try:
            with os.fdopen(self._gift_end, "wb") as out:
                if data is not None:
                    _send(out, marshal.dumps(data))
        except OSError:
            pass  # the child is gone: it made nothing, and packed() says so
        self._gift_end = None

    def packed(self, meta: dict[str, Any]) -> bytes | None:
        """The compiled knowledge base packed with the cache's metadata `meta`, or None when compiling was not asked
        for or the child failed. The child sends the compiled data, then encodes the postings; this process encodes
        the other shards meanwhile, and puts the two together (shelf.py).

        A message that arrived whole is the child's finished work (each has its length in front), so it is used at
        once: the child's exit, which tears down its copy of this process (~7 ms), is waited for by a thread."""
        from .shelf import sealed, shelved

        self.give(None)  # a child still waiting for the parent's files stops waiting
        compiled = self._loaded(1)
        mine = shelved(compiled) if isinstance(compiled, dict) else None
        posted = self._loaded(2) if mine is not None else None
        if mine is None or not isinstance(posted, list) or len(posted) != 2:
            self.close()
            return None
        if self._status is None:
            self._status = 0  # everything it had to send arrived: how it exits no longer matters
            threading.Thread(target=os.waitpid, args=(self._pid, 0), daemon=True).start()
        buckets, theirs = posted
        return sealed(compiled, buckets, {**theirs, **mine}, meta)

    def _loaded(self, index: int) -> Any:
        """Message `index` unmarshalled; None when it did not come."""
        raw = self._inbox.get(index)
        try:
            return marshal.loads(raw) if raw is not None else None  # noqa: S302 - our own child's, privately
        except (EOFError, ValueError, TypeError):
            return None

    def close(self) -> int:
        """Wait for the child to finish; its exit status (0 once packed() has its work). Calling it again returns the
        same."""
        if self._status is None:
            self.give(None)  # a child still waiting for the parent's files stops waiting
            self._inbox.close()
            self._status = os.waitpid(self._pid, 0)[1]
        return self._status

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, name: object) -> bool:
        """Whether the child reads the file `name`."""
        return name in self._names


def start(paths: list[Path], *, pack: bool = False) -> Pending | None:
    """Begin parsing `paths` in a child. With `pack`, the child then waits for the data of the knowledge base's other
    files (Pending.give), compiles the whole, sends the compiled data and encodes the postings, which the parent puts
    together with the rest (Pending.packed). None when no child could be started."""
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    try:
        gift_read, gift_write = os.pipe() if pack else (None, None)
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    try:
        pid = os.fork()
    except OSError:
        for fd in (read_end, write_end, gift_read, gift_write):
            if fd is not None:
                os.close(fd)
        return None
    if pid == 0:  # the child: leave without running the parent's exit handlers, whatever happens
        code = 1
        try:
            os.close(read_end)
            if gift_write is not None:
                os.close(gift_write)
            _child(paths, write_end, gift_read)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    if gift_read is not None:
        os.close(gift_read)
    return Pending(_Inbox(read_end), gift_write, pid, [p.name for p in paths])


def _child(paths: list[Path], write_end: int, gift_read: int | None) -> None:
    gifts = _Inbox(gift_read) if gift_read is not None else None
    with os.fdopen(write_end, "wb") as out:
        data = _parse(paths)
        _send(out, marshal.dumps(data))
        given = gifts.get(0) if gifts is not None else None
        if given is not None and all(d is not None for d in data):
            from .build import compile_kb
            from .kb import filled
            from .shelf import postings, unposted

            rest = marshal.loads(given)  # noqa: S302 - our own parent's data, through a private pipe
            compiled = compile_kb(filled({**rest, **{p.name: d for p, d in zip(paths, data, strict=True)}}))
            _send(out, marshal.dumps(unposted(compiled)))  # the parent encodes most shards while this one posts
            _send(out, marshal.dumps(list(postings(compiled["terms"]))))


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
