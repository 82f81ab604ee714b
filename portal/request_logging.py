"""Every log line carries the id of the request it belongs to.

RequestIDMiddleware (portal.middleware) puts the id in a context variable for the
duration of a request; the filter copies it onto each log record, so one failing
request can be followed through all its lines and matched with the X-Request-ID
header the visitor or the proxy saw. Outside a request the id is "-".
"""

import json
import logging
import re
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

current_request_id = ContextVar("current_request_id", default="-")
TRUSTED_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")


def request_id_from(incoming):
    """The proxy's id when it looks like one (anything else could forge or break log lines), else a new one."""
    return incoming if TRUSTED_ID.fullmatch(incoming) else uuid.uuid4().hex


class RequestIDFilter(logging.Filter):
    """Puts the request id on the record: from the context variable, or from the request the
    record names. Django logs a 4xx/5xx response (django.request) after every middleware has
    returned, when the context variable is reset; that record carries the request itself."""

    def filter(self, record):
        request_id = current_request_id.get()
        if request_id == "-":
            request_id = getattr(getattr(record, "request", None), "request_id", None) or "-"
        record.request_id = request_id
        return True


class JSONFormatter(logging.Formatter):
    """One JSON object per line, for log collectors in production."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", current_request_id.get()),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)
