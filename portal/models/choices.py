"""Language-independent keys shared by case studies, vraagstukken and education offers.

The keys end up in URLs and exports, so they never change; the labels are translated.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class InstitutionType(models.TextChoices):
    """The one vocabulary of institution types and levels of education: a case study's institutions
    have one, and so has an education offer (its level is the type of school that teaches it)."""

    UNIVERSITY = "university", _("University")
    HOGESCHOOL = "hogeschool", _("University of applied sciences")
    MBO = "mbo", _("Vocational school (mbo)")
    SECONDARY = "secondary", _("Secondary school")


class EducationFormat(models.TextChoices):
    COURSE_ASSIGNMENT = "course_assignment", _("Course assignment")
    INTERNSHIP = "internship", _("Internship")
    THESIS = "thesis", _("Thesis or graduation assignment")
    MINOR = "minor", _("Minor")
    INNOVATION_PROJECT = "innovation_project", _("Innovation project (such as PiP)")
    HACKATHON = "hackathon", _("Hackathon or datathon")


class CSLIntensity(models.TextChoices):
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    INTENSIVE = "intensive", _("Intensive")
