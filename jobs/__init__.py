"""Background jobs: slow and scheduled work, out of the web request, durable and retried.

Built on django-tasks (the reference implementation of Django's own tasks API) and its database
queue, so it runs on the embedded SQLite and on PostgreSQL alike; `manage.py run_jobs` is the
worker (`make serve` starts one beside the web server).

Define a job: a plain function of JSON-able keyword arguments, decorated, in a module of a
domain app (by convention `myapp/tasks.py`; not `jobs.py`,
which would shadow this package where an app's folder is the working directory). It must be idempotent: a job may run again after a crash or
a failure, so doing it twice must leave the same result as doing it once::

    from jobs import job, progress

    @job(max_attempts=5)
    def sync_catalogue(source: str) -> dict:
        rows = fetch(source)
        for done, row in enumerate(rows, 1):
            save(row)
            progress(done, len(rows), stage="rows")   # shown on the staff pages
        return {"rows": len(rows)}                     # kept as the job's result

Enqueue it (inside your transaction if you have one: the job is queued only if it commits)::

    queued = sync_catalogue.enqueue(source="ptv", key="sync:ptv")   # -> jobs.models.Job

`key` makes asking twice harmless: while a job with that key is waiting or running, enqueueing
again returns it instead of a second one. A job that raises is tried again, after 10 s, 20 s,
40 s …, up to `max_attempts` (default 3); raise `jobs.GiveUp` to fail at once. A job whose
worker died (killed, machine restarted) is taken up again by the next worker that starts.

Show it: `jobs.models.Job` holds status, attempts, `done` / `total` / `stage`, result and error;
`backoffice/jobs/_progress.html` renders it (and reloads the page while it runs), the admin lists
every job at /admin/jobs/job/. `jobs.live_progress(job)` adds progress reported inside an open
transaction, which only the shared cache can show before the commit.

Schedule it: add an entry to `jobs.schedule.SCHEDULE`.
"""

from jobs.base import GiveUp, enqueue, job, live_progress, progress

__all__ = ["GiveUp", "enqueue", "job", "live_progress", "progress"]
