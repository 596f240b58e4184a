"""The shipped knowledge base: every canonical id present; lines and themes as Tabel 8 and 9 of seed 000 say."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from wegwijzer.kb import data_dir, validate

IDS = Path(__file__).resolve().parents[2] / "shared" / "docs" / "ids.md"
F, P, Z, R, INT, IN, V = (
    "financiering",
    "personeel",
    "zwaar-weer",
    "wet-en-regelgeving",
    "internationalisering",
    "productinnovatie",
    "bedrijfsvoering",
)
BOTH, FIRST, SECOND = "beide", "eerstelijns", "tweedelijns"
# seed 000 Tabel 8 (line) and Tabel 9 (themes), as reconstructed in seed-knowledge.md §4.2-4.3
TABLES: dict[str, tuple[str, set[str]]] = {
    "115-red-een-bedrijf": (BOTH, {Z}),
    "belastingdienst": (BOTH, {F, Z, R}),
    "brancheverenigingen": (BOTH, {F, P, Z, R, INT, IN, V}),
    "buitenboordmotor": (BOTH, {P, V}),
    "gemeente": (BOTH, {F, P, Z, R, IN, V}),
    "kvk": (BOTH, {F, P, Z, R, INT, IN, V}),
    "mkb-doorgaan": (BOTH, {F, P, Z, R, INT, IN, V}),
    "mkb-kredietcoach": (BOTH, {F, Z}),
    "mkb-nederland": (SECOND, {R, V}),
    "mkb-servicedesk": (BOTH, {P, Z, R, INT, IN, V}),
    "mobiliteitsteams": (SECOND, {P}),
    "nationale-schuldhulproute": (BOTH, {Z}),
    "nl-groeit": (BOTH, {F, IN, V}),
    "nl-werkt-door": (BOTH, {P}),
    "onl": (FIRST, {F, P, IN, V}),
    "ondernemersklankbord": (BOTH, {Z, INT, IN, V}),
    "ondernemersplein": (FIRST, {F, P, Z, R, INT, IN, V}),
    "qredits": (BOTH, {F, P, V}),
    "rom": (BOTH, {F, P, Z, INT, IN, V}),
    "rvo": (BOTH, {F, P, Z, R, INT, IN, V}),
    "sbb": (SECOND, {P}),
    "schuldenlab": (BOTH, {Z}),
    "stichting-mkb-financiering": (SECOND, {F}),
    "techleap": (BOTH, {F, INT, IN, V}),
    "techniekpact": (BOTH, {P}),
    "vakbonden": (FIRST, {P}),
    "vno-ncw": (FIRST, {F, P, Z, R, INT, IN, V}),
    "werkgeversservicepunt": (BOTH, {P}),
}


@pytest.fixture(scope="module")
def providers() -> dict[str, dict[str, object]]:
    raw = yaml.safe_load((data_dir() / "providers.yaml").read_text(encoding="utf-8"))
    return {p["id"]: p for p in raw["providers"]}


def test_shipped_knowledge_base_is_valid_even_strictly() -> None:
    report = validate(data_dir())
    assert report.errors == []
    assert report.warnings == []


def test_every_canonical_id_is_present(providers: dict[str, dict[str, object]]) -> None:
    text = IDS.read_text(encoding="utf-8") if IDS.exists() else ""
    if not text:
        pytest.skip("ids.md is not beside the repository")
    sections = {part.split("\n", 1)[0]: part for part in text.split("\n## ")}
    providers_part = next(v for k, v in sections.items() if k.startswith("Providers"))
    listed = "".join(line for line in providers_part.splitlines()[1:] if line and not line.startswith("#"))
    wanted = {x.strip() for x in listed.split(",") if x.strip()}
    rom_part = next(v for k, v in sections.items() if k.startswith("Regional development agencies"))
    wanted |= {row.split("|")[1].strip() for row in rom_part.splitlines() if row.startswith("| ")} - {"id"}
    regional_part = next(v for k, v in sections.items() if k.startswith("Regional parties"))
    wanted |= set(
        re.findall(r"\b([a-z0-9]+(?:-[a-z0-9]+)*) \(", regional_part.split("\n", 1)[1].split("Seed-knowledge")[0])
    )
    assert len(wanted) > 50
    assert wanted - set(providers) == set()


@pytest.mark.parametrize("pid", sorted(TABLES))
def test_line_and_themes_follow_tabel_8_and_9(providers: dict[str, dict[str, object]], pid: str) -> None:
    line, themes = TABLES[pid]
    record = providers[pid]
    if record["line"] != line:
        assert record.get("line_note"), f"{pid}: line differs from Tabel 8 without a line_note"
    listed = record["themes"]
    assert isinstance(listed, list)
    if set(listed) != themes:
        assert record.get("themes_note"), f"{pid}: themes differ from Tabel 9 without a themes_note"


def test_every_province_resolves_to_its_rom() -> None:
    regions = yaml.safe_load((data_dir() / "regions.yaml").read_text(encoding="utf-8"))
    roms = {p["id"]: p["rom"] for p in regions["provinces"]}
    assert len(roms) == 12
    assert roms["fryslan"] == roms["groningen"] == roms["drenthe"] == "nom"
    assert roms["gelderland"] == roms["overijssel"] == "oost-nl"
    assert roms["noord-holland"] == "rom-inwest"


def test_every_record_says_where_its_facts_come_from(providers: dict[str, dict[str, object]]) -> None:
    for pid, record in providers.items():
        assert record["sources"], pid
        assert record["checked"], pid
