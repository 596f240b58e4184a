"""The knowledge-base schema: strict, frozen pydantic models for every YAML file in data/."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from .enums import ContactType, Group, Kind, Level, Line, Offer, Segment, Status

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=60)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=2000)]
Word = Annotated[str, StringConstraints(min_length=1, max_length=120)]


class Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Term(Model):
    """A vocabulary entry; a bare string in YAML is a Term with the defaults."""

    term: Word
    weight: float = Field(default=1.0, gt=0, le=3)
    case: bool = False  # match only as written (acronyms that are also words: NOW)
    exact: bool = False  # no typo matching, and never the tail of another word (inflections and heads still match)
    adjacent: bool = False  # a phrase's words side by side, no other word between ("my residence permit")
    # a firm named by its kind (cues.yaml firm_kinds) may stand for the phrase's word of firm_stand_ins, with only
    # stopwords between it and the phrase's other words: "bedrijf starten" as "een bakkerij starten"
    kinds: bool = False
    # the term is all its clause says: the advisor's label between commas ("huurder, particulier, geen ondn"), not a
    # word of a sentence ("levert aan een particulier", "nog geen eigen bedrijf")
    alone: bool = False


TermSpec = Word | Term


class Ask(Model):
    text: Text
    # left out when the caller already said every one of these: a fact of the context (enums.CONTEXT_FACTS) or one
    # that cues.yaml's `facts` names by its words
    asks_for: list[Id] = []


class Subtopic(Model):
    id: Id
    name: Text
    name_en: Text
    survey_label: Text | None = None
    related: list[Id] = []  # other themes this sub-question also touches: its evidence adds to theirs, at a share
    # other themes this sub-question is part of as well (customs rules are rules too): as `related`, but the share
    # counts as their own evidence, so they can be reported beside the sub-question's theme
    also: list[Id] = []
    means: bool = False  # usually the means to another end (a subsidy, a loan): the end is the primary theme
    terms: list[TermSpec] = []
    # what a caller may lack or look for (a trade: "monteur", "kok"): a term at its weight, but SOUGHT_UP times it when
    # a word of looking or lacking (cues `seeking`: zoekt, tekort, vacature, need) points at it (a few words away)
    sought: list[TermSpec] = []
    # evidence for this sub-question when a word of looking or lacking points at a sum of money ("zoekt 60k")
    sought_money: float = Field(default=0.0, ge=0, le=3)
    examples: list[Text] = []
    ask: list[Text | Ask] = []  # what to ask the caller when this sub-question comes up, most useful first
    ask_en: list[Text] = []  # the same questions in English, in the same order (`--lang en`)
    sources: list[Text] = []


class Theme(Model):
    id: Id
    code: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3,4}$")]
    name: Text
    name_en: Text
    description: Text
    primary_weight: float = Field(default=1.0, gt=0, le=2)  # how readily the theme is central when several apply
    # a caller with a question on this theme is in this target group (developing a product: innovatief)
    caller_group: Group | None = None
    # the share of the best theme's evidence at which this theme is reported beside it (score.RELATIVE when unset)
    report_share: float | None = Field(default=None, gt=0, lt=1)
    terms: list[TermSpec] = []
    subtopics: list[Subtopic]
    sources: list[Text]


class Transition(Model):
    id: Id
    name: Text
    name_en: Text
    themes: list[Id]
    subtopics: list[Id] = []
    terms: list[TermSpec] = []
    sources: list[Text]


class ThemesFile(Model):
    themes: list[Theme]
    transitions: list[Transition] = []


class Scheme(Model):
    id: Id
    name: Text
    aliases: list[TermSpec] = []
    description: Text | None = None
    themes: list[Id]
    subtopics: list[Id] = []
    status: Status = Status.ACTIVE
    url: Text | None = None
    sources: list[Text] = []


class Contact(Model):
    type: ContactType
    value: Text
    label: Text | None = None
    hours: Text | None = None
    free: bool | None = None


class Provider(Model):
    id: Id
    name: Text
    aliases: list[TermSpec] = []
    description: Text
    kind: Kind
    level: Level
    line: Line
    line_note: Text | None = None
    themes: list[Id]
    themes_note: Text | None = None
    serves: list[Id] = []  # the sub-questions it serves best
    offers: list[Offer]
    target_groups: list[Group] = [Group.ALL]
    segments: list[Segment] = []
    regions: Literal["all"] | list[Id] = "all"
    areas: list[Word] = []  # municipalities or subregions it serves, when that is less than its provinces
    sectors: list[Id] = []  # only for these sectors (cues.yaml `sectors`): recommended when the question names one
    finance_min: Annotated[int, Field(ge=0)] | None = None  # euros: the smallest amount it finances (if it says so)
    finance_max: Annotated[int, Field(ge=0)] | None = None  # euros: the largest
    generic: bool = False  # a kind of party (gemeente, rom), not one organisation
    schemes: list[Scheme] = []
    contacts: list[Contact]
    status: Status = Status.ACTIVE
    status_note: Text | None = None
    needs_check: Text | None = None  # why a fact still has to be verified
    sources: list[Text]
    checked: dt.date


class ProvidersFile(Model):
    providers: list[Provider]


class Subregion(Model):
    """A part of a province callers name ("West-Brabant"): a place, and an area a party may serve."""

    name: Word
    aliases: list[Word] = []
    municipalities: list[Word]  # of its province
    sources: list[Text]


class Province(Model):
    id: Id
    name: Text
    aliases: list[Word] = []
    kvk_region: Literal["noord", "oost", "zuid", "zuidwest", "west"]
    rom: Id
    municipalities: list[Word]
    places: list[Word] = []
    # a place of `places` that lies in one municipality ("Den Bosch": 's-Hertogenbosch): a party for part of the
    # province (`areas`) then knows whether the caller is in its part
    in_municipality: dict[Word, Word] = {}
    subregions: list[Subregion] = []
    sources: list[Text]


class RegionsFile(Model):
    provinces: list[Province]
    ambiguous: list[Word] = []  # names used in more than one province: never resolved alone
    common_words: list[Word] = []  # place names that are also ordinary words: need a locative cue
    lowercase_ok: list[Word] = []  # common_words that a locative alone marks as the place: "in leiden"
    english_words: list[Word] = []  # common_words that are English words too: an English question needs the locative
    # common_words that a capital inside a Dutch sentence marks as the place right after a firm or sector word
    # ("bakkerij Houten", "startup Leiden")
    capital_ok: list[Word] = []
    # place names that are also an abbreviation, with the words it stands before: written in capitals only, or right
    # before one of these words, the name is the abbreviation ("OSS", "oss-regeling": the EU's one-stop shop for btw)
    place_abbreviations: dict[Word, list[Word]] = {}
    # words that a letter left out of a short municipality's name makes ("vorst": Voorst): never a misspelt place
    not_misspelt: list[Word] = []
    # letters that sound alike, a place name spelt as heard ("Dragten": Drachten, "Neimegen": Nijmegen): a word that is
    # a place with one occurrence of a pair's first spelling swapped for its second is read as that place
    spelling_variants: list[Annotated[list[Word], Field(min_length=2, max_length=2)]] = []
    # words a place name is also written with, the name's own first: "Alphen aan de Rijn" is Alphen aan den Rijn
    name_variants: list[Annotated[list[Word], Field(min_length=2, max_length=2)]] = []
    # words a compound ends in that two swapped letters would make a place's end of ("voorbrug": no Voorburg)
    compound_ends: list[Word] = []


class Calamity(Model):
    """A calamity ("brand in de", "ondergelopen") and what it stopped ("zaak dicht", "kunnen niet leveren")."""

    events: list[TermSpec] = []
    stopped: list[TermSpec] = []
    # an event that begins with a word of `named` ("brand", "inbraak") right after one of `not_after` is a name or a
    # risk: "ons brand" is a brand, "tegen inbraak" a precaution; "onze machine kapot" is a calamity
    not_after: list[Word] = []
    named: list[Word] = []
    not_before: list[Word] = []  # what stopped, right before one of these, is no standstill: "kan niks vinden"


class Hedges(Model):
    """What the caller says is not the need now (hedges.py): the words it covers say nothing of the question."""

    disclaimed: list[Word] = []  # the rest of its clause is asked not: "niet over loon of cao", "not about tax"
    settled: list[Word] = []  # what its clause said before it is done: "achterstand, inmiddels opgelost"
    supposed: list[Word] = []  # trouble in the rest of its clause is supposed: "als de bv failliet zou gaan"
    others: list[Word] = []  # trouble in the rest of its clause is another's: "zwager ging failliet"
    ends: list[Word] = []  # end a hedge's reach, turning to another matter: "wel", "want", "behalve"
    own_words: list[Word] = []  # ... and the caller's own words, a disclaimer's and another's trouble's: "ik", "we"
    adverbs: list[Word] = []  # said before a settling word, they say nothing of what it settles: "inmiddels opgelost"
    not_settled: list[Word] = []  # in a settled clause, it settles nothing: "zodra", "hoe", "dacht"
    told: list[Word] = []  # in a supposition or another's trouble, someone tells: "zwager vertelde", "wat als ik zeg"
    conditionals: list[Word] = []  # opening a clause, a supposition may stand anywhere in it: "als"
    real: list[Word] = []  # in a supposition's sentence, it tells a fact: "aangekondigd", "gisteren"
    openers: list[Word] = []  # disclaimers that count only opening their clause: "niet over" ("er niet over nagedacht")
    lead_ins: list[Word] = []  # ... as suppositions do, these words before them at most: "en wat als", "maar stel dat"
    participles: list[Word] = []  # ending a clause, they settle it: "beslag is opgeheven", "arrears settled"
    negated: list[Word] = []  # ... unless one of these stands before it in the clause: "is nog niet opgelost"


class Founded(Model):
    """A year the firm began: `years_back` or more years past, it says the firm is established."""

    words: list[Word] = []  # beside the year, a locative between at most: "sinds 1998", "in 2010 begonnen"
    years_back: Annotated[int, Field(ge=1, le=50)] = 3
    weight: Annotated[float, Field(gt=0, le=3)] = 0.6


class Cues(Model):
    """Everything the context reader recognises, as data."""

    stopwords: list[Word]
    bound_prefixes: list[Word]  # word starts that do not make a compound head (ver-lening)
    plural_endings: list[Word] = []  # a compound's tail may carry one: prive-schuld-en
    verb_endings: list[Word] = []  # stem + one of these is a finite verb or participle: ontwikkel-t
    e_dropping_endings: list[Word] = []  # an English verb drops its e before one: digitalis-ing (digitalise)
    infinitive_ending: Word | None = None  # stem + this is the infinitive looked up: ontwikkel-en
    participle_prefix: Word | None = None  # ge-investeerd, aan-ge-vraagd
    # particles of separable verbs: "op te leiden" is also read as "opleiden", "aan te vragen" as "aanvragen"
    separable_particles: list[Word] = []
    after_particle: list[Word] = []  # words that may follow a split verb's particle at a clause's end
    split_verbs: list[Word] = []  # separable verbs read when split in a main clause ("schrijf ... in")
    # a word of trade in the same sentence as a country named (facts: country) is evidence of trading with it
    with_country: dict[Id, list[Word]] = {}
    country_adjectives: list[Word] = []  # "Belgische": the country, and trade only right before its word
    unspecific: list[Word] = []  # words asked of any topic, left out of the examples' likeness ("hoe lang duurt")
    distinct_words: list[Word] = []  # words that begin with another word but are not read as it (productie)
    negations: list[Word]
    # articles and possessives a note drops inside a phrase: each phrase is also read without them ("changed locks")
    droppable: list[Word] = []
    time_units: list[Word] = []  # a number and one of these between two words of a phrase counts as one word
    # words Dutch puts at the end of a clause: a phrase's last word that is one may come a few words later ("klant
    # betaalt al drie maanden niet" is "klant betaalt niet")
    clause_final: list[Word] = []
    clause_turns: list[Word] = []  # words that begin a new clause, as a comma does ("maar")
    not_turning_after: list[Word] = []  # ... except after these, where they mean "only" ("alleen maar")
    # finite verbs a subordinate clause puts last: an urgency or safety phrase that starts with one is also read with
    # the verb at its end ("wil er niet meer zijn": "zegt dat hij er niet meer wil zijn" -> "er niet meer zijn wil")
    verb_last: list[Word] = []
    # pronouns of one person and another: a safety or urgency phrase is also read in each other person of its group
    # ("letters to my kids": "to his kids"; "our credit": "their credit"); `possessive` groups only before a noun
    persons: dict[Literal["possessive", "other"], list[list[Word]]] = {}
    locatives: list[Word]
    # "in Heerle, eh Heerlen": a place right after one of these words replaces the place before
    self_corrections: list[Word] = []
    not_corrections: list[Word] = []  # ... unless one of these stands between ("uh, also in Amsterdam")
    residence: list[Word] = []  # a place right after one is where someone lives: another place named is the firm's
    elsewhere: list[Word] = []  # ... unless one of these stands before it ("klanten in Groningen")
    # locatives that also mark an infinitive ("om op te schalen"): a lowercase word after one is no misspelt place
    infinitive_markers: list[Word] = []
    english: list[Word]  # frequent English words: tell the language of a question
    urgency: list[TermSpec]
    deadlines: list[TermSpec] = []  # count towards urgency, but are no evidence of zwaar weer on their own
    pressure: list[TermSpec] = []  # count towards urgency, also together, but are no evidence of zwaar weer
    # who calls for the entrepreneur, in a note's heading ("boekhouder:"): the heading then says no topic (match.py)
    callers: list[TermSpec] = []
    caller_words: list[Word] = []  # the other words such a heading may hold ("belt namens", "eigenaar")
    asking: list[Word] = []  # question words: a heading with one asks ("welke accountant:")
    callers_apart: list[Word] = []  # set two roles apart as alternatives ("accountant of boekhouder:")
    # what the advisor notes the call began with ("begon over", "first asked about"): the rest of that clause is an
    # aside, so it counts less towards the central theme than the need that came out later
    asides: list[TermSpec] = []
    # where the caller already went and was sent on: a party or a service's word right before one of `sent_on` ("de
    # bank verwees naar ons") or a party after one of `went_to` ("tried the UWV") is no party asked for (score._visited)
    sent_on: list[TermSpec] = []
    went_to: list[TermSpec] = []
    sent_to: list[Word] = []  # a party after one of these is where the caller was sent: "naar het UWV verwezen"
    of_words: list[Word] = []  # a party after one of these owns what refers: "de brief van de belastingdienst"
    things: list[Word] = []  # what refers, owned by a party: "de brief van de belastingdienst verwijst"
    joins: list[Word] = []  # places joined by one of these are read together: "Belastingdienst en UWV verwezen"
    sent_by: list[Word] = []  # a party after one of these is where the caller went: "door de gemeente ... verwezen"
    services: list[Word] = []  # a place one goes to for help, beside the parties' names: "bank", "ambassade"
    went_to_not_after: list[Word] = []  # before a word of went_to, it says the caller did not go: "not tried"
    hedges: Hedges | None = None  # what is not the need now: disclaimed, settled, supposed, another's
    aside_ends: list[Word] = []  # ... which ends at one of these words, where the real question starts ("en eigenlijk")
    # a word that, opening a sentence or clause, adds a second matter to the question ("ook: btw-plichtig?")
    afterthoughts: list[Word] = []
    calamity: Calamity | None = None  # a calamity and what it stopped: acute only together
    safety: list[TermSpec]
    stage: dict[Literal["starter", "gevestigd"], list[TermSpec]]
    # a year long past beside these words dates the firm; in or beside a starting cue it dates the start
    founded: Founded | None = None
    size: dict[Literal["zzp", "micro", "klein", "middelgroot"], list[TermSpec]]
    staff_nouns: list[Word]  # "12 medewerkers": the noun after a number that counts staff
    # "softwarebedrijf", "IT company": the word before such a noun tells what the firm does, not what it asks
    firm_nouns: list[Word] = []
    # firms named by their kind ("bakkerij", "kapsalon"), which stand for `firm_stand_ins` ("bedrijf", "business") in
    # the phrases of themes and cues: "een bakkerij starten" is "bedrijf starten"
    firm_kinds: list[Word] = []
    firm_stand_ins: list[Word] = []
    customers: list[Word] = []  # the firm's customers: a label marked `alone` right after one describes them
    # words with which a caller speaks as a business without naming the firm ("ondernemer", "ons bedrijfspand"): with
    # nothing of the kind, fewer private words make a question private
    business_words: list[Word] = []
    # words of looking or lacking near a sub-question's `sought` term make it count more: on either side ("koks
    # nodig", "tekort aan koks"), or, for finite verbs, only before it ("zoekt koks"; in "schilder zoekt" the trade
    # is who calls)
    seeking: list[Word] = []
    seeking_forward: list[Word] = []
    own_trade: list[Word] = []  # words before a trade that make it the caller's own ("ben zzp timmerman")
    works_at: list[Word] = []  # before the name of a private caller's employer ("werk bij een ...")
    employee_of: list[Word] = []  # after the name of a private caller's employer ("hotel employee")
    own_firm: list[Word] = []  # among the words after works_at: the caller's own firm ("for my business", "his own")
    employer_phrases: list[TermSpec] = []  # an employer speaking of their own staff: "onze werknemer"
    money_words: list[Word] = []  # what makes a number a sum of money: "60 k", "3 mln", "650.000 euro"
    dotted: list[Word] = []  # abbreviations written with a full stop that does not end the sentence: "ca.", "mw."
    first_names: list[Word] = []  # a capitalised one in a question is a person's name (redacted, not vocabulary)
    surnames: list[Word] = []  # frequent ones: after a form of address, a lowercase one is a name ("dhr jansen")
    particle_surnames: list[Word] = []  # what follows the particle of frequent ones: a name after it ("de vries")
    dotted_abbreviations: list[Word] = []  # written with a full stop after each letter ("i.v.m."): no initials
    # words after a form of address or an introduction that are no name ("meneer belt"), beside the stopwords,
    # locatives and firms: a lowercase word there is otherwise redacted as a name ("dhr jansen")
    not_names: list[Word] = []
    # facts a follow-up question asks for (`asks_for` in themes.yaml), by the words that say the caller already gave
    # them: "country" by names of countries, "creditor" by whom one owes
    facts: dict[Id, list[TermSpec]] = {}
    segment: dict[Segment, list[TermSpec]]
    sectors: dict[Id, list[TermSpec]] = {}  # words that name a sector: bakkerij -> food, aannemer -> bouw
    private: list[TermSpec] = []  # signs of a private, not a business, question (weights summed; >= 1.0 counts)
    no_firm: list[TermSpec] = []  # the caller has no firm: private, unless they say they are starting one
    former_firm: list[TermSpec] = []  # a firm the caller had: a business question, whatever no_firm says
    # the caller speaks in a private role (an employee about their job: "mijn werkgever"; a tenant about their home: "ik
    # huur een flat"): a private question, whatever else it says, unless the caller also speaks as a business (weights
    # summed; >= 1.0 counts); the key is the party such a question goes to
    private_roles: dict[Id, list[TermSpec]] = {}
    # where a private question goes: a party, and the private words that point there (also private words)
    private_referrals: dict[Id, list[TermSpec]] = {}
    # the caller asks for independent information or an overview, not for a lender or an adviser to act
    neutral: list[TermSpec] = []
    # idioms whose danger word means nothing ("commerciële zelfmoord"): it counts neither for safety nor for distress
    safety_idioms: list[TermSpec] = []
    # words that, right after a sign of danger that ends in a word of going on, give it a thing as object ("no point
    # in going on with the export plan"): the sign then counts as a weak one (score.OBJECT_SHARE)
    danger_objects: list[Word] = []
    danger_going_on: list[Word] = []  # the last words of such signs: "gaan" (door te gaan), "on" (going on)
    danger_not_things: list[Word] = []  # what after the object word is no thing: "with everything", "met alles"
    danger_not_things_last: list[Word] = []  # ... as the clause's last word: "cant go on with this"
    danger_circumstances: list[Word] = []  # ... later in the clause: "with my wife gone"
    regional: list[TermSpec] = []  # the caller asks what their own region or province offers
    numbers: dict[Word, Annotated[int, Field(ge=0, le=100000)]] = {}  # number words: "twaalf" -> 12
    number_joiner: Word | None = None  # joins a unit to a ten in one word: twee-en-twintig
    abbreviations: dict[Word, Word] = {}  # what advisors type in a hurry: "wn" -> "werknemer", "adam" -> "amsterdam"
    # letters as they are spoken, as speech-to-text writes them: "ka vee ka" is "kvk"
    letter_names: dict[Word, Annotated[str, Field(pattern=r"^[a-z]$")]] = {}
    # shorthand with a sign the word reader splits on, written out in the text first: "w/o" -> "without"
    written: dict[Word, Word] = {}
    tail_synonyms: dict[Word, Word] = {}  # compound tails that mean the same: "-contract" and "-overeenkomst"
    general_parties: list[Id]  # the general first line, always a fallback
    safety_party: Id
    urgency_theme: Id | None = None  # acute distress is evidence of this theme too (zwaar weer)
    urgency_subtopic: Id | None = None  # and of this sub-question (acute support), so its parties are specific
    starting_subtopic: Id | None = None  # starting a business: ask whether it has started
    foreign_firm: Id | None = None  # a sub-question whose theme a foreign firm is evidence of ("a German company")
