"""What the caller says is not the need now (cues.yaml `hedges`): disclaimed, settled, supposed, someone else's."""

from __future__ import annotations

import pytest

from wegwijzer.advise import advise
from wegwijzer.index import Index


def _themes(index: Index, text: str) -> set[str]:
    return {t.id for t in advise(index, text).themes}


def _evidence(index: Index, text: str) -> list[str]:
    return [e for t in advise(index, text).themes for e in t.evidence]


def test_a_disclaimed_topic_is_no_theme(index: Index) -> None:
    """A disclaimer ("niet over", "not about"): the rest of the clause is not asked; what follows the comma is."""
    asked = "wil weten hoe ze de werving van jonge technici verbetert"
    assert "wet-en-regelgeving" in _themes(index, "loon of cao, " + asked)
    assert _themes(index, "niet over loon of cao, " + asked) == {"personeel"}
    assert "zwaar-weer" not in _themes(index, "not about bankruptcy, wants the rules for collecting unpaid invoices")


def test_a_settled_matter_is_no_theme_nor_its_party(index: Index) -> None:
    """A settling word closes what its clause says before it, or the clause before when it opens its own."""
    now = ". wil nu groeifinanciering voor de webshop"
    assert "zwaar-weer" in _themes(index, "had vorig jaar een betalingsachterstand" + now)
    settled = advise(index, "had vorig jaar een betalingsachterstand, inmiddels opgelost" + now)
    assert settled.primary == "financiering" and "zwaar-weer" not in {t.id for t in settled.themes}
    fine = advise(index, "the Belastingdienst part is fine, wants microcredit to start a small bakery")
    assert "belastingdienst" not in [r.provider for r in fine.recommendations][:2]


def test_a_settled_matter_is_still_the_question_when_nothing_else_is_asked(index: Index) -> None:
    assert advise(index, "webshop gehackt, is inmiddels opgelost, hoe voorkom ik dat?").primary == "bedrijfsvoering"


def test_a_word_said_again_after_the_settled_matter_counts(index: Index) -> None:
    """One hit per term: the later "lening" is read, not lost with the settled one."""
    assert "lening" in _evidence(index, "lening is afgelost, nu nieuwe lening voor een bestelbus")


def test_hedges_are_read_with_their_words_side_by_side(index: Index) -> None:
    """Word by word: "al vijf maanden niet betaald" is no "al betaald"."""
    assert "wet-en-regelgeving" in _themes(index, "klant heeft de factuur al vijf maanden niet betaald, wat nu")


def test_supposed_trouble_raises_no_alarm_but_its_question_stands(index: Index) -> None:
    supposed = advise(index, "als mijn bv failliet zou gaan, ben ik dan prive aansprakelijk?")
    assert not supposed.context.urgent and supposed.primary == "wet-en-regelgeving"
    assert "failliet" not in _evidence(index, "als mijn bv failliet zou gaan, ben ik dan prive aansprakelijk?")
    assert advise(index, "mijn bv gaat failliet, ben ik dan prive aansprakelijk?").primary == "zwaar-weer"
    assert not advise(index, "mocht het misgaan met de orders en kan hij de lonen niet betalen").context.urgent


def test_a_date_makes_a_supposition_trouble_coming(index: Index) -> None:
    assert advise(index, "what if we can't pay wages on friday? the bank account is empty").context.urgent


def test_anothers_trouble_is_no_question_of_the_callers(index: Index) -> None:
    ref = advise(index, "zwager ging failliet, nu wil ik mijn eenmanszaak omzetten naar een bv")
    assert {t.id for t in ref.themes} == {"wet-en-regelgeving"} and not ref.context.urgent
    assert "zwaar-weer" not in _themes(index, "his competitor in France went bust; he wants to take over their clients")


@pytest.mark.parametrize(
    "text",
    [
        # who runs the firm with the caller is no other person
        "mijn broer en ik hebben een vof, bank zegt krediet op, lonen vrijdag",
        # in a note without commas what follows another's trouble is the caller's own
        "buurman is vorig jaar failliet gegaan maar ik kan de lonen morgen niet betalen en de rekening is leeg",
    ],
)
def test_the_callers_own_trouble_beside_anothers_is_urgent(index: Index, text: str) -> None:
    assert advise(index, text).context.urgent


def test_danger_counts_whoever_it_is_said_of(index: Index) -> None:
    ref = advise(index, "stel dat ik er niet meer ben, wie neemt de zaak over")
    assert ref.context.safety and ref.recommendations[0].provider == "113-zelfmoordpreventie"


