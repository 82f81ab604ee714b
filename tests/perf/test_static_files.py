"""Production static files: hashed names, compressed copies and far-future cache headers.

collectstatic runs with the production settings into a temporary STATIC_ROOT, in
a subprocess (settings are read once per process), and WhiteNoise answers there.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

import pytest

PROBE = """
import json
import django
django.setup()
from django.templatetags.static import static
from django.test import Client

client = Client()
answers = {}
for name, path in {"hashed": static("css/kennisbrug.css"), "plain": "/static/css/kennisbrug.css"}.items():
    response = client.get(path, HTTP_ACCEPT_ENCODING="gzip")
    answers[name] = {"path": path, "status": response.status_code, "headers": dict(response.headers)}
print(json.dumps(answers))
"""


@pytest.fixture(scope="module")
def production_static(tmp_path_factory):
    static_root = tmp_path_factory.mktemp("static")
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "static-files-test-only",
        "DATABASE_URL": os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kennisbrug"),
        "STATIC_ROOT": str(static_root),
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "false",
    }
    manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
    subprocess.run(
        [*manage, "collectstatic", "--noinput", "-v", "0"], env=environment, check=True, timeout=300
    )
    probe = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=environment,
        cwd=settings.BASE_DIR,
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return static_root, json.loads(probe.stdout.strip().splitlines()[-1])


def test_hashed_files_are_cached_for_a_year_or_more(production_static):
    _root, answers = production_static
    hashed = answers["hashed"]
    assert hashed["status"] == 200
    assert hashed["path"] != "/static/css/kennisbrug.css"  # the manifest gave it a hash
    cache_control = hashed["headers"]["Cache-Control"]
    assert "immutable" in cache_control
    assert int(cache_control.split("max-age=")[1].split(",")[0]) >= 365 * 24 * 60 * 60


def test_hashed_files_are_served_compressed(production_static):
    _root, answers = production_static
    assert answers["hashed"]["headers"].get("Content-Encoding") == "gzip"


def test_unhashed_names_are_not_cached_for_long(production_static):
    _root, answers = production_static
    plain = answers["plain"]
    assert plain["status"] == 200
    assert "immutable" not in plain["headers"]["Cache-Control"]


def test_collectstatic_wrote_compressed_copies(production_static):
    root, _answers = production_static
    css = list((root / "css").glob("kennisbrug.*.css"))
    assert css
    assert all(Path(f"{path}.gz").exists() for path in css)
