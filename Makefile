# Two commands do everything on a fresh machine with Python 3.11:
#   make run    set up and serve the portal with demo content on http://127.0.0.1:8000
#   make test   the whole test suite (SQLite, then PostgreSQL)
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
TEST_POSTGRES_URL ?= postgres://portal:portal@127.0.0.1:5432/portal

BENCH_DB ?= sqlite:///$(CURDIR)/.cache/bench.sqlite3
BENCH_DEMO_DB ?= sqlite:///$(CURDIR)/.cache/bench-demo.sqlite3
BENCH_SERVICES ?= 20000
BENCH_PG_DB ?= postgres://portal:portal@127.0.0.1:5432/portal_bench
BENCH_NATIONAL_DB ?= postgres://portal:portal@127.0.0.1:5432/portal_national
BENCH_NATIONAL_SERVICES ?= 100000
ES_PORT ?= 9251

.PHONY: openapi help run setup test test-sqlite test-postgres lint format messages compiled-messages clean browser-sweep fuzz relevance bench bench-national elasticsearch bench-pages screenshots stack stack-stop stack-test

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

setup: compiled-messages ## Install, migrate, compile translations, collect static files, load the demo
	$(MANAGE) migrate --noinput -v0
	$(MANAGE) collectstatic --noinput -v0
	$(MANAGE) load_demo
	$(MANAGE) ensure_admin

run: setup ## Serve the portal with demo content on http://127.0.0.1:8000
	$(MANAGE) runserver 127.0.0.1:8000

# The two passes run side by side, one core each; each pass's output is shown whole when it ends.
test: ## Run the whole test suite on SQLite and on PostgreSQL
	@$(MAKE) --no-print-directory -j2 --output-sync=target test-sqlite test-postgres

test-sqlite: compiled-messages ## Run the suite on SQLite (in memory)
	$(PY) -m pytest

test-postgres: compiled-messages ## Run the suite on PostgreSQL at TEST_POSTGRES_URL
	@if $(PY) -c "import sys, psycopg; psycopg.connect(sys.argv[1], connect_timeout=3).close()" "$(TEST_POSTGRES_URL)" 2>/dev/null; then \
		DATABASE_URL="$(TEST_POSTGRES_URL)" $(PY) -m pytest; \
	elif [ -n "$$CI" ]; then \
		echo "PostgreSQL is not reachable at $(TEST_POSTGRES_URL); CI requires it." >&2; exit 1; \
	else \
		echo "Skipped the PostgreSQL run: no server at $(TEST_POSTGRES_URL) (set TEST_POSTGRES_URL, see README)."; \
	fi

lint: $(VENV)/.installed ## Ruff, Django's system checks and missing migrations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run

format: $(VENV)/.installed ## Format and fix what ruff can
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

openapi: $(VENV)/.installed ## Write the API's OpenAPI document (generated from the code) to docs/openapi.json
	$(MANAGE) export_openapi_schema --api api.views.api --indent 1 --sorted --output docs/openapi.json

compiled-messages: $(VENV)/.installed
	$(MANAGE) compilemessages -v0

messages: $(VENV)/.installed ## Extract interface strings into locale/*.po
	$(MANAGE) makemessages -l id -l en --ignore=tests --ignore=.venv --ignore=static_collected --no-location --no-obsolete

elasticsearch: $(VENV)/.installed ## Fetch Elasticsearch's test distribution into the cache (Maven Central)
	$(PY) scripts/es_server.py fetch

relevance: setup ## success@1, success@3 and MRR per engine and for Wagtail's built-in search
	@url=$$($(PY) scripts/es_server.py start --port $(ES_PORT)) || exit 1; \
	trap '$(PY) scripts/es_server.py stop --port $(ES_PORT)' EXIT; \
	export ELASTICSEARCH_URL=$$url ELASTICSEARCH_INDEX_PREFIX=relevance; \
	$(MANAGE) search_index --no-progress && $(MANAGE) relevance --misses

