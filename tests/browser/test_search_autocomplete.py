"""The header search box's autocomplete: an accessible combobox under the real CSP, and no JS needed."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_suggestions_work_with_the_keyboard(live_server, page):
    csp_errors = []
    page.on(
        "console",
        lambda message: csp_errors.append(message.text) if "Content Security" in message.text else None,
    )
    page.goto(f"{live_server.url}/nl/")
    box = page.locator("#site-search-query")
    expect(box).to_have_attribute("role", "combobox")
    expect(box).to_have_attribute("aria-expanded", "false")
    box.press_sequentially("Leuv")
    listbox = page.locator("#site-search-query-listbox")
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    options = listbox.locator("[role=option]")
    assert options.count() > 0
    expect(page.locator(".site-search [role=status]")).to_contain_text("suggestie")

    box.press("ArrowDown")
    first = options.nth(0)
    expect(first).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    target = first.get_attribute("data-url")

    box.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")

    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_url(re.compile(re.escape(target) + "$"))
    assert not csp_errors


def test_the_search_form_works_without_javascript(live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/")
    page.fill("#site-search-query", "students")
    page.press("#site-search-query", "Enter")
    page.wait_for_url(re.compile(r"/en/search/\?q=students"))
    assert page.locator(".search-result").count() > 0
    assert page.locator("h1").count() == 1
    context.close()
