"""For tests: run the queued jobs here and now, as `manage.py run_jobs --batch` would."""

from unittest import mock


def run_queued() -> None:
    """Run every ready job in this thread. The worker's recycling of database connections is
    switched off: inside a test's transaction it would close the connection under the test."""
    from jobs.runner import Worker

    with (
        mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"),
        mock.patch("jobs.runner.close_old_connections"),
    ):
        Worker(batch=True).run()
