"""Where editors may create the playbook's page types."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from playbook.models import (
    PlaybookChapterPage,
    PlaybookIndexPage,
    ReflectionExerciseIndexPage,
    ReflectionExercisePage,
)
from portal.models import HomePage, StandardPage


class PlaybookPageTypeRules(WagtailPageTestCase):
    def test_index_pages_live_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, PlaybookIndexPage)
        self.assertCanCreateAt(HomePage, ReflectionExerciseIndexPage)
        self.assertCanNotCreateAt(StandardPage, PlaybookIndexPage)
        self.assertCanNotCreateAt(Page, PlaybookIndexPage)
        self.assertCanNotCreateAt(PlaybookIndexPage, ReflectionExerciseIndexPage)

    def test_chapters_live_only_in_a_draaiboek(self):
        self.assertCanCreateAt(PlaybookIndexPage, PlaybookChapterPage)
        self.assertCanNotCreateAt(HomePage, PlaybookChapterPage)
        self.assertCanNotCreateAt(ReflectionExerciseIndexPage, PlaybookChapterPage)
        self.assertCanNotCreateAt(PlaybookChapterPage, PlaybookChapterPage)
        self.assertAllowedSubpageTypes(PlaybookIndexPage, {PlaybookChapterPage})
        self.assertAllowedSubpageTypes(PlaybookChapterPage, set())

    def test_exercises_live_only_in_the_exercise_index(self):
        self.assertCanCreateAt(ReflectionExerciseIndexPage, ReflectionExercisePage)
        self.assertCanNotCreateAt(PlaybookIndexPage, ReflectionExercisePage)
        self.assertCanNotCreateAt(HomePage, ReflectionExercisePage)
        self.assertAllowedSubpageTypes(ReflectionExerciseIndexPage, {ReflectionExercisePage})
        self.assertAllowedSubpageTypes(ReflectionExercisePage, set())

    def test_one_draaiboek_per_home_page(self):
        home = HomePage.objects.filter(locale__language_code="nl").first()
        self.assertFalse(PlaybookIndexPage.can_create_at(home))
        self.assertFalse(ReflectionExerciseIndexPage.can_create_at(home))
