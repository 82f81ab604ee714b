"""django-tasks-db's worker, made to outlive database outages and dead colleagues.

The library's worker exits on the first database error (a restart, a failover, a
dropped connection) and stays down. This one closes its connections, waits and goes
on, with the wait growing to WORKER_DATABASE_RETRY_MAX_SECONDS; and it puts tasks
abandoned by a killed worker back in the queue (portal.task_queue) when it starts and
between tasks. Run it as a service that is restarted anyway (README, "Production").
"""

import contextlib
import logging
import time

from django.conf import settings
from django.db import InterfaceError, OperationalError, close_old_connections, connections

from django_tasks_db.management.commands import db_worker

from portal.task_queue import recover_abandoned_tasks

logger = logging.getLogger("portal.worker")
BATCH_ATTEMPTS = 3


class ResilientWorker(db_worker.Worker):
    def run(self):
        wait, attempts = 1.0, 0
        while self.running:
            try:
                recover_abandoned_tasks()
                super().run()
                return
            except (OperationalError, InterfaceError) as error:
                attempts += 1
                if self.batch and attempts > BATCH_ATTEMPTS:
                    raise  # a one-off run (cron, tests) reports the outage instead of waiting for ever
                logger.warning(
                    "Database unavailable (%s: %s); retrying in %.0f s", type(error).__name__, error, wait
                )
                for connection in connections.all(initialized_only=True):
                    # A dead connection may fail to close; it is dropped either way.
                    with contextlib.suppress(Exception):
                        connection.close()
                time.sleep(wait)
                wait = min(wait * 2, settings.WORKER_DATABASE_RETRY_MAX_SECONDS)
                close_old_connections()

    def run_task(self, db_task_result):
        super().run_task(db_task_result)
        recover_abandoned_tasks()


class Command(db_worker.Command):
    help = db_worker.Command.help + " that survives database outages and recovers abandoned tasks"

    def handle(self, *args, **options):
        original = db_worker.Worker
        db_worker.Worker = ResilientWorker
        try:
            return super().handle(*args, **options)
        finally:
            db_worker.Worker = original
