"""POST data for the page editor, built the way the admin's own form would send it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def standard_page_data(page, **changes):
    fields = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "body": streamfield([]),
        "seo_title": page.seo_title,
        "search_description": page.search_description,
        "comments": inline_formset([]),
        **changes,
    }
    return nested_form_data(fields)
