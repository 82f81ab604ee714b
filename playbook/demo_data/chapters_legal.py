"""Legal chapters of the demo draaiboek: agreements, the model contract, long-term partnership agreements."""

from datetime import date

from .guidance import checklist, definition, download, pitfall, quote, text, tip

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
            ],
        },
    },
    {
        "slug": "modelcontract",
        "section": "legal",
        "last_reviewed": date(2026, 9, 14),
        "nl": {
            "title": "Het modelcontract tussen stad en onderwijsinstelling",
            "summary": "Een schets van het contract dat een lokaal bestuur en een school samen ondertekenen, artikel per artikel.",
            "body": [
                text(
                    "Wat het contract regelt",
                    "Het Leuvense draaiboek bevat een modelcontract tussen de lokale overheid en de onderwijsinstelling. Het legt de afspraken uit de projectgroep juridisch vast: doel, looptijd, inzet, resultaten en wie eigenaar is van wat studenten bedenken.",
                ),
                definition(
                    "Projectsponsor",
                    "De organisatie, vaak de stad, die de uitdaging formuleert en een deel van de middelen inbrengt.",
                ),
                text(
                    "De artikelen in het kort",
                    "Het model telt twaalf artikelen. De belangrijkste:",
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
                download(
                    "Modelcontract stad en onderwijsinstelling (schets)",
                    "Twaalf artikelen om aan te vullen en door beide juridische diensten te laten nalezen. Geen juridisch advies.",
                ),
            ],
        },
        "en": {
            "title": "The model contract between city and school",
            "summary": "An outline of the contract a local government and a school sign together, article by article.",
            "body": [
                text(
                    "What the contract covers",
                    "The Leuven playbook contains a model contract between the local government and the school. It puts the project group's agreements on a legal footing: aim, duration, contributions, results and who owns what students come up with.",
                ),
                definition(
                    "Project sponsor",
                    "The organisation, often the city, that sets the challenge and provides part of the resources.",
                ),
                text(
                    "The articles in brief",
                    "The model has twelve articles. The most important ones:",
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
                download(
                    "Model contract city and school (outline)",
                    "Twelve articles to complete and have reviewed by both legal departments. Not legal advice.",
                ),
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
                    "KU Leuven en TADA, een Brusselse organisatie die jongeren uit kwetsbare contexten ondersteunt met weekendscholen, ondertekenden in 2022 een samenwerkingsovereenkomst. In 2025 werd die herschreven en vernieuwd, en in 2024 breidde de samenwerking uit naar Stad Leuven en andere lokale partners.",
                ),
                quote(
                    "Hoe je van project naar beleid komt, is echt een weg te gaan.",
                    "Han Nijssen, Leiden Kennisstad",
                ),
                text(
                    "Ook het mbo een plaats geven",
                    "In Leiden kwam er een aparte samenwerkingsovereenkomst om ook het mbo te betrekken. Let op de schotten tussen mbo, hbo en universiteit: een overeenkomst met alle drie maakt de keten compleet.",
                ),
                tip(
                    "Laat bestuurders elkaar ontmoeten",
                    "Een eerste resultaat van een overeenkomst is al dat het college en de raden van bestuur van de instellingen elkaar regelmatig zien.",
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
                    "KU Leuven and TADA, a Brussels organisation that supports young people from vulnerable backgrounds with weekend schools, signed a partnership agreement in 2022. It was rewritten and renewed in 2025, and in 2024 the collaboration grew to include the City of Leuven and other local partners.",
                ),
                quote(
                    "Getting from a project to policy really is a long road.",
                    "Han Nijssen, Leiden Kennisstad",
                ),
                text(
                    "Give vocational education a place too",
                    "Leiden drew up a separate agreement to involve vocational education (mbo) as well. Mind the walls between vocational schools, universities of applied sciences and universities: an agreement with all three completes the chain.",
                ),
                tip(
                    "Let leaders meet",
                    "A first result of an agreement is simply that the city's executive and the institutions' boards see each other regularly.",
                ),
            ],
        },
    },
]
