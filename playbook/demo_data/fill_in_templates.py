"""The templates a coordinator downloads and fills in (DOCX, ODT, PDF): an outline of a model
contract, a project plan and a kick-off checklist, in Dutch and English.

All three are Kennisbrug's own guidance. The Leuven draaiboek (seed 000) contains a model
contract between the local government and the educational institution; the outline below is
not that contract and does not quote it. It turns the seeds' lessons (monthly project group,
coaching paid partly by the sponsor, success per institution, students may make mistakes)
into articles to agree on."""


def section(heading, text="", items=()):
    return {"heading": heading, "text": text, "items": list(items)}


MODEL_CONTRACT = {
    "nl": {
        "title": "Modelcontract stad en onderwijsinstelling (schets)",
        "lead": (
            "Een schets van Kennisbrug voor de afspraken tussen een lokaal bestuur en een onderwijsinstelling "
            "die samen een innovatief studentenproject opzetten. Vul elk artikel aan met uw eigen gegevens en "
            "laat het geheel nalezen door de juridische dienst van beide partijen."
        ),
        "numbered": True,
        "sections": [
            section(
                "Partijen",
                "Het lokaal bestuur als projectsponsor en de onderwijsinstelling(en) die studenten, docenten en coaches inzetten; per partij een contactpersoon in de projectgroep.",
            ),
            section(
                "Doel en uitdaging",
                "De maatschappelijke uitdaging in één zin, bijvoorbeeld zoals Stad Leuven die aan de studenten gaf: een innovatieve oplossing zoeken om de winkelbeleving in en rond de winkels in het centrum te vergroten. Het leerproces van de student staat voorop.",
            ),
            section(
                "Looptijd en planning",
                "Begin- en einddatum (bijvoorbeeld één academiejaar), de vaste feedbackmomenten en wat er gebeurt als de planning schuift; het Leuvense project werd door corona verlengd van februari 2020 tot 30 september 2020.",
            ),
            section(
                "Inzet en middelen",
                "Wat elke partij bijdraagt in tijd en geld, wie de coaching van gemengde studententeams betaalt (reguliere onderwijsmiddelen volstaan daarvoor vaak niet) en hoe een subsidie wordt verdeeld.",
            ),
            section(
                "Projectgroep en overleg",
                "Samenstelling van de projectgroep (een projectcoördinator van het lokaal bestuur en onderwijscoaches van elke instelling) en minstens één overleg per maand.",
            ),
            section(
                "Succes per partij",
                "Per partij in één zin wanneer het project geslaagd is: een oplossing die wordt uitgerold, nieuwe samenwerkingen, meer interesse van studenten of nieuwe werkwijzen.",
            ),
            section(
                "Verwachte resultaten",
                "Wat studenten opleveren (deliverables) en wanneer, en dat de bruikbaarheid van de uitkomst anders kan uitvallen dan verwacht: studenten mogen fouten maken.",
            ),
            section(
                "Intellectuele eigendom en gebruik",
                "Wie eigenaar is van ideeën, ontwerpen en prototypes, en onder welke voorwaarden het lokaal bestuur ze mag gebruiken, verder ontwikkelen of uitrollen.",
            ),
            section(
                "Vertrouwelijkheid en persoonsgegevens",
                "Welke informatie vertrouwelijk blijft, hoe studenten met gegevens van inwoners omgaan en wie verwerkingsverantwoordelijke is.",
            ),
            section(
                "Aansprakelijkheid en verzekering",
                "Wie studenten verzekert tijdens activiteiten in de stad en hoe aansprakelijkheid voor schade is geregeld.",
            ),
            section(
                "Communicatie en naamsvermelding",
                "Hoe partijen over het project communiceren en hoe studenten en instellingen worden vermeld.",
            ),
            section(
                "Evaluatie, wijziging en geschillen",
                "Een gezamenlijke evaluatie bij de afronding, hoe het contract gewijzigd kan worden en hoe partijen een meningsverschil eerst in onderling overleg oplossen.",
            ),
            section(
                "Ondertekening",
                "Naam, functie, datum en handtekening van een vertegenwoordiger van elke partij.",
            ),
        ],
        "footer": "Een eigen schets van Kennisbrug, niet het modelcontract uit het draaiboek van Stad Leuven. Geen juridisch advies.",
    },
    "en": {
        "title": "Model contract city and school (outline)",
        "lead": (
            "Kennisbrug's outline of the agreements between a local government and an educational "
            "institution that set up an innovative student project together. Complete each article with "
            "your own details and have the whole reviewed by the legal departments of both parties."
        ),
        "numbered": True,
        "sections": [
            section(
                "Parties",
                "The local government as project sponsor and the institution(s) that provide students, teachers and coaches; one contact person per party in the project group.",
            ),
            section(
                "Aim and challenge",
                "The societal challenge in one sentence, for example as the City of Leuven set it for its students: find an innovative way to improve the shopping experience in and around the shops in the city centre. The student's learning comes first.",
            ),
            section(
                "Duration and schedule",
                "Start and end date (for example one academic year), the fixed feedback moments and what happens when the schedule slips; the Leuven project was extended because of COVID-19 from February 2020 to 30 September 2020.",
            ),
            section(
                "Contributions and resources",
                "What each party contributes in time and money, who pays for coaching mixed student teams (regular education budgets often do not cover it) and how a grant is shared.",
            ),
            section(
                "Project group and meetings",
                "Who sits in the project group (a project coordinator from the local government and education coaches from each institution) and at least one meeting a month.",
            ),
            section(
                "Success for each party",
                "For each party, one sentence on when the project has succeeded: a solution that is rolled out, new partnerships, more interest from students or new ways of working.",
            ),
            section(
                "Expected results",
                "What students deliver and when, and that the usefulness of the outcome may differ from what was expected: students are allowed to make mistakes.",
            ),
            section(
                "Intellectual property and use",
                "Who owns ideas, designs and prototypes, and on what terms the local government may use, develop or roll them out.",
            ),
            section(
                "Confidentiality and personal data",
                "Which information stays confidential, how students handle residents' data and who is the data controller.",
            ),
            section(
                "Liability and insurance",
                "Who insures students during activities in the city and how liability for damage is arranged.",
            ),
            section(
                "Communication and credits",
                "How the parties communicate about the project and how students and institutions are credited.",
            ),
            section(
                "Evaluation, changes and disputes",
                "A joint evaluation at the end, how the contract can be changed and how the parties first settle a disagreement among themselves.",
            ),
            section("Signatures", "Name, position, date and signature of a representative of each party."),
        ],
        "footer": "Kennisbrug's own outline, not the model contract in the City of Leuven's playbook. Not legal advice.",
    },
}

