"""Outline of a model contract between a local government and a school, after the
Leuven draaiboek (seed 000). An outline to adapt, not legal advice."""

MODEL_CONTRACT = {
    "nl": {
        "title": "Modelcontract stad en onderwijsinstelling (schets)",
        "filename": "modelcontract-stad-onderwijsinstelling-schets.pdf",
        "lead": (
            "Een schets van de afspraken tussen een lokaal bestuur en een onderwijsinstelling die samen "
            "een innovatief studentenproject opzetten. Vul elk artikel aan met uw eigen gegevens en laat "
            "het geheel nalezen door de juridische dienst van beide partijen."
        ),
        "articles": [
            {
                "heading": "Partijen",
                "text": "Het lokaal bestuur als projectsponsor en de onderwijsinstelling(en) die studenten, docenten en coaches inzetten; per partij een contactpersoon in de projectgroep.",
            },
            {
                "heading": "Doel en uitdaging",
                "text": "De maatschappelijke uitdaging in één zin, zoals Leuven die formuleerde: een innovatieve oplossing zoeken om de winkelbeleving in het centrum te vergroten. Het leerproces van de student staat voorop.",
            },
            {
                "heading": "Looptijd en planning",
                "text": "Begin- en einddatum (bijvoorbeeld één academiejaar), de vaste feedbackmomenten en wat er gebeurt als de planning schuift, zoals bij de verlenging door corona.",
            },
            {
                "heading": "Inzet en middelen",
                "text": "Wat elke partij bijdraagt in tijd en geld, wie de coaching van gemengde studententeams betaalt en hoe een subsidie (in Leuven 80% door VLAIO op een budget van € 84.762,21) wordt verdeeld.",
            },
            {
                "heading": "Projectgroep en overleg",
                "text": "Samenstelling van de projectgroep (projectcoördinator van de stad en onderwijscoaches) en minstens één overleg per maand.",
            },
            {
                "heading": "Verwachte resultaten",
                "text": "Wat studenten opleveren (deliverables) en wanneer, en dat de bruikbaarheid van de uitkomst anders kan uitvallen dan verwacht: studenten mogen fouten maken.",
            },
            {
                "heading": "Intellectuele eigendom en gebruik",
                "text": "Wie eigenaar is van ideeën, ontwerpen en prototypes, en onder welke voorwaarden het lokaal bestuur ze mag gebruiken, verder ontwikkelen of uitrollen.",
            },
            {
                "heading": "Vertrouwelijkheid en persoonsgegevens",
                "text": "Welke informatie vertrouwelijk blijft, hoe studenten met gegevens van inwoners omgaan en wie verwerkingsverantwoordelijke is.",
            },
            {
                "heading": "Aansprakelijkheid en verzekering",
                "text": "Wie studenten verzekert tijdens activiteiten in de stad en hoe aansprakelijkheid voor schade is geregeld.",
            },
            {
                "heading": "Communicatie en naamsvermelding",
                "text": "Hoe partijen over het project communiceren en hoe studenten en instellingen worden vermeld.",
            },
            {
                "heading": "Evaluatie, wijziging en geschillen",
                "text": "Een gezamenlijke evaluatie bij de afronding, hoe het contract gewijzigd kan worden en hoe partijen een meningsverschil eerst in onderling overleg oplossen.",
            },
            {
                "heading": "Ondertekening",
                "text": "Naam, functie, datum en handtekening van een vertegenwoordiger van elke partij.",
            },
        ],
        "footer": "Schets op basis van het draaiboek van Stad Leuven (City of Things, 2018-2020). Geen juridisch advies.",
    },
    "en": {
        "title": "Model contract city and school (outline)",
        "filename": "model-contract-city-school-outline.pdf",
        "lead": (
            "An outline of the agreements between a local government and a school that set up an "
            "innovative student project together. Complete each article with your own details and have "
            "the whole reviewed by the legal departments of both parties."
        ),
        "articles": [
            {
                "heading": "Parties",
                "text": "The local government as project sponsor and the school(s) that provide students, teachers and coaches; one contact person per party in the project group.",
            },
            {
                "heading": "Aim and challenge",
                "text": "The societal challenge in one sentence, as Leuven put it: find an innovative way to improve the shopping experience in the city centre. The student's learning comes first.",
            },
            {
                "heading": "Duration and schedule",
                "text": "Start and end date (for example one academic year), the fixed feedback moments and what happens when the schedule slips, as with the extension during the pandemic.",
            },
            {
                "heading": "Contributions and resources",
                "text": "What each party contributes in time and money, who pays for coaching mixed student teams and how a grant (in Leuven 80% by VLAIO on a budget of € 84,762.21) is shared.",
            },
            {
                "heading": "Project group and meetings",
                "text": "Who sits in the project group (the city's project coordinator and the schools' coaches) and at least one meeting a month.",
            },
            {
                "heading": "Expected results",
                "text": "What students deliver and when, and that the usefulness of the outcome may differ from what was expected: students are allowed to make mistakes.",
            },
            {
                "heading": "Intellectual property and use",
                "text": "Who owns ideas, designs and prototypes, and on what terms the local government may use, develop or roll them out.",
            },
            {
                "heading": "Confidentiality and personal data",
                "text": "Which information stays confidential, how students handle residents' data and who is the data controller.",
            },
            {
                "heading": "Liability and insurance",
                "text": "Who insures students during activities in the city and how liability for damage is arranged.",
            },
            {
                "heading": "Communication and credits",
                "text": "How the parties communicate about the project and how students and institutions are credited.",
            },
            {
                "heading": "Evaluation, changes and disputes",
                "text": "A joint evaluation at the end, how the contract can be changed and how the parties first settle a disagreement among themselves.",
            },
            {
                "heading": "Signatures",
                "text": "Name, position, date and signature of a representative of each party.",
            },
        ],
        "footer": "Outline based on the City of Leuven's playbook (City of Things, 2018-2020). Not legal advice.",
    },
}
