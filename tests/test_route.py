"""Routing on the minimal knowledge base: region rule, safety first, urgency, fallback, out of scope."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wegwijzer.advise import advise
from wegwijzer.context import Overrides
from wegwijzer.index import Index
from wegwijzer.kb import data_dir, load
from wegwijzer.messages import t


def _parties(index: Index, text: str, **overrides: str) -> list[str]:
    return [r.provider for r in advise(index, text, Overrides(**overrides)).recommendations]


def test_own_province_rom_is_recommended(mini: Index) -> None:
    assert "rom-utrecht-region" in _parties(mini, "bankkrediet nodig voor de zaak in Amersfoort")


def test_rom_of_unknown_province_is_not_recommended(mini: Index) -> None:
    ref = advise(mini, "bankkrediet nodig voor de zaak")
    assert "rom-utrecht-region" not in [r.provider for r in ref.recommendations]
    assert any("plaats" in q for q in ref.ask_caller)


def test_flag_overrides_the_text(mini: Index) -> None:
    ref = advise(mini, "bankkrediet nodig in Amersfoort", Overrides(region="utrecht", size="micro"))
    assert ref.context.region_from == "flag"
    assert ref.context.size == "micro"


def test_safety_party_first_always(mini: Index) -> None:
    ref = advise(mini, "ik denk aan zelfmoord, de schulden worden me te veel")
    assert ref.context.safety
    assert ref.recommendations[0].provider == "zelfmoordpreventie"


def test_safety_even_when_out_of_scope(mini: Index) -> None:
    ref = advise(mini, "ik denk aan zelfmoord")
    assert ref.recommendations[0].provider == "zelfmoordpreventie"


def test_urgency_is_read(mini: Index) -> None:
    assert advise(mini, "de deurwaarder staat morgen voor de deur").context.urgent


def test_out_of_scope_says_so(mini: Index) -> None:
    ref = advise(mini, "wat voor weer wordt het morgen")
    assert ref.out_of_scope
    assert ref.primary is None
    assert ref.recommendations == ()


def test_general_first_line_when_nothing_specific(mini: Index) -> None:
    assert _parties(mini, "schulden") == ["kvk"]


def test_every_recommendation_has_a_reason_and_a_route(mini: Index) -> None:
    for r in advise(mini, "bankkrediet in Amersfoort, deurwaarder").recommendations:
        assert r.reason
        assert r.contacts
        assert r.line in {"first", "second"}


def test_acute_distress_asks_for_acute_support_first(index: Index) -> None:
    # only urgency cues and a loan: the first specific referral is a party for firms in trouble, not a lender
    ref = advise(index, "bank has terminated our credit facility and payroll is due at the end of the month")
    assert ref.context.urgent
    first = next(r for r in ref.recommendations if r.provider not in {"kvk", "ondernemersplein"})
    assert "zwaar-weer" in index.provider(first.provider)["group_set"]


def test_a_named_subsidy_is_a_finance_need_beside_the_topic(index: Index) -> None:
    # the staff question dominates, but the wage subsidy the caller names is a need of its own
    ref = advise(index, "We willen in onze bakkerij iemand met een beperking aannemen; kan dat met loonkostensubsidie?")
    assert ref.primary == "personeel"
    assert "financiering" in [t.id for t in ref.themes]


def test_a_province_is_recommended_for_its_schemes_not_for_a_theme(index: Index) -> None:
    # the province only runs schemes: for subsidies the national executor comes first, region known or not
    for text in ("subsidie voor nieuwe machines, werkplaats in Venlo", "subsidie voor nieuwe machines"):
        parties = _parties(index, text)
        assert parties.index("rvo") < parties.index("provincie")
    # a general innovation question without any scheme does not lead to the province at all
    assert "provincie" not in _parties(index, "we willen een nieuw product ontwikkelen met sensoren en data")


def test_a_starter_is_sent_to_the_tax_office_after_the_register(index: Index) -> None:
    # registering is KVK's; becoming an entrepreneur for btw and income tax is the Belastingdienst's
    parties = _parties(index, "Ik wil voor mezelf beginnen als hovenier, wat moet ik allemaal regelen?")
    assert parties[:2] == ["kvk", "belastingdienst"]


def test_the_follow_up_question_comes_in_the_output_language(index: Index) -> None:
    text = "we willen onze kaas gaan exporteren"
    sub = index.kb["subtopics"]["int-export"]
    assert sub["ask"][0][0] in advise(index, text, lang="nl").ask_caller
    assert sub["ask_en"][0] in advise(index, text, lang="en").ask_caller


def test_the_follow_up_question_does_not_ask_what_the_caller_said(index: Index) -> None:
    sub = index.kb["subtopics"]["int-export"]
    assert sub["ask"][0][1] == ["country"]  # "to which country…"
    for lang, asks in (("nl", [a for a, _ in sub["ask"]]), ("en", sub["ask_en"])):
        said = advise(index, "we willen onze kaas gaan exporteren naar Duitsland", lang=lang).ask_caller
        assert asks[0] not in said
        assert asks[1] in said  # the next question instead
    money = index.kb["subtopics"]["fin-financieringsvorm"]["ask"]
    assert money[0][1] == ["amount"]
    known = "onze bakkerij in Zwolle met 5 medewerkers bestaat 10 jaar; welke financieringsvorm past"
    assert money[0][0] in advise(index, known).ask_caller
    said = advise(index, known + " bij een lening van 4 ton").ask_caller
    assert money[0][0] not in said
    assert money[1][0] in said


def test_a_follow_up_question_is_left_out_when_the_words_of_its_fact_were_said(index: Index) -> None:
    asks = [a for a, _ in index.kb["subtopics"]["zww-betalingsregeling"]["ask"]]
    whom, how_much, contact = asks[:3]  # whom to pay (creditor), how much (amount), contact with the creditor
    assert whom in advise(index, "ik wil een betalingsregeling voor mijn schuld").ask_caller
    named = advise(index, "ik wil een betalingsregeling voor mijn schuld bij de belastingdienst").ask_caller
    assert whom not in named and how_much in named
    both = advise(index, "ik wil een betalingsregeling voor mijn schuld van 12k bij de belastingdienst").ask_caller
    assert whom not in both and how_much not in both and contact in both
    tax = index.kb["subtopics"]["wet-belasting"]["ask"][0]
    assert tax[1] == ["tax"]
    assert tax[0] in advise(index, "vraag over belasting voor mijn eenmanszaak").ask_caller
    assert tax[0] not in advise(index, "vraag over de btw voor mijn eenmanszaak").ask_caller


def test_time_words_and_the_weather_say_nothing_about_the_business(index: Index) -> None:
    # "weer" and "morgen" occur in many distress examples; alone they must not make a zwaar-weer question
    for text in ("wat is het weer morgen in Zwolle", "what's the weather tomorrow in Zwolle"):
        assert advise(index, text).out_of_scope


def test_the_follow_up_question_is_about_the_central_need(index: Index) -> None:
    # the tax words weigh most, but the caller cannot pay: the follow-up is about the distress, not the tax
    ref = advise(
        index, "de Belastingdienst heeft een naheffing btw opgelegd van 20.000 euro en die kunnen we niet betalen"
    )
    assert ref.primary == "zwaar-weer"
    assert index.kb["subtopics"]["zww-acuut"]["ask"][0][0] in ref.ask_caller


def test_for_a_specific_need_a_party_that_finances_comes_before_one_that_informs(index: Index) -> None:
    # Stichting MKB Financiering only informs about financiers; Qredits lends: for a caller who asks for a financier,
    # the lender comes first although the foundation is the narrower specialist
    parties = _parties(index, "welke financiers zijn er naast de bank voor een mkb-bedrijf")
    assert parties.index("qredits") < parties.index("stichting-mkb-financiering")


def test_naming_a_support_party_is_a_business_question(index: Index) -> None:
    # one weak word ("bank") would be too little on its own; asking about Qredits makes it a business question
    ref = advise(index, "vraagt naar Qredits en de bank")
    assert not ref.out_of_scope
    assert ref.primary == "financiering"
    assert advise(index, "de bank, en de kvk?").out_of_scope  # KVK is called about anything
    assert "opening a 2nd location ~ opening a second location" in {
        e for t in advise(index, "opening a 2nd location").themes for e in t.evidence
    }


def test_family_life_is_no_business_question(index: Index) -> None:
    assert advise(index, "expat asks which international school is good for his kids").out_of_scope
    assert advise(index, "welke zorgverzekering is het beste voor mijn kinderen").out_of_scope
    assert not advise(index, "kinderopvang met 12 medewerkers zoekt een pedagogisch medewerker").out_of_scope


def test_few_specific_parties_get_the_general_first_line_behind_them(index: Index) -> None:
    ref = advise(index, "groothandel met 40 medewerkers wil beter sturen op data")
    parties = [r.provider for r in ref.recommendations]
    assert len(parties) >= 3
    assert parties[-2:] == ["kvk", "ondernemersplein"] or "kvk" in parties


def test_when_only_the_general_first_line_fits_all_of_it_is_there(index: Index) -> None:
    """A sub-question only KVK serves among the parties that fit is no reason to leave Ondernemersplein out."""
    parties = _parties(index, "we willen een configurator voor onze klanten")
    assert parties[:1] == ["kvk"] and "ondernemersplein" in parties


def test_a_party_that_only_finances_is_there_when_money_is_asked(index: Index) -> None:
    # Invest-NL finances innovation; it is no referral for an innovation question that asks for no money
    assert "invest-nl" not in _parties(index, "machinebouwer wil machines uitrusten met sensoren en data gebruiken")
    # nor is a lender whose coaching goes with its loans (Qredits, kind financier) for a question without money
    assert "qredits" not in _parties(index, "kapsalon wil de boekhouding digitaliseren, welk pakket?")
    assert "qredits" in _parties(index, "kapsalon wil de boekhouding digitaliseren en heeft daar een lening voor nodig")


def test_the_stage_is_asked_only_when_the_answer_would_change_the_first_referrals(index: Index) -> None:
    stage_question = t("nl", "ask_stage")
    # a starter goes to Qredits first, another firm to Stichting MKB Financiering
    assert (
        stage_question in advise(index, "wie adviseert onafhankelijk over crowdfunding, lease en factoring?").ask_caller
    )
    # the same first three either way
    assert stage_question not in advise(index, "zzp fotograaf, klant betaalt factuur niet").ask_caller
    # a firm with employees, or one in trouble, has started
    with_staff = "productiebedrijf met 22 wn: wie adviseert onafhankelijk over crowdfunding, lease en factoring?"
    assert stage_question not in advise(index, with_staff).ask_caller
    in_trouble = "schuldeiser heeft faillissement aangevraagd, wie adviseert onafhankelijk over crowdfunding en lease?"
    assert stage_question not in advise(index, in_trouble).ask_caller


def test_the_size_is_asked_only_when_the_answer_would_change_the_first_referrals(index: Index) -> None:
    size_question = t("nl", "ask_size")
    # a caller in danger: 113 first, whatever the size
    assert size_question not in advise(index, "zoek een lening van 80k, ik wil er niet meer zijn").ask_caller
    assert size_question in advise(index, "zoek een lening van 80k").ask_caller  # Qredits lends to small firms
    # the province, the municipality and RVO come first for a firm of any size
    assert size_question not in advise(index, "boer in friesland wil een stikstofvergunning").ask_caller
    # for a larger firm Ondernemersplein takes KVK's place in the first three: the general first line, no referral
    webshop = "eigenaar webshop wil naar duitsland verkopen, welke btw regels?"
    assert size_question not in advise(index, webshop).ask_caller


def test_the_owners_own_burn_out_is_no_sick_leave_question(index: Index) -> None:
    owner = _parties(index, "ik heb een burn-out en mijn zaak loopt slecht")
    assert owner[0] != "uwv"
    assert _parties(index, "een werknemer heeft een burn-out, wat moet ik als werkgever doen")[0] == "uwv"


def test_private_cues_as_strong_as_much_of_the_business_evidence_make_it_private(index: Index) -> None:
    # "pensioen" is also an employer's topic (and its examples add to it), but the allowance and the state pension
    # say the caller asks about their own life
    assert advise(index, "bijna AOW-leeftijd, houdt ze haar huurtoeslag als haar pensioen ingaat?").out_of_scope
    assert advise(index, "wil een testament laten opstellen, welke notaris?").out_of_scope
    # the same allowance beside a question with much more business evidence stays a business question
    ref = advise(index, "eigenaar van een bouwbedrijf met 12 medewerkers zoekt personeel en wil een pensioenregeling")
    assert not ref.out_of_scope
    assert not advise(index, ref.question + ", ook vraag over zijn huurtoeslag").out_of_scope
    # an employee's own tax return and a personal loan: private, and no party is offered for them
    for text in (
        "werkt in loondienst, vraagt hoe hij hypotheekrente opgeeft",
        "I work as an employee, need a personal loan",
    ):
        private = advise(index, text)
        assert private.out_of_scope, text
        assert not private.recommendations, text
    # neighbours, travel, the caller's own home and student debt
    for text in (
        "mijn buren maken elke nacht herrie, waar kan ik klagen",
        "vlucht naar Spanje geannuleerd, krijg ik mijn geld terug",
        "zoekt een hypotheekadviseur voor een eerste huis",
        "vraagt hoe hij zijn studieschuld kan aflossen",
        "kreeg een boete voor door rood rijden, kan ik bezwaar maken",
    ):
        assert advise(index, text).out_of_scope, text
    assert not advise(
        index, "buurman klaagt over mijn bakkerij, welke geluidsnorm geldt voor de koelinstallatie"
    ).out_of_scope
    # who still works in loondienst and starts a business asks a business question
    assert not advise(index, "werk nog in loondienst en wil starten als zzp'er, moet ik me inschrijven").out_of_scope


def test_a_trade_looked_for_is_a_staffing_question_a_trade_that_calls_is_not(index: Index) -> None:
    for text in (
        "bakkerij zoekt een kok",
        "installateur vindt al maanden geen monteurs",
        "looking for cooks, 2 restaurants",
        "aannemer heeft te weinig timmerlieden voor de klussen",  # an irregular plural; too few is lacking
        "bouwbedrijf vindt geen vaklui",
    ):
        ref = advise(index, text)
        assert ref.primary == "personeel", text
        assert "pers-werven" in {s.id for s in ref.subtopics}, text
    ref = advise(index, "zzp schilder zoekt een lening voor zijn bus")
    assert ref.primary == "financiering"  # the loan is the need: no other end is named
    assert "personeel" not in {t.id for t in ref.themes}


def test_a_trade_the_caller_names_as_their_own_is_no_staff_evidence(index: Index) -> None:
    ref = advise(index, "ben zzp timmerman en wil een cursus over mijn administratie")
    assert ref.primary == "bedrijfsvoering"  # the course is for himself; the trade was read as staff he lacks
    assert not any("timmerman" in note for t in ref.themes for note in t.evidence)
    # looked for, the same trade is the need
    assert advise(index, "bouwbedrijf, 6 man, komt een timmerman tekort").primary == "personeel"


def test_a_sum_looked_for_asks_how_to_raise_it(index: Index) -> None:
    ref = advise(index, "starter wil lunchroom openen, heeft 15k eigen geld, zoekt ong. 60k")
    assert ref.primary == "financiering"
    assert "fin-financieringsvorm" in {s.id for s in ref.subtopics}
    assert "60k" in ref.themes[0].evidence
    # a sum that is owed, or people sought, is no money sought
    assert "fin-financieringsvorm" not in {s.id for s in advise(index, "klant betaalt factuur van 8k niet").subtopics}
    assert "financiering" not in {t.id for t in advise(index, "we zoeken 2 monteurs").themes}


def test_asked_for_independent_information_a_party_that_informs_ranks_as_one_that_acts(index: Index) -> None:
    parties = _parties(index, "wie adviseert onafhankelijk over lease, factoring en crowdfunding")
    assert parties[0] == "stichting-mkb-financiering"
    # an independent entrepreneur is no request for independent advice: the lender stays first
    assert _parties(index, "ik ben onafhankelijk ondernemer en zoek een lening")[0] == "qredits"


def test_developing_staff_is_a_staff_question_developing_a_product_an_innovation_one(index: Index) -> None:
    assert advise(index, "hoe kan ik mijn personeel ontwikkelen").primary == "personeel"
    assert advise(index, "we willen een biobased coating ontwikkelen").primary == "productinnovatie"


def test_a_consumer_looking_for_a_tradesman_is_no_employer(index: Index) -> None:
    # the trade counts as sought staff only when the caller speaks as a business (sector, size, stage, firm, staff)
    assert advise(index, "ik zoek een betrouwbare loodgieter voor een lekkage in mijn huis").out_of_scope
    assert advise(index, "ik zoek een schilder voor mijn woning").out_of_scope
    assert advise(index, "horecazaak, 2 extra koks nodig").primary == "personeel"
    # no topic word at all: resembling an example of some sub-question is no business question
    for text in ("hallo, kunt u mij helpen?", "mijn vraag gaat over iets anders"):
        assert advise(index, text).out_of_scope, text
    # with no other topic word, a trade alone is a consumer's question; several of a trade are a firm's
    assert advise(index, "ik zoek een loodgieter").out_of_scope
    assert not advise(index, "ik zoek een loodgieter").recommendations
    assert advise(index, "we zoeken al maanden monteurs").primary == "personeel"
    # a sum looked for is a financing question only for a business
    assert advise(index, "my daughter needs 5k for her studies").out_of_scope
    assert advise(index, "zoekt 40k voor de verbouwing van zijn kapsalon").primary == "financiering"


def test_a_tenant_a_customer_or_a_gym_member_asks_no_business_question(index: Index) -> None:
    for text in (
        "mijn verhuurder geeft mijn borg niet terug, wat kan ik doen",
        "my landlord won't return my deposit",
        "klacht over een webshop die niet levert",
        "ik wil mijn abonnement bij de sportschool opzeggen",
        "huurder woning, verhuurder wil de huur met 10% verhogen, mag dat",  # the advisor's terse label of a tenant
        "Tenant, salaried, no business. Landlord won't fix the leaking roof",  # ... and in English
        "mevrouw heeft privé schulden bij de bank en de telefoonaanbieder, wie helpt",  # a household's own debts
        "heb een koelkast besteld bij een webwinkel en hij komt maar niet, wat kan ik doen",  # a consumer's order
        "de eigenaar van het bedrijf waar ik werk betaalt mijn loon niet",  # an employee's boss, no owner calling
        "de eigenaar van mijn sportschool wil mijn abonnement niet stopzetten",  # a member's gym
    ):
        assert advise(index, text).out_of_scope, text
    # a business tenant, or a gym's owner, is a business
    assert not advise(index, "de verhuurder van ons bedrijfspand wil de borg niet teruggeven").out_of_scope
    assert not advise(index, "sportschool eigenaar wil abonnementen verhogen, mag dat").out_of_scope
    # a zzp'er weighing a personal loan against a business one; the owner's books in a mess
    assert not advise(
        index, "zzp stukadoor wil een aanhanger van 6k, zakelijk lenen of een persoonlijke lening?"
    ).out_of_scope
    assert advise(index, "mijn administratie is een puinhoop, wie helpt me die op orde te krijgen").themes[0].id == (
        "bedrijfsvoering"
    )
    # "mijn sportschool" is the owner's as often as the member's
    assert not advise(
        index, "voor mijn sportschool zoek ik een boekingssysteem op maat, kan dat met subsidie"
    ).out_of_scope


def test_a_theme_of_a_partys_row_that_none_of_its_services_is_on_counts_less(index: Index) -> None:
    # De Buitenboordmotor is on bedrijfsvoering in its table row, but it helps firms hire side-entrants
    assert "buitenboordmotor" not in _parties(
        index, "wij willen onze administratie digitaliseren, 6 medewerkers, waar beginnen we"
    )
    assert "buitenboordmotor" in _parties(index, "we zoeken zij-instromers voor ons installatiebedrijf")
    # a kind of party (the ROM while the province is unknown) stands for parties that differ in what they serve: its
    # row's themes count whole, so it is listed for a digital product (after RVO: route.UNKNOWN_PROVINCE)
    parties = _parties(
        index, "meubelmakerij wil dat klanten online zelf een tafel ontwerpen, wie helpt met zo'n digitaal product"
    )
    assert "rom" in parties
    # the general first line is on every theme, whatever it serves
    assert "kvk" in _parties(index, "visrokerij in Urk heeft een certificaat van oorsprong nodig voor Marokko")


def test_a_caller_not_in_trouble_gets_no_party_for_firms_in_trouble_by_a_theme_alone(index: Index) -> None:
    parties = _parties(index, "starter wil lunchroom openen, heeft 15k eigen geld en zoekt nog 60k, bank twijfelt")
    assert "imk" not in parties
    assert "imk" in _parties(index, "we kunnen de lonen deze maand niet betalen, de bank wil niets meer")


def test_asked_for_what_the_region_offers_its_own_parties_come_first(index: Index) -> None:
    # the same need, without and with the word: the province's own ROM and province move above the national lenders
    plain = _parties(index, "subsidie voor een nieuwe machine voor onze fabriek in Apeldoorn")
    asked = _parties(index, "regionale subsidie voor een nieuwe machine voor onze fabriek in Apeldoorn")
    assert plain[0] == "rvo" and "oost-nl" not in plain[:4]
    assert asked[0] == "provincie" and "oost-nl" in asked[:4]
    # while the province is unknown: the generic ROM and province, never one province's party
    unknown = _parties(index, "zijn er provinciale leningen voor een nieuwe machine")
    assert {"rom", "provincie"} & set(unknown[:3])
    assert not {"oost-nl", "nom", "bom", "liof"} & set(unknown)
    # "in de regio" before a place says where the caller is: no regional parties lifted for a recruiting question
    where = advise(index, "schoonmaakbedrijf zoekt personeel in de regio Eindhoven")
    assert not any("regionaal aanbod" in r.reason for r in where.recommendations)
    assert any(
        "regionaal aanbod" in r.reason
        for r in advise(index, "netwerk in de regio? bakkerij in Tilburg").recommendations
    )
    # "regio" naming a place is no such request
    assert advise(index, "investeringsfonds voor onze machinefabriek in de regio Twente").context.region == "overijssel"


def test_finding_premises_is_running_the_business_whether_it_is_allowed_there_is_rules(index: Index) -> None:
    ref = advise(index, "drukkerij moet uit het huidige pand, zoekt een bedrijfshal op een bedrijventerrein")
    assert ref.primary == "bedrijfsvoering"
    assert "bedr-huisvesting" in {s.id for s in ref.subtopics}
    assert ref.recommendations[0].provider == "gemeente"
    rules = advise(index, "mag ik in deze loods een sportschool beginnen volgens het bestemmingsplan")
    assert rules.primary == "wet-en-regelgeving"
    assert "bedr-huisvesting" not in {s.id for s in rules.subtopics}


def test_product_rules_go_to_who_knows_them_not_to_the_municipality(index: Index) -> None:
    ref = advise(index, "welke etiketten en allergenen moeten op onze sauzen, en hebben we een keurmerk nodig")
    assert ref.primary == "wet-en-regelgeving"
    assert "wet-productregels" in {s.id for s in ref.subtopics}
    specific = [r.provider for r in ref.recommendations if r.provider not in {"kvk", "ondernemersplein"}]
    assert specific[0] in {"rvo", "brancheverenigingen"} and "gemeente" not in specific[:2]


def test_a_scheme_asked_about_by_name_is_not_discounted_as_the_means_to_another_end(index: Index) -> None:
    from wegwijzer.match import find
    from wegwijzer.score import score

    def kept(text: str) -> float:  # the share of financing's evidence that counts towards being central
        found = score(index, find(index, text))
        found.selected()
        return found.central["financiering"] / found.theme["financiering"]

    assert kept("EIA voor een nieuwe koelinstallatie om energie te besparen") == pytest.approx(1.0)
    assert kept("subsidie voor een nieuwe koelinstallatie om energie te besparen") == pytest.approx(0.5)


def test_a_closure_by_the_mayor_goes_to_the_gemeente(index: Index) -> None:
    """The mayor decides on a closure, so the gemeente is where the caller objects: the closure is a matter of the
    operating licence (wet-vergunningen), which the gemeente serves."""
    ref = advise(index, "burgemeester sluit de horecazaak voor drie maanden na een drugsvondst")
    assert ref.primary == "wet-en-regelgeving"
    assert next(r.provider for r in ref.recommendations if r.provider not in {"kvk", "ondernemersplein"}) == "gemeente"


def test_public_co_investment_goes_to_who_invests(index: Index) -> None:
    ref = advise(index, "saas company amsterdam, asks about public co-investment or growth loans, VCs are slow")
    assert "fin-investeerders" in {s.id for s in ref.subtopics}
    assert {"rom-inwest", "invest-nl"} & {r.provider for r in ref.recommendations}


def test_staff_sought_in_english_trades(index: Index) -> None:
    assert advise(index, "hotel can't find housekeeping for the summer season").primary == "personeel"
    assert advise(index, "open to career switchers for our workshop").primary == "personeel"


def test_what_the_call_began_with_counts_half_towards_the_central_theme(index: Index) -> None:
    """The advisor's note of what the caller began with ("begon over", "first asked about") is an aside to the end of
    its clause: it is still reported, but the need that came out later is the central theme."""
    later = "de energiesubsidie voor zonnepanelen, echte vraag: hoe vind ik personeel voor de zomer"
    assert advise(index, later).primary == "bedrijfsvoering"
    aside = advise(index, "Begon over " + later)
    assert aside.primary == "personeel" and "bedrijfsvoering" in {t.id for t in aside.themes}


def test_an_aside_is_the_callers_first_topic_and_ends_where_the_real_question_starts(index: Index) -> None:
    """Not what a bank asked first; the aside stops at `en`, `eigenlijk` (cues.yaml `aside_ends`)."""
    assert (
        advise(index, "de bank vraagt eerst een ondernemingsplan, hoe schrijf ik dat").primary == "wet-en-regelgeving"
    )
    ref = advise(index, "begon over de WBSO en eigenlijk wil hij zijn eerste personeel aannemen")
    plain = advise(index, "de WBSO en eigenlijk wil hij zijn eerste personeel aannemen")
    assert ref.primary == "personeel" and ref.themes[0].score == plain.themes[0].score
    assert advise(index, "we openden met 2 man personeel en willen nu groeien, zoeken financiering").primary == (
        "financiering"
    )


def test_a_matter_added_after_the_question_counts_half_towards_the_central_theme(index: Index) -> None:
    """cues.yaml afterthoughts: "ook", "daarnaast", "also" opening a clause add a second matter; the question before
    stays the central one (an "ook" inside a clause is no such word)."""
    text = (
        "cateraar 12 wn opent 2e locatie, bank wil borg bij de lening. bestaat er een garantieregeling? ook koks werven"
    )
    assert advise(index, text).primary == "financiering"
    assert advise(index, text.replace("? ook koks werven", "? we willen ook koks werven")).primary == "personeel"
    # after a comma only its clause; not "verder", which opens the main ask as often; not a sign of acute trouble
    assert advise(
        index, "we doen al aan export, ook een winkel in Delft, vraag is hoe we personeel werven"
    ).primary == ("personeel")
    assert advise(index, "digitaliseren lukt, verder vooral personeel werven").primary == "personeel"
    acute = advise(index, "restaurant wil terras uitbreiden. also: the bank is pulling our credit line next week")
    assert acute.primary == "zwaar-weer" and acute.context.urgent


def test_the_discounts_leave_a_reported_theme_half_its_evidence(index: Index) -> None:
    from wegwijzer.match import find
    from wegwijzer.score import score

    found = score(index, find(index, "Begon over subsidie voor laadpalen, echte zorg: omscholing van monteurs"))
    found.selected()
    assert found.central["financiering"] == pytest.approx(0.5 * found.theme["financiering"])


def test_financing_a_takeover_is_a_financing_question(index: Index) -> None:
    ref = advise(
        index, "neemt de drukkerij van zijn vader over, vraagt naar overnamefinanciering en een verkoperslening"
    )
    assert ref.primary == "financiering"
    assert "fin-financieringsvorm" in {s.id for s in ref.subtopics}
    # in English, a parent's firm taken over is the takeover beside the money, and the takeover alone without it
    english = advise(index, "want to take over my father's plumbing company, how to finance")
    assert english.primary == "financiering" and "bedrijfsvoering" in {t.id for t in english.themes}
    assert (
        advise(index, "I'm going to take over my parents' business, what do I need to arrange").primary
        == "bedrijfsvoering"
    )
    # a parent's lease is no firm
    assert advise(index, "will the bank let me take over my father's car lease").primary == "financiering"


def test_a_pregnant_employee_is_absence_that_uwv_pays_for(index: Index) -> None:
    ref = advise(index, "medewerkster van mijn kapsalon is zwanger, hoe zit het met haar zwangerschapsverlof")
    assert "wet-ziekte" in {s.id for s in ref.subtopics}
    assert next(r.provider for r in ref.recommendations if r.provider not in {"kvk", "ondernemersplein"}) == "uwv"


def test_a_private_legal_question_is_out_of_scope_and_goes_to_the_juridisch_loket(index: Index) -> None:
    ref = advise(index, "beller gaat scheiden en vraagt naar partneralimentatie")
    assert ref.out_of_scope
    assert [r.provider for r in ref.recommendations] == ["juridisch-loket"]
    assert ref.notices[0].startswith("Een privévraag") and not ref.ask_caller  # said as such, nothing to ask
    # a job seeker or someone on unemployment benefit: UWV; a zzp'er looking for work is a business
    assert [
        r.provider for r in advise(index, "ik zoek een baan als kok, hebben jullie vacatures?").recommendations
    ] == ["uwv"]
    assert not advise(index, "ik zoek werk als zzp'er, hoe kom ik aan opdrachten").out_of_scope
    # separating private and business money is bookkeeping, not a divorce
    assert "juridisch-loket" not in {
        r.provider for r in advise(index, "privé en zakelijk scheiden in de boekhouding").recommendations
    }


def test_a_subsidy_to_start_an_ordinary_business_is_a_question_of_start_up_money(index: Index) -> None:
    ref = advise(index, "startsubsidie voor mijn nieuwe schoonheidssalon?")
    assert "fin-financieringsvorm" in {s.id for s in ref.subtopics}
    assert ref.recommendations[0].provider == "qredits"


def test_a_topic_said_in_words_is_not_outweighed_by_an_example_sharing_one_common_word(index: Index) -> None:
    # "ondernemer" is in an example of restarting after bankruptcy: innovating is what the caller says
    ref = advise(index, "ondernemer uit Midden-Brabant wil innoveren")
    assert ref.primary == "productinnovatie"
    assert "zwaar-weer" not in {t.id for t in ref.themes}


def test_a_dispute_with_the_neighbours_or_a_family_permit_is_private(index: Index) -> None:
    for question in (
        "burenruzie over een schutting, wie moet die betalen",
        "de buurvrouw heeft een boom vlak bij de erfgrens geplant, mag dat",
        "neighbour dispute about a hedge, where can she get legal advice",
    ):
        ref = advise(index, question)
        assert ref.out_of_scope, question
        assert [r.provider for r in ref.recommendations] == ["juridisch-loket"], question
    assert advise(index, "vraagt naar gezinshereniging voor zijn vrouw uit Marokko").out_of_scope
    assert advise(index, "wants to know about a visa for his parents, not business related").out_of_scope
    # "grens" in a boundary of a plot is no border to export over
    assert "internationalisering" not in {t.id for t in advise(index, "schuur staat over de erfgrens").themes}
    # a firm hiring from abroad still asks a business question
    assert not advise(index, "bouwbedrijf wil een kennismigrant uit India aannemen, welke vergunning").out_of_scope


def test_an_apartment_a_newborn_or_an_employees_tax_return_is_private(index: Index) -> None:
    for question in (
        "asks about rent increase for his apartment, landlord wants 10 percent more",
        "caller wants to know how to register his newborn baby",
        "wants help with her personal tax return, she is employed",
    ):
        assert advise(index, question).out_of_scope, question
    # a firm that lets apartments, a would-be starter: business questions
    assert not advise(index, "wij verhuren appartementen aan toeristen, welke vergunning").out_of_scope
    assert not advise(index, "ik ben geen ondernemer maar wil er een starten").out_of_scope


def test_weighing_up_whether_to_stop_is_closing_the_business(index: Index) -> None:
    ref = advise(index, "bike repair shop keeps losing customers, owner wonders whether to stop")
    assert ref.primary == "zwaar-weer"
    assert "zww-stoppen" in {s.id for s in ref.subtopics}


def test_an_employee_about_their_job_or_a_tenant_about_their_home_asks_a_private_question(index: Index) -> None:
    for question in (
        "mijn werkgever betaalt mijn vakantiegeld niet uit",
        "mijn baas wil me ontslaan, mag dat zomaar",
        "my employer hasn't paid my salary for two months",
        "ik huur een flat en de verhuurder wil de huur verhogen, wat kan ik doen",  # a tenant of a home, too
    ):
        ref = advise(index, question)
        assert ref.out_of_scope, question
        assert [r.provider for r in ref.recommendations] == ["juridisch-loket"], question
    # an employer about an employee, and staff calling for the business, ask business questions
    assert not advise(index, "kan ik een medewerker ontslaan die steeds te laat komt").out_of_scope
    # a role is said in one breath: "my duties as an employer" is no "my employer"
    assert not advise(index, "what are my duties as an employer when someone is sick").out_of_scope
    assert not advise(index, "mijn rechten als werkgever bij ontslag").out_of_scope
    assert not advise(index, "mijn baas vraagt of wij subsidie kunnen krijgen voor een nieuwe machine").out_of_scope
    # nor is it private when the caller speaks as a business too: a firm noun, its size or its staff
    assert not advise(index, "ik ben in loondienst en wil ernaast een eigen bedrijf starten").out_of_scope
    assert not advise(index, "ik huur een bedrijfspand en de verhuurder wil de huur verhogen").out_of_scope


def test_an_example_sharing_one_word_never_lists_a_theme_by_itself(index: Index) -> None:
    from wegwijzer.match import ONE_WORD_SIMILARITY
    from wegwijzer.score import SIM_ALONE

    assert ONE_WORD_SIMILARITY < SIM_ALONE
    # an example of a contract not renewed shares "verlengen" with a permit to renew: no staff theme for it
    ref = advise(index, "café in Leeuwarden, horecavergunning verlengen")
    assert [t.id for t in ref.themes] == ["wet-en-regelgeving"]
    assert ref.recommendations[0].provider == "gemeente"


def test_a_parental_home_or_ones_own_unemployment_benefit_is_private(index: Index) -> None:
    assert advise(index, "na de erfenis wil hij het ouderlijk huis verkopen, hoe zit dat met belasting").out_of_scope
    assert advise(index, "vraagt hoe lang ze haar eigen ww-uitkering nog krijgt").out_of_scope
    # a business run from home is a business question
    assert not advise(index, "mw heeft een nagelstudio in haar woning en wil een medewerker aannemen").out_of_scope


def test_an_employee_dismissed_by_their_employer_and_a_row_with_the_neighbours_are_private(index: Index) -> None:
    assert advise(index, "mevrouw is ontslagen door haar werkgever, mag dat zomaar").out_of_scope
    assert advise(index, "hij heeft ruzie met buren over een boom, wat kan hij doen").out_of_scope
    # a firm that lost staff, a firm that builds fences: business questions
    assert not advise(index, "mijn werknemer is ontslagen, wat moet ik regelen met het uwv").out_of_scope
    assert not advise(index, "wij hebben een hoveniersbedrijf en plaatsen schuttingen, zoeken personeel").out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "hij vraagt als particulier of er subsidie is voor een warmtepomp",
        "ze wil weten wat haar rechten als werknemer zijn nu haar contract stopt",
        "mijn zoon zoekt een stageplek in de techniek, kunnen jullie helpen",
        "boete gekregen terwijl ik een bezoekersvergunning had",
        "her employer cut her hours, what can she do",
        # a relative's affairs, an employee's debts paid from a salary
        "ik bel voor mijn moeder, zij heeft een brief van de gemeente gekregen",
        "ik kom niet meer rond van mijn salaris en heb schulden, waar krijg ik hulp",
        "I'm an employee at a bank and want to know how my own tax return works",
        # the life areas of the fourteenth session's private words: pay, neighbours, a home, an internship, debts
        "mijn loonstrook klopt al maanden niet, wat kan ik doen",
        "my upstairs neighbour plays loud music every night",
        "schimmel in mijn woning en de verhuurder doet niks",
        "ik zoek een stageplaats voor mijn opleiding",
        "I can't pay my phone bill and have a klarna debt",
    ],
)
def test_private_persons_in_their_own_words_are_out_of_scope(index: Index, question: str) -> None:
    assert advise(index, question).out_of_scope, question


def test_a_benefit_or_a_study_beside_a_start_stays_a_business_question(index: Index) -> None:
    for question in (
        "ik zit in de bijstand en wil een eigen bedrijf starten, kan dat",
        "ik krijg stufi en wil een webshop beginnen, moet ik me inschrijven bij de kvk",
    ):
        assert not advise(index, question).out_of_scope, question


def test_valuing_the_business_is_a_business_question_also_in_a_divorce(index: Index) -> None:
    result = advise(index, "zzp'er gaat scheiden, hoe wordt het bedrijf gewaardeerd")
    assert not result.out_of_scope
    assert result.primary == "bedrijfsvoering"


def test_a_small_firm_developing_a_product_is_innovative_enough_for_its_rom(index: Index) -> None:
    # the ROMs are for innovative firms, start-ups and scale-ups; a small firm with a product to develop is the
    # first of those (themes.yaml caller_group), so its size does not count against the ROM
    for question, rom in [
        ("timmerbedrijf in Assen, 4 man, wil een eigen product ontwikkelen. wie helpt daarbij?", "nom"),
        (
            "small bakery in Middelburg (3 staff) wants to develop a new gluten-free product line, who can help",
            "impuls-zeeland",
        ),
    ]:
        specific = [p for p in _parties(index, question) if p not in ("kvk", "ondernemersplein")]
        assert specific[0] == rom, (question, specific)


def test_nitrogen_and_nature_permits_go_to_the_province_that_decides(index: Index) -> None:
    # the permit for a Natura 2000 activity (stikstof) is the province's, sometimes the municipality's; RVO only
    # comes in for a subsidy
    for question in [
        "aannemer uit Ede, bouwproject ligt stil door stikstof, wat moet hij doen",
        "farmer wants to extend his barn near a natura 2000 area, does he need a nitrogen calculation?",
    ]:
        specific = [p for p in _parties(index, question) if p not in ("kvk", "ondernemersplein")]
        assert specific[0] == "provincie", (question, specific)
        assert "gemeente" in specific[:3]


def test_apprentices_and_interns_go_to_sbb_retraining_staff_is_its_own_need(index: Index) -> None:
    # a student in the firm needs a recognised training company, which SBB grants (pers-leerbedrijf); retraining the
    # firm's own staff is pers-ontwikkeling
    ref = advise(index, "installatiebedrijf wil een bbl-leerling aannemen, moeten we erkend zijn?")
    assert "pers-leerbedrijf" in ref.themes[0].subtopics
    specific = [r.provider for r in ref.recommendations if r.provider not in ("kvk", "ondernemersplein")]
    assert specific[0] == "sbb"
    ref = advise(index, "we willen onze monteurs omscholen naar warmtepompen")
    assert "pers-ontwikkeling" in ref.themes[0].subtopics and "pers-leerbedrijf" not in ref.themes[0].subtopics


def test_registering_a_childcare_centre_goes_to_the_municipality(index: Index) -> None:
    # the municipality enters a childcare centre in the Landelijk Register Kinderopvang after the GGD's inspection
    specific = [
        p for p in _parties(index, "wil bso beginnen, hoe kom ik in het lrk?") if p not in ("kvk", "ondernemersplein")
    ]
    assert specific[0] == "gemeente", specific


def test_a_theme_with_a_report_share_of_its_own_is_reported_from_less_evidence(index: Index) -> None:
    from wegwijzer.score import Scores

    found = Scores()
    found.theme.update({"internationalisering": 3.0, "personeel": 0.75})
    found.direct.update(found.theme)
    found.evidence["internationalisering"].append("export")
    assert found.selected() == ["internationalisering"]  # 0.75 is a quarter of the best: under RELATIVE (0.3)
    assert found.selected(report_share={"personeel": 0.2}) == ["internationalisering", "personeel"]
    # the shipped data lowers it for money, staff and a country, which callers name in passing (report_share)
    assert index.report_share == {"financiering": 0.2, "personeel": 0.2, "internationalisering": 0.2}


def test_working_conditions_are_labour_law_for_the_sector_organisation(index: Index) -> None:
    # the RI&E and the Arbowet: labour law (wet-arbeidsrecht), where the sector's organisation knows the rules, not
    # the registration of a new employer at the Belastingdienst
    ref = advise(index, "schildersbedrijf, 8 man, moet de ri&e nog maken en de arbeidsinspectie komt, wat nu")
    assert "wet-arbeidsrecht" in {s.id for s in ref.subtopics}
    specific = [r.provider for r in ref.recommendations if r.provider not in ("kvk", "ondernemersplein")]
    assert specific[0] == "brancheverenigingen", specific


def test_an_employers_pension_duties_are_for_the_sector_organisation(index: Index) -> None:
    ref = advise(index, "werkgever met 11 man vraagt wat de wet toekomst pensioenen voor hem betekent")
    specific = [r.provider for r in ref.recommendations if r.provider not in ("kvk", "ondernemersplein")]
    assert specific[0] == "brancheverenigingen", specific


@pytest.mark.parametrize(
    "question",
    ["setting up a company in the Netherlands", "open my own salon", "ik wil mijn eigen bakkerij openen"],
)
def test_a_caller_who_only_says_they_are_starting_asks_how_to_start(index: Index, question: str) -> None:
    ref = advise(index, question)
    assert ref.context.stage == "starter"
    assert not ref.out_of_scope and "wet-starten" in {s.id for s in ref.subtopics}


def _first_specific(index: Index, text: str) -> str:
    return next(p for p in _parties(index, text) if p not in {"kvk", "ondernemersplein"})


def test_a_caller_looking_for_investors_goes_to_a_party_that_invests(index: Index) -> None:
    """Investors (fin-investeerders) are split from alternative lenders (fin-niet-bancair): a microfinancier lends and
    takes no share in the firm."""
    referral = advise(index, "how do I find investors for my startup")
    assert "fin-investeerders" in {s.id for s in referral.subtopics}
    assert _first_specific(index, "how do I find investors for my startup") != "qredits"
    assert "qredits" in _parties(index, "kan ik met crowdfunding of een microkrediet mijn foodtruck financieren")


def test_the_state_guarantee_as_callers_describe_it_is_the_bmkb(index: Index) -> None:
    assert _first_specific(index, "slager, 2 wn, bank wil alleen lenen met een borgstelling van de overheid") == "rvo"


def test_a_financier_of_millions_comes_after_others_unless_such_a_sum_is_named(index: Index) -> None:
    assert _first_specific(index, "ik wil crowdfunding gebruiken voor mijn foodtruck") != "invest-nl"
    assert _first_specific(index, "scale-up zoekt 10 miljoen groeikapitaal") == "invest-nl"
    # a firm of a size such a financier also names, without a sum: its province's ROM first
    assert _first_specific(index, "machinefabriek in Deventer, 70 medewerkers, zoekt risicokapitaal") == "oost-nl"


def test_a_trade_mission_is_rvos_even_with_a_regional_party_near(index: Index) -> None:
    assert _first_specific(index, "bouwbedrijf uit Den Haag wil mee op handelsmissie naar Ghana") == "rvo"
    assert "handelsmissies" in {s["id"] for s in advise(index, "are there trade missions to Vietnam").schemes}


def test_a_scheme_named_sends_the_caller_to_the_party_that_runs_it(index: Index) -> None:
    """The Bbz is applied for at the gemeente; the IMK, which often assesses it and serves its sub-questions, comes
    after it."""
    assert (
        _first_specific(index, "zzp fotograaf, inkomen te laag, kan ik bijstand als zelfstandige krijgen") == "gemeente"
    )


def test_a_name_inside_a_longer_name_names_nothing(index: Index) -> None:
    """ "Horizon" is Horizon Flevoland's short name; in "Horizon Europe" it is the EU programme RVO is the contact point
    for, and a caller in Overijssel who asks about it has named no ROM (before, Oost NL was "door de beller genoemd")."""
    ref = advise(index, "Horizon Europe subsidie voor ons consortium, 70 mw Enschede")
    assert "horizon-europe" in {s["id"] for s in ref.schemes}
    assert _first_specific(index, "Horizon Europe subsidie voor ons consortium, 70 mw Enschede") == "rvo"
    assert not any("genoemd" in r.reason for r in ref.recommendations if r.provider == "oost-nl")
    # the short name alone still names the party
    assert "horizon-flevoland" in {
        r.provider
        for r in advise(index, "kan Horizon ons helpen met een lening, we zitten in Lelystad").recommendations
    }


def test_short_time_working_after_a_calamity_is_the_uwvs(index: Index) -> None:
    """Werktijdverkorting (a permit from SZW, then WW through UWV) after a fire or flood: UWV first, before the
    parties for firms in trouble, however acute the calamity."""
    assert _first_specific(index, "overstroming in de loods, 5 mensen zonder werk, kunnen we wtv aanvragen") == "uwv"
    assert _first_specific(index, "after the fire half our staff have no work, can we apply for WTV") == "uwv"


def test_when_no_party_serves_what_is_asked_the_general_first_line_comes_first(tmp_path: Path) -> None:
    """Only the theme in general, no party for the sub-question: KVK and Ondernemersplein first, in score order. (In
    the shipped data every sub-question has a national party; here KVK and Ondernemersklankbord no longer serve working
    together.)"""
    data = tmp_path / "kb"
    shutil.copytree(data_dir(), data)
    providers = data / "providers.yaml"
    text = providers.read_text(encoding="utf-8")
    assert "zww-stoppen, bedr-samenwerking]" in text and "bedr-digitalisering,\n      bedr-samenwerking]" in text
    text = text.replace("zww-stoppen, bedr-samenwerking]", "zww-stoppen]")  # KVK
    okb = "bedr-digitalisering,\n      bedr-samenwerking]"  # Ondernemersklankbord
    text = text.replace(okb, "bedr-digitalisering]")
    providers.write_text(text, encoding="utf-8")
    index = Index(load(data, use_cache=False))
    recs = advise(index, "we willen met vier bouwbedrijven samen inkopen, welke samenwerkingsvorm").recommendations
    assert [r.provider for r in recs[:2]] == ["kvk", "ondernemersplein"]
    assert [r.score for r in recs] == sorted((r.score for r in recs), reverse=True)
    named = advise(index, "we willen met vier bouwbedrijven samen inkopen, welke samenwerkingsvorm, kan de kvk helpen")
    assert named.recommendations[0].provider == "kvk"
    assert "genoemd" in named.recommendations[0].reason  # a general party chosen keeps its own reasons


def test_a_party_for_growth_firms_only_needs_a_sign_of_growth_when_it_comes_by_a_theme_alone(index: Index) -> None:
    # Techleap (startups, scale-ups, tech) serves no sub-question: for a brewery it came by the themes alone
    # (third before; now behind the lenders, where it only fills the list)
    assert (
        "techleap" not in _parties(index, "brouwerij wil exporteren naar de VS en zoekt financiering voor ketels")[:4]
    )
    assert "techleap" in _parties(index, "onze tech startup wil snel opschalen naar het buitenland, wie helpt")


def test_a_party_the_caller_was_sent_on_by_is_no_party_asked_for(index: Index) -> None:
    # "RVO stuurde me door": RVO is where the caller went, not named as the party they want
    ref = advise(index, "RVO stuurde me door, ik zoek een mentor voor mijn bedrijf")
    assert ref.context.visited == ("rvo",)
    assert all(r.provider != "rvo" or t("nl", "reason_named") not in r.reason for r in ref.recommendations)
    assert "rvo" not in [r.provider for r in ref.recommendations][:2]
    # named in the same words without being sent on, it is asked for
    asked = advise(index, "ik wil naar RVO, ik zoek een mentor voor mijn bedrijf")
    assert asked.context.visited == ()
    # a word of a place the caller went names its theme, not a sub-question: no bank loan asked
    ref = advise(index, "de bank verwees me naar jullie, ik wil mijn administratie digitaliseren")
    assert "fin-bancair" not in {s.id for s in ref.subtopics}
    assert ref.primary == "bedrijfsvoering"
    # a party gone to still says what the question is about: not out of scope for want of its themes
    ref = advise(index, "tried Qredits, no luck, need 20k for a van")
    assert ref.context.visited == ("qredits",) and ref.primary == "financiering"
    # a thing looked for without luck is still looked for
    assert "fin-regelingen" in {s.id for s in advise(index, "searched for subsidies with no luck").subtopics}


@pytest.mark.parametrize(
    ("text", "visited"),
    [
        ("tried UWV, no luck. I need to hire my first employee", ("uwv",)),
        ("belastingdienst kon niet helpen, vraag over btw op diensten aan belgische klanten", ("belastingdienst",)),
        ("ik ben naar het UWV verwezen voor mijn personeel", ()),  # where the caller was sent
        ("tried to get a loan from the bank for my bakery", ()),  # what the caller tried to do
        ("de gemeente stuurde ons een brief over de vergunning", ()),  # no sending on
        ("haven't tried Qredits yet, need 20k for a van", ()),  # not gone
        ("geen contact gehad met RVO, wil WBSO aanvragen", ()),
        ("ik sta al bij de kvk ingeschreven, hoe vraag ik de WBSO aan", ()),  # a state, no visit
        ("belastingdienst stuurde aanslag door, wat nu", ()),  # no person sent
        ("the UWV sent it to me last week, a letter about sick pay", ()),
        ("de brief van de belastingdienst verwijst naar een boete", ()),  # the letter refers
        ("KVK verwees door, RVO verwees door, wil exporteren", ("kvk", "rvo")),  # each time it is said
        ("I talked to RVO who referred me to you, WBSO question", ("rvo",)),
        ("doorverwezen door rvo ivm wbso aanvraag", ("rvo",)),  # the passive
        ("bij het UWV konden ze niet helpen, vraag over loonkostensubsidie", ("uwv",)),
        ("al bij de gemeente geweest, wil terras vergunning", ("gemeente",)),  # inside the cue
        ("iemand van de belastingdienst verwees me naar jullie, vraag over btw", ("belastingdienst",)),  # a person
        ("rvo helpdesk kon niet helpen met wbso aanvraag", ("rvo",)),  # the party before its helpdesk
        ("Weet niet precies. Contact gehad met UWV over loonkostensubsidie", ("uwv",)),  # a negation elsewhere
        ("UWV kan me niet helpen met loonkostensubsidie", ("uwv",)),
        ("was al bij de KVK ingeschreven, nu vraag over WBSO bij RVO", ()),  # a state
        ("de gemeente verwijst naar het bestemmingsplan, mag ik hier een horecazaak beginnen", ()),  # a rule
        ("door de gemeente naar het UWV verwezen, vraag over loonkostensubsidie", ("gemeente",)),
        ("Belastingdienst en UWV verwezen allebei naar jullie, zzp met personeel", ("uwv", "belastingdienst")),
        ("KVK verwees door naar RVO, vraag over WBSO", ("kvk",)),  # the "door" of the verb: RVO is where he was sent
        ("naar RVO en de provincie verwezen, subsidie voor zonnepanelen", ()),  # both where the caller was sent
        ("lening bij Qredits KVK verwees door", ("kvk",)),  # no join: Qredits is what is asked
    ],
)
def test_where_the_caller_already_went(index: Index, text: str, visited: tuple[str, ...]) -> None:
    assert advise(index, text).context.visited == visited


def test_a_service_the_caller_went_to_is_shown_by_its_word(index: Index) -> None:
    from wegwijzer.view import advisor_lines, plain

    ref = advise(index, "bank sent her to kvk, wants to streamline admin")
    assert ref.context.visited == () and "al geweest bij bank" in plain(advisor_lines(ref, "nl"))


def test_where_the_caller_went_is_in_the_view_the_handover_and_the_reason(index: Index) -> None:
    from wegwijzer.view import advisor_lines, handoff, plain

    ref = advise(index, "belastingdienst kon niet helpen, vraag over btw op diensten aan belgische klanten")
    assert "al geweest bij Belastingdienst" in plain(advisor_lines(ref, "nl"))
    assert "al geweest bij Belastingdienst" in handoff(ref, "nl", index.namebook)
    taxed = [r for r in ref.recommendations if r.provider == "belastingdienst"]
    assert taxed and t("nl", "reason_visited") in taxed[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "dhr is nog geen ondernemer, wil een kapsalon beginnen",
        "mevr heeft geen bedrijf, wil starten met een foodtruck, hoe financieren",
        "has no business yet, wants to start a bakery in Utrecht",
        "heeft geen eigen bedrijf, start binnenkort als kapper",  # the trade in the start's clause
        "heeft geen bedrijf, wil ondernemer worden, hoe begin ik",
    ],
)
def test_having_no_firm_while_starting_one_is_a_starters_question(index: Index, text: str) -> None:
    ref = advise(index, text)
    assert not ref.out_of_scope and ref.context.stage == "starter"


@pytest.mark.parametrize(
    "text",
    [
        "is geen ondernemer, net begonnen bij een nieuwe werkgever, vraag over loonheffingskorting",  # a job started
        "just started at a new job, not a business owner, my employer does not pay my wages",
        "starter op de woningmarkt, vraag over eigenwoningforfait en hypotheek",  # private words, any start
        "net begonnen met nieuwe baan, beslag op mijn loon, wat kan ik doen",
    ],
)
def test_a_start_that_is_no_firm_leaves_a_private_question_private(index: Index, text: str) -> None:
    assert advise(index, text).out_of_scope


def test_a_firm_the_caller_had_is_still_a_business_question(index: Index) -> None:
    text = "heeft geen bedrijf meer sinds vorig jaar, aanslag btw over 2023 ontvangen, kan niet betalen"
    assert advise(index, text).primary == "zwaar-weer"


def test_having_no_firm_makes_a_question_about_ones_job_private(index: Index) -> None:
    # the words that say there is no firm ("ondernemer") do not speak as a business
    ref = advise(
        index, "vraag over eigen pensioen bij werkgever, brief pensioenfonds onbegrijpelijk, is geen ondernemer"
    )
    assert ref.out_of_scope and t("nl", "private") in ref.notices


def test_bank_credit_withdrawn_goes_to_the_credit_coach_first(index: Index) -> None:
    """MKB Kredietcoach matches firms in trouble with financiers (providers.yaml serves fin-bancair); for a caller not
    in trouble the financiers come first."""
    assert _parties(index, "bank zegt per eind van de maand ons krediet op, zonder herfinanciering einde zaak")[0] == (
        "mkb-kredietcoach"
    )
    assert _parties(index, "wil bij de bank een lening voor een nieuwe bus, 4 mw")[0] != "mkb-kredietcoach"


def test_the_creditor_named_who_handles_the_debt_comes_first(index: Index) -> None:
    """A party the caller names that serves what is asked (route.NAMED_SERVES): the tax office that seized the account
    is where the payment plan is made."""
    text = "de belastingdienst heeft beslag gelegd op de rekening, leveranciers kunnen niet betaald worden"
    assert _parties(index, text)[0] == "belastingdienst"
    assert _parties(index, "beslag op de zakelijke rekening, kan leveranciers niet betalen")[0] != "belastingdienst"


def test_the_tax_office_that_seized_the_account_comes_first_said_plainly(index: Index) -> None:
    """themes.yaml zww-betalingsregeling: the tax office's own seizure is a payment-arrangement question, which the
    Belastingdienst serves (a review: said plainly, it came fifth)."""
    assert _parties(index, "belastingdienst heeft beslag gelegd op mijn zakelijke rekening")[0] == "belastingdienst"


def test_a_melding_betalingsonmacht_goes_to_the_belastingdienst(index: Index) -> None:
    """The notice of inability to pay is made to the Belastingdienst (a scheme of its record); still trouble."""
    ref = advise(index, "melding betalingsonmacht, moet ik dat doen bij mijn bv?")
    assert ref.recommendations[0].provider == "belastingdienst" and "zwaar-weer" in {t.id for t in ref.themes}
