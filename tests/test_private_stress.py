"""A stress set for scope, written by a helper in the advisor's voice that saw no code, data or other set: 80 private
questions (an employee's own job, a home, family, personal money, a consumer's purchase, daily life) and 40 business
questions that use private words (a salon at home, a zzp'er's divorce, an owner's pension, a family handover).

Its odd half was read while private words were added; its even half measures private questions in words the
vocabulary was not written from (README, Quality). The floors guard against a change that loses either side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wegwijzer.advise import advise
from wegwijzer.index import Index

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "fixtures" / "private-stress.jsonl").read_text(encoding="utf-8").splitlines()
]


def test_private_questions_are_out_of_scope_and_business_ones_are_not(index: Index) -> None:
    private = [c for c in CASES if c["primary"] is None]
    business = [c for c in CASES if c["primary"] is not None]
    assert (len(private), len(business)) == (80, 40)
    caught = sum(advise(index, c["question"]).out_of_scope for c in private)
    wrongly_out = [c["id"] for c in business if advise(index, c["question"]).out_of_scope]
    # 55 of 80 at the end of the eighth session; 58 in the eleventh, 67 in the seventeenth (37 + 30)
    assert caught >= 71  # 67 in the seventeenth session, 71 in the eighteenth (40 + 31)
    assert len(wrongly_out) <= 2  # 2 of 40 at the end of the eighth session, both in the unread half


SECOND = [
    json.loads(line)
    for line in (Path(__file__).parent / "fixtures" / "scope-stress-2.jsonl").read_text(encoding="utf-8").splitlines()
]


def test_a_second_scope_stress_set_in_three_voices_keeps_its_floors(index: Index) -> None:
    """A second helper's set (tenth session): 100 private questions and 50 business ones with private words, in the
    caller's chat, the advisor's notes and an expat's English. Its odd half was read while private words were added
    (21 -> 39 of its 53 private questions caught); the even half was not (15 -> 16 of 47). In the eleventh session,
    with fewer private words needed where nothing speaks as a business, 40 and 19."""
    private = [c for c in SECOND if c["primary"] is None]
    business = [c for c in SECOND if c["primary"] is not None]
    assert (len(private), len(business)) == (100, 50)
    caught = sum(advise(index, c["question"]).out_of_scope for c in private)
    wrongly_out = sum(advise(index, c["question"]).out_of_scope for c in business)
    # 36 of 100 on the tenth session's start code, 55 at its end, 59 in the eleventh (40 + 19), 63 in the thirteenth,
    # 68 in the fourteenth (41 + 27)
    assert caught >= 75  # 68 until the seventeenth session, 74 then, 75 in the eighteenth (46 + 29)
    assert wrongly_out <= 5  # 7 of 50 on the start code (2 in the odd half, both mended by business words)


THIRD = [
    json.loads(line)
    for line in (Path(__file__).parent / "fixtures" / "scope-stress-3.jsonl").read_text(encoding="utf-8").splitlines()
]


def test_a_third_scope_stress_set_in_the_advisors_notes_keeps_its_floors(index: Index) -> None:
    """A third helper's set (twelfth session): 100 private questions, 42 of them with business words (a contract, the
    Belastingdienst, a company as the counterparty), and 50 business ones with private words, in the advisor's notes
    and an expat's English. On the session's start code 55 of 100 caught (26 + 29), 4 of 50 business wrongly out; its
    odd half was read while private words were added (26 -> 33 of 48), the even half was not (29 of 52)."""
    private = [c for c in THIRD if c["primary"] is None]
    business = [c for c in THIRD if c["primary"] is not None]
    assert (len(private), len(business)) == (100, 50)
    caught = sum(advise(index, c["question"]).out_of_scope for c in private)
    wrongly_out = sum(advise(index, c["question"]).out_of_scope for c in business)
    assert (
        caught >= 75
    )  # 62 at the end of the twelfth session, 64 in the fourteenth, 73 in the seventeenth, 75 in the eighteenth (43 + 32)
    assert wrongly_out <= 4


@pytest.mark.parametrize(
    "question",
    [
        "expat moved here, asks how to register at the municipality and get a bsn",
        # the words of a clearly private phrase are read as part of it: "terugbetalen" is no business debt here
        "mw moet toeslagen terugbetalen, kan dat in termijnen",
    ],
)
def test_a_residents_registration_and_repaying_allowances_are_private(index: Index, question: str) -> None:
    assert advise(index, question).out_of_scope


def test_ones_own_job_told_in_the_first_person_is_private_unless_the_caller_speaks_as_a_business(index: Index) -> None:
    assert advise(index, "mijn arbeidsovereenkomst loopt af, krijg ik een transitievergoeding").out_of_scope
    assert not advise(index, "ik ben werkloos en wil een eigen bedrijf starten").out_of_scope
    assert advise(index, "ik ben verhuisd en moet me inschrijven bij de nieuwe gemeente").out_of_scope
    # the advisor's "wn vraagt" is the employee asking, but not after a staff count
    assert advise(index, "wn vraagt of zijn vakantiedagen zomaar mogen vervallen").out_of_scope
    assert not advise(index, "drukkerij met 12 wn vraagt naar de wbso").out_of_scope
    jobless = advise(index, "ik ben werkloos sinds januari, hoe vraag ik ww aan")
    assert jobless.out_of_scope and jobless.recommendations[0].provider == "uwv"  # not the Juridisch Loket


def test_an_employee_who_names_the_firm_they_work_at_does_not_speak_as_that_business(index: Index) -> None:
    """The firm after 'bij' / 'at' of a caller in a private role is the employer, not the caller's business."""
    assert advise(index, "ik werk in loondienst bij een bouwbedrijf en mijn baas houdt loon in, mag dat").out_of_scope
    assert advise(index, "I'm employed at a tech company and my manager won't pay my holiday allowance").out_of_scope
    assert advise(index, "mw is in loondienst bij een supermarkt, moet haar werkgever reiskosten betalen").out_of_scope
    # an employer speaking of their own staff is a business, whatever follows
    assert not advise(
        index, "onze werknemer is in loondienst bij een uitzendbureau, wie betaalt bij ziekte"
    ).out_of_scope
    assert not advise(
        index, "wij zijn een bouwbedrijf, een timmerman is in loondienst bij ons en vraagt loonsverhoging"
    ).out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "dhr werkt in loondienst bij een schildersbedrijf, werkgever betaalt al 6 weken zijn loon niet, wat kan hij doen",
        "mevrouw is ontslagen door haar werkgever (kinderopvang), heeft ze recht op een vergoeding",
        "the employer hasn't paid her overtime for three months, she works at a hotel in Delft",
        "meneer vraagt: mag de werkgever dat, zijn rooster is zonder overleg omgegooid",
        "she is employed by an insurer in Zwolle and wants to know what she can deduct in her private income tax",
        "his employer has not paid his overtime, he wants to claim it back from the company",
        # the firm in the role's own words is the employer
        "het bedrijf waar ik werk is failliet, wie betaalt mijn salaris",
        "the company I work for went bankrupt, who pays my salary",
    ],
)
def test_the_employer_as_a_third_party_is_the_employees_side(index: Index, question: str) -> None:
    """An employer who does not pay or who may not do something, the firm named after private words or after the
    employer: the employee calls."""
    assert advise(index, question).out_of_scope


