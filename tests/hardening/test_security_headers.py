"""Security headers on public pages, the admin and operational routes (base settings)."""

import pytest

pytestmark = pytest.mark.django_db

PUBLIC_PATHS = ["/nl/", "/en/", "/en/about/", "/nl/bestaat-niet/", "/robots.txt", "/health/"]


def csp_directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_every_response_carries_the_security_headers(client, path):
    response = client.get(path)
    assert response.status_code in {200, 404}
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


@pytest.mark.parametrize("path", ["/nl/", "/en/about/", "/nl/bestaat-niet/"])
def test_public_pages_get_the_strict_policy(client, path):
    response = client.get(path)
    directives = csp_directives(response)
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["default-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert "unsafe" not in response["Content-Security-Policy"]


def test_the_admin_gets_its_own_relaxed_policy_and_nothing_more(client):
    directives = csp_directives(client.get("/admin/login/"))
    assert "'unsafe-inline'" in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    # Still only our own origin: the relaxation is about inline code, not other hosts.
    for sources in directives.values():
        assert all(source.startswith("'") or source in {"data:", "blob:"} for source in sources), sources
