from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page, Site
from wagtail.search.utils import normalise_query_string

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

RESULTS_PER_PAGE = 10
AUTOCOMPLETE_LIMIT = 8
AUTOCOMPLETE_MIN_LENGTH = 2


def promotions_for(query_text):
    """Editors' promoted results for this text: pages of the active language, and external links."""
    promotions = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(query_text)
    ).select_related("page")
    return [
        promotion
        for promotion in promotions.order_by("sort_order")
        if promotion.external_link_url
        or (promotion.page and promotion.page.live and promotion.page.locale_id == Locale.get_active().pk)
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
                "page": page,
                "url": page.get_url(request),
                "type": page._meta.verbose_name,
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
    home = site.root_page.localized
    return list(home.get_children().live().public().in_menu().specific()[:8])


@require_GET
@cache_control(private=True)  # not from a shared or full-page cache: every search is counted
def search(request):
    query_text = clean_query(request.GET.get("q", ""))
    terms = query_terms(query_text)
    context = {"search_query": query_text, "terms": terms, "promotions": [], "results": []}
    if terms:
        outcome = search_pages(terms, request.GET.get("type", ""))
        paginator = Paginator(outcome.results, RESULTS_PER_PAGE)
        page_of_results = paginator.get_page(request.GET.get("page"))
        results = describe_results(page_of_results.object_list, terms, request)
        context.update(
            outcome=outcome,
            page_of_results=page_of_results,
            results=results,
            promotions=promotions_for(query_text),
        )
        if outcome.fuzzy:
            context["suggestion"] = spelling_suggestion(
                terms, [f"{r['page'].title} {r['text']}" for r in results]
            )
        if page_of_results.number == 1 and not outcome.selected_type:
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
    pages = autocomplete_pages(words, AUTOCOMPLETE_LIMIT)
    return JsonResponse(
        {
            "results": [
                {
                    "title": page.title,
                    "url": page.get_url(request),
                    "type": str(page.specific_class._meta.verbose_name),
                }
                for page in pages
                if page.specific_class is not None
            ]
        }
    )
