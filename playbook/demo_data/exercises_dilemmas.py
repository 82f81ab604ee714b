"""Demo exercises from the seed 004 reflection moments that weigh two ways of working against each other."""

DILEMMA_EXERCISES = [
    {
        "slug": "middenveld-of-rechtstreeks",
        "audience": "teacher",
        "duration_minutes": 20,
        "group_size": (3, 6),
        "figure": False,
        "chapters": ["soorten-partnerschap"],
        "nl": {
            "title": "Via het middenveld of rechtstreeks met de gemeenschap?",
            "summary": "Werkt u met een organisatie die een groep vertegenwoordigt, of spreekt u de mensen zelf aan?",
            "purpose": "Deelnemers wegen de voor- en nadelen af van werken via maatschappelijke organisaties tegenover rechtstreeks contact met een gemeenschap.",
            "questions": [
                (
                    "Werkt u in uw vak via het middenveld, of spreekt u een gemeenschap rechtstreeks aan?",
                    ["Waarom koos u daarvoor?"],
                ),
                (
                    "Wat wint en wat verliest u met die keuze?",
                    ["Denk aan toegang, vertrouwen, continuïteit en de stem van kwetsbare bewoners."],
                ),
                ("Wat zou u de volgende keer anders doen?", []),
            ],
            "facilitation_notes": "<p>Verdeel de groep in twee kampen die elk één aanpak verdedigen, en wissel na tien minuten van kant.</p>",
        },
        "en": {
            "title": "Through civil society or directly with the community?",
            "summary": "Do you work with an organisation that represents a group, or do you approach the people themselves?",
            "purpose": "Participants weigh working through civil-society organisations against direct contact with a community.",
            "questions": [
                (
                    "In your course, do you work through civil society, or do you approach a community directly?",
                    ["Why did you choose that?"],
                ),
                (
                    "What do you gain and what do you lose with that choice?",
                    ["Think of access, trust, continuity and the voice of vulnerable residents."],
                ),
                ("What would you do differently next time?", []),
            ],
            "facilitation_notes": "<p>Split the group into two camps that each defend one approach, and swap sides after ten minutes.</p>",
        },
    },
    {
        "slug": "strategisch-of-ad-hoc",
        "audience": "partner",
        "duration_minutes": 30,
        "group_size": (1, 3),
        "figure": False,
        "chapters": ["van-project-naar-overeenkomst", "soorten-partnerschap"],
        "nl": {
            "title": "Strategisch partnerschap of ad-hocsamenwerking?",
            "summary": "Een eenmalig project of een engagement voor jaren: wat past bij uw organisatie?",
            "purpose": "Partnerorganisaties en instellingen bepalen welke vorm van samenwerking bij hun doelen en middelen past.",
            "questions": [
                (
                    "Werkt u nu vooral ad hoc of strategisch samen met het onderwijs?",
                    ["Hoe is die samenwerking ontstaan?"],
                ),
                (
                    "Wat zou een formeel engagement op lange termijn uw organisatie opleveren?",
                    ["Welk gemeenschappelijk doel zou u delen?", "Op welke niveaus zou u samenwerken?"],
                ),
                ("Wat houdt u nu tegen, en wie moet er aan tafel zitten om verder te gaan?", []),
            ],
            "facilitation_notes": "<p>Gebruik het voorbeeld van KU Leuven en TADA (overeenkomst in 2022, vernieuwd in 2025) als houvast voor het gesprek.</p>",
        },
        "en": {
            "title": "Strategic partnership or ad hoc collaboration?",
            "summary": "A one-off project or a commitment for years: what suits your organisation?",
            "purpose": "Partner organisations and institutions decide which form of collaboration fits their goals and resources.",
            "questions": [
                (
                    "Do you now work with education mostly ad hoc or strategically?",
                    ["How did that collaboration come about?"],
                ),
                (
                    "What would a formal long-term commitment bring your organisation?",
                    ["Which common goal would you share?", "At which levels would you work together?"],
                ),
                ("What holds you back now, and who needs to be at the table to go further?", []),
            ],
            "facilitation_notes": "<p>Use the example of KU Leuven and TADA (agreement in 2022, renewed in 2025) to anchor the conversation.</p>",
        },
    },
    {
        "slug": "binnen-of-buiten-het-vakgebied",
        "audience": "teacher",
        "duration_minutes": 20,
        "group_size": (2, 5),
        "figure": False,
        "chapters": ["een-passend-vraagstuk"],
        "nl": {
            "title": "Samenwerken binnen of buiten het eigen vakgebied?",
            "summary": "Past de opdracht bij de afstudeerrichting, of leren studenten juist van een vraag buiten hun domein?",
            "purpose": "Docenten bepalen hoe dicht een maatschappelijke vraag bij het vakgebied van hun studenten moet liggen.",
            "questions": [
                ("Ligt de vraag van uw partner binnen of buiten het domein van de opleiding?", []),
                (
                    "Wat leren studenten van een vraag buiten hun vakgebied?",
                    ["Welke competenties oefenen ze dan?", "Welke begeleiding hebben ze extra nodig?"],
                ),
            ],
            "facilitation_notes": "<p>Vraag deelnemers een voorbeeld uit eigen praktijk mee te brengen.</p>",
        },
        "en": {
            "title": "Working within or outside your own field?",
            "summary": "Does the assignment fit the students' specialisation, or do they learn precisely from a question outside it?",
            "purpose": "Teachers decide how close a societal question should be to their students' field.",
            "questions": [
                ("Is your partner's question within or outside the field of the programme?", []),
                (
                    "What do students learn from a question outside their field?",
                    ["Which competences do they practise?", "Which extra guidance do they need?"],
                ),
            ],
            "facilitation_notes": "<p>Ask participants to bring an example from their own practice.</p>",
        },
    },
    {
        "slug": "ondersteuners-of-vernieuwers",
        "audience": "student",
        "duration_minutes": 25,
        "group_size": (1, 1),
        "figure": False,
        "chapters": ["kader-voor-studenten"],
        "nl": {
            "title": "Ondersteuner of vernieuwer in een partnerorganisatie?",
            "summary": "Helpt u een organisatie bij wat ze al doet, of brengt u iets nieuws binnen?",
            "purpose": "Studenten denken na over hun rol bij de partner en over wat de organisatie en de bewoners daar echt aan hebben.",
            "questions": [
                (
                    "Welke rol heeft u in de partnerorganisatie: ondersteuner of vernieuwer?",
                    ["Waaraan merkt u dat?"],
                ),
                ("Wat heeft de organisatie aan uw inbreng, en wat hebben de bewoners eraan?", []),
                ("Wat heeft u zelf geleerd dat u in een gewone les niet had geleerd?", []),
            ],
            "facilitation_notes": "<p>Individuele schrijfopdracht; bespreek daarna enkele antwoorden klassikaal, alleen als studenten dat willen.</p>",
        },
        "en": {
            "title": "Supporter or innovator in a partner organisation?",
            "summary": "Do you help an organisation with what it already does, or do you bring in something new?",
            "purpose": "Students reflect on their role at the partner and on what the organisation and the residents really gain from it.",
            "questions": [
                (
                    "What is your role in the partner organisation: supporter or innovator?",
                    ["How can you tell?"],
                ),
                (
                    "What does the organisation gain from your contribution, and what do the residents gain?",
                    [],
                ),
                ("What did you learn that you would not have learned in an ordinary class?", []),
            ],
            "facilitation_notes": "<p>An individual writing task; afterwards discuss a few answers with the class, only if students want to.</p>",
        },
    },
    {
        "slug": "finaliteit-van-de-samenwerking",
        "audience": "teacher",
        "duration_minutes": 20,
        "group_size": (2, 4),
        "figure": False,
        "chapters": ["kader-voor-studenten", "een-passend-vraagstuk"],
        "nl": {
            "title": "Ligt het einddoel vast voordat studenten starten?",
            "summary": "Staat de finaliteit van de samenwerking vooraf vast, of bepalen studenten en partner die samen onderweg?",
            "purpose": "Docenten en partners kiezen bewust hoeveel ruimte studenten krijgen om het doel mee te bepalen.",
            "questions": [
                (
                    "Staat het einddoel van de samenwerking vast voordat de studenten beginnen?",
                    ["Wie heeft het bepaald?"],
                ),
                (
                    "Wat zou er veranderen als het einddoel deel van het proces wordt?",
                    ["Voor de studenten?", "Voor de partner?"],
                ),
            ],
            "facilitation_notes": "<p>Koppel dit aan de afspraken en deliverables uit het draaiboek: ook een open doel vraagt vaste feedbackmomenten.</p>",
        },
        "en": {
            "title": "Is the end goal fixed before students start?",
            "summary": "Is the purpose of the collaboration set beforehand, or do students and partner decide it together along the way?",
            "purpose": "Teachers and partners choose deliberately how much room students get to help set the goal.",
            "questions": [
                ("Is the end goal of the collaboration fixed before the students start?", ["Who set it?"]),
                (
                    "What would change if the end goal became part of the process?",
                    ["For the students?", "For the partner?"],
                ),
            ],
            "facilitation_notes": "<p>Link this to the agreements and deliverables in the playbook: an open goal needs fixed feedback moments too.</p>",
        },
    },
]
