"""Search's background jobs."""

from jobs import job, progress
from search import deferred, unmet


@job
def catch_up_index() -> dict:
    """Index the services a dead process left pending (see search.deferred)."""
    done = 0
    for done, total in deferred.catch_up():
        progress(done, total, stage="index")
    return {"indexed": done}


@job
def purge_unmet_searches() -> dict:
    """Idempotent: deletes what is past the retention, however often it runs."""
    return {"deleted": unmet.purge_expired()}
