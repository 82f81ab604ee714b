"""Leiden: Leren met de Stad (sources 001 and 003), De Stad als Lab and the Convenant
Student en Stad (002)."""

from datetime import date

from portal.demo import section

from .blocks import lessons, obstacle, tip

LEREN_MET_DE_STAD = {
    "slug": "leiden-leren-met-de-stad",
    "place": "leiden",
    "themes": ["eenzaamheid", "vergrijzing", "duurzaamheid", "corona", "laaggeletterdheid"],
    "institutions": ["universiteit-leiden", "hogeschool-leiden"],
    "partners": [("Gemeente Leiden", "gemeente")],
    "shared": {
        "education_format": "course_assignment",
        "csl_intensity": "medium",
        "start_date": date(2019, 1, 1),
        "end_date": date(2022, 12, 31),
        "period_in_years": True,
        "contact_name": "Marieke van Haaren",
    },
    "nl": {
        "title": "Leiden: Leren met de Stad koppelt vraagstukken uit de stad aan het onderwijs",
        "summary": (
            "Hogeschool Leiden, Universiteit Leiden en de gemeente bouwden samen een vaste structuur waarin "
            "studenten, docenten en onderzoekers werken aan vragen van Leidse partners, van eenzaamheid tot "
            "laaggeletterdheid."
        ),
        "period_note": "In het najaar van 2018 ging een pilot met honoursstudenten in een multidisciplinair werkverband voorop.",
        "contact_role": "projectmanager, Leren met de Stad",
        "funding": "Impulsbijdrage van OCW en BZK in het kader van de City Deal Kennis Maken.",
        "body": [
            section(
                "Wat Leren met de Stad is",
                "Leren met de Stad is een Leids platform waar hogeschool, universiteit, gemeente en maatschappelijke "
                "organisaties structureel samenwerken aan vraagstukken uit de stad, in overleg met bewoners. Het "
                "bundelt de kennis die in Leiden als kennisstad al aanwezig is.",
                "Een partner met een vraag krijgt advies en ideeën op maat; studenten werken aan echte casussen. "
                "Het werk krijgt vorm als afstudeer-, stage- of scriptieopdracht, als opdracht in een vak of binnen "
                "een minor. Studenten gebruiken onder meer literatuuronderzoek, interviews, observaties in de wijk, "
                "meelopen bij een organisatie en vergelijkingen met andere steden.",
            ),
            section(
                "Meet & Match",
                "Om partners en onderwijs bij elkaar te brengen organiseert Leren met de Stad Meet & "
                "Match-bijeenkomsten, waar docenten en onderzoekers met elkaar en met de praktijk in gesprek gaan. "
                "Thema's zijn onder meer eenzaamheid, vergrijzing, duurzaamheid, de sociale impact van corona en "
                "laaggeletterdheid. De gemeente stelde daarvoor een plan van aanpak op en vroeg universiteit en "
                "hogeschool uitdrukkelijk mee te denken over de uitvoering ervan en onderzoek te doen naar de "
                "interventies die daarna worden uitgevoerd. Via een aanbesteding kwamen er nieuwe organisaties in "
                "het sociaal domein bij, die ook aan eenzaamheid werken.",
            ),
            section(
                "Wie het dragen",
                "In een sessie over de City Deal Kennis Maken vertelden programma-adviseur Esther Haverkort en "
                "projectmanager Marieke van Haaren van Leren met de Stad en Han Nijssen, programmamanager Leiden "
                "Kennisstad, over de samenwerking. „Samen willen we de stad mooier, leuker maken voor iedereen”, "
                "zegt Van Haaren: Leids talent werkt aan maatschappelijke opgaven, de kennis wordt met iedereen "
                "gedeeld en studenten krijgen een contextrijke leeromgeving.",
            ),
            lessons(
                "Wat partners eraan hebben",
                "Aanbevelingen en advies, met een theoretische onderbouwing.",
                "Verdieping van het onderwerp en een frisse blik van buitenaf.",
                "Co-creatie met het onderwijs en een groter netwerk.",
            ),
            tip(
                "Als partner: denk mee, maar laat ruimte om te leren",
                "Een vraag past zelden één op één in het onderwijs; het platform helpt haar te vertalen. Het "
                "leerproces van de student staat voorop, dus studenten mogen fouten maken en de bruikbaarheid van de "
                "uitkomst kan anders uitvallen dan verwacht. Reken op een rol: informatie aanleveren, toegang geven "
                "tot mensen en plekken, en contactmomenten bij de start, halverwege en aan het eind.",
            ),
            obstacle(
                "Van project naar beleid is een lange weg",
                "Een aanpak als deze vraagt een lange adem. Dat bestuurders van de onderwijsinstellingen en het "
                "college elkaar ontmoeten is al een resultaat; de City Deal helpt laten zien dat anderen "
                "geïnteresseerd zijn.",
            ),
        ],
    },
    "en": {
        "slug": "leiden-learning-with-the-city",
        "title": "Leiden: Leren met de Stad links questions from the city with education",
        "summary": (
            "Leiden University of Applied Sciences, Leiden University and the municipality built a lasting "
            "structure in which students, teachers and researchers work on questions from Leiden partners, "
            "from loneliness to low literacy."
        ),
        "period_note": "Preceded in autumn 2018 by a pilot with honours students working in a multidisciplinary team.",
        "contact_role": "project manager, Leren met de Stad",
        "funding": "An impulse grant from the Dutch ministries of Education (OCW) and the Interior (BZK) under the City Deal Kennis Maken.",
        "body": [
            section(
                "What Leren met de Stad is",
                "Leren met de Stad (Dutch for learning with the city) is a Leiden platform where the university of applied "
                "sciences, the university, the municipality and civil society organisations work together on "
                "questions from the city, in consultation with residents. It pools the knowledge Leiden already "
                "has as a city of knowledge.",
                "A partner with a question receives tailored advice and ideas; students work on real cases. The "
                "work takes the form of a graduation, internship or thesis assignment, an assignment within a "
                "course, or part of a minor. Students use methods such as literature research, interviews, "
                "observation in a neighbourhood, shadowing an organisation and comparison with other cities.",
            ),
            section(
                "Meet & Match",
                "To bring partners and education together, Leren met de Stad organises Meet & Match gatherings "
                "where teachers and researchers talk with each other and with practitioners. Themes include "
                "loneliness, ageing, sustainability, the social impact of COVID-19 and low literacy. On loneliness, "
                "the municipality drew up a plan and explicitly asked the university and the university of applied "
                "sciences to help think about carrying it out and to research the interventions that follow. A "
                "tender brought new organisations into the social domain that also work on loneliness.",
            ),
            section(
                "Who carries it",
                "In a session on the City Deal Kennis Maken, programme adviser Esther Haverkort and project manager "
                "Marieke van Haaren of Leren met de Stad and Han Nijssen, programme manager of Leiden Kennisstad, "
                "talked about the collaboration. “Together we want to make the city nicer and more fun for "
                "everyone,” says Van Haaren: Leiden's talent works on social challenges, the knowledge is shared "
                "with everyone and students get a learning environment rich in context.",
            ),
            lessons(
                "What partners gain",
                "Recommendations and advice, grounded in theory.",
                "A deeper look at the subject and a fresh view from outside.",
                "Co-creation with education and a wider network.",
            ),
            tip(
                "As a partner: be involved, but leave room to learn",
                "A question rarely fits education as it stands; the platform helps translate it. The student's "
                "learning comes first, so students may make mistakes and the usefulness of the outcome may differ "
                "from what you expected. Expect a role: providing information, giving access to people and places, "
                "and meeting at the start, midway and at the end.",
            ),
            obstacle(
                "From project to policy is a long road",
                "An approach like this takes staying power. That the boards of the institutions and the city's "
                "executive meet at all is already a result; the City Deal helps show that others are interested.",
            ),
        ],
    },
}