def test_a_disclaimer_ends_where_the_caller_turns_to_the_real_matter(index: Index) -> None:
    """cues `ends` ("wel", "want") and `own_words`: "niet over de lening, wel over de belastingschuld"."""
    ref = advise(index, "geen probleem met de bank wel met de belastingdienst, die heeft beslag gelegd op de rekening")
    assert "zwaar-weer" in {t.id for t in ref.themes}
    assert "zwaar-weer" in _themes(index, "niet op zoek naar een lening want de schulden lopen hem boven het hoofd")


def test_niet_over_disclaims_only_opening_its_clause(index: Index) -> None:
    """cues `openers`: "er niet over nagedacht", "niet over de omzetgrens heen" are no disclaimers."""
    assert "zwaar-weer" in _themes(index, "heeft er nog niet over nagedacht hoe hij de belastingschuld van 25k betaalt")


@pytest.mark.parametrize(
    "text",
    [
        "hulp voor als ondernemer met een betalingsachterstand",  # "voor als": for, as
        "hij mocht het restaurant niet meer openen en kan nu de huur niet betalen",  # "mocht": was allowed
        "stel dat de belastingdienst beslag legt, dat hebben ze gisteren aangekondigd",  # cues `real`: a fact
        "wat als ik zeg dat de bank het krediet al heeft opgezegd",  # cues `told`: the caller tells
    ],
)
def test_what_reads_as_a_supposition_but_is_none_keeps_its_trouble(index: Index, text: str) -> None:
    assert "zwaar-weer" in _themes(index, text)


@pytest.mark.parametrize(
    "text",
    [
        "beslag is opgeheven, wil nu investeren in een nieuwe machine",
        "tax arrears settled, wants to export to Canada",
        "had een achterstand bij de bank maar die is ingehaald, wil nu een webshop bouwen",
    ],
)
def test_a_matter_done_ending_its_clause_is_settled(index: Index, text: str) -> None:
    """cues `participles`: a participle that ends its clause, with no denial before it in the clause."""
    ref = advise(index, text)
    assert "zwaar-weer" not in {t.id for t in ref.themes} and not ref.context.urgent


@pytest.mark.parametrize(
    "text",
    [
        "de belastingschuld is nog niet opgelost, nu een dwangbevel",  # denied (cues `negated`)
        "zodra de huurachterstand is opgelost wil hij uitbreiden",  # not yet (cues `not_settled`)
        "stadskanaal, belastingschuld 25k, dwangbevel binnen",  # a dwangbevel that came in is no permit granted
    ],
)
def test_a_matter_not_done_is_not_settled(index: Index, text: str) -> None:
    assert "zwaar-weer" in _themes(index, text)


def test_anothers_trouble_leaves_the_callers_own_question_about_it(index: Index) -> None:
    """Only the readings about trouble are another's: a colleague's ransomware still asks about security."""
    text = "collega ondernemer had ransomware, nu wil hij weten hoe hij zijn systemen beveiligt"
    assert advise(index, text).primary == "bedrijfsvoering"


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a dictated note without commas: the caller's own words and asking verbs end a disclaimer
        ("niet over de lening hij wil weten hoe hij personeel vindt", "personeel"),
        # another's consent, said after a subject: "geen probleem met" only opening its clause (cues openers)
        ("UWV ziet geen probleem met ontslag wegens bedrijfseconomische redenen, hoe pak ik dat aan", "personeel"),
        # not settled: paid twice, still being wound up (cues not_settled)
        ("btw dubbel betaald, hoe krijg ik het terug", "wet-en-regelgeving"),
        ("faillissement wordt nu afgewikkeld, curator belt, lonen vrijdag niet betaald", "zwaar-weer"),
        # what another does to the caller is the caller's trouble (cues told)
        ("ex compagnon legt beslag op ons pand", "zwaar-weer"),
        # another's trouble told, the caller's question stands: "zwager" is then no private word
        ("zwager ging failliet, beller wil zijn personeel overnemen", "personeel"),
    ],
)
def test_the_second_review_s_live_notes_keep_their_theme(index: Index, text: str, theme: str) -> None:
    assert theme in _themes(index, text)


def test_a_date_anywhere_in_the_sentence_makes_a_supposition_trouble_coming(index: Index) -> None:
    assert advise(index, "wat als ik de lonen niet kan betalen, dat is vrijdag al").context.urgent