# One benchmark catalogue: $(1) label, $(2) database URL, $(3) services to generate in each language
# (0: the demo alone), $(4) options of generate_catalogue, $(5) options of bench.
define bench-catalogue
	export DATABASE_URL="$(2)" ELASTICSEARCH_INDEX_PREFIX=bench-$(3)-$(firstword $(subst :, ,$(2))); \
	$(PY) scripts/create_database.py "$(2)" && $(MANAGE) migrate --noinput -v0 && $(MANAGE) load_demo --no-progress || exit 1; \
	have=$$($(MANAGE) shell -v 0 -c 'from catalogue.models import ServicePage; print(ServicePage.objects.filter(locale__language_code="id", url_path__contains="/mpp-gen-").count())'); \
	if [ $$have -lt $(3) ]; then $(MANAGE) generate_catalogue --services $$(( $(3) - have )) $(4) || exit 1; fi; \
	$(MANAGE) search_index --no-progress && $(MANAGE) bench --label "$(1)" $(5) && $(MANAGE) bench_requests --label "$(1)" || exit 1
endef

bench: compiled-messages ## Benchmarks: the demo, and 20,000 generated services on SQLite and PostgreSQL, into docs/benchmarks.md
	@mkdir -p .cache
	$(MANAGE) collectstatic --noinput -v0
	@url=$$($(PY) scripts/es_server.py start --port $(ES_PORT)) || exit 1; \
	trap '$(PY) scripts/es_server.py stop --port $(ES_PORT)' EXIT; \
	export ELASTICSEARCH_URL=$$url; \
	($(call bench-catalogue,demo catalogue,$(BENCH_DEMO_DB),0)) && \
	($(call bench-catalogue,demo + generated services (SQLite),$(BENCH_DB),$(BENCH_SERVICES))) && \
	($(call bench-catalogue,demo + generated services (PostgreSQL),$(BENCH_PG_DB),$(BENCH_SERVICES)))
	$(MAKE) bench-pages

bench-national: compiled-messages ## Benchmarks at national scale: 100,000 services on PostgreSQL, both engines
	$(MANAGE) collectstatic --noinput -v0
	@url=$$($(PY) scripts/es_server.py start --port $(ES_PORT)) || exit 1; \
	trap '$(PY) scripts/es_server.py stop --port $(ES_PORT)' EXIT; \
	export ELASTICSEARCH_URL=$$url; \
	$(call bench-catalogue,national: demo + generated services (PostgreSQL),$(BENCH_NATIONAL_DB),$(BENCH_NATIONAL_SERVICES),--no-wagtail-index,--baseline-queries 0 --skip-rebuild)

bench-pages: setup ## Page weight and response time at concurrency of service, plan and MPP pages, into docs/benchmarks.md
	$(MANAGE) bench_pages

screenshots: setup ## Screenshots of the key pages at 360 px and 1280 px into docs/screenshots/ (Debian's Chromium)
	$(MANAGE) screenshots

clean: ## Remove build artefacts only (venv, caches, collected static files); never the database, media or backups
	rm -rf $(VENV) static_collected .pytest_cache .ruff_cache .hypothesis
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

browser-sweep: compiled-messages ## Every demo service page in the browser at phone size (make test checks a sample)
	FIRST_SCREEN_PAGES=all $(PY) -m pytest -q -p no:cacheprovider tests/browser/test_first_screen.py

fuzz: compiled-messages ## A long fuzz run of the public endpoints (FUZZ_REQUESTS, default 50000)
	FUZZ_REQUESTS=$${FUZZ_REQUESTS:-50000} $(PY) -m pytest -q -p no:cacheprovider tests/portal/test_fuzz.py

stack: $(VENV)/.installed ## A production-like stack on this machine (nginx, 2 app servers, PostgreSQL, Redis, an Elasticsearch cluster) on http://127.0.0.1:8080
	$(PY) scripts/stack.py start

stack-stop: ## Stop everything make stack started
	$(PY) scripts/stack.py stop

stack-test: stack ## Load and fault runs against the stack (STACK_TEST=short for CI), figures into docs/benchmarks.md
	$(PY) scripts/stack_test.py
