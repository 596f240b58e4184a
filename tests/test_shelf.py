"""The sharded cache answers every lookup exactly as the compiled tables it was packed from."""

from __future__ import annotations

import json
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

from wegwijzer.index import Index, nearest
from wegwijzer.kb import cache_dir, data_dir, load, validate
from wegwijzer.shelf import FIELD, SEP, Shelf, ShelfError, pack

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def compiled() -> dict[str, object]:
    report = validate(data_dir(None))
    assert report.compiled is not None
    report.compiled["meta"] = {}
    return report.compiled


def test_every_lookup_agrees_with_the_compiled_tables(compiled: dict[str, object]) -> None:
    full = json.loads(json.dumps(compiled))  # the plain tables, as a reference
    index = Index({**Shelf(pack(compiled)).core, "shelf": Shelf(pack(compiled))})
    terms = full["terms"]
    words = terms["words"].split(SEP)
    for family, lookup in (("single", index.single), ("phrases", index.phrases), ("case", index.case_single)):
        for key, ids in terms[family].items():
            assert lookup(key) == ids
            for i in ids:
                assert index.term_words[i] == words[i]
                assert index.weight[i] == terms["weight"][i]
                assert index.flags[i] == terms["flags"][i]
                assert index.kind[i] == terms["kind"].split(SEP)[i]
                assert index.target[i] == terms["target"].split(SEP)[i]
                assert index.text(i) == terms["text"].get(str(i), words[i])
    loose = set(terms["loose"].split(SEP))
    vocabulary = loose | set(terms["vocabulary"].split(SEP))
    affix = loose | set(terms["affix"].split(SEP))
    for word in vocabulary | affix | {"zzzzz", "xq", "exportvergunning"}:
        assert index.is_word(word) == (word in vocabulary)
        assert index.is_affix(word) == (word in affix)
        assert index.is_tail(word) == (word in affix)
    for stem, idf in full["examples"]["idf"].items():
        assert index.stem(stem) == (idf, full["examples"]["by_stem"][stem])
    examples = full["examples"]
    assert index.examples == {i: (sub, examples["norm"][i]) for i, sub in enumerate(examples["sub"])}
    for sid, scheme in full["schemes"].items():
        assert index.scheme(sid) == scheme
    for key, province in full["places"].items():
        assert index.place(key) == province
    assert index.all_places() == full["places"]
    for pid, record in full["providers"].items():
        record_only = {k: v for k, v in index.provider(pid).items() if k not in Index.ROUTING_KEYS}
        assert record_only == json.loads(record)
        assert index.provider(pid).keys() >= Index.ROUTING_KEYS


def test_a_shown_text_holding_the_record_separator_is_read_whole(compiled: dict[str, object]) -> None:
    terms = json.loads(json.dumps(compiled["terms"]))
    key, [i, *_] = next(iter(terms["single"].items()))
    terms["text"][str(i)] = f"a {FIELD} b {FIELD}{FIELD}"
    index = Index(
        {**Shelf(pack({**compiled, "terms": terms})).core, "shelf": Shelf(pack({**compiled, "terms": terms}))}
    )
    assert index.single(key) == terms["single"][key]
    assert index.text(i) == f"a {FIELD} b {FIELD}{FIELD}"
    assert index.weight[i] == terms["weight"][i]


def test_typo_candidates_find_what_the_full_length_table_finds(compiled: dict[str, object]) -> None:
    index = Index({**Shelf(pack(compiled)).core, "shelf": Shelf(pack(compiled))})
    by_length: dict[int, list[str]] = defaultdict(list)  # the full table the shelf's shards were cut from
    for w in compiled["terms"]["loose"].split(SEP):  # type: ignore[index]
        by_length[len(w)].append(w)
    for word in ["subsidei", "persooneel", "faillisement", "financiering", "belastingdinst", "exprot", "ontslagg"]:
        assert index.fuzzy(word) == nearest(word, lambda n: by_length.get(n, []))


def test_a_damaged_shard_is_rebuilt_from_the_yaml(tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    shutil.copytree(FIXTURES / "kb-min", kb)
    load(kb)
    [cache] = cache_dir().glob("kb-*.jsonl")
    raw = bytearray(cache.read_bytes())
    body = raw.index(b"\n") + 1
    for i in range(body, len(raw)):  # damage every shard, keeping the length
        if bytes(raw[i : i + 1]) not in (b"\n", b'"'):
            raw[i] = ord("#")
    cache.write_bytes(bytes(raw))
    index = Index(load(kb))
    assert index.single("lening")  # read from a rebuilt shelf, not from the damaged file
    assert Shelf(cache.read_bytes()).get("t:le")  # and the cache was written again


def test_without_a_way_to_rebuild_a_damaged_shard_is_an_error(compiled: dict[str, object]) -> None:
    data = pack(compiled)
    cut = data.index(b"\n") + 1
    shelf = Shelf(data[:cut] + data[cut:].replace(b"[", b"{"))
    with pytest.raises(ShelfError):
        for name in shelf.names(""):
            shelf.get(name)
