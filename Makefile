# The one entry point: `make run` for a running site with demo data, `make test` for the suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export PORT ?= 8000
export DEBUG ?= 1

.PHONY: run test lint format migrate demo messages compilemessages bench-search bench-web bench-import clean

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

run: demo
	$(PY) manage.py ensure_dev_superuser
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: $(VENV)/.test-installed compilemessages
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DEBUG=0 SECRET_KEY=test-only $(PY) manage.py makemigrations --check --dry-run -v 1
	DEBUG=0 $(VENV)/bin/pytest $(PYTEST_ARGS)

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Search quality on ../shared/search-dev, latency at 1k/10k/100k services on SQLite and
# PostgreSQL (scratch databases), indexing rate. BENCH_SEARCH_ARGS=--quick skips 100k.
bench-search: $(VENV)/.installed
	$(PY) -m search.bench $(BENCH_SEARCH_ARGS)

# Server time of the public pages on the demo data (SQLite by default), as production runs them.
bench-web: demo
	DEBUG=0 SECRET_KEY=bench-only STATIC_MANIFEST=false $(PY) manage.py bench_web $(BENCH_ARGS)

# A PTV import at a large city's scale (10,000 services, 15,000 channels) from generated payloads
# served locally: write time, search index time, re-sync, peak memory. Scratch databases only.
# BENCH_IMPORT_ARGS="--databases sqlite --skip-index" for a quick run.
bench-import: $(VENV)/.installed
	$(PY) -m interchange.ptv.bench $(BENCH_IMPORT_ARGS)

messages: $(VENV)/.installed
	$(PY) manage.py makemessages --all --no-location --ignore=.venv --ignore=var --no-obsolete

clean:
	rm -rf $(VENV) var