STAD_ALS_LAB = {
    "slug": "leiden-stad-als-lab-convenant-student-en-stad",
    "place": "leiden",
    "themes": ["studenten-stad", "zorg-welzijn", "veiligheid", "duurzaamheid"],
    "institutions": ["universiteit-leiden", "hogeschool-leiden", "mborijnland"],
    "partners": [
        ("Gemeente Leiden", "gemeente"),
        ("Plaatselijke Kamer van Verenigingen", "studentenvereniging"),
    ],
    "shared": {
        "education_format": "course_assignment",
        "csl_intensity": "low",
        "start_date": date(2017, 1, 1),
        "end_date": date(2021, 12, 31),
        "period_in_years": True,
    },
    "nl": {
        "title": "Leiden: de stad als lab en het Convenant Student en Stad",
        "summary": (
            "Leiden wil als kennisstad zichtbaar zijn in elke wijk. De stad dient als onderzoeksomgeving, "
            "bijvoorbeeld voor eHealth, en in een convenant beloven de studentenverenigingen zich in te zetten "
            "voor de Leidse samenleving."
        ),
        "period_note": "De samenwerkingsovereenkomst met de studentenverenigingen liep van 2017 tot 2021 en wordt voortgezet.",
        "body": [
            section(
                "De stad als onderzoeksomgeving",
                "Kennis van studenten, docenten en onderzoekers moet in alle wijken en in de hele Leidse regio "
                "merkbaar zijn. Omgekeerd is de stad een leerzame onderzoeksomgeving, bijvoorbeeld voor "
                "toepassingen op het gebied van eHealth.",
                "Daarvoor is samenwerking nodig met onderwijsinstellingen als mboRijnland, met basisscholen en "
                "middelbare scholen, en met bedrijven en organisaties in zorg en welzijn, veiligheid en duurzaamheid.",
            ),
            section(
                "Convenant Student en Stad",
                "Leiden heeft van oudsher veel studenten, en de stad wil de band tussen hen en andere Leidenaren "
                "versterken. In een meerjarig convenant met de Plaatselijke Kamer van Verenigingen, waaronder de "
                "vijf grote studentenverenigingen, spraken de partijen af dat de verenigingen projecten en "
                "initiatieven voor de stad opzetten en daar inwoners bij betrekken.",
            ),
            tip(
                "Gebruik wat studenten al organiseren",
                "Studentenverenigingen zijn goed georganiseerd en hebben veel leden. Een convenant maakt hun inzet "
                "voor de stad zichtbaar en herhaalbaar, ook buiten het onderwijs om.",
            ),
        ],
    },
    "en": {
        "slug": "leiden-city-as-lab-student-and-city-covenant",
        "title": "Leiden: the city as a lab and the Student and City Covenant",
        "summary": (
            "As a city of knowledge, Leiden wants to be visible in every neighbourhood. The city serves as a "
            "research environment, for example for eHealth, and in a covenant the student associations commit "
            "to working for Leiden's community."
        ),
        "period_note": "The agreement with the student associations ran from 2017 to 2021 and is being continued.",
        "body": [
            section(
                "The city as a research environment",
                "The knowledge of students, teachers and researchers should be felt in every neighbourhood and "
                "across the Leiden region. In turn, the city is a rich research environment, for example for "
                "eHealth applications.",
                "That calls for cooperation with institutions such as mboRijnland, with primary and secondary "
                "schools, and with businesses and organisations in care and welfare, safety and sustainability.",
            ),
            section(
                "The Student and City Covenant",
                "Leiden has long been home to many students, and the city wants to strengthen the ties between them "
                "and other residents. In a multi-year covenant with the local chamber of student associations, "
                "including the five large student societies, the parties agreed that the associations run projects "
                "and initiatives for the city and involve residents in them.",
            ),
            tip(
                "Use what students already organise",
                "Student associations are well organised and have many members. A covenant makes their work for "
                "the city visible and repeatable, also outside the curriculum.",
            ),
        ],
    },
}
