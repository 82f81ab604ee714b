"""Local development and the quick start: SQLite, e-mail on the console, tasks inline."""

import os

from .base import *  # noqa: F403

DEBUG = True
# A fixed key is fine on a developer's machine; production.py refuses to start without its own.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-kennisbrug-key-not-for-production")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# Run background work inline so the quick start needs no worker process.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve static files straight from site/static and the apps, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The quick start is one process: per-process rate-limit counters are exact there. Production
# needs REDIS_URL (portal.checks) and keeps django-ratelimit's own check.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]
# Without a DeepL key, the translation editor offers wagtail-localize's offline dummy translator
# (it reverses the words), so its machine-translation button can be tried on this machine only.
if WAGTAILLOCALIZE_MACHINE_TRANSLATOR is None:  # noqa: F405
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }
