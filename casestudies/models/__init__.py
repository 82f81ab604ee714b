from .case_study import CaseStudyPage
from .index import CaseStudyIndexPage
from .relations import CaseStudyPartner

__all__ = ["CaseStudyIndexPage", "CaseStudyPage", "CaseStudyPartner"]
