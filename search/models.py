"""What visitors search for, counted per text, language and day, so editors see what they miss.

No personal data: no user, session, IP address or time of day is stored, texts are reduced to
lowercase words, and texts that look like an e-mail address or a phone number are not stored at all.
"""

import re

from django.conf import settings
from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_LOGGED_QUERY_LENGTH = 100
# E-mail addresses and long digit runs (phone, account or citizen numbers) are personal data.
PERSONAL_DATA = re.compile(r"@|\d{6,}|(?:\d[\s-]?){8,}")


class SearchTerm(models.Model):
    query = models.CharField(_("search text"), max_length=MAX_LOGGED_QUERY_LENGTH)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    date = models.DateField(_("date"), default=timezone.localdate)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_result_searches = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        constraints = [
            models.UniqueConstraint(fields=["query", "language", "date"], name="search_term_per_language_day")
        ]
        indexes = [models.Index(fields=["date", "language"])]

    def __str__(self):
        return self.query

    @classmethod
    def record(cls, raw_query, language, found):
        """Count one search; `raw_query` is what the visitor typed, `found` whether anything matched."""
        words = re.findall(r"\w+", raw_query.lower())
        query = " ".join(words)[:MAX_LOGGED_QUERY_LENGTH].strip()
        if not query or PERSONAL_DATA.search(raw_query):
            return
        table = cls._meta.db_table
        upsert = (  # one statement, also when two visitors search for the same new text at once
            f"INSERT INTO {table} (query, language, date, searches, zero_result_searches)"  # noqa: S608 - our table name; the text is a parameter
            " VALUES (%s, %s, %s, 1, %s) ON CONFLICT (query, language, date) DO UPDATE"
            f" SET searches = {table}.searches + 1,"
            f" zero_result_searches = {table}.zero_result_searches + EXCLUDED.zero_result_searches"
        )
        with transaction.atomic(), connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # A count lost in a crash is acceptable; waiting for the disk on every search is not
                # (2-8 ms on a busy machine).
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
            cursor.execute(upsert, [query, language, timezone.localdate(), 0 if found else 1])
