import re
from datetime import UTC, datetime
from xml.etree import ElementTree

from wagtail.models import Page

import pytest

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def test_sitemap_lists_both_languages_with_alternates(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ElementTree.fromstring(response.content)
    urls = tree.findall(f"{SITEMAP}url")
    locations = {url.find(f"{SITEMAP}loc").text for url in urls}
    assert len(locations) == Page.objects.live().public().filter(depth__gte=2).count()
    assert any("/nl/over-ons/" in location for location in locations)
    assert any("/en/about/" in location for location in locations)
    for url in urls:
        languages = {link.get("hreflang") for link in url.findall(f"{XHTML}link")}
        assert languages == {"nl", "en"}


def test_sitemap_leaves_out_unpublished_pages(client):
    page = Page.objects.get(url_path="/home-en/privacy/")
    page.unpublish()
    assert b"/en/privacy/" not in client.get("/sitemap.xml").content


def test_robots_txt_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_security_txt_is_current(client):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    text = response.content.decode()
    assert re.search(r"^Contact: mailto:\S+@\S+$", text, re.M)
    expires = re.search(r"^Expires: (\S+)$", text, re.M).group(1)
    days_left = (datetime.fromisoformat(expires.replace("Z", "+00:00")) - datetime.now(UTC)).days
    assert 30 < days_left < 365


def test_favicon_is_served_from_the_site_root(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"
