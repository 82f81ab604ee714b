"""Ghent and Brussels/Leuven: the Buurtcampus of Arteveldehogeschool and the KU Leuven and TADA
partnership (source 004)."""

from portal.demo import section

from .blocks import lessons, quote, tip

BUURTCAMPUS = {
    "slug": "gent-buurtcampus-arteveldehogeschool",
    "place": "gent",
    "themes": ["wijkontwikkeling", "diversiteit"],
    "institutions": ["arteveldehogeschool", "ugent"],
    # The source describes these partners without proper names: their type names them (docs/voice.md).
    "partners": [
        ("", "wijkteam"),
        ("", "bewonersgroep"),
        ("Formaat", "maatschappelijke-organisatie"),
        ("KAA Gent Foundation", "sportclub"),
        ("Ghent Basketball", "sportclub"),
        ("SAAMO", "welzijnsorganisatie"),
        ("Sportaround", "sportclub"),
        ("Departement Omgeving", "overheidsagentschap"),
    ],
    "shared": {"education_format": "course_assignment", "csl_intensity": "intensive"},
    "nl": {
        "title": "Gent: de Buurtcampus van Arteveldehogeschool",
        "summary": (
            "Arteveldehogeschool kiest voor een partnerschap op basis van nabijheid: de hogeschool zet haar "
            "campus open voor de buurt, vormt onderwijs samen met buurtbewoners en werkt als netwerkpartner in de stad."
        ),
        "body": [
            section(
                "Service-learning op basis van plaats",
                "Bij place-based community service-learning betrekt een hogeschool de buurt rond haar campus, in het "
                "besef dat ze daar impact heeft. De instelling is niet alleen te gast, maar draagt bij aan het "
                "welzijn van de buurt; studenten zijn geen passanten, maar voelen zich mee verantwoordelijk.",
                "Het werkt in twee richtingen: studenten gaan de buurt in, en de buurt komt naar de campus. De "
                "samenwerking loopt langs drie sporen: infrastructuur openstellen, onderwijs samen met de buurt "
                "vormgeven, en de hogeschool als netwerkpartner in de stad.",
            ),
            section(
                "Wat er in de buurt gebeurt",
                "Studenten werken met het wijkactieteam en sociale professionals en doen mee aan of wonen "
                "activiteiten van bewoners bij. Vanuit het BAP liep de opstart van een jeugdhuis (KBS, met SIF Gent, "
                "Formaat en UGent). Er zijn trainingen met KAA Gent Foundation, Sportaround en Ghent Basketball, "
                "onderzoek voor het Departement Omgeving (met SAAMO en GMF), onder meer over een wijkbudgetproject, "
                "een beweeglab met sportaanbod voor doelgroepen (Driesprong, LDC), kampjes en de UiTPAS, en "
                "bachelorprojecten van de opleidingen MES en OND.",
            ),
            tip(
                "Stel een buurtanker of brugfiguur aan",
                "Zorg voor één zichtbaar aanspreekpunt vanuit de instelling: iemand die makkelijk bereikbaar is, "
                "op buurtevenementen komt, en zowel de kansen in de buurt als die in de opleidingen kent.",
            ),
            lessons(
                "Een buurtcampus-reflex",
                "Maak de buurt consequent deel van de cultuur en het denken van de organisatie.",
                "Doe dat op alle niveaus van de organisatie.",
                "Durf buiten de gebruikelijke kaders te denken.",
                "Investeer op lange termijn.",
            ),
        ],
    },
    "en": {
        "slug": "ghent-arteveldehogeschool-neighbourhood-campus",
        "title": "Ghent: Arteveldehogeschool's Buurtcampus",
        "summary": (
            "Arteveldehogeschool chose a partnership based on proximity: the university college opens its campus "
            "to the neighbourhood, shapes teaching together with residents and acts as a network partner in the city."
        ),
        "body": [
            section(
                "Place-based service-learning",
                "In place-based community service-learning, an institution involves the neighbourhood around its "
                "campus, aware of the impact it has there. The institution is not merely a guest but contributes to "
                "the neighbourhood's wellbeing; students are not passers-by but share responsibility for it.",
                "It works both ways: students go into the neighbourhood, and the neighbourhood comes to the campus. "
                "The cooperation follows three tracks: opening up buildings, shaping teaching together with the "
                "neighbourhood, and the institution as a network partner in the city.",
            ),
            section(
                "What happens in the neighbourhood",
                "Students work with the neighbourhood action team and social professionals and take part in or "
                "attend residents' activities. From the BAP came the start of a youth centre (KBS, with SIF Gent, "
                "Formaat and Ghent University). There are training sessions with KAA Gent Foundation, Sportaround "
                "and Ghent Basketball, research for the Flemish Department of Environment (Departement Omgeving, "
                "with SAAMO and GMF), among other things on a neighbourhood budget project, a movement lab with "
                "sport for specific groups (Driesprong, LDC), camps and the UiTPAS, and bachelor projects of the "
                "MES and OND programmes.",
            ),
            tip(
                "Appoint a neighbourhood anchor or bridge figure",
                "Have one visible contact person in the institution: someone easy to approach, present at "
                "neighbourhood events, who knows both the opportunities in the area and those in the programmes.",
            ),
            lessons(
                "A neighbourhood-campus reflex",
                "Make the neighbourhood a consistent part of the organisation's culture and thinking.",
                "Do so at every level of the organisation.",
                "Be willing to think outside the usual frameworks.",
                "Invest for the long term.",
            ),
        ],
    },
}

