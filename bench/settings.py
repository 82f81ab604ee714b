"""Settings for generating benchmark content only (not for serving: run_load.py uses production).

Production settings, but background work runs inline (no db_worker needed for the
generator), search indexing waits for one bulk update_index at the end instead
of one index write per page, and e-mail goes nowhere.
"""

from portal.settings.production import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Generated questions have example addresses and their factory marks queued e-mails as sent;
# this also keeps anything else the generator does from reaching an SMTP server.
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
WAGTAILSEARCH_BACKENDS = {
    name: {**backend, "AUTO_UPDATE": False}
    for name, backend in WAGTAILSEARCH_BACKENDS.items()  # noqa: F405
}
# Demo content renders templates (PDFs); no collectstatic has run for the generator.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
