"""The draaiboek and the exercises on screen: contents, order, navigation, fill-in without a form."""

import re
from html.parser import HTMLParser

from django.utils import translation

import pytest

from playbook.models import ChapterSection

from .helpers import chapters, draaiboek, exercise, publish_change

pytestmark = pytest.mark.django_db


class Forms(HTMLParser):
    """Forms on a page, with their method and the fields inside them; and all textareas."""

    def __init__(self):
        super().__init__()
        self.forms, self.textareas, self.inline_scripts, self.scripts = [], [], 0, []
        self._open = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._open = {"method": (attrs.get("method") or "get").lower(), "fields": []}
            self.forms.append(self._open)
        elif tag in {"textarea", "input", "select"}:
            if self._open is not None:
                self._open["fields"].append(tag)
            if tag == "textarea":
                self.textareas.append(attrs)
        elif tag == "script":
            self.scripts.append(attrs)

    def handle_endtag(self, tag):
        if tag == "form":
            self._open = None


def parse_forms(response):
    parser = Forms()
    parser.feed(response.content.decode())
    return parser


def test_draaiboek_lists_chapters_by_section_in_editor_order(client):
    index = draaiboek("nl")
    html = client.get(index.url).content.decode()
    positions = [html.index(f'href="{chapter.url}"') for chapter in chapters("nl")]
    assert positions == sorted(positions)
    for section in ("Juridisch", "Organisatorisch", "Praktisch"):
        assert f">{section}</h3>" in html
    assert f'href="{index.pdf_url}"' in html


def test_sections_group_consecutive_chapters_without_reordering(client):
    index = draaiboek("nl")
    groups = index.sections
    flattened = [chapter.pk for group in groups for chapter in group["chapters"]]
    assert flattened == [chapter.pk for chapter in chapters("nl")]
    assert [group["section"] for group in groups] == [
        ChapterSection.LEGAL,
        ChapterSection.ORGANISATIONAL,
        ChapterSection.PRACTICAL,
    ]


def test_previous_and_next_follow_the_order_editors_set(client):
    first, second, third, *_ = chapters("nl")
    third.move(first, pos="left")  # an editor drags the third chapter to the top
    order = chapters("nl")
    assert [page.pk for page in order[:3]] == [third.pk, first.pk, second.pk]
    for position, chapter in enumerate(order):
        html = client.get(chapter.url).content.decode()
        previous = re.search(r'href="([^"]+)" rel="prev"', html)
        following = re.search(r'href="([^"]+)" rel="next"', html)
        assert (previous.group(1) if previous else None) == (order[position - 1].url if position else None)
        expected_next = order[position + 1].url if position + 1 < len(order) else None
        assert (following.group(1) if following else None) == expected_next


def test_previous_and_next_skip_unpublished_chapters(client):
    first, second, third, *_ = chapters("nl")
    second.unpublish()
    html = client.get(first.url).content.decode()
    assert f'href="{third.url}" rel="next"' in html


def test_chapter_shows_review_date_reading_time_toc_and_breadcrumbs(client):
    chapter = chapters("nl")[0]
    html = client.get(chapter.url).content.decode()
    assert f'<time datetime="{chapter.last_reviewed:%Y-%m-%d}">' in html
    assert "Leestijd" in html and re.search(r"\d+ minu(u|te)", html)
    assert 'aria-label="Kruimelpad"' in html and f'href="{draaiboek("nl").url}"' in html
    for entry in chapter.table_of_contents:
        assert f'href="#{entry["anchor"]}"' in html and f'id="{entry["anchor"]}"' in html
    assert chapter.table_of_contents


def test_reading_time_grows_with_the_text():
    chapter = chapters("nl")[0]
    short = chapter.reading_minutes
    longer = publish_change(chapter, summary=" ".join(["woord"] * 1000))
    assert longer.reading_minutes >= short + 4


def test_english_chapter_is_in_english(client):
    chapter = chapters("en")[0]
    html = client.get(chapter.url).content.decode()
    assert '<html lang="en">' in html
    assert "Last reviewed" in html and "Laatst nagekeken" not in html


def test_exercise_page_has_no_form_that_sends_answers(client):
    worksheet = exercise()
    response = client.get(worksheet.url)
    parsed = parse_forms(response)
    assert len(parsed.textareas) == len(worksheet.questions)
    assert all("name" not in textarea for textarea in parsed.textareas)  # nothing could be submitted
    assert all(form["method"] == "get" for form in parsed.forms)
    assert all("textarea" not in form["fields"] for form in parsed.forms)
    assert all(script.get("src") for script in parsed.scripts)  # no inline code under the strict CSP
    html = response.content.decode()
    assert f'data-answers-key="kennisbrug:answers:{worksheet.pk}:nl"' in html
    assert "/static/playbook/playbook.js" in html


def test_exercise_answers_are_keyed_per_page_and_language(client):
    dutch, english = exercise(language="nl"), exercise(language="en")
    assert dutch.answers_storage_key != english.answers_storage_key
    assert english.answers_storage_key.endswith(f":{english.pk}:en")


def test_exercise_shows_its_facts_figure_and_chapters_in_its_language(client):
    for language in ("nl", "en"):
        worksheet = exercise(language=language)
        html = client.get(worksheet.url).content.decode()
        assert worksheet.figure_id and f'alt="{worksheet.figure_alt_text}"' in html
        with translation.override(language):
            linked = worksheet.chapters
        assert linked and all(chapter.locale.language_code == language for chapter in linked)
        for chapter in linked:
            assert f'href="{chapter.url}"' in html


def test_chapter_lists_the_exercises_that_belong_with_it(client):
    worksheet = exercise()
    with translation.override("nl"):
        chapter = worksheet.chapters[0]
    assert f'href="{worksheet.url}"' in client.get(chapter.url).content.decode()


def test_index_pages_are_in_the_menu(client):
    html = client.get("/nl/").content.decode()
    menu = html.split('class="main-menu"', 1)[1].split("</nav>", 1)[0]
    assert f'href="{draaiboek("nl").url}"' in menu
    assert f'href="{exercise().get_parent().url}"' in menu
