"""gunicorn for `make serve` and production (`gunicorn -c deploy/gunicorn.conf.py`).

Why gunicorn: its pre-fork master can load the application, the embedding model and the
search index once and share them with every worker copy-on-write (`preload_app` + `when_ready`
below), which granian's workers, each started afresh, cannot; sync workers suit requests that
spend their time on the CPU (search), with nginx in front to buffer slow clients.
"""

import gc
import os
import signal

from milestone.env import envint

bind = f"{os.getenv('HOST', '127.0.0.1')}:{envint('PORT', '8000')}"
# Two cores: a worker per core and one more, so a worker waiting on the database does not idle
# a core. WEB_CONCURRENCY is the conventional variable (Heroku, Render, …).
workers = envint("WEB_CONCURRENCY", str((os.cpu_count() or 1) + 1))
worker_class = "sync"
timeout = envint("WEB_TIMEOUT", "30")
graceful_timeout = 30
keepalive = 5
# A worker is replaced after this many requests (a fresh fork of the warm master costs little),
# so that no slow leak can grow without bound.
max_requests = envint("WEB_MAX_REQUESTS", "5000")
max_requests_jitter = max_requests // 10
preload_app = True
forwarded_allow_ips = os.getenv("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Access lines are written by the application's own JSON log (with request ids, without client
# addresses); gunicorn's would repeat them with the address.
accesslog = None
errorlog = "-"
# Beside the application, not in the home directory that every gunicorn on the machine shares.
control_socket = os.path.join(os.getenv("VAR_DIR", "var"), "gunicorn.ctl")
loglevel = os.getenv("LOG_LEVEL", "info").lower()


def when_ready(server):
    """In the master, after the application is loaded and before any worker is forked: load
    what searches need, then close the database connections the children must not share."""
    from django.db import connections

    from operations.warm import warm_pages
    from search.warm import warm_up

    took = warm_up()
    warm_pages()
    connections.close_all()
    # Everything loaded so far lives as long as the workers: moved out of the collector's reach,
    # a worker's collections no longer write to those objects' headers, which copied the
    # master's pages into each worker one by one (memory, and time on its first requests).
    gc.collect()
    gc.freeze()
    server.log.info("Search warmed up in %.1f s; starting %d workers", took, workers)


def post_fork(server, worker):
    from django.db import connections

    # Until the worker sets its own signal handlers (in init_process, after this hook), a stop
    # would reach the master's handler, copied at the fork, and be lost: the worker then served
    # on until the master killed it graceful_timeout (30 s) later, so a stop that came as a
    # worker was being replaced took 30 s. Here it ends the worker's loop before it starts.
    def stop(_signal, _frame):
        worker.alive = False

    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT):
        signal.signal(number, stop)

    connections.close_all()  # belt and braces: never use the master's sockets
    # The worker's own connection, opened before it takes traffic rather than by its first
    # request (persistent: CONN_MAX_AGE, with health checks).
    try:
        connections["default"].ensure_connection()
    except Exception:  # noqa: BLE001 - the first request retries and reports it properly
        server.log.warning("Worker %s could not connect to the database yet", worker.pid)


def post_worker_init(worker):
    """In the worker, before its first request: see operations/warm.py, `warm_worker`."""
    from operations.warm import warm_worker

    warm_worker()


def worker_exit(server, worker):
    """In the worker, as it leaves (max_requests reached, a reload, a shutdown): end the process
    without running the C libraries' exit handlers. ONNX Runtime's handler waits on a condition
    variable whose state the worker inherited from the master's threads at the fork, and never
    returns: the worker hung until gunicorn killed it 30 s later, and when all the workers
    reached max_requests together none answered meanwhile (seen in make bench-load; the stack
    of a hung worker ends in pthread_cond_destroy inside onnxruntime, under exit())."""
    import logging
    import sys

    from django.db import connections

    connections.close_all()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    ending = sys.exc_info()[1]
    code = ending.code if isinstance(ending, SystemExit) else 1 if ending else 0
    os._exit(code if isinstance(code, int) else 1)


def child_exit(server, worker):
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
