"""The six demo case studies, each as a dict: slug, taxonomy keys, partners, the fields
both languages share, and the Dutch and English texts."""

from .flanders import BUURTCAMPUS, KU_LEUVEN_TADA
from .leiden import LEREN_MET_DE_STAD, STAD_ALS_LAB
from .leiden_noord import OP_LOCATIE
from .leuven import LEUVEN_STUDENT_PROJECTS

CASES = [LEUVEN_STUDENT_PROJECTS, LEREN_MET_DE_STAD, OP_LOCATIE, STAD_ALS_LAB, BUURTCAMPUS, KU_LEUVEN_TADA]
