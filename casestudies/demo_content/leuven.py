"""Stad Leuven: structuring innovative student projects (source 000)."""

from datetime import date
from decimal import Decimal

from portal.demo import paragraphs, section

from .blocks import lessons, obstacle, tip

LEUVEN_STUDENT_PROJECTS = {
    "slug": "leuven-studentenprojecten-draaiboek",
    "place": "leuven",
    "themes": ["winkelbeleving", "studenten-stad"],
    "institutions": ["ku-leuven", "ucll", "vti-leuven"],
    "partners": [
        ("Stad Leuven", "gemeente"),
        ("Agentschap Innoveren & Ondernemen (VLAIO)", "overheidsagentschap"),
    ],
    "shared": {
        "education_format": "innovation_project",
        "csl_intensity": "intensive",
        "start_date": date(2018, 11, 20),
        "end_date": date(2020, 9, 30),
        "budget": Decimal("84762.21"),
        "contact_name": "Helena Schulpé",
        "contact_email": "helena.schulpe@leuven.be",
    },
    "nl": {
        "title": "Leuven: een studententeam uit drie onderwijsniveaus en een draaiboek voor steden",
        "summary": (
            "Stad Leuven paste het Product Innovation Project (PiP) van KU Leuven aan en liet studenten "
            "van KU Leuven, UCLL en het VTI een academiejaar lang samen werken aan de winkelbeleving in "
            "het centrum. Wat ze leerden, staat in een draaiboek voor andere lokale besturen."
        ),
        "period_note": "Door corona verlengd: de oorspronkelijke einddatum was februari 2020. Looptijd 22 maanden.",
        "funding": "80% subsidie van VLAIO (oproep City of Things), 20% eigen inbreng van de partners.",
        "contact_role": "contactpersoon, Stad Leuven",
        "body": [
            section(
                "Waarom Leuven dit deed",
                "Leuven telt zo'n 100.000 inwoners en krijgt er elk academiejaar ongeveer 50.000 studenten bij. "
                "Toch voelen veel studenten zich weinig betrokken bij wat er in de stad speelt: ze stemmen hier "
                "niet en zijn in het weekend vaak bij hun ouders. De stad zag in die grote groep een kans die "
                "nog amper benut werd.",
                "In de smartcitystrategie van Leuven is talent een van de speerpunten. De stad werkte al "
                "eerder met studenten via innovatieve studentenprojecten, datathons en hackathons, en was "
                "enkele jaren projectsponsor van het PiP van KU Leuven.",
            ),
            section(
                "Wat er gebeurde",
                "De stad en de onderwijsinstellingen pasten het PiP-programma aan en testten het opnieuw in een "
                "pilootproject van een volledig academiejaar. Nieuw was de samenstelling van het team: naast "
                "universiteitsstudenten van KU Leuven deden ook studenten van hogeschool UCLL en leerlingen van "
                "de secundaire school VTI mee.",
                "De opdracht van de stad luidde: bedenk een innovatieve manier om het winkelen in en rond de "
                "winkels in het Leuvense centrum aantrekkelijker te maken. Het interdisciplinaire team ontwikkelde "
                "daarvoor een product voor de stad. Onderweg hielden de partners alle ervaringen bij en maakten ze "
                "er algemene lessen van.",
            ),
            section(
                "Het resultaat: een draaiboek",
                "De opbrengst is een draaiboek voor lokale besturen die met de onderwijsinstellingen op hun "
                "grondgebied een innovatief studentenproject willen opzetten. Het geeft houvast op juridisch, "
                "organisatorisch en praktisch vlak, met onder meer een modelcontract tussen het lokale bestuur en "
                "de onderwijsinstelling.",
            ),
            obstacle(
                "Samenwerken vraagt vaste afspraken",
                "De projectgroep bestond uit een projectcoördinator van de stad en onderwijscoaches van elke "
                "instelling. Zonder vaste momenten vergeten partners elkaar bij te praten; minstens maandelijks "
                "samenkomen bleek onmisbaar.",
            ),
            obstacle(
                "Gemengde teams hebben coaching nodig",
                "Studenten van verschillende leeftijden, achtergronden en disciplines samenzetten is niet genoeg "
                "voor een goede groepssfeer. Coaching op verwachtingen en groepsdynamiek is nodig, en die past "
                "vaak niet binnen de gewone onderwijsmiddelen: reken erop dat de projectsponsor een deel betaalt.",
            ),
            lessons(
                "Aanbevelingen voor wie zelf een PiP organiseert",
                "Spreek vooraf af hoeveel tijd en geld elke (onderwijs)organisatie in het project steekt.",
                "Maak concreet wanneer het project voor elke instelling geslaagd is: een oplossing die wordt "
                "uitgerold, nieuwe contacten of samenwerkingen met de stad, meer interesse van studenten, of "
                "methodes die men van andere instellingen overneemt.",
                "Communiceer duidelijk naar alle betrokkenen welke oplossing u verwacht.",
                "Geef studenten een helder kader: praktische afspraken, verwachte resultaten en vaste feedbackmomenten.",
                "Voorzie projectmanagement dat alle betrokkenen aanstuurt en op de hoogte houdt van beslissingen.",
            ),
            tip(
                "De grootste sterkte: de studenten zelf",
                "Jonge mensen bekijken maatschappelijke problemen anders en komen met oplossingen waar een lokaal "
                "bestuur zelf niet meteen aan denkt. Precies dat maakt vernieuwing mogelijk.",
            ),
            paragraphs(
                "Betrokken partners: VLAIO, Stad Leuven, KU Leuven, UC Leuven-Limburg en het Vrij Technisch "
                "Instituut Leuven.",
                "Stad Leuven biedt het draaiboek, met onder meer een modelcontract tussen de lokale overheid en de "
                "onderwijsinstelling, aan andere lokale besturen aan. Contactpersoon is Helena Schulpé.",
            ),
        ],
    },
    "en": {
        "slug": "leuven-student-projects-playbook",
        "title": "Leuven: one student team from three levels of education, and a playbook for cities",
        "summary": (
            "The City of Leuven adapted KU Leuven's Product Innovation Project (PiP) and had students from "
            "KU Leuven, UCLL and VTI work together for a full academic year on the shopping experience in the "
            "city centre. What they learned became a playbook for other local governments."
        ),
        "period_note": "Extended because of COVID-19: the original end date was February 2020. It ran for 22 months.",
        "funding": "80% subsidy from VLAIO (City of Things call), 20% contributed by the partners.",
        "contact_role": "contact person, City of Leuven",
        "body": [
            section(
                "Why Leuven did this",
                "Leuven has about 100,000 inhabitants and welcomes some 50,000 students every academic year. Yet "
                "many students feel little connection with what goes on in the city: they do not vote there and "
                "often spend weekends with their parents. The city saw that large group as a resource it hardly "
                "used.",
                "Talent is one of the spearheads of Leuven's smart city strategy. The city had already worked with "
                "students through innovative student projects, datathons and hackathons, and had sponsored "
                "projects in KU Leuven's PiP for several years.",
            ),
            section(
                "What happened",
                "The city and the schools adapted the PiP programme and tested it again in a pilot lasting a whole "
                "academic year. What was new was the team: besides university students from KU Leuven, students "
                "from the university college UCLL and pupils from the VTI secondary school took part.",
                "The city's challenge was to find an innovative way to make shopping in and around the shops of "
                "central Leuven more attractive. The interdisciplinary team developed a product for the city, "
                "while the partners recorded their experiences and turned them into general lessons.",
            ),
            section(
                "The outcome: a playbook",
                "The result is a playbook for local governments that want to set up an innovative student project "
                "with the schools and universities in their area. It gives legal, organisational and practical "
                "guidance, including a model contract between the local government and the educational "
                "institution.",
            ),
            obstacle(
                "Working together needs fixed arrangements",
                "The project group was a project coordinator from the city and education coaches from each "
                "institution. Without fixed moments, partners forget to update one another; meeting at least once "
                "a month proved essential.",
            ),
            obstacle(
                "Mixed teams need coaching",
                "Putting students of different ages, backgrounds and disciplines together does not by itself create "
                "a good team. Coaching on expectations and group dynamics is needed, and regular education budgets "
                "often do not cover it: expect the project sponsor to pay part of it.",
            ),
            lessons(
                "Recommendations for anyone organising a PiP",
                "Agree in advance how much time and money each organisation will put into the project.",
                "Make concrete when the project counts as a success for each institution: a solution that is rolled "
                "out, new contacts or partnerships with the city, more interest from students, or methods adopted "
                "from other institutions.",
                "Tell every stakeholder clearly what kind of solution you expect.",
                "Give students a clear framework: practical arrangements, expected deliverables and fixed feedback moments.",
                "Provide project management that steers everyone involved and keeps them informed of decisions.",
            ),
            tip(
                "The main strength: the students themselves",
                "Young people look at social problems differently and come up with solutions a local government "
                "would not think of first. That is exactly what makes innovation possible.",
            ),
            paragraphs(
                "Partners: VLAIO, City of Leuven, KU Leuven, UC Leuven-Limburg and Vrij Technisch Instituut Leuven.",
                "The City of Leuven offers the playbook, including a model contract between the local government "
                "and the educational institution, to other local governments. The contact person is Helena Schulpé.",
            ),
        ],
    },
}
