"""Addresses of databases on the test server, for subprocesses and command-line tools."""

from django.conf import settings


def server_url(database):
    config = settings.DATABASES["default"]
    password = f":{config['PASSWORD']}" if config["PASSWORD"] else ""
    host = config["HOST"] or "127.0.0.1"
    port = config["PORT"] or 5432
    return f"postgres://{config['USER']}{password}@{host}:{port}/{database}"


def created_database_url():
    """The test database pytest-django created (its name is in the settings once it exists)."""
    return server_url(settings.DATABASES["default"]["NAME"])