def test_a_private_persons_trouble_is_no_firms_acute_distress(index: Index) -> None:
    """An employee's unpaid wage is no firm's wages due: out of scope, to the Juridisch Loket, not acute; a caller
    in danger still is."""
    unpaid = advise(index, "werkgever heeft mijn loon van oktober niet betaald, wat nu")
    assert unpaid.out_of_scope and not unpaid.context.urgent
    assert unpaid.recommendations[0].provider == "juridisch-loket"
    danger = advise(index, "ik zie het niet meer zitten, werkgever betaalt mijn loon niet")
    assert danger.context.urgent and danger.context.safety


@pytest.mark.parametrize(
    "question",
    [
        "dhr belt, werkgever is failliet, wie betaalt nu zijn loon over oktober",
        "caller's employer went bankrupt last week, who pays her last salary",
    ],
)
def test_an_employer_gone_bankrupt_is_the_employees_question_for_the_uwv(index: Index, question: str) -> None:
    """The UWV pays the wages when the employer has gone bankrupt."""
    answer = advise(index, question)
    assert answer.out_of_scope and answer.recommendations[0].provider == "uwv"


def test_an_employee_who_asks_whether_he_gets_the_ww_asks_the_uwv(index: Index) -> None:
    """The employee names the firm he worked at ("wn van bouwbedrijf"); his own benefit is the UWV's. An employer who
    asks it of his staff, or a zzp'er stopping, stays a business question."""
    answer = advise(index, "wn van bouwbedrijf op staande voet ontslagen, vraagt of hij ww krijgt")
    assert answer.out_of_scope and answer.recommendations[0].provider == "uwv"
    for question in (
        "mijn werknemer is ontslagen, krijgt hij ww? bouwbedrijf 12 wn",
        "zzp'er stopt met bedrijf, heb ik recht op ww?",
    ):
        assert not advise(index, question).out_of_scope, question


