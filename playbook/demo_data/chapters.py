"""The demo draaiboek, in the order of the page tree. Facts from the seeds (000 Leuven PiP
draaiboek, 001 Leiden partner role, 003 Leiden tips and CSL levels, 004 partnerships);
the wording is our own, in Dutch and English."""

from .chapters_legal import LEGAL_CHAPTERS
from .chapters_organisational import ORGANISATIONAL_CHAPTERS
from .chapters_partnership import PARTNERSHIP_CHAPTERS
from .chapters_practical import PRACTICAL_CHAPTERS

CHAPTERS = [*LEGAL_CHAPTERS, *ORGANISATIONAL_CHAPTERS, *PARTNERSHIP_CHAPTERS, *PRACTICAL_CHAPTERS]
