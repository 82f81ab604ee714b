"""One Dutch voice (docs/voice.md): the public site addresses its reader as u/uw. No Dutch page,
e-mail or PDF says je, jij, jouw or jullie, so none mixes the two; quotations keep the speaker's
own words."""

import pytest

from portal.public import public_pages

from ..playbook.helpers import pdf_text
from .emails_to_read import partner_pages, rendered_emails
from .language_of_text import (
    FORMAL_DUTCH,
    informal_address,
    quotations,
    readable_text,
    without_names,
)
from .public_urls import public_urls
from .test_one_language_per_page import search_pages

pytestmark = pytest.mark.django_db


def dutch_pages(client):
    """{url: html} of every live Dutch page."""
    pages = public_pages(any_language=True).filter(locale__language_code="nl").specific()
    return {page.url: client.get(page.url).content.decode() for page in pages if page.url}


def test_dutch_pages_say_u_and_never_je(client):
    pages = dutch_pages(client)
    found = {url: words for url, html in pages.items() if (words := informal_address(readable_text(html)))}
    assert not found, "\n".join(f"{url}: {word}" for url, words in found.items() for word in words)
    formal = [url for url, html in pages.items() if FORMAL_DUTCH.search(readable_text(html))]
    assert len(formal) >= 10, formal  # the pages that address the reader do so as u


def test_dutch_emails_say_u_and_never_je():
    found, formal = {}, 0
    for name, rendered in rendered_emails("nl").items():
        text = readable_text(rendered) if name.endswith(".html") else without_names(rendered)
        if words := informal_address(text):
            found[name] = words
        formal += bool(FORMAL_DUTCH.search(text))
    assert not found, "\n".join(f"{name}: {word}" for name, words in found.items() for word in words)
    assert formal >= 6


def test_dutch_pdfs_say_u_and_never_je(client):
    quotes = [quote for html in dutch_pages(client).values() for quote in quotations(html)]
    pdfs = [
        url
        for url in public_urls(with_pdfs=True)
        if url.startswith("/nl/") and url.rstrip("/").endswith("pdf")
    ]
    assert len(pdfs) >= 15, pdfs  # every chapter, exercise and the whole playbook
    found = {}
    for url in pdfs:
        text = pdf_text(client.get(url))
        for quote in quotes:
            text = text.replace(quote, " ")
        if words := informal_address(text):
            found[url] = words
    assert not found, "\n".join(f"{url}: {word}" for url, words in found.items() for word in words)


def test_the_voice_check_finds_je_next_to_u():
    text = readable_text("<p>Dien uw vraag in.</p><p>Wat wil je bereiken?</p>")
    assert FORMAL_DUTCH.search(text) and informal_address(text)
    assert not informal_address(
        readable_text("<blockquote><p>Hoe je van project naar beleid komt.</p></blockquote>")
    )
    assert quotations("<blockquote><p>Hoe je  van project</p></blockquote>") == ["Hoe je van project"]


def test_the_partners_form_and_status_page_say_u(client):
    pages = partner_pages(client, "nl")
    found = {
        address: words for address, html in pages.items() if (words := informal_address(readable_text(html)))
    }
    assert not found, found
    assert all(FORMAL_DUTCH.search(readable_text(html)) for html in pages.values())


def test_the_search_page_says_u(client):
    found = {
        address: words
        for address, html in search_pages(client, "nl").items()
        if (words := informal_address(readable_text(html)))
    }
    assert not found, found
