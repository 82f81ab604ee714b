"""The sections of the site: the public pages in the menu below a home page."""

from portal.public import public_pages


def section_cards(request, page):
    """Title, address and summary of each section below `page`, in menu order."""
    return [
        {"title": section.title, "url": section.get_url(request), "summary": getattr(section, "summary", "")}
        for section in public_pages(page.get_children(), any_language=True).in_menu().specific()
    ]
