"""Every address an anonymous visitor can open, found from the content itself (no list to keep up)."""

from django.urls import reverse
from django.utils import translation

from portal.public import public_pages

LANGUAGES = ("nl", "en")
OPEN_DATA = ["/sitemap.xml", "/api/v2/themes/"]
API_PAGE_SIZE = 20  # Wagtail's WAGTAILAPI_LIMIT_MAX


def public_urls(search_words=(), with_pdfs=False):
    """The address of every public page in both languages with its extra routes (feeds, open
    data, PDFs when `with_pdfs`), the forms, the search page (for each of `search_words`), the
    sitemap and the API."""
    urls = set(OPEN_DATA)
    pages = public_pages(any_language=True)
    urls.update(
        f"/api/v2/pages/?limit={API_PAGE_SIZE}&offset={offset}"
        for offset in range(0, pages.count(), API_PAGE_SIZE)
    )
    for page in pages.specific():
        if page.url is None:
            continue
        for path in page.get_cached_paths():
            if with_pdfs or not path.rstrip("/").endswith("pdf"):
                urls.add(page.url + path.lstrip("/"))
    for language in LANGUAGES:
        with translation.override(language):
            urls.add(reverse("submissions:form"))
            search = reverse("search:search")
        urls.add(search)
        urls.update(f"{search}?q={word}" for word in search_words)
        urls.add(f"/api/v2/pages/?locale={language}&search={'+'.join(search_words)}")
    return sorted(urls)


def fetch_all(client, urls):
    """{url: body} of every address, failing on any answer a visitor should not get."""
    bodies = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        bodies[url] = b"".join(response) if response.streaming else response.content
    return bodies
