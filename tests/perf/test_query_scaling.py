"""Query counts do not grow with the amount of content: an N+1 fails here.

Each page is measured with few and with many objects around it, with every cache
off (a cached fragment would hide a per-item query).
"""

from wagtail.models import Page

import pytest

from portal.models import Footer, FooterLink, NavigationItem, NavigationMenu

from .budgets import StandardPageFactory, count_queries, page_factories, parent_for

# Every cache off: these tests measure what rendering itself costs the database.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("caches_off")]

FEW, MANY = 1, 20


@pytest.mark.parametrize(
    "page_factory", page_factories(), ids=lambda factory_class: factory_class.__qualname__
)
def test_page_queries_do_not_grow_with_more_pages(client, page_factory):
    parent = parent_for(page_factory._meta.model)
    first = page_factory(parent=parent)
    paths = [parent.get_url(), first.get_url()]
    few = {path: len(count_queries(client, path)[1]) for path in paths}
    page_factory.create_batch(MANY - FEW, parent=Page.objects.get(pk=parent.pk).specific)
    many = {path: len(count_queries(client, path)[1]) for path in paths}
    assert many == few, f"queries with {FEW} vs {MANY} {page_factory._meta.model.__name__}s"


def test_menu_and_footer_queries_do_not_grow_with_their_links(client):
    home = Page.objects.get(url_path="/home-nl/")
    _response, few = count_queries(client, "/nl/over-ons/")
    menu = NavigationMenu.objects.get(locale__language_code="nl")
    footer = Footer.objects.get(locale__language_code="nl")
    for number, page in enumerate(StandardPageFactory.create_batch(MANY, parent=home.specific), start=10):
        NavigationItem.objects.create(menu=menu, page=page, sort_order=number)
        FooterLink.objects.create(footer=footer, page=page, sort_order=number)
    response, many = count_queries(client, "/nl/over-ons/")
    assert response.content.decode().count("Pagina ") >= 2 * MANY
    assert len(many) == len(few)
