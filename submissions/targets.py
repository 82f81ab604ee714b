"""Promised response times in working days (Monday to Friday)."""

from datetime import timedelta

from django.conf import settings


def add_working_days(start, days):
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def promised_date(start_date, status_key):
    return add_working_days(start_date, settings.SUBMISSION_TARGET_WORKING_DAYS[status_key])
