"""Production: everything secret or host-specific comes from the environment.

Starting without SECRET_KEY or DATABASE_URL stops with one clear line instead of
running with a guessable key or an empty SQLite file.
"""

import os
import sys

from .base import *  # noqa: F403

_missing = [name for name in ("SECRET_KEY", "DATABASE_URL") if not os.environ.get(name)]
if _missing:
    # SystemExit prints just this line: no traceback to dig through at deploy time.
    sys.exit(f"Kennisbrug will not start: set the {' and '.join(_missing)} environment variable(s).")

DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# Several workers share one cache: rate limits, pages and fragments (portal.checks refuses to
# start without REDIS_URL).
REQUIRE_SHARED_CACHE = True

# Load balancers probe /health/ over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]

# One JSON object per log line (with the request id) for the log collector.
LOGGING = {
    **LOGGING,  # noqa: F405
    "handlers": {"console": {**LOGGING["handlers"]["console"], "formatter": "json"}},  # noqa: F405
}
