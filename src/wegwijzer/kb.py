"""Finding, validating, compiling and caching the knowledge base.

The fast path reads one JSON file from the cache, keyed by a hash of the data files and the tool and schema
versions; YAML and pydantic are imported only when the cache is missing, stale or unreadable.
"""

from __future__ import annotations

import gc
import os
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import SCHEMA_VERSION, __version__

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    from . import readahead
    from .loader import Document, Problem
    from .shelf import Shelf

FILES = ("themes.yaml", "providers.yaml", "regions.yaml", "cues.yaml")
_SHAPE = {
    "meta": dict,
    "themes": list,
    "subtopics": dict,
    "provider_ids": list,
    "routing": dict,
    "buckets": int,
    "cues": dict,
    "facts": dict,
}
MAX_FILE_BYTES = 4 * 1024 * 1024
# a cache file unused this long is removed when another is written: each tool or schema version and each data
# directory leaves its own (~1.5 MB), and nothing else would ever remove them
STALE_DAYS = 30
DAY = 86400  # seconds
STALE_TMP_HOURS = 1  # a temporary file left by a writer that was killed before it could rename it


class KBError(Exception):
    """The knowledge base cannot be used; the message says why in one line."""


class Report:
    """What validation found."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.compiled: dict[str, Any] | None = None  # None when the knowledge base is invalid, or came packed
        self.packed: bytes | None = None  # for the cache, when asked for (validate's `meta`)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


def data_dir(explicit: str | None = None) -> Path:
    """The knowledge base to use: --data, then WEGWIJZER_DATA, then the one shipped with the package."""
    chosen = explicit or os.environ.get("WEGWIJZER_DATA")
    if chosen:
        return Path(chosen)
    packaged = Path(__file__).parent / "data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "data"  # a source checkout


def cache_dir() -> Path:
    """WEGWIJZER_CACHE, else the user's cache directory."""
    explicit = os.environ.get("WEGWIJZER_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wegwijzer"


def _read_files(directory: Path) -> dict[str, bytes]:
    if not directory.exists():
        raise KBError(f"knowledge base not found: {directory} does not exist")
    if not directory.is_dir():
        raise KBError(f"knowledge base not found: {directory} is not a directory")
    contents: dict[str, bytes] = {}
    for name in FILES:
        path = directory / name
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise KBError(f"{path}: file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
            contents[name] = path.read_bytes()
        except FileNotFoundError:
            raise KBError(f"{path}: file not found (a knowledge base needs {', '.join(FILES)})") from None
        except OSError as exc:
            raise KBError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return contents


def _digest(contents: dict[str, bytes]) -> str:
    import hashlib

    h = hashlib.sha256(f"wegwijzer {__version__} schema {SCHEMA_VERSION}\n".encode())
    for name in FILES:
        h.update(name.encode() + b"\0" + hashlib.sha256(contents[name]).digest())
    return h.hexdigest()


def _stats(directory: Path) -> list[list[int]]:
    """Size and modification time of each data file: when they are unchanged, the cached digest still holds."""
    out = []
    for name in FILES:
        try:
            st = (directory / name).stat()
        except OSError:
            return []
        out.append([st.st_size, st.st_mtime_ns])
    return out


def validate(
    directory: Path,
    *,
    max_age: int = 365,
    today: dt.date | None = None,
    meta: Callable[[], dict[str, Any]] | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> Report:
    """Read, schema-check, cross-check and compile a knowledge base, collecting every problem. With `meta`, a valid
    knowledge base is also packed for the cache with the metadata it returns (``report.packed``): it is called after
    the child that reads has started, so hashing the files for the cache's key delays no reading. `meanwhile`
    runs while the child that packs is waited for."""
    from . import loader, readahead  # noqa: F401 - the YAML readers, imported once for both processes

    with _uncollected():
        pending = None
        if directory.is_dir() and readahead.possible():
            # the child takes the largest file (and, for the cache, compiles), the parent reads and validates the rest
            largest = max(FILES, key=lambda n: _size(directory / n))
            pending = readahead.start([directory / largest], pack=meta is not None)
        if pending is not None:
            try:
                report = _validate(directory, max_age, today, meta, pending, meanwhile)
            finally:
                pending.close()  # the child is always waited for, whatever happened here
            built = report.compiled is not None or report.packed is not None
            # the child's file was read without positions: a problem there needs the serial path, a stale date in
            # another file does not
            if built and all(p.file != str(directory / largest) for p in report.problems):
                return report
        return _validate(directory, max_age, today, meta)  # serial, with the position of every problem


def _validate(
    directory: Path,
    max_age: int,
    today: dt.date | None,
    meta: Callable[[], dict[str, Any]] | None,
    pending: readahead.Pending | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> Report:
    from . import loader

    report = Report()
    made = meta() if meta is not None and pending is None else None  # with a child: once it has its files
    if not directory.is_dir():
        what = "does not exist" if not directory.exists() else "is not a directory"
        report.problems.append(loader.Problem(str(directory), 0, 0, f"knowledge base not found: {what}"))
        return report
    docs: dict[str, loader.Document] = {}
    for name in FILES:
        if pending is None or name not in pending:  # the files a child is not reading
            doc, problems = loader.read(directory / name, str(directory / name))
            report.problems += problems
            if doc is not None:
                docs[name] = doc
    if pending is not None:
        pending.give({n: d.data for n, d in docs.items()} if meta is not None and not report.problems else None)
        made = meta() if meta is not None else None  # hashed while the child compiles: packing comes here
    from . import checks  # imported while a child parses (and compiles)

    parsed = _conforming(docs, report)  # the files read here, while the child still parses its own
    if pending is not None:
        if meanwhile is not None:
            meanwhile()  # what answering needs, imported before waiting for the child
        ahead = pending.data()
        if report.problems or ahead is None or any(data is None for data in ahead.values()):
            return report  # a file could not be read cleanly: the caller reads serially, and reports every problem
        # plain data, no positions (a problem makes the caller read again)
        theirs = {name: loader.Document(str(directory / name), data) for name, data in ahead.items()}
        parsed.update(_conforming(theirs, report))
        docs.update(theirs)
    if len(parsed) == len(FILES):
        report.problems += checks.run(parsed, docs, checks.Options(max_age=max_age, today=today))
        if pending is not None:  # every problem has its position now: free the node trees while the child packs
            parsed.clear()
            for doc in docs.values():
                doc.node = None
        if not report.errors:
            # valid: what the child compiled is this data's (it compiled what it read and what it was given); this
            # process packs it with the child's postings
            if pending is not None and made is not None:
                report.packed = pending.packed(made)
            if report.packed is None:  # serial, or the child could not pack
                from .build import compile_kb
                from .shelf import pack

                report.compiled = compile_kb(filled({name: doc.data for name, doc in docs.items()}))
                if made is not None:
                    report.packed = pack({**report.compiled, "meta": made})
    report.problems.sort()
    return report


def _conforming(docs: dict[str, Document], report: Report) -> dict[str, Any]:
    """The validated data of each document that conforms to its schema; the problems of the others go in `report`."""
    from . import conform

    valid = {}
    for name, doc in docs.items():
        data = conform.validated(name, doc.data)
        if data is None:  # wrong (or not checkable without pydantic): the models say what, and where
            from . import schema

            model, problems = schema.check(doc, schema.FILES[name])
            report.problems += problems
            data = model.model_dump() if model is not None else None
        if data is not None:
            valid[name] = data
    return valid


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def filled(data: dict[str, Any]) -> dict[str, Any]:
    """Each file's valid data, by file name, as compile_kb takes it: by stem, with the schema's defaults filled in."""
    from .defaults import fill

    return {name.removesuffix(".yaml"): fill(name, data[name]) for name in FILES}


def load(directory: Path, *, use_cache: bool = True, meanwhile: Callable[[], object] | None = None) -> dict[str, Any]:
    """The compiled knowledge base, from the cache when it is current, else from the YAML (and then cached).

    What comes back is the small core of the compiled data (themes, routing, cues...) with the large tables behind
    ``["shelf"]`` (see shelf.py), read shard by shard as questions need them. The cache entry holds the content digest
    of the data files (plus tool and schema version) and their sizes and modification times; the files are read and
    hashed again only when one of those changed.

    `meanwhile` is work for the time a cold start waits for its child to pack the knowledge base: the imports that
    answering will need, say. It runs at most once, and only then.
    """
    with _uncollected():
        return _load(directory, use_cache, meanwhile)


def _load(directory: Path, use_cache: bool, meanwhile: Callable[[], object] | None = None) -> dict[str, Any]:
    from .shelf import Shelf

    stats = _stats(directory)
    where = f"{directory.resolve()}|{__version__}|{SCHEMA_VERSION}".encode()
    target = cache_dir() / f"kb-{zlib.crc32(where):08x}.jsonl"

    def rebuild() -> bytes:  # a damaged shard found while answering: start again from the YAML
        data = _build(directory)
        _write_cache(target, data)
        return data

    cached = _read_cache(target, rebuild) if use_cache else None
    if cached is not None and stats and cached.core["meta"].get("stats") == stats:
        return _opened(cached)
    digest = _digest(_read_files(directory)) if cached is not None else None
    if cached is not None and cached.core["meta"].get("digest") == digest:
        data = cached.repacked(_meta(directory, digest))  # touched, not changed
    else:
        data = _build(directory, meanwhile)
    del cached  # unmap the old file before it is replaced (Windows cannot replace a mapped file)
    if use_cache:
        _write_cache(target, data)
    return _opened(Shelf(data, rebuild if use_cache else None))


@contextmanager
def _uncollected() -> Iterator[None]:
    """No cyclic garbage collection while a knowledge base is read and built: it makes hundreds of thousands of
    objects, nearly all of them kept, and the collector's repeated passes over them took a third of a cold start."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _build(directory: Path, meanwhile: Callable[[], object] | None = None) -> bytes:
    report = validate(directory, meta=lambda: _meta(directory), meanwhile=meanwhile)
    if report.packed is None:
        first = report.errors[0] if report.errors else "unknown problem"
        more = f" (and {len(report.errors) - 1} more; run `wegwijzer validate`)" if len(report.errors) > 1 else ""
        raise KBError(f"invalid knowledge base: {first}{more}")
    return report.packed


def _meta(directory: Path, digest: str | None = None) -> dict[str, Any]:
    """The cache entry's key: the files' digest (hashed now unless given), sizes and times, tool and schema."""
    if digest is None:
        digest = _digest(_read_files(directory))
    return {"digest": digest, "stats": _stats(directory), "tool": __version__, "schema": SCHEMA_VERSION}


def _opened(shelf: Shelf) -> dict[str, Any]:
    return {**shelf.core, "shelf": shelf}


def _read_cache(path: Path, rebuild: Callable[[], bytes]) -> Shelf | None:
    from .shelf import Shelf

    try:
        shelf = Shelf(_mapped(path), rebuild)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # missing or corrupt: rebuild
    data = shelf.core
    if not all(isinstance(data.get(k), t) for k, t in _SHAPE.items()):
        return None  # not something this version wrote
    meta = data["meta"]
    if meta.get("tool") != __version__ or meta.get("schema") != SCHEMA_VERSION:
        return None
    _mark_used(path)
    return shelf


def _mark_used(path: Path) -> None:
    """Touch a cache file read from, at most once a day: pruning removes files unused for STALE_DAYS, and not every
    file system keeps access times."""
    import contextlib
    import time

    with contextlib.suppress(OSError):
        if time.time() - path.stat().st_mtime > DAY:
            os.utime(path)


def _mapped(path: Path) -> bytes:
    """The cache file mapped into memory: only the pages of the shards a question reads are read from disk."""
    import mmap

    with path.open("rb") as handle:
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)  # type: ignore[return-value]


def _write_cache(path: Path, data: bytes) -> None:
    """Write atomically; a cache that cannot be written never fails the run."""
    import contextlib
    import tempfile

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".kb-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(tmp).replace(path)
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                Path(tmp).unlink()
    _prune(path.parent, path)


def _prune(directory: Path, keep: Path) -> None:
    """Remove this tool's cache files that went unused for STALE_DAYS (temporary ones after STALE_TMP_HOURS).

    Only names this module writes are looked at (the directory may be shared). Unused means neither read (a read
    touches the file once a day, and the access time counts where the file system keeps it) nor written. Runs only
    after a cache was written, which is rare."""
    import contextlib
    import time

    now = time.time()
    with contextlib.suppress(OSError):
        for pattern, limit in (("kb-*.jsonl", STALE_DAYS * DAY), (".kb-*.tmp", STALE_TMP_HOURS * 3600)):
            for old in directory.glob(pattern):
                if old.name == keep.name:
                    continue
                with contextlib.suppress(OSError):
                    stat = old.stat()
                    if now - max(stat.st_atime, stat.st_mtime) > limit:
                        old.unlink()
