"""Practical chapters of the demo draaiboek: a question that fits education, a framework for students."""

from datetime import date

from .guidance import checklist, pitfall, text, tip

PRACTICAL_CHAPTERS = [
    {
        "slug": "een-passend-vraagstuk",
        "section": "practical",
        "last_reviewed": date(2026, 9, 28),
        "nl": {
            "title": "Een vraagstuk formuleren dat in het onderwijs past",
            "summary": "Niet elke vraag past één op één in een opleiding. Wat de partner doet om van een vraag een goede opdracht te maken.",
            "body": [
                text(
                    "De vertaalslag",
                    "Een vraagstuk kan in het onderwijs een afstudeer-, stage- of scriptieopdracht worden, een opdracht in een vak of een deel van een minor (zo beschrijft Leren met de Stad in Leiden het). Niet elke casus past één op één in het onderwijs; een kenniswinkel of brugfiguur helpt de vraag zo te formuleren dat ze in een van die vormen past.",
                    "Studenten gebruiken daarbij onder meer literatuuronderzoek, interviews, observaties in een wijk, meelopen bij een organisatie of een vergelijking met andere steden, wijken of organisaties. Vraag bij de intake welke methode bij de vraag past.",
                ),
                pitfall(
                    "Een kant-en-klare oplossing verwachten",
                    "Het leerproces van de student staat voorop. Studenten leveren vaak bruikbare resultaten, maar ze mogen fouten maken; de uitkomst kan anders uitvallen dan verwacht.",
                ),
                checklist(
                    "Wat de partner inbrengt",
                    "Informatie, via gesprekken en beschikbare documenten",
                    "Toegang tot relevante betrokkenen en locaties",
                    "Contactmomenten bij de start, tussentijds en bij de afronding",
                    "Eventueel een stageplaats, afhankelijk van de opdracht",
                ),
                tip(
                    "Vertel wat u al weet",
                    "Geef studenten de achtergrond en eerdere onderzoeken mee. Zo besteden ze hun tijd aan verdieping in plaats van aan zoeken.",
                ),
            ],
        },
        "en": {
            "title": "Formulating a question that fits education",
            "summary": "Not every question fits a programme one to one. What the partner does to turn a question into a good assignment.",
            "body": [
                text(
                    "Translating the question",
                    "In education a question can become a graduation, internship or thesis assignment, an assignment within a course or part of a minor (as Leren met de Stad in Leiden describes it). Not every case fits education one to one; a science shop or go-between helps phrase the question so that it fits one of these.",
                    "Students use methods such as literature research, interviews, observation in a neighbourhood, shadowing an organisation or comparison with other cities, neighbourhoods or organisations. At the intake, ask which method suits the question.",
                ),
                pitfall(
                    "Expecting a ready-made solution",
                    "The student's learning comes first. Students often deliver useful results, but they are allowed to make mistakes; the outcome may differ from what you expected.",
                ),
                checklist(
                    "What the partner contributes",
                    "Information, through conversations and available documents",
                    "Access to relevant stakeholders and places",
                    "Contact moments at the start, midway and at the end",
                    "Possibly an internship place, depending on the assignment",
                ),
                tip(
                    "Share what you already know",
                    "Give students the background and earlier studies. They then spend their time going deeper instead of searching.",
                ),
            ],
        },
    },
    {
        "slug": "kader-voor-studenten",
        "section": "practical",
        "last_reviewed": date(2026, 9, 28),
        "nl": {
            "title": "Een kader voor studenten: afspraken, deliverables en feedbackmomenten",
            "summary": "Houvast voor het studententeam, duidelijke communicatie over de verwachte oplossing en projectmanagement.",
            "body": [
                text(
                    "Houvast geven",
                    "Voorzie een duidelijk kader met praktische afspraken, de verwachte deliverables en vaste feedbackmomenten. Studenten weten dan waar ze aan toe zijn, ook als de opdracht open is.",
                ),
                text(
                    "Communiceer de verwachte oplossing",
                    "Vertel alle betrokkenen duidelijk wat voor oplossing de stad verwacht. In Leuven luidde de uitdaging: zoek een innovatieve oplossing om de winkelbeleving in en rond de winkels in het centrum te vergroten.",
                ),
                text(
                    "Projectmanagement",
                    "Voorzie projectmanagement om de verschillende betrokkenen aan te sturen en op de hoogte te houden van beslissingen. Zonder vaste trekker blijven beslissingen hangen tussen stad en scholen.",
                ),
                checklist(
                    "Kader voor het studententeam",
                    "Praktische afspraken: werkplek, bereikbaarheid, budget",
                    "Deliverables met data",
                    "Vaste feedbackmomenten met de projectgroep",
                    "Wie beslist over de richting van de oplossing",
                ),
                tip(
                    "Draag over",
                    "In Leiden-Noord werken studenten vijf tot tien weken aan een project, dat daarna vaak naar een volgende groep gaat. Plan die overdracht vanaf het begin: een verslag, een overdrachtsgesprek met de partner en een aanspreekpunt dat blijft.",
                ),
            ],
        },
        "en": {
            "title": "A framework for students: agreements, deliverables and feedback moments",
            "summary": "Something to hold on to for the student team, clear communication about the expected solution, and project management.",
            "body": [
                text(
                    "Give students something to hold on to",
                    "Provide a clear framework with practical agreements, the expected deliverables and fixed feedback moments. Students then know where they stand, even when the assignment is open.",
                ),
                text(
                    "Communicate the expected solution",
                    "Tell everyone involved clearly what kind of solution the city expects. In Leuven the challenge was: find an innovative way to improve the shopping experience in and around the shops in the city centre.",
                ),
                text(
                    "Project management",
                    "Provide project management to steer the people involved and keep them informed of decisions. Without a fixed lead, decisions get stuck between the city and the schools.",
                ),
                checklist(
                    "Framework for the student team",
                    "Practical agreements: workspace, availability, budget",
                    "Deliverables with dates",
                    "Fixed feedback moments with the project group",
                    "Who decides on the direction of the solution",
                ),
                tip(
                    "Hand over",
                    "In Leiden-Noord students work on a project for five to ten weeks, after which it often passes to the next group. Plan that handover from the start: a report, a handover meeting with the partner and a contact person who stays.",
                ),
            ],
        },
    },
]