KU_LEUVEN_TADA = {
    "slug": "ku-leuven-tada-strategisch-partnerschap",
    "place": "brussel",
    "themes": ["onderwijskansen", "diversiteit"],
    "institutions": ["ku-leuven"],
    "partners": [
        ("ToekomstATELIERdelAvenir (TADA)", "maatschappelijke-organisatie"),
        ("Stad Leuven", "gemeente"),
    ],
    "shared": {"education_format": "course_assignment", "csl_intensity": "intensive"},
    "nl": {
        "title": "KU Leuven en TADA: een strategisch partnerschap voor gelijke onderwijskansen",
        "summary": (
            "KU Leuven werkt sinds 2022 structureel samen met TADA, een Brusselse organisatie die jongeren uit "
            "maatschappelijk kwetsbare contexten steunt met weekendscholen en een sterke alumniwerking. Samen "
            "willen ze onderwijsongelijkheid verkleinen."
        ),
        "period_note": "Samenwerkingsovereenkomst ondertekend in 2022; sinds 2024 ook met Stad Leuven en andere lokale partners; in 2025 herschreven en vernieuwd; een vernieuwd Memorandum of Understanding in februari 2026.",
        "body": [
            section(
                "Een partnerschap vanuit de opdracht van de universiteit",
                "Hier kiest een instelling vanuit haar eigen opdrachtverklaring voor één maatschappelijke partner. "
                "KU Leuven wil haar kennis inzetten voor mens en samenleving, met aandacht voor wie het kwetsbaarst "
                "is. TADA wil een inclusievere samenleving met minder onderwijsongelijkheid. Beide verbinden zich "
                "tot een duurzaam partnerschap rond die gedeelde doelen.",
            ),
            quote(
                "TADA beoogt een meer inclusieve samenleving met minder onderwijsongelijkheid, door jongeren en "
                "volwassenen aan te zetten om méér individuele verantwoordelijkheid op te nemen, ten voordele van "
                "een betere integratie van kwetsbare jongeren in de maatschappij.",
                "TADA",
            ),
            quote(
                "Zij stelt haar kennis ten dienste van mens en samenleving, met bijzondere aandacht voor de meest "
                "kwetsbaren.",
                "Opdrachtverklaring van KU Leuven",
            ),
            section(
                "Een waaier aan samenwerkingsvormen",
                "De overeenkomst van 2022 draait om minder onderwijsongelijkheid en meer diversiteit en inclusie. De "
                "samenwerking loopt van service-learning tot trainingen voor docenten, vrijwilligerswerk van "
                "studenten en personeel en het openstellen van gebouwen. In 2024 kwamen Stad Leuven en andere lokale "
                "partners erbij, en startte het Toekomstatelier Leuven.",
                "In 2025 werd de overeenkomst herschreven en vernieuwd, in lijn met grotere ambities rond gelijke "
                "onderwijskansen, diversiteit en maatschappelijk engagement. In februari 2026 ondertekenden "
                "universiteit en TADA een vernieuwd Memorandum of Understanding.",
            ),
            tip(
                "Strategisch of ad hoc?",
                "Een strategisch partnerschap vraagt een formeel engagement op lange termijn, maar geeft ruimte voor "
                "samenwerking op meerdere niveaus en voor gezamenlijke impact. Bepaal bewust welke vorm past.",
            ),
        ],
    },
    "en": {
        "slug": "ku-leuven-tada-strategic-partnership",
        "title": "KU Leuven and TADA: a strategic partnership for equal opportunities in education",
        "summary": (
            "Since 2022, KU Leuven has worked structurally with TADA, a Brussels organisation that supports young "
            "people from socially vulnerable backgrounds through weekend schools and a strong alumni network. "
            "Together they aim to reduce inequality in education."
        ),
        "period_note": "Partnership agreement signed in 2022; extended to the City of Leuven and other local partners in 2024; rewritten and renewed in 2025; a renewed Memorandum of Understanding in February 2026.",
        "body": [
            section(
                "A partnership grounded in the university's mission",
                "Here an institution commits to one civil society partner because of its own mission statement. "
                "KU Leuven wants to put its knowledge at the service of people and society, with attention to the "
                "most vulnerable. TADA strives for a more inclusive society with less inequality in education. Both "
                "commit to a lasting partnership around those shared aims.",
            ),
            quote(
                "TADA strives for a more inclusive society with less inequality in education, by encouraging young "
                "people and adults to take more individual responsibility, for the better integration of vulnerable "
                "young people in society.",
                "TADA (translated)",
            ),
            quote(
                "It puts its knowledge at the service of people and society, with particular attention to the most "
                "vulnerable.",
                "KU Leuven's mission statement (translated)",
            ),
            section(
                "A range of ways to work together",
                "The 2022 agreement centres on reducing inequality in education and improving diversity and "
                "inclusion. The cooperation ranges from service-learning to training for teaching staff, volunteering "
                "by students and staff, and opening up buildings. In 2024 the City of Leuven and other local partners "
                "joined, and Toekomstatelier Leuven started.",
                "In 2025 the agreement was rewritten and renewed, in line with growing ambitions on equal "
                "opportunities, diversity and social engagement. In February 2026 the university and TADA "
                "signed a renewed Memorandum of Understanding.",
            ),
            tip(
                "Strategic or ad hoc?",
                "A strategic partnership needs a formal long-term commitment, but it allows cooperation at several "
                "levels and collective impact. Choose the form deliberately.",
            ),
        ],
    },
}