PROJECT_PLAN = {
    "nl": {
        "title": "Projectplan studentenproject",
        "lead": "Vul dit plan in met de projectgroep vóór de studenten beginnen, en leg het bij elk maandelijks overleg op tafel.",
        "numbered": True,
        "sections": [
            section(
                "Uitdaging",
                "Welke vraag uit de stad pakken de studenten aan? Formuleer ze in één zin, zo dat ze in een vak, stage, scriptie of minor past.",
            ),
            section(
                "Partners en rollen",
                "Wie is projectsponsor, wie coördineert, wie coacht per instelling, en wie is het aanspreekpunt bij de partner?",
            ),
            section("Succes per partner", "Wanneer is elke partner tevreden? Eén zin per partner."),
            section(
                "Middelen",
                "Hoeveel tijd en geld brengt elke organisatie in, en wie betaalt de coaching van het studententeam?",
            ),
            section(
                "Planning",
                "Start, vaste feedbackmomenten, tussentijdse bijsturing, eindpresentatie en overdracht aan een volgende groep.",
            ),
            section("Deliverables", "Wat leveren de studenten op, in welke vorm en op welke datum?"),
            section(
                "Wat de partner inbrengt",
                "",
                [
                    "Informatie: gesprekken en documenten",
                    "Toegang tot betrokkenen en locaties",
                    "Contactmomenten bij de start, tussentijds en bij de afronding",
                    "Eventueel een stageplaats",
                ],
            ),
            section(
                "Risico's en afspraken",
                "Wat doet u als de planning schuift, een student uitvalt of de uitkomst anders is dan verwacht?",
            ),
            section(
                "Evaluatie",
                "Wanneer en met wie evalueert u, en hoe legt u de lessen vast voor een volgend project?",
            ),
        ],
        "footer": "Een sjabloon van Kennisbrug. Pas het aan uw project aan.",
    },
    "en": {
        "title": "Student project plan",
        "lead": "Fill in this plan with the project group before the students start, and bring it to every monthly meeting.",
        "numbered": True,
        "sections": [
            section(
                "Challenge",
                "Which question from the city will the students take on? Put it in one sentence that fits a course, internship, thesis or minor.",
            ),
            section(
                "Partners and roles",
                "Who is the project sponsor, who coordinates, who coaches for each institution, and who is the contact at the partner?",
            ),
            section(
                "Success for each partner", "When will each partner be satisfied? One sentence per partner."
            ),
            section(
                "Resources",
                "How much time and money does each organisation put in, and who pays for coaching the student team?",
            ),
            section(
                "Schedule",
                "Start, fixed feedback moments, midway adjustment, final presentation and handover to the next group.",
            ),
            section("Deliverables", "What do the students deliver, in what form and by which date?"),
            section(
                "What the partner contributes",
                "",
                [
                    "Information: conversations and documents",
                    "Access to stakeholders and places",
                    "Contact moments at the start, midway and at the end",
                    "Possibly an internship place",
                ],
            ),
            section(
                "Risks and arrangements",
                "What will you do if the schedule slips, a student drops out or the outcome differs from what you expected?",
            ),
            section(
                "Evaluation",
                "When and with whom will you evaluate, and how will you record the lessons for a next project?",
            ),
        ],
        "footer": "A Kennisbrug template. Adapt it to your project.",
    },
}

