"""Pages elsewhere on the site that refer to a page: an extension point for apps.

Dependencies between apps go one way (.importlinter). When an app's page should list the pages
of another app that point at it (a case study lists the draaiboek chapters it illustrates), the
page's app asks here, and the app that owns the links answers through a Wagtail hook: the
dependency is inverted, and the app that is pointed at never names the one that points.

A hook function takes a page and returns a `PageReferences` (or None when it has nothing for
that page); its pages must already be public and in the reader's language (portal.public).
"""

from dataclasses import dataclass

from wagtail import hooks

PAGE_REFERENCES_HOOK = "kennisbrug_page_references"


@dataclass(frozen=True)
class PageReferences:
    """One group of referring pages with the heading the page shows above them."""

    heading: str
    pages: list


def page_references(page):
    """Every registered app's referring pages for `page`, groups without pages left out."""
    groups = (answer(page) for answer in hooks.get_hooks(PAGE_REFERENCES_HOOK))
    return [group for group in groups if group and group.pages]
