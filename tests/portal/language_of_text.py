"""What a reader sees of a page or an e-mail, and the words that give away the other language.

The word lists follow docs/voice.md: each language's product terms and common interface words,
and a few function words that only an untranslated sentence brings along. Quotations
(<blockquote>) and the titles of cited works (<cite>) keep the language they were written in and
are not read; proper names are listed once here and removed before the check.
"""

import re
from html import unescape
from html.parser import HTMLParser

# Proper names that contain a word of the other language's lists (docs/voice.md).
PROPER_NAMES = [
    "Leren met de Stad",  # Leiden's programme: "Op Locatie" is its neighbourhood science shop
    "De Stad als Lab",
    "Convenant Student en Stad",
    "City Deal Kennis Maken",
    "Leiden Kennisstad",
    "Plaatselijke Kamer van Verenigingen",
    "Vlaams Netwerk voor Service-Learning",
    "Kennisbrug",
]

WORDS_NOT_IN = {
    # Dutch that must not reach an English reader.
    "en": [
        r"draaiboek\w*",
        r"vraagstuk\w*",
        r"kenniswinkel\w*",
        r"praktijkvoorbeeld\w*",
        r"reflectie-?oefening\w*",
        r"werkblad\w*",
        r"bekijk\w*",
        r"zoek(en)?",
        r"lees meer",
        r"verstu(u)?r(en)?",
        r"indienen",
        r"volgende",
        r"vorige",
        r"inhoudsopgave",
        r"hoofdstuk(ken)?",
        r"thema's",
        r"bewoners",  # descriptions of partners, which are not proper names
        r"wijk",
        r"buurt",
        r"het",
        r"een",
        r"niet",
        r"wordt",
        r"uw",
    ],
    # English that must not reach a Dutch reader.
    "nl": [
        r"playbook\w*",
        r"science shops?",
        r"case stud(y|ies)",
        r"reflection exercises?",
        r"worksheets?",
        r"questions?",
        r"read more",
        r"search(es)?",
        r"submit\w*",
        r"previous",
        r"contents",
        r"back to",
        r"skip to",
        r"the",
        r"and",
        r"your?",
        r"with",
    ],
}

SKIPPED_ELEMENTS = {"script", "style", "template", "blockquote", "cite"}
READ_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder"}
VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
ADDRESS = re.compile(r"\S+@\S+|https?://\S+")


class ReadableText(HTMLParser):
    """The text and the readable attributes of a page, without quotations and cited titles."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skipping = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID_ELEMENTS:
            self.handle_startendtag(tag, attrs)
            return
        if tag in SKIPPED_ELEMENTS or self.skipping:
            self.skipping.append(tag)
        if not self.skipping:
            self.parts.extend(value for name, value in attrs if name in READ_ATTRIBUTES and value)

    def handle_startendtag(self, tag, attrs):
        if not self.skipping:
            self.parts.extend(value for name, value in attrs if name in READ_ATTRIBUTES and value)

    def handle_endtag(self, tag):
        if self.skipping and tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def readable_text(html):
    parser = ReadableText()
    parser.feed(html)
    parser.close()
    return without_names(" ".join("".join(parser.parts).split()))


def without_names(text):
    """`text` without e-mail addresses, web addresses and the listed proper names."""
    text = ADDRESS.sub(" ", unescape(text))
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    return text


def words_of_the_other_language(text, language):
    """Each word of the other language found in `text` (read in `language`), with its context."""
    pattern = re.compile(r"\b(" + "|".join(WORDS_NOT_IN[language]) + r")\b", re.IGNORECASE)
    return [
        f"{match.group(0)!r} in …{text[max(0, match.start() - 50) : match.end() + 50]}…"
        for match in pattern.finditer(text)
    ]


# The Dutch reader is addressed formally (docs/voice.md); these forms are the informal voice.
INFORMAL_DUTCH = re.compile(r"\b(je|jij|jou|jouw|jullie|jezelf)\b", re.IGNORECASE)
FORMAL_DUTCH = re.compile(r"\b(u|uw|uzelf)\b", re.IGNORECASE)


class Quotations(HTMLParser):
    """The text of each <blockquote>: a speaker's own words, which keep their voice."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.quotes, self.depth = [], 0

    def handle_starttag(self, tag, attrs):
        if tag == "blockquote":
            self.depth += 1
            if self.depth == 1:
                self.quotes.append("")

    def handle_endtag(self, tag):
        if tag == "blockquote":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.quotes[-1] += data


def quotations(html):
    parser = Quotations()
    parser.feed(html)
    return [" ".join(quote.split()) for quote in parser.quotes if quote.strip()]


def informal_address(text):
    """Each informal form of address in `text`, with its context."""
    return [
        f"{m.group(0)!r} in …{text[max(0, m.start() - 50) : m.end() + 50]}…"
        for m in INFORMAL_DUTCH.finditer(text)
    ]
