"""Demo reflection exercises, built from the "Reflectiemoment" questions of seed 004
(partnerships in service-learning), in our own words in Dutch and English."""

from .exercises_dilemmas import DILEMMA_EXERCISES
from .exercises_partners import PARTNER_EXERCISES

FIGURE_TEXT = {
    "nl": {
        "figure_alt_text": "Een trap van acht treden van een transactioneel naar een transformatief partnerschap: wederzijds bewustzijn, wederzijdse communicatie, wederzijdse coördinatie, planning en geformaliseerd leiderschap, werken aan gedeelde doelen, werken met gedeelde middelen, integratie van doelen en, bovenaan, synergie.",
        "figure_caption": "Van transactioneel naar transformatief partnerschap, naar Bringle, Clayton & Price (2009). Relaties verschillen in nabijheid, frequentie van contact, betrokkenheid bij activiteiten en wederzijdse invloed.",
    },
    "en": {
        "figure_alt_text": "A staircase of eight steps from a transactional to a transformational partnership: mutual awareness, mutual communication, mutual coordination, planning and formalised leadership, working towards shared goals, working with shared resources, integration of goals and, at the top, synergy.",
        "figure_caption": "From transactional to transformational partnership, after Bringle, Clayton & Price (2009). Relationships differ in closeness, frequency of contact, involvement in activities and mutual influence.",
    },
}

EXERCISES = [*PARTNER_EXERCISES, *DILEMMA_EXERCISES]