KICK_OFF_CHECKLIST = {
    "nl": {
        "title": "Checklist kick-off",
        "lead": "Vink af wat geregeld is vóór de eerste dag van de studenten. Wat open blijft, komt op de agenda van het eerste maandelijkse overleg.",
        "numbered": False,
        "sections": [
            section(
                "Afspraken tussen partners",
                "",
                [
                    "De projectgroep is samengesteld; elke partner heeft een aanspreekpunt",
                    "De data van het maandelijkse overleg staan voor het hele jaar vast",
                    "Tijd en geld per organisatie zijn afgesproken",
                    "Het contract is ondertekend, inclusief intellectuele eigendom",
                ],
            ),
            section(
                "Verwachtingen",
                "",
                [
                    "Elke partner heeft in één zin opgeschreven wanneer het project geslaagd is",
                    "Alle betrokkenen weten welke oplossing de stad verwacht",
                    "De partner weet dat studenten fouten mogen maken",
                ],
            ),
            section(
                "Het studententeam",
                "",
                [
                    "De studenten kennen de uitdaging, de deliverables en de data",
                    "De vaste feedbackmomenten staan in ieders agenda",
                    "Er is een coach die op de groepsdynamiek let",
                    "Het team heeft eigen afspraken over taken en bereikbaarheid gemaakt",
                ],
            ),
            section(
                "Praktisch",
                "",
                [
                    "Werkplek en toegang tot locaties zijn geregeld",
                    "Studenten zijn verzekerd tijdens activiteiten in de stad",
                    "Er is afgesproken hoe studenten met gegevens van inwoners omgaan",
                ],
            ),
        ],
        "footer": "Een sjabloon van Kennisbrug.",
    },
    "en": {
        "title": "Kick-off checklist",
        "lead": "Tick off what is arranged before the students' first day. Whatever is still open goes on the agenda of the first monthly meeting.",
        "numbered": False,
        "sections": [
            section(
                "Agreements between partners",
                "",
                [
                    "The project group is set up; every partner has a contact person",
                    "The dates of the monthly meeting are fixed for the whole year",
                    "Time and money per organisation are agreed",
                    "The contract is signed, including intellectual property",
                ],
            ),
            section(
                "Expectations",
                "",
                [
                    "Every partner has written down in one sentence when the project has succeeded",
                    "Everyone involved knows what kind of solution the city expects",
                    "The partner knows that students are allowed to make mistakes",
                ],
            ),
            section(
                "The student team",
                "",
                [
                    "The students know the challenge, the deliverables and the dates",
                    "The fixed feedback moments are in everyone's calendar",
                    "There is a coach who watches the group dynamics",
                    "The team has made its own agreements on tasks and availability",
                ],
            ),
            section(
                "Practical matters",
                "",
                [
                    "Workspace and access to places are arranged",
                    "Students are insured during activities in the city",
                    "It is agreed how students handle residents' data",
                ],
            ),
        ],
        "footer": "A Kennisbrug template.",
    },
}
