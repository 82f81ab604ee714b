from .case_study_links import ChapterCaseStudy, ExerciseCaseStudy
from .draaiboek import ChapterSection, PlaybookChapterPage, PlaybookIndexPage
from .exercises import (
    Audience,
    ReflectionExerciseChapter,
    ReflectionExerciseIndexPage,
    ReflectionExercisePage,
)

__all__ = [
    "Audience",
    "ChapterCaseStudy",
    "ChapterSection",
    "ExerciseCaseStudy",
    "PlaybookChapterPage",
    "PlaybookIndexPage",
    "ReflectionExerciseChapter",
    "ReflectionExerciseIndexPage",
    "ReflectionExercisePage",
]
