"""Leiden-Noord: the science shop Leren met de Stad Op Locatie (source 003)."""

from datetime import date

from portal.demo import paragraphs, section

from .blocks import lessons, obstacle

OP_LOCATIE = {
    "slug": "leiden-noord-leren-met-de-stad-op-locatie",
    "place": "leiden",
    "themes": ["wijkontwikkeling", "eenzaamheid", "corona"],
    "institutions": ["universiteit-leiden", "hogeschool-leiden"],
    # The source describes these partners without proper names: their type names them (docs/voice.md).
    "partners": [
        ("", "welzijnsorganisatie"),
        ("", "bibliotheek"),
        ("", "school"),
        ("", "bewonersgroep"),
    ],
    "shared": {
        "education_format": "course_assignment",
        "csl_intensity": "intensive",
        "start_date": date(2021, 2, 8),
        "end_date": None,
        "contact_name": "Esther Haverkort",
    },
    "nl": {
        "title": "Leiden-Noord: een kenniswinkel midden in de wijk",
        "summary": (
            "Met Leren met de Stad Op Locatie opende Leiden een kenniswinkel in Leiden-Noord, naar het voorbeeld "
            "van BOOT in Amsterdam. Studenten werken er samen met bewoners aan activiteiten die de wijk vooruit helpen."
        ),
        "neighbourhood": "Leiden-Noord",
        "period_note": "Open sinds 8 februari (2021). De opening in september van het jaar ervoor ging door corona niet door; door de maatregelen één dag per week open in plaats van vier.",
        "contact_role": "programma-adviseur, Leren met de Stad",
        "body": [
            section(
                "Een vaste plek in de wijk",
                "Leren met de Stad Op Locatie is geïnspireerd op het succesverhaal van BOOT in Amsterdam. Hier "
                "werken studenten samen met bewoners aan activiteiten die bewoners ten goede komen. De kracht zit "
                "in de ligging, zegt Esther Haverkort: het gebouw staat midden in de wijk, waar allerlei "
                "maatschappelijke organisaties samenkomen, waaronder welzijnsorganisaties, een bibliotheek en een school.",
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
                "Zes tips van Marieke van Haaren (Leren met de Stad)",
                "Bouw een kennisinfrastructuur en een onderwijsketen, zodat een kenniscyclus ontstaat.",
                "Werk vanuit een leeromgeving die draait om wederkerigheid en co-creatie.",
                "Sluit aan bij wat er al is en vraag niet te veel van de stad en haar inwoners.",
                "Begin stap voor stap, via de niveaus van CSL: low, medium en intensive.",
                "Regel goede governance voor het hele proces, van college van bestuur tot docent.",
                "Zorg voor middelen om mensen aan te moedigen, te verleiden en hun inzet te belonen.",
            ),
            paragraphs(
                "Leiden heeft de opdracht om ook het mbo te betrekken: na de zomer zou een aparte "
                "samenwerkingsovereenkomst worden getekend. Eerder kon dat niet, omdat ROC Leiden nagenoeg failliet "
                "was. Han Nijssen waarschuwt voor de schotten tussen mbo, hbo en universiteit; het gaat hem om een "
                "beweging: wat kunt u betekenen voor uw eigen stad, regio en land?"
            ),
        ],
    },
    "en": {
        "slug": "leiden-noord-science-shop-in-the-neighbourhood",
        "title": "Leiden-Noord: a science shop in the middle of the neighbourhood",
        "summary": (
            "With Leren met de Stad Op Locatie, Leiden opened a science shop in Leiden-Noord, modelled on BOOT in "
            "Amsterdam. Students work there with residents on activities that help the neighbourhood forward."
        ),
        "neighbourhood": "Leiden-Noord",
        "period_note": "Open since 8 February (2021). The opening planned for the September before fell through because of COVID-19; under the restrictions open one day a week instead of four.",
        "contact_role": "programme adviser, Leren met de Stad",
        "body": [
            section(
                "A permanent place in the neighbourhood",
                "Leren met de Stad Op Locatie was inspired by the success of BOOT in Amsterdam. Here students work "
                "with residents on activities that benefit residents. Its strength is the location, says Esther "
                "Haverkort: the building stands in the middle of the neighbourhood, where all kinds of civil society "
                "organisations come together, including welfare organisations, a library and a school.",
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
                "Six tips from Marieke van Haaren (Leren met de Stad)",
                "Build a knowledge infrastructure and an education chain, so that a knowledge cycle emerges.",
                "Work from a learning environment based on reciprocity and co-creation.",
                "Build on what already exists and do not ask too much of the city and its residents.",
                "Start step by step, through the levels of CSL: low, medium and intensive.",
                "Arrange good governance for the whole process, from the executive board to the teacher.",
                "Make sure there is money to encourage people, win them over and reward their effort.",
            ),
            paragraphs(
                "Leiden has been asked to involve vocational education (mbo) as well: a separate agreement was to be "
                "signed after the summer. It could not happen earlier because ROC Leiden had been close to "
                "bankruptcy. Han Nijssen warns about the walls between mbo, universities of applied sciences and "
                "universities; what matters to him is a movement: what can you mean for your own city, region and "
                "country?"
            ),
        ],
    },
}
