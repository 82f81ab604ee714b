"""PDF addresses: bad input is a 404, never a 500; the fetcher reads only our own static and media files."""

from django.conf import settings

import pytest

from playbook.pdf import LocalFileFetcher

from .helpers import chapters, draaiboek, exercise

pytestmark = pytest.mark.django_db


def bad_pdf_urls():
    chapter = chapters("nl")[0].url
    english_chapter = chapters("en")[0].url
    worksheet = exercise().url
    return [
        f"{chapter}pdf/extra/",
        f"{chapter}pdf/pdf/",
        f"{chapter}pdf.pdf",
        f"{chapter}pdf.pdf/",
        f"{chapter}PDF/",
        f"{chapter}pdf/..%2f..%2f/",
        f"{chapter}bestaat-niet/pdf/",
        f"{worksheet}pdf/1/",
        "/nl/over-ons/pdf/",  # a page of another type
        "/nl/pdf/",  # the home page
        exercise().get_parent().url + "pdf/",  # the exercise index has no PDF
        "/nl/draaiboek/bestaat-niet/pdf/",
        chapter.replace("/nl/", "/en/", 1) + "pdf/",  # a Dutch slug in the English tree
        english_chapter.replace("/en/", "/nl/", 1) + "pdf/",
        chapter.replace("/nl/", "/fr/", 1) + "pdf/",
        chapter.replace("/nl/", "/xx/", 1) + "pdf/",
        chapter.replace("/nl/", "/nl-be/", 1) + "pdf/",
        draaiboek("nl").url.replace("/nl/", "/de/", 1) + "pdf/",
    ]


def test_bad_pdf_urls_are_not_found(client):
    """An unknown language prefix is first redirected to /nl/<the whole path> (Django's
    LocaleMiddleware), which then is a 404; everything else is a 404 straight away."""
    for url in bad_pdf_urls():
        response = client.get(url, follow=True)
        assert response.status_code == 404, (url, response.status_code, response.redirect_chain)
        assert all(status in {301, 302} for _, status in response.redirect_chain), url
        assert response["Content-Type"].startswith("text/html"), url


def test_a_control_character_in_a_pdf_address_is_refused(client):
    response = client.get(f"{chapters('nl')[0].url}pdf/%00/")
    assert response.status_code == 400
    assert '<html lang="nl">' in response.content.decode()


def test_pdf_url_without_trailing_slash_redirects_to_the_pdf(client):
    chapter = chapters("nl")[0]
    response = client.get(chapter.pdf_url.rstrip("/"))
    assert response.status_code in {301, 302}
    assert response["Location"].endswith(chapter.pdf_url)


@pytest.fixture
def fetcher():
    return LocalFileFetcher("http://testserver")


def test_fetcher_serves_static_files_from_disk(fetcher):
    response = fetcher.fetch("http://testserver/static/playbook/pdf.css")
    assert b"@page" in response.read()
    assert response.content_type == "text/css"


def test_fetcher_serves_media_files_from_disk(fetcher, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "figuur.png").write_bytes(b"\x89PNG fake")
    response = fetcher.fetch("http://testserver/media/images/figuur.png")
    assert response.read() == b"\x89PNG fake"


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/static/playbook/pdf.css",  # another host
        "http://testserver.example.org/static/playbook/pdf.css",
        "https://testserver/static/playbook/pdf.css",  # another scheme
        "file:///etc/passwd",
        "http://testserver/nl/",  # our own pages are not fetched either
        "http://testserver/static/../../../etc/passwd",
        "http://testserver/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "http://testserver/media/../portal/settings/base.py",
        "http://testserver/static/playbook/bestaat-niet.css",
        "ftp://testserver/static/playbook/pdf.css",
    ],
)
def test_fetcher_refuses_everything_else(fetcher, url):
    with pytest.raises(ValueError):
        fetcher.fetch(url)


def test_fetcher_uses_the_configured_urls():
    assert settings.STATIC_URL == "/static/" and settings.MEDIA_URL == "/media/"
