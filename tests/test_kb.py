"""Loading and caching: the cache is a pure speed-up that never fails a run."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from wegwijzer.index import Index
from wegwijzer.kb import KBError, cache_dir, data_dir, load, validate

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    target = tmp_path / "kb"
    shutil.copytree(FIXTURES / "kb-min", target)
    return target


def _cache_files() -> list[Path]:
    return sorted(cache_dir().glob("kb-*.jsonl"))


def _core(path: Path) -> dict[str, Any]:
    """The first line of a cache file: everything but the shards."""
    core: dict[str, Any] = json.loads(path.read_bytes().split(b"\n", 1)[0])
    return core


def _without_shelf(kb: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in kb.items() if k != "shelf"}


def test_first_load_writes_the_cache_and_the_second_reads_it(kb_copy: Path) -> None:
    first = load(kb_copy)
    files = _cache_files()
    assert len(files) == 1
    assert _without_shelf(load(kb_copy)) == _without_shelf(first)
    assert _core(files[0])["meta"]["digest"] == first["meta"]["digest"]


def test_changed_data_is_recompiled(kb_copy: Path) -> None:
    load(kb_copy)
    themes = kb_copy / "themes.yaml"
    themes.write_text(themes.read_text().replace("lening", "leasing"), encoding="utf-8")
    assert Index(load(kb_copy)).is_word("leasing")


def test_touched_but_unchanged_data_keeps_the_digest(kb_copy: Path) -> None:
    digest = load(kb_copy)["meta"]["digest"]
    os.utime(kb_copy / "cues.yaml", ns=(1, 1))
    assert load(kb_copy)["meta"]["digest"] == digest


def test_corrupt_cache_falls_back_to_the_yaml(kb_copy: Path) -> None:
    load(kb_copy)
    for f in _cache_files():
        f.write_text("{not json", encoding="utf-8")
    assert load(kb_copy)["themes"]


def test_cache_of_another_shape_is_ignored(kb_copy: Path) -> None:
    load(kb_copy)
    for f in _cache_files():
        f.write_text(json.dumps({"meta": {"tool": "0.1.0", "schema": 2}, "terms": []}), encoding="utf-8")
    assert Index(load(kb_copy)).single("lening")


def test_unwritable_cache_directory_is_no_error(kb_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("WEGWIJZER_CACHE", str(blocker / "cache"))
    assert load(kb_copy)["themes"]


def test_no_cache_writes_nothing(kb_copy: Path) -> None:
    load(kb_copy, use_cache=False)
    assert _cache_files() == []


def test_writing_a_cache_prunes_this_tools_unused_files_only(kb_copy: Path) -> None:
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    month_ago, hours_ago = time.time() - 31 * 86400, time.time() - 2 * 3600
    old_version, old_tmp, fresh_tmp = folder / "kb-00000001.jsonl", folder / ".kb-x.tmp", folder / ".kb-y.tmp"
    recent, foreign = folder / "kb-00000002.jsonl", folder / "notes-kb-1.jsonl"
    for path, when in [(old_version, month_ago), (old_tmp, hours_ago), (foreign, month_ago)]:
        path.write_bytes(b"{}")
        os.utime(path, (when, when))
    fresh_tmp.write_bytes(b"")
    recent.write_bytes(b"{}")
    read_lately = folder / "kb-00000003.jsonl"  # written long ago, read today
    read_lately.write_bytes(b"{}")
    os.utime(read_lately, (time.time(), month_ago))
    load(kb_copy)
    left = {p.name for p in folder.iterdir()}
    assert old_version.name not in left and old_tmp.name not in left
    assert {recent.name, fresh_tmp.name, foreign.name, read_lately.name} <= left
    assert len(_cache_files()) == 3  # the one just written, the recent one and the one read lately


def test_a_cache_read_from_is_marked_used_and_not_pruned(kb_copy: Path, tmp_path: Path) -> None:
    load(kb_copy)
    (in_use,) = _cache_files()
    month_ago = time.time() - 31 * 86400
    os.utime(in_use, (month_ago, month_ago))
    load(kb_copy)  # a read marks it used (not every file system keeps access times) ...
    assert time.time() - in_use.stat().st_mtime < 60
    other = tmp_path / "other"
    shutil.copytree(kb_copy, other)
    load(other)  # ... so writing another directory's cache keeps it
    assert in_use in _cache_files() and len(_cache_files()) == 2


def test_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KBError, match="does not exist"):
        load(tmp_path / "nowhere")


def test_missing_file_is_a_clear_error(kb_copy: Path) -> None:
    (kb_copy / "regions.yaml").unlink()
    with pytest.raises(KBError, match=r"regions\.yaml: file not found"):
        load(kb_copy)


def test_invalid_data_is_a_clear_error(kb_copy: Path) -> None:
    (kb_copy / "cues.yaml").write_text("stopwords: yes\n", encoding="utf-8")
    with pytest.raises(KBError, match=r"invalid knowledge base: .*cues\.yaml:1:12"):
        load(kb_copy)


def test_data_dir_prefers_flag_then_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WEGWIJZER_DATA", str(tmp_path))
    assert data_dir() == tmp_path
    assert data_dir("elsewhere") == Path("elsewhere")


def test_a_damaged_cache_over_data_that_went_bad_is_a_one_line_error(kb_copy: Path) -> None:
    import subprocess
    import sys

    load(kb_copy)
    [cache] = _cache_files()
    raw = bytearray(cache.read_bytes())
    for i in range(raw.index(b"\n") + 1, len(raw)):  # every shard damaged, the length kept
        if bytes(raw[i : i + 1]) not in (b"\n", b'"'):
            raw[i] = ord("#")
    cache.write_bytes(bytes(raw))
    themes = kb_copy / "themes.yaml"
    st = themes.stat()
    text = themes.read_text(encoding="utf-8")
    themes.write_text(text.replace("themes:", "thomes:", 1), encoding="utf-8")  # same size: the cache looks current
    os.utime(themes, ns=(st.st_atime_ns, st.st_mtime_ns))
    cmd = [sys.executable, "-c", "from wegwijzer.entry import main; main()", "ask", "--data", str(kb_copy), "lening"]
    done = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ), check=False)
    assert done.returncode == 1
    assert done.stderr.startswith("wegwijzer: invalid knowledge base") and done.stderr.count("\n") == 1, done.stderr


def test_reading_ahead_in_a_child_compiles_the_same_knowledge_base(monkeypatch: pytest.MonkeyPatch) -> None:
    from wegwijzer import readahead

    if not readahead.possible():
        pytest.skip("no fork here, or more than one thread: the serial path is the only one")
    shipped = data_dir(None)
    ahead = validate(shipped)
    monkeypatch.setenv("WEGWIJZER_SERIAL", "1")
    assert not readahead.possible()
    serial = validate(shipped)
    assert ahead.compiled is not None
    assert ahead.compiled == serial.compiled
    assert ahead.problems == serial.problems == []


def test_a_child_that_cannot_read_a_file_leaves_it_to_the_caller(tmp_path: Path) -> None:
    from wegwijzer import readahead

    if not readahead.possible():
        pytest.skip("no fork here")
    good = tmp_path / "good.yaml"
    good.write_text("a: [1, 2]\n", encoding="utf-8")
    pending = readahead.start([good, tmp_path / "missing.yaml"], pack=True)
    assert pending is not None
    assert pending.data() == {"good.yaml": {"a": [1, 2]}, "missing.yaml": None}
    pending.give({})
    assert pending.packed({"for": "the cache"}) is None  # nothing to compile from
    assert pending.close() == 0


def test_a_child_waiting_for_the_parents_files_is_never_left_waiting(tmp_path: Path) -> None:
    from wegwijzer import readahead

    if not readahead.possible():
        pytest.skip("no fork here")
    good = tmp_path / "good.yaml"
    good.write_text("a: 1\n", encoding="utf-8")
    pending = readahead.start([good], pack=True)
    assert pending is not None
    assert pending.data() == {"good.yaml": {"a": 1}}
    assert pending.close() == 0  # never given the other files: it stops waiting, and made nothing
    assert pending.packed({}) is None


def test_a_cold_start_with_a_child_caches_the_same_bytes_as_a_serial_one(tmp_path: Path) -> None:
    import subprocess
    import sys

    from wegwijzer import readahead

    if not readahead.possible():
        pytest.skip("no fork here")
    cached = {}
    for mode in ("child", "serial"):
        env = {**os.environ, "WEGWIJZER_CACHE": str(tmp_path / mode)}
        if mode == "serial":
            env["WEGWIJZER_SERIAL"] = "1"
        cmd = [sys.executable, "-c", "from wegwijzer.entry import main; main()", "ask", "--json", "lening"]
        done = subprocess.run(cmd, capture_output=True, env=env, check=True)
        [cache] = (tmp_path / mode).glob("kb-*.jsonl")
        cached[mode] = (cache.read_bytes(), done.stdout)
    assert cached["child"] == cached["serial"]


def test_the_child_packs_only_what_it_was_asked_to(monkeypatch: pytest.MonkeyPatch) -> None:
    from wegwijzer import readahead
    from wegwijzer.kb import FILES

    if not readahead.possible():
        pytest.skip("no fork here")
    shipped = data_dir(None)
    pending = readahead.start([shipped / n for n in FILES])
    assert pending is not None
    assert pending.data() is not None
    assert pending.packed({}) is None  # not asked to compile: the caller compiles

    def meta() -> dict[str, Any]:
        return {"digest": "d"}

    ahead = validate(shipped, meta=meta)
    monkeypatch.setenv("WEGWIJZER_SERIAL", "1")
    serial = validate(shipped, meta=meta)
    assert ahead.packed is not None
    assert ahead.compiled is None  # packed by the child, not compiled again here
    assert ahead.packed == serial.packed


def test_a_child_that_fails_half_way_through_packing_leaves_it_to_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    """The child sends the compiled data, then its postings; when the second never comes, this process packs alone."""
    from wegwijzer import readahead, shelf

    if not readahead.possible():
        pytest.skip("no fork here")
    parent, real = os.getpid(), shelf.postings

    def failing_in_the_child(terms: dict[str, Any]) -> tuple[int, dict[str, bytes]]:
        if os.getpid() != parent:
            raise MemoryError
        return real(terms)

    monkeypatch.setattr(shelf, "postings", failing_in_the_child)
    report = validate(data_dir(None), meta=lambda: {"digest": "d"})
    monkeypatch.setenv("WEGWIJZER_SERIAL", "1")
    assert report.packed is not None and report.compiled is not None  # compiled here, after the child gave up
    assert report.packed == validate(data_dir(None), meta=lambda: {"digest": "d"}).packed


def test_a_subregion_holds_municipalities_of_its_own_province_and_parties_may_serve_it(kb_copy: Path) -> None:
    regions = kb_copy / "regions.yaml"
    text = regions.read_text(encoding="utf-8")
    sub = "    subregions:\n      - name: Eemland\n        municipalities: [Amersfoort, Zwolle]\n        sources: [test]\n"
    regions.write_text(text.replace('    sources: ["test"]\n', sub + '    sources: ["test"]\n', 1), encoding="utf-8")
    providers = kb_copy / "providers.yaml"
    providers.write_text(
        providers.read_text(encoding="utf-8").replace(
            "    regions: [utrecht]\n", "    regions: [utrecht]\n    areas: [Eemland, Veenendaal]\n", 1
        ),
        encoding="utf-8",
    )
    report = validate(kb_copy)
    messages = [p.message for p in report.errors]
    assert "'Zwolle' is no municipality of 'utrecht'" in messages
    assert "'Veenendaal' is no municipality or subregion of the party's provinces" in messages
    assert not any("Eemland" in m for m in messages)  # a subregion of the party's province is an area


def test_where_an_employees_question_goes_must_be_a_party(kb_copy: Path) -> None:
    cues = kb_copy / "cues.yaml"
    cues.write_text(cues.read_text(encoding="utf-8") + "private_roles: {nobody: [mijn werkgever]}\n", encoding="utf-8")
    assert "unknown party 'nobody'" in [p.message for p in validate(kb_copy).errors]


def test_a_warning_in_a_file_the_parent_read_is_reported_without_reading_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A stale date (a warning in providers.yaml, which the parent reads with positions) must not send a cold start
    down the serial path a second time: in a year every shipped date is stale."""
    import shutil

    from wegwijzer import kb, readahead

    if not readahead.possible():
        pytest.skip("no fork here")
    copy = tmp_path / "kb"
    shutil.copytree(data_dir(None), copy)
    providers = copy / "providers.yaml"
    text = providers.read_text(encoding="utf-8")
    first = text.index("checked: ")
    providers.write_text(text[:first] + "checked: 2001-01-01" + text[first + len("checked: 2001-01-01") :], "utf-8")
    calls: list[tuple[Any, ...]] = []
    real = kb._validate

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(kb, "_validate", counted)
    report = validate(copy, meta=lambda: {"for": "the cache"})
    assert report.packed is not None and not report.errors
    assert [w.file for w in report.warnings] == [str(providers)] and report.warnings[0].line > 1  # with its position
    assert len(calls) == 1


def test_also_names_other_existing_themes_not_listed_as_related(kb_copy: Path) -> None:
    themes = kb_copy / "themes.yaml"
    old = "        related: [financiering]\n"
    themes.write_text(
        themes.read_text(encoding="utf-8").replace(old, old + "        also: [financiering, zwaar-weer, weer]\n", 1),
        encoding="utf-8",
    )
    messages = [p.message for p in validate(kb_copy).errors]
    assert "a theme is in both related and also: keep it in one" in messages
    assert "also names the sub-question's own theme zwaar-weer" in messages
    assert any("unknown theme 'weer'" in m for m in messages)


def test_a_term_listed_twice_in_one_cue_list_is_a_warning(kb_copy: Path) -> None:
    cues = kb_copy / "cues.yaml"
    old = "stopwords: [de, het, een, ik, we, mijn]\n"
    text = cues.read_text(encoding="utf-8")
    assert text.startswith(old)
    cues.write_text(text.replace(old, "stopwords: [de, het, een, ik, we, mijn, Het]\n", 1), encoding="utf-8")
    warnings = [p.message for p in validate(kb_copy).problems if p.severity == "warning" and "twice" in p.message]
    assert warnings == ["'Het' is listed twice (first at line 1)"]
