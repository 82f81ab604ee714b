from django.core.cache import cache

import pytest

from portal.fragment_cache import local_fragments
from portal.page_cache import local_generation, local_pages


@pytest.fixture
def page_cache(settings):
    """The anonymous page cache switched on (it is off in the test settings), starting empty."""
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    local_pages.clear()
    local_generation.forget()
    yield
    cache.clear()
    local_pages.clear()
    local_generation.forget()


@pytest.fixture
def fragment_cache(settings):
    """Production's fragment caches (menu, footer, site, routes...) on, with this process's
    copies, the page cache still off."""
    settings.FRAGMENT_CACHE_SECONDS = 300
    settings.FRAGMENT_CACHE_LOCAL_ENTRIES = 100
    cache.clear()
    local_fragments.clear()
    yield
    cache.clear()
    local_fragments.clear()
