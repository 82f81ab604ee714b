"""Settings shared by every environment.

Safe by default: DEBUG is off and there is no secret key here. Everything that
differs between machines comes from the environment (twelve-factor); dev.py,
test.py and production.py adjust the rest.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SITE_DIR = BASE_DIR / "site"


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",
    "casestudies",
    "playbook",
    "submissions",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django_ratelimit",
    "axes",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.postgres",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: a hit skips the rest; a miss stores the response every layer below finished.
    "portal.page_cache.PageCacheMiddleware",
    "portal.middleware.RequestIDMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Cache-Control for every response: public only for public pages of anonymous visitors.
    "portal.page_cache.CacheControlMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.page_cache.fragment_context",
            ],
        },
    },
]

# Database: a SQLite file for the zero-install quick start; PostgreSQL (psycopg 3)
# everywhere else through DATABASE_URL, e.g. postgres://user:pass@host:5432/kennisbrug.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Languages: Dutch first. LANGUAGE_CODE must be "nl" before the first migrate,
# because wagtail-localize creates the default locale from it.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [SITE_DIR / "locale"]
# Every date and time people read (pages, e-mails, PDFs, the admin) is Brussels time, in the
# reader's language; English dates are written the European way (portal/formats).
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["portal.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [SITE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Files partners attach to a vraagstuk live outside MEDIA_ROOT: never served publicly.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "private"))
# robots.txt-style public files (favicon) are served from the site root by whitenoise.
WHITENOISE_ROOT = SITE_DIR / "public"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Cache: Redis when REDIS_URL is set (shared by every app server), else local memory. What is
# kept in it, under which key and for how long: portal/page_cache.py.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kennisbrug",
            # Redis down reads as an empty cache: pages are rendered (slower, correct), rate
            # limits let requests through, and /health/ reports the cache as failing.
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The deployed release (e.g. the commit): part of every cache key, so a deploy starts with no
# page, fragment or PDF rendered by the previous code.
RELEASE = os.environ.get("RELEASE", "")
# Anonymous full-page cache (portal.page_cache); 0 switches it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 600))
# Each process keeps copies of its most-read pages (no network round trip for a hit).
PAGE_CACHE_LOCAL_PAGES = int(os.environ.get("PAGE_CACHE_LOCAL_PAGES", 200))
# The menu and the footer, shared by every page; 0 switches them off.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", 600))
# Rendered chapter and exercise PDFs; 0 switches them off.
PDF_CACHE_SECONDS = int(os.environ.get("PDF_CACHE_SECONDS", 60 * 60 * 24))
# s-maxage of public pages for an HTTP cache in front (CDN, Varnish, nginx): how long a page
# that mentions a changed one (a menu label, a linked title) may lag behind it there.
HTTP_CACHE_SECONDS = int(os.environ.get("HTTP_CACHE_SECONDS", 300))
# An HTTP cache in front that accepts PURGE requests (Varnish, nginx with a purge module):
# a publish purges the addresses it changed (portal.frontend_purge).
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "")
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
# Our slugs differ per language: portal.frontend_purge lists every language's address itself.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# E-mail over SMTP; the host and credentials come from the environment.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Kennisbrug <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# Background work (e-mails, search indexing) goes through a database queue that
# `manage.py db_worker` drains.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Search: PostgreSQL full-text search by default, Elasticsearch when configured.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            # Wagtail's elasticsearch9 backend with a Dutch and an English analyser.
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "kennisbrug_"),
            "TIMEOUT": 5,
        }
    }
else:
    # PostgreSQL: each language with its own text search configuration (SQLite: modelsearch's own).
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}

# Wagtail
WAGTAIL_SITE_NAME = "Kennisbrug"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no staff e-mail hashes to a third party
# The dashboard would ask releases.wagtail.org for the latest version: a third-party request
# from every editor's browser (and one the admin CSP refuses). Upgrades are the deploy's job.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "xlsx", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Machine translation in wagtail-localize's translation editor: DeepL when DEEPL_API_KEY is set
# (a key ending in ":fx" uses DeepL's free API), otherwise none is offered. DEEPL_FORMALITY
# defaults to the formal voice ("u") the Dutch site speaks in; English has no formality.
# dev.py adds the offline dummy translator (it reverses words) for trying the editor locally.
DEEPL_API_KEY = os.environ.get("DEEPL_API_KEY", "")
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = (
    {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY, "FORMALITY": os.environ.get("DEEPL_FORMALITY", "prefer_more")},
    }
    if DEEPL_API_KEY
    else None
)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Login protection for the admin: lock a user and address pair after 5 failures.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True

# Security headers that hold in every environment; production.py adds HTTPS ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"
# Browser features no page of ours uses are switched off (portal.middleware); () = nobody.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "fullscreen": ["self"],
}

# /health/ answers 503 when queued background tasks have waited longer than this:
# the db_worker is down or cannot keep up.
HEALTH_TASK_MAX_WAIT_SECONDS = int(os.environ.get("HEALTH_TASK_MAX_WAIT_SECONDS", 15 * 60))

# Content-Security-Policy for public pages: only our own origin, no inline code.
# portal.middleware relaxes it for the Wagtail admin, which needs inline styles.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "frame-ancestors": ["'self'"],
    }
}

# Vraagstuk intake (submissions app). Bump the consent version whenever the consent texts change:
# it is stored with every answer.
SUBMISSION_CONSENT_VERSION = "2026-11"
TRIAGE_TEAM_EMAILS = env_list("TRIAGE_TEAM_EMAILS", "kenniswinkel@kennisbrug.example")
# Working days the team promises for the first steps; shown on the thank-you page.
SUBMISSION_TARGET_WORKING_DAYS = {"received": 2, "intake": 10}
# Rates per IP address and per e-mail address (django-ratelimit syntax).
SUBMISSION_RATE_PER_IP = os.environ.get("SUBMISSION_RATE_PER_IP", "20/h")
SUBMISSION_RATE_PER_EMAIL = os.environ.get("SUBMISSION_RATE_PER_EMAIL", "5/h")
SUBMISSION_STATUS_RATE_PER_IP = os.environ.get("SUBMISSION_STATUS_RATE_PER_IP", "60/h")
# Time trap: a human needs a few seconds to fill in the form; a rendered form stays valid a day.
SUBMISSION_MIN_FORM_SECONDS = 3
SUBMISSION_MAX_FORM_AGE_SECONDS = 60 * 60 * 24
# Waits (seconds) before the 1st, 2nd, ... retry of an undelivered e-mail; the last one repeats.
SUBMISSION_EMAIL_RETRY_DELAYS = [60, 300, 900, 3600]

# Triage (submissions app). Working days a question may stay in a status before it is overdue.
TRIAGE_TARGET_WORKING_DAYS = {**SUBMISSION_TARGET_WORKING_DAYS, "seeking_match": 40, "matched": 10}
# Personal data of closed questions is anonymised this many months after they closed.
TRIAGE_RETENTION_MONTHS = int(os.environ.get("TRIAGE_RETENTION_MONTHS", "24"))
# Months after completion when the partner gets the short impact follow-up.
TRIAGE_IMPACT_FOLLOW_UP_MONTHS = int(os.environ.get("TRIAGE_IMPACT_FOLLOW_UP_MONTHS", "6"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Every line carries the request id (portal.request_logging); production.py switches to JSON lines.
    "filters": {"request_id": {"()": "portal.request_logging.RequestIDFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {"()": "portal.request_logging.JSONFormatter"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["request_id"]}
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # At DEBUG it logs every missing template variable with the whole context: personal data.
        "django.template": {"level": "INFO"},
        # Routine, high-volume messages: kept out of the logs unless something goes wrong.
        "axes": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail.contrib.redirects": {"level": "WARNING"},
        # WeasyPrint (playbook PDFs) logs every rendering step at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# ---------------------------------------------------------------------------
# Hostile, odd and faulty conditions (issue #19)
# ---------------------------------------------------------------------------
# portal.middleware.InputGuardMiddleware, right after LocaleMiddleware (the 400 page is in
# the visitor's language): query strings and paths with control characters never reach a view.
# DatabaseUnavailableMiddleware, last: a view that cannot reach the database answers 503.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.locale.LocaleMiddleware") + 1,
    "portal.middleware.InputGuardMiddleware",
)
MIDDLEWARE.append("portal.middleware.DatabaseUnavailableMiddleware")
# No page of ours needs a longer query string; a longer one is refused with a 400.
INPUT_MAX_QUERY_STRING_LENGTH = int(os.environ.get("INPUT_MAX_QUERY_STRING_LENGTH", 32 * 1024))
# Seconds a visitor is asked to wait when the database cannot be reached (503 Retry-After).
DATABASE_UNAVAILABLE_RETRY_AFTER = 300
# A new question is flagged to staff when one from the same mailbox (compared canonically)
# with (nearly) the same title or description came in this many days before or after it.
DUPLICATE_HINT_DAYS = 30
# A task "running" longer than this was abandoned by a worker that died: /health/ reports it and
# the next worker puts it back in the queue (portal.task_queue).
TASK_ABANDONED_AFTER_SECONDS = int(os.environ.get("TASK_ABANDONED_AFTER_SECONDS", 15 * 60))
# The worker (portal's db_worker) waits at most this long between attempts while the database is down.
WORKER_DATABASE_RETRY_MAX_SECONDS = 30
# Reverse proxies in front of Django that append the client's address to TRUSTED_PROXY_HEADER
# (portal.client_address): 0 = none, the header is ignored. Rate limits, the admin login
# lockout and logs all use the address found this way.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
TRUSTED_PROXY_HEADER = "HTTP_X_FORWARDED_FOR"
MIDDLEWARE.insert(
    MIDDLEWARE.index("portal.middleware.RequestIDMiddleware"), "portal.client_address.ClientAddressMiddleware"
)
AXES_CLIENT_IP_CALLABLE = "portal.client_address.client_address"
