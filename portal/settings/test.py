"""Settings for the test suite: PostgreSQL over a real connection, fast hashing."""

import os

import dj_database_url

from .base import *  # noqa: F403

SECRET_KEY = "test-only-kennisbrug-key"  # noqa: S105
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kennisbrug"),
        conn_max_age=0,
    )
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# On, as in production: every test sees what visitors get through the caches (portal.page_cache
# keeps them right by construction). A test that measures rendering itself (query budgets and
# scaling) switches them off with the `caches_off` fixture and says why; tests/perf compares
# caches on and off side by side.
PAGE_CACHE_SECONDS = 300
FRAGMENT_CACHE_SECONDS = 300
PDF_CACHE_SECONDS = 300
PAGE_CACHE_LOCAL_PAGES = 100
# One test process, so per-process rate-limit counters are exact (see base.py).
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / "var" / "test-private"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files straight from site/static and the apps, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
