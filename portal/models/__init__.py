from .choices import CSLIntensity, EducationFormat, InstitutionType
from .content_generation import ContentGeneration
from .mixins import SummaryMixin
from .pages import BasePage, HomePage, StandardPage
from .settings import SiteSettings
from .snippets import (
    Footer,
    FooterLink,
    Institution,
    NavigationItem,
    NavigationMenu,
    OrganisationType,
    Place,
    Theme,
)

__all__ = [
    "BasePage",
    "CSLIntensity",
    "ContentGeneration",
    "EducationFormat",
    "Footer",
    "FooterLink",
    "HomePage",
    "Institution",
    "InstitutionType",
    "NavigationItem",
    "NavigationMenu",
    "OrganisationType",
    "Place",
    "SiteSettings",
    "StandardPage",
    "SummaryMixin",
    "Theme",
]
