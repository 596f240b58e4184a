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
