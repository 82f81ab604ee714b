"""Accessibility and privacy basics every public page shares (the full axe-core gate is in tests/browser)."""

import re

from wagtail.models import Page

import pytest

from .helpers import parse

pytestmark = pytest.mark.django_db


def public_urls():
    pages = Page.objects.live().public().filter(depth__gte=2)
    return [page.url for page in pages] + ["/nl/bestaat-niet/", "/en/missing/"]


def test_every_page_has_landmarks_one_h1_and_a_working_skip_link(client):
    for url in public_urls():
        response = client.get(url)
        structure = parse(response)
        assert structure.h1_count == 1, url
        for landmark in ("header", "nav", "main", "footer"):
            assert landmark in structure.tags, (url, landmark)
        assert "#main" in structure.links and "main" in structure.ids, url


RESOURCE = re.compile(r"<(script|img|iframe|source|link|form)\b([^>]*)>")
ADDRESS = re.compile(r'\b(?:src|href|action|srcset)="([^"]*)"')
OWN_HOSTS = ("http://testserver/", "http://127.0.0.1:8000/")


def test_no_page_loads_anything_from_another_host(client):
    for url in public_urls():
        html = client.get(url).content.decode()
        for tag, attributes in RESOURCE.findall(html):
            if tag == "link" and re.search(r'rel="(alternate|canonical)"', attributes):
                continue  # links to our own pages, nothing is loaded
            for address in ADDRESS.findall(attributes):
                is_relative = address.startswith("/") and not address.startswith("//")
                assert is_relative or address.startswith(OWN_HOSTS), (url, tag, address)


def test_anonymous_pages_set_no_cookies(client):
    for url in public_urls():
        response = client.get(url)
        assert not response.cookies, (url, list(response.cookies))


def test_public_pages_carry_a_strict_content_security_policy(client):
    response = client.get("/nl/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
