"""Pages the cache tests publish, move and delete."""

from wagtail.models import Page

from portal.models import StandardPage


def new_dutch_page(slug, title, parent=None):
    """A published Dutch standard page (below the Dutch home page unless `parent` is given)."""
    parent = parent or Page.objects.get(url_path="/home-nl/")
    page = StandardPage(title=title, slug=slug)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
