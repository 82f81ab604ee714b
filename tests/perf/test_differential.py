"""With every cache on, a visitor gets exactly what a render with every cache off gives, whatever
editors did before: a randomized sequence of editor operations (hypothesis stateful testing),
and after each one every address involved is fetched anonymously both ways and compared.

The operations are those that change what the public sees, or must not: publish, save a draft,
preview a draft (with a changed inline relation), unpublish, make private and public again,
move, publish a translation, schedule and delete; and triage moving a published question on to
or off the board of open questions.
"""

import datetime
import re

from django.core.cache import cache
from django.db import transaction
from django.test import Client, override_settings
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from casestudies.models import CaseStudyPage
from playbook.models import PlaybookChapterPage, ReflectionExerciseChapter, ReflectionExercisePage
from portal.models import StandardPage
from portal.page_cache import local_pages, local_unshared
from submissions.models import BoardPage, ConsentKind, Status, Vraagstuk

pytestmark = pytest.mark.django_db

EVERY_CACHE_OFF = {
    "PAGE_CACHE_SECONDS": 0,
    "PAGE_CACHE_LOCAL_PAGES": 0,
    "FRAGMENT_CACHE_SECONDS": 0,
    "PDF_CACHE_SECONDS": 0,
}
ALWAYS_CHECKED = ["/nl/", "/en/", "/sitemap.xml", "/api/v2/pages/?limit=20"]
TOKENS = re.compile(rb'name="(csrfmiddlewaretoken|form_token)" value="[^"]*"')


def candidate_pages():
    """A few Dutch pages of each kind that link to one another; their translations come along."""
    dutch = {"locale__language_code": "nl"}
    return [
        *CaseStudyPage.objects.filter(**dutch).order_by("path")[:2],
        *PlaybookChapterPage.objects.filter(**dutch).order_by("path")[:3],
        *ReflectionExercisePage.objects.filter(**dutch, chapter_links__isnull=False).distinct()[:2],
        *StandardPage.objects.filter(**dutch).order_by("path")[:1],
    ]


def visible(client, url):
    response = client.get(url)
    body = b"".join(response) if response.streaming else response.content
    return response.status_code, TOKENS.sub(rb'name="\1" value=""', body)


class EditorsAndVisitors(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.atomic = transaction.atomic()
        self.atomic.__enter__()  # each run starts from the demo content (rolled back in teardown)
        cache.clear()
        local_pages.clear()
        local_unshared.clear()
        self.client = Client()
        self.pks = [page.pk for page in candidate_pages()]
        self.urls = set(ALWAYS_CHECKED)
        for board in BoardPage.objects.live():
            self.urls.update({board.url, f"{board.url}feed/"})
        self.changes = 0

    def teardown(self):
        transaction.set_rollback(True)
        self.atomic.__exit__(None, None, None)
        cache.clear()
        local_pages.clear()
        local_unshared.clear()

    def page(self, index):
        """The candidate page at `index`, specific, or None when it was deleted."""
        page = Page.objects.filter(pk=self.pks[index % len(self.pks)]).first()
        return page.specific if page else None

    def retitle(self, page):
        self.changes += 1
        page.title = f"{page.title.split(' #')[0]} #{self.changes}"

    @rule(index=st.integers(0, 7))
    def publish(self, index):
        if page := self.page(index):
            self.retitle(page)
            page.save_revision().publish()

    @rule(index=st.integers(0, 7))
    def save_a_draft(self, index):
        if page := self.page(index):
            self.retitle(page)
            page.save_revision()

    @rule(index=st.integers(0, 7), chapter=st.integers(0, 7))
    def preview_a_draft(self, index, chapter):
        """The editor's preview runs through the whole middleware stack, as in the admin."""
        page = self.page(index)
        if page is None:
            return
        self.retitle(page)
        if isinstance(page, ReflectionExercisePage):
            chapters = list(PlaybookChapterPage.objects.filter(locale_id=page.locale_id).order_by("path"))
            page.chapter_links.add(ReflectionExerciseChapter(chapter=chapters[chapter % len(chapters)]))
        assert page.make_preview_request().status_code == 200

    @rule(index=st.integers(0, 7))
    def unpublish(self, index):
        if (page := self.page(index)) and page.live:
            page.unpublish()

    @rule(index=st.integers(0, 7))
    def make_private_or_public_again(self, index):
        if page := self.page(index):
            restrictions = PageViewRestriction.objects.filter(page=page)
            if restrictions.exists():
                restrictions.delete()
            else:
                PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    @rule(index=st.integers(0, 7))
    def move_to_the_front(self, index):
        """First among its siblings: the contents, neighbours and listings change order."""
        if page := self.page(index):
            page.move(page.get_parent(), pos="first-child")

    @rule(index=st.integers(0, 7))
    def publish_a_translation(self, index):
        if (page := self.page(index)) and (english := page.get_translations().first()):
            english = english.specific
            self.retitle(english)
            english.save_revision().publish()

    @rule(index=st.integers(0, 7))
    def schedule(self, index):
        if page := self.page(index):
            self.retitle(page)
            page.go_live_at = timezone.now() + datetime.timedelta(days=1)
            page.save_revision().publish()

    @rule(index=st.integers(0, 7))
    def delete(self, index):
        if page := self.page(index):
            page.delete()

    @rule(index=st.integers(0, 7))
    def a_question_joins_or_leaves_the_board(self, index):
        """Triage moves a question whose partner allowed publication: matched, or seeking again."""
        questions = list(
            Vraagstuk.objects.filter(
                consents__kind=ConsentKind.PUBLICATION,
                consents__given=True,
                status__in=[Status.SEEKING_MATCH, Status.MATCHED],
            ).order_by("pk")
        )
        question = questions[index % len(questions)]
        matched = question.status == Status.SEEKING_MATCH
        question.status = Status.MATCHED if matched else Status.SEEKING_MATCH
        question.save()

    @invariant()
    def visitors_get_what_a_fresh_render_gives(self):
        for pk in self.pks:
            for page in Page.objects.filter(
                translation_key__in=Page.objects.filter(pk=pk).values("translation_key")
            ):
                if url := page.url:
                    self.urls.update({url, page.get_parent().url})
        for url in sorted(self.urls):
            with_caches = visible(self.client, url)
            with override_settings(**EVERY_CACHE_OFF):
                without = visible(self.client, url)
            assert with_caches == without, f"{url} differs with the caches on"


def test_cached_pages_equal_fresh_renders_after_any_editor_operations(caches_on):
    run_state_machine_as_test(
        EditorsAndVisitors,
        settings=settings(
            max_examples=4,
            stateful_step_count=5,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
