"""Files partners attach. Stored under generated names in PRIVATE_MEDIA_ROOT, which the
web server never serves: staff download them through an admin view."""

import os
import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _

from .vraagstuk import Vraagstuk


class PrivateMediaStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT, looked up at each use (so a changed setting applies);
    they have no public URL."""

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no public URL; staff download them through the admin.")


def private_storage():
    return PrivateMediaStorage()


def generated_name(attachment, filename):
    """A random name with the extension of the detected type: nothing of the upload's own name."""
    return f"vraagstukken/{uuid.uuid4().hex}.{attachment.extension}"


class Attachment(models.Model):
    vraagstuk = models.ForeignKey(Vraagstuk, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("file"), storage=private_storage, upload_to=generated_name, max_length=200)
    original_name = models.CharField(_("original file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=100)
    extension = models.CharField(max_length=8)
    size = models.PositiveIntegerField(_("size in bytes"))
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.original_name

    @property
    def download_name(self):
        """The name staff download it under: the reference, its place among the question's
        attachments and the extension of the detected type (KB-2026-0012-2.pdf). The partner's
        own name is shown as text only: its extension (.exe, .html...) never reaches a file system."""
        earlier = self.vraagstuk.attachments.filter(
            models.Q(uploaded_at__lt=self.uploaded_at)
            | models.Q(uploaded_at=self.uploaded_at, pk__lt=self.pk)
        )
        return f"{self.vraagstuk.reference}-{earlier.count() + 1}.{self.extension}"
