"""Small HTML readers shared by the portal tests."""

from html.parser import HTMLParser


class PageStructure(HTMLParser):
    """Collects what the tests look at: lang, hreflang links, headings, landmarks, links."""

    def __init__(self):
        super().__init__()
        self.lang = None
        self.alternates = {}
        self.canonical = None
        self.h1_count = 0
        self.tags = []
        self.ids = set()
        self.links = []
        self.switcher_links = {}
        self._in_switcher = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs:
            self.alternates[attrs["hreflang"]] = attrs["href"]
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs["href"]
        elif tag == "h1":
            self.h1_count += 1
        elif tag == "nav" and "language-switcher" in attrs.get("class", ""):
            self._in_switcher = True
        elif tag == "a":
            self.links.append(attrs.get("href"))
            if self._in_switcher:
                self.switcher_links[attrs.get("hreflang")] = attrs.get("href")

    def handle_endtag(self, tag):
        if tag == "nav":
            self._in_switcher = False


def parse(response):
    structure = PageStructure()
    structure.feed(response.content.decode())
    return structure
