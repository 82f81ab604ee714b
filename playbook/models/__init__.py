from .draaiboek import ChapterSection, PlaybookChapterPage, PlaybookIndexPage
from .exercises import (
    Audience,
    ReflectionExerciseChapter,
    ReflectionExerciseIndexPage,
    ReflectionExercisePage,
)

__all__ = [
    "Audience",
    "ChapterSection",
    "PlaybookChapterPage",
    "PlaybookIndexPage",
    "ReflectionExerciseChapter",
    "ReflectionExerciseIndexPage",
    "ReflectionExercisePage",
]
