from .registry import (
    DemoBuilder,
    DemoContext,
    add_to_menu,
    delete_page_trees,
    ensure_page,
    ensure_snippet,
    ensure_translation,
    paragraphs,
    register,
    registered_builders,
    section,
    site_home,
    sync_translation,
    translation_of,
)

__all__ = [
    "DemoBuilder",
    "DemoContext",
    "add_to_menu",
    "delete_page_trees",
    "ensure_page",
    "ensure_snippet",
    "ensure_translation",
    "paragraphs",
    "register",
    "registered_builders",
    "section",
    "site_home",
    "sync_translation",
    "translation_of",
]
from . import site_content  # noqa: F401  (registers portal's own builder)
