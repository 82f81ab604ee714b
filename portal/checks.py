"""System checks for shapes of deployment that would serve wrong pages or count wrongly."""

from django.conf import settings
from django.core.checks import Error, register

PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(deploy=False)
def shared_cache_in_production(app_configs, **kwargs):
    """Production runs several workers: without a shared cache each would keep its own rate-limit
    counters (and its own copies of pages and fragments)."""
    backend = settings.CACHES["default"]["BACKEND"]
    if getattr(settings, "REQUIRE_SHARED_CACHE", False) and backend in PER_PROCESS_CACHES:
        return [
            Error(
                "Production needs a cache shared by every worker.",
                hint="Set REDIS_URL, e.g. redis://127.0.0.1:6379/0.",
                id="portal.E001",
            )
        ]
    return []