def test_a_farm_that_looks_for_volunteers_is_a_business(index: Index) -> None:
    """A care farm is a firm, and volunteers sought are no volunteering of the caller's own."""
    answer = advise(index, "zorgboerderij zoekt begeleiders en ook vrijwilligers, hoe vind je goede mensen")
    assert not answer.out_of_scope and answer.primary == "personeel"
    assert advise(index, "ik doe vrijwilligerswerk, mag ik een vergoeding naast mijn uitkering").out_of_scope


def test_a_firm_of_ones_own_after_for_or_bij_is_still_a_business(index: Index) -> None:
    """A family member in the firm, a purchase for it, one's own BV, a new hire: the employer's side, however a
    weak private word or 'employed by' sounds."""
    for question in (
        "mijn zoon komt in de zomer werken bij de winkel, welk loon moet ik betalen",
        "i bought a coffee machine for the shop, is it deductible",
        "he is employed by his own BV, how much salary must he pay himself",
        "can i ask for a copy of the passport of a new hire",
    ):
        assert not advise(index, question).out_of_scope, question
    assert not advise(index, "i want to use my own house as security for a loan for my bakery business").out_of_scope
    assert not advise(index, "ik ben failliet verklaard, wie betaalt nu het loon van mijn personeel").out_of_scope
    assert not advise(index, "ik werk nog in loondienst bij een bouwbedrijf en wil voor mezelf beginnen").out_of_scope


def test_leaving_ones_own_job_is_the_employees_question(index: Index) -> None:
    """Resigning, one's own fixed-term contract: the employee's side, for the Juridisch Loket; the firm named after
    'with' is the employer's. An employer whose employee resigned asks as a business."""
    for question in (
        "he is on a fixed-term contract with a logistics company and wants to know what happens if he quits",
        "mw heeft zelf ontslag genomen bij de supermarkt, krijgt ze nog iets",
    ):
        answer = advise(index, question)
        assert answer.out_of_scope and answer.recommendations[0].provider == "juridisch-loket", question
    assert not advise(index, "onze werknemer heeft zelf ontslag genomen, wat moeten we nog regelen").out_of_scope
    assert not advise(index, "we work with a company in Germany on a new product, who can help").out_of_scope


def test_ones_own_mortgage_vog_or_overtime_is_private(index: Index) -> None:
    """A VOG for oneself, one's own mortgage, an employee's overtime (the hotel is the employer)."""
    for question in (
        "wil een VOG aanvragen voor zichzelf, nieuwe werkgever vraagt erom",
        "guy wants to refinance his own mortgage, he's employed",
        "hotel employee, manager hasn't paid her overtime for months",
    ):
        assert advise(index, question).out_of_scope, question
    assert not advise(index, "our hotel employee asks if we must pay his overtime, 14 staff").out_of_scope


def test_an_in_law_is_family(index: Index) -> None:
    # an in-law is family, not a pregnancy misspelt; the family firm taken over stays a business question
    lent = advise(index, "heeft 3000 euro geleend aan zijn zwager, die betaalt niet terug")
    assert not any("zwanger" in e for t in lent.themes for e in t.evidence)
    assert not advise(index, "mijn schoonvader wil stoppen met zijn bakkerij, ik wil de zaak overnemen").out_of_scope


def test_an_employer_telling_of_an_employees_role_asks_as_a_business(index: Index) -> None:
    for question in (
        "eigenaar bakkerij: medewerker heeft zelf ontslag genomen, wat moeten we nog regelen",
        "bakkerij, 6 wn: werknemer wil haar overuren uitbetaald krijgen, moeten we dat doen?",
        "new hire is on a fixed-term contract, bakery owner asks whether he can extend it",
        "installatiebedrijf: wn vraagt of hij ww krijgt als zijn contract niet verlengd wordt, wat moeten wij doen",
        "I want to quit my job and open a bakery, need a loan for the oven",
        "client wants to raise his own mortgage to fund a second bakery",
    ):
        assert not advise(index, question).out_of_scope, question
    # a private caller who works in a warehouse: the warehouse is the employer's
    assert advise(index, "ik bel voor mezelf, kom niet rond van mijn salaris, ik werk in een magazijn").out_of_scope


def test_a_job_seeker_and_a_retired_home_owner_are_private(index: Index) -> None:
    seeker = advise(index, "werkzoekende, zoekt hulp bij een cv en vacatures, ww loopt bijna af")
    assert seeker.out_of_scope and seeker.recommendations[0].provider == "uwv"
    assert advise(index, "retired couple, objection to the WOZ value of their private home").out_of_scope
