"""Demo questions for the board of open questions, in Dutch and in English.

Themes, places and kinds of organisation come from the seeds: low literacy, ageing and
loneliness in Leiden and Leiden-Noord (seeds 002 and 003), students and the city with the
Convenant Student en Stad and eHealth (seed 002), shopping streets in Leuven (seed 000), a
neighbourhood campus in Ghent (seed 004). The organisations and questions are invented
examples and say so in their names. Each question says which consents its partner gave:
those without publication consent, or no longer open for matching, stay off the board.
"""

from ..models import Status

NOT_NAMED = {"contact": True, "publication": True, "naming": False}
NOT_PUBLISHED = {"contact": True, "publication": False, "naming": False}

BOARD_EXAMPLES = [
    {
        "email": "taalpunt@leiden.example",
        "organisation": "Taalpunt Leiden (voorbeeld)",
        "organisation_type": "maatschappelijke-organisatie",
        "contact_name": "Sanne de Vries",
        "language": "nl",
        "title": "Hoe vinden laaggeletterde volwassenen de weg naar een taalcursus?",
        "description": "In Leiden hebben veel volwassenen moeite met lezen en schrijven, maar weinigen "
        "melden zich voor een cursus. Wij willen begrijpen wat hen tegenhoudt en hoe wij hen beter "
        "kunnen bereiken, bijvoorbeeld via de huisarts, de school van hun kinderen of het werk.",
        "themes": ["laaggeletterdheid", "onderwijskansen"],
        "place": "leiden",
        "neighbourhood": "",
        "help_kinds": ["research", "design"],
        "partner_offers": ["information", "access"],
        "timing": "this_year",
        "status": Status.SEEKING_MATCH,
        "message": "Uw vraag staat nu op het overzicht van open vraagstukken, zonder de naam van uw organisatie.",
        "consents": NOT_NAMED,
    },
    {
        "email": "centrum@ondernemersleuven.example",
        "organisation": "Ondernemersvereniging Centrum Leuven (voorbeeld)",
        "organisation_type": "bedrijf",
        "contact_name": "Pieter Janssens",
        "language": "nl",
        "title": "Hoe maken we de winkelstraat duurzamer zonder klanten te verliezen?",
        "description": "Onze winkeliers willen minder verpakkingen en minder bestelbusjes in de straat. "
        "Wij zoeken ideeën die klanten aanspreken en die kleine zaken kunnen betalen.",
        "themes": ["winkelbeleving", "duurzaamheid"],
        "place": "leuven",
        "neighbourhood": "",
        "help_kinds": ["fresh_look", "design"],
        "partner_offers": ["information", "contact"],
        "timing": "next_year",
        "status": Status.SEEKING_MATCH,
        "message": "Uw vraag staat nu op het overzicht van open vraagstukken.",
    },
    {
        "email": "buurtcentrum@gent.example",
        "organisation": "Buurtcentrum Brugse Poort (voorbeeld)",
        "organisation_type": "welzijnsorganisatie",
        "contact_name": "Lotte Claes",
        "language": "nl",
        "title": "Wat houdt jongeren weg uit ons buurtcentrum?",
        "description": "Jongeren uit de buurt komen zelden binnen. Wij willen met studenten uitzoeken "
        "waarom, en samen met de jongeren iets bedenken dat wel werkt.",
        "themes": ["wijkontwikkeling", "diversiteit"],
        "place": "gent",
        "neighbourhood": "Brugse Poort",
        "help_kinds": ["research", "hands_on"],
        "partner_offers": ["access", "internship"],
        "timing": "soon",
        "status": Status.SEEKING_MATCH,
        "message": "",
        "consents": NOT_PUBLISHED,
    },
    {
        "email": "studentenhuis@leiden.example",
        "organisation": "Student association in Leiden (example)",
        "organisation_type": "studentenvereniging",
        "contact_name": "Tom Bakker",
        "language": "en",
        "title": "How can students and long-time residents be good neighbours?",
        "description": "Student houses and families share the same streets in the centre of Leiden. "
        "We would like to know what bothers each side, what already works, and what students "
        "themselves can do to be better neighbours.",
        "themes": ["studenten-stad", "wijkontwikkeling"],
        "place": "leiden",
        "neighbourhood": "",
        "help_kinds": ["research", "advice"],
        "partner_offers": ["information", "contact"],
        "timing": "this_year",
        "status": Status.SEEKING_MATCH,
        "message": "Your question is now on the board of open questions, without the name of your organisation.",
        "consents": NOT_NAMED,
    },
    {
        "email": "care@leiden-north.example",
        "organisation": "Home care team Leiden North (example)",
        "organisation_type": "welzijnsorganisatie",
        "contact_name": "Noor Hendriks",
        "language": "en",
        "title": "Which digital care tools do older residents really use?",
        "description": "We offer video calls, a medication reminder and an alarm button, but many older "
        "clients stop using them after a few weeks. We would like students to find out why, and "
        "what would help older people keep in touch with their carers and with each other.",
        "themes": ["zorg-welzijn", "vergrijzing", "eenzaamheid"],
        "place": "leiden",
        "neighbourhood": "",
        "help_kinds": ["research", "fresh_look"],
        "partner_offers": ["information", "access", "contact"],
        "timing": "next_year",
        "status": Status.SEEKING_MATCH,
        "message": "Your question is now on the board of open questions.",
    },
    {
        "email": "green@ghent-residents.example",
        "organisation": "Residents' group in Ghent (example)",
        "organisation_type": "bewonersgroep",
        "contact_name": "Elif Yilmaz",
        "language": "en",
        "title": "Where can our street make room for greenery?",
        "description": "Our street has no trees and hot summers. We have ideas for planters and a small "
        "garden, and need help with a plan the city can agree to.",
        "themes": ["duurzaamheid", "wijkontwikkeling"],
        "place": "gent",
        "neighbourhood": "",
        "help_kinds": ["design"],
        "partner_offers": ["access", "contact"],
        "timing": "flexible",
        "status": Status.MATCHED,
        "message": "Your question has been matched with a course; it has left the board of open questions.",
    },
]
