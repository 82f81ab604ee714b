"""An Atom feed of the newest questions on a board (the same questions, the same facts)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from .questions import public_questions

FEED_LENGTH = 20


class BoardFeed(Feed):
    """Newest first; each entry links to the question's place on the board, nothing more."""

    feed_type = Atom1Feed
    # language is left unset: Django then uses the active language, taken from the URL.

    def __init__(self, board):
        super().__init__()
        self.board = board

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.board.title

    def subtitle(self):
        return self.board.summary or _("Open questions waiting for students")

    def link(self):
        return self.board.get_url(self.request)

    def feed_url(self):
        return self.request.path

    def items(self):
        return public_questions(self.board.locale.language_code)[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        facts = [item.summary]
        if item.organisation or item.organisation_type:
            facts.append(_("Organisation: %(name)s") % {"name": item.organisation or item.organisation_type})
        if item.place[1]:
            facts.append(_("Place: %(name)s") % {"name": item.place[1]})
        if item.help_kinds:
            facts.append(
                _("Help wanted: %(kinds)s") % {"kinds": ", ".join(map(str, item.help_kinds.values()))}
            )
        if item.timing[1]:
            facts.append(_("Earliest period: %(period)s") % {"period": item.timing[1]})
        return "\n".join(facts)

    def item_link(self, item):
        return f"{self.board.get_url(self.request)}#{item.anchor}"

    def item_guid(self, item):
        return f"{self.board.get_full_url(self.request)}#{item.anchor}"

    def item_pubdate(self, item):
        return item.since

    def item_categories(self, item):
        return list(item.themes.values())
