"""The fixed values of the knowledge base's fields: models.py types the fields with them, and the cross-file checks
compare with them without importing pydantic."""

from __future__ import annotations

from enum import StrEnum

# what the context itself tells (context.py), for a follow-up question's `asks_for`; cues.yaml's `facts` names more
CONTEXT_FACTS = ("amount", "place", "sector", "size", "stage")


class Line(StrEnum):
    FIRST = "eerstelijns"
    SECOND = "tweedelijns"
    BOTH = "beide"


class Level(StrEnum):
    NATIONAL = "landelijk"
    PROVINCIAL = "provinciaal"
    REGIONAL = "regionaal"
    LOCAL = "lokaal"


class Kind(StrEnum):
    AGENCY = "uitvoeringsorganisatie"
    ROM = "rom"
    FOUNDATION = "stichting"
    TRADE_BODY = "brancheorganisatie"
    EMPLOYERS = "werkgeversorganisatie"
    MUNICIPALITY = "gemeente"
    PROVINCE = "provincie"
    PROGRAMME = "programma"
    HELPLINE = "hulplijn"
    PARTNERSHIP = "samenwerkingsverband"
    FINANCIER = "financier"


class Offer(StrEnum):
    INFO = "informatie"
    ADVICE = "advies"
    COACHING = "coaching"
    FINANCE = "financiering"
    SCHEME = "regeling"


class Group(StrEnum):
    STARTER = "starter"
    ZZP = "zzp"
    MICRO = "micro"
    SMALL = "klein"
    MEDIUM = "middelgroot"
    INNOVATIVE = "innovatief"
    STARTUP = "startup"
    SCALEUP = "scale-up"
    AGRARIAN = "agrarisch"
    TECH = "techniek"
    EXPORTER = "exporteur"
    EMPLOYER = "werkgever"
    DISTRESS = "zwaar-weer"
    MEMBER = "leden"
    ALL = "iedereen"


class Segment(StrEnum):
    GROW = "groeien"
    REFORM = "hervormen"
    RENEW = "vernieuwen"
    ACCELERATE = "versnellen"


class Status(StrEnum):
    ACTIVE = "active"
    UNCONFIRMED = "unconfirmed"  # may have stopped: still recommended, after confirmed parties, until checked
    ENDED = "ended"


class ContactType(StrEnum):
    WEBSITE = "website"
    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"
    FORM = "form"
