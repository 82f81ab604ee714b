"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

They run in their own pytest invocation (`pytest -m browser`, see bin/test): the live
server needs `transaction=True, serialized_rollback=True`, which breaks when it shares
a session with the other database tests.

pytest-playwright supplies the browser, contexts and pages; this file points it at
/usr/bin/chromium (Playwright's own browser downloads do not work here). On a
failure it saves a screenshot of every open page under test-results/browser/
(`--output` and `--screenshot` in pyproject's addopts).
"""

from django.core.cache import cache

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-dev-shm-usage",  # containers have a tiny /dev/shm
    "--no-first-run",
    "--disable-extensions",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_FLAGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "nl-NL", "viewport": {"width": 1280, "height": 900}}


@pytest.fixture(scope="session", autouse=True)
def allow_django_in_playwrights_thread():
    """Playwright's sync API runs an event loop in the test thread, and Django then refuses
    database access from that thread unless told it is deliberate. Only for browser tests:
    pytest imports this file in the other run too, so no module-level setting here."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture(autouse=True)
def fresh_cache():
    """The live server shares this process's cache: no rate-limit counts carry over between tests."""
    cache.clear()


ACCESSIBILITY_NOTES = pytest.StashKey[list]()


@pytest.fixture(scope="session")
def accessibility_notes(pytestconfig):
    """Axe findings below 'serious', printed in the terminal summary of the run."""
    return pytestconfig.stash.setdefault(ACCESSIBILITY_NOTES, [])


def pytest_terminal_summary(terminalreporter, config):
    notes = config.stash.get(ACCESSIBILITY_NOTES, [])
    if notes:
        terminalreporter.section("axe: minor and moderate findings (not blocking)")
        for note in notes:
            terminalreporter.write_line(note)
