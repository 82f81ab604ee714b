"""Production settings, imported in a subprocess so they never leak into this test run."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from .databases import created_database_url

ROOT = Path(__file__).resolve().parents[2]

PROBE_SETTINGS = """
import json
from django.conf import settings
names = ["DEBUG", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS",
         "SECURE_HSTS_PRELOAD", "SESSION_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY", "SESSION_COOKIE_SAMESITE",
         "CSRF_COOKIE_SECURE", "CSRF_COOKIE_SAMESITE", "LANGUAGE_COOKIE_SECURE", "LANGUAGE_COOKIE_SAMESITE"]
print(json.dumps({name: getattr(settings, name) for name in names}))
"""

PROBE_RESPONSES = """
import json
from django.test import Client
client = Client(HTTP_HOST="127.0.0.1")
plain = client.get("/robots.txt")
secure = client.get("/robots.txt", secure=True)
probe = client.get("/health/")
print(json.dumps({
    "plain_status": plain.status_code, "plain_location": plain.get("Location", ""),
    "secure_status": secure.status_code, "hsts": secure.get("Strict-Transport-Security", ""),
    "health_status": probe.status_code,
}))
"""

PROBE_LOGGING = """
import logging
from portal.request_logging import current_request_id
current_request_id.set("probe-request-0001")
logging.getLogger("portal.probe").warning("probe line")
"""


def run_with_production_settings(code):
    """Runs code in `manage.py shell` with production settings on the (existing) test database."""
    environment = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    environment.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        DATABASE_URL=created_database_url(),
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def production_settings(django_db_setup):
    return json.loads(run_with_production_settings(PROBE_SETTINGS).stdout.strip().splitlines()[-1])


def test_production_forces_https_with_a_year_of_hsts(production_settings):
    assert production_settings["DEBUG"] is False
    assert production_settings["SECURE_SSL_REDIRECT"] is True
    assert production_settings["SECURE_HSTS_SECONDS"] >= 60 * 60 * 24 * 365
    assert production_settings["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert production_settings["SECURE_HSTS_PRELOAD"] is True


@pytest.mark.parametrize("cookie", ["SESSION", "CSRF", "LANGUAGE"])
def test_production_cookies_are_secure_and_same_site(production_settings, cookie):
    assert production_settings[f"{cookie}_COOKIE_SECURE"] is True
    assert production_settings[f"{cookie}_COOKIE_SAMESITE"] == "Lax"


def test_the_session_cookie_is_out_of_reach_of_scripts(production_settings):
    assert production_settings["SESSION_COOKIE_HTTPONLY"] is True


def test_production_redirects_to_https_and_sends_hsts(django_db_setup):
    result = run_with_production_settings(PROBE_RESPONSES)
    answers = json.loads(result.stdout.strip().splitlines()[-1])
    assert answers["plain_status"] == 301
    assert answers["plain_location"] == "https://127.0.0.1/robots.txt"
    assert answers["secure_status"] == 200
    assert answers["hsts"] == "max-age=31536000; includeSubDomains; preload"
    # The health probe of a load balancer inside the network is not redirected.
    assert answers["health_status"] == 200


def test_production_logs_are_json_lines_with_the_request_id(django_db_setup):
    result = run_with_production_settings(PROBE_LOGGING)
    lines = [json.loads(line) for line in result.stderr.strip().splitlines()]
    assert {"level": "WARNING", "logger": "portal.probe", "message": "probe line"}.items() <= lines[
        -1
    ].items()
    assert lines[-1]["request_id"] == "probe-request-0001"
