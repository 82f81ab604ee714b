"""The signed token every rendered intake form carries.

It holds a random idempotency key (so double clicks and replays of one rendering
store one vraagstuk) and the time of rendering (the time trap: bots post within a
second; a day-old page must be reloaded). Signed, so neither can be forged.
"""

import secrets
import time

from django.conf import settings
from django.core import signing

SALT = "submissions.intake-form"
# How long after a form's lifetime a replay of a stored form still gets its receipt (a day).
REPLAY_GRACE_SECONDS = 60 * 60 * 24


class FormTokenError(Exception):
    pass


class FormTooFast(FormTokenError):
    pass


class FormExpired(FormTokenError):
    pass


def issue_form_token(rendered_at=None):
    rendered_at = time.time() if rendered_at is None else rendered_at
    return signing.dumps({"key": secrets.token_urlsafe(24), "at": rendered_at}, salt=SALT)


def read_form_token(token):
    """The idempotency key of a genuine, timely token; raises a FormTokenError otherwise."""
    try:
        payload = signing.loads(token, salt=SALT)
        key, rendered_at = str(payload["key"]), float(payload["at"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise FormTokenError from error
    age = time.time() - rendered_at
    if age < settings.SUBMISSION_MIN_FORM_SECONDS:
        raise FormTooFast
    if age > settings.SUBMISSION_MAX_FORM_AGE_SECONDS:
        raise FormExpired
    return key


def replay_key(token):
    """The idempotency key of a genuine token however fast or old it was posted, or None.

    For replays only: a form that was stored already gets its receipt back, whatever the
    time trap, the rate limits or the form's age say. Older than the form's and the
    receipt's lifetimes together, a token is no longer honoured.
    """
    try:
        payload = signing.loads(
            token or "", salt=SALT, max_age=settings.SUBMISSION_MAX_FORM_AGE_SECONDS + REPLAY_GRACE_SECONDS
        )
        return str(payload["key"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
