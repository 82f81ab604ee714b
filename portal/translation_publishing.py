"""A translation cannot go live while its source page is a draft.

Every page type is edited in the same Wagtail edit view (wagtail-localize's translation editor
answers there too, with action=publish; Wagtail's own form sends action-publish, also when it
schedules); when an editor publishes a page that wagtail-localize translated from a page that is not live, the edit view refuses with
a message in the editor's language and nothing is published or saved.
"""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail_localize.models import TranslationSource


def draft_source_of(page):
    """The page `page` was translated from, when that page is not live; otherwise None."""
    page = page.specific
    source = (
        TranslationSource.objects.filter(
            object_id=page.translation_key,
            specific_content_type=ContentType.objects.get_for_model(type(page)),
        )
        .exclude(locale_id=page.locale_id)
        .first()
    )
    if source is None:
        return None
    original = Page.objects.filter(translation_key=page.translation_key, locale_id=source.locale_id).first()
    if original is None or original.live:
        return None
    return original


def refuse_publishing_a_translation_of_a_draft(request, page):
    """A `before_edit_page` hook: a response that refuses, or None to let the edit go on."""
    publishing = "action-publish" in request.POST or request.POST.get("action") == "publish"
    if request.method != "POST" or not publishing:
        return None
    original = draft_source_of(page)
    if original is None:
        return None
    messages.error(
        request,
        _(
            "This translation cannot be published while its source page “%(title)s” "
            "(%(language)s) is a draft. Publish the source page first."
        )
        % {"title": original.title, "language": original.locale.get_display_name()},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
