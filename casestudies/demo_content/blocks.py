"""Small builders for demo body blocks beyond portal's paragraphs() and section()."""

from wagtail.rich_text import RichText


def tip(heading, text):
    return ("tip", {"heading": heading, "text": RichText(f"<p>{text}</p>")})


def obstacle(heading, text):
    return ("obstacle", {"heading": heading, "text": RichText(f"<p>{text}</p>")})


def lessons(heading, *items):
    return ("lessons", {"heading": heading, "lessons": list(items)})


def quote(words, attribution):
    return ("quote", {"quote": words, "attribution": attribution})
