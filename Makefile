# The two commands: `make run` serves the seeded site, `make test` runs the suite.
# `make run PORT=8400` serves on another port.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup seed messages lint clean stage

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/pip install --quiet ".[dev]"
	touch $@

URL := http://$(HOST):$(PORT)/
# wagtail-modeltranslation's migrate prints its column sync ("Missing languages ... Executing
# SQL ... Done") on stdout even at -v 0; that report is dropped, anything else is shown, and a
# failure shows everything (errors go to stderr, which is never filtered).
MODELTRANSLATION_SYNC_REPORT := ^(Missing languages in |SQL to synchronize |   ALTER TABLE |Executing SQL|Done$$|No new translatable fields detected$$|$$)

# Seeded pages nobody has edited take the current seed text, so seed fixes reach this database.
setup: $(VENV)/.installed
	@out=$$($(MANAGE) migrate --noinput -v 0) || { printf '%s\n' "$$out"; exit 1; }; \
		printf '%s\n' "$$out" | grep -Ev '$(MODELTRANSLATION_SYNC_REPORT)' || true
	$(MANAGE) update_translation_fields -v 0
	$(MANAGE) backfill_translation_status -v 0
	$(MANAGE) load_heritage_content --update-unchanged
	$(MANAGE) update_index -v 0
	$(MANAGE) create_dev_logins --url $(URL)

run: setup
	@echo "Serving the site at $(URL) and the admin at $(URL)admin/ (Ctrl-C stops it)"
	$(MANAGE) runserver $(HOST):$(PORT)

seed: $(VENV)/.installed
	$(MANAGE) load_heritage_content --reset

# axe-core for the browser tests' accessibility checks comes from npm (tests/browser/package.json);
# without npm those checks are skipped locally (CI installs npm and requires them).
test: $(VENV)/.installed-dev
	@if ! command -v npm >/dev/null 2>&1; then \
		echo "npm not found: the axe accessibility checks will be skipped"; \
	elif [ ! tests/browser/node_modules/.package-lock.json -nt tests/browser/package-lock.json ]; then \
		npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error \
			|| echo "npm ci failed: the axe accessibility checks will be skipped"; \
	fi
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest $(PYTEST_ARGS)

# The production-parity stage: production settings, collectstatic, two gunicorn servers on a
# fresh PostgreSQL database and Redis, HTTP checks against both (tests/production/run_stage.sh).
stage: $(VENV)/.installed-dev
	bash tests/production/run_stage.sh

messages: $(VENV)/.installed
	$(MANAGE) makemessages -l zh_Hans -l en --ignore=.venv --ignore=static --no-obsolete
	$(MANAGE) compilemessages --ignore=.venv

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-shm db.sqlite3-wal static
