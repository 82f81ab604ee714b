"""The words submissions/factories.py builds plausible questions and offers from.

Questions are written in the partner's language (Dutch or English); offers and
internal notes in Dutch, as teachers and the triage team write them.
"""

import random

from portal.models import EducationFormat, InstitutionType

from .models import Status

DISTRICTS = ["Noord", "Zuid", "Oost", "West", "Centrum"]

# (Dutch, English)
GROUPS = [
    ("ouderen", "older residents"),
    ("jongeren", "young people"),
    ("nieuwkomers", "newcomers"),
    ("mantelzorgers", "carers"),
    ("studenten", "students"),
    ("ondernemers", "local businesses"),
    ("ouders", "parents"),
    ("vrijwilligers", "volunteers"),
]

TITLES = {
    "nl": [
        "Wat vinden {group} in {place} van {topic}?",
        "Welke rol spelen {group} bij {topic} in {place}?",
        "Hoe bereiken we {group} in {place}?",
        "{Topic} in {place}: wat kunnen we beter doen?",
        "Hoe betrekken we {group} in {place} bij {topic}?",
        "Wat werkt in {place} voor {group} als het gaat om {topic}?",
    ],
    "en": [
        "What do {group} in {place} think about {topic}?",
        "What role do {group} play in {topic} in {place}?",
        "How do we reach {group} in {place}?",
        "{Topic} in {place}: what could we do better?",
        "How do we involve {group} in {place} in {topic}?",
        "What works for {group} in {place} when it comes to {topic}?",
    ],
}

DESCRIPTIONS = {
    "nl": {
        "opening": "Wij zijn {organisation} en werken met {group} in {area}.",
        "middle": [
            "Steeds vaker merken we dat {topic} daar een rol speelt, maar we weten niet goed wat erachter zit.",
            "We willen weten wat {group} zelf nodig hebben en wat in andere steden al werkt.",
            "Er zijn cijfers uit onze eigen registratie en we kennen de sleutelfiguren in de buurt.",
            "Eerdere activiteiten trokken vooral mensen die we al kenden.",
            "We hebben weinig tijd om zelf onderzoek te doen, maar wel de wil om iets te veranderen.",
        ],
        "closing": [
            "Een frisse blik van studenten helpt ons keuzes te maken voor volgend jaar.",
            "Graag horen we welke aanpak het meeste oplevert.",
            "Het resultaat gebruiken we in ons plan voor de komende jaren.",
        ],
    },
    "en": {
        "opening": "We are {organisation} and work with {group} in {area}.",
        "middle": [
            "More and more often we notice that {topic} plays a part there, but we do not know what lies behind it.",
            "We would like to know what {group} need themselves and what already works in other cities.",
            "We have figures from our own records and we know the key people in the neighbourhood.",
            "Earlier activities mostly drew people we already knew.",
            "We have little time to do research ourselves, but we do want to change something.",
        ],
        "closing": [
            "A fresh look from students would help us make choices for next year.",
            "We would like to hear which approach works best.",
            "We will use the result in our plans for the coming years.",
        ],
    },
}

# Organisation names by organisation type key (invented: Faker's company names include real firms).
FOUNDATION_NAMES = [
    "De Brug",
    "Het Anker",
    "De Schakel",
    "Buurtkracht",
    "Samen Sterk",
    "De Vonk",
    "Het Klaverblad",
]
ORGANISATIONS = {
    "gemeente": ["Gemeente {place}", "Stad {place}", "Gemeente {place}, team Sociaal Domein"],
    "maatschappelijke-organisatie": ["Stichting {name} {place}", "Vereniging {name}"],
    "bewonersgroep": ["Bewonersvereniging {street}", "Buurtinitiatief {street}"],
    "welzijnsorganisatie": ["Welzijn {place}", "Zorgcentrum {name}"],
    "onderwijsinstelling": ["Basisschool {name}", "Brede school {name}"],
    "studentenvereniging": ["Studentenvereniging {name}"],
    "bedrijf": ["Ondernemersvereniging {place}-Centrum", "Bakkerij {surname}", "{surname} Advies B.V."],
}
OTHER_ORGANISATIONS = ["Stichting {name}", "{surname} en Partners"]

