"""The compiled knowledge base as JSON Lines whose large tables are cut into shards that are parsed on first use.

Line 1 holds everything small (themes, routing, cues, ...) and the byte range and checksum of every shard; each
further line is one shard. A question parses only the shards its own words lead to, so start-up stays nearly flat
as the knowledge base grows (issue 5: ten times the data may cost at most 1.3 times the time).

How the tables are cut (`KEY` characters of the key, lowercased):
- ``k:<n>``: the postings of about KEYS_PER_BUCKET words, by hash (the terms each word is, or begins), with the
  records of those terms: the number of buckets grows with the vocabulary, their size does not;
- ``t:<head>``: the vocabulary and affix words starting with <head>, as joined text: one shard answers a word and
  all its prefixes;
- ``a:<end>``: affix words ending in <end>: every tail of a question word ends as the word does;
- ``f:<first char>``, ``g:<last char>``: typo candidates by length. A word within one edit of another shares its
  first or its last character, so the two shards hold every candidate (two edits at both ends are not looked for);
- ``x:<first char>``, ``y:<last char>``: the same for the words of exact terms, which only a swap of two
  neighbouring letters reaches;
- ``e:<head>``: example-phrasing stems, with the sub-question and norm of each example they occur in;
- ``p:<head>``, ``q:``/``r:``: place names and their typo candidates;
- ``v:<id>``, ``s:<id>``: one party's record, one scheme's.
"""

from __future__ import annotations

import json
import zlib
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from .kb import KBError

KEY = 2
KEYS_PER_BUCKET = 48  # posting keys per "k:" shard: a question reads a few dozen small shards whatever the size
# a term's record in its "k:" shard: words|weight|flags|kind|target, then |text where the text is shown otherwise;
# one string is encoded and parsed in half the time of a list. Only the text, last, can hold the separator.
FIELD = "|"
SEP = "\n"  # joins long string columns (build.py, here): quicker to read than lists of strings; no term holds one
# compact JSON; compiled data holds no cycles, so the encoder need not look for them (a tenth of packing's encoding)
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


class ShelfError(KBError):
    """A shard could not be read: the cache file is damaged."""


def bucket(key: str, buckets: int) -> int:
    """The bucket of a posting key: a hash, so that a bucket holds about KEYS_PER_BUCKET keys at any size."""
    return zlib.crc32(key.encode()) % buckets


def head(word: str) -> str:
    return word[:KEY].lower()


def end(word: str) -> str:
    return word[-KEY:].lower()


def pack(compiled: dict[str, Any]) -> bytes:
    """One compiled knowledge base (build.compile_kb, with the cache's "meta") as shelf bytes."""
    buckets, posted = postings(compiled["terms"])
    return sealed(compiled, buckets, {**posted, **shelved(compiled)}, compiled["meta"])


