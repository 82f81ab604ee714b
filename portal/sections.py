"""The sections of the site: the live, public pages in the menu below a home page."""


def section_cards(request, page):
    """Title, address and summary of each section below `page`, in menu order."""
    return [
        {"title": section.title, "url": section.get_url(request), "summary": getattr(section, "summary", "")}
        for section in page.get_children().live().public().in_menu().specific()
    ]
