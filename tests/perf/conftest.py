from django.core.cache import cache

import pytest

from portal.page_cache import local_generation, local_pages, local_unshared


@pytest.fixture
def page_cache(settings):
    """The anonymous page cache switched on (it is off in the test settings), starting empty."""
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    local_pages.clear()
    local_unshared.clear()
    local_generation.forget()
    yield
    cache.clear()
    local_pages.clear()
    local_unshared.clear()
    local_generation.forget()
