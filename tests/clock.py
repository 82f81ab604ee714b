"""Time that passes without waiting: Django's clock (`django.utils.timezone.now`) moved forward.

Scheduled publishing, expiry and job runs read that clock, so a test can let a page's
moment come instead of sleeping until it does. The clock keeps running from where it was
moved to; PostgreSQL's own `now()` is not moved.
"""

from datetime import timedelta

from django.utils import timezone

# A moment is due when it lies before the clock: just past it, not on it.
JUST_PAST = timedelta(milliseconds=100)


class Clock:
    def __init__(self, real_now):
        self.real_now = real_now
        self.ahead = timedelta(0)

    def now(self):
        return self.real_now() + self.ahead

    def move_past(self, moment):
        """The clock jumps to just after `moment` (never back)."""
        self.ahead += max(timedelta(0), moment - self.now() + JUST_PAST)


def move_the_clock(monkeypatch):
    """Django's clock, from now on one that can be moved forward (undone by `monkeypatch`)."""
    clock = Clock(timezone.now)
    monkeypatch.setattr(timezone, "now", clock.now)
    return clock
