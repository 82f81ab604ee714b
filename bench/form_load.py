"""Form submissions under load: a small CSRF-aware client with a bounded number of threads.

Why not wrk: each POST needs a fresh form (CSRF token, form token) and its cookie.
Why not locust: one more dependency for a load that fits in this file. Forms are
fetched first and posted after the form's minimum fill-in time (the intake form's
time trap), so the POST phase measures storing submissions, not waiting.
"""

import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser

import requests

TEXT_INPUTS = {"text", "email", "tel", "url", "search", "number", "date", None}


class FormFields(HTMLParser):
    """The fields of the first POST form: enough to submit it the way a person would."""

    def __init__(self):
        super().__init__()
        self.fields, self.in_form, self.select, self.textarea = [], False, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post" and not self.fields:
            self.in_form = True
        elif not self.in_form:
            return
        elif tag == "input" and attrs.get("name"):
            self.fields.append({"tag": "input", **attrs})
        elif tag == "select" and attrs.get("name"):
            self.select = {"tag": "select", "options": [], **attrs}
            self.fields.append(self.select)
        elif tag == "option" and self.select is not None and attrs.get("value"):
            self.select["options"].append(attrs["value"])
        elif tag == "textarea" and attrs.get("name"):
            self.fields.append({"tag": "textarea", **attrs})

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "select":
            self.select = None


def answers(fields, number):
    """Hidden values as given; required fields filled; one choice per select, checkbox or radio group.

    Optional free-text fields stay empty, as the honeypot must.
    """
    data, groups_done = [], set()
    for field in fields:
        name, kind, required = field["name"], field.get("type"), "required" in field
        if field["tag"] == "input" and kind == "hidden":
            data.append((name, field.get("value", "")))
        elif field["tag"] == "input" and kind in ("checkbox", "radio"):
            grouped = sum(other["name"] == name for other in fields) > 1
            if (required or grouped) and name not in groups_done:
                data.append((name, field.get("value", "on")))
                groups_done.add(name)
        elif field["tag"] == "select" and field["options"]:
            data.append((name, field["options"][0]))
        elif required and (field["tag"] == "textarea" or kind in TEXT_INPUTS):
            value = f"bench-{number}@example.org" if kind == "email" else f"Benchmark question {number}"
            data.append((name, value))
    return data


def fetch_form(url, number):
    response = requests.get(url, timeout=10)
    response.raise_for_status()
    parser = FormFields()
    parser.feed(response.text)
    # Cookies are marked Secure in production; over plain loopback HTTP they are sent by hand.
    cookies = "; ".join(f"{cookie.name}={cookie.value}" for cookie in response.cookies)
    return {"data": answers(parser.fields, number), "cookies": cookies}


def post_form(url, form):
    started = time.perf_counter()
    response = requests.post(
        url, data=form["data"], headers={"Cookie": form["cookies"]}, allow_redirects=False, timeout=10
    )
    return response.status_code, (time.perf_counter() - started) * 1000, response.text[:2000]


def run_form_load(url, count, threads, time_limit, min_form_seconds):
    """Fetch `count` forms, wait the time trap out, then POST them all; bounded by `time_limit`."""
    deadline = time.monotonic() + time_limit
    with ThreadPoolExecutor(threads) as pool:
        forms = list(pool.map(lambda number: fetch_form(url, number), range(count)))
    time.sleep(min_form_seconds + 0.5)
    results, lock = [], threading.Lock()

    def submit(form):
        if time.monotonic() > deadline:
            return
        outcome = post_form(url, form)
        with lock:
            results.append(outcome)

    started = time.monotonic()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(submit, forms))
    elapsed = time.monotonic() - started
    stored = [latency for status, latency, _body in results if status in (302, 303)]
    failures = [(status, body) for status, _latency, body in results if status not in (302, 303)]
    ordered = sorted(stored) or [0.0]
    return {
        "posted": len(results),
        "accepted": len(stored),
        "requests_per_second": len(stored) / elapsed if elapsed else 0.0,
        "p50_ms": statistics.median(ordered),
        "p99_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))],
        "first_failure": failures[0] if failures else None,
    }
