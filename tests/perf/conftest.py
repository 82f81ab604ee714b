from django.core.cache import cache

import pytest


@pytest.fixture
def page_cache(settings):
    """The anonymous page cache switched on (it is off in the test settings), starting empty."""
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def fragment_cache(settings):
    """Production's fragment caches (menu, footer, site...) on, the page cache still off."""
    settings.FRAGMENT_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()
