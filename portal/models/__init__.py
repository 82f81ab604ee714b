from .choices import CSLIntensity, EducationFormat, InstitutionType
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