def postings(terms: dict[str, Any]) -> tuple[int, dict[str, bytes]]:
    """The number of "k:" shards, and each of them encoded: about half the work of packing, which a cold start does
    in one process while the other encodes the rest (readahead.py)."""
    shards: dict[str, Any] = defaultdict(dict)
    words = terms["words"].split(SEP)
    kinds, targets = terms["kind"].split(SEP), terms["target"].split(SEP)
    keys = {key for family in ("single", "phrases", "case") for key in terms[family]}
    buckets = max(1, len(keys) // KEYS_PER_BUCKET)
    weight, flags, text = terms["weight"], terms["flags"], terms["text"]
    names = [str(i) for i in range(len(words))]  # each term's record is built once, then shared by its keys
    records_of = [
        FIELD.join((words[i], repr(weight[i]), str(flags[i]), kinds[i], targets[i])) for i in range(len(words))
    ]
    for name, shown in text.items():
        records_of[int(name)] += FIELD + shown
    for family in ("single", "phrases", "case"):
        for key, ids in terms[family].items():
            shard = shards[f"k:{bucket(key, buckets)}"]
            shard.setdefault(family, {})[key] = ids
            records = shard.setdefault("terms", {})
            for i in ids:
                records[names[i]] = records_of[i]
    return buckets, _encoded(shards)


def unposted(compiled: dict[str, Any]) -> dict[str, Any]:
    """What `shelved` and `sealed` read of a compiled knowledge base: all but the tables `postings` encodes."""
    terms = compiled["terms"]
    return {**compiled, "terms": {k: terms[k] for k in ("vocabulary", "loose", "affix", "swappable", "case")}}


def shelved(compiled: dict[str, Any]) -> dict[str, bytes]:
    """Every shard but the postings ("k:"), encoded."""
    shards: dict[str, Any] = defaultdict(dict)
    terms = compiled["terms"]
    loose = _words(terms["loose"])
    vocabulary = loose | _words(terms["vocabulary"])
    affix = loose | _words(terms["affix"])
    _joined(shards, "t:", "words", vocabulary, head)
    _joined(shards, "t:", "affix", affix, head)
    _joined(shards, "a:", "affix", affix, end)
    _by_length(shards, loose)
    _by_length(shards, _words(terms["swappable"]), "x:", "y:")
    examples = compiled["examples"]
    for stem, idf in examples["idf"].items():
        shard = shards["e:" + head(stem)]
        shard[stem] = [idf, examples["by_stem"][stem]]
        meta = shard.setdefault("", {})  # "" is no stem: each example's sub-question and norm, beside its stems
        for ex in examples["by_stem"][stem]:
            meta[str(ex)] = [examples["sub"][ex], examples["norm"][ex]]
    for sid, scheme in compiled["schemes"].items():
        shards["s:" + sid] = scheme
    for key, province in compiled["places"].items():
        shards["p:" + head(key)][key] = province
    for province, seats in compiled["place_municipality"].items():  # read only once a place is found
        shards["m:" + province] = seats
    _by_length(shards, set(compiled["typo_places"]), "q:", "r:")
    for pid, record in compiled["providers"].items():
        shards["v:" + pid] = json.loads(record)
    return _encoded(shards)


def sealed(compiled: dict[str, Any], buckets: int, shards: dict[str, bytes], meta: dict[str, Any]) -> bytes:
    """Shelf bytes: first the core, with the cache's metadata and the byte range and checksum of every shard, then
    the encoded shards (`postings`, `shelved`), one per line in name order."""
    big = ("terms", "examples", "places", "typo_places", "place_municipality", "providers", "schemes", "meta")
    core = {k: v for k, v in compiled.items() if k not in big}
    core["meta"] = meta
    core["provider_ids"] = list(compiled["providers"])
    core["buckets"] = buckets
    core["case_keys"] = sorted(compiled["terms"]["case"])  # few: a word is looked up as written only when one
    body: list[bytes] = []
    ranges, offset = {}, 0
    for name in sorted(shards):
        line = shards[name]
        ranges[name] = [offset, offset + len(line), zlib.crc32(line)]
        body += (line, b"\n")
        offset += len(line) + 1
    core["shards"] = ranges
    return _encode(core).encode() + b"\n" + b"".join(body)


def _encoded(shards: dict[str, Any]) -> dict[str, bytes]:
    return {name: _encode(shard).encode() for name, shard in shards.items()}


def _words(joined: str) -> set[str]:
    return set(joined.split(SEP)) - {""}


def _joined(shards: dict[str, Any], prefix: str, field: str, words: set[str], key: Callable[[str], str]) -> None:
    groups: dict[str, list[str]] = defaultdict(list)
    for w in sorted(words):
        groups[key(w)].append(w)
    for k, group in groups.items():
        shards[prefix + k][field] = SEP + SEP.join(group) + SEP  # "\nword\n" in it: membership without a set


def _by_length(shards: dict[str, Any], words: set[str], first: str = "f:", last: str = "g:") -> None:
    groups: dict[tuple[str, int], list[str]] = defaultdict(list)
    for w in sorted(words):
        groups[(first + w[0], len(w))].append(w)
        groups[(last + w[-1], len(w))].append(w)
    for (name, length), group in groups.items():
        shards[name][str(length)] = SEP.join(group)


class Shelf:
    """Shelf bytes opened for reading: the core at once, each shard when first asked for."""

    def __init__(self, data: bytes, reload: Callable[[], bytes] | None = None) -> None:
        """`reload` gives fresh bytes (from the YAML) when a shard turns out to be damaged."""
        cut = data.find(b"\n")
        self.core: dict[str, Any] = json.loads(data[: cut if cut >= 0 else len(data)])
        self._body = memoryview(data)[cut + 1 :] if cut >= 0 else memoryview(b"")
        self._ranges: dict[str, list[int]] = self.core.pop("shards")
        self._parsed: dict[str, Any] = {}
        self._reload = reload

    def get(self, name: str) -> Any:
        """A shard as parsed JSON ({} when the knowledge base has nothing under that name)."""
        found = self._parsed.get(name)
        if found is None:
            found = self._parsed[name] = self._read(name)
        return found

    def repacked(self, meta: dict[str, Any]) -> bytes:
        """The same shelf with new metadata (the data files were touched, not changed)."""
        core = {**self.core, "meta": meta, "shards": self._ranges}
        return _encode(core).encode() + b"\n" + bytes(self._body)

    def names(self, prefix: str) -> list[str]:
        return [n for n in self._ranges if n.startswith(prefix)]

    def _read(self, name: str) -> Any:
        where = self._ranges.get(name)
        if where is None:
            return {}
        try:
            start, stop, crc = where
            raw = bytes(self._body[start:stop])
            if len(raw) != stop - start or zlib.crc32(raw) != crc:
                raise ValueError("checksum")
            return json.loads(raw)
        except (ValueError, TypeError):  # a damaged shard, or a range table that is not ours
            if self._reload is None:
                raise ShelfError(f"knowledge-base cache is damaged (shard {name})") from None
            fresh = Shelf(self._reload())  # the same digest, so the shards parsed so far stay valid
            self._body, self._ranges, self._reload = fresh._body, fresh._ranges, None
            return self._read(name)
