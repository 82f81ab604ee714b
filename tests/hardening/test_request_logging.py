"""Each request gets an id in the X-Request-ID header and on every log line it causes."""

import io
import logging
import re

from django.http import HttpResponse
from django.test import RequestFactory

import pytest

from portal.middleware import RequestIDMiddleware
from portal.request_logging import RequestIDFilter

pytestmark = pytest.mark.django_db


def test_every_response_has_its_own_request_id(client):
    first = client.get("/nl/")["X-Request-ID"]
    second = client.get("/nl/")["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", first)
    assert first != second


def test_an_id_from_the_proxy_is_kept(client):
    assert client.get("/nl/", HTTP_X_REQUEST_ID="proxy-id-12345678")["X-Request-ID"] == "proxy-id-12345678"


@pytest.mark.parametrize("forged", ["short", "two\nlines-injected-here", "x" * 65, 'quote"d-id-1234'])
def test_an_id_that_could_forge_log_lines_is_replaced(client, forged):
    assert re.fullmatch(r"[0-9a-f]{32}", client.get("/nl/", HTTP_X_REQUEST_ID=forged)["X-Request-ID"])


@pytest.fixture
def console_output():
    """The stream of the console handler that settings.LOGGING configured."""
    handler = next(
        handler
        for handler in logging.getLogger().handlers
        if any(isinstance(item, RequestIDFilter) for item in handler.filters)
    )
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


def test_log_lines_written_during_a_request_carry_its_id(console_output):
    def view(request):
        logging.getLogger("portal.probe").warning("inside the request")
        return HttpResponse()

    response = RequestIDMiddleware(view)(RequestFactory().get("/"))
    logging.getLogger("portal.probe").warning("after the request")

    lines = console_output.getvalue().splitlines()
    assert f"[{response['X-Request-ID']}] inside the request" in lines[0]
    assert "[-] after the request" in lines[1]
