"""Upkeep of the database task queue (django-tasks-db) that the library leaves to us.

A worker killed while it runs a task (kill -9, an out-of-memory kill, a host restart)
leaves that task "running" for ever: the queue has no heartbeat. A task that has been
running longer than TASK_ABANDONED_AFTER_SECONDS (far longer than any of ours takes) is
taken to be abandoned: /health/ reports it, and every worker puts such tasks back in the
queue when it starts and between tasks. Our tasks are safe to run twice: an e-mail is
marked sent under a row lock and keeps its Message-ID, so a receiver recognises a repeat.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)


def abandoned_tasks():
    cutoff = timezone.now() - timedelta(seconds=settings.TASK_ABANDONED_AFTER_SECONDS)
    return DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING, started_at__lt=cutoff)


def recover_abandoned_tasks():
    """Put abandoned tasks back in the queue; returns how many."""
    count = abandoned_tasks().update(status=TaskResultStatus.READY, started_at=None)
    if count:
        logger.warning("Put %s abandoned task(s) back in the queue", count)
    return count
