"""Legal chapters of the demo draaiboek: agreements, the model contract, long-term partnership agreements."""

from datetime import date

from .fill_in_templates import KICK_OFF_CHECKLIST, MODEL_CONTRACT
from .guidance import checklist, definition, fill_in, pitfall, quote, text, tip

LEGAL_CHAPTERS = [
    {
        "slug": "heldere-afspraken",
        "section": "legal",
        "last_reviewed": date(2026, 9, 14),
        "nl": {
            "title": "Heldere afspraken tussen partners en tussen studenten",
            "summary": "Wie doet wat, wanneer en met welke middelen? Leg het vast voordat studenten beginnen.",
            "body": [
                text(
                    "Waarom afspraken het verschil maken",
                    "In de Leuvense pilot werkten de stad, KU Leuven, UCLL en het VTI een volledig academiejaar samen. De belangrijkste les: een goede samenwerking staat of valt met duidelijke afspraken, zowel in de projectgroep als tussen de studenten onderling.",
                    "Afspraken op papier voorkomen dat iedere partner een ander beeld heeft van het eindresultaat, de inzet of de planning. Ze zijn ook de basis voor het modelcontract.",
                ),
                checklist(
                    "Leg dit vast bij de start",
                    "Wie zit in de projectgroep en wie is per partner het aanspreekpunt",
                    "Hoe vaak de projectgroep samenkomt (minstens maandelijks)",
                    "Welke tijd en welk geld elke organisatie inbrengt",
                    "Wat studenten opleveren en wanneer",
                    "Hoe beslissingen worden genomen en aan wie ze worden gemeld",
                ),
                text(
                    "Afspraken tussen studenten",
                    "Studenten van een universiteit, een hogeschool en een secundaire school verschillen in leeftijd, achtergrond en ritme. Laat het team bij de start zelf teamafspraken maken over taakverdeling, bereikbaarheid en hoe ze met uitval omgaan.",
                ),
                tip(
                    "Maak afspraken zichtbaar",
                    "Hang de teamafspraken op in de gedeelde werkruimte en kom er bij elk feedbackmoment kort op terug.",
                ),
                fill_in(KICK_OFF_CHECKLIST["nl"]),
            ],
        },
        "en": {
            "title": "Clear agreements between partners and among students",
            "summary": "Who does what, when and with which resources? Put it in writing before students start.",
            "body": [
                text(
                    "Why agreements make the difference",
                    "In the Leuven pilot the city, KU Leuven, UCLL and the VTI worked together for a full academic year. The main lesson: good collaboration depends on clear agreements, both in the project group and among the students themselves.",
                    "Written agreements keep partners from holding different pictures of the result, the effort or the schedule. They are also the basis for the model contract.",
                ),
                checklist(
                    "Agree on this at the start",
                    "Who sits in the project group and who is each partner's contact",
                    "How often the project group meets (at least monthly)",
                    "How much time and money each organisation puts in",
                    "What students deliver and when",
                    "How decisions are made and to whom they are reported",
                ),
                text(
                    "Agreements among students",
                    "Students from a university, a university of applied sciences and a secondary school differ in age, background and rhythm. At the start, let the team draw up its own agreements on dividing tasks, being reachable and handling drop-outs.",
                ),
                tip(
                    "Make agreements visible",
                    "Put the team agreements up in the shared workspace and revisit them briefly at every feedback moment.",
                ),
                fill_in(KICK_OFF_CHECKLIST["en"]),
            ],
        },
    },
    {
        "slug": "modelcontract",
        "section": "legal",
        "last_reviewed": date(2026, 9, 14),
        "nl": {
            "title": "Het modelcontract tussen stad en onderwijsinstelling",
            "summary": "Welke afspraken u juridisch vastlegt, in welke volgorde, en een schets van Kennisbrug om zelf in te vullen.",
            "body": [
                text(
                    "Wat het contract regelt",
                    "Het draaiboek van Stad Leuven bevat een modelcontract tussen de lokale overheid en de onderwijsinstelling; u vraagt het op bij Stad Leuven. Hieronder staat een eigen schets van Kennisbrug: geen kopie van dat contract, maar de lessen uit de praktijkvoorbeelden, omgezet in artikelen waarover partners het eens moeten worden.",
                    "Een contract legt de afspraken uit de projectgroep juridisch vast: doel, looptijd, inzet, resultaten en wie eigenaar is van wat studenten bedenken.",
                ),
                checklist(
                    "Zo pakt u het aan",
                    "Maak eerst in de projectgroep de afspraken over inzet, planning en succes per partner",
                    "Vul daarna de schets artikel per artikel in",
                    "Laat beide juridische diensten het geheel nalezen, ruim vóór de start",
                    "Onderteken vóór de eerste dag van de studenten",
                ),
                definition(
                    "Projectsponsor",
                    "In dit draaiboek: de organisatie, vaak de stad, die de uitdaging formuleert en een deel van de middelen inbrengt. Stad Leuven was jarenlang projectsponsor van het Product Innovation Project van KU Leuven.",
                ),
                text(
                    "De artikelen in het kort",
                    "De schets van Kennisbrug telt dertien artikelen. Let vooral op:",
                    items=[
                        "inzet en middelen: wie betaalt de coaching van gemengde teams",
                        "verwachte resultaten: studenten mogen fouten maken",
                        "intellectuele eigendom: wie mag een prototype verder ontwikkelen of uitrollen",
                        "vertrouwelijkheid en persoonsgegevens van inwoners",
                    ],
                ),
                pitfall(
                    "Te laat aan eigendom denken",
                    "Als pas bij de eindpresentatie blijkt dat niemand het prototype mag gebruiken, is het project voor de stad verloren moeite. Regel intellectuele eigendom vóór de start.",
                ),
                fill_in(MODEL_CONTRACT["nl"]),
            ],
        },
        "en": {
            "title": "The model contract between city and school",
            "summary": "Which agreements to put on a legal footing, in which order, and an outline by Kennisbrug to fill in yourself.",
            "body": [
                text(
                    "What the contract covers",
                    "The City of Leuven's playbook contains a model contract between the local government and the educational institution; ask the City of Leuven for it. Below is Kennisbrug's own outline: not a copy of that contract, but the lessons of the case studies turned into articles the partners must agree on.",
                    "A contract puts the project group's agreements on a legal footing: aim, duration, contributions, results and who owns what students come up with.",
                ),
                checklist(
                    "How to go about it",
                    "First agree in the project group on contributions, schedule and success for each partner",
                    "Then fill in the outline article by article",
                    "Have both legal departments review the whole, well before the start",
                    "Sign before the students' first day",
                ),
                definition(
                    "Project sponsor",
                    "In this playbook: the organisation, often the city, that sets the challenge and provides part of the resources. The City of Leuven was a project sponsor of KU Leuven's Product Innovation Project for years.",
                ),
                text(
                    "The articles in brief",
                    "Kennisbrug's outline has thirteen articles. Pay most attention to:",
                    items=[
                        "contributions and resources: who pays for coaching mixed teams",
                        "expected results: students are allowed to make mistakes",
                        "intellectual property: who may develop or roll out a prototype",
                        "confidentiality and residents' personal data",
                    ],
                ),
                pitfall(
                    "Thinking about ownership too late",
                    "If it only turns out at the final presentation that nobody may use the prototype, the project is wasted effort for the city. Settle intellectual property before the start.",
                ),
                fill_in(MODEL_CONTRACT["en"]),
            ],
        },
    },
    {
        "slug": "van-project-naar-overeenkomst",
        "section": "legal",
        "last_reviewed": date(2026, 10, 2),
        "nl": {
            "title": "Van losse projecten naar een samenwerkingsovereenkomst",
            "summary": "Een formeel engagement op lange termijn geeft een partnerschap een vaste basis, zoals bij KU Leuven en TADA.",
            "body": [
                text(
                    "Een engagement voor jaren",
                    "Een strategisch partnerschap is een formeel engagement op lange termijn tussen een hogeronderwijsinstelling en een of meer partnerorganisaties, rond een gemeenschappelijk doel en met verschillende samenwerkingsvormen op meerdere niveaus.",
                    "KU Leuven en TADA, een Brusselse organisatie die jongeren uit maatschappelijk kwetsbare contexten ondersteunt met weekendscholen en een sterke alumniwerking, ondertekenden in 2022 een samenwerkingsovereenkomst. In 2024 breidde de samenwerking uit naar Stad Leuven en andere lokale partners; in 2025 werd de overeenkomst herschreven en vernieuwd, en in februari 2026 ondertekenden beide een vernieuwd Memorandum of Understanding.",
                ),
                quote(
                    "Hoe je van project naar beleid komt is echt wel een weg te gaan.",
                    "Han Nijssen, programmamanager Leiden Kennisstad",
                ),
                text(
                    "Ook het mbo een plaats geven",
                    "In Leiden was het plan om na de zomer een aparte samenwerkingsovereenkomst te tekenen om ook het mbo te betrekken; eerder kon dat niet, omdat ROC Leiden nagenoeg failliet was. Han Nijssen waarschuwt voor de schotten tussen mbo, hbo en universiteit. Neem het mbo daarom vanaf het begin mee in uw plannen, met een eigen overeenkomst als dat nodig is.",
                ),
                tip(
                    "Laat bestuurders elkaar ontmoeten",
                    "In Leiden noemt Han Nijssen het al een belangrijk resultaat dat raden van bestuur en colleges van B&W elkaar ontmoeten. Plan zo'n ontmoeting bewust, bijvoorbeeld eenmaal per jaar.",
                ),
            ],
        },
        "en": {
            "title": "From separate projects to a partnership agreement",
            "summary": "A formal long-term commitment gives a partnership a firm footing, as with KU Leuven and TADA.",
            "body": [
                text(
                    "A commitment for years",
                    "A strategic partnership is a formal long-term commitment between a higher-education institution and one or more partner organisations, around a common goal and with several forms of collaboration at several levels.",
                    "KU Leuven and TADA, a Brussels organisation that supports young people from socially vulnerable backgrounds with weekend schools and a strong alumni network, signed a partnership agreement in 2022. In 2024 the collaboration grew to include the City of Leuven and other local partners; in 2025 the agreement was rewritten and renewed, and in February 2026 both signed a renewed Memorandum of Understanding.",
                ),
                quote(
                    "Getting from a project to policy really is a long road.",
                    "Han Nijssen, programme manager Leiden Kennisstad",
                ),
                text(
                    "Give vocational education a place too",
                    "In Leiden the plan was to sign a separate agreement after the summer to involve vocational education (mbo) as well; it could not happen earlier because ROC Leiden had been close to bankruptcy. Han Nijssen warns about the walls between vocational schools, universities of applied sciences and universities. So include vocational education in your plans from the start, with an agreement of its own if needed.",
                ),
                tip(
                    "Let leaders meet",
                    "In Leiden, Han Nijssen counts it as an important result already that the institutions' boards and the city's executive meet. Plan such a meeting deliberately, for example once a year.",
                ),
            ],
        },
    },
]
