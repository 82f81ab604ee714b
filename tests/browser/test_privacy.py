"""Privacy and the public Content-Security-Policy in a real browser, page by page.

These contexts keep the site's real policy (no bypass_csp), so they also prove
that every gated page works without inline code.
"""

from urllib.parse import urlsplit

import pytest

from .gate import gate_stops, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Django's CSRF cookie is strictly necessary for a form that posts; nothing else may be set.
FORM_COOKIES = {"csrftoken"}


def origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def test_anonymous_visits_set_no_cookies(live_server, page):
    problems = []
    for stop in gate_stops():
        for label in visit(page, live_server.url, stop, problems):
            names = {cookie["name"] for cookie in page.context.cookies()}
            allowed = FORM_COOKIES if page.locator("form[method=post i]").count() else set()
            if names - allowed:
                problems.append(f"{label}: {sorted(names - allowed)}")
        page.context.clear_cookies()
    assert not problems, "\n".join(problems)


def test_no_request_leaves_our_origin(live_server, page):
    ours = origin(live_server.url)
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    problems, visited = [], 0
    for stop in gate_stops():
        requests.clear()
        for _label in visit(page, live_server.url, stop, problems):
            visited += 1
        foreign = {
            url for url in requests if urlsplit(url).scheme in {"http", "https"} and origin(url) != ours
        }
        if foreign:
            problems.append(f"{stop.label}: {sorted(foreign)}")
        if not requests:
            problems.append(f"{stop.label}: no requests seen at all")
    assert visited
    assert not problems, "\n".join(problems)


def test_pages_break_no_rule_of_the_strict_policy(live_server, page):
    messages = []
    page.on("console", lambda message: messages.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: messages.append(str(error)))
    problems = []
    for stop in gate_stops():
        messages.clear()
        for _label in visit(page, live_server.url, stop, problems):
            pass
        refused = [message for message in messages if "Content Security Policy" in message]
        if refused:
            problems.append(f"{stop.label}: {refused}")
    assert not problems, "\n".join(problems)
