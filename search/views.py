from dataclasses import replace

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, Site
from wagtail.search.utils import normalise_query_string

from portal.pagination import requested_page
from portal.public import public_in_active_language, public_pages
from portal.sections import section_cards

from .models import SearchTerm
from .passages import highlighted_passage, searchable_text
from .queries import (
    autocomplete_pages,
    clean_query,
    query_terms,
    search_pages,
    spelling_suggestion,
)
from .reports import popular_queries
from .theme_suggestions import theme_suggestions

RESULTS_PER_PAGE = 10
AUTOCOMPLETE_LIMIT = 8
AUTOCOMPLETE_THEME_LIMIT = 3
AUTOCOMPLETE_MIN_LENGTH = 2


def promotions_for(query_text, request):
    """Editors' promoted results for this text: public pages of the active language, and external links."""
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query_text))
        .select_related("page")
        .order_by("sort_order")
    )
    linked = [promotion.page_id for promotion in promotions if promotion.page_id]
    public = (
        set(public_pages(Page.objects.filter(pk__in=linked)).values_list("pk", flat=True))
        if linked
        else set()
    )
    return [
        {
            "title": promotion.title,
            "url": promotion.page.get_url(request) if promotion.page else promotion.external_link_url,
            "description": promotion.description,
        }
        for promotion in promotions
        if promotion.external_link_url or promotion.page_id in public
    ]


def describe_results(results, terms, request):
    pages = {page.pk: page for page in Page.objects.filter(pk__in=[r.pk for r in results]).specific()}
    language = translation.get_language()
    described = []
    for result in results:
        page = pages.get(result.pk)
        if page is None:
            continue
        text = searchable_text(page)
        described.append(
            {
                "title": page.title,
                "url": page.get_url(request),
                "type": str(page._meta.verbose_name),
                "passage": highlighted_passage(text, terms, language),
                "text": text,
            }
        )
    return described


def section_pages(request):
    """The top-level sections of the site in the active language: a way on when nothing matched."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    home = public_in_active_language(Page.objects.filter(pk=site.root_page_id)).first()
    return section_cards(request, home)[:8] if home else []


def run_search(request, query_text, terms, type_key, number):
    """Everything the results page shows of one search."""
    outcome = search_pages(terms, type_key)
    page_of_results = Paginator(outcome.results, RESULTS_PER_PAGE).get_page(number)
    results = describe_results(page_of_results.object_list, terms, request)
    # Each page's whole text serves the spelling suggestion only; it is not kept with the results.
    texts = [f"{result['title']} {result.pop('text')}" for result in results]
    suggestion = spelling_suggestion(terms, texts) if outcome.fuzzy else ""
    return {
        # The counts and page types, without the backend's result set.
        "outcome": replace(outcome, results=()),
        "page_of_results": {
            "number": page_of_results.number,
            "num_pages": page_of_results.paginator.num_pages,
            "start_index": page_of_results.start_index(),
            "previous": page_of_results.previous_page_number() if page_of_results.has_previous() else None,
            "next": page_of_results.next_page_number() if page_of_results.has_next() else None,
        },
        "results": results,
        "promotions": promotions_for(query_text, request),
        "suggestion": suggestion,
    }


@require_GET
def search(request):
    """The results page; never shared or kept (portal.page_cache): every search is counted."""
    query_text = clean_query(request.GET.get("q", ""))
    terms = query_terms(query_text)
    context = {"search_query": query_text, "terms": terms, "promotions": [], "results": []}
    if terms:
        type_key = request.GET.get("type", "")[:100]
        number = requested_page(request.GET.get("page") or "1")
        if number is None:
            number = 1
        found = run_search(request, query_text, terms, type_key, number)
        context.update(found)
        outcome = found["outcome"]
        if found["page_of_results"]["number"] == 1 and not outcome.selected_type:
            SearchTerm.record(
                query_text, translation.get_language(), found=bool(outcome.total) and not outcome.fuzzy
            )
    if not context["results"]:
        context.update(
            sections=section_pages(request), popular=popular_queries(translation.get_language())[:8]
        )
    return TemplateResponse(request, "search/search.html", context)


@require_GET
def autocomplete(request):
    query_text = clean_query(request.GET.get("q", ""))
    words = " ".join(query_terms(query_text))
    if len(words) < AUTOCOMPLETE_MIN_LENGTH:
        return JsonResponse({"results": []})
    # Themes first (each leads to the cases filed under it), then pages by title and theme names.
    themes = theme_suggestions(query_terms(query_text), request, AUTOCOMPLETE_THEME_LIMIT)
    pages = autocomplete_pages(words, AUTOCOMPLETE_LIMIT - len(themes))
    return JsonResponse(
        {
            "results": [
                *themes,
                *(
                    {
                        "title": page.title,
                        "url": page.get_url(request),
                        "type": str(page.specific_class._meta.verbose_name),
                    }
                    for page in pages
                    if page.specific_class is not None
                ),
            ]
        }
    )
