"""What the form asks the partner to choose from (keys are stored, labels translated)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class HelpKind(models.TextChoices):
    RESEARCH = "research", _("Research into the problem")
    ADVICE = "advice", _("Recommendations and advice")
    FRESH_LOOK = "fresh_look", _("A fresh look from outside")
    DESIGN = "design", _("A design, prototype or plan")
    HANDS_ON = "hands_on", _("Practical help, for instance through an internship")


class PartnerOffer(models.TextChoices):
    INFORMATION = "information", _("Information: conversations and documents")
    ACCESS = "access", _("Access to relevant people and places")
    CONTACT = "contact", _("Contact moments: at the start, halfway and at the end")
    INTERNSHIP = "internship", _("An internship place")


class Timing(models.TextChoices):
    SOON = "soon", _("As soon as possible")
    THIS_YEAR = "this_year", _("During this academic year")
    NEXT_YEAR = "next_year", _("Next academic year")
    FLEXIBLE = "flexible", _("No preference")


class ConsentKind(models.TextChoices):
    CONTACT = "contact", _("To be contacted about the question")
    PUBLICATION = "publication", _("To publish the question on the portal")
    NAMING = "naming", _("To be named in a later case study")