# (programme, disciplines) by level of education (the institution's type)
PROGRAMMES = {
    InstitutionType.UNIVERSITY: [
        ("Sociologie (bachelor)", "sociologie, onderzoeksmethoden"),
        ("Bestuurskunde (bachelor)", "bestuurskunde, politicologie"),
        ("Pedagogische wetenschappen (master)", "pedagogiek, onderwijskunde"),
        ("Industrieel ontwerpen (master)", "ontwerp, techniek"),
        ("Sociale geografie en planologie (bachelor)", "geografie, planologie"),
        ("Economie (bachelor)", "economie, data-analyse"),
    ],
    InstitutionType.HOGESCHOOL: [
        ("Social Work", "sociaal werk, wijkgericht werken"),
        ("Communicatie", "communicatie, ontwerp"),
        ("Verpleegkunde", "zorg, gezondheid"),
        ("Bedrijfskunde", "ondernemen, marketing"),
        ("Toegepaste psychologie", "psychologie, gedrag"),
        ("Ruimtelijke ontwikkeling", "planologie, mobiliteit"),
    ],
    InstitutionType.MBO: [
        ("Maatschappelijke zorg", "zorg en welzijn"),
        ("Sociaal werk", "welzijn, begeleiding"),
        ("Retail", "detailhandel, ondernemen"),
        ("Sport en bewegen", "sport, gezondheid"),
    ],
    InstitutionType.SECONDARY: [
        ("Havo 4, maatschappijwetenschappen", "maatschappijleer"),
        ("Vwo 5, profielwerkstuk", "onderzoek"),
        ("Technasium, onderzoek en ontwerpen", "techniek, ontwerp"),
    ],
}
COURSE_KINDS = {
    EducationFormat.COURSE_ASSIGNMENT: "Praktijkopdracht",
    EducationFormat.INTERNSHIP: "Stage",
    EducationFormat.THESIS: "Scriptie",
    EducationFormat.MINOR: "Minor",
    EducationFormat.INNOVATION_PROJECT: "Innovatieproject",
    EducationFormat.HACKATHON: "Datathon",
}
COURSE_TOPICS = [
    "Stad en samenleving",
    "Wijk in beweging",
    "Zorg in de buurt",
    "Duurzame stad",
    "Data voor de stad",
    "Samen leven",
    "Gezond opgroeien",
    "Werken aan inclusie",
    "Lokale economie",
    "Veilige buurt",
]

INTERNAL_NOTES = {
    Status.INTAKE: "Intakegesprek gepland met de contactpersoon.",
    Status.SEEKING_MATCH: "Vraag na de intake aangescherpt; klaar voor de pool.",
    Status.IN_PROGRESS: "Studenten zijn gestart; kick-off met de partner gehouden.",
    Status.COMPLETED: "Eindpresentatie gegeven; resultaten gedeeld met de partner.",
    Status.DECLINED: "Geen vraag voor het onderwijs; uitgelegd aan de partner.",
    Status.REFERRED: "Doorverwezen naar een organisatie die beter past.",
}
# What staff type in the move form for the moves whose message names it (submissions.triage.answers).
MOVE_FACTS = {
    "nl": {
        "delivered": [
            "een onderzoeksrapport met aanbevelingen en een poster voor de buurt.",
            "een adviesrapport en een eindpresentatie voor uw team.",
            "drie uitgewerkte ontwerpen en een prototype.",
        ],
        "referred_to": [
            "het Juridisch Loket",
            "de wetenschapswinkel van een andere universiteit",
            "het Wijkteam",
        ],
        "reason": [
            "uw vraag vraagt om direct advies, niet om onderzoek door studenten.",
            "er is dit studiejaar geen opleiding die op dit onderwerp aansluit.",
        ],
    },
    "en": {
        "delivered": [
            "a research report with recommendations and a poster for the neighbourhood.",
            "an advisory report and a final presentation for your team.",
            "three worked-out designs and a prototype.",
        ],
        "referred_to": [
            "the Legal Counter",
            "the science shop of another university",
            "the neighbourhood team",
        ],
        "reason": [
            "your question needs direct advice rather than research by students.",
            "no programme fits this subject in this academic year.",
        ],
    },
}
WITHDRAWAL_REASONS = {
    "nl": ["", "We hebben intussen zelf een oplossing gevonden.", "Het project gaat niet door."],
    "en": ["", "We found a solution ourselves in the meantime.", "The project has been cancelled."],
}


def title_question(language, topic, group, place):
    template = random.choice(TITLES[language])
    return template.format(topic=topic[0].lower() + topic[1:], Topic=topic, group=group, place=place)


def describe_question(language, organisation, topic, group, area):
    sentences = DESCRIPTIONS[language]
    chosen = [
        sentences["opening"],
        *random.sample(sentences["middle"], k=2),
        random.choice(sentences["closing"]),
    ]
    values = {
        "organisation": organisation,
        "topic": topic[0].lower() + topic[1:],
        "group": group,
        "area": area,
    }
    return " ".join(sentence.format(**values) for sentence in chosen)


def name_organisation(type_key, place, fake):
    template = random.choice(ORGANISATIONS.get(type_key, OTHER_ORGANISATIONS))
    values = {"place": place, "name": random.choice(FOUNDATION_NAMES)}
    if "{street}" in template:
        values["street"] = fake.street_name()
    if "{surname}" in template:
        values["surname"] = fake.last_name()
    return template.format(**values)
