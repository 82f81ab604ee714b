"""How demo content is built: apps register builders; load_demo_content runs them.

Every app that has demo content keeps a `demo` module with a DemoBuilder subclass
passed to `register`. Builders run in `order`: portal's site tree first, then the
apps' pages beneath it. Each builder must be idempotent: running it again finds
what exists and creates nothing twice.
"""

from dataclasses import dataclass, field

from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from portal.models import NavigationItem, NavigationMenu

from .translations import translate

_builders = []


class DemoBuilder:
    order = 50
    label = ""

    def build(self, ctx):
        raise NotImplementedError

    def reset(self, ctx):
        """Remove what build() made that deleting the page trees does not remove."""


def register(builder_class):
    _builders.append(builder_class())
    return builder_class


def registered_builders():
    return sorted(_builders, key=lambda builder: builder.order)


@dataclass
class DemoContext:
    write: callable
    created: list = field(default_factory=list)

    @property
    def nl(self):
        return Locale.objects.get(language_code="nl")

    @property
    def en(self):
        return Locale.objects.get(language_code="en")

    def log(self, message):
        self.write(f"  {message}")


def ensure_page(ctx, parent, page_class, *, slug, nl, en, shared=None):
    """The Dutch page under `parent` and its published English translation.

    Dutch first, then English, each in its own transaction: translating in one
    transaction leaves stale child counts on translated parents (wagtail-localize
    #773), and their children would 404. `nl` and `en` hold the translated field
    values (title, summary, body...); `shared` the values both languages have.
    Returns the Dutch page; an existing page is left as it is.
    """
    shared = shared or {}
    page = page_class.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        with transaction.atomic():
            page = page_class(slug=slug, locale=ctx.nl, **shared, **nl)
            parent.add_child(instance=page)
            page.save_revision().publish()
        ctx.created.append(page)
        ctx.log(f"nl  {page.url_path}")
    else:
        page = page.specific

    ensure_translation(ctx, page, en)
    return page


def ensure_translation(ctx, original, en):
    """The English translation of the Dutch page or snippet `original`, made by wagtail-localize
    from the English values `en` (see portal.demo.translations) in a transaction of its own, and
    published.

    Values both languages share need not be in `en`: wagtail-localize copies the synchronised
    fields, taxonomies and inline rows from the Dutch object. An existing translation is left as it is.
    """
    translation = original.get_translation_or_none(ctx.en)
    if translation is None:
        with transaction.atomic():
            translation = translate(original, ctx.en, en)
        ctx.created.append(translation)
        if isinstance(translation, Page):
            ctx.log(f"en  {translation.url_path}")
    return translation.specific if isinstance(translation, Page) else translation


def sync_translation(ctx, original):
    """Bring the English translation of the Dutch page or snippet `original` up to date, as an
    editor's "Sync translation" does: synchronised fields and inline rows follow the Dutch object,
    English texts already recorded stay. No translation yet: nothing to sync."""
    if original.get_translation_or_none(ctx.en) is None:
        return None
    with transaction.atomic():
        return translate(original, ctx.en, {})


def translation_of(page, ctx):
    return page.get_translation(ctx.en).specific


def ensure_snippet(ctx, model, *, lookup, nl, en=None, shared=None):
    """A translatable snippet in Dutch (found by `lookup`) and its English translation, made by
    wagtail-localize from `en` (`shared` values are synchronised from the Dutch snippet)."""
    shared = shared or {}
    obj = model.objects.filter(locale=ctx.nl, **lookup).first()
    if obj is None:
        obj = model.objects.create(locale=ctx.nl, **lookup, **shared, **nl)
        ctx.created.append(obj)
    # No English values: the name is a proper name, the same in English (but translated, so
    # wagtail-localize does not list it as waiting for a translator).
    translated = ensure_translation(ctx, obj, en if en is not None else nl)
    return obj, translated


def site_home(ctx):
    """The Dutch home page the site serves (built by portal's builder)."""
    return Site.objects.get(is_default_site=True).root_page.specific


def add_to_menu(ctx, page):
    """Add a Dutch page to the Dutch menu; the English menu, its translation, follows by a sync
    (it shows each item's page in the visitor's language)."""
    menu = NavigationMenu.objects.get(locale=ctx.nl)
    if menu.items.filter(page=page).exists():
        return
    with transaction.atomic():
        NavigationItem.objects.create(menu=menu, page=page, sort_order=menu.items.count())
        translate(menu, ctx.en, {})


def delete_page_trees():
    """Everything below Wagtail's root: both language trees and what hangs under them."""
    for page in Page.objects.filter(depth=2):
        page.delete()


def paragraphs(*texts):
    """A text block of plain paragraphs; texts may hold inline HTML (links, emphasis)."""
    return ("text", RichText("".join(f"<p>{text}</p>" for text in texts)))


def section(heading, *texts):
    """A text block opening with a second-level heading."""
    return ("text", RichText(f"<h2>{heading}</h2>" + "".join(f"<p>{text}</p>" for text in texts)))
