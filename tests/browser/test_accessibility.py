"""The accessibility gate: WCAG 2.1 AA by axe, keyboard use and a 320 px wide screen.

Every page type in the database, in both languages, the 404 page and our named
views are visited (tests/browser/gate.py), so a new page type is checked from the
moment it has a live page.
"""

from django.conf import settings
from django.urls import reverse

import pytest

from .axe_runner import axe_violations
from .gate import Stop, gate_stops, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NARROW = 320


def assert_gate_covers_the_foundation(labels):
    for code, _name in settings.LANGUAGES:
        for expected in (f"homepage ({code})", f"standardpage ({code})", f"404 ({code})"):
            assert any(label.startswith(expected) for label in labels), (expected, labels)


@pytest.mark.browser_context_args(bypass_csp=True)
def test_axe_finds_nothing_serious_or_critical(live_server, page, accessibility_notes):
    problems, visited = [], []
    for stop in gate_stops():
        for label in visit(page, live_server.url, stop, problems):
            visited.append(label)
            for blocking, violation in axe_violations(page):
                if blocking:
                    problems.append(f"{label}: {violation}")
                else:
                    accessibility_notes.append(f"{label}: {violation}")
    assert_gate_covers_the_foundation(visited)
    assert not problems, "\n".join(problems)


@pytest.mark.browser_context_args(viewport={"width": NARROW, "height": 640})
def test_nothing_scrolls_sideways_at_320_pixels(live_server, page):
    problems, visited = [], []
    for stop in gate_stops():
        for label in visit(page, live_server.url, stop, problems):
            visited.append(label)
            width = page.evaluate("() => document.documentElement.scrollWidth")
            if width > NARROW:
                problems.append(f"{label}: {width}px wide")
    assert_gate_covers_the_foundation(visited)
    assert not problems, "\n".join(problems)


FOCUSED = """() => {
  const element = document.activeElement;
  const box = element.getBoundingClientRect();
  return {
    id: element.id,
    classes: element.className,
    href: element.href || null,
    inMenu: Boolean(element.closest('.main-menu')),
    outline: getComputedStyle(element).outlineStyle,
    onScreen: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.width > 1,
  };
}"""


@pytest.mark.parametrize("language_code", [code for code, _name in settings.LANGUAGES])
def test_skip_link_and_main_menu_work_with_the_keyboard(live_server, page, language_code):
    page.goto(f"{live_server.url}/{language_code}/")

    page.keyboard.press("Tab")
    skip_link = page.evaluate(FOCUSED)
    assert "skip-link" in skip_link["classes"]
    assert skip_link["onScreen"], "the skip link must become visible when it has focus"
    page.keyboard.press("Enter")
    assert page.evaluate(FOCUSED)["id"] == "main"

    page.reload()
    menu = set(page.eval_on_selector_all(".main-menu a", "links => links.map(link => link.href)"))
    assert menu
    reached = set()
    for _ in range(50):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["inMenu"]:
            assert focused["outline"] != "none", f"no visible focus on {focused['href']}"
            reached.add(focused["href"])
        if reached == menu:
            break
    assert reached == menu


# What a keyboard user must be able to reach in a form: a key per control (one per radio group).
CONTROL_KEY = """element => element.type === 'radio' ? `radio:${element.name}`
  : (element.id || element.name || `${element.type}#${[...element.form.elements].indexOf(element)}`)"""
FORM_CONTROLS = f"""form => [...form.elements]
  .filter(element => !element.disabled && element.type !== 'hidden' && element.tabIndex >= 0
          && element.checkVisibility())
  .map({CONTROL_KEY})"""
FOCUSED_CONTROL = f"""form => [...form.elements].includes(document.activeElement)
  ? ({CONTROL_KEY})(document.activeElement) : null"""


def controls_reached_with_tab(page, form):
    expected = set(form.evaluate(FORM_CONTROLS))
    reached = set()
    page.locator("body").focus()
    for _ in range(len(expected) * 3 + 40):
        page.keyboard.press("Tab")
        key = form.evaluate(FOCUSED_CONTROL)
        if key is not None:
            reached.add(key)
        if reached >= expected:
            break
    return expected, reached


def test_every_form_control_is_reachable_with_tab(live_server, page):
    """Every gated page with a form that posts, and the admin login, in each state."""
    problems, forms_checked = [], 0
    stops = [*gate_stops(), Stop("admin login", reverse("wagtailadmin_login"))]
    for stop in stops:
        for label in visit(page, live_server.url, stop, problems):
            form = page.locator("main form[method=post i]")
            if not form.count():
                continue
            forms_checked += 1
            expected, reached = controls_reached_with_tab(page, form.first)
            if not expected or expected - reached:
                problems.append(f"{label}: not reached {sorted(expected - reached)} of {sorted(expected)}")
    assert forms_checked
    assert not problems, "\n".join(problems)


@pytest.mark.browser_context_args(bypass_csp=True)
def test_the_gate_sees_a_serious_violation_when_there_is_one(live_server, page):
    """The control: an image without a text alternative on a real page must block."""
    page.goto(f"{live_server.url}/nl/")
    page.evaluate("() => document.querySelector('main').append(document.createElement('img'))")
    blocking = [violation for is_blocking, violation in axe_violations(page) if is_blocking]
    assert any(violation.startswith("image-alt [critical]") for violation in blocking), blocking
