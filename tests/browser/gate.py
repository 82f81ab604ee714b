"""What the browser gates visit, found rather than listed, so it grows with the site.

- one live page of every page type in the database, in each language;
- the 404 page in each language;
- every view of our apps' URL namespaces that answers a plain GET with HTML
  (the search page, the intake form, ...), plus the search page with and without results;
- and, found in the browser on each of those: the page's filter form with one
  filter applied, and its POST form sent empty (the error state).
"""

from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.test import Client
from django.urls import NoReverseMatch, get_resolver, reverse
from django.utils import translation

from wagtail.models import Page

# URL namespaces whose argument-free views are public pages of ours.
PUBLIC_NAMESPACES = ("search", "submissions", "casestudies", "playbook")
NO_RESULTS_QUERY = "qqxzv"


@dataclass(frozen=True)
class Stop:
    label: str
    path: str
    status: int = 200


def page_stops():
    pages = (
        Page.objects.live()
        .public()
        .filter(depth__gte=2)
        .order_by("locale__language_code", "content_type", "path")
        .distinct("locale__language_code", "content_type")
        .select_related("locale", "content_type")
    )
    for page in pages:
        _site_id, _root_url, path = page.specific.get_url_parts()
        yield Stop(f"{page.content_type.model} ({page.locale.language_code}) {path}", path)


def not_found_stops():
    for code, _name in settings.LANGUAGES:
        yield Stop(f"404 ({code})", f"/{code}/this-page-does-not-exist/", status=404)


def named_view_paths(language_code):
    """Argument-free routes in our namespaces, e.g. search:search, submissions:form."""
    namespaces = get_resolver().namespace_dict
    with translation.override(language_code):
        for namespace in PUBLIC_NAMESPACES:
            if namespace not in namespaces:
                continue
            _prefix, resolver = namespaces[namespace]
            for name in sorted(key for key in resolver.reverse_dict if isinstance(key, str)):
                try:
                    yield f"{namespace}:{name}", reverse(f"{namespace}:{name}")
                except NoReverseMatch:
                    continue  # needs arguments (a status token, a slug): reached through a journey


def search_queries(language_code):
    """A word that is on the site (the title of a page in that language) and one that is not."""
    title = (
        Page.objects.live()
        .filter(depth=3, locale__language_code=language_code)
        .order_by("path")
        .values_list("title", flat=True)
        .first()
    )
    return [query for query in (title, NO_RESULTS_QUERY) if query]


def named_view_stops():
    client = Client()
    for code, _name in settings.LANGUAGES:
        for name, path in named_view_paths(code):
            response = client.get(path)
            if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
                continue  # JSON endpoints, feeds, POST-only views
            yield Stop(f"{name} ({code})", path)
            if name == "search:search":
                for query in search_queries(code):
                    yield Stop(f"{name} ({code}) q={query}", f"{path}?{urlencode({'q': query})}")


def gate_stops():
    return [*page_stops(), *not_found_stops(), *named_view_stops()]


# Fills in a GET form (not the site search) with its first unchosen option, returns the address.
FILTER_URL = """form => {
  const data = new FormData(form);
  const choice = form.querySelector('input[type=checkbox]:not(:checked), input[type=radio]:not(:checked)');
  const select = [...form.querySelectorAll('select')].find(element => element.options.length > 1);
  if (choice) data.append(choice.name, choice.value);
  else if (select) data.set(select.name, select.options[1].value);
  else return null;
  const url = new URL(form.action);
  url.search = new URLSearchParams(data).toString();
  return url.href;
}"""

# Sends a POST form without the browser's own checks, so the server's error page shows.
SEND_EMPTY = "form => { form.noValidate = true; form.requestSubmit(); }"


def visit(page, base_url, stop, problems):
    """Loads the stop and its form states; yields a label for each state loaded.

    A page that does not answer with the expected status is added to `problems`.
    """
    response = page.goto(base_url + stop.path)
    if response is None or response.status != stop.status:
        problems.append(f"{stop.label}: status {response.status if response else 'none'}")
        return
    yield stop.label

    filters = page.locator("main form:not([method=post i]):not([role=search])")
    if filters.count():
        filtered = filters.first.evaluate(FILTER_URL)
        if filtered and urlsplit(filtered).netloc == urlsplit(base_url).netloc:
            response = page.goto(filtered)
            label = f"{stop.label} with a filter"
            if response.status == 200:
                yield label
            else:
                problems.append(f"{label}: status {response.status}")
            page.goto(base_url + stop.path)

    posts = page.locator("main form[method=post i]")
    if posts.count():
        label = f"{stop.label} sent empty"
        with page.expect_navigation() as navigation:
            posts.first.evaluate(SEND_EMPTY)
        status = navigation.value.status if navigation.value else "none"
        if status in {200, 400, 422}:
            yield label
        else:
            problems.append(f"{label}: status {status}")
