"""What the query-budget tests measure: page types, named routes and factories that exist.

Other apps arrive over time, so nothing here names them: page types come from
Wagtail's registry, routes from the URL resolver, factories from `<app>.factories`
modules found with importlib.
"""

import importlib
import importlib.util
import inspect

from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, get_resolver

from wagtail.models import Page, get_page_models

import factory
import wagtail_factories

from portal.models import StandardPage

# With every cache off. A ceiling, not the goal (12, bench/README.md): routing costs 6 queries
# on any page (site, locale, the site's home page and its translation, then portal.routing's
# path lookup and the page's own row), view restrictions 1, language switcher, settings,
# menu and footer 5; the search page, with its theme suggestions and counts per type, the most.
QUERY_BUDGET = 22
LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Named routes outside the page tree that every visitor can open (search, the intake form).
PUBLIC_ROUTE_NAMESPACES = ("search", "submissions")
# A word that occurs in the demo content of both languages, for the search page.
SEARCH_WORD = "kennisbrug"


def page_types():
    return sorted(
        (model for model in get_page_models() if model is not Page), key=lambda model: model._meta.label
    )


def public_routes():
    """(name, path) of every route without arguments in the public namespaces, in each language."""
    resolver = get_resolver()
    routes = []
    for namespace in PUBLIC_ROUTE_NAMESPACES:
        if namespace not in resolver.namespace_dict:
            continue
        _prefix, namespace_resolver = resolver.namespace_dict[namespace]
        for pattern in namespace_resolver.url_patterns:
            if isinstance(pattern, URLPattern) and pattern.name and not pattern.pattern.regex.groups:
                routes.append(f"{namespace}:{pattern.name}")
    return sorted(routes)


class StandardPageFactory(wagtail_factories.PageFactory):
    """Portal's own pages, so the scaling test always has one factory to grow."""

    title = factory.Sequence(lambda number: f"Pagina {number}")
    summary = factory.Faker("sentence", locale="nl_NL")

    class Meta:
        model = StandardPage


def page_factories():
    """StandardPageFactory and the page factories of every installed app's `factories` module."""
    found = [StandardPageFactory]
    for app in settings.INSTALLED_APPS:
        module_name = f"{app}.factories"
        if (
            "." in app
            or importlib.util.find_spec(app) is None
            or importlib.util.find_spec(module_name) is None
        ):
            continue
        module = importlib.import_module(module_name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            model = getattr(getattr(value, "_meta", None), "model", None)
            is_factory = issubclass(value, factory.Factory) and value.__module__ == module_name
            if is_factory and isinstance(model, type) and issubclass(model, Page) and model is not Page:
                found.append(value)
    return found


def parent_for(page_model, language="nl"):
    """The first live page (by tree order) under which `page_model` may be created."""
    parent_types = [model for model in page_model.allowed_parent_page_models() if model is not Page]
    return (
        Page.objects.type(*parent_types)
        .live()
        .filter(locale__language_code=language)
        .order_by("path")
        .first()
        .specific
    )


def count_queries(client, path):
    """Queries of the second of two page views (the first fills Wagtail's own per-process caches)."""
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response, [query["sql"] for query in queries.captured_queries]


def over_budget_message(path, queries):
    listing = "\n".join(f"  {sql[:200]}" for sql in queries)
    return f"{path} ran {len(queries)} queries (budget {QUERY_BUDGET}):\n{listing}"
