"""Organisational chapter of the demo draaiboek on building a transformational partnership,
from the session on partnerships in service-learning (seed 004: Arteveldehogeschool, UCSIA,
formerly KU Leuven), with the further reading the seeds name."""

from datetime import date

from .guidance import checklist, pitfall, reference, references, text, tip

SOMERS = {
    "authors": "Somers, K., Standaert, N. & Mottart, M.",
    "title": "Service-learning in hoger onderwijs. De samenleving als krachtige leeromgeving",
    "publisher": "Owl Press",
}
BRINGLE = {
    "authors": "Bringle, R. G., Clayton, P. H. & Price, M. F.",
    "year": "2009",
    "title": "Partnerships in service learning and civic engagement",
    "publisher": "Partnerships: A Journal of Service Learning & Civic Engagement",
}
NETWORK_URL = "https://www.servicelearningvlaanderen.be/"

PARTNERSHIP_CHAPTERS = [
    {
        "slug": "transformatief-partnerschap",
        "section": "organisational",
        "last_reviewed": date(2026, 12, 1),
        "nl": {
            "title": "Een transformatief partnerschap opbouwen",
            "summary": "Van losse contacten naar een partnerschap dat beide partijen verandert: waar u op let, in welke volgorde.",
            "body": [
                text(
                    "Wie zijn de partners",
                    "In service-learning zijn er partners aan twee kanten: bij de hogeronderwijsinstelling de instelling zelf, docenten en studenten; in de samenleving partnerorganisaties en lokale gemeenschappen (naar Bringle, Clayton & Price, 2009). Breng ze voor uw eigen vak of project eerst in kaart en vraag u af welke stemmen ontbreken.",
                ),
                text(
                    "Hoe sterk is de relatie nu?",
                    "Relaties tussen partners verschillen in vier opzichten. Beoordeel uw eigen partnerschap op elk ervan:",
                    items=[
                        "nabijheid",
                        "frequentie van contact",
                        "betrokkenheid bij diverse activiteiten",
                        "wederzijdse invloed",
                    ],
                ),
                text(
                    "De elementen van een transformatief partnerschap",
                    "Een transformatief partnerschap gaat verder dan een uitwisseling van diensten: beide partijen groeien erdoor. Volgens het model van Bringle, Clayton & Price (2009) rust het op:",
                    items=[
                        "<b>gelijkheid en reciprociteit</b>: werken met gedeelde middelen",
                        "<b>proportionaliteit van inzet</b>: elke partij draagt bij naar wat ze kan",
                        "<b>win-win</b>: werken aan gedeelde doelen, met winst voor beide kanten",
                        "<b>integriteit en gedeelde waarden</b>",
                    ],
                ),
                text(
                    "Stap voor stap naar synergie",
                    "Het model beschrijft de weg als een trap: van wederzijds bewustzijn, via wederzijdse communicatie, wederzijdse coördinatie, planning en geformaliseerd leiderschap, werken aan gedeelde doelen en werken met gedeelde middelen, naar integratie van doelen en synergie. Bepaal op welke trede u nu staat en kies de volgende stap; sla geen treden over.",
                ),
                checklist(
                    "Aandachtspunten bij het aangaan van een partnerschap",
                    "Zoek een gemeenschappelijk doel, met aandacht voor de visie en missie van de maatschappelijke partner",
                    "Bepaal samen de aard en de criteria van de service-learningactiviteit",
                    "Let op de meerwaarde voor de partner: maak de balans van kosten en baten voor hen op",
                    "Bespreek verwachtingen vooraf en opnieuw tijdens het project (verwachtingsmanagement)",
                    "Heb aandacht voor het proces en blijf flexibel om bij te sturen",
                    "Zoek naar mogelijkheden voor een duurzaam partnerschap: vergroot de nabijheid",
                ),
                pitfall(
                    "De partner overvragen",
                    "Een partner die meer tijd kwijt is aan studenten dan hij ervoor terugkrijgt, haakt af. Houd de kosten-batenbalans van de partner bij elk overleg in het oog, en vraag niet meer van de stad en haar inwoners dan nodig.",
                ),
                tip(
                    "Begin met een reflectiemoment",
                    "Gebruik de reflectie-oefeningen over partners in de projectgroep: wie zijn de actoren, hoe verlopen de contacten nu, en wat wilt u bereiken?",
                ),
                references(
                    "Verder lezen",
                    reference(
                        **SOMERS,
                        year="",
                        note="Een gids voor wie gelooft dat leren ook buiten de muren van hogeschool of universiteit gebeurt; met een webpagina met praktijkvoorbeelden bij de hoofdstukken.",
                    ),
                    reference(
                        **BRINGLE,
                        note="Het model van partners en van het transformatieve partnerschap in dit hoofdstuk.",
                    ),
                    reference(
                        "Vlaams Netwerk voor Service-Learning",
                        "",
                        "Service-learning in Vlaanderen",
                        "servicelearningvlaanderen.be",
                        NETWORK_URL,
                        "Meer informatie over service-learning in het hoger onderwijs.",
                    ),
                    reference(
                        "Stad Leuven",
                        "",
                        "Structurering innovatieve studentenprojecten in studentensteden: draaiboek",
                        "Project met subsidie van VLAIO (oproep City of Things), 2018-2020",
                        "",
                        "Het draaiboek met onder meer een modelcontract tussen de lokale overheid en de onderwijsinstelling; op te vragen bij Stad Leuven.",
                    ),
                    reference(
                        "Haaren, M. van & Haverkort, E.",
                        "",
                        "Interview over Leren met de Stad",
                        "Agenda Stad",
                        "",
                        "Genoemd in het sessieverslag “Een kijkje in de keuken van Leiden”.",
                    ),
                ),
            ],
        },
        "en": {
            "title": "Building a transformational partnership",
            "summary": "From loose contacts to a partnership that changes both sides: what to watch, in which order.",
            "body": [
                text(
                    "Who the partners are",
                    "In service-learning there are partners on two sides: at the higher-education institution the institution itself, teachers and students; in society partner organisations and local communities (after Bringle, Clayton & Price, 2009). First map them for your own course or project and ask which voices are missing.",
                ),
                text(
                    "How strong is the relationship now?",
                    "Relationships between partners differ in four respects. Rate your own partnership on each:",
                    items=[
                        "closeness",
                        "frequency of contact",
                        "involvement in various activities",
                        "mutual influence",
                    ],
                ),
                text(
                    "The elements of a transformational partnership",
                    "A transformational partnership goes beyond an exchange of services: both parties grow through it. In the model of Bringle, Clayton & Price (2009) it rests on:",
                    items=[
                        "<b>equality and reciprocity</b>: working with shared resources",
                        "<b>proportionality of effort</b>: each party contributes according to what it can",
                        "<b>win-win</b>: working towards shared goals, with gains for both sides",
                        "<b>integrity and shared values</b>",
                    ],
                ),
                text(
                    "Step by step towards synergy",
                    "The model describes the road as a staircase: from mutual awareness, through mutual communication, mutual coordination, planning and formalised leadership, working towards shared goals and working with shared resources, to integration of goals and synergy. Decide which step you are on now and choose the next one; do not skip steps.",
                ),
                checklist(
                    "Points of attention when entering a partnership",
                    "Look for a common goal, with attention to the vision and mission of the community partner",
                    "Decide together on the nature and criteria of the service-learning activity",
                    "Mind the added value for the partner: weigh their costs and benefits",
                    "Discuss expectations beforehand and again during the project (expectation management)",
                    "Pay attention to the process and stay flexible enough to adjust",
                    "Look for ways to make the partnership lasting: increase closeness",
                ),
                pitfall(
                    "Asking too much of the partner",
                    "A partner who spends more time on students than they get back will drop out. Keep an eye on the partner's balance of costs and benefits at every meeting, and do not ask more of the city and its residents than needed.",
                ),
                tip(
                    "Start with a moment of reflection",
                    "Use the reflection exercises on partners in the project group: who are the actors, how do contacts go now, and what do you want to achieve?",
                ),
                references(
                    "Further reading",
                    reference(
                        **SOMERS,
                        year="",
                        note="A guide (in Dutch) for anyone who believes learning also happens outside the walls of the university or university college; with a web page of case studies for its chapters.",
                    ),
                    reference(
                        **BRINGLE,
                        note="The model of partners and of the transformational partnership in this chapter.",
                    ),
                    reference(
                        "Vlaams Netwerk voor Service-Learning (Flemish service-learning network)",
                        "",
                        "Service-learning in Flanders",
                        "servicelearningvlaanderen.be",
                        NETWORK_URL,
                        "More on service-learning in higher education (in Dutch).",
                    ),
                    reference(
                        "Stad Leuven (City of Leuven)",
                        "",
                        "Structuring innovative student projects in student cities: playbook (in Dutch)",
                        "Project funded by VLAIO (City of Things call), 2018-2020",
                        "",
                        "The playbook, including a model contract between the local government and the educational institution; available from the City of Leuven.",
                    ),
                    reference(
                        "Haaren, M. van & Haverkort, E.",
                        "",
                        "Interview on Leren met de Stad (in Dutch)",
                        "Agenda Stad",
                        "",
                        "Mentioned in the session report “A look in Leiden's kitchen”.",
                    ),
                ),
            ],
        },
    },
]
