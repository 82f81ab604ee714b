"""Demo exercises from the reflection series \"Wie zijn jouw partners en hoe worden ze betrokken?\" (seed 004),
in the site's formal voice (u/uw, see docs/voice.md)."""

PARTNER_EXERCISES = [
    {
        "slug": "wie-zijn-uw-partners",
        "audience": "teacher",
        "duration_minutes": 30,
        "group_size": (1, 4),
        "figure": False,
        "chapters": ["soorten-partnerschap"],
        "nl": {
            "title": "Wie zijn uw partners?",
            "summary": "Breng de actoren in uw service-learningvak in kaart en ontdek welke stemmen ontbreken.",
            "purpose": "Docenten krijgen zicht op wie er bij hun vak betrokken is, wie echt partner is en wie ze in de toekomst willen betrekken.",
            "questions": [
                (
                    "Wie zijn de actoren in uw service-learningvak?",
                    [
                        "Denk aan de instelling, docenten, studenten, partnerorganisaties en de gemeenschap.",
                        "Wie van hen beslist mee over het vak?",
                    ],
                ),
                (
                    "Zijn al deze actoren ook partners in uw vak?",
                    ["Wie wordt alleen geïnformeerd, wie werkt echt mee?", "Zijn er stemmen die ontbreken?"],
                ),
                (
                    "Welke actoren zou u willen betrekken in een toekomstig service-learningvak?",
                    ["Wat zou hun inbreng zijn?"],
                ),
            ],
            "facilitation_notes": "<p>Laat deelnemers eerst vijf minuten alleen een lijst maken en bespreek die daarna in groepjes van vier. Gebruik het model van Bringle, Clayton &amp; Price (2009): instelling, docenten, studenten, partnerorganisaties en gemeenschappen.</p>",
        },
        "en": {
            "title": "Who are your partners?",
            "summary": "Map the actors in your service-learning course and find out which voices are missing.",
            "purpose": "Teachers see who is involved in their course, who is really a partner and whom they want to involve in future.",
            "questions": [
                (
                    "Who are the actors in your service-learning course?",
                    [
                        "Think of the institution, teachers, students, partner organisations and the community.",
                        "Which of them have a say in the course?",
                    ],
                ),
                (
                    "Are all these actors also partners in your course?",
                    ["Who is only informed, who really takes part?", "Are there voices that are missing?"],
                ),
                (
                    "Which actors would you like to involve in a future service-learning course?",
                    ["What would they bring?"],
                ),
            ],
            "facilitation_notes": "<p>Let participants first make a list alone for five minutes, then discuss it in groups of four. Use the model of Bringle, Clayton &amp; Price (2009): institution, teachers, students, partner organisations and communities.</p>",
        },
    },
    {
        "slug": "hoe-verlopen-de-contacten",
        "audience": "teacher",
        "duration_minutes": 45,
        "group_size": (2, 4),
        "figure": True,
        "chapters": ["soorten-partnerschap", "projectgroep"],
        "nl": {
            "title": "Hoe verlopen de contacten tussen de partners?",
            "summary": "Bekijk hoe direct of indirect partners nu contact hebben, en hoe u dat idealiter zou willen.",
            "purpose": "Deelnemers situeren hun samenwerking op het model van het transformatieve partnerschap en bepalen een volgende stap.",
            "questions": [
                (
                    "Hoe verlopen de contacten tussen de verschillende partners in uw service-learningvak?",
                    [
                        "Welke contacten zijn direct, welke lopen via iemand anders?",
                        "Waar op de trap van het model staat u nu?",
                    ],
                ),
                (
                    "Hoe zouden de contacten idealiter verlopen in uw (toekomstige) vak?",
                    [
                        "Wat wilt u bereiken?",
                        "Hoe kunt u dit aanpakken of versterken?",
                        "Wat of wie heeft u daarvoor nodig?",
                    ],
                ),
            ],
            "facilitation_notes": "<p>Toon het model groot en laat elk groepje met een stip aanduiden waar het nu staat en waar het heen wil. Benadruk dat niet elk partnerschap synergie moet bereiken.</p>",
        },
        "en": {
            "title": "How do the partners keep in touch?",
            "summary": "Look at how directly or indirectly partners are in touch now, and how you would ideally like it.",
            "purpose": "Participants place their collaboration on the transformational-partnership model and choose a next step.",
            "questions": [
                (
                    "How do the different partners in your service-learning course keep in touch?",
                    [
                        "Which contacts are direct, which go through someone else?",
                        "Where on the model's staircase are you now?",
                    ],
                ),
                (
                    "How would contacts ideally go in your (future) course?",
                    [
                        "What do you want to achieve?",
                        "How can you approach or strengthen this?",
                        "What or whom do you need for it?",
                    ],
                ),
            ],
            "facilitation_notes": "<p>Show the model large and let each group mark with a dot where it stands now and where it wants to go. Stress that not every partnership has to reach synergy.</p>",
        },
    },
    {
        "slug": "relaties-versterken",
        "audience": "teacher",
        "duration_minutes": 40,
        "group_size": (2, 4),
        "figure": True,
        "chapters": ["van-project-naar-overeenkomst"],
        "nl": {
            "title": "Waar kan de samenwerking sterker?",
            "summary": "Bepaal wat u met uw (toekomstige) partners wilt bereiken en waar de relatie kan groeien.",
            "purpose": "Deelnemers formuleren een concreet doel voor hun partnerschap en de middelen die ze nodig hebben om het te halen.",
            "questions": [
                ("Wat wilt u graag bereiken in de samenwerking met uw (toekomstige) partners?", []),
                (
                    "Waar en hoe kunnen die relaties (nog) versterkt worden?",
                    ["Hoe kunt of wilt u dit aanpakken?", "Wat of wie heeft u hiervoor nodig?"],
                ),
            ],
            "facilitation_notes": "<p>Sluit af met één zin per deelnemer: „Volgende maand zet ik deze stap: …”. Verwijs naar de aandachtspunten: zoek een gemeenschappelijk doel, bepaal samen de aard van de activiteit, let op de meerwaarde voor de partner en op verwachtingsmanagement.</p>",
        },
        "en": {
            "title": "Where can the collaboration grow stronger?",
            "summary": "Decide what you want to achieve with your (future) partners and where the relationship can grow.",
            "purpose": "Participants set a concrete goal for their partnership and name the means they need to reach it.",
            "questions": [
                ("What would you like to achieve in your collaboration with your (future) partners?", []),
                (
                    "Where and how can these relationships be strengthened (further)?",
                    ["How can or will you go about it?", "What or whom do you need for it?"],
                ),
            ],
            "facilitation_notes": "<p>Close with one sentence per participant: “Next month I will take this step: …”. Refer to the points of attention: look for a common goal, decide together on the nature of the activity, mind the value for the partner and manage expectations.</p>",
        },
    },
]
