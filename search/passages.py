"""The passage of a result that matches the query, with the matching words marked.

Every piece of page text is HTML-escaped first; only then are the <mark> elements put around
the (escaped) matching words, so nothing a visitor or an editor typed is ever output as markup.
Words match when their snowball stems are equal (the same algorithms PostgreSQL uses), after
lowercasing and removing accents, so "municipality" marks "municipalities".
"""

import functools
import re
import unicodedata

from django.conf import settings
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from wagtail.search import index

import snowballstemmer

WORD = re.compile(r"\w+")
STEMMERS = {"nl": "dutch", "en": "english"}
MAX_SCANNED_CHARACTERS = 20_000
CONTEXT_BEFORE = 80


def without_accents(word):
    lowered = word.lower()
    if lowered.isascii():  # most words: nothing to decompose (this runs for every word of every passage)
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@functools.cache
def stemmer_for(language):
    return snowballstemmer.stemmer(STEMMERS.get(language, STEMMERS[settings.LANGUAGE_CODE]))


@functools.lru_cache(maxsize=50_000)
def stem(word, language):
    return stemmer_for(language).stemWord(without_accents(word))


def searchable_text(page):
    """The page's indexed text other than its title, as plain text."""
    texts = []
    for search_field in page.get_search_fields():
        if isinstance(search_field, index.SearchField) and search_field.field_name != "title":
            value = search_field.get_value(page)
            if isinstance(value, (list, tuple)):
                texts.extend(str(item) for item in value)
            elif value:
                texts.append(str(value))
    return " ".join(strip_tags(" ".join(texts)).split())


def matching_words(text, terms, language):
    stems = {stem(term, language) for term in terms}
    # A cheap prefix test first: stemming every word of a long page would be slow.
    prefixes = tuple({item[:3] for item in stems})
    for match in WORD.finditer(text):
        word = without_accents(match.group())
        if word.startswith(prefixes) and stem(word, language) in stems:
            yield match


def highlighted_passage(text, terms, language, length=260):
    text = text[:MAX_SCANNED_CHARACTERS]
    matches = list(matching_words(text, terms, language)) if terms else []
    start = 0
    if matches and matches[0].start() > CONTEXT_BEFORE:
        start = text.rfind(" ", 0, matches[0].start() - CONTEXT_BEFORE) + 1
    end = len(text) if len(text) - start <= length else text.rfind(" ", start, start + length)
    if end <= start:
        end = start + length
    pieces = ["… " if start else ""]
    position = start
    for match in matches:
        if match.start() < start or match.end() > end:
            continue
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    pieces.append(escape(text[position:end]))
    pieces.append(" …" if end < len(text) else "")
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text above is escaped
