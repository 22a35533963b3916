# The one entry point: `make run` for a running site with demo data, `make test` for the suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export PORT ?= 8000
export DEBUG ?= 1

.PHONY: run serve manage test lint format migrate demo messages compilemessages bench-search bench-web bench-events bench-import screenshots bench-load clean

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed requirements-test.txt
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $@

compilemessages: $(VENV)/.installed
	$(PY) manage.py compilemessages --ignore=.venv --ignore=var -v 0

migrate: $(VENV)/.installed compilemessages
	mkdir -p var
	$(PY) manage.py migrate --noinput -v 0

demo: migrate
	$(PY) manage.py load_demo_data --if-empty
	$(PY) manage.py rebuild_search_index -v 0

# The job worker runs beside the development server, as in production: imports, PTV syncs and
# the scheduled work are jobs, and without it they would wait for ever. Stopped with the server.
run: demo
	$(PY) manage.py ensure_dev_superuser
	$(PY) manage.py run_jobs & worker=$$!; trap 'kill -TERM $$worker 2>/dev/null' EXIT; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# The production stack: migrations, hashed and compressed static files, gunicorn with
# WEB_CONCURRENCY workers (warmed up before they take traffic) and the job worker. Needs
# SECRET_KEY (or SECRET_KEY_FILE); DEBUG is always off. See README, Deploying.
serve: $(VENV)/.installed compilemessages
	@if [ -z "$${SECRET_KEY:-}$${SECRET_KEY_FILE:-}" ]; then \
	  echo "make serve needs SECRET_KEY (or SECRET_KEY_FILE): e.g. SECRET_KEY=\$$(openssl rand -hex 32) make serve" >&2; \
	  exit 2; fi
	mkdir -p var
	DEBUG=0 $(PY) manage.py migrate --noinput -v 0
	DEBUG=0 $(PY) manage.py collectstatic --noinput -v 0
	DEBUG=0 PY=$(PY) deploy/serve

# Any manage.py command with the development settings, e.g.
# make manage ARGS="export_directory --region jyvaskyla --format json --output out.json"
manage: $(VENV)/.installed
	$(PY) manage.py $(ARGS)

# The suite runs in parallel (pytest-xdist, one worker per core; PYTEST_WORKERS=0 runs it in
# one process). lint-imports checks the layering contracts in pyproject.toml.
PYTEST_WORKERS ?= auto
test: $(VENV)/.test-installed compilemessages
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	DEBUG=0 SECRET_KEY=test-only $(PY) manage.py makemigrations --check --dry-run -v 1
	DEBUG=0 $(VENV)/bin/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Search quality on ../shared/search-dev, latency at 1k/10k/100k services on SQLite and
# PostgreSQL (scratch databases), indexing rate. BENCH_SEARCH_ARGS=--quick skips 100k.
bench-search: $(VENV)/.installed
	$(PY) -m tools.bench_search $(BENCH_SEARCH_ARGS)

# Server time of the public pages on the demo data (SQLite by default), as production runs them.
bench-web: demo
	DEBUG=0 SECRET_KEY=bench-only STATIC_MANIFEST=false SECURE_SSL_REDIRECT=false LOG_LEVEL=WARNING \
	  $(PY) -m tools.bench_web $(BENCH_ARGS)

# The calendar (issue 18): 50 feeds with 5,000 events aggregated, and the events pages' server
# time, on a scratch database. BENCH_EVENTS_ARGS="--database postgresql" for PostgreSQL.
bench-events: $(VENV)/.installed compilemessages
	$(PY) -m tools.bench_events $(BENCH_EVENTS_ARGS)

# A PTV import at a large city's scale (10,000 services, 15,000 channels) from generated payloads
# served locally: write time, search index time, re-sync, peak memory. Scratch databases only.
# BENCH_IMPORT_ARGS="--databases sqlite --skip-index" for a quick run.
bench-import: $(VENV)/.installed
	$(PY) -m tools.bench_import $(BENCH_IMPORT_ARGS)

# Screenshots of the key public pages for review, from a running site (make run).
screenshots: $(VENV)/.test-installed
	$(PY) -m tools.screenshots --base-url http://127.0.0.1:$(PORT) --staff

# The production stack (deploy/serve) under load on 127.0.0.1, on SQLite and on PostgreSQL with
# Redis (scratch databases with the demo data): e.g. BENCH_LOAD_ARGS="--soak 600 --redis-url
# redis://127.0.0.1:6379/1". See tools/bench_load.py for every option.
bench-load: $(VENV)/.test-installed compilemessages
	$(PY) -m tools.bench_load $(BENCH_LOAD_ARGS)

# Every configured language by name: `--all` reads them from a project-wide locale folder,
# which this project does not have (each app keeps its own), and so updated nothing.
LOCALES = $(PY) -c 'import django; django.setup(); from django.conf import settings; from django.utils.translation import to_locale; print(*("-l " + to_locale(code) for code, _ in settings.LANGUAGES))'
messages: $(VENV)/.installed
	$(PY) manage.py makemessages $$(DJANGO_SETTINGS_MODULE=milestone.settings $(LOCALES)) --no-location --ignore=.venv --ignore=var --no-obsolete

clean:
	rm -rf $(VENV) var
