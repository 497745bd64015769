# The two commands: `make run` serves the seeded site, `make test` runs the suite.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup seed messages lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/pip install --quiet ".[dev]"
	touch $@

setup: $(VENV)/.installed
	$(MANAGE) migrate --noinput
	$(MANAGE) update_translation_fields
	$(MANAGE) load_heritage_content
	$(MANAGE) create_dev_logins

run: setup
	@echo "Serving the site at http://$(HOST):$(PORT)/ (Ctrl-C stops it)"
	$(MANAGE) runserver $(HOST):$(PORT)

seed: $(VENV)/.installed
	$(MANAGE) load_heritage_content --reset

test: $(VENV)/.installed-dev
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest $(PYTEST_ARGS)

messages: $(VENV)/.installed
	$(MANAGE) makemessages -l zh_Hans -l en --ignore=.venv --ignore=static --no-obsolete
	$(MANAGE) compilemessages --ignore=.venv

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-shm db.sqlite3-wal static
