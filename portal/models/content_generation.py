import secrets

from django.db import models


def new_token():
    return secrets.token_hex(8)


class ContentGeneration(models.Model):
    """One row whose token changes, in the same transaction, with every change the public can see.

    Everything the caches keep (portal.page_cache) is keyed by this token. It lives in the
    database, next to the content it stands for: a restored or failed-over cache cannot bring
    back an old token as current, and a random token (not a counter) never repeats one.
    """

    token = models.CharField(max_length=32, default=new_token)

    class Meta:
        verbose_name = "content generation"

    def __str__(self):
        return self.token
