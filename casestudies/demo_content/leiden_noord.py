"""Leiden-Noord: the science shop Leren met de Stad Op Locatie (source 003)."""

from datetime import date

from portal.demo import paragraphs, section

from .blocks import lessons, obstacle

OP_LOCATIE = {
    "slug": "leiden-noord-leren-met-de-stad-op-locatie",
    "place": "leiden",
    "themes": ["wijkontwikkeling", "eenzaamheid", "corona"],
    "institutions": ["universiteit-leiden", "hogeschool-leiden"],
    "partners": [
        ("Welzijnsorganisaties in Leiden-Noord", "welzijnsorganisatie"),
        ("Bibliotheek in de wijk", "maatschappelijke-organisatie"),
        ("School in de wijk", "onderwijsinstelling"),
        ("Bewoners van Leiden-Noord", "bewonersgroep"),
    ],
    "playbook_words": ["kenniswinkel", "wederkerig", "partner"],
    "shared": {
        "education_format": "course_assignment",
        "csl_intensity": "intensive",
        "start_date": date(2021, 2, 8),
        "end_date": None,
    },
    "nl": {
        "title": "Leiden-Noord: een kenniswinkel midden in de wijk",
        "summary": (
            "Met Leren met de Stad Op Locatie opende Leiden een kenniswinkel in Leiden-Noord, naar het voorbeeld "
            "van BOOT in Amsterdam. Studenten werken er samen met bewoners aan activiteiten die de wijk vooruit helpen."
        ),
        "neighbourhood": "Leiden-Noord",
        "period_note": "De opening was gepland voor september 2020 maar werd door corona uitgesteld; door de maatregelen eerst één dag per week open in plaats van vier.",
        "body": [
            section(
                "Een vaste plek in de wijk",
                "Het idee kwam van BOOT in Amsterdam: een laagdrempelige plek waar studenten en bewoners elkaar "
                "treffen. De kracht zit in de ligging: het gebouw staat midden in de wijk, waar ook "
                "welzijnsorganisaties, een bibliotheek en een school samenkomen.",
                "Studenten werken vijf tot tien weken aan een project, dat daarna vaak naar een volgende groep gaat. "
                "Zo leren ze vanaf de eerste dag de context kennen van hun opleiding en van de mensen om wie het gaat.",
            ),
            obstacle(
                "Argwaan bij de start",
                "Sommige organisaties in de wijk keken eerst wantrouwig naar studenten die de sociaaleconomische "
                "positie van de wijk wilden verbeteren: was dat niet hun eigen werk? Uitgebreid kennismaken met de "
                "partners bleek de sleutel. Inmiddels willen organisaties juist graag met de studenten aan de slag.",
            ),
            section(
                "Wederkerigheid als basis",
                "Community service-learning draait om wederkerigheid: respectvol samenwerken, ook met de meest "
                "kwetsbare bewoners. De kenniswinkel ziet zichzelf als verbinder en bruggenbouwer.",
            ),
            lessons(
                "Tips uit Leiden",
                "Bouw een kennisinfrastructuur en een onderwijsketen, zodat een kenniscyclus ontstaat.",
                "Werk vanuit een leeromgeving die draait om wederkerigheid en co-creatie.",
                "Sluit aan bij wat er al is en vraag niet te veel van de stad en haar inwoners.",
                "Begin stap voor stap, via de niveaus van CSL: low, medium en intensive.",
                "Regel goede governance voor het hele proces, van college van bestuur tot docent.",
                "Zorg voor middelen om mensen aan te moedigen, te verleiden en hun inzet te belonen.",
            ),
            paragraphs(
                "Leiden werkt eraan om ook het mbo te betrekken, met een eigen samenwerkingsovereenkomst. De schotten "
                "tussen mbo, hbo en universiteit maken dat lastig, maar het doel is één beweging voor de hele stad."
            ),
        ],
    },
    "en": {
        "title": "Leiden-Noord: a science shop in the middle of the neighbourhood",
        "summary": (
            "With Leren met de Stad Op Locatie, Leiden opened a science shop in Leiden-Noord, modelled on BOOT in "
            "Amsterdam. Students work there with residents on activities that help the neighbourhood forward."
        ),
        "neighbourhood": "Leiden-Noord",
        "period_note": "The opening planned for September 2020 was postponed because of COVID-19; under the restrictions it first opened one day a week instead of four.",
        "body": [
            section(
                "A permanent place in the neighbourhood",
                "The idea came from BOOT in Amsterdam: an easy-to-visit place where students and residents meet. "
                "Its strength is the location: the building stands in the middle of the neighbourhood, where "
                "welfare organisations, a library and a school also come together.",
                "Students work on a project for five to ten weeks, after which it often passes to the next group. "
                "From day one they see the context of their studies and the people it is about.",
            ),
            obstacle(
                "Suspicion at the start",
                "Some local organisations were wary at first of students who wanted to improve the neighbourhood's "
                "socio-economic position: wasn't that their own job? Taking time to get to know the partners was "
                "the key. Now organisations are keen to work with the students.",
            ),
            section(
                "Reciprocity as the foundation",
                "Community service-learning is about reciprocity: working together respectfully, including with the "
                "most vulnerable residents. The science shop sees itself as a connector and bridge builder.",
            ),
            lessons(
                "Tips from Leiden",
                "Build a knowledge infrastructure and an education chain, so that a knowledge cycle emerges.",
                "Work from a learning environment based on reciprocity and co-creation.",
                "Build on what already exists and do not ask too much of the city and its residents.",
                "Start step by step, through the levels of CSL: low, medium and intensive.",
                "Arrange good governance for the whole process, from the executive board to the teacher.",
                "Make sure there is money to encourage people, win them over and reward their effort.",
            ),
            paragraphs(
                "Leiden is working to involve vocational education (mbo) as well, with a separate agreement. The "
                "walls between mbo, universities of applied sciences and universities make that hard, but the aim "
                "is one movement for the whole city."
            ),
        ],
    },
}
