import pytest


@pytest.fixture
def page_cache(caches_on):
    """Every cache on (tests/conftest.py): these tests are about what the caches keep."""
    return caches_on
