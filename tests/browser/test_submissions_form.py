"""The intake form in a real browser under the real CSP: after a failed submit the error
summary has focus and its links move focus to the fields; axe finds nothing serious."""

import pytest

from .axe_runner import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.mark.parametrize(
    ("path", "heading"),
    [("/nl/vraagstuk/formulier/", "Er is een probleem"), ("/en/question/form/", "There is a problem")],
)
def test_the_error_summary_takes_focus_and_leads_to_each_field(live_server, page, path, heading):
    page.goto(live_server.url + path)
    page.fill("#id_organisation", "Gemeente Leiden")
    page.click(".kb-form button[type=submit]")
    page.wait_for_selector("#error-summary")
    focused = page.evaluate("() => document.activeElement.id")
    assert focused == "error-summary"
    assert heading in page.inner_text("#error-summary")
    page.click("#error-summary a[href='#id_title']")
    assert page.evaluate("() => document.activeElement.id") == "id_title"
    assert page.input_value("#id_organisation") == "Gemeente Leiden"


@pytest.mark.browser_context_args(bypass_csp=True)
def test_the_form_with_errors_passes_axe(live_server, page):
    page.goto(live_server.url + "/en/question/form/")
    page.click(".kb-form button[type=submit]")
    page.wait_for_selector("#error-summary")
    blocking = [violation for is_blocking, violation in axe_violations(page) if is_blocking]
    assert not blocking, blocking
