"""The draaiboek's answers to portal's extension points."""

from django.utils.translation import gettext as _

from wagtail import hooks

from casestudies.models import CaseStudyPage
from portal.page_references import PAGE_REFERENCES_HOOK, PageReferences

from .models.case_study_links import pages_illustrated_by


@hooks.register(PAGE_REFERENCES_HOOK)
def draaiboek_pages_a_case_study_illustrates(page):
    """A case study's page lists the chapters and exercises that name it as an illustration."""
    if not isinstance(page, CaseStudyPage):
        return None
    return PageReferences(heading=_("In the playbook"), pages=pages_illustrated_by(page))
